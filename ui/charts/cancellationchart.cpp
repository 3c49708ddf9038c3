#include "charts/cancellationchart.h"

#include "charts/chartaxes.h"
#include "models/cancellationschedulemodel.h"
#include "models/chartvalues.h"
#include "models/steppointsproxy.h"
#include "models/xyseriesmapper.h"
#include "session/contractdocument.h"
#include "style/theme.h"
#include "text/values.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

// ---------------------------------------------------------------------------------------------------------

CancellationChart::CancellationChart(ContractDocument* document, CancellationScheduleModel* model,
                                     QWidget* parent)
    : StyledChartView(parent)
    , document_(document)
    , model_(model)
    , todayLabel_(new QGraphicsSimpleTextItem(chart()))
    , points_(new StepPointsProxy(model, CancellationScheduleModel::FromColumn,
                                  CancellationScheduleModel::ToColumn, CancellationScheduleModel::FeeColumn,
                                  this))
    , steps_(new QLineSeries(this))
    , area_(new QAreaSeries(steps_))
    , today_(new QLineSeries(this))
    , notice_(new QScatterSeries(this))
    , x_(new QCategoryAxis(this))
    , y_(new QValueAxis(this)) {
    area_->setParent(this);
    new XYSeriesMapper(points_, 0, 1, steps_, this);
    notice_->setMarkerSize(11);

    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{area_, today_, notice_}) {
        c->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    x_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y_->setLabelFormat(QStringLiteral("%.0f"));
    todayLabel_->setZValue(20);
    styleChart(c, palette());
    recolor();
    connect(c, &QChart::plotAreaChanged, this, &CancellationChart::fitDateTicks);
    connect(c, &QChart::plotAreaChanged, this, &CancellationChart::placeLabels);
    connect(model_, &QAbstractItemModel::modelReset, this, &CancellationChart::updateAxes);
    connect(document_, &ContractDocument::contractChanged, this, &CancellationChart::updateAxes);
    retranslate();
}

void CancellationChart::retranslate() {
    area_->setName(tr("Cancellation fee"));
    today_->setName(tr("Today"));
    notice_->setName(tr("Notice received"));
    x_->setTitleText(tr("Date the notice is received"));
    todayLabel_->setText(tr("Today"));
    updateAxes(); // the y axis's title, what an empty chart says
}

void CancellationChart::recolor() {
    const QPalette p = palette();
    QColor fill = seriesColor(0, p);
    fill.setAlpha(60);
    area_->setBrush(fill);
    area_->setPen(QPen(seriesColor(0, p), 2.4));
    today_->setPen(QPen(seriesColor(4, p), 1.6, Qt::DashLine));
    notice_->setColor(seriesColor(1, p));
    notice_->setBorderColor(p.color(QPalette::Base));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    todayLabel_->setFont(small);
    todayLabel_->setBrush(seriesColor(4, p));
    hideFromLegend(chart(), today_);
}

void CancellationChart::fitDateTicks() {
    if (from_.isValid()) {
        applyMonthTicks(x_, from_, to_, dateTicksThatFit(chart()->plotArea().width(), x_->labelsFont()));
    }
}

void CancellationChart::placeLabels() {
    if (today_->count() < 2 || !today_->isVisible()) {
        todayLabel_->hide();
        return;
    }
    const QRectF area = chart()->plotArea();
    const QPointF at = chart()->mapToPosition(today_->at(1), today_);
    const qreal width = todayLabel_->boundingRect().width();
    todayLabel_->setPos(at.x() + 5 + width > area.right() ? at.x() - 5 - width : at.x() + 5, area.top() + 2);
    todayLabel_->show();
}

void CancellationChart::updateAxes() {
    const Contract& c = document_->contract();
    const Results& r = document_->results();
    y_->setTitleText(tr("Fee, %1").arg(currencyTitle(document_)));
    fitAmountAxis(y_, model_->maximum());
    if (!r.assessment) {
        setEmptyText(tr("The fee schedule appears once the contract can be assessed."));
    } else if (c.cancellation.tiers.empty()) {
        setEmptyText(tr("The contract has no cancellation tiers."));
    } else {
        setEmptyText({});
    }
    if (r.cancellationSweep.empty()) {
        today_->clear();
        notice_->clear();
        return;
    }
    const Date from = r.cancellationSweep.front().notice;
    const Date to = r.cancellationSweep.back().notice.addDays(1);
    from_ = toQDate(from);
    to_ = toQDate(to);
    fitDateTicks();
    const std::optional<Date> today = fromQDate(QDate::currentDate());
    const double top = y_->max();
    if (today && *today >= from && *today <= to) {
        const auto t = static_cast<qreal>(chartDateTime(*today).toMSecsSinceEpoch());
        today_->replace(QList<QPointF>{{t, 0}, {t, top}});
        today_->setVisible(true);
    } else {
        today_->clear();
        today_->setVisible(false);
    }
    hideFromLegend(chart(), today_);
    notice_->clear();
    if (c.cancellationNotice && *c.cancellationNotice >= from && *c.cancellationNotice <= to) {
        const auto& sweep = r.cancellationSweep;
        const auto at = static_cast<std::size_t>(c.cancellationNotice->daysSince(from));
        if (at < sweep.size()) {
            notice_->append(static_cast<qreal>(chartDateTime(*c.cancellationNotice).toMSecsSinceEpoch()),
                            chartAmount(sweep[at].fee));
        }
    }
    notice_->setVisible(notice_->count() > 0);
    for (QLegendMarker* marker : chart()->legend()->markers(notice_)) {
        marker->setVisible(notice_->count() > 0);
    }
    placeLabels();
}

} // namespace attrition::ui
