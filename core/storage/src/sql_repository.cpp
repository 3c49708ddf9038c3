#include "attrition/storage/sql_repository.h"

#include "attrition/domain/pickup.h"
#include "attrition/storage/contract_changes.h"
#include "contract_rows.h"
#include "repository_impl.h"
#include "row_source.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <set>
#include <type_traits>
#include <unordered_map>
#include <utility>

namespace attrition::storage {

using namespace detail;

namespace {

// ---------------------------------------------------------------------------------------------------------
// SQL text

const QString kFrom = QStringLiteral(" FROM contracts c LEFT JOIN accounts a ON a.id = c.account_id");

/// The columns of a ContractSummary, read by readSummary().
const QString kSummaryColumns = QStringLiteral(
    "c.id, c.reference, c.group_name, COALESCE(a.name, ''), c.hotel, c.sales_manager, c.status, "
    "c.arrival, c.departure, c.room_nights, c.currency, c.cancellation_notice, c.version, "
    "c.updated_by, c.updated_at, c.archived");

/// "?, ?, ?": `count` placeholders for an IN list.
QString placeholders(std::size_t count) {
    QString marks;
    for (std::size_t i = 0; i < count; ++i) {
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    }
    return marks;
}

/// Columns before the contract's own in contractSelect().
constexpr int kContractFirstColumn = 7;

const QString& contractSelect() {
    static const QString sql = [] {
        QStringList columns;
        for (const QString& column : contractColumns()) {
            columns << QStringLiteral("c.") + column;
        }
        return QStringLiteral(
                   "SELECT c.id, c.version, c.created_at, c.created_by, c.updated_at, c.updated_by, "
                   "COALESCE(a.name, ''), ") +
               columns.join(QStringLiteral(", ")) + QStringLiteral(", c.archived") + kFrom;
    }();
    return sql;
}

const QString& insertContractSql() {
    static const QString sql = [] {
        QStringList columns = contractColumns();
        columns << QStringLiteral("account_id") << QStringLiteral("room_nights") << QStringLiteral("version")
                << QStringLiteral("created_at") << QStringLiteral("created_by")
                << QStringLiteral("updated_at") << QStringLiteral("updated_by");
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            marks << QStringLiteral("?");
        }
        return QStringLiteral("INSERT INTO contracts (") + columns.join(QStringLiteral(", ")) +
               QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) +
               QStringLiteral(") ON CONFLICT (reference) DO NOTHING");
    }();
    return sql;
}

/// The assignments of a save: every column of the contract, its account and its room nights.
const QString& contractAssignments() {
    static const QString sql = [] {
        QStringList sets;
        for (const QString& column : contractColumns()) {
            sets << column + QStringLiteral(" = ?");
        }
        sets << QStringLiteral("account_id = ?") << QStringLiteral("room_nights = ?");
        return sets.join(QStringLiteral(", "));
    }();
    return sql;
}

/// Writes pickup entries (a pickup report's, a scenario's) under their owner, in order.
Result<void> insertPickupEntries(Connection& c, const QString& table, const QString& ownerColumn,
                                 std::int64_t owner, const std::vector<PickupEntry>& entries,
                                 const Doing& doing) {
    return detail::insertRows(
        c, table, ownerColumn + QStringLiteral(", position, night, room_type, rooms"), 5, entries.size(),
        [&](std::size_t i, SqlValues& params) {
            params << sqlInt(owner) << sqlInt(static_cast<std::int64_t>(i)) << sqlDate(entries[i].night)
                   << sqlText(entries[i].roomType) << sqlInt(entries[i].rooms);
        },
        doing);
}

StorageError invalidArgument(std::string message) {
    return StorageError{ErrorKind::InvalidArgument, std::move(message), std::nullopt};
}

/// "ana", "ana and ben", "ana, ben and carl".
QString joinNames(const std::vector<std::string>& names) {
    QString text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i == 0) {
            text = qstr(names[i]);
        } else if (i + 1 == names.size()) {
            //: The last two names of a list of people ("ana, ben and carl").
            text = StorageText::tr("%1 and %2").arg(text, qstr(names[i]));
        } else {
            //: Names of a list of people before its last two ("ana, ben and carl").
            text = StorageText::tr("%1, %2").arg(text, qstr(names[i]));
        }
    }
    return text;
}

/// The start of a refused change's message: a contract whose reference is %1 was not saved, renamed...
constexpr const char* kNotSaved = QT_TRANSLATE_NOOP("StorageText", "Contract \"%1\" was not saved");
constexpr const char* kNotRenamed = QT_TRANSLATE_NOOP("StorageText", "Contract \"%1\" was not renamed");
constexpr const char* kNotRemoved = QT_TRANSLATE_NOOP("StorageText", "Contract \"%1\" was not removed");
constexpr const char* kNotArchived = QT_TRANSLATE_NOOP("StorageText", "Contract \"%1\" was not archived");
constexpr const char* kNotUnarchived =
    QT_TRANSLATE_NOOP("StorageText", "Contract \"%1\" was not taken out of the archive");
constexpr const char* kNotUpdatedWithPickup =
    QT_TRANSLATE_NOOP("StorageText", "Contract \"%1\" was not updated with the pickup report");

/// "<what was not done>: <why>" for a change that came too late.
std::string conflictMessage(const char* notDone, const QString& reference, const QString& why) {
    //: A change refused because someone else changed the contract first: %1 what was not done (as in
    //: "Contract "A-1" was not saved"), %2 who did what, as whole sentences.
    return StorageText::tr("%1: %2").arg(StorageText::tr(notDone).arg(reference), why).toStdString();
}

QString noContractWithId(std::int64_t id) {
    return StorageText::tr("no contract with id %1 is stored").arg(QString::number(id));
}

QString damagedPickupReport() {
    return StorageText::tr("a stored value of a pickup report cannot be read; the database may be damaged");
}

QString damagedScenario() {
    return StorageText::tr("a stored value of a scenario cannot be read; the database may be damaged");
}

QString damagedAccount() {
    return StorageText::tr("a stored value of an account cannot be read; the database may be damaged");
}

constexpr const char* kSavingContract = QT_TRANSLATE_NOOP("StorageText", "Could not save contract \"%1\"");

/// A count for the %n of a translation.
int countForTr(std::int64_t count) {
    return static_cast<int>(std::min<std::int64_t>(count, std::numeric_limits<int>::max()));
}

/// The stored state of a contract row that a write checks its expectations against.
struct RowStamp {
    std::int64_t id = 0;
    std::int64_t version = 0;
    std::string reference;
    std::string updatedBy;
    Timestamp updatedAt;
};

/// A removal or renaming found in the audit trail.
struct Departure {
    AuditAction action = AuditAction::ContractRemoved;
    std::string user;
    Timestamp at;
    std::string newReference;
};

QString sortExpression(ContractSortKey key) {
    switch (key) {
    case ContractSortKey::Reference:
        return QStringLiteral("c.reference");
    case ContractSortKey::GroupName:
        return QStringLiteral("c.group_name");
    case ContractSortKey::Account:
        return QStringLiteral("COALESCE(a.name, '')");
    case ContractSortKey::Hotel:
        return QStringLiteral("c.hotel");
    case ContractSortKey::SalesManager:
        return QStringLiteral("c.sales_manager");
    case ContractSortKey::Status:
        return QStringLiteral(
            "CASE c.status WHEN 'prospect' THEN 0 WHEN 'tentative' THEN 1 WHEN 'definite' THEN 2 "
            "WHEN 'cancelled' THEN 3 WHEN 'actualized' THEN 4 ELSE 5 END");
    case ContractSortKey::Arrival:
        return QStringLiteral("c.arrival");
    case ContractSortKey::Departure:
        return QStringLiteral("c.departure");
    case ContractSortKey::RoomNights:
        return QStringLiteral("c.room_nights");
    case ContractSortKey::Currency:
        return QStringLiteral("c.currency");
    case ContractSortKey::UpdatedAt:
        return QStringLiteral("c.updated_at");
    }
    return QStringLiteral("c.arrival");
}

/// Every contract has a reference, and no reference is given twice.
Result<void> checkReferences(const std::vector<Contract>& contracts, const Doing& doing) {
    std::set<std::string_view> references;
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        const Contract& c = contracts[i];
        if (c.reference.empty()) {
            return invalidArgument(refusalMessage(
                doing, StorageText::tr("contract %1 has no reference").arg(QString::number(i + 1))));
        }
        if (!references.insert(c.reference).second) {
            return invalidArgument(refusalMessage(
                doing, StorageText::tr("the reference \"%1\" is given twice").arg(qstr(c.reference))));
        }
    }
    return {};
}

} // namespace

// =========================================================================================================
// The operations, on the state behind the repository.

namespace {

class Operations {
public:
    explicit Operations(SqlContractRepository::Impl& impl)
        : d_(impl)
        , c_(*impl.connection)
        , qt_(qtStatements(*impl.connection))
        , s_(qt_.get()) {}

    /// Runs the statements of storing contracts (stored states, accounts, contract rows, lists, audit
    /// entries) through `statements` from now on, instead of through Qt Sql.
    void use(Statements& statements) { s_ = &statements; }

    // --- Reading ------------------------------------------------------------------------------------------

    Result<ContractSummary> readSummary(const Rows& r, const Doing& doing) {
        ContractSummary s;
        bool ok = readInt64(r.value(0), s.id.value) && readText(r.value(1), s.reference) &&
                  readText(r.value(2), s.groupName) && readText(r.value(3), s.account) &&
                  readText(r.value(4), s.hotel) && readText(r.value(5), s.salesManager);
        const std::optional<ContractStatus> status =
            contractStatusFromString(r.value(6).toString().toStdString());
        ok = ok && status.has_value() && readDate(r.value(7), s.arrival) &&
             readDate(r.value(8), s.departure) && readInt64(r.value(9), s.roomNights) &&
             readCurrency(r.value(10), s.currency) && readInt64(r.value(12), s.version) &&
             readText(r.value(13), s.updatedBy) && readTimestamp(r.value(14), s.updatedAt);
        if (!ok) {
            return damaged(doing, StorageText::tr("a stored value of contract \"%1\" cannot be read; the "
                                                  "database may be damaged")
                                      .arg(qstr(s.reference)));
        }
        if (!readBool(r.value(15), s.archived)) {
            return damaged(doing, StorageText::tr("a stored value of contract \"%1\" cannot be read; the "
                                                  "database may be damaged")
                                      .arg(qstr(s.reference)));
        }
        s.status = *status;
        s.cancellationNoticed = !r.value(11).isNull();
        return s;
    }

    /// A stored value that cannot be read; `explanation` says which.
    StorageError damaged(const Doing& doing, const QString& explanation) const {
        return c_.problem(ErrorKind::InvalidData, doing, explanation);
    }

    /// Reads the contracts the WHERE clause selects, in id order, at most `limit`, with all their lists.
    /// The selected ids must be every id between the first and the last selected (a single id, or the next
    /// `limit` ids in order).
    Result<std::vector<StoredContract>> readContracts(RowSource& source, const QString& where,
                                                      const std::vector<std::int64_t>& params,
                                                      std::int64_t limit, const Doing& doing) {
        return readContracts(source, where, params, limit, {}, {}, doing);
    }

    /// Reads the contracts with these ids (in id order, at most a few hundred), with all their lists.
    Result<std::vector<StoredContract>>
    readContractsWithIds(RowSource& source, const std::vector<std::int64_t>& ids, const Doing& doing) {
        const QString marks = placeholders(ids.size());
        return readContracts(source, QStringLiteral(" WHERE c.id IN (") + marks + QStringLiteral(")"), ids,
                             static_cast<std::int64_t>(ids.size()),
                             QStringLiteral(" WHERE contract_id IN (") + marks + QStringLiteral(")"), ids,
                             doing);
    }

    /// readContracts whose lists are read from the rows `childWhere` selects (`contract_id` is the column),
    /// by default every row between the first and the last contract read.
    Result<std::vector<StoredContract>> readContracts(RowSource& source, const QString& where,
                                                      const std::vector<std::int64_t>& params,
                                                      std::int64_t limit, const QString& childWhere,
                                                      const std::vector<std::int64_t>& childParams,
                                                      const Doing& doing) {
        std::vector<StoredContract> contracts;
        std::optional<StorageError> bad;
        std::vector<std::int64_t> mainParams = params;
        mainParams.push_back(limit);
        Result<void> read = source.each(
            contractSelect() + where + QStringLiteral(" ORDER BY c.id LIMIT ?"), mainParams,
            [&](const RowReader& row) {
                StoredContract s;
                const bool ok = row.int64(0, s.id.value) && row.int64(1, s.version) &&
                                row.timestamp(2, s.createdAt) && row.text(3, s.createdBy) &&
                                row.timestamp(4, s.updatedAt) && row.text(5, s.updatedBy) &&
                                row.text(6, s.contract.account);
                if (!ok) {
                    bad =
                        damaged(doing, StorageText::tr("a stored value of the contract with id %1 cannot be "
                                                       "read; the database may be damaged")
                                           .arg(QString::number(s.id.value)));
                    return false;
                }
                if (const std::optional<QString> column =
                        readContractValues(row, kContractFirstColumn, s.contract)) {
                    bad = damaged(doing, StorageText::tr("a stored value of contract \"%1\" (column %2) "
                                                         "cannot be read; the database may be damaged")
                                             .arg(qstr(s.contract.reference), *column));
                    return false;
                }
                if (!row.flag(kContractFirstColumn + static_cast<int>(contractColumns().size()),
                              s.archived)) {
                    bad = damaged(doing, StorageText::tr("a stored value of contract \"%1\" (column %2) "
                                                         "cannot be read; the database may be damaged")
                                             .arg(qstr(s.contract.reference), QStringLiteral("archived")));
                    return false;
                }
                contracts.push_back(std::move(s));
                return true;
            },
            doing);
        if (!read) {
            return read.takeError();
        }
        if (bad) {
            return *bad;
        }
        if (contracts.empty()) {
            return contracts;
        }
        const std::vector<std::int64_t> range{contracts.front().id.value, contracts.back().id.value};
        const QString rows =
            childWhere.isEmpty() ? QStringLiteral(" WHERE contract_id BETWEEN ? AND ?") : childWhere;
        for (const ChildTable& table : childTables()) {
            std::size_t at = 0; // both are in id order: walk them together
            read = source.each(
                QStringLiteral("SELECT contract_id, position, ") + table.columns + QStringLiteral(" FROM ") +
                    table.table + rows + QStringLiteral(" ORDER BY contract_id, position"),
                childWhere.isEmpty() ? range : childParams,
                [&](const RowReader& row) {
                    std::int64_t id = 0;
                    if (!row.int64(0, id)) {
                        bad = damaged(doing, StorageText::tr("a stored value of table %1 cannot be read; the "
                                                             "database may be damaged")
                                                 .arg(table.table));
                        return false;
                    }
                    while (at < contracts.size() && contracts[at].id.value < id) {
                        ++at;
                    }
                    if (at == contracts.size()) {
                        return false;
                    }
                    if (contracts[at].id.value != id) {
                        return true;
                    }
                    if (!table.read(contracts[at].contract, row, 2)) {
                        bad = damaged(doing, StorageText::tr("a stored value of contract \"%1\" (table %2) "
                                                             "cannot be read; the database may be damaged")
                                                 .arg(qstr(contracts[at].contract.reference), table.table));
                        return false;
                    }
                    return true;
                },
                doing);
            if (!read) {
                return read.takeError();
            }
            if (bad) {
                return *bad;
            }
        }
        return contracts;
    }

    Result<StoredContract> loadOne(std::int64_t id, const Doing& doing) {
        Result<std::vector<StoredContract>> found =
            readContracts(s_->rows(), QStringLiteral(" WHERE c.id = ?"), {id}, 1, doing);
        if (!found) {
            return found.takeError();
        }
        if (found->empty()) {
            return c_.problem(ErrorKind::NotFound, doing, noContractWithId(id));
        }
        return std::move(found->front());
    }

    Result<std::optional<RowStamp>> stamp(const QString& where, const SqlValue& key, const Doing& doing) {
        std::optional<RowStamp> found;
        bool bad = false;
        Result<void> read = s_->each(
            QStringLiteral("SELECT id, version, reference, updated_by, updated_at FROM contracts WHERE ") +
                where,
            {key},
            [&](const RowReader& row) {
                RowStamp s;
                bad = !row.int64(0, s.id) || !row.int64(1, s.version) || !row.text(2, s.reference) ||
                      !row.text(3, s.updatedBy) || !row.timestamp(4, s.updatedAt);
                if (!bad) {
                    found = std::move(s);
                }
                return false;
            },
            doing);
        if (!read) {
            return read.takeError();
        }
        if (bad) {
            return damaged(doing, StorageText::tr("a stored value of a contract cannot be read; the "
                                                  "database may be damaged"));
        }
        return found;
    }

    Result<std::optional<RowStamp>> stampByReference(std::string_view reference, const Doing& doing) {
        return stamp(QStringLiteral("reference = ?"), sqlText(reference), doing);
    }
    Result<std::optional<RowStamp>> stampById(std::int64_t id, const Doing& doing) {
        return stamp(QStringLiteral("id = ?"), sqlInt(id), doing);
    }

    // --- Conflicts ----------------------------------------------------------------------------------------

    /// How a contract that is no longer where it was left: removed, or renamed.
    Result<std::optional<Departure>> departure(const QString& where, const QVariantList& params,
                                               const Doing& doing) {
        Result<Rows> rows =
            c_.query(QStringLiteral("SELECT a.action, a.user_name, a.at, a.reference FROM audit_log a ") +
                         where + QStringLiteral(" ORDER BY a.id DESC LIMIT 1"),
                     params, doing);
        if (!rows) {
            return rows.takeError();
        }
        std::optional<Departure> found;
        if (rows->next()) {
            Departure dep;
            dep.action = auditActionFromString(rows->value(0).toString().toStdString())
                             .value_or(AuditAction::ContractRemoved);
            readText(rows->value(1), dep.user);
            readTimestamp(rows->value(2), dep.at);
            readText(rows->value(3), dep.newReference);
            found = std::move(dep);
        }
        return found;
    }

    Result<std::optional<Departure>> departureOfId(std::int64_t id, const Doing& doing) {
        return departure(QStringLiteral("WHERE a.contract_id = ? AND a.action = 'contract-removed'"),
                         {sqlInt(id)}, doing);
    }

    Result<std::optional<Departure>> departureOfReference(std::string_view reference, const Doing& doing) {
        return departure(
            QStringLiteral("WHERE (a.action = 'contract-removed' AND a.reference = ?) OR "
                           "(a.action = 'contract-renamed' AND EXISTS (SELECT 1 FROM audit_changes ch "
                           "WHERE ch.audit_id = a.id AND ch.field = 'reference' AND "
                           "ch.before_value = ?))"),
            {sqlText(reference), sqlText(reference)}, doing);
    }

    /// `notDone` is one of kNotSaved, kNotRenamed...
    StorageError departedError(const QString& reference, const Departure& dep, const char* notDone) {
        ConflictDetails details;
        details.savedBy = dep.user;
        details.savedAt = dep.at;
        details.removed = dep.action == AuditAction::ContractRemoved;
        details.users = {dep.user};
        const QString why =
            details.removed
                ? StorageText::tr("%1 removed it at %2, after you opened it.")
                      .arg(qstr(dep.user), qstr(dep.at.toDisplay()))
                : StorageText::tr("%1 renamed it to \"%2\" at %3. Open it under its new reference.")
                      .arg(qstr(dep.user), qstr(dep.newReference), qstr(dep.at.toDisplay()));
        return StorageError{ErrorKind::Conflict, conflictMessage(notDone, reference, why),
                            std::move(details)};
    }

    /// The contract is stored at another version than the one a write expected.
    StorageError staleError(const RowStamp& current, std::int64_t expected, const char* notDone,
                            const Doing& doing) {
        ConflictDetails details;
        details.savedBy = current.updatedBy;
        details.savedAt = current.updatedAt;
        details.currentVersion = current.version;
        {
            Result<Rows> rows = c_.query(
                QStringLiteral(
                    "SELECT user_name FROM audit_log WHERE contract_id = ? AND version > ? AND "
                    "action IN ('contract-created', 'contract-changed', 'contract-renamed') ORDER BY id"),
                {sqlInt(current.id), sqlInt(expected)}, doing);
            if (rows) {
                while (rows->next()) {
                    const std::string user = rows->value(0).toString().toStdString();
                    if (std::find(details.users.begin(), details.users.end(), user) == details.users.end()) {
                        details.users.push_back(user);
                    }
                }
            }
        }
        if (details.users.empty()) {
            details.users.push_back(current.updatedBy);
        }
        const QString why =
            details.users.size() == 1
                ? StorageText::tr(
                      "%1 saved it at %2 after you opened it (you have version %3; version %4 is "
                      "stored now). Reload the contract to see their changes, then make yours again.")
                      .arg(qstr(details.users.front()), qstr(current.updatedAt.toDisplay()),
                           QString::number(expected), QString::number(current.version))
                : StorageText::tr("%1 saved it (last %2 at %3) after you opened it (you have version %4; "
                                  "version %5 is stored now). Reload the contract to see their changes, then "
                                  "make yours again.")
                      .arg(joinNames(details.users), qstr(current.updatedBy),
                           qstr(current.updatedAt.toDisplay()), QString::number(expected),
                           QString::number(current.version));
        return StorageError{ErrorKind::Conflict, conflictMessage(notDone, qstr(current.reference), why),
                            std::move(details)};
    }

    StorageError existsError(const RowStamp& current) {
        ConflictDetails details;
        details.savedBy = current.updatedBy;
        details.savedAt = current.updatedAt;
        details.currentVersion = current.version;
        details.users = {current.updatedBy};
        return StorageError{
            ErrorKind::AlreadyExists,
            StorageText::tr(
                "Contract \"%1\" was not saved: a contract with this reference is already stored "
                "(last saved by %2 at %3). Choose another reference, or open the stored contract.")
                .arg(qstr(current.reference), qstr(current.updatedBy), qstr(current.updatedAt.toDisplay()))
                .toStdString(),
            std::move(details)};
    }

    /// The stored contract a write is about, `found` by its id or reference, at the version the writer has;
    /// or why the write must not happen: the error `gone()` returns when it is not stored, the stale-version
    /// conflict when it is stored at another version. `notDone` is one of kNotSaved, kNotRenamed...
    template <typename Gone>
    Result<RowStamp> expectVersion(Result<std::optional<RowStamp>> found, std::int64_t expected,
                                   const char* notDone, const Doing& doing, Gone&& gone) {
        if (!found) {
            return found.takeError();
        }
        if (!*found) {
            return gone();
        }
        if ((*found)->version != expected) {
            return staleError(**found, expected, notDone, doing);
        }
        return std::move(**found);
    }

    /// The contract with this id at the expected version, or why a write to it must not happen.
    /// `notDone` is one of kNotSaved, kNotRenamed...
    Result<RowStamp> expectAt(ContractId id, std::int64_t expected, const char* notDone, const Doing& doing) {
        return expectVersion(stampById(id.value, doing), expected, notDone, doing, [&]() -> Result<RowStamp> {
            Result<std::optional<Departure>> dep = departureOfId(id.value, doing);
            if (!dep) {
                return dep.takeError();
            }
            if (*dep) {
                Result<Rows> ref =
                    c_.query(QStringLiteral("SELECT reference FROM audit_log WHERE contract_id = ? "
                                            "ORDER BY id DESC LIMIT 1"),
                             {sqlInt(id.value)}, doing);
                QString reference;
                if (ref && ref->next()) {
                    reference = ref->value(0).toString();
                } else {
                    //: Stands for the reference of a removed contract that is not known any more, in
                    //: "Contract "%1" was not saved".
                    reference = StorageText::tr("with id %1").arg(QString::number(id.value));
                }
                return departedError(reference, **dep, notDone);
            }
            return c_.problem(ErrorKind::NotFound, doing, noContractWithId(id.value));
        });
    }

    // --- Writing ------------------------------------------------------------------------------------------

    Result<Transaction> beginWrite(const Doing& doing) {
        d_.accountIds.clear();
        Result<Transaction> tx = Transaction::begin(c_, Transaction::Kind::Write, doing);
        if (!tx) {
            return tx;
        }
        // A newer program may have upgraded a shared database since this one opened it.
        Result<int> version = readSchemaVersion(c_, doing);
        if (!version) {
            return version.takeError();
        }
        if (*version != d_.schemaVersion) {
            return c_.problem(
                *version > d_.schemaVersion ? ErrorKind::NewerSchema : ErrorKind::Corrupt, doing,
                StorageText::tr(
                    "the database is now at schema version %1 but was opened at version %2; a "
                    "newer version of Attrition Desk has upgraded it. Install that version to keep "
                    "working with it")
                    .arg(QString::number(*version), QString::number(d_.schemaVersion)));
        }
        return tx;
    }

    Result<SqlValue> accountId(const std::string& name, Timestamp now, const Doing& doing) {
        if (name.empty()) {
            return sqlNullInt();
        }
        if (const auto it = d_.accountIds.find(name); it != d_.accountIds.end()) {
            return sqlInt(it->second);
        }
        Result<std::int64_t> added = s_->execute(
            QStringLiteral(
                "INSERT INTO accounts (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
            {sqlText(name), sqlTimestamp(now)}, doing);
        if (!added) {
            return added.takeError();
        }
        std::optional<std::int64_t> id;
        Result<void> read = s_->each(
            QStringLiteral("SELECT id FROM accounts WHERE name = ?"), {sqlText(name)},
            [&](const RowReader& row) {
                std::int64_t value = 0;
                if (row.int64(0, value)) {
                    id = value;
                }
                return false;
            },
            doing);
        if (!read) {
            return read.takeError();
        }
        if (!id) {
            return damaged(doing, StorageText::tr("a stored value of account \"%1\" cannot be read; the "
                                                  "database may be damaged")
                                      .arg(qstr(name)));
        }
        d_.accountIds.emplace(name, *id);
        return sqlInt(*id);
    }

    Result<void> writeLists(std::int64_t id, const Contract& contract, const Doing& doing) {
        for (const ChildTable& table : childTables()) {
            const std::size_t count = table.count(contract);
            Result<void> done = s_->insertRows(
                table.table, QStringLiteral("contract_id, position, ") + table.columns, table.width + 2,
                count,
                [&](std::size_t i, SqlValues& params) {
                    params << sqlInt(id) << sqlInt(static_cast<std::int64_t>(i));
                    table.append(contract, i, params);
                },
                doing);
            if (!done) {
                return done;
            }
        }
        return {};
    }

    Result<void> deleteLists(std::int64_t id, const Doing& doing) {
        for (const ChildTable& table : childTables()) {
            Result<std::int64_t> done = s_->execute(QStringLiteral("DELETE FROM ") + table.table +
                                                        QStringLiteral(" WHERE contract_id = ?"),
                                                    {sqlInt(id)}, doing);
            if (!done) {
                return done.takeError();
            }
        }
        return {};
    }

    /// The new contract's id; nothing when its reference was taken meanwhile (by a save that committed
    /// while this one waited for it).
    Result<std::optional<std::int64_t>> insertContract(const Contract& contract, Timestamp now,
                                                       std::string_view user, const Doing& doing) {
        Result<SqlValue> account = accountId(contract.account, now, doing);
        if (!account) {
            return account.takeError();
        }
        SqlValues params;
        params.reserve(static_cast<std::size_t>(contractColumns().size()) + 7);
        appendContractValues(contract, params);
        params << *account << sqlInt(contractedRoomNights(contract)) << sqlInt(1) << sqlTimestamp(now)
               << sqlText(user) << sqlTimestamp(now) << sqlText(user);
        Result<Statements::Inserted> ran = s_->insertOne(insertContractSql(), params, doing);
        if (!ran) {
            return ran.takeError();
        }
        if (!ran->inserted) {
            return std::optional<std::int64_t>();
        }
        const std::optional<std::int64_t> inserted = ran->id;
        if (!inserted) {
            return c_.problem(ErrorKind::Failed, doing,
                              StorageText::tr("the database did not return the new contract's id"));
        }
        const std::int64_t id = *inserted;
        if (Result<void> lists = writeLists(id, contract, doing); !lists) {
            return lists.takeError();
        }
        return std::optional<std::int64_t>(id);
    }

    /// Writes the audit row of a write by `user` at `now` about the contract `about` (its id, reference and
    /// version; an empty stamp for a write about no contract), with the fields it changed.
    Result<void> writeAudit(AuditAction action, const RowStamp& about, std::string_view subject,
                            std::string_view user, Timestamp now, const std::vector<FieldChange>& changes,
                            const Doing& doing) {
        Result<Statements::Inserted> ran = s_->insertOne(
            QStringLiteral("INSERT INTO audit_log (at, user_name, action, contract_id, reference, version, "
                           "subject) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {sqlTimestamp(now), sqlText(user), sqlText(toString(action)), sqlInt(about.id),
             sqlText(about.reference), sqlInt(about.version), sqlText(subject)},
            doing);
        if (!ran) {
            return ran.takeError();
        }
        const std::optional<std::int64_t> returned = ran->id;
        if (!returned) {
            return c_.problem(ErrorKind::Failed, doing,
                              StorageText::tr("the database did not return the audit entry's id"));
        }
        const std::int64_t auditId = *returned;
        return s_->insertRows(
            QStringLiteral("audit_changes"),
            QStringLiteral("audit_id, position, field, before_value, after_value"), 5, changes.size(),
            [&](std::size_t i, SqlValues& params) {
                params << sqlInt(auditId) << sqlInt(static_cast<std::int64_t>(i)) << sqlText(changes[i].field)
                       << sqlText(changes[i].before) << sqlText(changes[i].after);
            },
            doing);
    }

    /// Runs `sql`, which changes the contract row `stamp` describes only while it is still at stamp.version:
    /// its last two marks are given here, the id and that version. When it changes no row, another write got
    /// there first (only possible on a server): a Conflict, with `notDone` the one that names who saved
    /// the contract meanwhile, otherwise (or when it is gone) the one saying `changedWhile`.
    Result<void> changeAtVersion(const RowStamp& stamp, const QString& sql, SqlValues values,
                                 const QString& changedWhile, const char* notDone, const Doing& doing) {
        values << sqlInt(stamp.id) << sqlInt(stamp.version);
        Result<std::int64_t> changed = s_->execute(sql, values, doing);
        if (!changed) {
            return changed.takeError();
        }
        if (*changed != 1) {
            if (notDone != nullptr) {
                Result<std::optional<RowStamp>> now_at = stampById(stamp.id, doing);
                if (now_at && *now_at) {
                    return staleError(**now_at, stamp.version, notDone, doing);
                }
            }
            return c_.problem(ErrorKind::Conflict, doing, changedWhile);
        }
        return {};
    }

    /// Stores the contract `stamp` describes as its next version, written by `user` at `now`, with
    /// `assignments` ("reference = ?", a mark for each of `values`) -- if it is still at stamp.version (see
    /// changeAtVersion). The stamp of the new version.
    Result<RowStamp> storeNextVersion(const RowStamp& stamp, const QString& assignments, SqlValues values,
                                      std::string_view user, Timestamp now, const QString& changedWhile,
                                      const char* notDone, const Doing& doing) {
        RowStamp next{stamp.id, stamp.version + 1, stamp.reference, std::string(user), now};
        values << sqlInt(next.version) << sqlTimestamp(now) << sqlText(user);
        if (Result<void> changed = changeAtVersion(
                stamp,
                QStringLiteral("UPDATE contracts SET ") + assignments +
                    QStringLiteral(
                        ", version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
                std::move(values), changedWhile, notDone, doing);
            !changed) {
            return changed.takeError();
        }
        return next;
    }

    Result<SaveReceipt> create(const Contract& contract, std::string_view user, Timestamp now,
                               const Doing& doing) {
        Result<std::optional<RowStamp>> existing = stampByReference(contract.reference, doing);
        if (!existing) {
            return existing.takeError();
        }
        if (*existing) {
            return existsError(**existing);
        }
        return createUnchecked(contract, user, now, doing);
    }

    /// A settlement's credit goes to a contract of the same account: refused when the receiving contract is
    /// stored under another account. A reference not stored (yet) is let through: the credit applies only
    /// once a contract of that reference and of the same account exists.
    Result<void> checkCreditAccount(const Contract& contract, const Doing& doing) {
        const std::string& target = contract.settlement.creditContract;
        if (target.empty() || target == contract.reference) {
            return {};
        }
        Result<Rows> rows = c_.query(QStringLiteral("SELECT COALESCE(a.name, '')") + kFrom +
                                         QStringLiteral(" WHERE c.reference = ?"),
                                     {sqlText(target)}, doing);
        if (!rows) {
            return rows.takeError();
        }
        if (!rows->next()) {
            return {};
        }
        std::string account;
        readText(rows->value(0), account);
        if (account == contract.account) {
            return {};
        }
        //: %1 and %2 are contract references, %3 and %4 account names.
        return c_.problem(
            ErrorKind::InvalidArgument, doing,
            StorageText::tr("the settlement of %1 grants a credit on %2, a contract of another "
                            "account (%2: \"%4\", %1: \"%3\"): a credit goes only to a contract of "
                            "the same account")
                .arg(qstr(contract.reference), qstr(target), qstr(contract.account), qstr(account)));
    }

    /// Stores a new contract whose reference was found free in this transaction.
    Result<SaveReceipt> createUnchecked(const Contract& contract, std::string_view user, Timestamp now,
                                        const Doing& doing) {
        if (Result<void> credit = checkCreditAccount(contract, doing); !credit) {
            return credit.takeError();
        }
        Result<std::optional<std::int64_t>> id = insertContract(contract, now, user, doing);
        if (!id) {
            return id.takeError();
        }
        if (!*id) {
            Result<std::optional<RowStamp>> taken = stampByReference(contract.reference, doing);
            if (taken && *taken) {
                return existsError(**taken);
            }
            return c_.problem(ErrorKind::AlreadyExists, doing,
                              StorageText::tr("a contract with this reference is already stored"));
        }
        const RowStamp created{**id, 1, contract.reference, std::string(user), now};
        if (Result<void> logged = writeAudit(AuditAction::ContractCreated, created, "", user, now, {}, doing);
            !logged) {
            return logged.takeError();
        }
        return SaveReceipt{ContractId{**id}, 1, now, true};
    }

    Result<SaveReceipt> update(const Contract& contract, std::int64_t expected, std::string_view user,
                               Timestamp now, const Doing& doing) {
        Result<RowStamp> current = expectVersion(
            stampByReference(contract.reference, doing), expected, kNotSaved, doing,
            [&]() -> Result<RowStamp> {
                Result<std::optional<Departure>> dep = departureOfReference(contract.reference, doing);
                if (!dep) {
                    return dep.takeError();
                }
                if (*dep) {
                    return departedError(qstr(contract.reference), **dep, kNotSaved);
                }
                return c_.problem(
                    ErrorKind::NotFound, doing,
                    StorageText::tr("no contract with reference \"%1\" is stored; save it as a new contract")
                        .arg(qstr(contract.reference)));
            });
        if (!current) {
            return current.takeError();
        }
        return updateStored(*current, contract, user, now, doing, true);
    }

    /// Saves a new state of the stored contract `current` as its next version, if it is still at the version
    /// `current` has. With `keepPace`, a changed pickup is also kept as the
    /// pickup report of the day (local date of `now`; a later change that day replaces it), so every
    /// contract has a pickup history, not only those whose reports were imported.
    Result<SaveReceipt> updateStored(const RowStamp& current, const Contract& contract, std::string_view user,
                                     Timestamp now, const Doing& doing, bool keepPace = false) {
        if (Result<void> credit = checkCreditAccount(contract, doing); !credit) {
            return credit.takeError();
        }
        if (contract.reference != current.reference) {
            Result<std::optional<RowStamp>> taken = stampByReference(contract.reference, doing);
            if (!taken) {
                return taken.takeError();
            }
            if (*taken) {
                return existsError(**taken);
            }
        }
        Result<StoredContract> before = loadOne(current.id, doing);
        if (!before) {
            return before.takeError();
        }
        const std::vector<FieldChange> changes = compareContracts(before->contract, contract);
        if (changes.empty()) {
            return SaveReceipt{ContractId{current.id}, current.version, current.updatedAt, false};
        }
        Result<SqlValue> account = accountId(contract.account, now, doing);
        if (!account) {
            return account.takeError();
        }
        SqlValues params;
        appendContractValues(contract, params);
        params << *account << sqlInt(contractedRoomNights(contract));
        Result<RowStamp> next = storeNextVersion(
            current, contractAssignments(), std::move(params), user, now,
            StorageText::tr("the contract changed while it was being saved"), kNotSaved, doing);
        if (!next) {
            return next.takeError();
        }
        next->reference = contract.reference;
        if (Result<void> lists = deleteLists(current.id, doing); !lists) {
            return lists.takeError();
        }
        if (Result<void> lists = writeLists(current.id, contract, doing); !lists) {
            return lists.takeError();
        }
        if (Result<void> logged =
                writeAudit(AuditAction::ContractChanged, *next, "", user, now, changes, doing);
            !logged) {
            return logged.takeError();
        }
        if (keepPace && before->contract.pickup != contract.pickup) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(now.msSinceEpoch).date();
            const PickupSnapshot pace{Date::fromYmd(day.year(), day.month(), day.day()).value_or(Date()),
                                      contract.pickup};
            if (Result<void> kept = writeSnapshot(current, pace, user, now, doing, false); !kept) {
                return kept.takeError();
            }
        }
        return SaveReceipt{ContractId{current.id}, next->version, now, true};
    }

    /// Records a pickup report of the contract `stamp` describes, replacing one of the same date, with its
    /// audit entry when `audited` (the pace a save keeps is part of that save's entry).
    Result<void> writeSnapshot(const RowStamp& stamp, const PickupSnapshot& snapshot, std::string_view user,
                               Timestamp now, const Doing& doing, bool audited = true) {
        std::int64_t snapshotId = 0;
        {
            Result<Rows> rows = c_.query(
                QStringLiteral("INSERT INTO pickup_snapshots "
                               "(contract_id, report_date, recorded_at, recorded_by, rooms_total) "
                               "VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (contract_id, report_date) DO UPDATE SET "
                               "recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by, "
                               "rooms_total = excluded.rooms_total "
                               "RETURNING id"),
                {sqlInt(stamp.id), sqlDate(snapshot.reportDate), sqlTimestamp(now), sqlText(user),
                 sqlInt(roomsCounted(snapshot.entries))},
                doing);
            if (!rows) {
                return rows.takeError();
            }
            if (!rows->next() || !readInt64(rows->value(0), snapshotId)) {
                return c_.problem(ErrorKind::Failed, doing,
                                  StorageText::tr("the database did not return the report's id"));
            }
        }
        Result<std::int64_t> cleared =
            c_.execute(QStringLiteral("DELETE FROM pickup_snapshot_entries WHERE snapshot_id = ?"),
                       {sqlInt(snapshotId)}, doing);
        if (!cleared) {
            return cleared.takeError();
        }
        const std::vector<PickupEntry>& entries = snapshot.entries;
        Result<void> written = insertPickupEntries(c_, QStringLiteral("pickup_snapshot_entries"),
                                                   QStringLiteral("snapshot_id"), snapshotId, entries, doing);
        if (!written || !audited) {
            return written;
        }
        if (Result<void> logged = writeAudit(AuditAction::SnapshotRecorded, stamp,
                                             snapshot.reportDate.toIso(), user, now, {}, doing);
            !logged) {
            return logged;
        }
        return {};
    }

    /// Records the pickup reports of the contract `stamp` describes that are not stored exactly so; how many.
    Result<std::int64_t> writeHistory(const RowStamp& stamp, const std::vector<PickupSnapshot>& history,
                                      std::string_view user, Timestamp now, const Doing& doing) {
        std::int64_t written = 0;
        for (const PickupSnapshot& report : history) {
            Result<bool> same = sameSnapshotStored(stamp.id, report, doing);
            if (!same) {
                return same.takeError();
            }
            if (*same) {
                continue;
            }
            if (Result<void> w = writeSnapshot(stamp, report, user, now, doing); !w) {
                return w.takeError();
            }
            ++written;
        }
        return written;
    }

    /// Whether the contract has a pickup report of this date holding exactly these entries.
    Result<bool> sameSnapshotStored(std::int64_t contractId, const PickupSnapshot& snapshot,
                                    const Doing& doing) {
        Result<Rows> rows =
            c_.query(QStringLiteral("SELECT e.night, e.room_type, e.rooms FROM pickup_snapshots s "
                                    "LEFT JOIN pickup_snapshot_entries e ON e.snapshot_id = s.id "
                                    "WHERE s.contract_id = ? AND s.report_date = ? ORDER BY e.position"),
                     {sqlInt(contractId), sqlDate(snapshot.reportDate)}, doing);
        if (!rows) {
            return rows.takeError();
        }
        bool found = false; // a report of that date, perhaps without entries
        std::vector<PickupEntry> stored;
        while (rows->next()) {
            found = true;
            if (rows->value(0).isNull()) {
                continue; // the one row of a report without entries
            }
            PickupEntry e;
            std::int64_t rooms = 0;
            if (!readDate(rows->value(0), e.night) || !readText(rows->value(1), e.roomType) ||
                !readInt64(rows->value(2), rooms)) {
                return damaged(doing, StorageText::tr("a stored value of the pickup report of %1 cannot be "
                                                      "read; the database may be damaged")
                                          .arg(qstr(snapshot.reportDate.toIso())));
            }
            e.rooms = static_cast<std::int32_t>(rooms);
            stored.push_back(std::move(e));
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
        return found && std::equal(stored.begin(), stored.end(), snapshot.entries.begin(),
                                   snapshot.entries.end(), [](const PickupEntry& a, const PickupEntry& b) {
                                       return a.night == b.night && a.roomType == b.roomType &&
                                              a.rooms == b.rooms;
                                   });
    }

    Result<void> requireContract(ContractId id, const Doing& doing) {
        Result<std::optional<RowStamp>> found = stampById(id.value, doing);
        if (!found) {
            return found.takeError();
        }
        if (!*found) {
            return c_.problem(ErrorKind::NotFound, doing, noContractWithId(id.value));
        }
        stamp_ = std::move(**found);
        return {};
    }

    /// The stamp found by the last requireContract().
    const RowStamp& found() const { return stamp_; }

private:
    SqlContractRepository::Impl& d_;
    Connection& c_;
    std::unique_ptr<Statements> qt_;
    Statements* s_;
    RowStamp stamp_;
};

Result<void> checkUser(std::string_view user) {
    if (user.empty()) {
        return invalidArgument(
            StorageText::tr("A change needs the name of the person making it; none was given.")
                .toStdString());
    }
    return {};
}

/// SQLite settings for one large write transaction, restored when it ends: statement journals kept in memory
/// (in a large transaction nearly every statement journals the pages it changes, and past 64 KiB SQLite
/// writes that journal to a temporary file: most of an import's time), and a page cache large enough that
/// the changed pages are not written out before the commit, and then again. Nothing on PostgreSQL.
class LargeWriteSettings {
public:
    explicit LargeWriteSettings(Connection& c)
        : c_(c) {
        if (!c.isSqlite() || c.transactionDepth > 0) {
            return; // the journal's place is chosen as a transaction begins
        }
        tempStore_ = pragma("temp_store");
        cacheSize_ = pragma("cache_size");
        // Only faster or slower: a setting that cannot be made leaves the write as it would have been.
        if (tempStore_) {
            (void)c_.executeDirect(QStringLiteral("PRAGMA temp_store = MEMORY"), kDoing);
        }
        if (cacheSize_ && *cacheSize_ > -kCacheKiB && *cacheSize_ < kCacheKiB / 4) {
            (void)c_.executeDirect(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB), kDoing);
        }
    }
    ~LargeWriteSettings() {
        if (tempStore_) {
            (void)c_.executeDirect(QStringLiteral("PRAGMA temp_store = %1").arg(*tempStore_), kDoing);
        }
        if (cacheSize_) {
            (void)c_.executeDirect(QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize_), kDoing);
        }
    }
    LargeWriteSettings(const LargeWriteSettings&) = delete;
    LargeWriteSettings& operator=(const LargeWriteSettings&) = delete;

private:
    static constexpr std::int64_t kCacheKiB = 65536;
    static constexpr const char* kDoing = QT_TRANSLATE_NOOP("StorageText", "Could not read the contracts");

    std::optional<std::int64_t> pragma(const char* name) {
        Result<Rows> rows = c_.query(QStringLiteral("PRAGMA ") + QLatin1String(name), {}, kDoing);
        std::int64_t value = 0;
        if (!rows || !rows->next() || !readInt64(rows->value(0), value)) {
            return std::nullopt;
        }
        return value;
    }

    Connection& c_;
    std::optional<std::int64_t> tempStore_;
    std::optional<std::int64_t> cacheSize_;
};

/// What a write checks before it writes anything: who makes it, and what it expects to find stored.
struct WriteCheck {
    std::string_view user;
    /// The stored contract the write changes (nothing: it changes none that must be stored already).
    std::optional<ContractId> contract;
    /// The version the contract must be stored at (nothing: any version).
    std::optional<std::int64_t> expectedVersion;
    /// What is not done when it is stored at another version: kNotSaved, kNotRenamed...
    const char* notDone = nullptr;
    /// The contracts of a write of many: each needs a reference, and none may be given twice.
    const std::vector<Contract>* batch = nullptr;

    /// A write that expects nothing stored.
    static WriteCheck by(std::string_view user) {
        return WriteCheck{user, std::nullopt, std::nullopt, nullptr, nullptr};
    }
    /// A write of many contracts.
    static WriteCheck batchOf(const std::vector<Contract>& contracts, std::string_view user) {
        return WriteCheck{user, std::nullopt, std::nullopt, nullptr, &contracts};
    }
    /// A write to a contract that must be stored, at any version.
    static WriteCheck to(ContractId id, std::string_view user) {
        return WriteCheck{user, id, std::nullopt, nullptr, nullptr};
    }
    /// A write to a contract that must be stored at the version the writer has.
    static WriteCheck at(ContractId id, std::int64_t expectedVersion, const char* notDone,
                         std::string_view user) {
        return WriteCheck{user, id, expectedVersion, notDone, nullptr};
    }
};

/// What a write works with inside its transaction: the operations, the stored contract its check found, who
/// makes it and when, and the helpers that store the next version of that contract and write audit rows.
class WriteTx {
public:
    WriteTx(SqlContractRepository::Impl& d, Operations& operations, const RowStamp& found,
            std::string_view writer, const Doing& doing)
        : ops(operations)
        , current(found)
        , user(writer)
        , d_(d)
        , doing_(doing) {}

    Operations& ops;
    /// The stored contract the write's check found (an empty stamp when the check names none).
    const RowStamp& current;
    const std::string_view user;

    Connection& connection() { return *d_.connection; }

    /// The instant of the write: read from the clock when first needed, the same for the whole write.
    Timestamp now() {
        if (!now_) {
            now_ = d_.now();
        }
        return *now_;
    }

    /// Stores the current contract as its next version with `assignments` ("archived = ?", a mark for each
    /// of `values`), if it is still at the version the check found; otherwise a Conflict saying
    /// `changedWhile`. The stamp of the new version.
    Result<RowStamp> nextVersion(const QString& assignments, SqlValues values, const QString& changedWhile) {
        return ops.storeNextVersion(current, assignments, std::move(values), user, now(), changedWhile,
                                    nullptr, doing_);
    }

    /// Writes the audit row of this write about the contract `about` (its id, reference and version).
    Result<void> audit(AuditAction action, const RowStamp& about, std::string_view subject,
                       const std::vector<FieldChange>& changes = {}) {
        return ops.writeAudit(action, about, subject, user, now(), changes, doing_);
    }
    /// Writes the audit row of this write about the current contract, at the version it was found at.
    Result<void> audit(AuditAction action, std::string_view subject,
                       const std::vector<FieldChange>& changes = {}) {
        return audit(action, current, subject, changes);
    }

private:
    SqlContractRepository::Impl& d_;
    const Doing& doing_;
    std::optional<Timestamp> now_;
};

/// Every write goes through here, all or nothing: checks the user (and a batch's references), begins a
/// write transaction (which checks the schema version), finds the stored contract the write expects, runs
/// `writes(tx)` and commits. Any error on the way rolls back everything written. `tx.current` is the stored
/// contract found (an empty stamp when the check names none); `writes` returns a Result, which is what this
/// returns once committed. `doing` may be changed by the writes (to name the contract once it is found): the
/// WriteTx and the commit's error message use it as it is then.
template <typename Writes>
auto writeTransaction(SqlContractRepository::Impl& d, const WriteCheck& check, const Doing& doing,
                      Writes&& writes) -> std::invoke_result_t<Writes&, WriteTx&> {
    if (Result<void> u = checkUser(check.user); !u) {
        return u.takeError();
    }
    if (check.batch != nullptr) {
        if (Result<void> refs = checkReferences(*check.batch, doing); !refs) {
            return refs.takeError();
        }
    }
    Operations ops(d);
    Result<Transaction> transaction = ops.beginWrite(doing);
    if (!transaction) {
        return transaction.takeError();
    }
    RowStamp current;
    if (check.contract && check.expectedVersion) {
        Result<RowStamp> at = ops.expectAt(*check.contract, *check.expectedVersion, check.notDone, doing);
        if (!at) {
            return at.takeError();
        }
        current = std::move(*at);
    } else if (check.contract) {
        if (Result<void> exists = ops.requireContract(*check.contract, doing); !exists) {
            return exists.takeError();
        }
        current = ops.found();
    }
    WriteTx tx(d, ops, current, check.user, doing);
    auto result = writes(tx);
    if (!result) {
        return result; // the transaction rolls back as it ends
    }
    if (Result<void> committed = transaction->commit(doing); !committed) {
        return committed.takeError();
    }
    return result;
}

} // namespace

// =========================================================================================================

SqlContractRepository::SqlContractRepository(std::unique_ptr<Impl> impl)
    : d_(std::move(impl)) {}

SqlContractRepository::~SqlContractRepository() = default;

Result<std::unique_ptr<SqlContractRepository>> SqlContractRepository::open(const ConnectionSettings& settings,
                                                                           const OpenOptions& options) {
    Result<std::unique_ptr<Impl>> impl = openRepository(settings, options);
    if (!impl) {
        return impl.takeError();
    }
    return std::unique_ptr<SqlContractRepository>(new SqlContractRepository(std::move(*impl)));
}

Result<std::unique_ptr<SqlContractRepository>> SqlContractRepository::openDefault() {
    OpenOptions options;
    options.createIfMissing = true;
    return open(ConnectionSettings{}, options);
}

Engine SqlContractRepository::engine() const noexcept {
    return d_->connection->engine();
}

int SqlContractRepository::schemaVersion() const noexcept {
    return d_->schemaVersion;
}

std::string SqlContractRepository::location() const {
    return d_->connection->location();
}

Result<std::vector<std::string>> SqlContractRepository::checkIntegrity() {
    Connection& c = *d_->connection;
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not check the contract database"));
    std::vector<std::string> problems;
    if (c.isSqlite()) {
        for (const char* pragma : {"PRAGMA integrity_check", "PRAGMA foreign_key_check"}) {
            Result<Rows> rows = c.query(QString::fromLatin1(pragma), {}, doing);
            if (!rows) {
                return rows.takeError();
            }
            const bool foreignKeys = std::string_view(pragma).find("foreign") != std::string_view::npos;
            while (rows->next()) {
                if (foreignKeys) {
                    problems.push_back(
                        StorageText::tr("a row of table %1 refers to a missing row of table %2")
                            .arg(rows->value(0).toString(), rows->value(2).toString())
                            .toStdString());
                } else if (rows->value(0).toString() != QStringLiteral("ok")) {
                    problems.push_back(rows->value(0).toString().toStdString());
                }
            }
            if (Result<void> s = rows->status(); !s) {
                return s.takeError();
            }
        }
    } else {
        // PostgreSQL keeps its own integrity; check what the program relies on.
        Result<Rows> rows =
            c.query(QStringLiteral("SELECT count(*) FROM contracts WHERE version < 1"), {}, doing);
        if (!rows) {
            return rows.takeError();
        }
        std::int64_t bad = 0;
        if (rows->next()) {
            readInt64(rows->value(0), bad);
        }
        if (bad > 0) {
            problems.push_back(StorageText::tr("%n contracts have no valid version", nullptr,
                                               static_cast<int>(std::min<std::int64_t>(
                                                   bad, std::numeric_limits<int>::max())))
                                   .toStdString());
        }
    }
    // Each pickup report's rooms in all, kept beside it, are its entries' (as writeSnapshot adds them up).
    Result<Rows> totals =
        c.query(QStringLiteral("SELECT reference, report_date, rooms_total, counted FROM ("
                               "SELECT c.reference, s.report_date, s.rooms_total, "
                               "(SELECT COALESCE(SUM(CASE WHEN e.rooms > 0 THEN e.rooms ELSE 0 END), 0) "
                               "FROM pickup_snapshot_entries e WHERE e.snapshot_id = s.id) AS counted "
                               "FROM pickup_snapshots s JOIN contracts c ON c.id = s.contract_id) reports "
                               "WHERE rooms_total <> counted "
                               "ORDER BY reference, report_date"),
                {}, doing);
    if (!totals) {
        return totals.takeError();
    }
    while (totals->next()) {
        Date reportDate;
        readDate(totals->value(1), reportDate);
        problems.push_back(
            StorageText::tr("the pickup report of %1 of contract %2 keeps %3 rooms in all, but "
                            "its entries add up to %4")
                .arg(QString::fromStdString(reportDate.toIso()), totals->value(0).toString(),
                     totals->value(2).toString(), totals->value(3).toString())
                .toStdString());
    }
    if (Result<void> s = totals->status(); !s) {
        return s.takeError();
    }
    return problems;
}

// --- Contracts --------------------------------------------------------------------------------------------

namespace {

/// The WHERE clause (empty for no condition) of the contracts `f` passes, its values appended to `params`.
QString filterWhere(const Connection& c, const ContractFilter& f, QVariantList& params) {
    QStringList conditions;
    // Every word of the text, somewhere in the reference, group, account, hotel or sales manager.
    const QString like =
        c.isSqlite() ? QStringLiteral(" LIKE ? ESCAPE '\\'") : QStringLiteral(" ILIKE ? ESCAPE '\\'");
    for (const QString& word :
         qstr(f.text).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("(c.reference") + like + QStringLiteral(" OR c.group_name") + like +
                          QStringLiteral(" OR c.hotel") + like + QStringLiteral(" OR a.name") + like +
                          QStringLiteral(" OR c.sales_manager") + like + QStringLiteral(")");
        const QVariant pattern = QVariant(QStringLiteral("%") + escapeLike(word) + QStringLiteral("%"));
        params << pattern << pattern << pattern << pattern << pattern;
    }
    if (!f.statuses.empty()) {
        QStringList marks;
        for (ContractStatus s : f.statuses) {
            marks << QStringLiteral("?");
            params << sqlText(toString(s));
        }
        conditions << QStringLiteral("c.status IN (") + marks.join(QStringLiteral(", ")) +
                          QStringLiteral(")");
    }
    if (f.account) {
        conditions << QStringLiteral("COALESCE(a.name, '') = ?");
        params << sqlText(*f.account);
    }
    if (f.hotel) {
        conditions << QStringLiteral("c.hotel = ?");
        params << sqlText(*f.hotel);
    }
    if (f.salesManager) {
        conditions << QStringLiteral("c.sales_manager = ?");
        params << sqlText(*f.salesManager);
    }
    if (f.arrivalFrom) {
        conditions << QStringLiteral("c.arrival >= ?");
        params << sqlDate(*f.arrivalFrom);
    }
    if (f.arrivalTo) {
        conditions << QStringLiteral("c.arrival <= ?");
        params << sqlDate(*f.arrivalTo);
    }
    if (f.archived != ArchivedContracts::Included) {
        conditions << QStringLiteral("c.archived = ?");
        params << sqlBool(f.archived == ArchivedContracts::Only);
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

Result<ContractPage> SqlContractRepository::listContracts(const ContractQuery& query) {
    Connection& c = *d_->connection;
    Operations ops(*d_);
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the contract list"));
    QVariantList params;
    const QString where = filterWhere(c, query.filter, params);
    const QString direction =
        query.order == SortOrder::Descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");

    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    ContractPage page;
    if (query.countTotal) {
        Result<Rows> rows = c.query(QStringLiteral("SELECT COUNT(*)") + kFrom + where, params, doing);
        if (!rows) {
            return rows.takeError();
        }
        if (rows->next()) {
            readInt64(rows->value(0), page.total);
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    const std::int64_t limit = query.limit > 0 ? query.limit : std::numeric_limits<std::int64_t>::max();
    QVariantList pageParams = params;
    pageParams << sqlInt(limit) << sqlInt(std::max<std::int64_t>(0, query.offset));
    Result<Rows> rows =
        c.query(QStringLiteral("SELECT ") + kSummaryColumns + kFrom + where + QStringLiteral(" ORDER BY ") +
                    sortExpression(query.sortBy) + direction + QStringLiteral(", c.id") + direction +
                    QStringLiteral(" LIMIT ? OFFSET ?"),
                pageParams, doing);
    if (!rows) {
        return rows.takeError();
    }
    while (rows->next()) {
        Result<ContractSummary> s = ops.readSummary(*rows, doing);
        if (!s) {
            return s.takeError();
        }
        page.rows.push_back(std::move(*s));
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return page;
}

Result<StoredContract> SqlContractRepository::load(ContractId id) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not load the contract with id %1"),
                      std::to_string(id.value));
    Result<Transaction> tx = Transaction::begin(*d_->connection, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    return Operations(*d_).loadOne(id.value, doing);
}

Result<StoredContract> SqlContractRepository::loadByReference(std::string_view reference) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not load contract \"%1\""),
                      std::string(reference));
    Result<Transaction> tx = Transaction::begin(*d_->connection, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    Result<std::optional<RowStamp>> found = ops.stampByReference(reference, doing);
    if (!found) {
        return found.takeError();
    }
    if (!*found) {
        return d_->connection->problem(ErrorKind::NotFound, doing,
                                       StorageText::tr("no contract with this reference is stored"));
    }
    return ops.loadOne((*found)->id, doing);
}

Result<std::int64_t>
SqlContractRepository::forEachContract(const std::function<bool(const StoredContract&)>& visit) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the contracts"));
    Result<Transaction> tx = Transaction::begin(*d_->connection, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    std::unique_ptr<RowSource> source =
        d_->nativeBulkReads ? nativeSqliteRowSource(*d_->connection) : nullptr;
    if (!source) {
        source = std::make_unique<QtRowSource>(*d_->connection);
    }
    constexpr std::int64_t kBatch = 1000;
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    std::int64_t visited = 0;
    for (;;) {
        Result<std::vector<StoredContract>> batch =
            ops.readContracts(*source, QStringLiteral(" WHERE c.id > ?"), {after}, kBatch, doing);
        if (!batch) {
            return batch.takeError();
        }
        for (const StoredContract& s : *batch) {
            ++visited;
            if (!visit(s)) {
                return visited;
            }
        }
        if (static_cast<std::int64_t>(batch->size()) < kBatch) {
            break;
        }
        after = batch->back().id.value;
    }
    return visited;
}

Result<std::int64_t>
SqlContractRepository::forEachContract(const ContractFilter& filter,
                                       const std::function<bool(const StoredContract&)>& visit) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the contracts"));
    Connection& c = *d_->connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    // The ids the filter passes, in the list's order; then the contracts, a few hundred at a time.
    std::vector<std::int64_t> ids;
    {
        QVariantList params;
        const QString where = filterWhere(c, filter, params);
        Result<Rows> rows = c.query(QStringLiteral("SELECT c.id") + kFrom + where +
                                        QStringLiteral(" ORDER BY c.arrival ASC, c.id ASC"),
                                    params, doing);
        if (!rows) {
            return rows.takeError();
        }
        while (rows->next()) {
            std::int64_t id = 0;
            if (!readInt64(rows->value(0), id)) {
                return c.problem(ErrorKind::InvalidData, doing,
                                 StorageText::tr("a stored contract id cannot be read; the database may be "
                                                 "damaged"));
            }
            ids.push_back(id);
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    Operations ops(*d_);
    std::unique_ptr<RowSource> source =
        d_->nativeBulkReads ? nativeSqliteRowSource(*d_->connection) : nullptr;
    if (!source) {
        source = std::make_unique<QtRowSource>(*d_->connection);
    }
    constexpr std::size_t kBatch = 500;
    std::int64_t visited = 0;
    for (std::size_t first = 0; first < ids.size(); first += kBatch) {
        const std::size_t last = std::min(ids.size(), first + kBatch);
        std::vector<std::int64_t> batch(ids.begin() + static_cast<std::ptrdiff_t>(first),
                                        ids.begin() + static_cast<std::ptrdiff_t>(last));
        std::sort(batch.begin(), batch.end());
        Result<std::vector<StoredContract>> read = ops.readContractsWithIds(*source, batch, doing);
        if (!read) {
            return read.takeError();
        }
        for (std::size_t i = first; i < last; ++i) {
            const auto found =
                std::lower_bound(read->begin(), read->end(), ids[i],
                                 [](const StoredContract& s, std::int64_t id) { return s.id.value < id; });
            if (found == read->end() || found->id.value != ids[i]) {
                continue; // not there any more
            }
            ++visited;
            if (!visit(*found)) {
                return visited;
            }
        }
    }
    return visited;
}

Result<SaveReceipt> SqlContractRepository::save(const Contract& contract, std::int64_t expectedVersion,
                                                std::string_view user) {
    const Doing doing(kSavingContract, contract.reference);
    if (contract.reference.empty()) {
        return invalidArgument(
            StorageText::tr("The contract was not saved: it needs a reference first.").toStdString());
    }
    if (expectedVersion < 0) {
        return invalidArgument(
            refusalMessage(doing, StorageText::tr("the expected version must not be negative")));
    }
    return writeTransaction(*d_, WriteCheck::by(user), doing, [&](WriteTx& tx) {
        return expectedVersion == kNewContract
                   ? tx.ops.create(contract, user, tx.now(), doing)
                   : tx.ops.update(contract, expectedVersion, user, tx.now(), doing);
    });
}

Result<SaveReceipt> SqlContractRepository::save(ContractId id, const Contract& contract,
                                                std::int64_t expectedVersion, std::string_view user) {
    const Doing doing(kSavingContract, contract.reference);
    if (contract.reference.empty()) {
        return invalidArgument(
            StorageText::tr("The contract was not saved: it needs a reference.").toStdString());
    }
    if (expectedVersion < 1) {
        return invalidArgument(
            refusalMessage(doing, StorageText::tr("a stored contract has a version of 1 or more")));
    }
    return writeTransaction(
        *d_, WriteCheck::at(id, expectedVersion, kNotSaved, user), doing,
        [&](WriteTx& tx) { return tx.ops.updateStored(tx.current, contract, user, tx.now(), doing, true); });
}

Result<std::vector<SaveReceipt>> SqlContractRepository::saveNew(const std::vector<Contract>& contracts,
                                                                std::string_view user) {
    const auto count = static_cast<std::int64_t>(contracts.size());
    const Doing doing =
        Doing::counting(QT_TRANSLATE_N_NOOP("StorageText", "Could not save %n new contracts"), count);
    return writeTransaction(*d_, WriteCheck::batchOf(contracts, user), doing,
                            [&](WriteTx& tx) -> Result<std::vector<SaveReceipt>> {
                                const Timestamp now = tx.now();
                                std::vector<SaveReceipt> receipts;
                                receipts.reserve(contracts.size());
                                for (const Contract& contract : contracts) {
                                    Result<SaveReceipt> receipt = tx.ops.create(contract, user, now, doing);
                                    if (!receipt) {
                                        StorageError e = receipt.takeError();
                                        //: %1 is a message saying why a contract could not be saved.
                                        e.message = StorageText::tr("%1 None of the %n contracts was saved.",
                                                                    nullptr, countForTr(count))
                                                        .arg(qstr(e.message))
                                                        .toStdString();
                                        return e;
                                    }
                                    receipts.push_back(*receipt);
                                }
                                return receipts;
                            });
}

namespace {

/// Imports one contract (and its pickup reports, when given) inside the import's transaction.
Result<ImportReceipt> importOne(Operations& ops, const Contract& contract,
                                const std::vector<PickupSnapshot>* history, ExistingContracts existing,
                                std::string_view user, const Timestamp& now, const Doing& doing,
                                std::int64_t count) {
    Result<std::optional<RowStamp>> stored = ops.stampByReference(contract.reference, doing);
    Result<SaveReceipt> receipt = StorageError{};
    ImportOutcome outcome = ImportOutcome::Added;
    if (!stored) {
        receipt = stored.takeError();
    } else if (!*stored) {
        receipt = ops.createUnchecked(contract, user, now, doing);
    } else if (existing == ExistingContracts::Replace) {
        receipt = ops.updateStored(**stored, contract, user, now, doing);
        outcome = receipt && receipt->changed ? ImportOutcome::Replaced : ImportOutcome::Unchanged;
    } else {
        Result<StoredContract> before = ops.loadOne((*stored)->id, doing);
        if (!before) {
            receipt = before.takeError();
        } else if (!compareContracts(before->contract, contract).empty()) {
            receipt = ops.existsError(**stored);
        } else {
            receipt = SaveReceipt{before->id, before->version, before->updatedAt, false};
            outcome = ImportOutcome::Unchanged;
        }
    }
    Result<std::int64_t> reports = std::int64_t{0};
    if (receipt && history != nullptr) {
        const RowStamp stamp{receipt->id.value, receipt->version, contract.reference, std::string(user),
                             receipt->savedAt};
        reports = ops.writeHistory(stamp, *history, user, now, doing);
    }
    if (!receipt || !reports) {
        StorageError e = !receipt ? receipt.takeError() : reports.takeError();
        //: %1 is a message saying why a contract could not be imported.
        e.message = StorageText::tr("%1 None of the %n contracts was imported.", nullptr, countForTr(count))
                        .arg(qstr(e.message))
                        .toStdString();
        return e;
    }
    return ImportReceipt{receipt->id, receipt->version, outcome, *reports};
}

} // namespace

Result<std::vector<ImportReceipt>>
SqlContractRepository::importContracts(const std::vector<Contract>& contracts,
                                       const std::vector<std::vector<PickupSnapshot>>& histories,
                                       ExistingContracts existing, std::string_view user) {
    const auto count = static_cast<std::int64_t>(contracts.size());
    const Doing doing =
        Doing::counting(QT_TRANSLATE_N_NOOP("StorageText", "Could not import %n contracts"), count);
    const LargeWriteSettings settings(*d_->connection);
    return writeTransaction(*d_, WriteCheck::batchOf(contracts, user), doing,
                            [&](WriteTx& tx) -> Result<std::vector<ImportReceipt>> {
                                // On SQLite, natively: every statement prepared once, in the same
                                // transaction. Its statements are finalized when this returns, before the
                                // transaction ends.
                                const std::unique_ptr<Statements> native =
                                    d_->nativeBulkWrites ? nativeSqliteStatements(*d_->connection) : nullptr;
                                if (native) {
                                    tx.ops.use(*native);
                                }
                                const Timestamp now = tx.now();
                                std::vector<ImportReceipt> receipts;
                                receipts.reserve(contracts.size());
                                for (std::size_t i = 0; i < contracts.size(); ++i) {
                                    Result<ImportReceipt> r = importOne(
                                        tx.ops, contracts[i], i < histories.size() ? &histories[i] : nullptr,
                                        existing, user, now, doing, count);
                                    if (!r) {
                                        return r.takeError();
                                    }
                                    receipts.push_back(*r);
                                }
                                return receipts;
                            });
}

Result<std::vector<ImportReceipt>> SqlContractRepository::importContractsAsRead(ImportFeed& feed,
                                                                                ExistingContracts existing,
                                                                                std::string_view user) {
    const std::vector<PickupSnapshot>* history = nullptr;
    const Contract* contract = feed.next(&history);
    const auto count = contract != nullptr ? feed.count() : 0;
    const Doing doing =
        Doing::counting(QT_TRANSLATE_N_NOOP("StorageText", "Could not import %n contracts"), count);
    const auto givenUp = [&] {
        return invalidArgument(refusalMessage(doing, StorageText::tr("the import was given up")));
    };
    if (contract == nullptr && feed.stopped()) {
        return givenUp();
    }
    const LargeWriteSettings settings(*d_->connection);
    return writeTransaction(
        *d_, WriteCheck::by(user), doing, [&](WriteTx& tx) -> Result<std::vector<ImportReceipt>> {
            const std::unique_ptr<Statements> native =
                d_->nativeBulkWrites ? nativeSqliteStatements(*d_->connection) : nullptr;
            if (native) {
                tx.ops.use(*native);
            }
            const Timestamp now = tx.now();
            std::vector<ImportReceipt> receipts;
            receipts.reserve(static_cast<std::size_t>(count));
            std::set<std::string_view> references; // as checkReferences does for a list given whole
            for (; contract != nullptr; contract = feed.next(&history)) {
                if (contract->reference.empty()) {
                    return invalidArgument(refusalMessage(
                        doing, StorageText::tr("contract %1 has no reference").arg(receipts.size() + 1)));
                }
                if (!references.insert(contract->reference).second) {
                    return invalidArgument(
                        refusalMessage(doing, StorageText::tr("the reference \"%1\" is given twice")
                                                  .arg(qstr(contract->reference))));
                }
                Result<ImportReceipt> r =
                    importOne(tx.ops, *contract, history, existing, user, now, doing, count);
                history = nullptr;
                if (!r) {
                    return r.takeError();
                }
                receipts.push_back(*r);
            }
            if (feed.stopped()) {
                return givenUp(); // rolled back
            }
            return receipts;
        });
}

Result<SaveReceipt> SqlContractRepository::rename(ContractId id, std::int64_t expectedVersion,
                                                  std::string_view newReference, std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not rename the contract to \"%1\""),
                      std::string(newReference));
    if (newReference.empty()) {
        return invalidArgument(
            StorageText::tr("The contract was not renamed: the new reference is empty.").toStdString());
    }
    return writeTransaction(
        *d_, WriteCheck::at(id, expectedVersion, kNotRenamed, user), doing,
        [&](WriteTx& tx) -> Result<SaveReceipt> {
            const RowStamp& current = tx.current;
            if (current.reference == newReference) {
                return SaveReceipt{id, current.version, current.updatedAt, false};
            }
            Result<std::optional<RowStamp>> taken = tx.ops.stampByReference(newReference, doing);
            if (!taken) {
                return taken.takeError();
            }
            if (*taken) {
                StorageError e = tx.ops.existsError(**taken);
                e.message = StorageText::tr("Contract \"%1\" was not renamed: a contract with the reference "
                                            "\"%2\" is already stored.")
                                .arg(qstr(current.reference), qstr(newReference))
                                .toStdString();
                return e;
            }
            Result<RowStamp> renamed =
                tx.nextVersion(QStringLiteral("reference = ?"), {sqlText(newReference)},
                               StorageText::tr("the contract changed while it was being renamed; reload it"));
            if (!renamed) {
                return renamed.takeError();
            }
            renamed->reference = std::string(newReference);
            if (Result<void> logged =
                    tx.audit(AuditAction::ContractRenamed, *renamed, "",
                             {FieldChange{"reference", current.reference, std::string(newReference)}});
                !logged) {
                return logged.takeError();
            }
            return SaveReceipt{id, renamed->version, renamed->updatedAt, true};
        });
}

Result<void> SqlContractRepository::remove(ContractId id, std::int64_t expectedVersion,
                                           std::string_view user) {
    Result<RemovedContract> removed = removeKeepingCopy(id, expectedVersion, user);
    if (!removed) {
        return removed.takeError();
    }
    return {};
}

// --- Pickup reports ---------------------------------------------------------------------------------------

Result<void> SqlContractRepository::recordPickupSnapshot(ContractId id, const PickupSnapshot& snapshot,
                                                         std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not record the pickup report of %1"),
                      snapshot.reportDate.toIso());
    return writeTransaction(*d_, WriteCheck::to(id, user), doing, [&](WriteTx& tx) {
        return tx.ops.writeSnapshot(tx.current, snapshot, user, tx.now(), doing);
    });
}

Result<void> SqlContractRepository::recordPickupSnapshots(ContractId id,
                                                          const std::vector<PickupSnapshot>& snapshots,
                                                          std::string_view user) {
    const auto count = static_cast<std::int64_t>(snapshots.size());
    const Doing doing =
        Doing::counting(QT_TRANSLATE_N_NOOP("StorageText", "Could not record %n pickup reports"), count);
    return writeTransaction(*d_, WriteCheck::to(id, user), doing, [&](WriteTx& tx) -> Result<void> {
        for (const PickupSnapshot& s : snapshots) {
            if (Result<void> written = tx.ops.writeSnapshot(tx.current, s, user, tx.now(), doing); !written) {
                return written;
            }
        }
        return {};
    });
}

Result<SaveReceipt> SqlContractRepository::importPickupReport(ContractId id, std::int64_t expectedVersion,
                                                              const PickupSnapshot& report,
                                                              std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not import the pickup report of %1"),
                      report.reportDate.toIso());
    return writeTransaction(
        *d_, WriteCheck::at(id, expectedVersion, kNotUpdatedWithPickup, user), doing,
        [&](WriteTx& tx) -> Result<SaveReceipt> {
            Operations& ops = tx.ops;
            const RowStamp& current = tx.current;
            Result<StoredContract> stored = ops.loadOne(id.value, doing);
            if (!stored) {
                return stored.takeError();
            }
            const Timestamp now = tx.now();
            Contract contract = std::move(stored->contract);
            Result<SaveReceipt> receipt = SaveReceipt{id, current.version, current.updatedAt, false};
            if (applyPickup(contract, report.entries)) {
                receipt = ops.updateStored(current, contract, user, now, doing);
                if (!receipt) {
                    return receipt;
                }
            }
            Result<bool> same = ops.sameSnapshotStored(id.value, report, doing);
            if (!same) {
                return same.takeError();
            }
            if (!*same) {
                RowStamp stamp = current;
                stamp.version = receipt->version;
                if (Result<void> written = ops.writeSnapshot(stamp, report, user, now, doing); !written) {
                    return written.takeError();
                }
                receipt->changed = true;
            }
            return receipt;
        });
}

Result<void> SqlContractRepository::removePickupSnapshot(ContractId id, Date reportDate,
                                                         std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not remove the pickup report of %1"),
                      reportDate.toIso());
    return writeTransaction(*d_, WriteCheck::to(id, user), doing, [&](WriteTx& tx) -> Result<void> {
        Connection& c = tx.connection();
        Result<std::int64_t> removed = c.execute(
            QStringLiteral("DELETE FROM pickup_snapshots WHERE contract_id = ? AND report_date = ?"),
            {sqlInt(id.value), sqlDate(reportDate)}, doing);
        if (!removed) {
            return removed.takeError();
        }
        if (*removed == 0) {
            return c.problem(ErrorKind::NotFound, doing,
                             StorageText::tr("the contract has no pickup report of that date"));
        }
        return tx.audit(AuditAction::SnapshotRemoved, reportDate.toIso());
    });
}

Result<std::vector<StoredPickupSnapshot>> SqlContractRepository::pickupSnapshots(ContractId id) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the pickup reports"));
    Connection& c = *d_->connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    if (Result<void> exists = ops.requireContract(id, doing); !exists) {
        return exists.takeError();
    }
    std::vector<StoredPickupSnapshot> snapshots;
    std::unordered_map<std::int64_t, std::size_t> index;
    {
        Result<Rows> rows =
            c.query(QStringLiteral("SELECT id, report_date, recorded_at, recorded_by FROM "
                                   "pickup_snapshots WHERE contract_id = ? ORDER BY report_date"),
                    {sqlInt(id.value)}, doing);
        if (!rows) {
            return rows.takeError();
        }
        while (rows->next()) {
            std::int64_t snapshotId = 0;
            StoredPickupSnapshot s;
            if (!readInt64(rows->value(0), snapshotId) || !readDate(rows->value(1), s.snapshot.reportDate) ||
                !readTimestamp(rows->value(2), s.recordedAt) || !readText(rows->value(3), s.recordedBy)) {
                return ops.damaged(doing, damagedPickupReport());
            }
            index.emplace(snapshotId, snapshots.size());
            snapshots.push_back(std::move(s));
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    Result<Rows> rows =
        c.query(QStringLiteral("SELECT e.snapshot_id, e.night, e.room_type, e.rooms FROM "
                               "pickup_snapshot_entries e JOIN pickup_snapshots s ON s.id = "
                               "e.snapshot_id WHERE s.contract_id = ? ORDER BY e.snapshot_id, "
                               "e.position"),
                {sqlInt(id.value)}, doing);
    if (!rows) {
        return rows.takeError();
    }
    while (rows->next()) {
        std::int64_t snapshotId = 0;
        PickupEntry e;
        if (!readInt64(rows->value(0), snapshotId) || !readDate(rows->value(1), e.night) ||
            !readText(rows->value(2), e.roomType) || !readInt32(rows->value(3), e.rooms) ||
            index.find(snapshotId) == index.end()) {
            return ops.damaged(doing, damagedPickupReport());
        }
        snapshots[index[snapshotId]].snapshot.entries.push_back(std::move(e));
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return snapshots;
}

namespace {

using ReportsById = std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>;
using TotalsById = std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>;

/// The rows of a bulk read: SQLite's own interface where the repository reads natively, else Qt Sql.
std::unique_ptr<RowSource> bulkRowSource(SqlContractRepository::Impl& d) {
    std::unique_ptr<RowSource> source = d.nativeBulkReads ? nativeSqliteRowSource(*d.connection) : nullptr;
    if (!source) {
        source = std::make_unique<QtRowSource>(*d.connection);
    }
    return source;
}

/// Calls `read` for the ids 500 at a time, with as many placeholders; stops at the first error.
Result<void> inBatches(
    const std::vector<std::int64_t>& ids,
    const std::function<Result<void>(const std::vector<std::int64_t>& batch, const QString& marks)>& read) {
    constexpr std::size_t kBatch = 500;
    for (std::size_t first = 0; first < ids.size(); first += kBatch) {
        const std::size_t last = std::min(ids.size(), first + kBatch);
        const std::vector<std::int64_t> batch(ids.begin() + static_cast<std::ptrdiff_t>(first),
                                              ids.begin() + static_cast<std::ptrdiff_t>(last));
        if (Result<void> done = read(batch, placeholders(batch.size())); !done) {
            return done;
        }
    }
    return {};
}

/// The ids' values, sorted, each once.
std::vector<std::int64_t> sortedIds(const std::vector<ContractId>& ids) {
    std::vector<std::int64_t> sorted;
    sorted.reserve(ids.size());
    for (const ContractId id : ids) {
        sorted.push_back(id.value);
    }
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
}

/// Reads the pickup reports (each with its entries, in order) of the contracts `where` selects (`s` is
/// pickup_snapshots) into `reports`, by contract id, each contract's in order of their dates.
Result<void> readReports(RowSource& source, const QString& where, const std::vector<std::int64_t>& params,
                         ReportsById& reports, const std::function<StorageError()>& damaged,
                         const Doing& doing) {
    std::int64_t lastContract = 0;
    std::vector<PickupSnapshot>* list = nullptr;
    Date lastDate;
    bool bad = false;
    Result<void> read = source.each(
        QStringLiteral("SELECT s.contract_id, s.report_date, e.night, e.room_type, e.rooms FROM "
                       "pickup_snapshots s LEFT JOIN pickup_snapshot_entries e ON e.snapshot_id = s.id") +
            where + QStringLiteral(" ORDER BY s.contract_id, s.report_date, e.position"),
        params,
        [&](const RowReader& row) {
            std::int64_t contractId = 0;
            Date reportDate;
            if (!row.int64(0, contractId) || !row.date(1, reportDate)) {
                bad = true;
                return false;
            }
            if (list == nullptr || contractId != lastContract) {
                list = &reports[contractId];
                lastContract = contractId;
                list->push_back(PickupSnapshot{reportDate, {}});
            } else if (reportDate != lastDate) {
                list->push_back(PickupSnapshot{reportDate, {}});
            }
            lastDate = reportDate;
            if (row.isNull(2)) {
                return true; // a report without entries
            }
            PickupEntry e;
            if (!row.date(2, e.night) || !row.text(3, e.roomType) || !row.int32(4, e.rooms)) {
                bad = true;
                return false;
            }
            list->back().entries.push_back(std::move(e));
            return true;
        },
        doing);
    if (!read) {
        return read.takeError();
    }
    if (bad) {
        return damaged();
    }
    return {};
}

/// The pickup reports of every contract (`ids` null) or of these contracts (sorted, each once).
Result<ReportsById> readReportsOf(SqlContractRepository::Impl& d, const std::vector<std::int64_t>* ids) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the pickup reports"));
    Connection& c = *d.connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(d);
    const std::unique_ptr<RowSource> source = bulkRowSource(d);
    const auto damaged = [&] {
        return ops.damaged(doing, damagedPickupReport());
    };
    ReportsById reports;
    if (ids == nullptr) {
        if (Result<void> read = readReports(*source, QString(), {}, reports, damaged, doing); !read) {
            return read.takeError();
        }
        return reports;
    }
    Result<void> read = inBatches(*ids, [&](const std::vector<std::int64_t>& batch, const QString& marks) {
        return readReports(*source, QStringLiteral(" WHERE s.contract_id IN (") + marks + QStringLiteral(")"),
                           batch, reports, damaged, doing);
    });
    if (!read) {
        return read.takeError();
    }
    return reports;
}

/// Contracts from which on readTotalsOf() reads every report and keeps those wanted, instead of looking up
/// theirs.
constexpr std::size_t kManyContracts = 100;

/// The pickup reports of these contracts (sorted, each once; null: of every contract) as totals: each
/// report's rooms as stored with it (rooms_total), each contract's in order of their dates.
Result<TotalsById> readTotalsOf(SqlContractRepository::Impl& d, const std::vector<std::int64_t>* ids) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the pickup reports"));
    Connection& c = *d.connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(d);
    const std::unique_ptr<RowSource> source = bulkRowSource(d);
    TotalsById totals;
    std::int64_t lastContract = 0;
    std::vector<PickupReportTotal>* list = nullptr;
    bool bad = false;
    // Of many contracts (a quarter of those stored or more: the past groups of every hotel), every report is
    // read in one pass and those of other contracts skipped, which costs less than looking up each one's.
    bool every = ids == nullptr;
    if (ids != nullptr && ids->size() >= kManyContracts) {
        Result<Rows> rows = c.query(QStringLiteral("SELECT COUNT(*) FROM contracts"), {}, doing);
        if (!rows) {
            return rows.takeError();
        }
        std::int64_t stored = 0;
        if (rows->next()) {
            readInt64(rows->value(0), stored);
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
        every = static_cast<std::int64_t>(ids->size()) * 4 >= stored;
    }
    const auto row = [&](const RowReader& r) {
        std::int64_t contractId = 0;
        PickupReportTotal total;
        if (!r.int64(0, contractId) || !r.date(1, total.reportDate) || !r.int64(2, total.rooms) ||
            total.rooms < 0) {
            bad = true;
            return false;
        }
        if (every && ids != nullptr && contractId != lastContract) {
            // A contract's reports mostly follow each other: looked up once for them all.
            if (!std::binary_search(ids->begin(), ids->end(), contractId)) {
                return true;
            }
        }
        if (list == nullptr || contractId != lastContract) {
            list = &totals[contractId];
            lastContract = contractId;
        }
        list->push_back(total);
        return true;
    };
    const QString select =
        QStringLiteral("SELECT s.contract_id, s.report_date, s.rooms_total FROM pickup_snapshots s");
    const QString order = QStringLiteral(" ORDER BY s.contract_id, s.report_date");
    // Every report is read in the order of the table, which costs less than in the order of an index (one
    // lookup in the table per report), and each contract's put in order of their dates after.
    Result<void> read =
        every ? source->each(select, {}, row, doing)
              : inBatches(*ids, [&](const std::vector<std::int64_t>& batch, const QString& marks) {
                    return source->each(select + QStringLiteral(" WHERE s.contract_id IN (") + marks +
                                            QStringLiteral(")") + order,
                                        batch, row, doing);
                });
    if (!read) {
        return read.takeError();
    }
    if (bad) {
        return ops.damaged(doing, damagedPickupReport());
    }
    if (every) {
        const auto byDate = [](const PickupReportTotal& a, const PickupReportTotal& b) {
            return a.reportDate < b.reportDate;
        };
        for (auto& [id, reports] : totals) {
            if (!std::is_sorted(reports.begin(), reports.end(), byDate)) {
                std::sort(reports.begin(), reports.end(), byDate);
            }
        }
    }
    return totals;
}

} // namespace

Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
SqlContractRepository::pickupTotalsOf(const std::vector<ContractId>& ids) {
    const std::vector<std::int64_t> sorted = sortedIds(ids);
    return readTotalsOf(*d_, &sorted);
}

Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
SqlContractRepository::pickupTotalsOfEvery() {
    return readTotalsOf(*d_, nullptr);
}

Result<std::vector<StoredGroupTotals>> SqlContractRepository::groupTotals(const ContractFilter& filter) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the contracts"));
    Connection& c = *d_->connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    QVariantList params;
    const QString where = filterWhere(c, filter, params);
    // Natively where bulk reads are (the filter's values bound as Qt's driver binds them), else Qt Sql.
    std::unique_ptr<Statements> source = d_->nativeBulkReads ? nativeSqliteStatements(c) : nullptr;
    if (!source) {
        source = qtStatements(c);
    }
    std::vector<StoredGroupTotals> totals;
    std::int64_t badId = 0;
    bool bad = false;
    const auto row = [&](const RowReader& r) {
        StoredGroupTotals t;
        std::string status;
        if (!r.int64(0, t.id.value)) {
            bad = true;
            return false;
        }
        std::optional<ContractStatus> known;
        const bool ok = r.text(1, status) && (known = contractStatusFromString(status)).has_value() &&
                        r.text(2, t.group.hotel) && r.text(3, t.group.account) &&
                        r.date(4, t.group.signedOn) && r.date(5, t.group.arrival) && r.date(6, t.departure) &&
                        r.int64(7, t.group.blockRoomNights) && r.int64(8, t.group.pickupRoomNights);
        if (!ok) {
            badId = t.id.value;
            bad = true;
            return false;
        }
        t.status = *known;
        totals.push_back(std::move(t));
        return true;
    };
    Result<void> read = source->eachVariant(
        QStringLiteral("SELECT c.id, c.status, c.hotel, COALESCE(a.name, ''), c.signed_on, c.arrival, "
                       "c.departure, (SELECT COALESCE(SUM(CASE WHEN b.rooms > 0 THEN b.rooms ELSE 0 END), 0) "
                       "FROM block_entries b WHERE b.contract_id = c.id), (SELECT COALESCE(SUM(CASE WHEN "
                       "p.rooms > 0 THEN p.rooms ELSE 0 END), 0) FROM pickup_entries p WHERE p.contract_id = "
                       "c.id)") +
            kFrom + where + QStringLiteral(" ORDER BY c.id"),
        params, row, doing);
    if (!read) {
        return read.takeError();
    }
    if (bad) {
        return ops.damaged(doing, StorageText::tr("a stored value of the contract with id %1 cannot be read; "
                                                  "the database may be damaged")
                                      .arg(QString::number(badId)));
    }
    return totals;
}

Result<void> SqlContractRepository::readConsistently(const std::function<Result<void>()>& reads) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the contracts"));
    Result<Transaction> tx = Transaction::begin(*d_->connection, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    if (Result<void> read = reads(); !read) {
        return read;
    }
    return tx->commit(doing);
}

Result<std::optional<std::int64_t>> SqlContractRepository::dataVersion() {
    Connection& c = *d_->connection;
    if (!c.isSqlite()) {
        return std::optional<std::int64_t>();
    }
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the contracts"));
    Result<Rows> rows = c.query(QStringLiteral("PRAGMA data_version"), {}, doing);
    if (!rows) {
        return rows.takeError();
    }
    std::int64_t version = 0;
    if (!rows->next() || !readInt64(rows->value(0), version)) {
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
        return std::optional<std::int64_t>(); // no number: cannot tell
    }
    return std::optional<std::int64_t>(version);
}

Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>>
SqlContractRepository::allPickupSnapshots() {
    return readReportsOf(*d_, nullptr);
}

Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>>
SqlContractRepository::pickupSnapshotsOf(const std::vector<ContractId>& ids) {
    const std::vector<std::int64_t> sorted = sortedIds(ids);
    return readReportsOf(*d_, &sorted);
}

// --- Scenarios --------------------------------------------------------------------------------------------

namespace {

Result<std::vector<StoredScenario>> readScenarios(Connection& c, Operations& ops, std::int64_t contractId,
                                                  const std::optional<std::string>& onlyName,
                                                  const Doing& doing) {
    std::vector<StoredScenario> scenarios;
    std::unordered_map<std::int64_t, std::size_t> index;
    {
        QString sql =
            QStringLiteral("SELECT id, name, uniform_pickup_ppm, has_pickup, fb_spend_minor, "
                           "fb_spend_currency, has_resale, cancellation_notice, without_cancellation, "
                           "saved_at, saved_by FROM scenarios WHERE contract_id = ?");
        QVariantList params{sqlInt(contractId)};
        if (onlyName) {
            sql += QStringLiteral(" AND name = ?");
            params << sqlText(*onlyName);
        }
        // In the order they were first saved in: the order the user made them in.
        Result<Rows> rows = c.query(sql + QStringLiteral(" ORDER BY id"), params, doing);
        if (!rows) {
            return rows.takeError();
        }
        while (rows->next()) {
            std::int64_t id = 0;
            StoredScenario s;
            ScenarioOverrides& o = s.scenario.overrides;
            bool hasPickup = false;
            bool hasResale = false;
            bool ok = readInt64(rows->value(0), id) && readText(rows->value(1), s.scenario.name) &&
                      readPercent(rows->value(2), o.uniformPickup) && readBool(rows->value(3), hasPickup) &&
                      readBool(rows->value(6), hasResale) && readDate(rows->value(7), o.cancellationNotice) &&
                      readBool(rows->value(8), o.withoutCancellation) &&
                      readTimestamp(rows->value(9), s.savedAt) && readText(rows->value(10), s.savedBy);
            if (ok && !rows->value(4).isNull()) {
                Money spend;
                ok = readMoney(rows->value(4), rows->value(5), spend);
                o.foodBeverageSpend = spend;
            }
            if (!ok) {
                return ops.damaged(doing, damagedScenario());
            }
            if (hasPickup) {
                o.pickup.emplace();
            }
            if (hasResale) {
                o.resale.emplace();
            }
            index.emplace(id, scenarios.size());
            scenarios.push_back(std::move(s));
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    if (scenarios.empty()) {
        return scenarios;
    }
    {
        Result<Rows> rows =
            c.query(QStringLiteral("SELECT e.scenario_id, e.night, e.room_type, e.rooms FROM "
                                   "scenario_pickup_entries e JOIN scenarios s ON s.id = e.scenario_id "
                                   "WHERE s.contract_id = ? ORDER BY e.scenario_id, e.position"),
                    {sqlInt(contractId)}, doing);
        if (!rows) {
            return rows.takeError();
        }
        while (rows->next()) {
            std::int64_t id = 0;
            PickupEntry e;
            if (!readInt64(rows->value(0), id) || !readDate(rows->value(1), e.night) ||
                !readText(rows->value(2), e.roomType) || !readInt32(rows->value(3), e.rooms)) {
                return ops.damaged(doing, damagedScenario());
            }
            const auto it = index.find(id);
            if (it != index.end() && scenarios[it->second].scenario.overrides.pickup) {
                scenarios[it->second].scenario.overrides.pickup->push_back(std::move(e));
            }
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    Result<Rows> rows =
        c.query(QStringLiteral("SELECT e.scenario_id, e.night, e.room_nights, e.rate_minor, "
                               "e.rate_currency FROM scenario_resale_entries e JOIN scenarios s ON "
                               "s.id = e.scenario_id WHERE s.contract_id = ? ORDER BY e.scenario_id, "
                               "e.position"),
                {sqlInt(contractId)}, doing);
    if (!rows) {
        return rows.takeError();
    }
    while (rows->next()) {
        std::int64_t id = 0;
        ResaleEntry e;
        if (!readInt64(rows->value(0), id) || !readDate(rows->value(1), e.night) ||
            !readInt32(rows->value(2), e.roomNights) || !readMoney(rows->value(3), rows->value(4), e.rate)) {
            return ops.damaged(doing, damagedScenario());
        }
        const auto it = index.find(id);
        if (it != index.end() && scenarios[it->second].scenario.overrides.resale) {
            scenarios[it->second].scenario.overrides.resale->push_back(e);
        }
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return scenarios;
}

/// The scenario of this name of the contract a write changes; NotFound when it has none.
Result<StoredScenario> namedScenario(WriteTx& tx, std::string_view name, const Doing& doing) {
    Result<std::vector<StoredScenario>> found =
        readScenarios(tx.connection(), tx.ops, tx.current.id, std::string(name), doing);
    if (!found) {
        return found.takeError();
    }
    if (found->empty()) {
        return tx.connection().problem(ErrorKind::NotFound, doing,
                                       StorageText::tr("the contract has no scenario of that name"));
    }
    return std::move(found->front());
}

/// Writes a scenario of a contract, replacing one of the same name, as saved by `savedBy` at `savedAt`.
Result<void> writeScenario(Connection& c, std::int64_t contractId, const Scenario& scenario,
                           Timestamp savedAt, std::string_view savedBy, const Doing& doing) {
    const ScenarioOverrides& o = scenario.overrides;
    std::int64_t scenarioId = 0;
    {
        Result<Rows> rows =
            c.query(QStringLiteral(
                        "INSERT INTO scenarios (contract_id, name, uniform_pickup_ppm, has_pickup, "
                        "fb_spend_minor, fb_spend_currency, has_resale, cancellation_notice, "
                        "without_cancellation, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON "
                        "CONFLICT (contract_id, name) DO UPDATE SET uniform_pickup_ppm = "
                        "excluded.uniform_pickup_ppm, has_pickup = excluded.has_pickup, fb_spend_minor = "
                        "excluded.fb_spend_minor, fb_spend_currency = excluded.fb_spend_currency, has_resale "
                        "= "
                        "excluded.has_resale, cancellation_notice = excluded.cancellation_notice, "
                        "without_cancellation = excluded.without_cancellation, saved_at = excluded.saved_at, "
                        "saved_by = excluded.saved_by RETURNING id"),
                    {sqlInt(contractId), sqlText(scenario.name), sqlPercent(o.uniformPickup),
                     sqlBool(o.pickup.has_value()),
                     o.foodBeverageSpend ? sqlInt(o.foodBeverageSpend->minorUnits()) : sqlNullInt(),
                     o.foodBeverageSpend ? sqlCurrency(o.foodBeverageSpend->currency()) : sqlNullText(),
                     sqlBool(o.resale.has_value()), sqlDate(o.cancellationNotice),
                     sqlBool(o.withoutCancellation), sqlTimestamp(savedAt), sqlText(savedBy)},
                    doing);
        if (!rows) {
            return rows.takeError();
        }
        if (!rows->next() || !readInt64(rows->value(0), scenarioId)) {
            return c.problem(ErrorKind::Failed, doing,
                             StorageText::tr("the database did not return the scenario's id"));
        }
    }
    for (const char* table : {"scenario_pickup_entries", "scenario_resale_entries"}) {
        Result<std::int64_t> cleared = c.execute(QStringLiteral("DELETE FROM ") + QString::fromLatin1(table) +
                                                     QStringLiteral(" WHERE scenario_id = ?"),
                                                 {sqlInt(scenarioId)}, doing);
        if (!cleared) {
            return cleared.takeError();
        }
    }
    if (o.pickup) {
        const std::vector<PickupEntry>& entries = *o.pickup;
        Result<void> written = insertPickupEntries(c, QStringLiteral("scenario_pickup_entries"),
                                                   QStringLiteral("scenario_id"), scenarioId, entries, doing);
        if (!written) {
            return written;
        }
    }
    if (o.resale) {
        const std::vector<ResaleEntry>& entries = *o.resale;
        Result<void> written = detail::insertRows(
            c, QStringLiteral("scenario_resale_entries"),
            QStringLiteral("scenario_id, position, night, room_nights, rate_minor, rate_currency"), 6,
            entries.size(),
            [&](std::size_t i, SqlValues& params) {
                params << sqlInt(scenarioId) << sqlInt(static_cast<std::int64_t>(i))
                       << sqlDate(entries[i].night) << sqlInt(entries[i].roomNights)
                       << sqlInt(entries[i].rate.minorUnits()) << sqlCurrency(entries[i].rate.currency());
            },
            doing);
        if (!written) {
            return written;
        }
    }
    return {};
}

} // namespace

Result<void> SqlContractRepository::saveScenario(ContractId id, const Scenario& scenario,
                                                 std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not save the scenario \"%1\""), scenario.name);
    if (scenario.name.empty()) {
        return invalidArgument(StorageText::tr("The scenario was not saved: it needs a name.").toStdString());
    }
    return writeTransaction(*d_, WriteCheck::to(id, user), doing, [&](WriteTx& tx) -> Result<void> {
        Connection& c = tx.connection();
        Result<std::vector<StoredScenario>> previous =
            readScenarios(c, tx.ops, id.value, scenario.name, doing);
        if (!previous) {
            return previous.takeError();
        }
        const std::vector<FieldChange> changes =
            compareScenarios(previous->empty() ? Scenario{} : previous->front().scenario, scenario);
        if (Result<void> written = writeScenario(c, id.value, scenario, tx.now(), user, doing); !written) {
            return written;
        }
        return tx.audit(AuditAction::ScenarioSaved, scenario.name, changes);
    });
}

Result<void> SqlContractRepository::removeScenario(ContractId id, std::string_view name,
                                                   std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not remove the scenario \"%1\""),
                      std::string(name));
    return writeTransaction(*d_, WriteCheck::to(id, user), doing, [&](WriteTx& tx) -> Result<void> {
        Result<StoredScenario> previous = namedScenario(tx, name, doing);
        if (!previous) {
            return previous.takeError();
        }
        Result<std::int64_t> removed = tx.connection().execute(
            QStringLiteral("DELETE FROM scenarios WHERE contract_id = ? AND name = ?"),
            {sqlInt(id.value), sqlText(name)}, doing);
        if (!removed) {
            return removed.takeError();
        }
        std::vector<FieldChange> values;
        for (auto& [field, value] : describeFields(previous->scenario)) {
            values.push_back(FieldChange{field, value, ""});
        }
        return tx.audit(AuditAction::ScenarioRemoved, name, values);
    });
}

Result<void> SqlContractRepository::renameScenario(ContractId id, std::string_view from, std::string_view to,
                                                   std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not rename the scenario \"%1\""),
                      std::string(from));
    if (to.empty()) {
        return invalidArgument(StorageText::tr("The scenario was not saved: it needs a name.").toStdString());
    }
    return writeTransaction(*d_, WriteCheck::to(id, user), doing, [&](WriteTx& tx) -> Result<void> {
        Connection& c = tx.connection();
        Result<StoredScenario> previous = namedScenario(tx, from, doing);
        if (!previous) {
            return previous.takeError();
        }
        if (from == to) {
            return {};
        }
        Result<std::vector<StoredScenario>> taken =
            readScenarios(c, tx.ops, id.value, std::string(to), doing);
        if (!taken) {
            return taken.takeError();
        }
        if (!taken->empty()) {
            return c.problem(ErrorKind::AlreadyExists, doing,
                             StorageText::tr("the contract has another scenario of that name"));
        }
        const Timestamp now = tx.now();
        // In place: the scenario keeps its row, and with it its place among the others.
        Result<std::int64_t> renamed = c.execute(
            QStringLiteral("UPDATE scenarios SET name = ?, saved_at = ?, saved_by = ? WHERE contract_id = ? "
                           "AND name = ?"),
            {sqlText(to), sqlTimestamp(now), sqlText(user), sqlInt(id.value), sqlText(from)}, doing);
        if (!renamed) {
            return renamed.takeError();
        }
        Scenario after = previous->scenario;
        after.name = std::string(to);
        return tx.audit(AuditAction::ScenarioSaved, after.name, compareScenarios(previous->scenario, after));
    });
}

Result<std::vector<StoredScenario>> SqlContractRepository::scenarios(ContractId id) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the scenarios"));
    Connection& c = *d_->connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    if (Result<void> exists = ops.requireContract(id, doing); !exists) {
        return exists.takeError();
    }
    return readScenarios(c, ops, id.value, std::nullopt, doing);
}

// --- Accounts ---------------------------------------------------------------------------------------------

namespace {

const QString kAccountSummary = QStringLiteral(
    "SELECT a.name, CAST(COUNT(c.id) AS BIGINT), "
    "CAST(COALESCE(SUM(CASE WHEN c.cancellation_notice IS NOT NULL OR c.status = 'cancelled' THEN 1 ELSE 0 "
    "END), 0) "
    "AS BIGINT), CAST(COALESCE(SUM(c.room_nights), 0) AS BIGINT), MIN(c.arrival), MAX(c.arrival) "
    "FROM accounts a LEFT JOIN contracts c ON c.account_id = a.id");

bool readAccount(const Rows& r, AccountSummary& a) {
    return readText(r.value(0), a.name) && readInt64(r.value(1), a.contracts) &&
           readInt64(r.value(2), a.cancelled) && readInt64(r.value(3), a.roomNights) &&
           readDate(r.value(4), a.firstArrival) && readDate(r.value(5), a.lastArrival);
}

} // namespace

Result<std::vector<AccountSummary>> SqlContractRepository::accounts() {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the accounts"));
    Connection& c = *d_->connection;
    Result<Rows> rows =
        c.query(kAccountSummary + QStringLiteral(" GROUP BY a.id, a.name ORDER BY a.name"), {}, doing);
    if (!rows) {
        return rows.takeError();
    }
    std::vector<AccountSummary> accounts;
    while (rows->next()) {
        AccountSummary a;
        if (!readAccount(*rows, a)) {
            return Operations(*d_).damaged(doing, damagedAccount());
        }
        accounts.push_back(std::move(a));
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return accounts;
}

Result<std::vector<std::string>> SqlContractRepository::salesManagers() {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the sales managers"));
    Connection& c = *d_->connection;
    Result<Rows> rows = c.query(
        QStringLiteral(
            "SELECT DISTINCT sales_manager FROM contracts WHERE sales_manager <> '' ORDER BY sales_manager"),
        {}, doing);
    if (!rows) {
        return rows.takeError();
    }
    std::vector<std::string> names;
    while (rows->next()) {
        std::string name;
        if (!readText(rows->value(0), name)) {
            return Operations(*d_).damaged(doing,
                                           StorageText::tr("a stored value of a sales manager's name "
                                                           "cannot be read; the database may be damaged"));
        }
        names.push_back(std::move(name));
    }
    if (Result<void> status = rows->status(); !status) {
        return status.takeError();
    }
    return names;
}

Result<std::vector<RebookingCredit>> SqlContractRepository::rebookingCredits(const Contract& receiving) {
    const Doing doing(
        QT_TRANSLATE_NOOP("StorageText", "Could not read the rebooking credits granted to contract \"%1\""),
        receiving.reference);
    std::vector<RebookingCredit> credits;
    if (receiving.reference.empty()) {
        return credits;
    }
    // The granting contracts are found through their account (contracts_account): an account has few
    // contracts, so no index on the credit's reference is needed.
    QString sql = QStringLiteral("SELECT c.reference, c.settlement_credit_minor, "
                                 "c.settlement_credit_currency FROM contracts c WHERE ");
    QVariantList params;
    if (receiving.account.empty()) {
        sql += QStringLiteral("c.account_id IS NULL");
    } else {
        sql += QStringLiteral("c.account_id = (SELECT a.id FROM accounts a WHERE a.name = ?)");
        params << sqlText(receiving.account);
    }
    sql += QStringLiteral(" AND c.settlement_credit_contract = ? AND c.reference <> ? AND "
                          "c.settlement_credit_minor > 0 ORDER BY c.id");
    params << sqlText(receiving.reference) << sqlText(receiving.reference);
    Connection& c = *d_->connection;
    Result<Rows> rows = c.query(sql, params, doing);
    if (!rows) {
        return rows.takeError();
    }
    while (rows->next()) {
        RebookingCredit credit;
        if (!readText(rows->value(0), credit.fromContract) ||
            !readMoney(rows->value(1), rows->value(2), credit.amount)) {
            return Operations(*d_).damaged(
                doing,
                StorageText::tr("a stored rebooking credit cannot be read; the database may be damaged"));
        }
        credits.push_back(std::move(credit));
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return credits;
}

Result<AccountHistory> SqlContractRepository::accountHistory(std::string_view account) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the history of account \"%1\""),
                      std::string(account));
    Connection& c = *d_->connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    AccountHistory history;
    {
        Result<Rows> rows =
            c.query(kAccountSummary + QStringLiteral(" WHERE a.name = ? GROUP BY a.id, a.name"),
                    {sqlText(account)}, doing);
        if (!rows) {
            return rows.takeError();
        }
        if (!rows->next()) {
            if (Result<void> s = rows->status(); !s) {
                return s.takeError();
            }
            return c.problem(ErrorKind::NotFound, doing,
                             StorageText::tr("no account of that name is stored"));
        }
        if (!readAccount(*rows, history.account)) {
            return ops.damaged(doing, damagedAccount());
        }
    }
    Result<Rows> rows = c.query(QStringLiteral("SELECT ") + kSummaryColumns + kFrom +
                                    QStringLiteral(" WHERE a.name = ? ORDER BY c.arrival, c.id"),
                                {sqlText(account)}, doing);
    if (!rows) {
        return rows.takeError();
    }
    while (rows->next()) {
        Result<ContractSummary> s = ops.readSummary(*rows, doing);
        if (!s) {
            return s.takeError();
        }
        history.contracts.push_back(std::move(*s));
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return history;
}

// --- Removing, restoring and archiving --------------------------------------------------------------------

namespace {

/// Stores a contract row as restore() brings it back: with its id when `id` is given, its creation stamps
/// and its archived mark as they were. The id it was stored under; nothing when its reference is taken.
Result<std::optional<std::int64_t>> insertRestored(Connection& c, const StoredContract& stored,
                                                   const QVariant& account, std::optional<std::int64_t> id,
                                                   std::int64_t version, Timestamp now, std::string_view user,
                                                   const Doing& doing) {
    QStringList columns = contractColumns();
    columns << QStringLiteral("account_id") << QStringLiteral("room_nights") << QStringLiteral("version")
            << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
            << QStringLiteral("updated_by") << QStringLiteral("archived");
    SqlValues values;
    appendContractValues(stored.contract, values);
    QVariantList params = toVariants(values);
    params.reserve(columns.size() + 1);
    params << account << sqlInt(contractedRoomNights(stored.contract)) << sqlInt(version)
           << sqlTimestamp(stored.createdAt) << sqlText(stored.createdBy) << sqlTimestamp(now)
           << sqlText(user) << sqlBool(stored.archived);
    if (id) {
        columns.prepend(QStringLiteral("id"));
        params.prepend(sqlInt(*id));
    }
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        marks << QStringLiteral("?");
    }
    Result<Rows> rows =
        c.query(QStringLiteral("INSERT INTO contracts (") + columns.join(QStringLiteral(", ")) +
                    QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) +
                    QStringLiteral(") ON CONFLICT (reference) DO NOTHING RETURNING id"),
                params, doing);
    if (!rows) {
        return rows.takeError();
    }
    if (!rows->next()) {
        return std::optional<std::int64_t>();
    }
    std::int64_t inserted = 0;
    if (!readInt64(rows->value(0), inserted)) {
        return c.problem(ErrorKind::Failed, doing,
                         StorageText::tr("the database did not return the new contract's id"));
    }
    return std::optional<std::int64_t>(inserted);
}

} // namespace

Result<RemovedContract> SqlContractRepository::removeKeepingCopy(ContractId id, std::int64_t expectedVersion,
                                                                 std::string_view user) {
    // Named by its reference once it is found; the commit's error message too.
    Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not remove the contract with id %1"),
                std::to_string(id.value));
    return writeTransaction(
        *d_, WriteCheck::at(id, expectedVersion, kNotRemoved, user), doing,
        [&](WriteTx& tx) -> Result<RemovedContract> {
            doing = Doing(QT_TRANSLATE_NOOP("StorageText", "Could not remove contract \"%1\""),
                          tx.current.reference);
            Result<StoredContract> before = tx.ops.loadOne(id.value, doing);
            if (!before) {
                return before.takeError();
            }
            RemovedContract copy;
            {
                Result<std::vector<StoredScenario>> scenarios =
                    readScenarios(tx.connection(), tx.ops, id.value, std::nullopt, doing);
                if (!scenarios) {
                    return scenarios.takeError();
                }
                copy.scenarios = std::move(*scenarios);
                Result<std::vector<StoredPickupSnapshot>> history = pickupSnapshots(id);
                if (!history) {
                    return history.takeError();
                }
                copy.pickupHistory = std::move(*history);
            }
            if (Result<void> removed = tx.ops.changeAtVersion(
                    tx.current, QStringLiteral("DELETE FROM contracts WHERE id = ? AND version = ?"), {},
                    StorageText::tr("the contract changed while it was being removed; reload it"), nullptr,
                    doing);
                !removed) {
                return removed.takeError();
            }
            // The trail keeps every value the contract had, so that nothing of it is lost to a dispute.
            std::vector<FieldChange> values;
            for (auto& [field, value] : describeFields(before->contract)) {
                values.push_back(FieldChange{field, value, ""});
            }
            if (Result<void> logged = tx.audit(AuditAction::ContractRemoved, "", values); !logged) {
                return logged.takeError();
            }
            copy.stored = std::move(*before);
            copy.removedBy = std::string(user);
            copy.removedAt = tx.now();
            return copy;
        });
}

Result<RestoreReceipt> SqlContractRepository::restore(const RemovedContract& removed, std::string_view user) {
    const StoredContract& stored = removed.stored;
    Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not restore contract \"%1\""),
                stored.contract.reference);
    if (stored.contract.reference.empty()) {
        return invalidArgument(
            StorageText::tr("The contract was not restored: it has no reference.").toStdString());
    }
    return writeTransaction(*d_, WriteCheck::by(user), doing, [&](WriteTx& tx) -> Result<RestoreReceipt> {
        Operations& ops = tx.ops;
        Connection& c = tx.connection();
        const std::string& reference = stored.contract.reference;
        Result<std::optional<RowStamp>> taken = ops.stampByReference(reference, doing);
        if (!taken) {
            return taken.takeError();
        }
        if (*taken) {
            StorageError e = ops.existsError(**taken);
            e.message =
                StorageText::tr("Contract \"%1\" was not restored: another contract has been "
                                "stored under its reference since it was removed (last saved by "
                                "%2 at %3).")
                    .arg(qstr(reference), qstr((*taken)->updatedBy), qstr((*taken)->updatedAt.toDisplay()))
                    .toStdString();
            return e;
        }
        // Its own id when no contract has been given it since (SQLite may give a removed id again).
        Result<std::optional<RowStamp>> idTaken = ops.stampById(stored.id.value, doing);
        if (!idTaken) {
            return idTaken.takeError();
        }
        const bool sameId = !*idTaken && stored.id.value > 0;
        const Timestamp now = tx.now();
        Result<SqlValue> account = ops.accountId(stored.contract.account, now, doing);
        if (!account) {
            return account.takeError();
        }
        const std::int64_t version = stored.version + 1;
        Result<std::optional<std::int64_t>> inserted = insertRestored(
            c, stored, *account, sameId ? std::optional<std::int64_t>(stored.id.value) : std::nullopt,
            version, now, user, doing);
        if (!inserted) {
            return inserted.takeError();
        }
        if (!*inserted) {
            return c.problem(ErrorKind::AlreadyExists, doing,
                             StorageText::tr("a contract with this reference is already stored"));
        }
        const std::int64_t id = **inserted;
        if (Result<void> lists = ops.writeLists(id, stored.contract, doing); !lists) {
            return lists.takeError();
        }
        for (const StoredScenario& s : removed.scenarios) {
            if (Result<void> w = writeScenario(c, id, s.scenario, s.savedAt, s.savedBy, doing); !w) {
                return w.takeError();
            }
        }
        RowStamp stamp;
        stamp.id = id;
        stamp.version = version;
        stamp.reference = reference;
        for (const StoredPickupSnapshot& s : removed.pickupHistory) {
            if (Result<void> w =
                    ops.writeSnapshot(stamp, s.snapshot, s.recordedBy, s.recordedAt, doing, false);
                !w) {
                return w.takeError();
            }
        }
        std::vector<FieldChange> values;
        if (!sameId) {
            values.push_back(FieldChange{"id", std::to_string(stored.id.value), std::to_string(id)});
        }
        for (auto& [field, value] : describeFields(stored.contract)) {
            values.push_back(FieldChange{field, "", value});
        }
        if (Result<void> logged = tx.audit(AuditAction::ContractRestored, stamp, "", values); !logged) {
            return logged.takeError();
        }
        return RestoreReceipt{ContractId{id}, version, sameId};
    });
}

Result<SaveReceipt> SqlContractRepository::setArchived(ContractId id, std::int64_t expectedVersion,
                                                       bool archived, std::string_view user) {
    Doing doing(archived ? QT_TRANSLATE_NOOP("StorageText", "Could not archive the contract with id %1")
                         : QT_TRANSLATE_NOOP("StorageText", "Could not unarchive the contract with id %1"),
                std::to_string(id.value));
    return writeTransaction(
        *d_, WriteCheck::at(id, expectedVersion, archived ? kNotArchived : kNotUnarchived, user), doing,
        [&](WriteTx& tx) -> Result<SaveReceipt> {
            const RowStamp& current = tx.current;
            doing = Doing(archived ? QT_TRANSLATE_NOOP("StorageText", "Could not archive contract \"%1\"")
                                   : QT_TRANSLATE_NOOP("StorageText", "Could not unarchive contract \"%1\""),
                          current.reference);
            {
                Result<Rows> rows = tx.connection().query(
                    QStringLiteral("SELECT archived FROM contracts WHERE id = ?"), {sqlInt(id.value)}, doing);
                if (!rows) {
                    return rows.takeError();
                }
                bool was = false;
                if (!rows->next() || !readBool(rows->value(0), was)) {
                    return tx.ops.damaged(doing,
                                          StorageText::tr("a stored value of contract \"%1\" cannot be "
                                                          "read; the database may be damaged")
                                              .arg(qstr(current.reference)));
                }
                if (was == archived) {
                    return SaveReceipt{id, current.version, current.updatedAt, false};
                }
            }
            Result<RowStamp> next = tx.nextVersion(
                QStringLiteral("archived = ?"), {sqlBool(archived)},
                StorageText::tr("the contract changed while it was being archived; reload it"));
            if (!next) {
                return next.takeError();
            }
            if (Result<void> logged = tx.audit(
                    archived ? AuditAction::ContractArchived : AuditAction::ContractUnarchived, *next, "",
                    {FieldChange{"archived", archived ? "false" : "true", archived ? "true" : "false"}});
                !logged) {
                return logged.takeError();
            }
            return SaveReceipt{id, next->version, next->updatedAt, true};
        });
}

// --- Hotel outlook ----------------------------------------------------------------------------------------

namespace {

QString amountText(const Money& m) {
    return m.currency().isValid() ? qstr(m.toDecimalString() + " " + std::string(m.currency().code()))
                                  : qstr(m.toDecimalString());
}

/// What is wrong with the nights of an outlook save, the first problem naming its night; nothing when they
/// can be stored.
std::optional<QString> outlookProblem(const std::vector<HotelNight>& nights) {
    std::set<Date> seen;
    const Currency currency = nights.front().transientNetAdr.currency();
    for (const HotelNight& n : nights) {
        const QString night = qstr(n.night.toIso());
        if (!seen.insert(n.night).second) {
            return StorageText::tr("the night of %1 is given twice: each night is entered once").arg(night);
        }
        if (n.capacity < 0) {
            return StorageText::tr("the capacity of %1 rooms for the night of %2 is negative")
                .arg(n.capacity)
                .arg(night);
        }
        if (n.transientDemand < Quantity{}) {
            return StorageText::tr("the transient demand of %1 rooms for the night of %2 is negative")
                .arg(qstr(n.transientDemand.toString()), night);
        }
        if (!n.transientNetAdr.currency().isValid()) {
            return StorageText::tr("the net ADR %1 for the night of %2 has no currency")
                .arg(amountText(n.transientNetAdr), night);
        }
        for (const Money& amount : {n.transientNetAdr, n.transientAncillary}) {
            if (amount.isNegative()) {
                return StorageText::tr("the amount %1 for the night of %2 is negative")
                    .arg(amountText(amount), night);
            }
            const bool zeroWithoutCurrency = amount.isZero() && !amount.currency().isValid();
            if (amount.currency() != currency && !zeroWithoutCurrency) {
                //: %1 an amount with its currency, %2 a night, %3 the currency of the first night's net ADR.
                return StorageText::tr("the amount %1 for the night of %2 is not in %3, the currency of the "
                                       "other nights: an outlook is in one currency")
                    .arg(amountText(amount), night, QString::fromLatin1(currency.code().data(), 3));
            }
        }
    }
    return std::nullopt;
}

} // namespace

Result<std::vector<HotelNight>> SqlContractRepository::hotelOutlook(std::string_view hotel, Date first,
                                                                    Date last) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the outlook of \"%1\""),
                      std::string(hotel));
    Connection& c = *d_->connection;
    Result<Rows> rows =
        c.query(QStringLiteral(
                    "SELECT night, capacity, demand_micro, net_adr_minor, net_adr_currency, "
                    "ancillary_minor, ancillary_currency FROM hotel_outlook WHERE hotel = ? AND night >= ? "
                    "AND night <= ? ORDER BY night"),
                {sqlText(hotel), sqlDate(first), sqlDate(last)}, doing);
    if (!rows) {
        return rows.takeError();
    }
    std::vector<HotelNight> nights;
    while (rows->next()) {
        HotelNight n;
        std::int64_t demand = 0;
        if (!readDate(rows->value(0), n.night) || !readInt32(rows->value(1), n.capacity) ||
            !readInt64(rows->value(2), demand) ||
            !readMoney(rows->value(3), rows->value(4), n.transientNetAdr) ||
            !readMoney(rows->value(5), rows->value(6), n.transientAncillary)) {
            return Operations(*d_).damaged(
                doing, StorageText::tr("a stored value of the outlook of \"%1\" cannot be read; the database "
                                       "may be damaged")
                           .arg(qstr(hotel)));
        }
        n.transientDemand = Quantity::fromMicro(demand);
        nights.push_back(n);
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    return nights;
}

Result<void> SqlContractRepository::saveHotelOutlook(std::string_view hotel,
                                                     const std::vector<HotelNight>& nights,
                                                     std::string_view user) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not save the outlook of \"%1\""),
                      std::string(hotel));
    if (hotel.empty()) {
        return invalidArgument(
            StorageText::tr("The outlook was not saved: it needs the name of its hotel.").toStdString());
    }
    if (Result<void> u = checkUser(user); !u) {
        return u;
    }
    if (nights.empty()) {
        return {};
    }
    if (const std::optional<QString> problem = outlookProblem(nights)) {
        //: %1 a hotel, %2 what is wrong with one of the nights given.
        return invalidArgument(StorageText::tr("The outlook of \"%1\" was not saved: %2")
                                   .arg(qstr(hotel), *problem)
                                   .toStdString());
    }
    const Currency currency = nights.front().transientNetAdr.currency();
    Date first = nights.front().night;
    Date last = first;
    for (const HotelNight& n : nights) {
        first = std::min(first, n.night);
        last = std::max(last, n.night);
    }
    return writeTransaction(*d_, WriteCheck::by(user), doing, [&](WriteTx& tx) -> Result<void> {
        Connection& c = tx.connection();
        // The hotel's outlook is in one currency: a night kept in another refuses these.
        {
            std::set<Date> given;
            for (const HotelNight& n : nights) {
                given.insert(n.night);
            }
            Result<Rows> rows = c.query(QStringLiteral("SELECT night, net_adr_currency FROM hotel_outlook "
                                                       "WHERE hotel = ? AND net_adr_currency <> ?"),
                                        {sqlText(hotel), sqlCurrency(currency)}, doing);
            if (!rows) {
                return rows.takeError();
            }
            while (rows->next()) {
                Date night;
                Currency other;
                if (!readDate(rows->value(0), night) || !readCurrency(rows->value(1), other)) {
                    return Operations(*d_).damaged(doing, StorageText::tr("a stored night of the outlook "
                                                                          "cannot be read; the database may "
                                                                          "be damaged"));
                }
                if (given.count(night) == 0) {
                    //: %1 a hotel, %2 and %3 currency codes, %4 a night.
                    return invalidArgument(
                        StorageText::tr("The outlook of \"%1\" was not saved: its nights are in %2, and the "
                                        "outlook stored for the hotel is in %3 (the night of %4 among "
                                        "others). An outlook is in one currency: give the nights in %3.")
                            .arg(qstr(hotel), qstr(currency.code()), qstr(other.code()), qstr(night.toIso()))
                            .toStdString());
                }
            }
            if (Result<void> st = rows->status(); !st) {
                return st;
            }
        }
        std::set<Date> stored;
        {
            Result<Rows> rows = c.query(QStringLiteral("SELECT night FROM hotel_outlook WHERE hotel = ? "
                                                       "AND night >= ? AND night <= ?"),
                                        {sqlText(hotel), sqlDate(first), sqlDate(last)}, doing);
            if (!rows) {
                return rows.takeError();
            }
            while (rows->next()) {
                Date d;
                if (readDate(rows->value(0), d)) {
                    stored.insert(d);
                }
            }
            if (Result<void> s = rows->status(); !s) {
                return s;
            }
        }
        const Timestamp now = tx.now();
        std::int64_t replaced = 0;
        for (const HotelNight& n : nights) {
            replaced += stored.count(n.night) > 0 ? 1 : 0;
            // A zero ancillary profit without a currency is zero in the outlook's currency.
            const Money ancillary =
                n.transientAncillary.currency().isValid() ? n.transientAncillary : Money::zero(currency);
            Result<std::int64_t> written = c.execute(
                QStringLiteral(
                    "INSERT INTO hotel_outlook (hotel, night, capacity, demand_micro, net_adr_minor, "
                    "net_adr_currency, ancillary_minor, ancillary_currency, saved_at, saved_by) VALUES "
                    "(?, "
                    "?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hotel, night) DO UPDATE SET capacity = "
                    "excluded.capacity, demand_micro = excluded.demand_micro, net_adr_minor = "
                    "excluded.net_adr_minor, net_adr_currency = excluded.net_adr_currency, "
                    "ancillary_minor = excluded.ancillary_minor, ancillary_currency = "
                    "excluded.ancillary_currency, saved_at = excluded.saved_at, saved_by = "
                    "excluded.saved_by"),
                {sqlText(hotel), sqlDate(n.night), sqlInt(n.capacity), sqlInt(n.transientDemand.micro()),
                 sqlInt(n.transientNetAdr.minorUnits()), sqlCurrency(n.transientNetAdr.currency()),
                 sqlInt(ancillary.minorUnits()), sqlCurrency(ancillary.currency()), sqlTimestamp(now),
                 sqlText(user)},
                doing);
            if (!written) {
                return written.takeError();
            }
        }
        const std::vector<FieldChange> changes{
            FieldChange{"first", "", first.toIso()},
            FieldChange{"last", "", last.toIso()},
            FieldChange{"nights", "", std::to_string(nights.size())},
            FieldChange{"replaced", "", std::to_string(replaced)},
        };
        // About no contract: its id and version are 0, its reference empty.
        return tx.audit(AuditAction::OutlookSaved, RowStamp{}, hotel, changes);
    });
}

Result<std::vector<std::string>> SqlContractRepository::outlookHotels() {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the hotels with an outlook"));
    Connection& c = *d_->connection;
    Result<Rows> rows = c.query(QStringLiteral("SELECT DISTINCT hotel FROM hotel_outlook"), {}, doing);
    if (!rows) {
        return rows.takeError();
    }
    std::vector<std::string> hotels;
    while (rows->next()) {
        std::string hotel;
        if (!readText(rows->value(0), hotel)) {
            return Operations(*d_).damaged(doing,
                                           StorageText::tr("a stored value of a hotel's name cannot be "
                                                           "read; the database may be damaged"));
        }
        hotels.push_back(std::move(hotel));
    }
    if (Result<void> s = rows->status(); !s) {
        return s.takeError();
    }
    // In byte order on every engine (PostgreSQL would sort by the server's collation).
    std::sort(hotels.begin(), hotels.end());
    return hotels;
}

// --- Audit trail ------------------------------------------------------------------------------------------

Result<std::vector<AuditEntry>> SqlContractRepository::auditTrail(const AuditQuery& query) {
    const Doing doing(QT_TRANSLATE_NOOP("StorageText", "Could not read the audit trail"));
    Connection& c = *d_->connection;
    Result<Transaction> tx = Transaction::begin(c, Transaction::Kind::Read, doing);
    if (!tx) {
        return tx.takeError();
    }
    Operations ops(*d_);
    QStringList conditions;
    QVariantList params;
    if (query.contract) {
        conditions << QStringLiteral("contract_id = ?");
        params << sqlInt(query.contract->value);
    }
    if (query.user) {
        conditions << QStringLiteral("user_name = ?");
        params << sqlText(*query.user);
    }
    params << sqlInt(query.limit > 0 ? query.limit : std::numeric_limits<std::int64_t>::max())
           << sqlInt(std::max<std::int64_t>(0, query.offset));
    std::vector<AuditEntry> entries;
    {
        Result<Rows> rows = c.query(
            QStringLiteral(
                "SELECT id, at, user_name, action, contract_id, reference, version, subject FROM audit_log") +
                (conditions.isEmpty()
                     ? QString()
                     : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "))) +
                QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
            params, doing);
        if (!rows) {
            return rows.takeError();
        }
        while (rows->next()) {
            AuditEntry e;
            const std::optional<AuditAction> action =
                auditActionFromString(rows->value(3).toString().toStdString());
            if (!readInt64(rows->value(0), e.id) || !readTimestamp(rows->value(1), e.at) ||
                !readText(rows->value(2), e.user) || !action ||
                !readInt64(rows->value(4), e.contract.value) || !readText(rows->value(5), e.reference) ||
                !readInt64(rows->value(6), e.version) || !readText(rows->value(7), e.subject)) {
                return ops.damaged(doing, StorageText::tr("a stored value of an audit entry cannot be read; "
                                                          "the database may be damaged"));
            }
            e.action = *action;
            entries.push_back(std::move(e));
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    for (AuditEntry& e : entries) {
        Result<Rows> rows =
            c.query(QStringLiteral("SELECT field, before_value, after_value FROM audit_changes WHERE "
                                   "audit_id = ? ORDER BY position"),
                    {sqlInt(e.id)}, doing);
        if (!rows) {
            return rows.takeError();
        }
        while (rows->next()) {
            FieldChange change;
            readText(rows->value(0), change.field);
            readText(rows->value(1), change.before);
            readText(rows->value(2), change.after);
            e.changes.push_back(std::move(change));
        }
        if (Result<void> s = rows->status(); !s) {
            return s.takeError();
        }
    }
    return entries;
}

} // namespace attrition::storage
