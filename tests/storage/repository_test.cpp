// The repository suite: every test runs against a fresh SQLite file and against a fresh schema on the
// PostgreSQL test server.

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/pickup.h"
#include "attrition/storage/contract_changes.h"
#include "attrition/storage/migrations.h"
#include "storage_test_support.h"

#include <QDir>
#include <algorithm>
#include <limits>
#include <set>

namespace attrition::storage::test {
namespace {

class RepositoryTest : public EngineTest {};

// --- Round trips ----------------------------------------------------------------------------------------

TEST_P(RepositoryTest, EveryFieldOfAFullContractSurvivesSaveAndLoad) {
    auto repo = open();
    ASSERT_TRUE(repo);
    const Contract contract = fullContract("FULL-1");
    ASSERT_OK_AND_ASSIGN(receipt, repo->save(contract, kNewContract, "ana"));
    EXPECT_EQ(receipt.version, 1);
    EXPECT_TRUE(receipt.changed);

    ASSERT_OK_AND_ASSIGN(byId, repo->load(receipt.id));
    expectSameContract(contract, byId.contract);
    EXPECT_EQ(byId.id, receipt.id);
    EXPECT_EQ(byId.version, 1);
    EXPECT_EQ(byId.createdBy, "ana");
    EXPECT_EQ(byId.updatedBy, "ana");
    EXPECT_EQ(byId.createdAt, receipt.savedAt);
    EXPECT_EQ(byId.updatedAt, receipt.savedAt);

    ASSERT_OK_AND_ASSIGN(byReference, repo->loadByReference("FULL-1"));
    expectSameContract(contract, byReference.contract);

    // A second connection reads the same.
    auto other = open();
    ASSERT_OK_AND_ASSIGN(again, other->load(receipt.id));
    expectSameContract(contract, again.contract);
}

TEST_P(RepositoryTest, UnconfirmedProgramDefaultsSurviveSaveAndLoadAndTheirConfirmation) {
    auto repo = open();
    Contract contract = fullContract("DEF-1");
    markProgramDefaults(contract);
    ASSERT_OK_AND_ASSIGN(receipt, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipt.id));
    expectSameContract(contract, loaded.contract);
    EXPECT_EQ(loaded.contract.unconfirmedDefaults.size(), programDefaultPaths().size());

    // Confirming some is a change, with its own version and audit entry.
    confirmDefaultsIn(contract, FieldSection::Cancellation);
    ASSERT_OK_AND_ASSIGN(second, repo->save(contract, receipt.version, "ben"));
    EXPECT_TRUE(second.changed);
    EXPECT_EQ(second.version, 2);
    ASSERT_OK_AND_ASSIGN(reloaded, repo->load(receipt.id));
    expectSameContract(contract, reloaded.contract);
    EXPECT_FALSE(isUnconfirmedDefault(reloaded.contract, "cancellation.tiers"));
    EXPECT_TRUE(isUnconfirmedDefault(reloaded.contract, "attrition.performanceLevel"));
    const std::vector<FieldChange> changes = compareContracts(loaded.contract, reloaded.contract);
    ASSERT_EQ(changes.size(), 1U);
    EXPECT_EQ(changes[0].field, "unconfirmedDefaults");

    // Confirming the rest leaves a contract like any other.
    contract.unconfirmedDefaults.clear();
    ASSERT_STORAGE_OK(repo->save(contract, second.version, "ben"));
    ASSERT_OK_AND_ASSIGN(confirmed, repo->load(receipt.id));
    EXPECT_TRUE(confirmed.contract.unconfirmedDefaults.empty());
    expectSameContract(contract, confirmed.contract);
}

TEST_P(RepositoryTest, ZeroAndThreeDecimalCurrenciesSurvive) {
    auto repo = open();
    for (const char* code : {"JPY", "KWD", "EUR"}) {
        const Contract contract = fullContract(std::string("CUR-") + code, code);
        ASSERT_OK_AND_ASSIGN(receipt, repo->save(contract, kNewContract, "ana"));
        ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipt.id));
        expectSameContract(contract, loaded.contract);
    }
}

TEST_P(RepositoryTest, AMinimalContractWithDefaultsSurvives) {
    auto repo = open();
    Contract contract; // no currency, currency-less zero amounts, no lists, default dates
    contract.reference = "MIN-1";
    ASSERT_OK_AND_ASSIGN(receipt, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipt.id));
    expectSameContract(contract, loaded.contract);
}

TEST_P(RepositoryTest, ADraftWithValuesValidationWouldRefuseIsKeptAsEntered) {
    // Storage keeps work in progress: the engine, not storage, decides what can be assessed.
    auto repo = open();
    Contract draft = fullContract("DRAFT-1");
    draft.block[0].rooms = -5;
    draft.block[1].roomType = "";
    draft.block[2].rate = Money(1000, currency("EUR")); // another currency than the contract's
    draft.pickup.push_back(draft.pickup.front());       // a repeated night
    draft.departure = draft.arrival.addDays(-1);
    draft.attrition.performanceLevel = Percent::fromPartsPerMillion(2'500'000);
    draft.cancellation.tiers[0].maxDays = -3;
    ASSERT_OK_AND_ASSIGN(receipt, repo->save(draft, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipt.id));
    expectSameContract(draft, loaded.contract);
}

TEST_P(RepositoryTest, ExtremeValuesSurvive) {
    auto repo = open();
    Contract contract = fullContract("EXT-1");
    const Currency usd = currency("USD");
    contract.signedOn = date("0001-01-01");
    contract.arrival = date("9999-12-30");
    contract.departure = date("9999-12-31");
    contract.block[0].rooms = std::numeric_limits<std::int32_t>::max();
    contract.block[1].rooms = std::numeric_limits<std::int32_t>::min();
    contract.deposits[0].amount = Money(std::numeric_limits<std::int64_t>::max(), usd);
    contract.deposits[1].amount = Money(std::numeric_limits<std::int64_t>::min(), usd);
    contract.attrition.capAmount = Money(0, usd);
    contract.attrition.taxRate = Percent::fromPartsPerMillion(std::numeric_limits<std::int64_t>::max());
    contract.foodBeverage.allowance = Percent::fromPartsPerMillion(std::numeric_limits<std::int64_t>::min());
    contract.comps.perRoomNights = std::numeric_limits<std::int32_t>::min();
    contract.cancellation.tiers[1].maxDays = std::numeric_limits<std::int32_t>::max();
    ASSERT_OK_AND_ASSIGN(receipt, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipt.id));
    expectSameContract(contract, loaded.contract);
}

TEST_P(RepositoryTest, ACurrencyLessZeroIsToldFromAZeroInTheContractCurrency) {
    auto repo = open();
    Contract contract = fullContract("ZERO-1");
    contract.foodBeverage.minimum = Money();
    contract.meetingRoom.rental = Money::zero(contract.currency);
    contract.attrition.capAmount = Money();
    ASSERT_OK_AND_ASSIGN(receipt, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipt.id));
    EXPECT_FALSE(loaded.contract.foodBeverage.minimum.currency().isValid());
    EXPECT_TRUE(loaded.contract.meetingRoom.rental.currency().isValid());
    ASSERT_TRUE(loaded.contract.attrition.capAmount.has_value());
    EXPECT_FALSE(loaded.contract.attrition.capAmount->currency().isValid());
}

// --- Versions ---------------------------------------------------------------------------------------------

TEST_P(RepositoryTest, EachSaveWithChangesBumpsTheVersion) {
    auto repo = open();
    Contract contract = fullContract("V-1");
    ASSERT_OK_AND_ASSIGN(first, repo->save(contract, kNewContract, "ana"));
    contract.pickup[0].rooms += 7;
    ASSERT_OK_AND_ASSIGN(second, repo->save(contract, 1, "ben"));
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.id, first.id);
    EXPECT_GT(second.savedAt, first.savedAt);
    contract.notes = "changed again";
    ASSERT_OK_AND_ASSIGN(third, repo->save(contract, 2, "ana"));
    EXPECT_EQ(third.version, 3);

    ASSERT_OK_AND_ASSIGN(loaded, repo->load(first.id));
    EXPECT_EQ(loaded.version, 3);
    EXPECT_EQ(loaded.createdBy, "ana");
    EXPECT_EQ(loaded.createdAt, first.savedAt);
    EXPECT_EQ(loaded.updatedBy, "ana");
    EXPECT_EQ(loaded.updatedAt, third.savedAt);
    expectSameContract(contract, loaded.contract);
}

TEST_P(RepositoryTest, SavingAnUnchangedContractWritesNothing) {
    auto repo = open();
    const Contract contract = fullContract("SAME-1");
    ASSERT_OK_AND_ASSIGN(first, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(again, repo->save(contract, 1, "ben"));
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(again.version, 1);
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(first.id));
    EXPECT_EQ(loaded.updatedBy, "ana");
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{first.id, std::nullopt, 0, 100}));
    EXPECT_EQ(trail.size(), 1U);
}

TEST_P(RepositoryTest, ASettlementIsStoredWithItsPaymentsAndEveryChangeToItIsAudited) {
    auto repo = open();
    Contract contract = fullContract("SETTLE-1");
    contract.settlement = {};
    ASSERT_OK_AND_ASSIGN(first, repo->save(contract, kNewContract, "ana"));
    contract.settlement.assessed = money("3000.00");
    contract.settlement.invoicedOn = date("2027-03-10");
    contract.settlement.invoiceNumber = "INV-7";
    contract.settlement.payments = {{date("2027-04-02"), money("1200.00")}};
    ASSERT_OK_AND_ASSIGN(second, repo->save(contract, first.version, "ben"));
    contract.settlement.payments.push_back({date("2027-05-02"), money("800.00")});
    contract.settlement.waived = money("1000.00");
    contract.settlement.waiverReason = "Goodwill";
    ASSERT_OK_AND_ASSIGN(third, repo->save(contract, second.version, "ben"));
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(first.id));
    expectSameContract(contract, loaded.contract);
    EXPECT_EQ(loaded.contract.settlement.state(), SettlementState::Settled);
    EXPECT_EQ(loaded.version, third.version);

    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{first.id, std::nullopt, 0, 100}));
    std::vector<FieldChange> changes;
    for (const AuditEntry& entry : trail) {
        changes.insert(changes.end(), entry.changes.begin(), entry.changes.end());
    }
    const auto recorded = [&](const FieldChange& expected) {
        return std::find(changes.begin(), changes.end(), expected) != changes.end();
    };
    EXPECT_TRUE(recorded({"settlement.assessed", "", "Agreed 3,000.00 USD"}));
    EXPECT_TRUE(recorded({"settlement.payments[2027-04-02]", "", "Collected 1,200.00 USD on 2027-04-02"}));
    EXPECT_TRUE(recorded({"settlement.payments[2027-05-02]", "", "Collected 800.00 USD on 2027-05-02"}));
    EXPECT_TRUE(recorded({"settlement.waived", "", "Waived 1,000.00 USD"}));

    // Payments removed leave no rows behind.
    contract.settlement = {};
    ASSERT_OK_AND_ASSIGN(cleared, repo->save(contract, third.version, "ana"));
    ASSERT_OK_AND_ASSIGN(reloaded, repo->load(cleared.id));
    EXPECT_TRUE(reloaded.contract.settlement.isEmpty());
}

TEST_P(RepositoryTest, ACreditGoesOnlyToAContractOfTheSameAccount) {
    auto repo = open();
    Contract receiving = fullContract("NEXT-2028");
    receiving.account = "Acme Association";
    receiving.settlement = {};
    ASSERT_OK_AND_ASSIGN(stored, repo->save(receiving, kNewContract, "ana"));
    Contract giving = fullContract("PAST-2027");
    giving.account = "Other Society";
    giving.settlement.creditContract = "NEXT-2028";
    const Result<SaveReceipt> refused = repo->save(giving, kNewContract, "ana");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidArgument);
    EXPECT_NE(
        refused.error().message.find("the settlement of PAST-2027 grants a credit on NEXT-2028, a contract "
                                     "of another account (NEXT-2028: \"Acme Association\", PAST-2027: "
                                     "\"Other Society\")"),
        std::string::npos)
        << refused.error().message;
    EXPECT_FALSE(repo->loadByReference("PAST-2027").ok());
    giving.account = "Acme Association";
    ASSERT_OK_AND_ASSIGN(accepted, repo->save(giving, kNewContract, "ana"));
    EXPECT_EQ(accepted.version, 1);
    EXPECT_EQ(stored.version, 1);
}

TEST_P(RepositoryTest, ReorderingEntriesIsAChange) {
    auto repo = open();
    Contract contract = fullContract("ORDER-1");
    ASSERT_OK_AND_ASSIGN(first, repo->save(contract, kNewContract, "ana"));
    std::reverse(contract.block.begin(), contract.block.end());
    ASSERT_OK_AND_ASSIGN(second, repo->save(contract, 1, "ana"));
    EXPECT_TRUE(second.changed);
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(first.id));
    expectSameContract(contract, loaded.contract);
}

TEST_P(RepositoryTest, AStaleSaveIsAConflictThatNamesWhoSavedAndWhen) {
    auto repo = open();
    Contract mine = fullContract("STALE-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(mine, kNewContract, "ana"));
    Contract theirs = mine;
    theirs.pickup[0].rooms = 99;
    ASSERT_OK_AND_ASSIGN(theirSave, repo->save(theirs, 1, "Ben Okafor"));

    mine.notes = "my change";
    const Result<SaveReceipt> stale = repo->save(mine, 1, "ana");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    const std::string& message = stale.error().message;
    EXPECT_NE(message.find("STALE-1"), std::string::npos) << message;
    EXPECT_NE(message.find("Ben Okafor"), std::string::npos) << message;
    EXPECT_NE(message.find(theirSave.savedAt.toDisplay()), std::string::npos) << message;
    EXPECT_NE(message.find("version 1"), std::string::npos) << message;
    EXPECT_NE(message.find("version 2"), std::string::npos) << message;
    ASSERT_TRUE(stale.error().conflict.has_value());
    EXPECT_EQ(stale.error().conflict->savedBy, "Ben Okafor");
    EXPECT_EQ(stale.error().conflict->savedAt, theirSave.savedAt);
    EXPECT_EQ(stale.error().conflict->currentVersion, 2);
    EXPECT_FALSE(stale.error().conflict->removed);

    // Their save is what is stored; nothing of the stale save was written.
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(created.id));
    expectSameContract(theirs, loaded.contract);
    EXPECT_EQ(loaded.version, 2);
}

TEST_P(RepositoryTest, AConflictNamesEveryoneWhoSavedInBetween) {
    auto repo = open();
    Contract contract = fullContract("MANY-1");
    ASSERT_STORAGE_OK(repo->save(contract, kNewContract, "ana"));
    contract.notes = "ben";
    ASSERT_STORAGE_OK(repo->save(contract, 1, "ben"));
    contract.notes = "carl";
    ASSERT_STORAGE_OK(repo->save(contract, 2, "carl"));
    contract.notes = "ben again";
    ASSERT_STORAGE_OK(repo->save(contract, 3, "ben"));

    contract.notes = "ana, late";
    const Result<SaveReceipt> stale = repo->save(contract, 1, "ana");
    ASSERT_FALSE(stale.ok());
    ASSERT_TRUE(stale.error().conflict.has_value());
    EXPECT_EQ(stale.error().conflict->users, (std::vector<std::string>{"ben", "carl"}));
    EXPECT_EQ(stale.error().conflict->savedBy, "ben");
    EXPECT_NE(stale.error().message.find("ben and carl"), std::string::npos) << stale.error().message;
}

TEST_P(RepositoryTest, ANewContractWithATakenReferenceIsRefused) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(first, repo->save(fullContract("TAKEN-1"), kNewContract, "ana"));
    Contract other = smallContract("TAKEN-1", "Other group", "Other", "Other hotel", "ben",
                                   ContractStatus::Prospect, "2028-01-01", 2, 10);
    const Result<SaveReceipt> refused = repo->save(other, kNewContract, "ben");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::AlreadyExists);
    EXPECT_NE(refused.error().message.find("TAKEN-1"), std::string::npos);
    EXPECT_NE(refused.error().message.find("ana"), std::string::npos) << refused.error().message;
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(first.id));
    expectSameContract(fullContract("TAKEN-1"), loaded.contract);
}

TEST_P(RepositoryTest, SavingARemovedContractSaysWhoRemovedIt) {
    auto repo = open();
    Contract contract = fullContract("GONE-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->remove(created.id, 1, "ben"));
    contract.notes = "edited while it was removed";
    const Result<SaveReceipt> stale = repo->save(contract, 1, "ana");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    ASSERT_TRUE(stale.error().conflict.has_value());
    EXPECT_TRUE(stale.error().conflict->removed);
    EXPECT_EQ(stale.error().conflict->savedBy, "ben");
    EXPECT_NE(stale.error().message.find("ben removed it"), std::string::npos) << stale.error().message;
}

TEST_P(RepositoryTest, SavingARenamedContractSaysItsNewReference) {
    auto repo = open();
    Contract contract = fullContract("OLD-REF");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->rename(created.id, 1, "NEW-REF", "ben"));
    contract.notes = "edited under the old reference";
    const Result<SaveReceipt> stale = repo->save(contract, 1, "ana");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_NE(stale.error().message.find("NEW-REF"), std::string::npos) << stale.error().message;
    EXPECT_NE(stale.error().message.find("ben"), std::string::npos) << stale.error().message;
}

TEST_P(RepositoryTest, SavingByIdMayChangeTheReference) {
    auto repo = open();
    Contract contract = fullContract("ID-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    contract.reference = "ID-1-BIS";
    contract.notes = "renamed while editing";
    ASSERT_OK_AND_ASSIGN(saved, repo->save(created.id, contract, 1, "ben"));
    EXPECT_EQ(saved.id, created.id);
    EXPECT_EQ(saved.version, 2);
    ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference("ID-1-BIS"));
    expectSameContract(contract, loaded.contract);
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{created.id, std::nullopt, 0, 1}));
    ASSERT_EQ(trail.size(), 1U);
    EXPECT_EQ(trail[0].changes.front(), (FieldChange{"reference", "ID-1", "ID-1-BIS"}));

    ASSERT_STORAGE_OK(repo->save(fullContract("ID-2"), kNewContract, "ana"));
    contract.reference = "ID-2";
    EXPECT_EQ(repo->save(created.id, contract, 2, "ben").error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(repo->save(ContractId{999999}, contract, 1, "ben").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->save(created.id, contract, kNewContract, "ben").error().kind, ErrorKind::InvalidArgument);
}

TEST_P(RepositoryTest, AStaleEditorNeverOverwritesTheContractThatTookOverItsReference) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(a, repo->save(fullContract("ACME-2027"), kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(editorCopy, repo->load(a.id)); // an editor opens it
    ASSERT_STORAGE_OK(repo->rename(a.id, 1, "ACME-2027-OLD", "ben"));
    Contract b = smallContract("ACME-2027", "Another event", "Acme Corp", "Lakeshore", "ben",
                               ContractStatus::Prospect, "2027-10-01", 2, 30);
    ASSERT_OK_AND_ASSIGN(created, repo->save(b, kNewContract, "ben"));

    editorCopy.contract.notes = "the editor's change";
    const Result<SaveReceipt> stale =
        repo->save(editorCopy.id, editorCopy.contract, editorCopy.version, "ana");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    EXPECT_NE(stale.error().message.find("ben"), std::string::npos) << stale.error().message;
    ASSERT_OK_AND_ASSIGN(stillB, repo->load(created.id));
    expectSameContract(b, stillB.contract);

    ASSERT_STORAGE_OK(repo->remove(a.id, 2, "carl"));
    const Result<SaveReceipt> removed = repo->save(a.id, editorCopy.contract, 2, "ana");
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(removed.error().conflict->removed);
}

TEST_P(RepositoryTest, SavingAVersionOfAContractNeverStoredIsNotFound) {
    auto repo = open();
    const Result<SaveReceipt> missing = repo->save(fullContract("NEVER-1"), 3, "ana");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_NE(missing.error().message.find(repo->location()), std::string::npos) << missing.error().message;
}

TEST_P(RepositoryTest, RequestsWithoutReferenceUserOrWithANegativeVersionAreRefused) {
    auto repo = open();
    Contract contract = fullContract("");
    EXPECT_EQ(repo->save(contract, kNewContract, "ana").error().kind, ErrorKind::InvalidArgument);
    contract.reference = "ARG-1";
    EXPECT_EQ(repo->save(contract, kNewContract, "").error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(repo->save(contract, -1, "ana").error().kind, ErrorKind::InvalidArgument);
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    EXPECT_EQ(repo->rename(created.id, 1, "", "ana").error().kind, ErrorKind::InvalidArgument);
    EXPECT_EQ(repo->saveScenario(created.id, Scenario{}, "ana").error().kind, ErrorKind::InvalidArgument);
}

TEST_P(RepositoryTest, LoadingWhatIsNotStoredIsNotFound) {
    auto repo = open();
    const Result<StoredContract> byId = repo->load(ContractId{4711});
    ASSERT_FALSE(byId.ok());
    EXPECT_EQ(byId.error().kind, ErrorKind::NotFound);
    EXPECT_NE(byId.error().message.find(repo->location()), std::string::npos) << byId.error().message;
    const Result<StoredContract> byReference = repo->loadByReference("NOPE");
    ASSERT_FALSE(byReference.ok());
    EXPECT_EQ(byReference.error().kind, ErrorKind::NotFound);
    EXPECT_NE(byReference.error().message.find("NOPE"), std::string::npos);
}

// --- Rename and remove
// --------------------------------------------------------------------------------------

TEST_P(RepositoryTest, RenamingKeepsTheIdAndEverythingElse) {
    auto repo = open();
    const Contract contract = fullContract("R-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, fullScenario(contract, "Low"), "ana"));
    ASSERT_OK_AND_ASSIGN(renamed, repo->rename(created.id, 1, "R-2", "ben"));
    EXPECT_EQ(renamed.version, 2);
    ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference("R-2"));
    EXPECT_EQ(loaded.id, created.id);
    Contract expected = contract;
    expected.reference = "R-2";
    expectSameContract(expected, loaded.contract);
    EXPECT_EQ(repo->loadByReference("R-1").error().kind, ErrorKind::NotFound);
    ASSERT_OK_AND_ASSIGN(scenarios, repo->scenarios(created.id));
    EXPECT_EQ(scenarios.size(), 1U);
}

TEST_P(RepositoryTest, RenamingToATakenReferenceOrFromAStaleVersionIsRefused) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(a, repo->save(fullContract("A-1"), kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(b, repo->save(fullContract("B-1"), kNewContract, "ana"));
    EXPECT_EQ(repo->rename(a.id, 1, "B-1", "ana").error().kind, ErrorKind::AlreadyExists);
    EXPECT_EQ(repo->rename(a.id, 7, "C-1", "ana").error().kind, ErrorKind::Conflict);
    ASSERT_OK_AND_ASSIGN(same, repo->rename(b.id, 1, "B-1", "ana"));
    EXPECT_FALSE(same.changed);
}

TEST_P(RepositoryTest, RemovingTakesTheContractWithItsReportsAndScenarios) {
    auto repo = open();
    const Contract contract = fullContract("DEL-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-03-01"), contract.pickup}, "ana"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, fullScenario(contract, "Low"), "ana"));
    ASSERT_OK_AND_ASSIGN(keep, repo->save(fullContract("KEEP-1"), kNewContract, "ana"));

    EXPECT_EQ(repo->remove(created.id, 2, "ben").error().kind, ErrorKind::Conflict);
    ASSERT_STORAGE_OK(repo->remove(created.id, 1, "ben"));
    EXPECT_EQ(repo->load(created.id).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->pickupSnapshots(created.id).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->scenarios(created.id).error().kind, ErrorKind::NotFound);
    const Result<void> twice = repo->remove(created.id, 1, "ana");
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    EXPECT_NE(twice.error().message.find("ben removed it"), std::string::npos) << twice.error().message;
    ASSERT_OK_AND_ASSIGN(kept, repo->load(keep.id));
    expectSameContract(fullContract("KEEP-1"), kept.contract);
    // The reference is free again.
    ASSERT_STORAGE_OK(repo->save(contract, kNewContract, "ana"));
}

// --- Several at once --------------------------------------------------------------------------------------

TEST_P(RepositoryTest, SaveNewStoresAllOfThem) {
    auto repo = open();
    std::vector<Contract> contracts;
    for (int i = 0; i < 25; ++i) {
        contracts.push_back(fullContract("BULK-" + std::to_string(i)));
    }
    ASSERT_OK_AND_ASSIGN(receipts, repo->saveNew(contracts, "import"));
    ASSERT_EQ(receipts.size(), contracts.size());
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        ASSERT_OK_AND_ASSIGN(loaded, repo->load(receipts[i].id));
        expectSameContract(contracts[i], loaded.contract);
        EXPECT_EQ(loaded.version, 1);
    }
}

TEST_P(RepositoryTest, SaveNewStoresNoneWhenOneCannotBeStored) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->save(fullContract("EXISTS-1"), kNewContract, "ana"));
    const std::vector<Contract> batch{fullContract("NEW-1"), fullContract("EXISTS-1"), fullContract("NEW-2")};
    const Result<std::vector<SaveReceipt>> refused = repo->saveNew(batch, "import");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::AlreadyExists);
    EXPECT_NE(refused.error().message.find("None of the 3"), std::string::npos) << refused.error().message;
    EXPECT_EQ(repo->loadByReference("NEW-1").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->loadByReference("NEW-2").error().kind, ErrorKind::NotFound);

    const std::vector<Contract> twice{fullContract("DUP-1"), fullContract("DUP-1")};
    EXPECT_EQ(repo->saveNew(twice, "import").error().kind, ErrorKind::InvalidArgument);
    ASSERT_OK_AND_ASSIGN(page, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(page.total, 1);
}

TEST_P(RepositoryTest, ForEachContractReadsWhatLoadReads) {
    auto repo = open();
    Contract minimal;
    minimal.reference = "MIN-1";
    Contract extreme = fullContract("EXT-1", "KWD");
    extreme.block[0].rooms = std::numeric_limits<std::int32_t>::min();
    extreme.deposits[0].amount = Money(std::numeric_limits<std::int64_t>::max(), extreme.currency);
    extreme.signedOn = date("0001-01-01");
    extreme.attrition.capAmount = Money();
    std::vector<Contract> contracts{fullContract("FULL-1"), minimal, extreme, fullContract("JPY-1", "JPY")};
    ASSERT_OK_AND_ASSIGN(receipts, repo->saveNew(contracts, "ana"));
    ASSERT_STORAGE_OK(repo->save(contracts[0], 1, "ben")); // unchanged: no new version
    contracts[3].notes = "changed";
    ASSERT_STORAGE_OK(repo->save(contracts[3], 1, "ben"));
    std::size_t i = 0;
    ASSERT_OK_AND_ASSIGN(visited, repo->forEachContract([&](const StoredContract& s) {
        const Result<StoredContract> loaded = repo->load(s.id);
        EXPECT_TRUE(loaded.ok());
        if (loaded) {
            expectSameContract(loaded->contract, s.contract);
            EXPECT_EQ(loaded->version, s.version);
            EXPECT_EQ(loaded->createdAt, s.createdAt);
            EXPECT_EQ(loaded->createdBy, s.createdBy);
            EXPECT_EQ(loaded->updatedAt, s.updatedAt);
            EXPECT_EQ(loaded->updatedBy, s.updatedBy);
        }
        expectSameContract(contracts[i], s.contract);
        ++i;
        // Reading more is fine while every contract is read; changing them has to wait.
        EXPECT_TRUE(repo->scenarios(s.id).ok());
        const Result<SaveReceipt> saved = repo->save(fullContract("DURING-1"), kNewContract, "ana");
        EXPECT_FALSE(saved.ok());
        if (!saved) {
            EXPECT_EQ(saved.error().kind, ErrorKind::InvalidArgument);
        }
        return true;
    }));
    EXPECT_EQ(visited, 4);
    // Afterwards it can.
    ASSERT_STORAGE_OK(repo->save(fullContract("AFTER-1"), kNewContract, "ana"));
}

TEST_P(RepositoryTest, ForEachContractVisitsEveryContractInOrderAcrossBatches) {
    auto repo = open();
    std::vector<Contract> contracts;
    for (int i = 0; i < 2100; ++i) {
        Contract c = smallContract("E-" + std::to_string(i), "Group " + std::to_string(i),
                                   "Acct " + std::to_string(i % 7), "Hotel", "ana", ContractStatus::Definite,
                                   "2027-05-01", 1 + i % 3, 10 + i % 5);
        if (i % 100 == 0) {
            c = fullContract("E-" + std::to_string(i));
        }
        contracts.push_back(std::move(c));
    }
    ASSERT_OK_AND_ASSIGN(receipts, repo->saveNew(contracts, "import"));
    std::size_t seen = 0;
    ContractId last{0};
    ASSERT_OK_AND_ASSIGN(visited, repo->forEachContract([&](const StoredContract& s) {
        EXPECT_GT(s.id, last);
        last = s.id;
        expectSameContract(contracts[seen], s.contract);
        ++seen;
        return true;
    }));
    EXPECT_EQ(visited, 2100);
    EXPECT_EQ(seen, 2100U);

    // Read through Qt Sql instead of natively (SQLite), every contract is the same.
    OpenOptions qtOnly = options();
    qtOnly.nativeBulkReads = false;
    auto viaQt = open(qtOnly);
    std::size_t again = 0;
    ASSERT_OK_AND_ASSIGN(visitedViaQt, viaQt->forEachContract([&](const StoredContract& s) {
        expectSameContract(contracts[again], s.contract);
        EXPECT_EQ(s.id, receipts[again].id);
        ++again;
        return true;
    }));
    EXPECT_EQ(visitedViaQt, 2100);

    int stopAfter = 5;
    ASSERT_OK_AND_ASSIGN(early,
                         repo->forEachContract([&](const StoredContract&) { return --stopAfter > 0; }));
    EXPECT_EQ(early, 5);
}

// --- The contract list ------------------------------------------------------------------------------------

class ContractListTest : public EngineTest {
protected:
    void SetUp() override {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        repo_ = open();
        ASSERT_TRUE(repo_);
        contracts_ = {
            smallContract("ACME-2027", "Acme Sales Kickoff", "Acme Corp", "Harborview", "Ana Ruiz",
                          ContractStatus::Definite, "2027-02-10", 3, 50),
            smallContract("ACME-2028", "Acme Sales Kickoff 2028", "Acme Corp", "Lakeshore", "Ana Ruiz",
                          ContractStatus::Tentative, "2028-02-12", 3, 60),
            smallContract("CARD-26", "Cardiology Congress", "Society of Cardiology", "Harborview",
                          "Ben Okafor", ContractStatus::Actualized, "2026-09-01", 4, 200),
            smallContract("DENT-27", "Dental Expo 100% fun_day", "Dental Council", "Grand Opera",
                          "Carla Jensen", ContractStatus::Cancelled, "2027-06-20", 2, 30, "EUR"),
            smallContract("PROS-1", "prospect group", "", "Lakeshore", "Ben Okafor", ContractStatus::Prospect,
                          "2029-01-05", 1, 5),
            smallContract("ZED-9", "Zed Retreat", "Zed Partners", "Grand Opera", "Ana Ruiz",
                          ContractStatus::Definite, "2027-02-10", 5, 12, "JPY"),
        };
        contracts_[3].cancellationNotice = date("2027-01-02");
        for (const Contract& c : contracts_) {
            Result<SaveReceipt> saved = repo_->save(c, kNewContract, "ana");
            ASSERT_TRUE(saved.ok()) << saved.error().message;
        }
    }

    std::vector<std::string> references(const ContractQuery& query) {
        Result<ContractPage> page = repo_->listContracts(query);
        EXPECT_TRUE(page.ok()) << page.error().message;
        std::vector<std::string> refs;
        if (page) {
            for (const ContractSummary& s : page->rows) {
                refs.push_back(s.reference);
            }
        }
        return refs;
    }

    std::unique_ptr<SqlContractRepository> repo_;
    std::vector<Contract> contracts_;
};

using Refs = std::vector<std::string>;

TEST_P(ContractListTest, RowsCarryWhatTheListShows) {
    ContractQuery q;
    q.sortBy = ContractSortKey::Reference;
    ASSERT_OK_AND_ASSIGN(page, repo_->listContracts(q));
    EXPECT_EQ(page.total, 6);
    ASSERT_EQ(page.rows.size(), 6U);
    const ContractSummary& card = page.rows[2];
    EXPECT_EQ(card.reference, "CARD-26");
    EXPECT_EQ(card.groupName, "Cardiology Congress");
    EXPECT_EQ(card.account, "Society of Cardiology");
    EXPECT_EQ(card.hotel, "Harborview");
    EXPECT_EQ(card.salesManager, "Ben Okafor");
    EXPECT_EQ(card.status, ContractStatus::Actualized);
    EXPECT_EQ(card.arrival, date("2026-09-01"));
    EXPECT_EQ(card.departure, date("2026-09-05"));
    EXPECT_EQ(card.roomNights, 800);
    EXPECT_EQ(card.currency, currency("USD"));
    EXPECT_FALSE(card.cancellationNoticed);
    EXPECT_EQ(card.version, 1);
    EXPECT_EQ(card.updatedBy, "ana");
    EXPECT_TRUE(page.rows[3].cancellationNoticed);
    EXPECT_EQ(page.rows[3].currency, currency("EUR"));
    EXPECT_EQ(page.rows[4].account, "");
}

TEST_P(ContractListTest, SortsByEveryColumnBothWays) {
    const auto check = [&](ContractSortKey key, const Refs& ascending) {
        ContractQuery q;
        q.sortBy = key;
        EXPECT_EQ(references(q), ascending) << "ascending by key " << static_cast<int>(key);
        q.order = SortOrder::Descending;
        const Refs descending(ascending.rbegin(), ascending.rend());
        EXPECT_EQ(references(q), descending) << "descending by key " << static_cast<int>(key);
    };
    check(ContractSortKey::Reference, {"ACME-2027", "ACME-2028", "CARD-26", "DENT-27", "PROS-1", "ZED-9"});
    check(ContractSortKey::GroupName, {"ACME-2027", "ACME-2028", "CARD-26", "DENT-27", "ZED-9", "PROS-1"});
    check(ContractSortKey::Account, {"PROS-1", "ACME-2027", "ACME-2028", "DENT-27", "CARD-26", "ZED-9"});
    check(ContractSortKey::Hotel, {"DENT-27", "ZED-9", "ACME-2027", "CARD-26", "ACME-2028", "PROS-1"});
    check(ContractSortKey::SalesManager, {"ACME-2027", "ACME-2028", "ZED-9", "CARD-26", "PROS-1", "DENT-27"});
    check(ContractSortKey::Status, {"PROS-1", "ACME-2028", "ACME-2027", "ZED-9", "DENT-27", "CARD-26"});
    check(ContractSortKey::Arrival, {"CARD-26", "ACME-2027", "ZED-9", "DENT-27", "ACME-2028", "PROS-1"});
    check(ContractSortKey::Departure, {"CARD-26", "ACME-2027", "ZED-9", "DENT-27", "ACME-2028", "PROS-1"});
    check(ContractSortKey::RoomNights, {"PROS-1", "DENT-27", "ZED-9", "ACME-2027", "ACME-2028", "CARD-26"});
    check(ContractSortKey::Currency, {"DENT-27", "ZED-9", "ACME-2027", "ACME-2028", "CARD-26", "PROS-1"});
    check(ContractSortKey::UpdatedAt, {"ACME-2027", "ACME-2028", "CARD-26", "DENT-27", "PROS-1", "ZED-9"});
}

TEST_P(ContractListTest, PagesThroughTheSortedList) {
    ContractQuery q;
    q.sortBy = ContractSortKey::Reference;
    q.limit = 4;
    ASSERT_OK_AND_ASSIGN(first, repo_->listContracts(q));
    EXPECT_EQ(first.total, 6);
    EXPECT_EQ(first.rows.size(), 4U);
    q.offset = 4;
    EXPECT_EQ(references(q), (Refs{"PROS-1", "ZED-9"}));
    q.offset = 6;
    EXPECT_EQ(references(q), Refs{});
    q.offset = 0;
    q.limit = 0; // no limit
    EXPECT_EQ(references(q).size(), 6U);
    q.countTotal = false;
    ASSERT_OK_AND_ASSIGN(uncounted, repo_->listContracts(q));
    EXPECT_EQ(uncounted.total, -1);
}

TEST_P(ContractListTest, FiltersByTextIgnoringCaseInEveryNamedColumn) {
    ContractQuery q;
    q.sortBy = ContractSortKey::Reference;
    q.filter.text = "acme";
    EXPECT_EQ(references(q), (Refs{"ACME-2027", "ACME-2028"}));
    q.filter.text = "CARDIOLOGY"; // group and account
    EXPECT_EQ(references(q), (Refs{"CARD-26"}));
    q.filter.text = "opera"; // hotel
    EXPECT_EQ(references(q), (Refs{"DENT-27", "ZED-9"}));
    q.filter.text = "partners"; // account only
    EXPECT_EQ(references(q), (Refs{"ZED-9"}));
    q.filter.text = "100%"; // the wildcards of LIKE are plain text
    EXPECT_EQ(references(q), (Refs{"DENT-27"}));
    q.filter.text = "_";
    EXPECT_EQ(references(q), (Refs{"DENT-27"}));
    q.filter.text = "%";
    EXPECT_EQ(references(q), (Refs{"DENT-27"}));
    q.filter.text = "okafor"; // sales manager
    EXPECT_EQ(references(q), (Refs{"CARD-26", "PROS-1"}));
    q.filter.text = "  acme   2028 "; // every word, each anywhere
    EXPECT_EQ(references(q), (Refs{"ACME-2028"}));
    q.filter.text = "harborview ruiz";
    EXPECT_EQ(references(q), (Refs{"ACME-2027"}));
    q.filter.text = "   ";
    EXPECT_EQ(references(q).size(), contracts_.size());
    q.filter.text = "no such thing";
    ASSERT_OK_AND_ASSIGN(none, repo_->listContracts(q));
    EXPECT_EQ(none.total, 0);
    EXPECT_TRUE(none.rows.empty());
}

TEST_P(ContractListTest, SalesManagersAreListedOnceInOrder) {
    ASSERT_OK_AND_ASSIGN(names, repo_->salesManagers());
    EXPECT_EQ(names, (std::vector<std::string>{"Ana Ruiz", "Ben Okafor", "Carla Jensen"}));
}

TEST_P(ContractListTest, FiltersByStatusAccountHotelSalesManagerAndArrival) {
    ContractQuery q;
    q.sortBy = ContractSortKey::Reference;
    q.filter.statuses = {ContractStatus::Definite, ContractStatus::Prospect};
    EXPECT_EQ(references(q), (Refs{"ACME-2027", "PROS-1", "ZED-9"}));
    q.filter = {};
    q.filter.account = "Acme Corp";
    EXPECT_EQ(references(q), (Refs{"ACME-2027", "ACME-2028"}));
    q.filter.account = "";
    EXPECT_EQ(references(q), (Refs{"PROS-1"}));
    q.filter = {};
    q.filter.hotel = "Harborview";
    EXPECT_EQ(references(q), (Refs{"ACME-2027", "CARD-26"}));
    q.filter = {};
    q.filter.salesManager = "Ana Ruiz";
    q.filter.arrivalFrom = date("2027-02-10");
    q.filter.arrivalTo = date("2027-12-31");
    EXPECT_EQ(references(q), (Refs{"ACME-2027", "ZED-9"}));
    q.filter = {};
    q.filter.arrivalFrom = date("2027-06-20");
    q.filter.text = "e";
    q.filter.statuses = {ContractStatus::Cancelled, ContractStatus::Tentative, ContractStatus::Prospect};
    ASSERT_OK_AND_ASSIGN(page, repo_->listContracts(q));
    EXPECT_EQ(page.total, 3);
}

// --- Pickup reports ---------------------------------------------------------------------------------------

TEST_P(RepositoryTest, SavingAChangedPickupKeepsItAsThePickupReportOfTheDay) {
    auto repo = open();
    Contract contract = fullContract("PACE-SAVED");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(none, repo->pickupSnapshots(created.id));
    EXPECT_TRUE(none.empty());

    // A save that leaves the pickup alone keeps no report.
    contract.groupName += " (renamed)";
    ASSERT_OK_AND_ASSIGN(renamed, repo->save(created.id, contract, created.version, "ana"));
    ASSERT_OK_AND_ASSIGN(stillNone, repo->pickupSnapshots(created.id));
    EXPECT_TRUE(stillNone.empty());

    // A changed pickup is kept as the report of the day the save was made (the test clock's 2026-11-23).
    ASSERT_FALSE(contract.pickup.empty());
    contract.pickup.front().rooms += 3;
    ASSERT_OK_AND_ASSIGN(typed, repo->save(created.id, contract, renamed.version, "ben"));
    ASSERT_OK_AND_ASSIGN(one, repo->pickupSnapshots(created.id));
    ASSERT_EQ(one.size(), 1U);
    EXPECT_EQ(one[0].snapshot.reportDate, date("2026-11-23"));
    expectSamePickup(contract.pickup, one[0].snapshot.entries, "first change");
    EXPECT_EQ(one[0].recordedBy, "ben");

    // Another change the same day replaces it, through either kind of save.
    contract.pickup.back().rooms += 1;
    ASSERT_OK_AND_ASSIGN(again, repo->save(contract, typed.version, "carl"));
    ASSERT_OK_AND_ASSIGN(replaced, repo->pickupSnapshots(created.id));
    ASSERT_EQ(replaced.size(), 1U);
    expectSamePickup(contract.pickup, replaced[0].snapshot.entries, "second change");
    EXPECT_EQ(replaced[0].recordedBy, "carl");
    EXPECT_EQ(again.version, typed.version + 1);

    // The report is part of the save's own audit entry: no separate "snapshot-recorded" entry.
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{created.id, std::nullopt, 0, 100}));
    for (const AuditEntry& e : trail) {
        EXPECT_NE(e.action, AuditAction::SnapshotRecorded);
    }
}

TEST_P(RepositoryTest, PickupReportsAreKeptInOrderOfTheirDates) {
    auto repo = open();
    const Contract contract = fullContract("PACE-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    std::vector<PickupEntry> early = contract.pickup;
    for (PickupEntry& e : early) {
        e.rooms /= 3;
    }
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-03-15"), contract.pickup}, "ana"));
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-02-01"), early}, "ben"));
    ASSERT_STORAGE_OK(repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-02-15"), {}}, "ben"));

    ASSERT_OK_AND_ASSIGN(snapshots, repo->pickupSnapshots(created.id));
    ASSERT_EQ(snapshots.size(), 3U);
    EXPECT_EQ(snapshots[0].snapshot.reportDate, date("2027-02-01"));
    expectSamePickup(early, snapshots[0].snapshot.entries, "2027-02-01");
    EXPECT_EQ(snapshots[0].recordedBy, "ben");
    EXPECT_TRUE(snapshots[1].snapshot.entries.empty());
    EXPECT_EQ(snapshots[2].snapshot.reportDate, date("2027-03-15"));
    expectSamePickup(contract.pickup, snapshots[2].snapshot.entries, "2027-03-15");
    EXPECT_EQ(snapshots[2].recordedBy, "ana");

    // A report of the same date replaces the earlier one.
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-02-01"), contract.pickup}, "carl"));
    ASSERT_OK_AND_ASSIGN(replaced, repo->pickupSnapshots(created.id));
    ASSERT_EQ(replaced.size(), 3U);
    expectSamePickup(contract.pickup, replaced[0].snapshot.entries, "replaced");
    EXPECT_EQ(replaced[0].recordedBy, "carl");

    ASSERT_STORAGE_OK(repo->removePickupSnapshot(created.id, date("2027-02-15"), "ana"));
    EXPECT_EQ(repo->removePickupSnapshot(created.id, date("2027-02-15"), "ana").error().kind,
              ErrorKind::NotFound);
    ASSERT_OK_AND_ASSIGN(left, repo->pickupSnapshots(created.id));
    EXPECT_EQ(left.size(), 2U);

    // Recording a report does not change the contract or its version.
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(created.id));
    EXPECT_EQ(loaded.version, 1);
    EXPECT_EQ(repo->recordPickupSnapshot(ContractId{999999}, PickupSnapshot{}, "ana").error().kind,
              ErrorKind::NotFound);
}

TEST_P(RepositoryTest, AReportsTotalChangedOutsideTheProgramIsAnIntegrityProblem) {
    auto repo = open();
    const Contract contract = fullContract("TOTALS-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    std::vector<PickupEntry> withANegativeFigure = contract.pickup;
    withANegativeFigure.front().rooms = -4;
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-02-01"), contract.pickup}, "ana"));
    ASSERT_STORAGE_OK(repo->recordPickupSnapshot(
        created.id, PickupSnapshot{date("2027-02-15"), withANegativeFigure}, "ana"));
    ASSERT_STORAGE_OK(repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-03-01"), {}}, "ana"));
    // A negative figure counts as none: each total as stored is its report's.
    ASSERT_OK_AND_ASSIGN(intact, repo->checkIntegrity());
    EXPECT_TRUE(intact.empty()) << intact.front();

    const std::int64_t rooms = roomsCounted(withANegativeFigure);
    ASSERT_GT(rooms, 0);
    runOutside("UPDATE " + table("pickup_snapshots") +
               " SET rooms_total = rooms_total + 7 WHERE report_date = '2027-02-15'");
    runOutside("UPDATE " + table("pickup_snapshots") +
               " SET rooms_total = 3 WHERE report_date = '2027-03-01'");
    ASSERT_OK_AND_ASSIGN(problems, repo->checkIntegrity());
    ASSERT_EQ(problems.size(), 2U);
    EXPECT_EQ(problems[0], "the pickup report of 2027-02-15 of contract TOTALS-1 keeps " +
                               std::to_string(rooms + 7) + " rooms in all, but its entries add up to " +
                               std::to_string(rooms));
    EXPECT_EQ(
        problems[1],
        "the pickup report of 2027-03-01 of contract TOTALS-1 keeps 3 rooms in all, but its entries add "
        "up to 0");

    // Recorded again by the program, the report is whole again.
    ASSERT_STORAGE_OK(repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-03-01"), {}}, "ana"));
    ASSERT_OK_AND_ASSIGN(left, repo->checkIntegrity());
    ASSERT_EQ(left.size(), 1U);
    EXPECT_NE(left[0].find("2027-02-15"), std::string::npos) << left[0];
}

// --- Reading over several connections -------------------------------------------------------------------

TEST_P(RepositoryTest, ReadsMadeConsistentlySeeOneStateOfTheDatabase) {
    auto repo = open();
    auto other = open();
    ASSERT_OK_AND_ASSIGN(created, repo->save(fullContract("ONE-1"), kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->readConsistently([&]() -> Result<void> {
        Result<StoredContract> first = repo->load(created.id);
        if (!first) {
            return first.takeError();
        }
        // Saved over another connection in between: not seen here.
        Contract changed = first->contract;
        changed.groupName = "Another group";
        const Result<SaveReceipt> saved = other->save(created.id, changed, first->version, "ben");
        EXPECT_TRUE(saved.ok()) << saved.error().message;
        Result<StoredContract> second = repo->load(created.id);
        if (!second) {
            return second.takeError();
        }
        EXPECT_EQ(second->version, first->version);
        EXPECT_EQ(second->contract.groupName, first->contract.groupName);
        // Nothing is written here.
        EXPECT_EQ(repo->save(fullContract("ONE-2"), kNewContract, "ana").error().kind,
                  ErrorKind::InvalidArgument);
        return {};
    }));
    ASSERT_OK_AND_ASSIGN(after, repo->load(created.id));
    EXPECT_EQ(after.version, created.version + 1);
    EXPECT_EQ(after.contract.groupName, "Another group");
    EXPECT_EQ(repo->loadByReference("ONE-2").error().kind, ErrorKind::NotFound);
    // What the reads return is returned.
    const Result<void> failed =
        repo->readConsistently([&]() -> Result<void> { return repo->load(ContractId{999999}).takeError(); });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, ErrorKind::NotFound);
}

TEST_P(RepositoryTest, TheDataVersionChangesWhenAnotherConnectionCommits) {
    auto repo = open();
    auto other = open();
    ASSERT_OK_AND_ASSIGN(first, repo->dataVersion());
    if (engine() == Engine::PostgreSQL) {
        EXPECT_FALSE(first.has_value()); // PostgreSQL cannot tell
        return;
    }
    ASSERT_TRUE(first.has_value());
    // Not by reads, nor by this connection's own commits.
    ASSERT_OK_AND_ASSIGN(created, repo->save(fullContract("VERSION-1"), kNewContract, "ana"));
    ASSERT_STORAGE_OK(other->load(created.id));
    ASSERT_OK_AND_ASSIGN(own, repo->dataVersion());
    EXPECT_EQ(own, first);
    // By another connection's.
    ASSERT_STORAGE_OK(other->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-02-01"), {}}, "ben"));
    ASSERT_OK_AND_ASSIGN(moved, repo->dataVersion());
    ASSERT_TRUE(moved.has_value());
    EXPECT_NE(moved, first);
    ASSERT_OK_AND_ASSIGN(still, repo->dataVersion());
    EXPECT_EQ(still, moved);
}

// --- Imports --------------------------------------------------------------------------------------------

TEST_P(RepositoryTest, ImportingAddsNewContractsAndTwiceChangesNothing) {
    auto repo = open();
    const std::vector<Contract> file{fullContract("IMP-1"), fullContract("IMP-2", "JPY")};
    ASSERT_OK_AND_ASSIGN(first, repo->importContracts(file, ExistingContracts::Refuse, "ana"));
    ASSERT_EQ(first.size(), 2U);
    EXPECT_EQ(first[0].outcome, ImportOutcome::Added);
    EXPECT_EQ(first[1].outcome, ImportOutcome::Added);
    EXPECT_EQ(first[1].version, 1);

    ASSERT_OK_AND_ASSIGN(audit, repo->auditTrail(AuditQuery{}));
    const std::size_t auditEntries = audit.size();
    for (const ExistingContracts existing : {ExistingContracts::Refuse, ExistingContracts::Replace}) {
        ASSERT_OK_AND_ASSIGN(again, repo->importContracts(file, existing, "ben"));
        ASSERT_EQ(again.size(), 2U);
        for (std::size_t i = 0; i < again.size(); ++i) {
            EXPECT_EQ(again[i].outcome, ImportOutcome::Unchanged);
            EXPECT_EQ(again[i].id, first[i].id);
            EXPECT_EQ(again[i].version, 1);
        }
    }
    ASSERT_OK_AND_ASSIGN(page, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(page.total, 2);
    ASSERT_OK_AND_ASSIGN(auditAfter, repo->auditTrail(AuditQuery{}));
    EXPECT_EQ(auditAfter.size(), auditEntries) << "an import that changes nothing writes nothing";
    ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference("IMP-2"));
    expectSameContract(file[1], loaded.contract);
}

/// Hands out the contracts of a list one by one, as a file being read would; gives up before contract
/// `stopBefore` (if within the list).
class ListFeed final : public SqlContractRepository::ImportFeed {
public:
    ListFeed(const std::vector<Contract>& contracts, std::size_t stopBefore)
        : contracts_(contracts)
        , stopBefore_(stopBefore) {}
    const Contract* next(const std::vector<PickupSnapshot>** history) override {
        if (at_ >= contracts_.size() || stopped()) {
            return nullptr;
        }
        *history = &history_;
        return &contracts_[at_++];
    }
    bool stopped() const override { return stopBefore_ < contracts_.size() && at_ == stopBefore_; }
    std::int64_t count() const override { return static_cast<std::int64_t>(contracts_.size()); }

private:
    const std::vector<Contract>& contracts_;
    std::size_t stopBefore_;
    std::size_t at_ = 0;
    std::vector<PickupSnapshot> history_;
};

TEST_P(RepositoryTest, AnImportFedContractByContractStoresAllOrNothing) {
    auto repo = open();
    const std::vector<Contract> file{fullContract("FED-1"), fullContract("FED-2", "JPY"),
                                     fullContract("FED-3")};

    ListFeed givenUp(file, 2);
    const Result<std::vector<ImportReceipt>> refused =
        repo->importContractsAsRead(givenUp, ExistingContracts::Refuse, "ana");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::InvalidArgument);
    ASSERT_OK_AND_ASSIGN(none, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(none.total, 0) << "the two contracts stored before the feed gave up were rolled back";

    std::vector<Contract> twice = file;
    twice[2].reference = "FED-1";
    ListFeed duplicated(twice, twice.size());
    const Result<std::vector<ImportReceipt>> duplicate =
        repo->importContractsAsRead(duplicated, ExistingContracts::Refuse, "ana");
    ASSERT_FALSE(duplicate.ok());
    EXPECT_NE(duplicate.error().message.find("the reference \"FED-1\" is given twice"), std::string::npos)
        << duplicate.error().message;
    ASSERT_OK_AND_ASSIGN(stillNone, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(stillNone.total, 0);

    ListFeed whole(file, file.size());
    ASSERT_OK_AND_ASSIGN(receipts, repo->importContractsAsRead(whole, ExistingContracts::Refuse, "ana"));
    ASSERT_EQ(receipts.size(), 3U);
    for (std::size_t i = 0; i < receipts.size(); ++i) {
        EXPECT_EQ(receipts[i].outcome, ImportOutcome::Added);
        ASSERT_OK_AND_ASSIGN(loaded, repo->loadByReference(file[i].reference));
        EXPECT_EQ(loaded.id, receipts[i].id);
        expectSameContract(file[i], loaded.contract);
    }
    ASSERT_OK_AND_ASSIGN(again, repo->importContracts(file, ExistingContracts::Refuse, "ben"));
    for (const ImportReceipt& r : again) {
        EXPECT_EQ(r.outcome, ImportOutcome::Unchanged) << "stored as importContracts stores them";
    }
}

TEST_P(RepositoryTest, AnImportThatWouldOverwriteAChangedContractIsRefusedWhole) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(stored, repo->save(fullContract("IMP-1"), kNewContract, "ana"));
    Contract changed = fullContract("IMP-1");
    changed.groupName = "Renamed Group";
    const std::vector<Contract> file{fullContract("IMP-0"), changed, fullContract("IMP-2")};

    const Result<std::vector<ImportReceipt>> refused =
        repo->importContracts(file, ExistingContracts::Refuse, "ben");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, ErrorKind::AlreadyExists);
    EXPECT_NE(refused.error().message.find("\"IMP-1\""), std::string::npos) << refused.error().message;
    EXPECT_NE(refused.error().message.find("None of the 3 contracts was imported."), std::string::npos)
        << refused.error().message;
    EXPECT_EQ(repo->loadByReference("IMP-0").error().kind, ErrorKind::NotFound);
    EXPECT_EQ(repo->loadByReference("IMP-2").error().kind, ErrorKind::NotFound);

    ASSERT_OK_AND_ASSIGN(replaced, repo->importContracts(file, ExistingContracts::Replace, "ben"));
    ASSERT_EQ(replaced.size(), 3U);
    EXPECT_EQ(replaced[0].outcome, ImportOutcome::Added);
    EXPECT_EQ(replaced[1].outcome, ImportOutcome::Replaced);
    EXPECT_EQ(replaced[1].id, stored.id);
    EXPECT_EQ(replaced[1].version, 2);
    EXPECT_EQ(replaced[2].outcome, ImportOutcome::Added);
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(stored.id));
    EXPECT_EQ(loaded.contract.groupName, "Renamed Group");
    EXPECT_EQ(loaded.updatedBy, "ben");
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{stored.id, std::nullopt, 0, 10}));
    ASSERT_FALSE(trail.empty());
    EXPECT_EQ(trail.front().action, AuditAction::ContractChanged);
    ASSERT_EQ(trail.front().changes.size(), 1U);
    EXPECT_EQ(trail.front().changes[0].field, "groupName");

    const std::vector<Contract> twice{fullContract("DUP-1"), fullContract("DUP-1")};
    EXPECT_EQ(repo->importContracts(twice, ExistingContracts::Replace, "ben").error().kind,
              ErrorKind::InvalidArgument);
    EXPECT_EQ(repo->importContracts(file, ExistingContracts::Replace, "").error().kind,
              ErrorKind::InvalidArgument);
}

TEST_P(RepositoryTest, AnImportStoresEachContractsPickupHistoryInTheSameTransaction) {
    auto repo = open();
    const Contract contract = fullContract("HIST-1");
    std::vector<PickupEntry> early = contract.pickup;
    for (PickupEntry& e : early) {
        e.rooms /= 2;
    }
    const std::vector<PickupSnapshot> history{PickupSnapshot{date("2027-02-01"), early},
                                              PickupSnapshot{date("2027-03-01"), contract.pickup}};
    const std::vector<Contract> file{contract, fullContract("HIST-2")};
    ASSERT_OK_AND_ASSIGN(first, repo->importContracts(file, {history, {}}, ExistingContracts::Refuse, "ana"));
    EXPECT_EQ(first[0].reportsRecorded, 2);
    EXPECT_EQ(first[1].reportsRecorded, 0);
    ASSERT_OK_AND_ASSIGN(stored, repo->pickupSnapshots(first[0].id));
    ASSERT_EQ(stored.size(), 2U);
    expectSamePickup(early, stored[0].snapshot.entries, "2027-02-01");
    expectSamePickup(contract.pickup, stored[1].snapshot.entries, "2027-03-01");
    EXPECT_EQ(stored[1].recordedBy, "ana");
    ASSERT_OK_AND_ASSIGN(none, repo->pickupSnapshots(first[1].id));
    EXPECT_TRUE(none.empty());

    // Twice: nothing is written, not even an audit entry.
    ASSERT_OK_AND_ASSIGN(audit, repo->auditTrail(AuditQuery{}));
    ASSERT_OK_AND_ASSIGN(again, repo->importContracts(file, {history, {}}, ExistingContracts::Refuse, "ben"));
    EXPECT_EQ(again[0].reportsRecorded, 0);
    EXPECT_EQ(again[0].outcome, ImportOutcome::Unchanged);
    ASSERT_OK_AND_ASSIGN(auditAfter, repo->auditTrail(AuditQuery{}));
    EXPECT_EQ(auditAfter.size(), audit.size());

    // A report of a stored date with other figures replaces it; a new date (even without entries) is added;
    // a stored report the file does not name stays.
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(first[0].id, PickupSnapshot{date("2027-01-15"), early}, "carl"));
    const std::vector<PickupSnapshot> changed{PickupSnapshot{date("2027-02-01"), contract.pickup},
                                              PickupSnapshot{date("2027-03-01"), contract.pickup},
                                              PickupSnapshot{date("2027-03-10"), {}}};
    ASSERT_OK_AND_ASSIGN(third, repo->importContracts(file, {changed, {}}, ExistingContracts::Refuse, "ben"));
    EXPECT_EQ(third[0].reportsRecorded, 2);
    EXPECT_EQ(third[0].version, 1) << "the contract itself did not change";
    ASSERT_OK_AND_ASSIGN(after, repo->pickupSnapshots(first[0].id));
    ASSERT_EQ(after.size(), 4U);
    EXPECT_EQ(after[0].snapshot.reportDate, date("2027-01-15"));
    EXPECT_EQ(after[0].recordedBy, "carl");
    expectSamePickup(contract.pickup, after[1].snapshot.entries, "replaced");
    EXPECT_EQ(after[1].recordedBy, "ben");
    EXPECT_EQ(after[2].recordedBy, "ana");
    EXPECT_EQ(after[3].snapshot.reportDate, date("2027-03-10"));
    EXPECT_TRUE(after[3].snapshot.entries.empty());

    // A refused import stores none of its reports.
    Contract renamed = fullContract("HIST-2");
    renamed.groupName = "Another name";
    const std::vector<Contract> refusedFile{fullContract("HIST-0"), contract, renamed};
    const std::vector<PickupSnapshot> more{PickupSnapshot{date("2027-04-01"), contract.pickup}};
    EXPECT_EQ(
        repo->importContracts(refusedFile, {more, more, more}, ExistingContracts::Refuse, "ben").error().kind,
        ErrorKind::AlreadyExists);
    EXPECT_EQ(repo->loadByReference("HIST-0").error().kind, ErrorKind::NotFound);
    ASSERT_OK_AND_ASSIGN(unchanged, repo->pickupSnapshots(first[0].id));
    EXPECT_EQ(unchanged.size(), 4U);
}

TEST_P(RepositoryTest, AnImportedPickupReportUpdatesThePickupAndIsKeptAsAReport) {
    auto repo = open();
    const Contract contract = fullContract("PICK-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_FALSE(contract.pickup.empty());
    PickupEntry changed = contract.pickup.front();
    changed.rooms += 7;
    PickupEntry added{contract.block.back().night, "NEWTYPE", 3};
    const PickupSnapshot report{date("2027-03-01"), {changed, added}};

    ASSERT_OK_AND_ASSIGN(receipt, repo->importPickupReport(created.id, 1, report, "ben"));
    EXPECT_TRUE(receipt.changed);
    EXPECT_EQ(receipt.version, 2);
    ASSERT_OK_AND_ASSIGN(loaded, repo->load(created.id));
    std::vector<PickupEntry> expected = contract.pickup;
    expected.front().rooms = changed.rooms;
    expected.push_back(added);
    expectSamePickup(expected, loaded.contract.pickup, "after the import");
    ASSERT_OK_AND_ASSIGN(snapshots, repo->pickupSnapshots(created.id));
    ASSERT_EQ(snapshots.size(), 1U);
    EXPECT_EQ(snapshots[0].snapshot.reportDate, date("2027-03-01"));
    expectSamePickup(report.entries, snapshots[0].snapshot.entries, "the report");
    EXPECT_EQ(snapshots[0].recordedBy, "ben");

    // The same report again writes nothing.
    ASSERT_OK_AND_ASSIGN(audit, repo->auditTrail(AuditQuery{}));
    ASSERT_OK_AND_ASSIGN(again, repo->importPickupReport(created.id, 2, report, "carl"));
    EXPECT_FALSE(again.changed);
    EXPECT_EQ(again.version, 2);
    ASSERT_OK_AND_ASSIGN(auditAfter, repo->auditTrail(AuditQuery{}));
    EXPECT_EQ(auditAfter.size(), audit.size());
    ASSERT_OK_AND_ASSIGN(snapshotsAfter, repo->pickupSnapshots(created.id));
    ASSERT_EQ(snapshotsAfter.size(), 1U);
    EXPECT_EQ(snapshotsAfter[0].recordedBy, "ben");

    // A report against an outdated version is a conflict, and nothing of it is kept.
    const PickupSnapshot later{date("2027-03-08"), {PickupEntry{changed.night, changed.roomType, 1}}};
    const Result<SaveReceipt> stale = repo->importPickupReport(created.id, 1, later, "carl");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().kind, ErrorKind::Conflict);
    ASSERT_OK_AND_ASSIGN(unchanged, repo->pickupSnapshots(created.id));
    EXPECT_EQ(unchanged.size(), 1U);
    ASSERT_OK_AND_ASSIGN(stillLoaded, repo->load(created.id));
    EXPECT_EQ(stillLoaded.version, 2);
}

// --- Scenarios --------------------------------------------------------------------------------------------

TEST_P(RepositoryTest, ScenariosAreSavedReplacedAndRemovedByName) {
    auto repo = open();
    const Contract contract = fullContract("WHATIF-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    const Scenario full = fullScenario(contract, "Worst case");
    Scenario empty;
    empty.name = "Empty lists";
    empty.overrides.pickup = std::vector<PickupEntry>{};
    empty.overrides.resale = std::vector<ResaleEntry>{};
    Scenario plain;
    plain.name = "As contracted";
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, full, "ana"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, empty, "ben"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, plain, "ben"));

    ASSERT_OK_AND_ASSIGN(stored, repo->scenarios(created.id));
    ASSERT_EQ(stored.size(), 3U);
    // In the order they were saved in, not of their names.
    expectSameScenario(full, stored[0].scenario);
    expectSameScenario(empty, stored[1].scenario);
    expectSameScenario(plain, stored[2].scenario);
    EXPECT_EQ(stored[0].savedBy, "ana");

    Scenario changed = full;
    changed.overrides.pickup.reset();
    changed.overrides.uniformPickup = pct("50");
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, changed, "carl"));
    ASSERT_OK_AND_ASSIGN(after, repo->scenarios(created.id));
    ASSERT_EQ(after.size(), 3U);
    expectSameScenario(changed, after[0].scenario); // replaced in its place
    EXPECT_EQ(after[0].savedBy, "carl");

    ASSERT_STORAGE_OK(repo->removeScenario(created.id, "Empty lists", "ana"));
    EXPECT_EQ(repo->removeScenario(created.id, "Empty lists", "ana").error().kind, ErrorKind::NotFound);
    ASSERT_OK_AND_ASSIGN(left, repo->scenarios(created.id));
    EXPECT_EQ(left.size(), 2U);
}

TEST_P(RepositoryTest, ScenariosKeepTheirOrderWhenChangedRenamedOrRemoved) {
    auto repo = open();
    const Contract contract = fullContract("ORDER-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    const auto names = [&] {
        std::vector<std::string> out;
        const Result<std::vector<StoredScenario>> read = repo->scenarios(created.id);
        EXPECT_TRUE(read.ok());
        if (read.ok()) {
            for (const StoredScenario& s : read.value()) {
                out.push_back(s.scenario.name);
            }
        }
        return out;
    };
    for (const char* name : {"Pickup 90%", "Zero pickup", "As contracted", "Mid"}) {
        Scenario s;
        s.name = name;
        ASSERT_STORAGE_OK(repo->saveScenario(created.id, s, "ana"));
    }
    EXPECT_EQ(names(), (std::vector<std::string>{"Pickup 90%", "Zero pickup", "As contracted", "Mid"}));

    // A change of settings or of name leaves the scenario where it was.
    Scenario zero;
    zero.name = "Zero pickup";
    zero.overrides.uniformPickup = pct("0");
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, zero, "ben"));
    ASSERT_STORAGE_OK(repo->renameScenario(created.id, "Pickup 90%", "Pickup 80%", "ben"));
    EXPECT_EQ(names(), (std::vector<std::string>{"Pickup 80%", "Zero pickup", "As contracted", "Mid"}));
    ASSERT_OK_AND_ASSIGN(renamed, repo->scenarios(created.id));
    EXPECT_EQ(renamed[0].savedBy, "ben");
    expectSameScenario(zero, renamed[1].scenario);

    // The rename is in the audit trail, as a change of the name.
    AuditQuery query;
    query.contract = created.id;
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(query));
    const auto entry = std::find_if(trail.begin(), trail.end(),
                                    [](const AuditEntry& e) { return e.subject == "Pickup 80%"; });
    ASSERT_NE(entry, trail.end());
    EXPECT_EQ(entry->action, AuditAction::ScenarioSaved);
    ASSERT_EQ(entry->changes.size(), 1U);
    EXPECT_EQ(entry->changes[0].field, "name");
    EXPECT_EQ(entry->changes[0].before, "Pickup 90%");
    EXPECT_EQ(entry->changes[0].after, "Pickup 80%");

    // Another scenario's name, a missing scenario, no name: refused, nothing changes.
    EXPECT_EQ(repo->renameScenario(created.id, "Mid", "Zero pickup", "ben").error().kind,
              ErrorKind::AlreadyExists);
    EXPECT_EQ(repo->renameScenario(created.id, "Nope", "Other", "ben").error().kind, ErrorKind::NotFound);
    EXPECT_FALSE(repo->renameScenario(created.id, "Mid", "", "ben").ok());
    EXPECT_EQ(names(), (std::vector<std::string>{"Pickup 80%", "Zero pickup", "As contracted", "Mid"}));

    // Removing one leaves the others in order; a new one comes last.
    ASSERT_STORAGE_OK(repo->removeScenario(created.id, "Zero pickup", "ben"));
    Scenario again;
    again.name = "A new one";
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, again, "ben"));
    EXPECT_EQ(names(), (std::vector<std::string>{"Pickup 80%", "As contracted", "Mid", "A new one"}));
}

// --- Accounts ---------------------------------------------------------------------------------------------

TEST_P(RepositoryTest, AccountsShowTheirContractHistory) {
    auto repo = open();
    Contract c2026 = smallContract("ACME-26", "Acme 2026", "Acme Corp", "H1", "ana",
                                   ContractStatus::Actualized, "2026-03-01", 3, 40);
    Contract c2027 = smallContract("ACME-27", "Acme 2027", "Acme Corp", "H2", "ana",
                                   ContractStatus::Cancelled, "2027-03-01", 2, 50);
    c2027.cancellationNotice = date("2026-12-01");
    Contract c2027b = smallContract("ACME-27B", "Acme 2027 rebooked", "Acme Corp", "H1", "ben",
                                    ContractStatus::Definite, "2027-09-01", 2, 45);
    Contract other = smallContract("ZED-1", "Zed", "Zed Partners", "H1", "ana", ContractStatus::Definite,
                                   "2027-01-01", 1, 10);
    Contract none =
        smallContract("NONE-1", "No account", "", "H1", "ana", ContractStatus::Definite, "2027-01-01", 1, 10);
    for (const Contract* c : {&c2027b, &c2026, &other, &c2027, &none}) {
        ASSERT_STORAGE_OK(repo->save(*c, kNewContract, "ana"));
    }

    ASSERT_OK_AND_ASSIGN(accounts, repo->accounts());
    ASSERT_EQ(accounts.size(), 2U);
    EXPECT_EQ(accounts[0].name, "Acme Corp");
    EXPECT_EQ(accounts[0].contracts, 3);
    EXPECT_EQ(accounts[0].cancelled, 1);
    EXPECT_EQ(accounts[0].roomNights, 120 + 100 + 90);
    EXPECT_EQ(accounts[0].firstArrival, date("2026-03-01"));
    EXPECT_EQ(accounts[0].lastArrival, date("2027-09-01"));
    EXPECT_EQ(accounts[1].name, "Zed Partners");

    ASSERT_OK_AND_ASSIGN(history, repo->accountHistory("Acme Corp"));
    EXPECT_EQ(history.account.contracts, 3);
    ASSERT_EQ(history.contracts.size(), 3U);
    EXPECT_EQ(history.contracts[0].reference, "ACME-26");
    EXPECT_EQ(history.contracts[1].reference, "ACME-27");
    EXPECT_TRUE(history.contracts[1].cancellationNoticed);
    EXPECT_EQ(history.contracts[2].reference, "ACME-27B");
    EXPECT_EQ(repo->accountHistory("Nobody").error().kind, ErrorKind::NotFound);

    // An organizer stays known after its contracts are removed or moved to another account.
    ASSERT_OK_AND_ASSIGN(zed, repo->loadByReference("ZED-1"));
    Contract moved = zed.contract;
    moved.account = "Zed Holdings";
    ASSERT_STORAGE_OK(repo->save(moved, zed.version, "ana"));
    ASSERT_OK_AND_ASSIGN(after, repo->accounts());
    ASSERT_EQ(after.size(), 3U);
    EXPECT_EQ(after[1].name, "Zed Holdings");
    EXPECT_EQ(after[2].name, "Zed Partners");
    EXPECT_EQ(after[2].contracts, 0);
    EXPECT_FALSE(after[2].firstArrival.has_value());
}

// --- Audit trail ------------------------------------------------------------------------------------------

TEST_P(RepositoryTest, TheAuditTrailRecordsWhoChangedWhatAndWhen) {
    auto repo = open();
    Contract contract = fullContract("AUD-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    contract.pickup[0].rooms = 77;
    contract.attrition.performanceLevel = pct("90");
    contract.notes = "new notes";
    ASSERT_OK_AND_ASSIGN(changed, repo->save(contract, 1, "ben"));
    ASSERT_STORAGE_OK(
        repo->recordPickupSnapshot(created.id, PickupSnapshot{date("2027-03-01"), contract.pickup}, "carl"));
    ASSERT_STORAGE_OK(repo->saveScenario(created.id, fullScenario(contract, "Low"), "carl"));
    ASSERT_STORAGE_OK(repo->removeScenario(created.id, "Low", "ana"));
    ASSERT_STORAGE_OK(repo->rename(created.id, 2, "AUD-2", "ana"));
    ASSERT_OK_AND_ASSIGN(other, repo->save(fullContract("OTHER-1"), kNewContract, "dora"));

    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{created.id, std::nullopt, 0, 100}));
    ASSERT_EQ(trail.size(), 6U);
    EXPECT_EQ(trail[5].action, AuditAction::ContractCreated);
    EXPECT_EQ(trail[5].user, "ana");
    EXPECT_EQ(trail[5].at, created.savedAt);
    EXPECT_EQ(trail[5].version, 1);
    EXPECT_EQ(trail[5].reference, "AUD-1");

    const AuditEntry& change = trail[4];
    EXPECT_EQ(change.action, AuditAction::ContractChanged);
    EXPECT_EQ(change.user, "ben");
    EXPECT_EQ(change.at, changed.savedAt);
    EXPECT_EQ(change.version, 2);
    const Contract before = fullContract("AUD-1");
    EXPECT_EQ(change.changes, compareContracts(before, contract));
    ASSERT_EQ(change.changes.size(), 3U);
    EXPECT_EQ(change.changes[0].field, "pickup[2027-05-09 KING]");
    EXPECT_EQ(change.changes[0].before, "15 rooms");
    EXPECT_EQ(change.changes[0].after, "77 rooms");
    EXPECT_EQ(change.changes[1].field, "attrition.performanceLevel");
    EXPECT_EQ(change.changes[1].before, "85%");
    EXPECT_EQ(change.changes[1].after, "90%");
    EXPECT_EQ(change.changes[2].field, "notes");

    EXPECT_EQ(trail[3].action, AuditAction::SnapshotRecorded);
    EXPECT_EQ(trail[3].subject, "2027-03-01");
    EXPECT_EQ(trail[2].action, AuditAction::ScenarioSaved);
    EXPECT_EQ(trail[2].subject, "Low");
    EXPECT_FALSE(trail[2].changes.empty());
    EXPECT_EQ(trail[1].action, AuditAction::ScenarioRemoved);
    EXPECT_EQ(trail[0].action, AuditAction::ContractRenamed);
    EXPECT_EQ(trail[0].reference, "AUD-2");
    EXPECT_EQ(trail[0].changes, (std::vector<FieldChange>{{"reference", "AUD-1", "AUD-2"}}));

    ASSERT_OK_AND_ASSIGN(everyone, repo->auditTrail(AuditQuery{}));
    EXPECT_EQ(everyone.size(), 7U);
    EXPECT_EQ(everyone[0].contract, other.id);
    ASSERT_OK_AND_ASSIGN(carls, repo->auditTrail(AuditQuery{std::nullopt, std::string("carl"), 0, 100}));
    EXPECT_EQ(carls.size(), 2U);
    ASSERT_OK_AND_ASSIGN(page, repo->auditTrail(AuditQuery{std::nullopt, std::nullopt, 2, 3}));
    ASSERT_EQ(page.size(), 3U);
    EXPECT_EQ(page[0].id, everyone[2].id);
}

TEST_P(RepositoryTest, TheAuditTrailKeepsEveryValueOfARemovedContract) {
    auto repo = open();
    const Contract contract = fullContract("KEPT-1");
    ASSERT_OK_AND_ASSIGN(created, repo->save(contract, kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->remove(created.id, 1, "ben"));
    ASSERT_OK_AND_ASSIGN(trail, repo->auditTrail(AuditQuery{created.id, std::nullopt, 0, 10}));
    ASSERT_EQ(trail.size(), 2U);
    EXPECT_EQ(trail[0].action, AuditAction::ContractRemoved);
    EXPECT_EQ(trail[0].user, "ben");
    EXPECT_EQ(trail[0].reference, "KEPT-1");
    const auto fields = describeFields(contract);
    ASSERT_EQ(trail[0].changes.size(), fields.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        EXPECT_EQ(trail[0].changes[i].field, fields[i].first);
        EXPECT_EQ(trail[0].changes[i].before, fields[i].second);
        EXPECT_EQ(trail[0].changes[i].after, "");
    }
}

TEST_P(RepositoryTest, LocationNamesTheDatabaseWithoutAPassword) {
    auto repo = open();
    if (engine() == Engine::SQLite) {
        EXPECT_EQ(repo->location(),
                  QDir::toNativeSeparators(QString::fromStdString(settings().file)).toStdString());
    } else {
        EXPECT_EQ(repo->location().rfind("postgresql://", 0), 0U) << repo->location();
        EXPECT_NE(repo->location().find(settings().database), std::string::npos);
    }
    EXPECT_EQ(repo->engine(), engine());
    EXPECT_EQ(repo->schemaVersion(), latestSchemaVersion(engine()));
    ASSERT_OK_AND_ASSIGN(problems, repo->checkIntegrity());
    EXPECT_TRUE(problems.empty());
}

INSTANTIATE_TEST_SUITE_P(Engines, RepositoryTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);
INSTANTIATE_TEST_SUITE_P(Engines, ContractListTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
