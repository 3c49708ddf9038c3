#include "charts/quoteclausechart.h"

#include "charts/chartaxes.h"
#include "models/chartvalues.h"
#include "models/quoteclausemodel.h"
#include "models/xyseriesmapper.h"
#include "style/theme.h"
#include "text/values.h"

#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace attrition::ui {

QuoteClauseChart::QuoteClauseChart(QuoteClauseModel* model, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , values_(nullptr)
    , x_(new QValueAxis(this))
    , y_(new QValueAxis(this)) {
    auto* proxy = new ChartValueProxy(this);
    proxy->setSourceModel(model_);
    values_ = proxy;
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(chart(), palette());
    useWrappingLegend();
    connect(model_, &QAbstractItemModel::modelReset, this, &QuoteClauseChart::rebuild);
    rebuild();
    retranslate();
}

void QuoteClauseChart::retranslate() {
    x_->setTitleText(tr("Performance level, %"));
    y_->setTitleText(tr("Expected damages"));
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        lines_[i]->setName(tr("Factor %1").arg(formatPercent(model_->factors().at(i))));
    }
    setEmptyText(model_->rowCount() == 0 ? tr("No clause advice: the quote cannot be made.") : QString());
    updateLegend();
}

void QuoteClauseChart::rebuild() {
    const auto wanted = model_->factors().size();
    while (lines_.size() > wanted) {
        chart()->removeSeries(lines_.back());
        delete lines_.back();
        delete mappers_.back();
        lines_.pop_back();
        mappers_.pop_back();
    }
    while (lines_.size() < wanted) {
        auto* line = new QLineSeries(this);
        line->setPointsVisible(true);
        const int column = QuoteClauseModel::FirstFactorColumn + static_cast<int>(lines_.size());
        mappers_.push_back(new XYSeriesMapper(values_, QuoteClauseModel::LevelColumn, column, line, this));
        chart()->addSeries(line);
        line->attachAxis(x_);
        line->attachAxis(y_);
        lines_.push_back(line);
    }
    double low = 70;
    double high = 95;
    if (!model_->levels().empty()) {
        low = static_cast<double>(model_->levels().front().partsPerMillion()) / 10'000.0;
        high = static_cast<double>(model_->levels().back().partsPerMillion()) / 10'000.0;
    }
    x_->setRange(std::min(low, high), std::max(low, high));
    x_->setTickCount(std::max(2, static_cast<int>(model_->levels().size())));
    const double most = model_->maximum();
    applyNiceScale(y_, most > 0 ? most * 1.04 : 0.0);
    recolor();
    retranslate();
}

void QuoteClauseChart::recolor() {
    const QPalette p = palette();
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        lines_[i]->setPen(QPen(seriesColor(static_cast<int>(i), p), 2.4));
    }
    updateLegend();
}

} // namespace attrition::ui
