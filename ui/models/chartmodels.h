#pragma once

#include "attrition/engine/forecast.h"
#include "session/contractdocument.h"
#include "session/outlook.h"

#include <QAbstractTableModel>
#include <QIdentityProxyModel>
#include <vector>

class QXYSeries;

namespace attrition::ui {

/// The role under which the models below give a cell as a number for a chart axis: amounts in major
/// units, percentages in points, dates as a QDateTime. Only charts read it; tables show the exact text.
inline constexpr int ChartRole = Qt::UserRole + 10;

/// Shows a model's ChartRole as its DisplayRole, the role Qt Charts' model mappers read, so that a chart
/// and a table are fed by the same model.
class ChartValueProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

/// Feeds an XY series from two columns of a model, as QVXYModelMapper does (it reads the display role, a
/// date as its milliseconds), but replaces every point at once when the model changes. QVXYModelMapper
/// replaces the points one by one and Qt Charts lays the whole line out again after each: for the 151
/// points of a pickup sweep that is most of a frame.
class XYSeriesMapper : public QObject {
    Q_OBJECT
public:
    XYSeriesMapper(QAbstractItemModel* model, int xColumn, int yColumn, QXYSeries* series,
                   QObject* parent = nullptr);

private:
    void update();

    QAbstractItemModel* model_;
    int xColumn_;
    int yColumn_;
    QXYSeries* series_;
};

/// Damages owed as pickup runs from 0% to 150% of the block: one row per percentage point.
class PickupSweepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PickupColumn, RoomDamagesColumn, MeetingRoomColumn, TotalOwedColumn, ColumnCount };

    explicit PickupSweepModel(ContractDocument* document, QObject* parent = nullptr);
    /// Sweeps `contract` instead of following a document (a scenario's curve).
    explicit PickupSweepModel(QObject* parent = nullptr);
    void setPoints(std::vector<PickupSweepPoint> points, Currency currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The largest total owed in the sweep (for the chart's axis), in major units.
    double maximum() const;

private:
    Money value(int row, int column) const;

    std::vector<PickupSweepPoint> points_;
    Currency currency_;
};

/// The cancellation fee by notice date, from signing to arrival, as steps: each row a span of notice dates
/// with the same fee.
class CancellationScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FromColumn, ToColumn, DaysColumn, FeeColumn, TotalOwedColumn, ColumnCount };

    explicit CancellationScheduleModel(ContractDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    double maximum() const;

private:
    struct Step {
        Date from;
        Date to;
        std::int32_t daysFrom = 0; ///< days before arrival at `from`
        std::int32_t daysTo = 0;
        Money fee;
        Money totalOwed;
    };
    void refresh();

    ContractDocument* document_;
    std::vector<Step> steps_;
};

/// Turns a model of spans (a from column, a to column, a value column) into the corner points of a step
/// line: two rows per span, (from, value) and (to + 1 day, value). The chart of a step function is fed
/// through it; the table of spans is the source model itself.
/// The pace of pickup: the rooms picked up as of each stored pickup report, against the block. A row per
/// report date; the charts read ChartRole (the date as milliseconds, room nights as numbers).
class PickupPaceModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, PickedUpColumn, BlockColumn, PercentColumn, ColumnCount };
    struct Report {
        Date date;
        std::int64_t roomNights = 0;
    };

    /// The forecast from today to arrival: where the pickup will end (expected, P10, P90), the booking
    /// curve that leads there, the comparable groups' pace and the performance level.
    struct Projection {
        Date today;
        Date arrival;
        std::int64_t onTheBooks = 0;
        double expected = 0;
        std::int64_t p10 = 0;
        std::int64_t p90 = 0;
        std::array<double, forecast::kMaxDaysBeforeArrival + 1> share{}; ///< the curve the forecast used
        std::int32_t groups = 0;                     ///< comparable past groups behind the curve
        bool fallback = false;                       ///< the default curve
        double comparableFinalShare = 0;             ///< their mean final pickup / block
        std::optional<double> performanceRoomNights; ///< block x the attrition performance level
    };

    /// The projection of a ready outlook of `contract` whose block is `block` room nights.
    static Projection projectionOf(const Contract& contract, const Outlook& outlook, std::int64_t block);

    explicit PickupPaceModel(QObject* parent = nullptr);
    /// The reports of a contract (any order), its contracted room nights and its cutoff date.
    void setReports(std::vector<Report> reports, std::int64_t block, std::optional<Date> cutoff);
    /// The forecast drawn after the reports (none: the reports alone); a last row of the table.
    void setProjection(std::optional<Projection> projection);
    const std::vector<Report>& reports() const { return reports_; }
    const std::optional<Projection>& projection() const { return projection_; }
    std::int64_t block() const { return block_; }
    std::optional<Date> cutoff() const { return cutoff_; }
    /// Room nights on the books on `day` (today to arrival) on the way to a final pickup of `final`: today's
    /// pickup plus the part of (final - today's) that the curve says is picked up by then.
    double projected(double final, Date day) const;
    /// The comparable groups' room nights on the books at `day` for this block: curve x final share x block.
    double comparable(Date day) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant projectionData(int column, int role, const QLocale& locale) const;

    std::vector<Report> reports_;
    std::int64_t block_ = 0;
    std::optional<Date> cutoff_;
    std::optional<Projection> projection_;
};

class StepPointsProxy : public QAbstractTableModel {
    Q_OBJECT
public:
    StepPointsProxy(QAbstractItemModel* source, int fromColumn, int toColumn, int valueColumn,
                    QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /// Column 0: the x (a QDateTime), column 1: the y (a number).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QAbstractItemModel* source_;
    int fromColumn_;
    int toColumn_;
    int valueColumn_;
};

/// The block against the pickup, night by night, so that shoulder-night shortfalls are visible.
class NightSummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NightColumn,
        RevisedColumn, ///< the block after honoured reductions
        CountedColumn, ///< pickup with the credits the contract counts
        RequiredColumn,
        ShortfallColumn,
        ContractedColumn,
        PickupColumn,
        IndexColumn, ///< the row number, the x of the required-rooms line over the bars
        ColumnCount
    };

    explicit NightSummaryModel(ContractDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Short labels of the nights, for a category axis ("Sun 9").
    QStringList nightLabels() const;
    int maximum() const;

private:
    struct Night {
        Date night;
        std::int64_t contracted = 0;
        std::int64_t revised = 0;
        std::int64_t pickup = 0;
        std::int64_t counted = 0;
        std::int64_t requiredMicro = 0; ///< millionths of a room
    };
    void refresh();

    ContractDocument* document_;
    std::vector<Night> nights_;
};

} // namespace attrition::ui
