#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/repository.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace attrition::ui {

/// The key of a stored contract in the user interface (a document's source id, a list row's id): the
/// database's id as decimal text ("42"). Empty for a contract not stored yet.
QString contractKey(storage::ContractId id);
std::optional<storage::ContractId> contractIdFromKey(const QString& key);

/// The name saves are recorded under: the one set in the preferences, else the operating system's user.
QString userName();
void setUserName(const QString& name);

/// Fills a database made on the very first start: the bundled sample contracts of `samplesFolder` and
/// `generated` generated ones, dated relative to `today` (storage::placeBeforeToday for the bundled ones,
/// SampleDataOptions::today for the generated ones; an invalid date leaves their dates as they are), and the
/// hotel's outlook of every hotel of them over the nights of its groups (storage::sampleHotelOutlook).
/// Returns why it could not, or an empty string.
QString fillWithSamples(storage::ContractRepository& repository, const QString& samplesFolder,
                        std::int64_t generated, QDate today = QDate::currentDate());

/// What importing contract files did.
struct ImportOutcome {
    QStringList errors; ///< why nothing was imported: each with its file and place, or the database's reason
    /// Nothing was imported because a contract of the files is stored with other values: importing again
    /// with ExistingContracts::Replace would store the files' versions (errors holds the database's message).
    bool storedDiffers = false;
    int added = 0;
    int replaced = 0;
    QStringList unchanged;                    ///< references stored exactly so already
    std::int64_t reportsRecorded = 0;         ///< pickup reports of the files' histories added or replaced
    std::optional<storage::ContractId> first; ///< the first contract of the files, as stored now
};

/// Imports the contracts of JSON contract files in one transaction, all of them or, on any error, none
/// (ContractRepository::importContracts): new references are added, contracts stored exactly so are left
/// alone, one stored with other values stops the import unless `existing` is Replace. A reference given
/// twice in the files is an error naming both places.
ImportOutcome importContractFiles(storage::ContractRepository& repository, const QStringList& paths,
                                  const QString& user,
                                  storage::ExistingContracts existing = storage::ExistingContracts::Refuse);

/// The sales managers who have contracts, in order (read without loading the contracts).
storage::Result<QStringList> salesManagers(storage::ContractRepository& repository);
/// The first and last arrival of any stored contract; nullopt when there is none.
storage::Result<std::optional<std::pair<Date, Date>>> arrivalRange(storage::ContractRepository& repository);

/// Saves the scenarios that changed since `stored` and removes those no longer there, so that the
/// repository gives them back in the order of `current`. Scenarios are known by their name (one renamed
/// keeps its row); an unnamed one is not stored.
storage::Result<void> storeScenarioChanges(storage::ContractRepository& repository, storage::ContractId id,
                                           const std::vector<Scenario>& stored,
                                           const std::vector<Scenario>& current, const QString& user);

} // namespace attrition::ui
