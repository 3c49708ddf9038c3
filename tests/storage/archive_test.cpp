// Archiving, and removing a contract with a copy kept so that it can be restored: every test runs against a
// fresh SQLite file and against a fresh schema on the PostgreSQL test server.

#include "attrition/storage/contract_changes.h"
#include "storage_test_support.h"

#include <algorithm>

namespace attrition::storage::test {
namespace {

class ArchiveTest : public EngineTest {};

std::vector<std::string> references(ContractRepository& repo, ArchivedContracts archived) {
    ContractQuery q;
    q.sortBy = ContractSortKey::Reference;
    q.filter.archived = archived;
    Result<ContractPage> page = repo.listContracts(q);
    EXPECT_TRUE(page.ok()) << page.error().message;
    std::vector<std::string> refs;
    if (page) {
        EXPECT_EQ(page->total, static_cast<std::int64_t>(page->rows.size()));
        for (const ContractSummary& s : page->rows) {
            refs.push_back(s.reference + (s.archived ? " (archived)" : ""));
        }
    }
    return refs;
}

TEST_P(ArchiveTest, ArchivingIsAVersionedChangeInTheAuditTrailThatKeepsEverything) {
    auto repo = open();
    const Contract contract = fullContract("ARC-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(fresh, repo->load(created.id));
    EXPECT_FALSE(fresh.archived);

    ASSERT_OK_AND_ASSIGN(archived, repo->setArchived(created.id, 1, true, "ben"));
    EXPECT_TRUE(archived.changed);
    EXPECT_EQ(archived.version, 2);
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(created.id));
    EXPECT_TRUE(loaded.archived);
    EXPECT_EQ(loaded.version, 2);
    EXPECT_EQ(loaded.updatedBy, "ben");
    expectSameContract(contract, loaded.contract);

    // Archiving it again writes nothing; a stale version is a conflict naming who archived it.
    ASSERT_OK_AND_ASSIGN(again, repo->setArchived(created.id, 2, true, "carl"));
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(again.version, 2);
    const Result<SaveReceipt> stale = repo->setArchived(created.id, 1, false, "carl");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_NE(stale.error().message.find("ben"), std::string::npos) << stale.error().message;
    // An editor that loaded version 1 cannot save over the archived contract either.
    EXPECT_EQ(repo->save(created.id, contract, 1, "carl").error().kind, ErrorKind::Conflict);

    ASSERT_OK_AND_ASSIGN(back, repo->setArchived(created.id, 2, false, "carl"));
    EXPECT_EQ(back.version, 3);
    ASSERT_OK_AND_ASSIGN(unarchived, repo->load(created.id));
    EXPECT_FALSE(unarchived.archived);

    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{created.id, std::nullopt, 0, 10}));
    ASSERT_EQ(trail.size(), 3U);
    EXPECT_EQ(trail[0].action, AuditAction::ContractUnarchived);
    EXPECT_EQ(trail[0].user, "carl");
    EXPECT_EQ(trail[0].version, 3);
    EXPECT_EQ(trail[1].action, AuditAction::ContractArchived);
    EXPECT_EQ(trail[1].user, "ben");
    EXPECT_EQ(trail[1].reference, "ARC-1");
    EXPECT_EQ(trail[1].version, 2);
    ASSERT_EQ(trail[1].changes.size(), 1U);
    EXPECT_EQ(trail[1].changes[0], (FieldChange{"archived", "false", "true"}));
    EXPECT_EQ(trail[2].action, AuditAction::ContractCreated);

    EXPECT_EQ(repo->setArchived(ContractId{999999}, 1, true, "ana").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->setArchived(created.id, 3, true, "").error().kind, ErrorKind::InvalidArgument);
}

TEST_P(ArchiveTest, TheListHidesShowsOrOnlyShowsArchivedContractsAndReadingEverythingStillSeesThem) {
    auto repo = open();
    std::vector<SaveReceipt> saved;
    for (const char* ref : {"A-1", "B-2", "C-3"}) {
        ASSERT_OK_AND_ASSIGN(r, repo->save(fullContract(ref), kNewContract, "ana"));
        saved.push_back(r);
    }
    ASSERT_STORAGE_OK(repo->setArchived(saved[1].id, 1, true, "ana"));

    // Included unless asked otherwise: reports and exports over a filter see every contract.
    EXPECT_EQ(ContractFilter{}.archived, ArchivedContracts::Included);
    using Refs = std::vector<std::string>;
    EXPECT_EQ(references(*repo, ArchivedContracts::Included), (Refs{"A-1", "B-2 (archived)", "C-3"}));
    EXPECT_EQ(references(*repo, ArchivedContracts::Hidden), (Refs{"A-1", "C-3"}));
    EXPECT_EQ(references(*repo, ArchivedContracts::Only), (Refs{"B-2 (archived)"}));

    std::vector<std::string> visited;
    ASSERT_OK_AND_ASSIGN(count, repo->forEachContract([&](const StoredContract& s) {
        visited.push_back(s.contract.reference + (s.archived ? " (archived)" : ""));
        return true;
    }));
    EXPECT_EQ(count, 3);
    EXPECT_EQ(visited, (Refs{"A-1", "B-2 (archived)", "C-3"}));
}

TEST_P(ArchiveTest, ARemovedContractIsRestoredWithItsIdScenariosAndPickupHistory) {
    auto repo = open();
    const Contract contract = fullContract("DEL-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    std::vector<PickupEntry> early = contract.pickup;
    for (PickupEntry& e : early) {
        e.rooms /= 2;
    }
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-02-01"), early}, "ana"));
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-03-01"), contract.pickup}, "ben"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, fullScenario(contract, "Low"), "ana"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, fullScenario(contract, "High"), "ben"));
    ASSERT_STORAGE_OK(repo->setArchived(created.id, 1, true, "ana"));
    ASSERT_OK_AND_ASSIGN(reportsBefore, repo->pickupSnapshots(created.id));
    ASSERT_OK_AND_ASSIGN(scenariosBefore, repo->scenarios(created.id));
    ASSERT_OK_AND_ASSIGN(before, repo->load(created.id));

    EXPECT_EQ(repo->removeKeepingCopy(created.id, 1, "ben").error().kind, ErrorKind::Conflict);
    ASSERT_OK_AND_ASSIGN(copy, repo->removeKeepingCopy(created.id, 2, "ben"));
    EXPECT_EQ(copy.stored.id, created.id);
    EXPECT_EQ(copy.stored.version, 2);
    EXPECT_TRUE(copy.stored.archived);
    expectSameContract(contract, copy.stored.contract);
    EXPECT_EQ(copy.removedBy, "ben");
    ASSERT_EQ(copy.pickupHistory.size(), 2U);
    ASSERT_EQ(copy.scenarios.size(), 2U);
    EXPECT_EQ(repo->load(created.id).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->pickupSnapshots(created.id).error().kind, ErrorKind::NotFound);

    ASSERT_OK_AND_ASSIGN(restored, repo->restore(copy, "carl"));
    EXPECT_TRUE(restored.sameId);
    EXPECT_EQ(restored.id, created.id);
    EXPECT_EQ(restored.version, 3);

    ASSERT_OK_AND_ASSIGN(after, repo->loadByReference("DEL-1"));
    EXPECT_EQ(after.id, created.id);
    EXPECT_EQ(after.version, 3);
    EXPECT_TRUE(after.archived);
    expectSameContract(contract, after.contract);
    EXPECT_EQ(after.createdBy, before.createdBy);
    EXPECT_EQ(after.createdAt, before.createdAt);
    EXPECT_EQ(after.updatedBy, "carl");

    ASSERT_OK_AND_ASSIGN(reportsAfter, repo->pickupSnapshots(created.id));
    ASSERT_EQ(reportsAfter.size(), reportsBefore.size());
    for (std::size_t i = 0; i < reportsAfter.size(); ++i) {
        EXPECT_EQ(reportsAfter[i].snapshot.reportDate, reportsBefore[i].snapshot.reportDate);
        EXPECT_EQ(reportsAfter[i].snapshot.entries, reportsBefore[i].snapshot.entries);
        EXPECT_EQ(reportsAfter[i].recordedBy, reportsBefore[i].recordedBy);
        EXPECT_EQ(reportsAfter[i].recordedAt, reportsBefore[i].recordedAt);
    }
    ASSERT_OK_AND_ASSIGN(scenariosAfter, repo->scenarios(created.id));
    ASSERT_EQ(scenariosAfter.size(), scenariosBefore.size());
    for (std::size_t i = 0; i < scenariosAfter.size(); ++i) {
        EXPECT_EQ(scenariosAfter[i].scenario.name, scenariosBefore[i].scenario.name);
        EXPECT_TRUE(compareScenarios(scenariosBefore[i].scenario, scenariosAfter[i].scenario).empty());
        EXPECT_EQ(scenariosAfter[i].savedBy, scenariosBefore[i].savedBy);
        EXPECT_EQ(scenariosAfter[i].savedAt, scenariosBefore[i].savedAt);
    }

    // The trail under the id runs on: created ... removed, restored; the removal names who and what.
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{created.id, std::nullopt, 0, 20}));
    ASSERT_GE(trail.size(), 3U);
    EXPECT_EQ(trail[0].action, AuditAction::ContractRestored);
    EXPECT_EQ(trail[0].user, "carl");
    EXPECT_EQ(trail[0].reference, "DEL-1");
    EXPECT_EQ(trail[0].version, 3);
    EXPECT_EQ(trail[1].action, AuditAction::ContractRemoved);
    EXPECT_EQ(trail[1].user, "ben");
    EXPECT_EQ(trail[1].reference, "DEL-1");
    EXPECT_EQ(trail[1].at, copy.removedAt);
    EXPECT_EQ(trail.back().action, AuditAction::ContractCreated);

    // An editor still holding the version before the removal cannot save over the restored contract.
    EXPECT_EQ(repo->save(created.id, contract, 2, "dana").error().kind, ErrorKind::Conflict);
    ASSERT_STORAGE_OK(repo->save(created.id, contract, 3, "dana"));
}

TEST_P(ArchiveTest, RestoringIsRefusedWhenItsReferenceHasBeenTakenSince) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(created, repo->save(fullContract("REF-1"), kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(copy, repo->removeKeepingCopy(created.id, 1, "ben"));
    ASSERT_OK_AND_ASSIGN(other,
                         repo->save(smallContract("REF-1", "Another group", "", "Harborview", "Ana Ruiz",
                                                  ContractStatus::Tentative, "2027-05-01", 2, 10),
                                    kNewContract, "carl"));
    const Result<RestoreReceipt> refused = repo->restore(copy, "ben");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::AlreadyExists);
    EXPECT_NE(refused.error().message.find("REF-1"), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("carl"), std::string::npos) << refused.error().message;
    ASSERT_OK_AND_ASSIGN(stored, repo->loadByReference("REF-1"));
    EXPECT_EQ(stored.id, other.id);
    EXPECT_EQ(stored.contract.groupName, "Another group");
    EXPECT_EQ(repo->restore(copy, "").error().kind, ErrorKind::InvalidArgument);
}

TEST_P(ArchiveTest, ARestoredContractWhoseIdWasGivenAwayGetsANewOneAndSaysSo) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(first, repo->save(fullContract("ID-1"), kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(last, repo->save(fullContract("ID-2"), kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->saveScenario(last.id, fullScenario(fullContract("ID-2"), "Low"), "ana"));
    ASSERT_OK_AND_ASSIGN(copy, repo->removeKeepingCopy(last.id, 1, "ben"));
    ASSERT_OK_AND_ASSIGN(next, repo->save(fullContract("ID-3"), kNewContract, "ana"));
    if (engine() == Engine::SQLite) {
        // SQLite gives the highest id again once it is free.
        ASSERT_EQ(next.id, last.id);
    } else {
        ASSERT_NE(next.id, last.id); // a PostgreSQL sequence never does
    }
    ASSERT_OK_AND_ASSIGN(restored, repo->restore(copy, "ben"));
    EXPECT_EQ(restored.sameId, next.id != last.id);
    ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference("ID-2"));
    EXPECT_EQ(loaded.id, restored.id);
    ASSERT_OK_AND_ASSIGN(scenarios, repo->scenarios(restored.id));
    ASSERT_EQ(scenarios.size(), 1U);
    // The contract that took the id is untouched.
    ASSERT_OK_AND_ASSIGN(third, repo->load(next.id));
    EXPECT_EQ(third.contract.reference, "ID-3");
    ASSERT_OK_AND_ASSIGN(fst, repo->load(first.id));
    EXPECT_EQ(fst.contract.reference, "ID-1");
    if (!restored.sameId) {
        ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{restored.id, std::nullopt, 0, 5}));
        ASSERT_FALSE(trail.empty());
        EXPECT_EQ(trail[0].action, AuditAction::ContractRestored);
        ASSERT_FALSE(trail[0].changes.empty());
        EXPECT_EQ(trail[0].changes[0],
                  (FieldChange{"id", std::to_string(last.id.value), std::to_string(restored.id.value)}));
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, ArchiveTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
