#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/hotel_night.h"
#include "attrition/domain/pickup_history.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/result.h"
#include "attrition/storage/types.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attrition::storage {

/// The version to pass to ContractRepository::save() for a contract that is not stored yet.
inline constexpr std::int64_t kNewContract = 0;

// ---------------------------------------------------------------------------------------------------------
// Contracts

/// A stored contract with who created and last saved it. `version` counts saves: pass it back to save().
struct StoredContract {
    ContractId id;
    std::int64_t version = 0;
    Contract contract;
    std::string createdBy;
    Timestamp createdAt;
    std::string updatedBy;
    Timestamp updatedAt;
    bool archived = false; ///< put away: the contract list hides it unless asked to show archived contracts
};

/// What a successful save wrote.
struct SaveReceipt {
    ContractId id;
    std::int64_t version = 0; ///< the version now stored
    Timestamp savedAt;
    bool changed = true; ///< false when the contract was already stored exactly so (nothing was written)
};

/// One row of the contract list: what a list of tens of thousands of contracts shows and sorts by.
/// What to do when an imported contract's reference is already stored with other values.
enum class ExistingContracts : std::uint8_t {
    Refuse,  ///< stop the import: nothing is written
    Replace, ///< store the imported contract as the stored one's next version
};

/// What an import did with one contract.
enum class ImportOutcome : std::uint8_t { Added, Replaced, Unchanged };

struct ImportReceipt {
    ContractId id;
    std::int64_t version = 0; ///< the version stored after the import
    ImportOutcome outcome = ImportOutcome::Added;
    std::int64_t reportsRecorded = 0; ///< pickup reports of its history added or replaced
};

struct ContractSummary {
    ContractId id;
    std::string reference;
    std::string groupName;
    std::string account;
    std::string hotel;
    std::string salesManager;
    ContractStatus status = ContractStatus::Tentative;
    Date arrival;
    Date departure;
    std::int64_t roomNights = 0; ///< the contracted block
    Currency currency;
    bool cancellationNoticed = false; ///< a cancellation notice has been received
    std::int64_t version = 0;
    std::string updatedBy;
    Timestamp updatedAt;
    bool archived = false;
};

enum class ContractSortKey : std::uint8_t {
    Reference,
    GroupName,
    Account,
    Hotel,
    SalesManager,
    Status, ///< in the order of ContractStatus (prospect first)
    Arrival,
    Departure,
    RoomNights,
    Currency,
    UpdatedAt,
};

enum class SortOrder : std::uint8_t { Ascending, Descending };

/// Whether a list of contracts holds the archived ones.
enum class ArchivedContracts : std::uint8_t {
    Included, ///< archived and not archived alike
    Hidden,   ///< only contracts not archived
    Only,     ///< only archived contracts
};

/// Which contracts a list shows. Every condition set must hold.
struct ContractFilter {
    /// Each word of it found, ignoring case, somewhere in the reference, group, account, hotel or sales
    /// manager ("acme 2027": contracts that mention both).
    std::string text;
    std::vector<ContractStatus> statuses; ///< empty: every status
    std::optional<std::string> account;   ///< exactly this account
    std::optional<std::string> hotel;     ///< exactly this hotel
    std::optional<std::string> salesManager;
    std::optional<Date> arrivalFrom; ///< arriving on or after
    std::optional<Date> arrivalTo;   ///< arriving on or before
    /// Included by default, so that reports and exports over a filter see every stored contract; the
    /// contract list hides archived contracts unless asked to show them.
    ArchivedContracts archived = ArchivedContracts::Included;
};

struct ContractQuery {
    ContractFilter filter;
    ContractSortKey sortBy = ContractSortKey::Arrival;
    SortOrder order = SortOrder::Ascending;
    std::int64_t offset = 0; ///< rows of the sorted list to skip
    std::int64_t limit = 100;
    bool countTotal = true; ///< also count every row that matches the filter
};

struct ContractPage {
    std::vector<ContractSummary> rows;
    std::int64_t total = -1; ///< rows matching the filter in all pages; -1 when not counted
};

// ---------------------------------------------------------------------------------------------------------
// Pickup reports, scenarios, accounts

/// A pickup report as run on one day (attrition/domain/pickup_history.h): a series of them shows the pace
/// of pickup against the cutoff date.
using PickupSnapshot = attrition::PickupSnapshot;

struct StoredPickupSnapshot {
    PickupSnapshot snapshot;
    std::string recordedBy;
    Timestamp recordedAt;
};

/// A pickup report reduced to what a forecast learns from a past group (attrition/domain/pickup_history.h):
/// its date and its rooms, the sum of its entries' rooms with a negative figure counted as none.
using PickupReportTotal = attrition::PickupReportTotal;

/// A stored contract reduced to its totals as a past group (ContractRepository::groupTotals).
struct StoredGroupTotals {
    ContractId id;
    ContractStatus status = ContractStatus::Prospect;
    Date departure;
    PastGroupTotals group;
};

struct StoredScenario {
    Scenario scenario;
    std::string savedBy;
    Timestamp savedAt;
};

/// An organizer and what it has booked.
struct AccountSummary {
    std::string name;
    std::int64_t contracts = 0;
    std::int64_t cancelled = 0;  ///< contracts with a cancellation notice or the status cancelled
    std::int64_t roomNights = 0; ///< contracted, over all its contracts
    std::optional<Date> firstArrival;
    std::optional<Date> lastArrival;
};

/// An organizer's contracts in order of arrival, so repeat business and rebooking show.
struct AccountHistory {
    AccountSummary account;
    std::vector<ContractSummary> contracts;
};

// ---------------------------------------------------------------------------------------------------------
// Audit trail

enum class AuditAction : std::uint8_t {
    ContractCreated,
    ContractChanged,
    ContractRenamed,
    ContractRemoved, ///< the changes hold every value the contract had
    SnapshotRecorded,
    SnapshotRemoved,
    ScenarioSaved,
    ScenarioRemoved,
    ContractArchived,
    ContractUnarchived,
    ContractRestored, ///< a removed contract brought back with its scenarios and pickup reports
    OutlookSaved,     ///< a hotel's outlook for some nights (no contract: its id is 0, its reference empty)
};

std::string_view toString(AuditAction action) noexcept;
std::optional<AuditAction> auditActionFromString(std::string_view text) noexcept;

/// One field that changed: its path as validation names it ("attrition.performanceLevel",
/// "pickup[2027-05-10 KING]") and its values before and after as text ("" when absent).
struct FieldChange {
    std::string field;
    std::string before;
    std::string after;

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

/// Who did what to which contract, and when. An entry of a hotel's outlook (AuditAction::OutlookSaved) names
/// no contract: its subject is the hotel, its changes "first" and "last" (the first and last night saved,
/// YYYY-MM-DD), "nights" (how many were saved) and "replaced" (how many of them had an outlook before), each
/// with an empty value before.
struct AuditEntry {
    std::int64_t id = 0;
    Timestamp at;
    std::string user;
    AuditAction action = AuditAction::ContractChanged;
    ContractId contract;      ///< kept after the contract is removed
    std::string reference;    ///< the contract's reference at the time
    std::int64_t version = 0; ///< the contract's version after the change
    std::string subject;      ///< the scenario's name or the pickup report's date, for those actions
    std::vector<FieldChange> changes;
};

struct AuditQuery {
    std::optional<ContractId> contract; ///< only this contract's entries
    std::optional<std::string> user;    ///< only this person's entries
    std::int64_t offset = 0;
    std::int64_t limit = 200;
};

// ---------------------------------------------------------------------------------------------------------
// Removing and restoring

/// Everything a removed contract had, as removeKeepingCopy() found it: enough for restore() to bring it back.
struct RemovedContract {
    StoredContract stored; ///< the contract as it was stored when removed (its id, version and stamps)
    std::vector<StoredScenario> scenarios;
    std::vector<StoredPickupSnapshot> pickupHistory; ///< in order of the reports' dates
    std::string removedBy;
    Timestamp removedAt;
};

/// What restore() wrote.
struct RestoreReceipt {
    ContractId id;            ///< the restored contract's id: the one it had, unless that was taken since
    std::int64_t version = 0; ///< the version stored now (one more than when it was removed)
    bool sameId = true;       ///< false when the contract had to be given a new id
};

// ---------------------------------------------------------------------------------------------------------

/// Where contracts are kept. The only way the program reads or writes stored contracts; no other part of
/// it knows how they are stored. An object is used from one thread at a time.
///
/// Saves never silently overwrite someone else's: each stored contract has a version, a save names the
/// version it started from, and a save from an outdated version fails with ErrorKind::Conflict naming who
/// saved in between. Every write is one transaction: it happens completely or not at all. Every change is
/// recorded in the audit trail with who made it and when.
class ContractRepository {
public:
    virtual ~ContractRepository() = default;

    /// Where the contracts are, for messages and title bars: a file path or "postgresql://user@host:port/db".
    virtual std::string location() const = 0;

    // --- Contracts
    virtual Result<ContractPage> listContracts(const ContractQuery& query) = 0;
    virtual Result<StoredContract> load(ContractId id) = 0;
    virtual Result<StoredContract> loadByReference(std::string_view reference) = 0;
    /// Calls `visit` with every contract in the order they were created, reading them as one consistent
    /// state of the database; stops early when `visit` returns false. Returns how many were visited.
    virtual Result<std::int64_t> forEachContract(const std::function<bool(const StoredContract&)>& visit) = 0;
    /// Calls `visit` with every contract `filter` passes, in order of arrival, then of id (the contract
    /// list's order), read in bulk as one consistent state of the database; stops early when `visit`
    /// returns false. Returns how many were visited.
    virtual Result<std::int64_t> forEachContract(const ContractFilter& filter,
                                                 const std::function<bool(const StoredContract&)>& visit) = 0;

    /// Saves the contract stored under its reference. `expectedVersion` is the version it was loaded at, or
    /// kNewContract for a contract not stored yet. Returns the new version, or a Conflict (someone saved or
    /// removed it since), AlreadyExists (a new contract whose reference is taken) or NotFound error.
    /// Saving a contract exactly as stored writes nothing and keeps its version.
    /// An editor holding a loaded contract should rather save it by its id (below): a reference can be
    /// given to another contract after the first was renamed.
    virtual Result<SaveReceipt> save(const Contract& contract, std::int64_t expectedVersion,
                                     std::string_view user) = 0;
    /// Saves the stored contract with this id, loaded at `expectedVersion`; its reference may change (to one
    /// not taken). Errors as above.
    virtual Result<SaveReceipt> save(ContractId id, const Contract& contract, std::int64_t expectedVersion,
                                     std::string_view user) = 0;
    /// Stores contracts that are not stored yet, all of them or, on any error, none.
    virtual Result<std::vector<SaveReceipt>> saveNew(const std::vector<Contract>& contracts,
                                                     std::string_view user) = 0;
    /// Stores contracts read from a file, all of them or, on any error, none. A contract whose reference is
    /// not stored is added; one stored exactly so is left as it is; one stored with other values is
    /// replaced (a new version, recorded in the audit trail) or, under ExistingContracts::Refuse, stops the
    /// import with an AlreadyExists error naming it. Importing the same contracts twice writes nothing the
    /// second time. Receipts are in the order of `contracts`.
    /// `histories` is empty or gives each contract's pickup reports, in the order of `contracts`; they are
    /// stored in the same transaction, each as recordPickupSnapshot does, except that a report stored exactly
    /// so is left as it is.
    virtual Result<std::vector<ImportReceipt>>
    importContracts(const std::vector<Contract>& contracts,
                    const std::vector<std::vector<PickupSnapshot>>& histories, ExistingContracts existing,
                    std::string_view user) = 0;
    Result<std::vector<ImportReceipt>> importContracts(const std::vector<Contract>& contracts,
                                                       ExistingContracts existing, std::string_view user) {
        return importContracts(contracts, {}, existing, user);
    }
    /// Gives a stored contract a new reference.
    virtual Result<SaveReceipt> rename(ContractId id, std::int64_t expectedVersion,
                                       std::string_view newReference, std::string_view user) = 0;
    /// Removes a contract with its pickup reports and scenarios. Its audit trail stays.
    virtual Result<void> remove(ContractId id, std::int64_t expectedVersion, std::string_view user) = 0;
    /// Removes a contract as remove() does and returns everything it had (read in the same transaction), so
    /// that restore() can bring it back.
    virtual Result<RemovedContract> removeKeepingCopy(ContractId id, std::int64_t expectedVersion,
                                                      std::string_view user) = 0;
    /// Stores a removed contract again, with its scenarios and pickup reports as they were (who saved and
    /// recorded them, and when), under its reference and, when it is still free, its id; its archived mark
    /// too. Its version is one more than when it was removed. Recorded in the audit trail as restored by
    /// `user`. An AlreadyExists error when its reference was given to another contract since.
    virtual Result<RestoreReceipt> restore(const RemovedContract& removed, std::string_view user) = 0;
    /// Archives a contract (or brings it back from the archive): it stays stored with everything it has,
    /// and the contract list hides it unless asked to show archived contracts. A new version of the
    /// contract, recorded in the audit trail; archiving an archived contract writes nothing.
    virtual Result<SaveReceipt> setArchived(ContractId id, std::int64_t expectedVersion, bool archived,
                                            std::string_view user) = 0;

    // --- Pickup reports
    /// Records a pickup report; a report of the same date replaces the one recorded before.
    virtual Result<void> recordPickupSnapshot(ContractId id, const PickupSnapshot& snapshot,
                                              std::string_view user) = 0;
    /// Records several pickup reports of one contract, each as recordPickupSnapshot does, all of them or,
    /// on any error, none (one transaction where the repository can).
    virtual Result<void> recordPickupSnapshots(ContractId id, const std::vector<PickupSnapshot>& snapshots,
                                               std::string_view user) {
        for (const PickupSnapshot& s : snapshots) {
            if (Result<void> recorded = recordPickupSnapshot(id, s, user); !recorded) {
                return recorded;
            }
        }
        return {};
    }
    /// Imports a pickup report in one transaction: records it as the report of its date and makes its
    /// figures the contract's pickup on its nights and room types (applyPickup), saving the contract loaded
    /// at `expectedVersion` (a Conflict if it was saved since). Importing the same report again writes
    /// nothing. Returns the contract's version after the import.
    virtual Result<SaveReceipt> importPickupReport(ContractId id, std::int64_t expectedVersion,
                                                   const PickupSnapshot& report, std::string_view user) = 0;
    virtual Result<void> removePickupSnapshot(ContractId id, Date reportDate, std::string_view user) = 0;
    /// The contract's pickup reports in order of their dates.
    virtual Result<std::vector<StoredPickupSnapshot>> pickupSnapshots(ContractId id) = 0;
    /// Every contract's pickup reports, read at once (the history a forecast learns from): by contract id,
    /// each contract's reports in order of their dates. Contracts without reports are not in it.
    virtual Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>> allPickupSnapshots() = 0;
    /// The pickup reports of these contracts only, read at once, as allPickupSnapshots() gives them.
    virtual Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>>
    pickupSnapshotsOf(const std::vector<ContractId>& ids) = 0;
    /// The pickup reports of these contracts as totals, by contract id, each contract's in order of their
    /// dates: the reports pickupSnapshotsOf() gives, each added up. Contracts without reports are not in it.
    /// Here added up from pickupSnapshotsOf(); a database keeps each report's total beside it.
    virtual Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
    pickupTotalsOf(const std::vector<ContractId>& ids);
    /// The same of every contract's reports (those of contracts not yet known to the caller too).
    virtual Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>> pickupTotalsOfEvery();
    /// The contracts `filter` passes reduced to what a forecast learns of a past group (PastGroupTotals: the
    /// hotel, account, dates, pickup and block added up; no reports), with their ids, statuses and departure
    /// dates, in order of id: what the contracts forEachContract() gives add up to. Here added up from
    /// forEachContract(); a database adds them up itself, reading none of the contracts' other lists.
    virtual Result<std::vector<StoredGroupTotals>> groupTotals(const ContractFilter& filter);

    // --- Reading over several connections
    /// Calls `reads`, whose reads of this repository then all see one state of the database (one read
    /// transaction), and returns what it returns. `reads` must not write.
    virtual Result<void> readConsistently(const std::function<Result<void>()>& reads) = 0;
    /// A number that changes whenever another connection commits a change to the database (SQLite's PRAGMA
    /// data_version), asked between reads: reads over any connections to the database made between two
    /// equal numbers all saw one state of it. None where the database cannot tell (PostgreSQL); here none.
    virtual Result<std::optional<std::int64_t>> dataVersion();

    // --- Scenarios
    /// Saves a named what-if scenario; one of the same name is replaced in place (it keeps its place), a new
    /// one comes after those already stored.
    virtual Result<void> saveScenario(ContractId id, const Scenario& scenario, std::string_view user) = 0;
    virtual Result<void> removeScenario(ContractId id, std::string_view name, std::string_view user) = 0;
    /// Gives the scenario `from` the name `to`, in place: it keeps its settings and its place. NotFound
    /// without a scenario `from`, AlreadyExists when another one is named `to`.
    virtual Result<void> renameScenario(ContractId id, std::string_view from, std::string_view to,
                                        std::string_view user) = 0;
    /// The contract's scenarios in the order they were first saved in.
    virtual Result<std::vector<StoredScenario>> scenarios(ContractId id) = 0;

    // --- Accounts
    /// Every organizer that has had a contract, in order of name.
    virtual Result<std::vector<AccountSummary>> accounts() = 0;
    virtual Result<AccountHistory> accountHistory(std::string_view account) = 0;
    /// Everyone named as a contract's sales manager, in order, each once.
    virtual Result<std::vector<std::string>> salesManagers() = 0;

    // --- Settlements
    /// The rebooking credits granted to `receiving` (as it is now: its reference and account) by the
    /// settlements of the other stored contracts of its account that name its reference as their credit
    /// contract, each with a credit amount; in the order the granting contracts were created, as
    /// rebookingCreditsFor() (attrition/engine/engine.h) finds them among every stored contract. Read in
    /// one query; nothing for a contract without a reference.
    virtual Result<std::vector<RebookingCredit>> rebookingCredits(const Contract& receiving) = 0;

    // --- Hotel outlook
    /// The hotel's outlook (attrition/domain/hotel_night.h) for the nights from `first` to `last`, both
    /// included, that have one, in order of the nights. `hotel` is matched exactly, as a contract's hotel is
    /// when a list is filtered by hotel.
    virtual Result<std::vector<HotelNight>> hotelOutlook(std::string_view hotel, Date first, Date last) = 0;
    /// Stores the hotel's outlook for these nights, each replacing the one stored for its night, all of them
    /// or, on any error, none; one audit entry (AuditAction::OutlookSaved) names the hotel, the first and
    /// last night and how many were saved. Refused with an InvalidArgument error naming the night: a night
    /// given twice, a negative capacity, demand or amount, a net ADR without a currency, an amount in another
    /// currency than the first night's net ADR (a zero ancillary profit without a currency is taken as zero
    /// in that currency). No nights: nothing is written.
    virtual Result<void> saveHotelOutlook(std::string_view hotel, const std::vector<HotelNight>& nights,
                                          std::string_view user) = 0;
    /// The hotels that have an outlook for at least one night, in order of name, each once.
    virtual Result<std::vector<std::string>> outlookHotels() = 0;

    // --- Audit trail
    /// Entries newest first.
    virtual Result<std::vector<AuditEntry>> auditTrail(const AuditQuery& query) = 0;
};

} // namespace attrition::storage
