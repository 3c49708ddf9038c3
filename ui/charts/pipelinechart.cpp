#include "charts/pipelinechart.h"

#include "charts/chartaxes.h"
#include "models/pipelinemodel.h"
#include "style/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

namespace attrition::ui {

namespace {

/// The stages stacked: the open and won ones.
constexpr int kChartStages = 4;

} // namespace

PipelineChart::PipelineChart(PipelineModel* model, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , series_(new QStackedBarSeries(this))
    , x_(new QBarCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    for (int s = 0; s < kChartStages; ++s) {
        auto* set = new QBarSet(QString(), this);
        sets_.push_back(set);
        series_->append(set);
    }
    chart()->addSeries(series_);
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    series_->attachAxis(x_);
    series_->attachAxis(y_);
    series_->setBarWidth(0.7);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(chart(), palette());
    connect(model_, &QAbstractItemModel::modelReset, this, &PipelineChart::rebuild);
    rebuild();
}

void PipelineChart::retranslate() {
    for (int s = 0; s < kChartStages; ++s) {
        sets_[static_cast<std::size_t>(s)]->setLabel(PipelineModel::stageName(static_cast<PipelineStage>(s)));
    }
    switch (model_->measure()) {
    case PipelineModel::Measure::RoomNights:
        y_->setTitleText(tr("Room nights"));
        break;
    case PipelineModel::Measure::Contracts:
        y_->setTitleText(tr("Contracts"));
        break;
    case PipelineModel::Measure::RoomRevenue:
        y_->setTitleText(
            tr("Room revenue, %1")
                .arg(QString::fromLatin1(model_->currency().code().data(),
                                         static_cast<qsizetype>(model_->currency().code().size()))));
        break;
    }
    setEmptyText(model_->monthCount() == 0 ? tr("No contract arrives in these dates.") : QString());
    updateLegend();
}

void PipelineChart::rebuild() {
    const int months = model_->monthCount();
    QStringList categories;
    double most = 0;
    std::vector<QList<qreal>> values(kChartStages);
    for (int row = 0; row < months; ++row) {
        categories << model_->index(row, PipelineModel::MonthColumn).data().toString();
        double stacked = 0;
        for (int s = 0; s < kChartStages; ++s) {
            const double v = model_->index(row, PipelineModel::FirstStageColumn + s)
                                 .data(PipelineModel::ValueRole)
                                 .toDouble();
            values[static_cast<std::size_t>(s)] << v;
            stacked += v;
        }
        most = std::max(most, stacked);
    }
    // Categories replaced before the values, so that no bar is drawn against an axis of other months.
    x_->clear();
    x_->append(categories);
    for (int s = 0; s < kChartStages; ++s) {
        QBarSet* set = sets_[static_cast<std::size_t>(s)];
        set->remove(0, set->count());
        set->append(values[static_cast<std::size_t>(s)]);
    }
    fitLabels();
    applyNiceScale(y_, most > 0 ? most * 1.04 : 1.0);
    recolor();
    retranslate();
}

void PipelineChart::resizeEvent(QResizeEvent* event) {
    StyledChartView::resizeEvent(event);
    fitLabels();
}

void PipelineChart::fitLabels() {
    // Slanted when the months' names would not fit side by side.
    const int months = std::max(1, static_cast<int>(x_->count()));
    const int room = static_cast<int>(chart()->plotArea().width()) / months;
    const int widest = fontMetrics().horizontalAdvance(QStringLiteral("September 2026"));
    const int angle = room < widest * 3 / 4 ? -45 : 0;
    if (static_cast<int>(x_->labelsAngle()) != angle) {
        x_->setLabelsAngle(angle);
    }
}

void PipelineChart::recolor() {
    const QPalette p = palette();
    for (int s = 0; s < kChartStages; ++s) {
        QBarSet* set = sets_[static_cast<std::size_t>(s)];
        const QColor c = seriesColor(s, p);
        set->setColor(c);
        set->setBorderColor(c);
    }
    updateLegend();
}

} // namespace attrition::ui
