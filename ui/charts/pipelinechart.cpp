#include "charts/pipelinechart.h"

#include "charts/chartaxes.h"
#include "models/chartvalues.h"
#include "models/pipelinedamagesmodel.h"
#include "models/pipelinemodel.h"
#include "style/theme.h"
#include "text/values.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <array>

namespace attrition::ui {

namespace {

/// The stages stacked: the open and won ones.
constexpr int kChartStages = 4;

/// The damages' bars of a month, side by side.
constexpr std::array kDamagesColumns{PipelineDamagesModel::AssessedColumn,
                                     PipelineDamagesModel::CollectedColumn,
                                     PipelineDamagesModel::WaivedColumn};

} // namespace

PipelineChart::PipelineChart(PipelineModel* model, PipelineDamagesModel* damages, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , damages_(damages)
    , series_(new QStackedBarSeries(this))
    , damagesSeries_(new QBarSeries(this))
    , x_(new QBarCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    for (int s = 0; s < kChartStages; ++s) {
        auto* set = new QBarSet(QString(), this);
        sets_.push_back(set);
        series_->append(set);
    }
    for (std::size_t i = 0; i < kDamagesColumns.size(); ++i) {
        auto* set = new QBarSet(QString(), this);
        damagesSets_.push_back(set);
        damagesSeries_->append(set);
    }
    chart()->addSeries(series_);
    chart()->addSeries(damagesSeries_);
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    for (QAbstractBarSeries* s :
         {static_cast<QAbstractBarSeries*>(series_), static_cast<QAbstractBarSeries*>(damagesSeries_)}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    series_->setBarWidth(0.7);
    damagesSeries_->setBarWidth(0.8);
    damagesSeries_->setVisible(false);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(chart(), palette());
    connect(model_, &QAbstractItemModel::modelReset, this, &PipelineChart::rebuild);
    connect(damages_, &QAbstractItemModel::modelReset, this, &PipelineChart::rebuild);
    rebuild();
}

void PipelineChart::showDamages(bool shown) {
    if (shown == showsDamages_) {
        return;
    }
    showsDamages_ = shown;
    series_->setVisible(!shown);
    damagesSeries_->setVisible(shown);
    rebuild();
}

void PipelineChart::retranslate() {
    for (int s = 0; s < kChartStages; ++s) {
        sets_[static_cast<std::size_t>(s)]->setLabel(PipelineModel::stageName(static_cast<PipelineStage>(s)));
    }
    for (std::size_t i = 0; i < kDamagesColumns.size(); ++i) {
        damagesSets_[i]->setLabel(damages_->headerData(kDamagesColumns[i], Qt::Horizontal).toString());
    }
    const QString code = currencyCode(model_->currency());
    if (showsDamages_) {
        y_->setTitleText(tr("Damages, %1").arg(code));
        setEmptyText(damages_->monthCount() == 0
                         ? tr("No actualized or cancelled group arrives in these dates.")
                         : QString());
        updateLegend();
        return;
    }
    switch (model_->measure()) {
    case PipelineModel::Measure::RoomNights:
        y_->setTitleText(tr("Room nights"));
        break;
    case PipelineModel::Measure::Contracts:
        y_->setTitleText(tr("Contracts"));
        break;
    case PipelineModel::Measure::RoomRevenue:
        y_->setTitleText(tr("Room revenue, %1").arg(code));
        break;
    case PipelineModel::Measure::FoodBeverageMinimum:
        y_->setTitleText(tr("F&B minimum, %1").arg(code));
        break;
    case PipelineModel::Measure::Damages:
        y_->setTitleText(tr("Damages, %1").arg(code));
        break;
    }
    setEmptyText(model_->monthCount() == 0 ? tr("No contract arrives in these dates.") : QString());
    updateLegend();
}

void PipelineChart::rebuild() {
    months_.clear();
    double most = 0;
    std::vector<QList<qreal>> values(kChartStages);
    std::vector<QList<qreal>> damages(kDamagesColumns.size());
    if (showsDamages_) {
        for (int row = 0; row < damages_->monthCount(); ++row) {
            months_ << damages_->index(row, PipelineDamagesModel::MonthColumn).data(MonthRole).toDate();
            for (std::size_t i = 0; i < kDamagesColumns.size(); ++i) {
                const double v = damages_->index(row, kDamagesColumns[i]).data(ChartRole).toDouble();
                damages[i] << v;
                most = std::max(most, v);
            }
        }
    } else {
        for (int row = 0; row < model_->monthCount(); ++row) {
            months_ << model_->index(row, PipelineModel::MonthColumn).data(MonthRole).toDate();
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
    }
    // Categories replaced before the values, so that no bar is drawn against an axis of other months.
    x_->clear();
    labelFormat_.clear();
    fitLabels();
    const auto refill = [](const std::vector<QBarSet*>& sets, const std::vector<QList<qreal>>& lists) {
        for (std::size_t i = 0; i < sets.size(); ++i) {
            sets[i]->remove(0, sets[i]->count());
            sets[i]->append(lists[i]);
        }
    };
    refill(sets_, values);
    refill(damagesSets_, damages);
    applyNiceScale(y_, most > 0 ? most * 1.04 : 1.0);
    recolor();
    retranslate();
}

void PipelineChart::resizeEvent(QResizeEvent* event) {
    StyledChartView::resizeEvent(event);
    fitLabels();
}

void PipelineChart::fitLabels() {
    // The months' names in full when they fit side by side, else shorter ("Aug 26"), else slanted.
    const int room =
        static_cast<int>(chart()->plotArea().width()) / std::max(1, static_cast<int>(months_.size()));
    const QLocale locale;
    const auto widest = [&](const QString& format) {
        int most = 0;
        for (const QDate& month : months_) {
            most = std::max(most, fontMetrics().horizontalAdvance(locale.toString(month, format)));
        }
        return most + fontMetrics().averageCharWidth() * 2;
    };
    const QString full = QStringLiteral("MMM yyyy");
    const QString shortFormat = QStringLiteral("MMM yy");
    const QString format = room >= widest(full) ? full : shortFormat;
    const int angle = format == full || room >= widest(shortFormat) ? 0 : -45;
    if (format != labelFormat_) {
        labelFormat_ = format;
        QStringList categories;
        for (const QDate& month : months_) {
            categories << locale.toString(month, format);
        }
        x_->setCategories(categories);
    }
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
    // Assessed in the first colour, collected in the green of definite groups, waived in the third.
    constexpr std::array kDamagesColors{0, 2, 1};
    for (std::size_t i = 0; i < damagesSets_.size(); ++i) {
        const QColor c = seriesColor(kDamagesColors[i], p);
        damagesSets_[i]->setColor(c);
        damagesSets_[i]->setBorderColor(c);
    }
    updateLegend();
}

} // namespace attrition::ui
