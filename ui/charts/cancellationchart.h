#pragma once

#include "charts/styledchartview.h"

#include <QDate>

class QAbstractItemModel;
class QAreaSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace attrition::ui {
class CancellationScheduleModel;
class ContractDocument;
} // namespace attrition::ui

namespace attrition::ui {

/// The cancellation fee against the date notice is received, a step chart from signing to arrival, with
/// today (and the notice, once given) marked.
class CancellationChart : public StyledChartView {
    Q_OBJECT
public:
    CancellationChart(ContractDocument* document, CancellationScheduleModel* model,
                      QWidget* parent = nullptr);
    QLineSeries* stepSeries() const { return steps_; }
    /// The date axis, its ticks at month starts.
    QCategoryAxis* dateAxis() const { return x_; }

protected:
    void recolor() override;
    void retranslate() override;

private:
    void updateAxes();
    void placeLabels();
    /// The date axis's ticks for its range and the width it has.
    void fitDateTicks();

    ContractDocument* document_;
    CancellationScheduleModel* model_;
    QGraphicsSimpleTextItem* todayLabel_;
    QAbstractItemModel* points_;
    QLineSeries* steps_;
    QAreaSeries* area_;
    QLineSeries* today_;
    QScatterSeries* notice_;
    QCategoryAxis* x_;
    QValueAxis* y_;
    QDate from_;
    QDate to_;
};

} // namespace attrition::ui
