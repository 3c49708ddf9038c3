#pragma once

#include "charts/styledchartview.h"

#include <QDate>

class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace attrition::ui {
class ContractDocument;
class PickupSweepModel;
} // namespace attrition::ui

namespace attrition::ui {

/// Damages owed against pickup, 0% to 150% of the block: the total owed and the room attrition, with the
/// performance level and the current pickup marked.
class DamagesCurveChart : public StyledChartView {
    Q_OBJECT
public:
    DamagesCurveChart(ContractDocument* document, PickupSweepModel* model, QWidget* parent = nullptr);
    QLineSeries* totalSeries() const { return total_; }

protected:
    void recolor() override;
    void retranslate() override;

private:
    void updateMarkers();
    void updateAxes();
    void placeLabels();

    ContractDocument* document_;
    PickupSweepModel* model_;
    QGraphicsSimpleTextItem* performanceLabel_;
    QGraphicsSimpleTextItem* nowLabel_;
    QLineSeries* total_;
    QLineSeries* rooms_;
    QLineSeries* performance_;
    QLineSeries* nowLine_;
    QScatterSeries* now_;
    QValueAxis* x_;
    QValueAxis* y_;
};

} // namespace attrition::ui
