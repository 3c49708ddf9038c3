#include "models/pickuppacemodel.h"

#include "models/chartvalues.h"
#include "text/language.h"
#include "text/values.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace attrition::ui {

PickupPaceModel::PickupPaceModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void PickupPaceModel::setReports(std::vector<Report> reports, std::int64_t block,
                                 std::optional<Date> cutoff) {
    beginResetModel();
    std::sort(reports.begin(), reports.end(),
              [](const Report& a, const Report& b) { return a.date < b.date; });
    reports_ = std::move(reports);
    block_ = block;
    cutoff_ = cutoff;
    endResetModel();
}

PickupPaceModel::Projection PickupPaceModel::projectionOf(const Contract& c, const Outlook& outlook,
                                                          std::int64_t block) {
    const forecast::Forecast& f = outlook.forecast;
    Projection p;
    p.today = outlook.today;
    p.arrival = c.arrival;
    p.onTheBooks = f.onTheBooks;
    p.expected = f.expected;
    p.p10 = f.p10;
    p.p90 = f.p90;
    p.share = f.curve.share;
    p.groups = f.curve.groups;
    p.fallback = f.curve.fallback;
    p.comparableFinalShare = outlook.comparableFinalShare;
    if (c.attrition.enabled) {
        p.performanceRoomNights = static_cast<double>(block) *
                                  static_cast<double>(c.attrition.performanceLevel.partsPerMillion()) /
                                  static_cast<double>(Percent::kScale);
    }
    return p;
}

void PickupPaceModel::setProjection(std::optional<Projection> projection) {
    beginResetModel();
    projection_ = std::move(projection);
    endResetModel();
}

double PickupPaceModel::projected(double final, Date day) const {
    if (!projection_) {
        return 0;
    }
    const Projection& p = *projection_;
    const auto share = [&p](Date d) {
        const std::int64_t x =
            std::clamp<std::int64_t>(p.arrival.daysSince(d), 0, forecast::kMaxDaysBeforeArrival);
        return p.share[static_cast<std::size_t>(x)];
    };
    const auto onTheBooks = static_cast<double>(p.onTheBooks);
    if (!(p.today < day)) {
        return onTheBooks;
    }
    if (!(day < p.arrival)) {
        return final;
    }
    const double now = share(p.today);
    if (now >= 1.0 - 1e-9) {
        // A curve already complete gives no shape: a straight line to arrival.
        const double done =
            static_cast<double>(day.daysSince(p.today)) / static_cast<double>(p.arrival.daysSince(p.today));
        return onTheBooks + (final - onTheBooks) * done;
    }
    // The most of the curve reached so far: an averaged curve may dip here and there, a path to arrival
    // does not turn back.
    double reached = now;
    for (Date d = p.today.addDays(1); !(day < d); d = d.addDays(1)) {
        reached = std::max(reached, share(d));
    }
    return onTheBooks + (final - onTheBooks) * std::min(1.0, (reached - now) / (1.0 - now));
}

double PickupPaceModel::comparable(Date day) const {
    if (!projection_) {
        return 0;
    }
    const Projection& p = *projection_;
    const std::int64_t x =
        std::clamp<std::int64_t>(p.arrival.daysSince(day), 0, forecast::kMaxDaysBeforeArrival);
    return p.share[static_cast<std::size_t>(x)] * p.comparableFinalShare * static_cast<double>(block_);
}

int PickupPaceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(reports_.size()) + (projection_ ? 1 : 0);
}

int PickupPaceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PickupPaceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const QLocale locale;
    if (static_cast<std::size_t>(index.row()) == reports_.size()) {
        return projectionData(index.column(), role, locale);
    }
    const Report& r = reports_[static_cast<std::size_t>(index.row())];
    if (role == ChartRole) {
        switch (index.column()) {
        case DateColumn:
            return static_cast<qreal>(QDateTime(toQDate(r.date), QTime(0, 0)).toMSecsSinceEpoch());
        case PickedUpColumn:
            return static_cast<qreal>(r.roomNights);
        case BlockColumn:
            return static_cast<qreal>(block_);
        default:
            return block_ > 0 ? 100.0 * static_cast<qreal>(r.roomNights) / static_cast<qreal>(block_) : 0.0;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() == DateColumn ? QVariant()
                                            : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case DateColumn:
        return formatDate(r.date, locale);
    case PickedUpColumn:
        return formatCount(r.roomNights, locale);
    case BlockColumn:
        return formatCount(block_, locale);
    default:
        return block_ > 0
                   ? locale.toString(100.0 * static_cast<double>(r.roomNights) / static_cast<double>(block_),
                                     'f', 1) +
                         QStringLiteral("%")
                   : QStringLiteral("\u2014");
    }
}

QVariant PickupPaceModel::projectionData(int column, int role, const QLocale& locale) const {
    const Projection& p = *projection_;
    const auto expected = static_cast<std::int64_t>(std::llround(p.expected));
    if (role == ChartRole) {
        switch (column) {
        case DateColumn:
            return static_cast<qreal>(QDateTime(toQDate(p.arrival), QTime(0, 0)).toMSecsSinceEpoch());
        case PickedUpColumn:
            return p.expected;
        case BlockColumn:
            return static_cast<qreal>(block_);
        default:
            return block_ > 0 ? 100.0 * p.expected / static_cast<qreal>(block_) : 0.0;
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return column == DateColumn ? QVariant() : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        return tr("The forecast final pickup at arrival, with the range in which 8 of 10 past groups ended "
                  "(P10 to P90)");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case DateColumn:
        //: The last row of the pace table: the forecast for the arrival date %1.
        return tr("%1 (forecast)").arg(formatDate(p.arrival, locale));
    case PickedUpColumn:
        //: A forecast room-night count and its P10-P90 range.
        return tr("%1 (%2\u2013%3)")
            .arg(formatCount(expected, locale), formatCount(p.p10, locale), formatCount(p.p90, locale));
    case BlockColumn:
        return formatCount(block_, locale);
    default:
        return block_ > 0 ? locale.toString(100.0 * p.expected / static_cast<double>(block_), 'f', 1) +
                                QStringLiteral("%")
                          : QStringLiteral("\u2014");
    }
}

QVariant PickupPaceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DateColumn:
        return tr("Report date");
    case PickedUpColumn:
        return tr("Picked up");
    case BlockColumn:
        return tr("Block");
    default:
        return tr("Of the block");
    }
}

} // namespace attrition::ui
