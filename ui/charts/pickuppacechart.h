#pragma once

#include "charts/styledchartview.h"

#include <QDate>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace attrition {
class Date;
}

namespace attrition::ui {
class PickupPaceModel;
} // namespace attrition::ui

namespace attrition::ui {

/// The pace of pickup: room nights picked up as of each stored pickup report against the block, with the
/// cutoff date marked.
class PickupPaceChart : public StyledChartView {
    Q_OBJECT
public:
    PickupPaceChart(PickupPaceModel* model, QWidget* parent = nullptr);
    QLineSeries* paceSeries() const { return pace_; }
    QLineSeries* forecastSeries() const { return forecast_; }
    QAreaSeries* bandSeries() const { return band_; }
    QLineSeries* comparableSeries() const { return comparable_; }
    /// The date axis, its ticks at month starts.
    QCategoryAxis* dateAxis() const { return x_; }

protected:
    void recolor() override;
    void retranslate() override;

private:
    void update();

    void updateProjection(Date from, Date to);
    /// The date axis's ticks for its range and the width it has.
    void fitDateTicks();

    PickupPaceModel* model_;
    QLineSeries* pace_;
    QLineSeries* block_;
    QLineSeries* cutoff_;
    QLineSeries* forecast_;
    QLineSeries* bandUpper_;
    QLineSeries* bandLower_;
    QAreaSeries* band_;
    QLineSeries* comparable_;
    QLineSeries* performance_;
    QCategoryAxis* x_;
    QValueAxis* y_;
    QDate from_;
    QDate to_;
};

} // namespace attrition::ui
