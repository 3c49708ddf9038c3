#pragma once

#include "charts/styledchartview.h"

#include <QDate>
#include <QList>
#include <QString>
#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace attrition::ui {

class PipelineDamagesModel;
class PipelineModel;

/// The sales pipeline by arrival month: a bar per month stacking the prospects, tentatives, definites and
/// actualized groups, in the figure and currency the model shows (lost and cancelled contracts are in the
/// table only). Or, with showDamages(), the damages of each month side by side: assessed, collected and
/// waived. Drawn from the same models as the table beside it.
class PipelineChart : public StyledChartView {
    Q_OBJECT

public:
    PipelineChart(PipelineModel* model, PipelineDamagesModel* damages, QWidget* parent = nullptr);
    QStackedBarSeries* series() const { return series_; }
    const std::vector<QBarSet*>& sets() const { return sets_; }
    /// The damages' bars instead of the stages'.
    void showDamages(bool shown);
    bool showsDamages() const { return showsDamages_; }
    QBarSeries* damagesSeries() const { return damagesSeries_; }
    const std::vector<QBarSet*>& damagesSets() const { return damagesSets_; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void recolor() override;
    void retranslate() override;

private:
    void rebuild();
    void fitLabels();

    PipelineModel* model_;
    PipelineDamagesModel* damages_;
    bool showsDamages_ = false;
    QStackedBarSeries* series_;
    std::vector<QBarSet*> sets_;
    QBarSeries* damagesSeries_;
    std::vector<QBarSet*> damagesSets_;
    QList<QDate> months_; ///< the categories' months, in order
    QString labelFormat_; ///< how the categories name them now
    QBarCategoryAxis* x_;
    QValueAxis* y_;
};

} // namespace attrition::ui
