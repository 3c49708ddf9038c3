#include "attrition/ui/contractlistmodel.h"

#include "attrition/ui/contractdocument.h"
#include "attrition/ui/icons.h"
#include "attrition/ui/messagetext.h"
#include "attrition/ui/values.h"

#include <QFont>

namespace attrition::ui {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QVariant rightAligned() {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

std::int64_t roomNightsOf(const Contract& c) {
    std::int64_t total = 0;
    for (const BlockEntry& e : c.block) {
        total += e.rooms;
    }
    return total;
}

} // namespace

ContractListModel::ContractListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ContractListModel::setSource(ContractSource* source) {
    if (source_ != nullptr) {
        disconnect(source_, nullptr, this, nullptr);
    }
    source_ = source;
    if (source_ != nullptr) {
        connect(source_, &ContractSource::changed, this, &ContractListModel::reload);
    }
    reload();
}

void ContractListModel::reload() {
    beginResetModel();
    rows_.clear();
    if (source_ != nullptr) {
        for (ContractRecord& record : source_->loadAll()) {
            Row row{std::move(record), std::nullopt, {}, false};
            summarize(row);
            rows_.push_back(std::move(row));
        }
    }
    endResetModel();
}

void ContractListModel::summarize(Row& row) {
    if (!row.record.contract) {
        return;
    }
    summarize(row, computeResults(*row.record.contract));
}

void ContractListModel::summarize(Row& row, const Results& results) {
    row.assessment = results.assessment;
    row.problem.clear();
    if (!results.issues.empty()) {
        row.problem =
            tr("Cannot be assessed: %1").arg(issueText(results.issues.front(), &*row.record.contract));
        if (results.issues.size() > 1) {
            row.problem += tr(" (and %n more)", nullptr, static_cast<int>(results.issues.size() - 1));
        }
    } else if (!results.failure.isEmpty()) {
        row.problem = results.failure;
    }
}

int ContractListModel::rowForId(const QString& id) const {
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        if (rows_[i].record.id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString ContractListModel::idAt(int row) const {
    return row >= 0 && row < rowCount() ? rows_[static_cast<std::size_t>(row)].record.id : QString();
}

const std::optional<Contract>& ContractListModel::contractAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).record.contract;
}

QStringList ContractListModel::errorsAt(int row) const {
    return rows_.at(static_cast<std::size_t>(row)).record.errors;
}

void ContractListModel::setLive(const QString& id, const Contract& contract, const Results& results,
                                bool modified) {
    const int r = rowForId(id);
    if (r < 0) {
        return;
    }
    Row& row = rows_[static_cast<std::size_t>(r)];
    row.record.contract = contract;
    row.record.errors.clear();
    row.modified = modified;
    summarize(row, results);
    emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int ContractListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int ContractListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContractListModel::statusName(ContractStatus status) {
    switch (status) {
    case ContractStatus::Prospect:
        return tr("Prospect");
    case ContractStatus::Tentative:
        return tr("Tentative");
    case ContractStatus::Definite:
        return tr("Definite");
    case ContractStatus::Cancelled:
        return tr("Cancelled");
    case ContractStatus::Actualized:
        return tr("Actualized");
    }
    return {};
}

QVariant ContractListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& row = rows_[static_cast<std::size_t>(index.row())];
    const QLocale locale;
    if (role == IdRole) {
        return row.record.id;
    }
    if (!row.record.contract) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == GroupColumn    ? row.record.label
                   : index.column() == StatusColumn ? tr("Unreadable")
                                                    : QVariant();
        case Qt::DecorationRole:
            return index.column() == GroupColumn ? icon(Icon::Error) : QVariant();
        case Qt::ToolTipRole:
            return row.record.errors.join(QLatin1Char('\n'));
        case SortRole:
            return index.column() == GroupColumn ? QVariant(row.record.label) : QVariant();
        case StatusRole:
        case ArrivalMonthRole:
            return -1;
        case SearchTextRole:
            return row.record.label;
        default:
            return {};
        }
    }
    const Contract& c = *row.record.contract;
    const std::optional<Assessment>& a = row.assessment;
    switch (role) {
    case StatusRole:
        return static_cast<int>(c.status);
    case ArrivalMonthRole:
        return c.arrival.year() * 12 + c.arrival.month() - 1;
    case SalesManagerRole:
        return text(c.salesManager);
    case AccountRole:
        return text(c.account);
    case SearchTextRole:
        return QStringList{text(c.reference), text(c.groupName),    text(c.account),
                           text(c.hotel),     text(c.salesManager), text(c.notes)}
            .join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (!row.problem.isEmpty()) {
            return row.problem;
        }
        if (index.column() == PickupColumn && a && !a->cancelled) {
            return formatPercent(a->pickupPercent, locale);
        }
        return index.column() == GroupColumn
                   ? QVariant(text(c.reference) + QStringLiteral(" \u2014 ") + text(c.hotel))
                   : QVariant();
    case Qt::DecorationRole:
        if (index.column() == GroupColumn && !row.problem.isEmpty()) {
            return icon(Icon::Error);
        }
        return {};
    case Qt::FontRole:
        if (row.modified) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case NightsColumn:
        case RoomNightsColumn:
        case PickupColumn:
        case ExposureColumn:
            return rightAligned();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return static_cast<int>(c.status);
        case ArrivalColumn:
            return c.arrival.dayNumber();
        case NightsColumn:
            return c.nightCount();
        case RoomNightsColumn:
            return static_cast<qlonglong>(roomNightsOf(c));
        case PickupColumn:
            return a && !a->cancelled ? static_cast<qlonglong>(a->pickupPercent.partsPerMillion()) : -1LL;
        case ExposureColumn: // amounts of one currency together, by amount
            if (!a) {
                return QString();
            }
            return QString::fromLatin1(a->totalOwed.currency().code().data(), 3) +
                   QStringLiteral("%1").arg(
                       static_cast<qulonglong>(a->totalOwed.minorUnits() + (INT64_MAX / 2)), 20, 10,
                       QLatin1Char('0'));
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return (row.modified ? QStringLiteral("\u2022 ") : QString()) +
                   (c.groupName.empty() ? text(c.reference) : text(c.groupName));
        case ReferenceColumn:
            return text(c.reference);
        case AccountColumn:
            return text(c.account);
        case SalesManagerColumn:
            return text(c.salesManager);
        case HotelColumn:
            return text(c.hotel);
        case StatusColumn:
            return statusName(c.status);
        case ArrivalColumn:
            return formatDate(c.arrival, locale);
        case NightsColumn:
            return c.nightCount();
        case RoomNightsColumn:
            return formatCount(roomNightsOf(c), locale);
        case PickupColumn:
            if (!a) {
                return QStringLiteral("\u2014");
            }
            return a->cancelled ? tr("cancelled")
                                : (c.pickup.empty() ? tr("none yet")
                                                    : formatPercentRounded(a->pickupPercent, 1, locale));
        case ExposureColumn:
            return a ? formatMoneyWithCode(a->totalOwed, locale) : QStringLiteral("\u2014");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section == NightsColumn || section == RoomNightsColumn || section == PickupColumn ||
                       section == ExposureColumn
                   ? rightAligned()
                   : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == ExposureColumn) {
        return tr("What the group would owe if assessed today, before deposits");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GroupColumn:
        return tr("Group");
    case ReferenceColumn:
        return tr("Reference");
    case AccountColumn:
        return tr("Account");
    case SalesManagerColumn:
        return tr("Sales manager");
    case HotelColumn:
        return tr("Hotel");
    case StatusColumn:
        return tr("Status");
    case ArrivalColumn:
        return tr("Arrival");
    case NightsColumn:
        return tr("Nights");
    case RoomNightsColumn:
        return tr("Room\nnights");
    case PickupColumn:
        return tr("Pickup");
    case ExposureColumn:
        return tr("Exposure");
    default:
        return {};
    }
}

// ---------------------------------------------------------------------------------------------------------

ContractFilterModel::ContractFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ContractListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ContractFilterModel::setStatus(std::optional<int> status) {
    status_ = status;
    invalidateFilter();
}

void ContractFilterModel::setArrivalMonth(std::optional<int> month) {
    month_ = month;
    invalidateFilter();
}

void ContractFilterModel::setSalesManager(const QString& salesManager) {
    salesManager_ = salesManager;
    invalidateFilter();
}

void ContractFilterModel::setAccount(const QString& account) {
    account_ = account;
    invalidateFilter();
}

void ContractFilterModel::setSearchText(const QString& text) {
    words_ = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ContractFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (status_ && i.data(ContractListModel::StatusRole).toInt() != *status_) {
        return false;
    }
    if (month_ && i.data(ContractListModel::ArrivalMonthRole).toInt() != *month_) {
        return false;
    }
    if (!salesManager_.isEmpty() && i.data(ContractListModel::SalesManagerRole).toString() != salesManager_) {
        return false;
    }
    if (!account_.isEmpty() && i.data(ContractListModel::AccountRole).toString() != account_) {
        return false;
    }
    const QString haystack = i.data(ContractListModel::SearchTextRole).toString();
    for (const QString& word : words_) {
        if (!haystack.contains(word, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

} // namespace attrition::ui
