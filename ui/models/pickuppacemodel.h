#pragma once

#include "attrition/engine/forecast.h"
#include "session/outlook.h"

#include <QAbstractTableModel>
#include <array>
#include <optional>
#include <vector>

namespace attrition::ui {

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

} // namespace attrition::ui
