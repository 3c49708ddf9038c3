#include "models/accountsmodel.h"

#include "models/contractlistmodel.h"
#include "session/accounts.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QBrush>
#include <QColor>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace attrition::ui {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// An amount for ordering only: major units as written. Amounts in different currencies are compared,
/// never added.
double majorUnits(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

QString dash() {
    return QStringLiteral("\u2014");
}

QString share(const std::optional<Percent>& p) {
    return p ? formatPercentRounded(*p) : dash();
}

QString days(const std::optional<Quantity>& q) {
    return q ? formatRooms(q->micro()) : QString();
}

/// The largest of the amounts `pick` gives, for ordering; -1 without any.
template <typename Pick> double largest(const Account& a, Pick pick) {
    double most = -1;
    for (const AccountDamages& d : a.damages) {
        if (const std::optional<Money> m = pick(d)) {
            most = std::max(most, majorUnits(*m));
        }
    }
    return most;
}

} // namespace

AccountsModel::AccountsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

AccountsModel::~AccountsModel() = default;

void AccountsModel::setAccounts(std::shared_ptr<const AccountsData> data) {
    beginResetModel();
    data_ = std::move(data);
    rebuild();
    endResetModel();
}

void AccountsModel::setAtRiskOnly(bool atRiskOnly) {
    if (atRiskOnly == atRiskOnly_) {
        return;
    }
    beginResetModel();
    atRiskOnly_ = atRiskOnly;
    rebuild();
    endResetModel();
}

void AccountsModel::rebuild() {
    rows_.clear();
    sortNames_.clear();
    if (!data_) {
        return;
    }
    const std::vector<Account>& all = data_->list.accounts;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (!atRiskOnly_ || !all[i].risks.empty()) {
            rows_.push_back(static_cast<int>(i));
            sortNames_.push_back(displayName(all[i].name).toLower());
        }
    }
}

const Account* AccountsModel::accountAt(int row) const {
    if (!data_ || row < 0 || row >= static_cast<int>(rows_.size())) {
        return nullptr;
    }
    return &data_->list.accounts[static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)])];
}

QString AccountsModel::latestKeyAt(int row) const {
    if (accountAt(row) == nullptr) {
        return {};
    }
    const auto at = static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)]);
    return at < data_->latestKey.size() ? data_->latestKey[at] : QString();
}

QString AccountsModel::latestReferenceAt(int row) const {
    if (accountAt(row) == nullptr) {
        return {};
    }
    const auto at = static_cast<std::size_t>(rows_[static_cast<std::size_t>(row)]);
    return at < data_->latestReference.size() ? qs(data_->latestReference[at]) : QString();
}

int AccountsModel::rowOf(const QString& name) const {
    for (int r = 0; r < rowCount(); ++r) {
        if (qs(accountAt(r)->name) == name) {
            return r;
        }
    }
    return -1;
}

int AccountsModel::atRiskCount() const {
    if (!data_) {
        return 0;
    }
    return static_cast<int>(std::count_if(data_->list.accounts.begin(), data_->list.accounts.end(),
                                          [](const Account& a) { return !a.risks.empty(); }));
}

QString AccountsModel::displayName(const std::string& name) {
    return name.empty() ? tr("(no account)") : qs(name);
}

int AccountsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int AccountsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountsModel::risksText(int row) const {
    const Account* a = accountAt(row);
    if (a == nullptr) {
        return {};
    }
    QStringList lines;
    for (const AccountRiskNote& note : a->risks) {
        lines << messageText(note.reason);
    }
    return lines.join(QLatin1Char('\n'));
}

QString AccountsModel::text(int row, Column column) const {
    const Account* a = accountAt(row);
    if (a == nullptr) {
        return {};
    }
    switch (column) {
    case NameColumn:
        return displayName(a->name);
    case ContractsColumn:
        return formatCount(a->contracts);
    case LastStayColumn:
        return a->lastStay ? formatDate(a->lastStay->arrival) : dash();
    case NextStayColumn:
        return a->nextStay ? formatDate(a->nextStay->arrival) : dash();
    case CycleColumn:
        return a->cycle.medianDays
                   ? tr("%1 \u00b1 %2 days").arg(days(a->cycle.medianDays), days(a->cycle.spreadDays))
                   : dash();
    case PickupColumn:
        if (!a->finalPickup.pickup) {
            return dash();
        }
        return tr("%1 (%2 of %3)")
            .arg(share(a->finalPickup.pickup), formatCount(a->finalPickup.pickupRoomNights),
                 formatCount(a->finalPickup.blockRoomNights));
    case TrendColumn: {
        QStringList trend;
        for (const Percent& p : a->pickupTrend) {
            trend << formatPercentRounded(p, 0);
        }
        return trend.isEmpty() ? dash() : trend.join(QStringLiteral(" \u2192 "));
    }
    case DamagesColumn: {
        QStringList amounts;
        for (const AccountDamages& d : a->damages) {
            amounts << formatMoneyWithCode(d.total);
        }
        return amounts.isEmpty() ? dash() : amounts.join(QStringLiteral("; "));
    }
    case CollectedColumn:
    case WaivedColumn: {
        // Amounts in different currencies are never added: one per currency, from the settlements.
        QStringList amounts;
        for (const AccountDamages& d : a->damages) {
            amounts << formatMoneyWithCode(column == CollectedColumn ? d.collected : d.waived);
        }
        return amounts.isEmpty() ? dash() : amounts.join(QStringLiteral("; "));
    }
    case CancelledColumn:
        return formatCount(a->cancelled);
    case LostColumn:
        return formatCount(a->lost);
    case RiskColumn: {
        QStringList names;
        for (const AccountRiskNote& note : a->risks) {
            names << (note.risk == AccountRisk::CycleOverdue ? tr("Rebooking overdue")
                                                             : tr("Pickup falling"));
        }
        return names.join(QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountsModel::data(const QModelIndex& index, int role) const {
    const Account* a = index.isValid() ? accountAt(index.row()) : nullptr;
    if (a == nullptr) {
        return {};
    }
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), column);
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
        case RiskColumn: {
            const QString risks = risksText(index.row());
            return risks.isEmpty() ? tr("Not at risk of not coming back.") : risks;
        }
        case LastStayColumn:
            return a->lastStay ? tr("%1 arrived %n days ago", nullptr, a->lastStay->days)
                                     .arg(qs(a->lastStay->reference))
                               : tr("No stay yet.");
        case NextStayColumn:
            return a->nextStay ? tr("%1 arrives in %n days", nullptr, a->nextStay->days)
                                     .arg(qs(a->nextStay->reference))
                               : tr("No stay booked.");
        case CycleColumn:
            return a->cycle.medianDays ? tr("Rebooks every %1 days usually (the median of %n intervals), "
                                            "spread %2 days; from %3 "
                                            "to %4 days.",
                                            nullptr, static_cast<int>(a->cycle.intervalDays.size()))
                                             .arg(days(a->cycle.medianDays), days(a->cycle.spreadDays))
                                             .arg(a->cycle.shortestDays)
                                             .arg(a->cycle.longestDays)
                                       : tr("No cycle yet (fewer than 2 events).");
        case PickupColumn:
            return tr("Final pickup of the actualized events: %1 of %2 room nights blocked.")
                .arg(formatCount(a->finalPickup.pickupRoomNights),
                     formatCount(a->finalPickup.blockRoomNights));
        case TrendColumn:
            return tr("The pickup of the last events with a final pickup, oldest first.");
        case CollectedColumn:
        case WaivedColumn:
            return tr("Not recorded for a currency without the figure.");
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        switch (column) {
        case ContractsColumn:
        case PickupColumn:
        case DamagesColumn:
        case CollectedColumn:
        case WaivedColumn:
        case CancelledColumn:
        case LostColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ForegroundRole:
        if ((column == RiskColumn || column == NameColumn) && !a->risks.empty()) {
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        }
        return {};
    case LatestKeyRole:
        return latestKeyAt(index.row());
    case NameRole:
        return qs(a->name);
    case SortRole:
        switch (column) {
        case NameColumn:
            return sortNames_[static_cast<std::size_t>(index.row())];
        case ContractsColumn:
            return static_cast<qlonglong>(a->contracts);
        case LastStayColumn:
            return a->lastStay ? a->lastStay->arrival.dayNumber() : std::numeric_limits<std::int32_t>::min();
        case NextStayColumn:
            return a->nextStay ? a->nextStay->arrival.dayNumber() : std::numeric_limits<std::int32_t>::max();
        case CycleColumn:
            return a->cycle.medianDays ? static_cast<qlonglong>(a->cycle.medianDays->micro())
                                       : std::numeric_limits<qlonglong>::max();
        case PickupColumn:
            return a->finalPickup.pickup ? static_cast<qlonglong>(a->finalPickup.pickup->partsPerMillion())
                                         : qlonglong(-1);
        case TrendColumn:
            return a->pickupTrend.empty() ? qlonglong(-1)
                                          : static_cast<qlonglong>(a->pickupTrend.back().partsPerMillion());
        case DamagesColumn:
            return largest(*a, [](const AccountDamages& d) { return std::optional<Money>(d.total); });
        case CollectedColumn:
            return largest(*a, [](const AccountDamages& d) { return std::optional<Money>(d.collected); });
        case WaivedColumn:
            return largest(*a, [](const AccountDamages& d) { return std::optional<Money>(d.waived); });
        case CancelledColumn:
            return static_cast<qlonglong>(a->cancelled);
        case LostColumn:
            return static_cast<qlonglong>(a->lost);
        case RiskColumn:
            return static_cast<int>(a->risks.size());
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case NameColumn:
            return tr("Account");
        case ContractsColumn:
            return tr("Contracts");
        case LastStayColumn:
            return tr("Last\nstay");
        case NextStayColumn:
            return tr("Next\nstay");
        case CycleColumn:
            return tr("Rebooks\nevery");
        case PickupColumn:
            return tr("Final\npickup");
        case TrendColumn:
            return tr("Pickup\ntrend");
        case DamagesColumn:
            return tr("Damages\nassessed");
        case CollectedColumn:
            return tr("Collected");
        case WaivedColumn:
            return tr("Waived");
        case CancelledColumn:
            return tr("Cancelled");
        case LostColumn:
            return tr("Lost");
        case RiskColumn:
            return tr("At risk");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case CycleColumn:
            return tr(
                "The usual rebooking cycle: the median of the days between the arrivals of the account's "
                "events, \u00b1 the median distance from it.");
        case PickupColumn:
            return tr("Room nights picked up of those blocked, over the actualized events (their final "
                      "pickup).");
        case TrendColumn:
            return tr("The pickup of the last events with a final pickup, oldest first.");
        case DamagesColumn:
            return tr("The damages the engine assesses for the actualized and cancelled contracts, per "
                      "currency: amounts in different currencies are never added.");
        case CollectedColumn:
        case WaivedColumn:
            return tr("What was collected or waived of the damages assessed, per currency, as the "
                      "contracts' settlements record it.");
        case CancelledColumn:
            return tr("Contracts cancelled, or with a cancellation notice.");
        case RiskColumn:
            return tr("Why the account may not come back: its usual rebooking cycle has passed without a new "
                      "contract, or its pickup fell for two events in a row.");
        default:
            return {};
        }
    }
    return {};
}

QString AccountsModel::detailText(int row) const {
    const Account* a = accountAt(row);
    if (a == nullptr) {
        return {};
    }
    QStringList lines;
    QStringList years;
    for (const AccountYear& y : a->byYear) {
        years << tr("%1: %2").arg(y.year).arg(formatCount(y.contracts));
    }
    lines << tr("%1: %n contracts (by arrival year: %2); cancelled %3, lost %4.", nullptr,
                static_cast<int>(a->contracts))
                 .arg(displayName(a->name), years.join(QStringLiteral(", ")), formatCount(a->cancelled),
                      formatCount(a->lost));
    if (a->finalPickup.events > 0) {
        lines << tr("Final pickup: %1 of %2 room nights blocked (%3) over %n actualized events.", nullptr,
                    static_cast<int>(a->finalPickup.events))
                     .arg(formatCount(a->finalPickup.pickupRoomNights),
                          formatCount(a->finalPickup.blockRoomNights), share(a->finalPickup.pickup));
    } else {
        lines << tr("Final pickup: no actualized event.");
    }
    if (a->onTheBooks.events > 0) {
        lines << tr("On the books: %1 of %2 room nights blocked (%3) over %n events to come.", nullptr,
                    static_cast<int>(a->onTheBooks.events))
                     .arg(formatCount(a->onTheBooks.pickupRoomNights),
                          formatCount(a->onTheBooks.blockRoomNights), share(a->onTheBooks.pickup));
    } else {
        lines << tr("On the books: no event to come.");
    }
    if (a->lastStay) {
        lines << tr("Last stay: %1 on %2, %n days ago.", nullptr, a->lastStay->days)
                     .arg(qs(a->lastStay->reference), formatDate(a->lastStay->arrival));
    } else {
        lines << tr("Last stay: none.");
    }
    if (a->nextStay) {
        lines << tr("Next stay: %1 on %2, in %n days.", nullptr, a->nextStay->days)
                     .arg(qs(a->nextStay->reference), formatDate(a->nextStay->arrival));
    } else {
        lines << tr("Next stay: none booked.");
    }
    if (a->cycle.medianDays) {
        QStringList intervals;
        for (const std::int32_t d : a->cycle.intervalDays) {
            intervals << formatCount(d);
        }
        lines << tr("Rebooking: every %1 days usually (the median of the intervals %2), spread %3 days (the "
                    "median distance from it), from %4 to %5 days.")
                     .arg(days(a->cycle.medianDays), intervals.join(QStringLiteral(", ")),
                          days(a->cycle.spreadDays), formatCount(a->cycle.shortestDays),
                          formatCount(a->cycle.longestDays));
    } else {
        lines << tr("Rebooking: no cycle yet (fewer than 2 events).");
    }
    QStringList trend;
    for (const Percent& p : a->pickupTrend) {
        trend << formatPercentRounded(p);
    }
    lines << tr("Pickup trend (final pickups, oldest first): %1.")
                 .arg(trend.isEmpty() ? tr("none") : trend.join(QStringLiteral(", ")));
    if (a->damages.empty()) {
        lines << tr("Damages assessed: none.");
    }
    for (const AccountDamages& d : a->damages) {
        lines << tr("Damages assessed in %1: %2 (%3 actualized groups: %4; %5 cancelled: %6); collected: %7; "
                    "waived: %8.")
                     .arg(currencyCode(d.currency), formatMoneyWithCode(d.total),
                          formatCount(d.actualizedGroups), formatMoneyWithCode(d.actualized),
                          formatCount(d.cancelledGroups), formatMoneyWithCode(d.cancelled),
                          formatMoneyWithCode(d.collected), formatMoneyWithCode(d.waived));
    }
    if (a->risks.empty()) {
        lines << tr("Not at risk of not coming back.");
    }
    for (const AccountRiskNote& note : a->risks) {
        lines << tr("At risk: %1").arg(messageText(note.reason));
    }
    if (!a->events.empty()) {
        lines << QString() << tr("Events (tentative, definite and actualized, by arrival):");
        for (const AccountEvent& e : a->events) {
            lines << (e.finalPickup ? tr("%1  %2  %3  picked up %4 of %5 room nights (%6), final")
                                    : tr("%1  %2  %3  picked up %4 of %5 room nights (%6) so far"))
                         .arg(qs(e.reference), formatDate(e.arrival), ContractListModel::statusName(e.status),
                              formatCount(e.pickupRoomNights), formatCount(e.blockRoomNights),
                              share(e.pickup));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace attrition::ui
