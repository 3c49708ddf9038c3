#pragma once

#include "charts/styledchartview.h"

#include <QColor>
#include <vector>

class QScatterSeries;
class QValueAxis;
class QXYSeries;

namespace attrition::ui {

class PickupSweepModel;
class ScenarioComparisonModel;

/// The damages-against-pickup curves of the contract and each scenario, overlaid.
class ScenarioCurvesChart : public StyledChartView {
    Q_OBJECT
public:
    ScenarioCurvesChart(ScenarioComparisonModel* comparison, QWidget* parent = nullptr);
    /// The curves drawn, the contract's first.
    int curveCount() const { return static_cast<int>(curves_.size()); }
    /// The curve at `index` (0 the contract's): its name and its colour.
    QString curveName(int index) const;
    QColor curveColor(int index) const;

protected:
    void recolor() override;
    /// The axes' titles (the curves are named after the comparison's columns when it is recomputed).
    void retranslate() override;

private:
    struct Curve {
        PickupSweepModel* model;
        QXYSeries* series;
        QScatterSeries* marker;
    };
    void rebuild();

    ScenarioComparisonModel* comparison_;
    std::vector<Curve> curves_;
    QValueAxis* x_;
    QValueAxis* y_;
};

} // namespace attrition::ui
