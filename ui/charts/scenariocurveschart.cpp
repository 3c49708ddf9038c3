#include "charts/scenariocurveschart.h"

#include "charts/chartaxes.h"
#include "models/chartvalues.h"
#include "models/pickupsweepmodel.h"
#include "models/scenariocomparisonmodel.h"
#include "models/xyseriesmapper.h"
#include "style/theme.h"
#include "text/values.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace attrition::ui {

ScenarioCurvesChart::ScenarioCurvesChart(ScenarioComparisonModel* comparison, QWidget* parent)
    : StyledChartView(parent)
    , comparison_(comparison)
    , x_(new QValueAxis(this))
    , y_(new QValueAxis(this)) {
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    applyPickupScale(x_, 150);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(chart(), palette());
    connect(comparison_, &QAbstractItemModel::modelReset, this, &ScenarioCurvesChart::rebuild);
    rebuild();
    retranslate();
}

void ScenarioCurvesChart::retranslate() {
    x_->setTitleText(tr("Pickup, % of the block"));
    y_->setTitleText(tr("Total owed"));
}

void ScenarioCurvesChart::rebuild() {
    const std::vector<ScenarioResult>& results = comparison_->results();
    while (curves_.size() > results.size()) {
        Curve c = curves_.back();
        curves_.pop_back();
        chart()->removeSeries(c.series);
        chart()->removeSeries(c.marker);
        delete c.series;
        delete c.marker;
        delete c.model;
    }
    while (curves_.size() < results.size()) {
        Curve c{new PickupSweepModel(this), new QLineSeries(this), new QScatterSeries(this)};
        auto* proxy = new ChartValueProxy(c.model);
        proxy->setSourceModel(c.model);
        new XYSeriesMapper(proxy, PickupSweepModel::PickupColumn, PickupSweepModel::TotalOwedColumn, c.series,
                           c.model);
        chart()->addSeries(c.series);
        chart()->addSeries(c.marker);
        for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{c.series, c.marker}) {
            s->attachAxis(x_);
            s->attachAxis(y_);
        }
        c.marker->setMarkerSize(10);
        curves_.push_back(c);
    }
    double most = 0;
    double xMost = 150;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const ScenarioResult& r = results[i];
        Curve& c = curves_[i];
        const Currency currency = r.assessment ? r.assessment->currency : Currency();
        c.model->setPoints(r.curve, currency);
        most = std::max(most, c.model->maximum());
        c.series->setName(comparison_->headerData(static_cast<int>(i), Qt::Horizontal).toString());
        c.marker->clear();
        if (r.assessment && !r.assessment->cancelled) {
            const double x = static_cast<double>(r.assessment->pickupPercent.partsPerMillion()) / 10'000.0;
            const double y = static_cast<double>(r.assessment->totalOwed.minorUnits()) /
                             static_cast<double>(currency.minorPerMajor());
            c.marker->append(x, y);
            most = std::max(most, y);
            xMost = std::max(xMost, x + 10);
        }
        for (QLegendMarker* m : chart()->legend()->markers(c.marker)) {
            m->setVisible(false);
        }
    }
    applyPickupScale(x_, xMost);
    applyNiceScale(y_, most > 0 ? most * 1.04 : 0.0);
    recolor();
}

QString ScenarioCurvesChart::curveName(int index) const {
    return curves_.at(static_cast<std::size_t>(index)).series->name();
}

QColor ScenarioCurvesChart::curveColor(int index) const {
    return curves_.at(static_cast<std::size_t>(index)).series->pen().color();
}

void ScenarioCurvesChart::recolor() {
    const QPalette p = palette();
    for (std::size_t i = 0; i < curves_.size(); ++i) {
        const QColor color = seriesColor(static_cast<int>(i), p);
        curves_[i].series->setPen(QPen(color, i == 0 ? 2.8 : 2.0, i == 0 ? Qt::SolidLine : Qt::SolidLine));
        curves_[i].marker->setColor(color);
        curves_[i].marker->setBorderColor(p.color(QPalette::Base));
        for (QLegendMarker* m : chart()->legend()->markers(curves_[i].marker)) {
            m->setVisible(false);
        }
    }
}

} // namespace attrition::ui
