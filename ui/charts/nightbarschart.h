#pragma once

#include "charts/styledchartview.h"

#include <QDate>

class QBarCategoryAxis;
class QBarSeries;
class QLineSeries;
class QValueAxis;

namespace attrition::ui {
class NightSummaryModel;
} // namespace attrition::ui

namespace attrition::ui {

/// The block against the pickup night by night (bars), with the rooms the performance level requires.
class NightBarsChart : public StyledChartView {
    Q_OBJECT
public:
    NightBarsChart(NightSummaryModel* model, QWidget* parent = nullptr);
    QBarSeries* barSeries() const { return bars_; }

protected:
    void recolor() override;
    void retranslate() override;

private:
    void updateAxes();

    NightSummaryModel* model_;
    QBarSeries* bars_;
    QLineSeries* required_;
    QBarCategoryAxis* x_;
    QValueAxis* y_;
};

} // namespace attrition::ui
