#pragma once

#include <QList>
#include <QTabWidget>

class QAbstractItemModel;
class QChartView;
class QStackedWidget;
class QToolButton;

namespace attrition::ui {

class CancellationChart;
class CancellationScheduleModel;
class ContractDocument;
class DamagesCurveChart;
class NightBarsChart;
class NightSummaryModel;
class PickupPaceChart;
class PickupPaceModel;
class PickupSweepModel;
class ForecastPanel;

/// The charts of the contract being edited, each with the table of the model that feeds it.
class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    /// `nights` is shared with the editor's night-by-night table.
    ChartsPanel(ContractDocument* document, NightSummaryModel* nights, QWidget* parent = nullptr);

    PickupSweepModel* sweepModel() const { return sweep_; }
    NightSummaryModel* nightModel() const { return nights_; }
    CancellationScheduleModel* cancellationModel() const { return cancellation_; }
    DamagesCurveChart* damagesChart() const { return damagesChart_; }
    NightBarsChart* nightsChart() const { return nightsChart_; }
    CancellationChart* cancellationChart() const { return cancellationChart_; }
    PickupPaceModel* paceModel() const { return pace_; }
    PickupPaceChart* paceChart() const { return paceChart_; }
    ForecastPanel* forecastPanel() const { return forecast_; }
    /// Shows every chart's table instead of the chart, or the charts.
    void setShowTables(bool tables);

protected:
    void changeEvent(QEvent* event) override;

private:
    /// The tabs' titles and tooltips in the installed language.
    void retranslate();
    QWidget* page(QChartView* chart, QAbstractItemModel* model, const QList<int>& hiddenColumns);

    PickupSweepModel* sweep_;
    NightSummaryModel* nights_;
    CancellationScheduleModel* cancellation_;
    DamagesCurveChart* damagesChart_;
    NightBarsChart* nightsChart_;
    CancellationChart* cancellationChart_;
    PickupPaceModel* pace_;
    PickupPaceChart* paceChart_;
    ForecastPanel* forecast_;
    QToolButton* toggle_;
    QList<QStackedWidget*> stacks_;
};

} // namespace attrition::ui
