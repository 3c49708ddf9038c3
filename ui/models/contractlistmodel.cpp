#include "models/contractlistmodel.h"

#include "attrition/engine/engine.h"
#include "attrition/engine/validation.h"
#include "session/contractdocument.h"
#include "session/database.h"
#include "style/icons.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFont>
#include <QPalette>
#include <algorithm>
#include <limits>

namespace attrition::ui {

namespace {

/// Pages kept in memory; the least recently used go first.
constexpr std::size_t kPagesKept = 60;
/// Assessments kept in memory before they are all forgotten.
constexpr qsizetype kAssessmentsKept = 20000;
/// Rows asked for but not assessed yet that are remembered (the latest ones: those on screen).
constexpr std::size_t kPendingKept = 400;
/// How long one slice of assessing may take before the window gets to paint again.
constexpr qint64 kSliceNs = 12'000'000;

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QVariant rightAligned() {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

int clampToInt(std::int64_t n) {
    return static_cast<int>(std::clamp<std::int64_t>(n, 0, std::numeric_limits<int>::max()));
}

storage::ContractSummary summaryOf(storage::ContractId id, const Contract& c) {
    storage::ContractSummary s;
    s.id = id;
    s.reference = c.reference;
    s.groupName = c.groupName;
    s.account = c.account;
    s.hotel = c.hotel;
    s.salesManager = c.salesManager;
    s.status = c.status;
    s.arrival = c.arrival;
    s.departure = c.departure;
    for (const BlockEntry& e : c.block) {
        s.roomNights += e.rooms;
    }
    s.currency = c.currency;
    s.cancellationNoticed = c.cancellationNotice.has_value();
    return s;
}

} // namespace

ContractListModel::ContractListModel(QObject* parent)
    : QAbstractTableModel(parent) {
    filter_.archived = storage::ArchivedContracts::Hidden; // the list shows archived contracts when asked
    pendingTimer_.setSingleShot(true);
    pendingTimer_.setInterval(0);
    connect(&pendingTimer_, &QTimer::timeout, this, [this] {
        assessSome(kSliceNs);
        if (!pending_.empty()) {
            pendingTimer_.start();
        }
    });
}

ContractListModel::~ContractListModel() = default;

bool ContractListModel::event(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QAbstractTableModel::event(event);
}

void ContractListModel::retranslate() {
    for (auto it = assessments_.begin(); it != assessments_.end();) {
        it = it->problem.isEmpty() ? std::next(it) : assessments_.erase(it);
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (total_ > 0) {
        emit dataChanged(index(0, 0), index(total_ - 1, ColumnCount - 1));
    }
}

void ContractListModel::setRepository(storage::ContractRepository* repository) {
    beginResetModel();
    repository_ = repository;
    live_.reset();
    assessments_.clear();
    pending_.clear();
    pages_.clear();
    lastError_.clear();
    count();
    endResetModel();
    emit totalChanged();
}

void ContractListModel::setFilter(const storage::ContractFilter& filter) {
    filter_ = filter;
    reload();
}

std::optional<storage::ContractSortKey> ContractListModel::sortKeyFor(int column) {
    using K = storage::ContractSortKey;
    switch (column) {
    case GroupColumn:
        return K::GroupName;
    case ReferenceColumn:
        return K::Reference;
    case AccountColumn:
        return K::Account;
    case SalesManagerColumn:
        return K::SalesManager;
    case HotelColumn:
        return K::Hotel;
    case StatusColumn:
        return K::Status;
    case ArrivalColumn:
        return K::Arrival;
    case RoomNightsColumn:
        return K::RoomNights;
    default:
        return std::nullopt; // nights, pickup and exposure are not stored columns
    }
}

void ContractListModel::sort(int column, Qt::SortOrder order) {
    if (!sortKeyFor(column) || (column == sortColumn_ && order == sortOrder_)) {
        return;
    }
    sortColumn_ = column;
    sortOrder_ = order;
    beginResetModel();
    pages_.clear();
    pending_.clear();
    endResetModel();
}

void ContractListModel::reload() {
    const int before = total_;
    const int unfilteredBefore = unfilteredTotal_;
    beginResetModel();
    pages_.clear();
    pending_.clear();
    count();
    endResetModel();
    if (before != total_ || unfilteredBefore != unfilteredTotal_) {
        emit totalChanged();
    }
}

void ContractListModel::invalidate(storage::ContractId id) {
    assessments_.remove(id.value);
    for (auto& [number, page] : pages_) {
        for (std::size_t i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].id == id) {
                const int row = number * kPageSize + static_cast<int>(i);
                if (repository_ != nullptr) {
                    // Read the page again so that the row shows what was saved.
                    pages_.erase(number);
                    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
                }
                return;
            }
        }
    }
}

void ContractListModel::count() {
    total_ = 0;
    unfilteredTotal_ = 0;
    if (repository_ == nullptr) {
        return;
    }
    storage::ContractQuery query;
    query.filter = filter_;
    query.limit = 1;
    auto counted = repository_->listContracts(query);
    if (!counted) {
        report(counted.error());
        return;
    }
    total_ = clampToInt(counted->total);
    unfilteredTotal_ = total_;
    const storage::ContractFilter none;
    if (filter_.text != none.text || filter_.statuses != none.statuses || filter_.account || filter_.hotel ||
        filter_.salesManager || filter_.arrivalFrom || filter_.arrivalTo) {
        query.filter = none;
        if (auto all = repository_->listContracts(query)) {
            unfilteredTotal_ = clampToInt(all->total);
        }
    }
}

void ContractListModel::report(const storage::StorageError& error) const {
    lastError_ = text(error.message);
    emit const_cast<ContractListModel*>(this)->readFailed(lastError_);
}

const ContractListModel::Page* ContractListModel::page(int number) const {
    if (auto found = pages_.find(number); found != pages_.end()) {
        found->second.used = ++clock_;
        return &found->second;
    }
    if (repository_ == nullptr) {
        return nullptr;
    }
    storage::ContractQuery query;
    query.filter = filter_;
    query.sortBy = *sortKeyFor(sortColumn_);
    query.order =
        sortOrder_ == Qt::AscendingOrder ? storage::SortOrder::Ascending : storage::SortOrder::Descending;
    query.offset = static_cast<std::int64_t>(number) * kPageSize;
    query.limit = kPageSize;
    query.countTotal = false;
    auto read = repository_->listContracts(query);
    ++pagesRead_;
    if (!read) {
        report(read.error());
        return nullptr;
    }
    if (pages_.size() >= kPagesKept) {
        auto oldest = std::min_element(pages_.begin(), pages_.end(), [](const auto& a, const auto& b) {
            return a.second.used < b.second.used;
        });
        pages_.erase(oldest);
    }
    Page& p = pages_[number];
    p.rows = std::move(read->rows);
    p.used = ++clock_;
    return &p;
}

const storage::ContractSummary* ContractListModel::summaryAt(int row) const {
    if (row < 0 || row >= total_) {
        return nullptr;
    }
    const Page* p = page(row / kPageSize);
    const auto at = static_cast<std::size_t>(row % kPageSize);
    return p != nullptr && at < p->rows.size() ? &p->rows[at] : nullptr;
}

QString ContractListModel::idAt(int row) const {
    const storage::ContractSummary* s = summaryAt(row);
    return s != nullptr ? contractKey(s->id) : QString();
}

int ContractListModel::rowForId(const QString& id, int maxPages) const {
    const auto wanted = contractIdFromKey(id);
    if (!wanted) {
        return -1;
    }
    const auto find = [&](int number, const Page& p) {
        for (std::size_t i = 0; i < p.rows.size(); ++i) {
            if (p.rows[i].id == *wanted) {
                return number * kPageSize + static_cast<int>(i);
            }
        }
        return -1;
    };
    for (const auto& [number, p] : pages_) {
        if (const int row = find(number, p); row >= 0) {
            return row;
        }
    }
    const int pages = (total_ + kPageSize - 1) / kPageSize;
    for (int number = 0; number < std::min(pages, maxPages); ++number) {
        if (pages_.contains(number)) {
            continue;
        }
        if (const Page* p = page(number)) {
            if (const int row = find(number, *p); row >= 0) {
                return row;
            }
        }
    }
    return -1;
}

ContractListModel::Assessed ContractListModel::summarize(const Contract& contract,
                                                         const std::optional<Assessment>& assessment,
                                                         const QString& problem, bool valid) {
    Assessed a;
    a.assessment = valid ? assessment : std::nullopt;
    a.problem = problem;
    a.hasPickup = !contract.pickup.empty();
    return a;
}

void ContractListModel::assess(storage::ContractId id) {
    auto loaded = repository_->load(id);
    if (!loaded) {
        Assessed a;
        a.version = -1;
        a.problem = text(loaded.error().message);
        assessments_.insert(id.value, a);
        return;
    }
    ++assessed_;
    const Contract& c = loaded->contract;
    const std::vector<ValidationIssue> issues = validate(c);
    std::optional<Assessment> assessment;
    QString problem;
    if (!issues.empty()) {
        problem = tr("Cannot be assessed: %1").arg(issueText(issues.front(), &c));
        if (issues.size() > 1) {
            problem += tr(" (and %n more)", nullptr, static_cast<int>(issues.size() - 1));
        }
    } else {
        try {
            assessment = attrition::assess(c);
        } catch (const std::exception& e) {
            problem = QString::fromUtf8(e.what());
        }
    }
    Assessed a = summarize(c, assessment, problem, issues.empty());
    a.version = loaded->version;
    if (assessments_.size() >= kAssessmentsKept) {
        assessments_.clear();
    }
    assessments_.insert(id.value, std::move(a));
}

void ContractListModel::assessSome(qint64 budgetNs) {
    QElapsedTimer timer;
    timer.start();
    std::vector<storage::ContractId> done;
    while (!pending_.empty() && repository_ != nullptr && (budgetNs < 0 || timer.nsecsElapsed() < budgetNs)) {
        const storage::ContractId id = pending_.back();
        pending_.pop_back();
        assess(id);
        done.push_back(id);
    }
    for (const auto& [number, p] : pages_) {
        for (std::size_t i = 0; i < p.rows.size(); ++i) {
            if (std::find(done.begin(), done.end(), p.rows[i].id) != done.end()) {
                const int row = number * kPageSize + static_cast<int>(i);
                emit dataChanged(index(row, GroupColumn), index(row, ColumnCount - 1));
            }
        }
    }
}

void ContractListModel::assessPending() {
    pendingTimer_.stop();
    assessSome(-1);
}

const ContractListModel::Assessed* ContractListModel::assessedFor(const storage::ContractSummary& row) const {
    if (live_ && live_->summary.id == row.id) {
        return &live_->assessed;
    }
    const auto found = assessments_.constFind(row.id.value);
    if (found != assessments_.constEnd() && (found->version == row.version || found->version < 0)) {
        return &*found;
    }
    if (std::find(pending_.begin(), pending_.end(), row.id) == pending_.end()) {
        pending_.push_back(row.id);
        if (pending_.size() > kPendingKept) {
            pending_.pop_front();
        }
    }
    if (!pendingTimer_.isActive()) {
        pendingTimer_.start();
    }
    return nullptr;
}

void ContractListModel::setLive(const QString& id, const Contract& contract, const Results& results,
                                bool modified) {
    const auto key = contractIdFromKey(id);
    if (!key) {
        return;
    }
    Live live;
    live.summary = summaryOf(*key, contract);
    QString problem;
    if (!results.issues.empty()) {
        problem = tr("Cannot be assessed: %1").arg(issueText(results.issues.front(), &contract));
        if (results.issues.size() > 1) {
            problem += tr(" (and %n more)", nullptr, static_cast<int>(results.issues.size() - 1));
        }
    } else if (!results.failure.isEmpty()) {
        problem = results.failure;
    }
    live.assessed = summarize(contract, results.assessment, problem, results.issues.empty());
    live.modified = modified;
    // The row shown live before (0 when none: ids start at 1). Not an optional: GCC 12 at -O2 wrongly
    // warns that an empty one's value may be compared uninitialized.
    const std::int64_t before = live_ ? live_->summary.id.value : 0;
    live_ = std::move(live);
    for (const auto& [number, p] : pages_) {
        for (std::size_t i = 0; i < p.rows.size(); ++i) {
            if (p.rows[i].id == *key || p.rows[i].id.value == before) {
                const int row = number * kPageSize + static_cast<int>(i);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
}

void ContractListModel::clearLive() {
    if (!live_) {
        return;
    }
    const QString id = contractKey(live_->summary.id);
    live_.reset();
    for (const auto& [number, p] : pages_) {
        for (std::size_t i = 0; i < p.rows.size(); ++i) {
            if (contractKey(p.rows[i].id) == id) {
                const int row = number * kPageSize + static_cast<int>(i);
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
        }
    }
}

int ContractListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : total_;
}

int ContractListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContractListModel::noPickupWord(bool cancelled) {
    return cancelled ? tr("cancelled") : tr("none yet");
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
    case ContractStatus::Lost:
        return tr("Lost");
    }
    return {};
}

QVariant ContractListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const storage::ContractSummary* stored = summaryAt(index.row());
    if (stored == nullptr) {
        return role == Qt::DisplayRole && index.column() == GroupColumn ? QVariant(QStringLiteral("\u2026"))
                                                                        : QVariant();
    }
    const bool isLive = live_ && live_->summary.id == stored->id;
    const storage::ContractSummary& c = isLive ? live_->summary : *stored;
    const bool modified = isLive && live_->modified;
    const QLocale locale;
    const bool assessedColumn = index.column() == PickupColumn || index.column() == ExposureColumn;
    switch (role) {
    case IdRole:
        return contractKey(c.id);
    case PendingRole:
        return assessedFor(*stored) == nullptr;
    case Qt::ToolTipRole: {
        const Assessed* a = assessedColumn || index.column() == GroupColumn ? assessedFor(*stored) : nullptr;
        if (a != nullptr && !a->problem.isEmpty()) {
            return a->problem;
        }
        if (index.column() == PickupColumn && a != nullptr && a->assessment && !a->assessment->cancelled) {
            return formatPercent(a->assessment->pickupPercent, locale);
        }
        // The group's whole name (the column may show it cut short), then which contract and where.
        return index.column() == GroupColumn
                   ? QVariant(text(c.groupName) + QLatin1Char('\n') + text(c.reference) +
                              QStringLiteral(" \u2014 ") + text(c.hotel))
                   : QVariant();
    }
    case Qt::DecorationRole:
        if (index.column() == GroupColumn) {
            const auto found = assessments_.constFind(c.id.value);
            const Assessed* a =
                isLive ? &live_->assessed
                       : (found != assessments_.constEnd() && found->version == stored->version ? &*found
                                                                                                : nullptr);
            if (a != nullptr && !a->problem.isEmpty()) {
                return icon(Icon::Error);
            }
        }
        return {};
    case Qt::FontRole:
        if (modified || c.archived) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (c.archived) {
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
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
    case Qt::DisplayRole:
        switch (index.column()) {
        case GroupColumn:
            return (modified ? QStringLiteral("\u2022 ") : QString()) +
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
            //: An archived contract's status in the contract list: %1 the status ("Definite").
            return c.archived ? tr("%1 (archived)").arg(statusName(c.status)) : statusName(c.status);
        case ArrivalColumn:
            return formatDate(c.arrival, locale);
        case NightsColumn:
            return c.departure.daysSince(c.arrival);
        case RoomNightsColumn:
            return formatCount(c.roomNights, locale);
        case PickupColumn: {
            const Assessed* a = assessedFor(*stored);
            if (a == nullptr) {
                return QStringLiteral("\u2026");
            }
            if (!a->assessment) {
                return QStringLiteral("\u2014");
            }
            if (a->assessment->cancelled || !a->hasPickup) {
                return noPickupWord(a->assessment->cancelled);
            }
            return formatPercentRounded(a->assessment->pickupPercent, 1, locale);
        }
        case ExposureColumn: {
            const Assessed* a = assessedFor(*stored);
            if (a == nullptr) {
                return QStringLiteral("\u2026");
            }
            return a->assessment ? formatMoneyWithCode(a->assessment->totalOwed, locale)
                                 : QStringLiteral("\u2014");
        }
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
    if (role == Qt::ToolTipRole) {
        if (section == ExposureColumn) {
            return tr("What the group would owe if assessed today, before deposits (not sortable: worked out "
                      "for the rows shown)");
        }
        if (!sortKeyFor(section)) {
            return tr("Worked out for the rows shown; the list cannot be sorted by it");
        }
        return {};
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

} // namespace attrition::ui
