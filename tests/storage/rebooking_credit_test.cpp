// The rebooking credits granted to a contract, read from the settlements of the other contracts of its
// account: every test runs against a fresh SQLite file and against a fresh schema on the PostgreSQL test
// server.

#include "attrition/engine/engine.h"
#include "storage_test_support.h"

namespace attrition::storage::test {
namespace {

class RebookingCreditTest : public EngineTest {};

/// A contract of `account` whose settlement waived 1,000.00 and granted `credit` of it on `creditContract`.
Contract granting(const std::string& reference, const std::string& account, std::string_view credit,
                  const std::string& creditContract, std::string_view code = "USD") {
    Contract c = smallContract(reference, "Annual meeting", account, "Harbour Hotel", "ana",
                               ContractStatus::Actualized, "2026-05-09", 2, 40, code);
    c.settlement.assessed = money("3000.00", code);
    c.settlement.waived = money("1000.00", code);
    c.settlement.waiverReason = "Rebooking";
    c.settlement.creditAmount = money(credit, code);
    c.settlement.creditContract = creditContract;
    return c;
}

Contract receiving(const std::string& reference = "ACME-2028", const std::string& account = "Acme") {
    return smallContract(reference, "Annual meeting", account, "Harbour Hotel", "ana",
                         ContractStatus::Definite, "2028-03-05", 1, 100);
}

TEST_P(RebookingCreditTest, CreditsOfTheSameAccountNamingTheContractInTheOrderTheyWereStored) {
    auto repo = open();
    // Another account naming the same contract grants nothing (saved before that contract was: a save
    // refuses a credit on a stored contract of another account).
    ASSERT_STORAGE_OK(repo->save(granting("OTHER-2026", "Other", "99.00", "ACME-2028"), kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->save(receiving(), kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->save(granting("ACME-2026", "Acme", "250.50", "ACME-2028"), kNewContract, "ana"));
    // A credit on another contract of the account is not this one's.
    ASSERT_STORAGE_OK(repo->save(granting("ACME-2025", "Acme", "75.00", "ACME-2029"), kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->save(granting("ACME-2027", "Acme", "600.00", "ACME-2028"), kNewContract, "ana"));
    // A settlement naming the contract without a credit amount grants nothing.
    ASSERT_STORAGE_OK(repo->save(granting("ACME-2024", "Acme", "0.00", "ACME-2028"), kNewContract, "ana"));

    ASSERT_OK_AND_ASSIGN(credits, repo->rebookingCredits(receiving()));
    const std::vector<RebookingCredit> expected = {{"ACME-2026", money("250.50")},
                                                   {"ACME-2027", money("600.00")}};
    EXPECT_EQ(credits, expected);

    // The same credits the engine finds among every stored contract.
    std::vector<Contract> all;
    ASSERT_STORAGE_OK(repo->forEachContract([&](const StoredContract& s) {
        all.push_back(s.contract);
        return true;
    }));
    EXPECT_EQ(rebookingCreditsFor(receiving(), all), expected);

    // Assessed with them: 100 rooms at 150.00, none picked up, 80% performance: 80 room nights owed at
    // 150.00 = 12,000.00, less 850.50 of credits = 11,149.50.
    const Assessment a = assess(receiving(), {}, credits);
    EXPECT_EQ(a.totalOwed, money("12000.00"));
    EXPECT_EQ(a.creditsApplied, money("850.50"));
    EXPECT_EQ(a.netDue, money("11149.50"));
}

TEST_P(RebookingCreditTest, ReadForTheContractAsItIsNowAndAfterTheGrantingContractIsSaved) {
    auto repo = open();
    ASSERT_OK_AND_ASSIGN(none, repo->rebookingCredits(receiving()));
    EXPECT_TRUE(none.empty());
    // Not stored yet: its credits are read all the same, by its reference and account.
    Contract source = granting("ACME-2027", "Acme", "600.00", "ACME-2028");
    ASSERT_OK_AND_ASSIGN(saved, repo->save(source, kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(one, repo->rebookingCredits(receiving()));
    EXPECT_EQ(one, (std::vector<RebookingCredit>{{"ACME-2027", money("600.00")}}));
    // The granting contract saved with another credit: the new figure is read.
    source.settlement.creditAmount = money("612.34");
    ASSERT_STORAGE_OK(repo->save(source, saved.version, "ben"));
    ASSERT_OK_AND_ASSIGN(changed, repo->rebookingCredits(receiving()));
    EXPECT_EQ(changed, (std::vector<RebookingCredit>{{"ACME-2027", money("612.34")}}));
    // A contract of another account with the same reference gets nothing.
    ASSERT_OK_AND_ASSIGN(other, repo->rebookingCredits(receiving("ACME-2028", "Other")));
    EXPECT_TRUE(other.empty());
    // A contract does not credit itself.
    ASSERT_OK_AND_ASSIGN(self, repo->rebookingCredits(granting("ACME-2027", "Acme", "1.00", "ACME-2027")));
    EXPECT_TRUE(self.empty());
    // Nothing for a contract without a reference.
    ASSERT_OK_AND_ASSIGN(unnamed, repo->rebookingCredits(receiving("", "Acme")));
    EXPECT_TRUE(unnamed.empty());
}

TEST_P(RebookingCreditTest, ContractsWithoutAnAccountCreditEachOtherAsTheEngineDoes) {
    auto repo = open();
    ASSERT_STORAGE_OK(repo->save(granting("SOLO-2026", "", "125.25", "SOLO-2028"), kNewContract, "ana"));
    ASSERT_STORAGE_OK(repo->save(granting("ACME-2026", "Acme", "50.00", "SOLO-2028"), kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(credits, repo->rebookingCredits(receiving("SOLO-2028", "")));
    EXPECT_EQ(credits, (std::vector<RebookingCredit>{{"SOLO-2026", money("125.25")}}));
}

TEST_P(RebookingCreditTest, ACreditInAnotherCurrencyIsReadAsStoredAndTheEngineRefusesIt) {
    auto repo = open();
    ASSERT_STORAGE_OK(
        repo->save(granting("ACME-2027", "Acme", "600.00", "ACME-2028", "EUR"), kNewContract, "ana"));
    ASSERT_OK_AND_ASSIGN(credits, repo->rebookingCredits(receiving()));
    EXPECT_EQ(credits, (std::vector<RebookingCredit>{{"ACME-2027", money("600.00", "EUR")}}));
    EXPECT_THROW(static_cast<void>(assess(receiving(), {}, credits)), CurrencyMismatch);
}

INSTANTIATE_TEST_SUITE_P(Engines, RebookingCreditTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

} // namespace
} // namespace attrition::storage::test
