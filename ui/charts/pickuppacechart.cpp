#include "charts/pickuppacechart.h"

#include "charts/chartaxes.h"
#include "models/chartvalues.h"
#include "models/pickuppacemodel.h"
#include "style/theme.h"
#include "text/values.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

// ---------------------------------------------------------------------------------------------------------

PickupPaceChart::PickupPaceChart(PickupPaceModel* model, QWidget* parent)
    : StyledChartView(parent)
    , model_(model)
    , pace_(new QLineSeries(this))
    , block_(new QLineSeries(this))
    , cutoff_(new QLineSeries(this))
    , forecast_(new QLineSeries(this))
    , bandUpper_(new QLineSeries(this))
    , bandLower_(new QLineSeries(this))
    , band_(new QAreaSeries(bandUpper_, bandLower_))
    , comparable_(new QLineSeries(this))
    , performance_(new QLineSeries(this))
    , x_(new QCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    pace_->setPointsVisible(true);
    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{band_, block_, performance_, cutoff_,
                                                                      comparable_, forecast_, pace_}) {
        c->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    x_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    styleChart(c, palette());
    recolor();
    useWrappingLegend();
    connect(c, &QChart::plotAreaChanged, this, &PickupPaceChart::fitDateTicks);
    connect(model_, &QAbstractItemModel::modelReset, this, &PickupPaceChart::update);
    retranslate();
}

void PickupPaceChart::retranslate() {
    pace_->setName(tr("Picked up"));
    block_->setName(tr("Block"));
    cutoff_->setName(tr("Cutoff"));
    forecast_->setName(tr("Forecast"));
    //: The range of the forecast: 8 of 10 past groups ended inside it.
    band_->setName(tr("P10\u2013P90"));
    x_->setTitleText(tr("Pickup report date"));
    y_->setTitleText(tr("Room nights"));
    update(); // what an empty chart says, and the names that carry figures
}

void PickupPaceChart::recolor() {
    const QPalette p = palette();
    pace_->setPen(QPen(seriesColor(0, p), 2.4));
    pace_->setColor(seriesColor(0, p));
    block_->setPen(QPen(seriesColor(1, p), 1.6, Qt::DashLine));
    cutoff_->setPen(QPen(seriesColor(4, p), 1.6, Qt::DashDotLine));
    forecast_->setPen(QPen(seriesColor(0, p), 2.0, Qt::DashLine));
    QColor bandColor = seriesColor(0, p);
    bandColor.setAlphaF(0.18f);
    band_->setBrush(bandColor);
    band_->setPen(Qt::NoPen);
    comparable_->setPen(QPen(seriesColor(2, p), 1.6, Qt::DotLine));
    performance_->setPen(QPen(seriesColor(3, p), 1.4, Qt::DashDotDotLine));
}

void PickupPaceChart::update() {
    const std::vector<PickupPaceModel::Report>& reports = model_->reports();
    const std::optional<PickupPaceModel::Projection>& projection = model_->projection();
    QList<QPointF> points;
    for (const PickupPaceModel::Report& r : reports) {
        points.append({static_cast<qreal>(chartDateTime(r.date).toMSecsSinceEpoch()),
                       static_cast<qreal>(r.roomNights)});
    }
    pace_->replace(points);
    if (reports.empty() && !projection) {
        setEmptyText(tr("No pickup report is stored for this contract yet."));
        block_->clear();
        cutoff_->clear();
        updateProjection({}, {});
        return;
    }
    setEmptyText({});
    Date from = reports.empty() ? projection->today : reports.front().date;
    Date to = reports.empty() ? projection->today : reports.back().date;
    if (projection) {
        from = std::min(from, projection->today);
        to = std::max(to, projection->arrival);
    }
    if (const std::optional<Date> cutoff = model_->cutoff()) {
        from = std::min(from, *cutoff);
        to = std::max(to, *cutoff);
    }
    from = from.addDays(-3);
    to = to.addDays(3);
    const auto ms = [](Date d) {
        return static_cast<qreal>(chartDateTime(d).toMSecsSinceEpoch());
    };
    from_ = toQDate(from);
    to_ = toQDate(to);
    fitDateTicks();
    std::int64_t top = model_->block();
    for (const PickupPaceModel::Report& r : reports) {
        top = std::max(top, r.roomNights);
    }
    if (projection) {
        top = std::max(top, projection->p90);
    }
    applyNiceScale(y_, static_cast<qreal>(top) * 1.04 + 1);
    block_->replace(QList<QPointF>{{ms(from), static_cast<qreal>(model_->block())},
                                   {ms(to), static_cast<qreal>(model_->block())}});
    if (const std::optional<Date> cutoff = model_->cutoff()) {
        cutoff_->replace(QList<QPointF>{{ms(*cutoff), 0}, {ms(*cutoff), y_->max()}});
        cutoff_->setVisible(true);
    } else {
        cutoff_->clear();
        cutoff_->setVisible(false);
    }
    updateProjection(from, to);
}

void PickupPaceChart::fitDateTicks() {
    if (from_.isValid()) {
        applyMonthTicks(x_, from_, to_, dateTicksThatFit(chart()->plotArea().width(), x_->labelsFont()));
    }
}

void PickupPaceChart::updateProjection(Date from, Date to) {
    const std::optional<PickupPaceModel::Projection>& projection = model_->projection();
    const auto show = [this](QAbstractSeries* series, bool visible) {
        series->setVisible(visible);
        for (QLegendMarker* marker : chart()->legend()->markers(series)) {
            marker->setVisible(visible);
        }
    };
    if (!projection) {
        for (QXYSeries* s : {forecast_, bandUpper_, bandLower_, comparable_, performance_}) {
            s->clear();
        }
        for (QAbstractSeries* s :
             std::initializer_list<QAbstractSeries*>{forecast_, band_, comparable_, performance_}) {
            show(s, false);
        }
        updateLegend();
        return;
    }
    const PickupPaceModel::Projection& p = *projection;
    const auto ms = [](Date d) {
        return static_cast<qreal>(chartDateTime(d).toMSecsSinceEpoch());
    };
    QList<QPointF> expected;
    QList<QPointF> upper;
    QList<QPointF> lower;
    for (Date d = p.today; !(p.arrival < d); d = d.addDays(1)) {
        expected.append({ms(d), model_->projected(p.expected, d)});
        upper.append({ms(d), model_->projected(static_cast<double>(p.p90), d)});
        lower.append({ms(d), model_->projected(static_cast<double>(p.p10), d)});
    }
    forecast_->replace(expected);
    bandUpper_->replace(upper);
    bandLower_->replace(lower);
    show(forecast_, true);
    show(band_, true);

    const bool comparable = p.groups > 0 && !p.fallback && p.comparableFinalShare > 0;
    if (comparable) {
        QList<QPointF> curve;
        const Date start = std::max(from, p.arrival.addDays(-forecast::kMaxDaysBeforeArrival));
        for (Date d = start; !(p.arrival < d); d = d.addDays(1)) {
            curve.append({ms(d), model_->comparable(d)});
        }
        comparable_->replace(curve);
        //: %n past groups of the hotel whose average pace the line shows.
        comparable_->setName(tr("Comparable groups (%n)", nullptr, p.groups));
    } else {
        comparable_->clear();
    }
    show(comparable_, comparable);

    if (p.performanceRoomNights) {
        const qreal level = *p.performanceRoomNights;
        performance_->replace(QList<QPointF>{{ms(from), level}, {ms(to), level}});
        performance_->setName(tr("Performance level"));
    } else {
        performance_->clear();
    }
    show(performance_, p.performanceRoomNights.has_value());
    updateLegend();
}

} // namespace attrition::ui
