#include "charts/nightbarschart.h"

#include "charts/chartaxes.h"
#include "models/chartvalues.h"
#include "models/nightsummarymodel.h"
#include "models/xyseriesmapper.h"
#include "style/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

// ---------------------------------------------------------------------------------------------------------

NightBarsChart::NightBarsChart(NightSummaryModel* model, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , bars_(new QBarSeries(this))
    , required_(new QLineSeries(this))
    , x_(new QBarCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    auto* proxy = new ChartValueProxy(this);
    proxy->setSourceModel(model_);
    auto* barMapper = new QVBarModelMapper(this);
    barMapper->setFirstBarSetColumn(NightSummaryModel::RevisedColumn);
    barMapper->setLastBarSetColumn(NightSummaryModel::CountedColumn);
    barMapper->setSeries(bars_);
    barMapper->setModel(proxy);
    new XYSeriesMapper(proxy, NightSummaryModel::IndexColumn, NightSummaryModel::RequiredColumn, required_,
                       this);
    bars_->setBarWidth(0.75);

    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    c->addSeries(bars_);
    bars_->attachAxis(x_);
    bars_->attachAxis(y_);
    c->addSeries(required_);
    required_->attachAxis(x_);
    required_->attachAxis(y_);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(c, palette());
    recolor();
    connect(model_, &QAbstractItemModel::modelReset, this, &NightBarsChart::updateAxes);
    connect(model_, &QAbstractItemModel::dataChanged, this, &NightBarsChart::updateAxes);
    retranslate();
}

void NightBarsChart::retranslate() {
    // The bars are named by the model's headers (the mapper reads them again when they change).
    required_->setName(tr("Required"));
    y_->setTitleText(tr("Rooms"));
    updateAxes(); // what an empty chart says, the nights' labels
}

void NightBarsChart::recolor() {
    const QPalette p = palette();
    const QList<QBarSet*> sets = bars_->barSets();
    if (sets.size() >= 2) {
        QColor block = mutedTextColor(p);
        block.setAlpha(isDark(p) ? 150 : 110);
        sets[0]->setColor(block);
        sets[0]->setBorderColor(block);
        sets[1]->setColor(seriesColor(0, p));
        sets[1]->setBorderColor(seriesColor(0, p));
    }
    QPen pen(seriesColor(4, p), 2.0, Qt::DashLine);
    required_->setPen(pen);
}

void NightBarsChart::updateAxes() {
    setEmptyText(model_->rowCount() > 0 ? QString()
                                        : tr("The stay has no nights: check arrival and departure."));
    const QStringList labels = model_->nightLabels();
    if (x_->categories() != labels) {
        x_->setCategories(labels);
    }
    applyNiceScale(y_, std::max(10, model_->maximum()) * 1.04, 5);
    recolor();
}

} // namespace attrition::ui
