#pragma once

#include <QChartView>
#include <QDate>
#include <QLocale>
#include <QTabWidget>
#include <vector>

class QAbstractItemModel;
class QAreaSeries;
class QBarCategoryAxis;
class QBarSeries;
class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QStackedWidget;
class QTableView;
class QToolButton;
class QValueAxis;

namespace attrition {
class Date;
}

namespace attrition::ui {

class CancellationScheduleModel;
class ContractDocument;
class NightSummaryModel;
class PickupPaceModel;
class PickupSweepModel;

/// An amount axis from zero: a round top and a round step (1, 2, 2.5 or 5 times a power of ten).
struct NiceScale {
    double top = 0;
    double step = 0;
    int tickCount = 0; ///< ticks including zero and the top
};

/// The scale from zero that holds `most` with at most `maxTicks` ticks (counting zero) and round steps.
NiceScale niceScale(double most, int maxTicks = 6);

/// Puts `axis` on niceScale(most, maxTicks).
void applyNiceScale(QValueAxis* axis, double most, int maxTicks = 6);

/// Puts a pickup axis (percent of the block) from 0 to at least 150 and past `most`, in steps of 25
/// (of 50 above 200).
void applyPickupScale(QValueAxis* axis, double most);

/// A tick of a date axis: the day it stands on and its label (HTML: a second line holds the year; empty for
/// a tick and grid line without a label).
struct DateTick {
    QDate date;
    QString label;
};

/// The ticks of a date axis from `from` to `to` (both included), on the first day of every month. At most
/// `maxTicks` of them are labelled: every month while they fit, else every 2nd, 3rd, 6th or 12th month (odd
/// months, quarters, half years, Januaries); the others have an empty label. Past every 3rd month only the
/// quarter starts are ticks. A range that holds fewer than two month starts has its ticks on the 1st, 8th,
/// 15th and 22nd of the month instead, all labelled. Labels are the locale's month abbreviations ("d MMM"
/// for days), with the year under the first labelled tick and under each January.
std::vector<DateTick> monthTicks(QDate from, QDate to, int maxTicks = 12, const QLocale& locale = QLocale());

/// Puts a date axis (its values the milliseconds since the epoch of each day's local midnight) over `from`
/// to `to`, its ticks and grid lines at monthTicks(from, to, maxTicks).
void applyMonthTicks(QCategoryAxis* axis, QDate from, QDate to, int maxTicks);

/// As many date ticks as fit in `width` pixels of an axis labelled in `font`.
int dateTicksThatFit(qreal width, const QFont& font);

/// Dresses a chart in the application's palette and font.
void styleChart(QChart* chart, const QPalette& palette);

/// A chart view that restyles its chart when the palette changes.
class StyledChartView : public QChartView {
    Q_OBJECT
public:
    explicit StyledChartView(QWidget* parent = nullptr);
    /// A sentence shown over the chart when it has nothing to draw; empty to hide it.
    void setEmptyText(const QString& text);
    QString emptyText() const;

    /// The legend's text as shown by a wrapping legend (empty for Qt's own legend), for tests.
    QString legendText() const;
    /// Qt's own legend again, drawn by the chart itself (a printed chart paints only the chart).
    void useChartLegend();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    /// Replaces Qt's one-line legend, which cuts names short on a narrow chart, by one that wraps its entries
    /// over as many lines as the width needs. Its entries are the visible series with a name.
    void useWrappingLegend();
    /// Writes the wrapping legend again (after series, names, colours or visibility changed).
    void updateLegend();
    /// Colours of the series, after the palette changed.
    virtual void recolor() {}
    /// The texts the chart sets itself (series names, axis titles, what an empty chart says), in the
    /// installed language: done on each QEvent::LanguageChange, after the chart takes the default locale
    /// (its numbers and dates), and by each subclass once built.
    virtual void retranslate() {}

private:
    void placeLegend();

    QLabel* empty_;
    QLabel* legend_ = nullptr;
};

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

/// The charts of the contract being edited, each with the table of the model that feeds it.
class ForecastPanel;

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
