// The shape of an Assessment: totals, lines per component, deposits, informational lines, warnings,
// scenarios, currency.

#include "test_contracts.h"

#include <gtest/gtest.h>
#include <set>

namespace attrition::test {
namespace {

/// Everything at once: night-by-night attrition with tax, F&B with service charge and tax, a scaled meeting
/// room with tax, comps, and two deposits.
///   Rooms: example A night by night: 2,640.00; tax 10%: 264.00.
///   F&B: example C: 2,348.50; tax 208.43.
///   Meeting: pickup 210 / 240 = 87.5%: 50% of 2,000.00 = 1,000.00; tax 5%: 50.00.
///   Subtotal 5,988.50; tax 522.43; total 6,510.93; deposits 1,000.00 + 500.00.
ContractBuilder everything() {
    ContractBuilder b;
    b.stay("2027-05-09", 4)
        .block("2027-05-09", 20, "150.00")
        .block("2027-05-10", 100, "150.00")
        .block("2027-05-11", 100, "150.00")
        .block("2027-05-12", 20, "150.00")
        .pickup("2027-05-09", 5)
        .pickup("2027-05-10", 100)
        .pickup("2027-05-11", 100)
        .pickup("2027-05-12", 5)
        .damagesFactor("80")
        .nightByNight()
        .attritionTaxable("10")
        .fbMinimum("40000.00")
        .fbAllowance("10")
        .fbSpend("30500.00")
        .fbDamagesFactor("35")
        .serviceCharge("22")
        .fbTax("8.875", true, true)
        .meetingRental("2000.00")
        .exampleDScale()
        .meetingTaxable("5")
        .comps(50)
        .deposit("2026-07-01", "1000.00", "first")
        .deposit("2026-09-01", "500.00", "second");
    return b;
}

TEST(EngineAssessmentStructure, TotalsOfAFullContract) {
    const Contract c = everything().build();
    const Assessment a = assessOrFail(c);
    EXPECT_FALSE(a.cancelled);
    EXPECT_EQ(a.currency, USD());
    EXPECT_EQ(a.rooms, usd("2640.00")) << dump(a);
    EXPECT_EQ(a.foodBeverage, usd("2348.50"));
    EXPECT_EQ(a.meetingRoom, usd("1000.00"));
    EXPECT_EQ(a.cancellation, usd("0.00"));
    EXPECT_EQ(a.subtotal, usd("5988.50"));
    EXPECT_EQ(a.tax, usd("522.43")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("6510.93"));
    EXPECT_EQ(a.depositsApplied, usd("1500.00"));
    EXPECT_EQ(a.netDue, usd("5010.93"));
    EXPECT_EQ(a.depositBalance, usd("0.00"));
    EXPECT_EQ(a.compRoomNights, 4); // 210 / 50
    EXPECT_TRUE(totalsAreConsistent(c, a));
    EXPECT_TRUE(amountsInContractCurrency(c, a));
}

TEST(EngineAssessmentStructure, EachComponentsLinesAddUpToItsTotal) {
    const Contract c = everything().build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(sumAmounts(linesOf(a, Component::Rooms), USD()), a.rooms) << dump(a);
    EXPECT_EQ(sumAmounts(linesOf(a, Component::FoodBeverage), USD()), a.foodBeverage) << dump(a);
    EXPECT_EQ(sumAmounts(linesOf(a, Component::MeetingRoom), USD()), a.meetingRoom) << dump(a);
    EXPECT_EQ(sumAmounts(linesOf(a, Component::Cancellation), USD()), a.cancellation) << dump(a);
    EXPECT_EQ(sumAmounts(linesOf(a, Component::Tax), USD()), a.tax) << dump(a);
    EXPECT_EQ(sumAmounts(linesOf(a, Component::Comps), USD()), usd("0.00")) << dump(a);
    const auto taxes = linesOf(a, Component::Tax);
    EXPECT_EQ(taxes.size(), 3U) << dump(a); // rooms, F&B, meeting room
}

TEST(EngineAssessmentStructure, OneDepositLinePerDeposit) {
    const Contract c = everything().build();
    const Assessment a = assessOrFail(c);
    const auto deposits = linesOf(a, Component::Deposits);
    ASSERT_EQ(deposits.size(), 2U) << dump(a);
    EXPECT_EQ(english(deposits[0]->explanation), "Deposit received 2026-07-01: 1,000.00, 1,000.00 applied");
    EXPECT_EQ(english(deposits[1]->explanation), "Deposit received 2026-09-01: 500.00, 500.00 applied");
    EXPECT_FALSE(hasWarning(a, MessageId::WarnDepositsExceedOwed));
}

TEST(EngineAssessmentStructure, DepositsBeyondTheTotalAreABalance) {
    // Example E: fee 28,680.00; deposits 20,000.00 + 10,000.00: applied 28,680.00, balance 1,320.00.
    const Contract c = ContractBuilder()
                           .signedOn("2026-06-01")
                           .stay("2027-06-10", 4)
                           .blockEveryNight(60, "189.00")
                           .fbMinimum("12000.00")
                           .cancellationBasis(CancellationBasis::TotalRevenue)
                           .exampleETiers()
                           .noticeReceived("2027-03-01")
                           .deposit("2026-07-01", "20000.00")
                           .deposit("2026-08-01", "10000.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.totalOwed, usd("28680.00"));
    EXPECT_EQ(a.depositsApplied, usd("28680.00"));
    EXPECT_EQ(a.netDue, usd("0.00"));
    EXPECT_EQ(a.depositBalance, usd("1320.00"));
    const auto deposits = linesOf(a, Component::Deposits);
    ASSERT_EQ(deposits.size(), 2U) << dump(a);
    // docs/ENGINE.md: deposits are applied in the order listed.
    EXPECT_EQ(english(deposits[0]->explanation), "Deposit received 2026-07-01: 20,000.00, 20,000.00 applied");
    EXPECT_EQ(english(deposits[1]->explanation), "Deposit received 2026-08-01: 10,000.00, 8,680.00 applied");
    const Message* w = warningWith(a, MessageId::WarnDepositsExceedOwed);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w), "Deposits exceed the amount owed by 1,320.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineAssessmentStructure, DepositsWhenNothingIsOwed) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 10, "100.00")
                           .pickup("2027-05-09", 10)
                           .deposit("2026-07-01", "250.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.totalOwed, usd("0.00"));
    EXPECT_EQ(a.depositsApplied, usd("0.00"));
    EXPECT_EQ(a.netDue, usd("0.00"));
    EXPECT_EQ(a.depositBalance, usd("250.00"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
    EXPECT_TRUE(amountsInContractCurrency(c, a));
}

TEST(EngineAssessmentStructure, InformationalLinesCarryZero) {
    const std::set<MessageId> informational = {MessageId::BlockSummary,
                                               MessageId::ReductionHonoured,
                                               MessageId::CountedPickup,
                                               MessageId::UnusedRoomsRate,
                                               MessageId::AverageRate,
                                               MessageId::RequiredCumulative,
                                               MessageId::RequiredCumulativeRounded,
                                               MessageId::RequiredNight,
                                               MessageId::RequiredNightRounded,
                                               MessageId::PerformanceMet,
                                               MessageId::ResaleByCount,
                                               MessageId::ResaleNotCredited,
                                               MessageId::ResaleByCountNight,
                                               MessageId::AttritionDisabled,
                                               MessageId::FbRequired,
                                               MessageId::FbMet,
                                               MessageId::MeetingNoBand,
                                               MessageId::CompsEarned,
                                               MessageId::CompsEarnedPerNight,
                                               MessageId::CancelNoticeTier,
                                               MessageId::CancelNoticeOpenTier};
    std::vector<Contract> contracts = {everything().build()};
    contracts.push_back(everything().cumulative().performanceLevel("50").build());
    contracts.push_back(everything().rateBasis(RateBasis::Average).build());
    contracts.push_back(everything().noAttrition().build());
    contracts.push_back(everything().comps(50, true).build());
    {
        ContractBuilder b = everything();
        b.noticeReceived("2027-03-01").exampleETiers();
        contracts.push_back(b.build());
    }
    for (const Contract& c : contracts) {
        const Assessment a = assessOrFail(c);
        for (const AssessmentLine& line : a.lines) {
            if (informational.count(line.explanation.id) != 0) {
                EXPECT_TRUE(line.amount.isZero()) << renderEnglish(line.explanation) << "\n" << dump(a);
            }
        }
        EXPECT_TRUE(totalsAreConsistent(c, a));
    }
}

TEST(EngineAssessmentStructure, BlockSummaryAfterReductions) {
    const Contract c = ContractBuilder()
                           .signedOn("2026-10-01")
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "150.00")
                           .pickupEveryNight(67)
                           .reviewStep("2027-04-01", "20")
                           .reduceEveryNight("2027-03-20", 85)
                           .build();
    const Assessment a = assessOrFail(c);
    const AssessmentLine* summary = lineWith(a, MessageId::BlockSummary);
    ASSERT_NE(summary, nullptr) << dump(a);
    EXPECT_EQ(english(summary->explanation),
              "Block: 300 room nights contracted, 255 after honoured reductions");
}

TEST(EngineAssessmentStructure, NightByNightLinesNameTheirNight) {
    const Assessment a = assessOrFail(everything().build());
    for (const AssessmentLine& line : a.lines) {
        if (line.explanation.id == MessageId::RoomDamagesNight ||
            line.explanation.id == MessageId::RequiredNight ||
            line.explanation.id == MessageId::RequiredNightRounded) {
            EXPECT_TRUE(line.night.has_value()) << renderEnglish(line.explanation);
        }
    }
}

TEST(EngineAssessmentStructure, ZeroTotalsAreInTheContractCurrency) {
    for (const Currency cur : {USD(), JPY(), KWD()}) {
        const Contract c = ContractBuilder(cur)
                               .stay("2027-05-09", 1)
                               .block("2027-05-09", 10, cur.decimals() == 0 ? "20000" : "100")
                               .pickup("2027-05-09", 10)
                               .build();
        const Assessment a = assessOrFail(c);
        EXPECT_EQ(a.currency, cur);
        EXPECT_EQ(a.totalOwed, Money::zero(cur));
        EXPECT_TRUE(amountsInContractCurrency(c, a));
    }
}

TEST(EngineAssessmentStructure, AssessingTwiceGivesTheSameAssessment) {
    const Contract c = everything().build();
    const Assessment a = assessOrFail(c);
    const Assessment b = assessOrFail(c);
    ASSERT_EQ(a.lines.size(), b.lines.size());
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        EXPECT_EQ(a.lines[i].amount, b.lines[i].amount);
        EXPECT_EQ(renderEnglish(a.lines[i].explanation), renderEnglish(b.lines[i].explanation));
    }
    EXPECT_EQ(a.totalOwed, b.totalOwed);
}

TEST(EngineAssessmentStructure, ComponentNames) {
    std::set<std::string> names;
    for (Component k : {Component::Rooms, Component::FoodBeverage, Component::MeetingRoom,
                        Component::Cancellation, Component::Comps, Component::Tax, Component::Deposits}) {
        const std::string name(toString(k));
        EXPECT_FALSE(name.empty());
        names.insert(name);
    }
    EXPECT_EQ(names.size(), 7U);
}

TEST(EngineAssessmentStructure, LargestAllowedAmountsAreComputedExactly) {
    // 100,000 rooms at 9,999,999,999.99: anticipated revenue 99,999,999,999,900,000 cents, just under 10^17.
    // Nobody came, p = 100%: the whole of it is owed, with 8.875% tax: 8,874,999,999,991,125 cents.
    ContractBuilder b;
    b.stay("2027-05-09", 1).pickup("2027-05-09", 0).performanceLevel("100").attritionTaxable("8.875");
    b.raw().block.push_back(BlockEntry{date("2027-05-09"), "KING", 100000, Money(999'999'999'999, USD())});
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, Money(99'999'999'999'900'000, USD()));
    EXPECT_EQ(a.tax, Money(8'874'999'999'991'125, USD()));
    EXPECT_EQ(a.totalOwed, Money(108'874'999'999'891'125, USD()));
    EXPECT_TRUE(totalsAreConsistent(c, a));
    const std::vector<PickupSweepPoint> points = sweepPickup(c, 0, 150, 50);
    ASSERT_EQ(points.size(), 4U);
    EXPECT_EQ(points[0].roomDamages, a.rooms);
    EXPECT_EQ(points[1].roomDamages, Money(49'999'999'999'950'000, USD()));
}

// --- Warnings ----------------------------------------------------------------------------------------------

TEST(EngineAssessmentStructure, NoPickupRecorded) {
    const Contract c = ContractBuilder().stay("2027-05-09", 2).blockEveryNight(10, "100.00").build();
    const Assessment a = assessOrFail(c);
    const Message* w = warningWith(a, MessageId::WarnNoPickup);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w), "No pickup is recorded: the assessment assumes no room was picked up");
    EXPECT_EQ(a.pickedUpRoomNights, 0);
    EXPECT_EQ(a.rooms, usd("1600.00")); // required 16 x 100.00
}

TEST(EngineAssessmentStructure, MarkedCancelledWithoutANoticeIsAssessedUnderAttrition) {
    const Contract c = ContractBuilder()
                           .status(ContractStatus::Cancelled)
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 10, "100.00")
                           .pickup("2027-05-09", 5)
                           .tier(0, std::nullopt, "100")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_FALSE(a.cancelled);
    EXPECT_EQ(a.rooms, usd("300.00")); // required 8, pickup 5
    EXPECT_EQ(a.cancellation, usd("0.00"));
    const Message* w = warningWith(a, MessageId::WarnCancelledWithoutNotice);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w),
              "The contract is marked cancelled but has no cancellation notice date: assessed under "
              "attrition");
}

TEST(EngineAssessmentStructure, CleanAssessmentHasNoWarnings) {
    const Assessment a = assessOrFail(everything().build());
    std::string warnings;
    for (const Message& w : a.warnings) {
        warnings += "\n  " + renderEnglish(w);
    }
    EXPECT_TRUE(a.warnings.empty()) << warnings;
}

// --- Scenarios ---------------------------------------------------------------------------------------------

ContractBuilder cancelledExampleE() {
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-06-10", 4)
        .blockEveryNight(60, "189.00")
        .pickupEveryNight(30)
        .fbMinimum("12000.00")
        .cancellationBasis(CancellationBasis::TotalRevenue)
        .exampleETiers()
        .noticeReceived("2027-03-01");
    return b;
}

TEST(EngineAssessmentStructure, ScenarioWithoutCancellation) {
    // Block 240 room nights, pickup 120; required 192: 72 x 189.00 = 13,608.00; F&B minimum 12,000.00 with
    // nothing spent: 12,000.00.
    const Contract c = cancelledExampleE().build();
    ScenarioOverrides o;
    o.withoutCancellation = true;
    const Assessment a = assessOrFail(c, o);
    EXPECT_FALSE(a.cancelled);
    EXPECT_EQ(a.cancellation, usd("0.00"));
    EXPECT_EQ(a.rooms, usd("13608.00")) << dump(a);
    EXPECT_EQ(a.foodBeverage, usd("12000.00"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineAssessmentStructure, ScenarioCancellationNotice) {
    ContractBuilder b = cancelledExampleE();
    b.raw().cancellationNotice.reset();
    const Contract c = b.build();
    EXPECT_FALSE(assessOrFail(c).cancelled);
    ScenarioOverrides o;
    o.cancellationNotice = date("2027-04-01"); // 70 days: 75%
    const Assessment a = assessOrFail(c, o);
    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(a.cancellation, usd("43020.00")) << dump(a);
}

TEST(EngineAssessmentStructure, ScenarioPickupAndSpend) {
    const Contract c = everything().build();
    ScenarioOverrides pickup;
    pickup.pickup = std::vector<PickupEntry>{{date("2027-05-09"), "KING", 20},
                                             {date("2027-05-10"), "KING", 50},
                                             {date("2027-05-11"), "KING", 100},
                                             {date("2027-05-12"), "KING", 20}};
    // Mon 80 required, 50 picked up: 30 x 150.00 x 80% = 3,600.00.
    EXPECT_EQ(assessOrFail(c, pickup).rooms, usd("3600.00"));

    ScenarioOverrides uniform;
    uniform.uniformPickup = pct("100");
    EXPECT_EQ(assessOrFail(c, uniform).rooms, usd("0.00"));
    EXPECT_EQ(assessOrFail(c, uniform).meetingRoom, usd("0.00"));

    ScenarioOverrides spend;
    spend.foodBeverageSpend = usd("36000.00");
    const Assessment met = assessOrFail(c, spend);
    EXPECT_EQ(met.foodBeverage, usd("0.00"));
    EXPECT_EQ(met.rooms, usd("2640.00"));
}

TEST(EngineAssessmentStructure, ScenarioResale) {
    // Example B with its resale replaced: 30 resold: by count nothing is owed.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "200.00")
                           .pickupEveryNight(70)
                           .resaleCredit(ResaleCreditMethod::ByCount)
                           .resale("2027-05-09", 12, "180.00")
                           .resale("2027-05-10", 5, "250.00")
                           .build();
    EXPECT_EQ(assessOrFail(c).rooms, usd("2600.00"));
    ScenarioOverrides o;
    o.resale = std::vector<ResaleEntry>{{date("2027-05-11"), 30, usd("150.00")}};
    EXPECT_EQ(assessOrFail(c, o).rooms, usd("0.00"));
    o.resale = std::vector<ResaleEntry>{};
    EXPECT_EQ(assessOrFail(c, o).rooms, usd("6000.00"));
}

TEST(EngineAssessmentStructure, ScenarioLeavesTheContractUntouched) {
    const Contract c = everything().build();
    const Money before = assessOrFail(c).totalOwed;
    ScenarioOverrides o;
    o.uniformPickup = pct("10");
    (void)assessOrFail(c, o);
    EXPECT_EQ(assessOrFail(c).totalOwed, before);
}

} // namespace
} // namespace attrition::test
