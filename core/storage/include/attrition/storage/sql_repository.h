#pragma once

#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "attrition/storage/result.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace attrition::storage {

/// The contract repository over Qt Sql, for an SQLite file (QSQLITE) or a PostgreSQL server (QPSQL).
///
/// Opening a database checks it first and never writes over what it cannot read: a missing file is created
/// only when asked to; a file that is not a contract database, is damaged, is read-only, is locked by
/// another program, or was written by a newer version of the program is refused with a message saying so.
/// An older schema is upgraded by the numbered migrations, each in one transaction.
///
/// SQLite files are kept in WAL mode with foreign keys enforced and every commit synced to disk.
class SqlContractRepository final : public ContractRepository {
public:
    static Result<std::unique_ptr<SqlContractRepository>> open(const ConnectionSettings& settings,
                                                               const OpenOptions& options = {});
    /// The default SQLite database under the user's data location, created on first start.
    static Result<std::unique_ptr<SqlContractRepository>> openDefault();

    ~SqlContractRepository() override;
    SqlContractRepository(const SqlContractRepository&) = delete;
    SqlContractRepository& operator=(const SqlContractRepository&) = delete;

    Engine engine() const noexcept;
    /// The schema version of the open database.
    int schemaVersion() const noexcept;
    /// Checks the whole database for damage (SQLite: PRAGMA integrity_check). Returns the problems found;
    /// empty when there are none.
    Result<std::vector<std::string>> checkIntegrity();

    std::string location() const override;

    Result<ContractPage> listContracts(const ContractQuery& query) override;
    Result<StoredContract> load(ContractId id) override;
    Result<StoredContract> loadByReference(std::string_view reference) override;
    Result<std::int64_t> forEachContract(const std::function<bool(const StoredContract&)>& visit) override;
    Result<std::int64_t> forEachContract(const ContractFilter& filter,
                                         const std::function<bool(const StoredContract&)>& visit) override;

    Result<SaveReceipt> save(const Contract& contract, std::int64_t expectedVersion,
                             std::string_view user) override;
    Result<SaveReceipt> save(ContractId id, const Contract& contract, std::int64_t expectedVersion,
                             std::string_view user) override;
    Result<std::vector<SaveReceipt>> saveNew(const std::vector<Contract>& contracts,
                                             std::string_view user) override;
    Result<SaveReceipt> rename(ContractId id, std::int64_t expectedVersion, std::string_view newReference,
                               std::string_view user) override;
    using ContractRepository::importContracts;
    Result<std::vector<ImportReceipt>>
    importContracts(const std::vector<Contract>& contracts,
                    const std::vector<std::vector<PickupSnapshot>>& histories, ExistingContracts existing,
                    std::string_view user) override;
    /// Contracts handed to importContractsAsRead one at a time, in order, as they become available.
    class ImportFeed {
    public:
        virtual ~ImportFeed() = default;
        /// The next contract and its pickup reports (`history` may be left null); nullptr when there are
        /// no more, or when the import is to be given up (stopped() then true).
        virtual const Contract* next(const std::vector<PickupSnapshot>** history) = 0;
        /// True when the contracts are not to be stored: the import then stores none of them.
        virtual bool stopped() const = 0;
        /// How many contracts there are in all (for messages), once next() gave one.
        virtual std::int64_t count() const = 0;
    };
    /// As importContracts, the contracts taken from `feed` as they come, all in one transaction: each is
    /// stored while the next is still being made ready (read from a file, say). When the feed is given up,
    /// nothing is stored and the result is an InvalidArgument error.
    Result<std::vector<ImportReceipt>> importContractsAsRead(ImportFeed& feed, ExistingContracts existing,
                                                             std::string_view user);
    Result<void> remove(ContractId id, std::int64_t expectedVersion, std::string_view user) override;
    Result<RemovedContract> removeKeepingCopy(ContractId id, std::int64_t expectedVersion,
                                              std::string_view user) override;
    Result<RestoreReceipt> restore(const RemovedContract& removed, std::string_view user) override;
    Result<SaveReceipt> setArchived(ContractId id, std::int64_t expectedVersion, bool archived,
                                    std::string_view user) override;

    Result<void> recordPickupSnapshot(ContractId id, const PickupSnapshot& snapshot,
                                      std::string_view user) override;
    Result<void> recordPickupSnapshots(ContractId id, const std::vector<PickupSnapshot>& snapshots,
                                       std::string_view user) override;
    Result<SaveReceipt> importPickupReport(ContractId id, std::int64_t expectedVersion,
                                           const PickupSnapshot& report, std::string_view user) override;
    Result<void> removePickupSnapshot(ContractId id, Date reportDate, std::string_view user) override;
    Result<std::vector<StoredPickupSnapshot>> pickupSnapshots(ContractId id) override;
    Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>> allPickupSnapshots() override;
    Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>>
    pickupSnapshotsOf(const std::vector<ContractId>& ids) override;
    Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
    pickupTotalsOf(const std::vector<ContractId>& ids) override;
    Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>> pickupTotalsOfEvery() override;
    Result<std::vector<StoredGroupTotals>> groupTotals(const ContractFilter& filter) override;
    Result<void> readConsistently(const std::function<Result<void>()>& reads) override;
    Result<std::optional<std::int64_t>> dataVersion() override;

    Result<void> saveScenario(ContractId id, const Scenario& scenario, std::string_view user) override;
    Result<void> removeScenario(ContractId id, std::string_view name, std::string_view user) override;
    Result<void> renameScenario(ContractId id, std::string_view from, std::string_view to,
                                std::string_view user) override;
    Result<std::vector<StoredScenario>> scenarios(ContractId id) override;

    Result<std::vector<AccountSummary>> accounts() override;
    Result<AccountHistory> accountHistory(std::string_view account) override;
    Result<std::vector<std::string>> salesManagers() override;
    Result<std::vector<RebookingCredit>> rebookingCredits(const Contract& receiving) override;

    Result<std::vector<HotelNight>> hotelOutlook(std::string_view hotel, Date first, Date last) override;
    Result<void> saveHotelOutlook(std::string_view hotel, const std::vector<HotelNight>& nights,
                                  std::string_view user) override;
    Result<std::vector<std::string>> outlookHotels() override;

    Result<std::vector<AuditEntry>> auditTrail(const AuditQuery& query) override;

    struct Impl;

private:
    explicit SqlContractRepository(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d_;
};

} // namespace attrition::storage
