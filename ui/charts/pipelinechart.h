#pragma once

#include "charts/styledchartview.h"

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace attrition::ui {

class PipelineModel;

/// The sales pipeline by arrival month: a bar per month stacking the prospects, tentatives, definites and
/// actualized groups, in the figure and currency the model shows (lost and cancelled contracts are in the
/// table only). Drawn from the same model as the table beside it.
class PipelineChart : public StyledChartView {
    Q_OBJECT

public:
    explicit PipelineChart(PipelineModel* model, QWidget* parent = nullptr);
    QStackedBarSeries* series() const { return series_; }
    const std::vector<QBarSet*>& sets() const { return sets_; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void recolor() override;
    void retranslate() override;

private:
    void rebuild();
    void fitLabels();

    PipelineModel* model_;
    QStackedBarSeries* series_;
    std::vector<QBarSet*> sets_;
    QBarCategoryAxis* x_;
    QValueAxis* y_;
};

} // namespace attrition::ui
