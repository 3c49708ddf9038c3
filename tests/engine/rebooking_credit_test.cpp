// Rebooking credits: part of one contract's damages waived and granted on a future contract of the same
// account; the receiving contract's assessment applies it as its own line, never more than it owes.

#include "test_contracts.h"

#include <gtest/gtest.h>

namespace attrition::test {
namespace {

/// One night of 100 rooms at 150.00, 70 picked up, 80% performance: 10 room nights short, 1,500.00 owed.
ContractBuilder receiving() {
    ContractBuilder b;
    b.reference("ACME-2028")
        .stay("2028-03-05", 1)
        .block("2028-03-05", 100, "150.00")
        .pickup("2028-03-05", 70);
    b.raw().account = "Acme Association";
    return b;
}

/// A past contract of the account whose settlement waived 1,000.00 and granted `credit` of it.
Contract source(std::string reference, std::string account, std::string_view credit,
                std::string creditContract = "ACME-2028") {
    ContractBuilder b;
    b.reference(std::move(reference)).stay("2027-05-09", 1).block("2027-05-09", 10, "100.00");
    Contract c = b.build();
    c.account = std::move(account);
    c.settlement.assessed = usd("3000.00");
    c.settlement.waived = usd("1000.00");
    c.settlement.waiverReason = "Rebooking";
    c.settlement.creditAmount = usd(credit);
    c.settlement.creditContract = std::move(creditContract);
    return c;
}

const AssessmentLine* creditLine(const Assessment& a) {
    for (const AssessmentLine& line : a.lines) {
        if (line.explanation.id == MessageId::RebookingCreditApplied) {
            return &line;
        }
    }
    return nullptr;
}

TEST(RebookingCredit, IsItsOwnLineAndLowersWhatIsDue) {
    const Contract c = receiving().build();
    const std::vector<RebookingCredit> credits = {{"ACME-2027", usd("600.00")}};
    const Assessment a = assess(c, {}, credits);
    EXPECT_EQ(a.totalOwed, usd("1500.00"));
    EXPECT_EQ(a.creditsApplied, usd("600.00"));
    EXPECT_EQ(a.netDue, usd("900.00"));
    const AssessmentLine* line = creditLine(a);
    ASSERT_NE(line, nullptr);
    EXPECT_EQ(line->amount, usd("-600.00"));
    EXPECT_EQ(renderEnglish(line->explanation),
              "Rebooking credit from contract ACME-2027: 600.00 of the damages waived there granted on this "
              "contract, 600.00 applied (never more than owed here)");
    // Without credits nothing changes.
    const Assessment plain = assess(c);
    EXPECT_EQ(plain.creditsApplied, usd("0.00"));
    EXPECT_EQ(plain.netDue, usd("1500.00"));
    EXPECT_EQ(creditLine(plain), nullptr);
}

TEST(RebookingCredit, NeverMoreThanTheContractsDamages) {
    const Contract c = receiving().build();
    const std::vector<RebookingCredit> credits = {{"ACME-2027", usd("1200.00")},
                                                  {"ACME-2026", usd("300.01")}};
    const Assessment a = assess(c, {}, credits);
    EXPECT_EQ(a.creditsApplied, usd("1500.00"));
    EXPECT_EQ(a.netDue, usd("0.00"));
    std::vector<Money> applied;
    for (const AssessmentLine& line : a.lines) {
        if (line.explanation.id == MessageId::RebookingCreditApplied) {
            applied.push_back(line.amount);
        }
    }
    EXPECT_EQ(applied, (std::vector<Money>{usd("-1200.00"), usd("-300.00")}));
}

TEST(RebookingCredit, AppliedBeforeTheDeposits) {
    ContractBuilder b = receiving();
    b.deposit("2027-06-01", "1000.00");
    const std::vector<RebookingCredit> credits = {{"ACME-2027", usd("600.00")}};
    const Assessment a = assess(b.build(), {}, credits);
    EXPECT_EQ(a.creditsApplied, usd("600.00"));
    EXPECT_EQ(a.depositsApplied, usd("900.00"));
    EXPECT_EQ(a.netDue, usd("0.00"));
    EXPECT_EQ(a.depositBalance, usd("100.00"));
}

TEST(RebookingCredit, TheTotalsAloneAreThoseOfTheItemizedAssessment) {
    ContractBuilder b = receiving();
    b.deposit("2027-06-01", "1000.00");
    const Contract c = b.build();
    const std::vector<RebookingCredit> credits = {{"ACME-2027", usd("600.00")}};
    for (const int points : {0, 70, 76, 80, 100}) {
        ScenarioOverrides o;
        o.uniformPickup = Percent::fromPoints(points);
        const Assessment full = assess(c, o, credits);
        const Assessment totals = assessTotals(c, o, credits);
        EXPECT_TRUE(totals.lines.empty());
        EXPECT_EQ(totals.totalOwed, full.totalOwed) << points;
        EXPECT_EQ(totals.creditsApplied, full.creditsApplied) << points;
        EXPECT_EQ(totals.depositsApplied, full.depositsApplied) << points;
        EXPECT_EQ(totals.netDue, full.netDue) << points;
        EXPECT_EQ(totals.depositBalance, full.depositBalance) << points;
    }
    // 70%: 1,500.00 owed, 600.00 of credit, 900.00 of the deposit.
    ScenarioOverrides seventy;
    seventy.uniformPickup = Percent::fromPoints(70);
    const Assessment a = assessTotals(c, seventy, credits);
    EXPECT_EQ(a.creditsApplied, usd("600.00"));
    EXPECT_EQ(a.depositsApplied, usd("900.00"));
    EXPECT_EQ(a.netDue, usd("0.00"));
}

TEST(RebookingCredit, OnlyFromAnotherContractOfTheSameAccountNamingThisOne) {
    const Contract c = receiving().build();
    const std::vector<Contract> all = {
        source("ACME-2027", "Acme Association", "600.00"),
        source("OTHER-2027", "Other Society", "400.00"),                // another account
        source("ACME-2026", "Acme Association", "250.00", "ACME-2029"), // another contract
        c,
    };
    const std::vector<RebookingCredit> credits = rebookingCreditsFor(c, all);
    EXPECT_EQ(credits, (std::vector<RebookingCredit>{{"ACME-2027", usd("600.00")}}));
    const Assessment a = assess(c, {}, credits);
    EXPECT_EQ(a.netDue, usd("900.00"));
}

} // namespace
} // namespace attrition::test
