#include "charts/damagescurvechart.h"

#include "charts/chartaxes.h"
#include "models/chartvalues.h"
#include "models/pickupsweepmodel.h"
#include "models/xyseriesmapper.h"
#include "session/contractdocument.h"
#include "style/theme.h"
#include "text/values.h"

#include <QApplication>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace attrition::ui {

// ---------------------------------------------------------------------------------------------------------

DamagesCurveChart::DamagesCurveChart(ContractDocument* document, PickupSweepModel* model, QWidget* parent)
    : StyledChartView(parent)
    , document_(document)
    , model_(model)
    , performanceLabel_(new QGraphicsSimpleTextItem(chart()))
    , nowLabel_(new QGraphicsSimpleTextItem(chart()))
    , total_(new QLineSeries(this))
    , rooms_(new QLineSeries(this))
    , performance_(new QLineSeries(this))
    , nowLine_(new QLineSeries(this))
    , now_(new QScatterSeries(this))
    , x_(new QValueAxis(this))
    , y_(new QValueAxis(this)) {
    auto* proxy = new ChartValueProxy(this);
    proxy->setSourceModel(model_);
    const auto map = [&](QLineSeries* series, int yColumn) {
        new XYSeriesMapper(proxy, PickupSweepModel::PickupColumn, yColumn, series, this);
    };
    map(total_, PickupSweepModel::TotalOwedColumn);
    map(rooms_, PickupSweepModel::RoomDamagesColumn);

    QChart* c = chart();
    c->addAxis(x_, Qt::AlignBottom);
    c->addAxis(y_, Qt::AlignLeft);
    for (QXYSeries* s : std::initializer_list<QXYSeries*>{rooms_, total_, performance_, nowLine_, now_}) {
        c->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    applyPickupScale(x_, 150);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    y_->setLabelFormat(QStringLiteral("%.0f"));
    now_->setMarkerSize(11);
    performanceLabel_->setZValue(20);
    nowLabel_->setZValue(20);
    styleChart(c, palette());
    recolor();
    connect(c, &QChart::plotAreaChanged, this, &DamagesCurveChart::placeLabels);
    connect(model_, &QAbstractItemModel::modelReset, this, &DamagesCurveChart::updateAxes);
    connect(model_, &QAbstractItemModel::dataChanged, this, &DamagesCurveChart::updateAxes);
    connect(document_, &ContractDocument::contractChanged, this, &DamagesCurveChart::updateMarkers);
    retranslate();
}

void DamagesCurveChart::retranslate() {
    total_->setName(tr("Total owed"));
    rooms_->setName(tr("Room attrition"));
    x_->setTitleText(tr("Pickup, % of the block"));
    updateAxes(); // the y axis's title, what an empty chart says and the markers' names
}

void DamagesCurveChart::recolor() {
    const QPalette p = palette();
    total_->setPen(QPen(seriesColor(0, p), 2.6));
    rooms_->setPen(QPen(seriesColor(1, p), 1.6, Qt::DashLine));
    QPen perf(mutedTextColor(p), 1.4, Qt::DashDotLine);
    performance_->setPen(perf);
    QPen nowPen(seriesColor(4, p), 1.2, Qt::DotLine);
    nowLine_->setPen(nowPen);
    now_->setColor(seriesColor(4, p));
    now_->setBorderColor(p.color(QPalette::Base));
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    performanceLabel_->setFont(small);
    performanceLabel_->setBrush(mutedTextColor(p));
    nowLabel_->setFont(small);
    nowLabel_->setBrush(seriesColor(4, p));
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{performance_, nowLine_, now_}) {
        hideFromLegend(chart(), s);
    }
}

void DamagesCurveChart::placeLabels() {
    const QRectF area = chart()->plotArea();
    const auto place = [&](QGraphicsSimpleTextItem* label, QXYSeries* line) {
        if (line->count() < 2 || !line->isVisible()) {
            label->hide();
            return;
        }
        const QPointF at = chart()->mapToPosition(line->at(1), line);
        const QRectF box = label->boundingRect();
        // Beside the line, at the top of the plot; on its left when it would leave the plot.
        qreal x = at.x() + 5;
        if (x + box.width() > area.right()) {
            x = at.x() - 5 - box.width();
        }
        label->setPos(x, area.top() + (label == nowLabel_ ? box.height() + 4 : 2));
        label->show();
    };
    place(performanceLabel_, performance_);
    place(nowLabel_, nowLine_);
}

void DamagesCurveChart::updateAxes() {
    setEmptyText(model_->rowCount() > 0 ? QString()
                                        : tr("The curve appears once the contract can be assessed."));
    fitAmountAxis(y_, model_->maximum());
    y_->setTitleText(tr("Owed, %1").arg(currencyTitle(document_)));
    updateMarkers();
}

void DamagesCurveChart::updateMarkers() {
    const Contract& c = document_->contract();
    const Results& r = document_->results();
    const double top = y_->max();
    const QLocale locale;
    if (c.attrition.enabled && r.assessment) {
        const double p = static_cast<double>(c.attrition.performanceLevel.partsPerMillion()) / 10'000.0;
        performance_->replace(QList<QPointF>{{p, 0}, {p, top}});
        performance_->setName(
            tr("Performance level %1").arg(formatPercent(c.attrition.performanceLevel, locale)));
        performanceLabel_->setText(
            tr("%1 performance level").arg(formatPercent(c.attrition.performanceLevel, locale)));
        performance_->setVisible(true);
    } else {
        performance_->clear();
        performance_->setVisible(false);
    }
    if (r.assessment && !r.pickupSweep.empty()) {
        const Assessment& a = *r.assessment;
        const double x = static_cast<double>(a.pickupPercent.partsPerMillion()) / 10'000.0;
        double y = chartAmount(a.totalOwed);
        if (a.cancelled) { // the curve is the contract's without the cancellation
            const auto at = static_cast<std::size_t>(
                std::clamp(static_cast<long>(x + 0.5), 0L, static_cast<long>(r.pickupSweep.size() - 1)));
            y = chartAmount(r.pickupSweep[at].totalOwed);
        }
        applyPickupScale(x_, x + 10);
        nowLine_->replace(QList<QPointF>{{x, 0}, {x, top}});
        now_->replace(QList<QPointF>{{x, y}});
        now_->setName(tr("Now: %1 picked up").arg(formatPercent(a.pickupPercent, locale)));
        nowLabel_->setText(tr("Now %1").arg(formatPercentRounded(a.pickupPercent, 1, locale)));
        nowLine_->setVisible(true);
        now_->setVisible(true);
    } else {
        nowLine_->clear();
        now_->clear();
        now_->setVisible(false);
        nowLine_->setVisible(false);
    }
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{performance_, nowLine_, now_}) {
        hideFromLegend(chart(), s);
    }
    placeLabels();
}

} // namespace attrition::ui
