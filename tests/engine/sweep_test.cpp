// sweepPickup(), sweepCancellation() and sweepFoodBeverage(): the series the charts draw.

#include "test_contracts.h"

#include <gtest/gtest.h>

namespace attrition::test {
namespace {

/// Block 100 x 3 at 150.00; p = 80%; f = 100%; cumulative: at k% pickup (k rooms a night) the group owes
/// (240 - 3k) x 150.00 below 80%.
ContractBuilder hundredByThree() {
    ContractBuilder b;
    b.stay("2027-05-09", 3).blockEveryNight(100, "150.00").pickupEveryNight(50).performanceLevel("80");
    return b;
}

TEST(EngineSweepPickup, DefaultRunsFromZeroTo150PercentIn151Points) {
    const Contract c = hundredByThree().build();
    const std::vector<PickupSweepPoint> points = sweepPickup(c);
    ASSERT_EQ(points.size(), 151U);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto k = static_cast<std::int64_t>(i);
        EXPECT_EQ(points[i].pickup, Percent::fromPoints(k)) << i;
        const std::int64_t shortfall = k < 80 ? 240 - 3 * k : 0;
        EXPECT_EQ(points[i].roomDamages, usd("150.00") * shortfall) << k << "%";
        EXPECT_EQ(points[i].meetingRoom, usd("0.00")) << k << "%";
        EXPECT_EQ(points[i].totalOwed, points[i].roomDamages) << k << "%";
    }
    EXPECT_EQ(points[0].roomDamages, usd("36000.00"));
    EXPECT_EQ(points[79].roomDamages, usd("450.00"));
    EXPECT_EQ(points[80].roomDamages, usd("0.00"));
    EXPECT_EQ(points[150].roomDamages, usd("0.00"));
}

TEST(EngineSweepPickup, CustomRangeAndStep) {
    const std::vector<PickupSweepPoint> points = sweepPickup(hundredByThree().build(), 50, 100, 10);
    ASSERT_EQ(points.size(), 6U);
    const char* owed[] = {"13500.00", "9000.00", "4500.00", "0.00", "0.00", "0.00"};
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_EQ(points[i].pickup, Percent::fromPoints(50 + 10 * static_cast<std::int64_t>(i)));
        EXPECT_EQ(points[i].roomDamages, usd(owed[i])) << points[i].pickup.toString();
    }
}

TEST(EngineSweepPickup, SharesAreRoundedHalfUpToWholeRooms) {
    // One night of 50 rooms: 1% is 0.5 room, rounded half-up to 1; 3% is 1.5, rounded to 2.
    // p = 100%, f = 100%, 10.00 a room: 1% owes 49 x 10.00, 3% owes 48 x 10.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 50, "10.00")
                           .pickup("2027-05-09", 0)
                           .performanceLevel("100")
                           .build();
    const std::vector<PickupSweepPoint> points = sweepPickup(c, 0, 4, 1);
    ASSERT_EQ(points.size(), 5U);
    EXPECT_EQ(points[0].roomDamages, usd("500.00"));
    EXPECT_EQ(points[1].roomDamages, usd("490.00"));
    EXPECT_EQ(points[2].roomDamages, usd("490.00"));
    EXPECT_EQ(points[3].roomDamages, usd("480.00"));
    EXPECT_EQ(points[4].roomDamages, usd("480.00"));
}

TEST(EngineSweepPickup, MeetingRoomFollowsTheScale) {
    // Example D's scale with a 5,000.00 rental, attrition at 70%.
    const Contract c =
        hundredByThree().performanceLevel("70").meetingRental("5000.00").exampleDScale().build();
    const std::vector<PickupSweepPoint> points = sweepPickup(c);
    ASSERT_EQ(points.size(), 151U);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const char* expected = i >= 90 ? "0.00" : i >= 80 ? "2500.00" : i >= 70 ? "3750.00" : "5000.00";
        EXPECT_EQ(points[i].meetingRoom, usd(expected)) << i << "%";
        EXPECT_EQ(points[i].totalOwed, points[i].roomDamages + points[i].meetingRoom) << i << "%";
    }
}

TEST(EngineSweepPickup, TotalOwedIncludesTheRestOfTheContract) {
    // An F&B shortfall of 1,000.00 that pickup does not change, and 10% tax on room damages.
    const Contract c =
        hundredByThree().attritionTaxable("10").fbMinimum("5000.00").fbSpend("4000.00").build();
    const std::vector<PickupSweepPoint> points = sweepPickup(c, 70, 90, 10);
    ASSERT_EQ(points.size(), 3U);
    EXPECT_EQ(points[0].roomDamages, usd("4500.00"));
    EXPECT_EQ(points[0].totalOwed, usd("5950.00")); // 4,500.00 + 450.00 tax + 1,000.00 F&B
    EXPECT_EQ(points[2].roomDamages, usd("0.00"));
    EXPECT_EQ(points[2].totalOwed, usd("1000.00"));
}

TEST(EngineSweepPickup, UsesTheRevisedBlock) {
    // Block reduced in time to 85 a night: at 80% of the revised block the group owes nothing.
    const Contract c = hundredByThree()
                           .signedOn("2026-10-01")
                           .reviewStep("2027-04-01", "20")
                           .reduceEveryNight("2027-03-20", 85)
                           .build();
    const std::vector<PickupSweepPoint> points = sweepPickup(c, 70, 80, 10);
    ASSERT_EQ(points.size(), 2U);
    // 70% of 85 = 59.5, rounded to 60 a night: counted 180; required 204: 24 x 150.00.
    EXPECT_EQ(points[0].roomDamages, usd("3600.00"));
    EXPECT_EQ(points[1].roomDamages, usd("0.00"));
}

TEST(EngineSweepPickup, FractionalStepsMatchAssessAtTheSamePickup) {
    // 37 rooms a night, so that every 0.01% moves the rounding somewhere; Example D's scale and taxes.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 5)
                           .blockEveryNight(37, "211.37")
                           .pickupEveryNight(20)
                           .performanceLevel("80")
                           .attritionTaxable("8.875")
                           .meetingRental("5000.00")
                           .exampleDScale()
                           .build();
    const std::vector<PickupSweepPoint> points = sweepPickup(c, pct("69.5"), pct("80.5"), pct("0.01"));
    ASSERT_EQ(points.size(), 1101U);
    ScenarioOverrides o;
    o.withoutCancellation = true;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Percent expected = Percent::fromPartsPerMillion(695'000 + 100 * static_cast<std::int64_t>(i));
        ASSERT_EQ(points[i].pickup, expected) << i;
        o.uniformPickup = expected;
        const Assessment a = assess(c, o);
        EXPECT_EQ(points[i].roomDamages, a.rooms) << expected.toString();
        EXPECT_EQ(points[i].meetingRoom, a.meetingRoom) << expected.toString();
        EXPECT_EQ(points[i].totalOwed, a.totalOwed) << expected.toString();
    }
    // 79.99% of 37 is 29.6 rooms, rounded to 30 a night: 150 of 185 counted, 148 required, nothing owed;
    // 78.37% is 28.99, rounded to 29: 145 counted, 3 x 211.37 owed.
    EXPECT_EQ(points[1049].roomDamages, usd("0.00"));
    EXPECT_EQ(points[887].pickup, pct("78.37"));
    EXPECT_EQ(points[887].roomDamages, usd("634.11"));
}

TEST(EngineSweepPickup, WholeStepsGiveTheSamePointsAsTheIntegerSweep) {
    const Contract c = hundredByThree().meetingRental("5000.00").exampleDScale().build();
    const auto whole = sweepPickup(c, 10, 150, 7);
    const auto exact = sweepPickup(c, pct("10"), pct("150"), pct("7"));
    ASSERT_EQ(whole.size(), exact.size());
    for (std::size_t i = 0; i < whole.size(); ++i) {
        EXPECT_EQ(whole[i].pickup, exact[i].pickup);
        EXPECT_EQ(whole[i].roomDamages, exact[i].roomDamages);
        EXPECT_EQ(whole[i].meetingRoom, exact[i].meetingRoom);
        EXPECT_EQ(whole[i].totalOwed, exact[i].totalOwed);
    }
    EXPECT_TRUE(sweepPickup(c, pct("1"), pct("0.5"), pct("0.01")).empty());
    EXPECT_TRUE(sweepPickup(c, pct("0"), pct("1"), pct("0")).empty());
}

// ---------------------------------------------------------------------------------------------------------

ContractBuilder exampleE() {
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-06-10", 4)
        .blockEveryNight(60, "189.00")
        .fbMinimum("12000.00")
        .cancellationBasis(CancellationBasis::TotalRevenue)
        .exampleETiers();
    return b;
}

TEST(EngineSweepCancellation, FromSigningToArrivalIsAStepFunctionOfTheTiers) {
    const Contract c = exampleE().build();
    const std::vector<CancellationSweepPoint> points = sweepCancellation(c, c.signedOn, c.arrival);
    const std::int32_t days = c.arrival.daysSince(c.signedOn);
    ASSERT_EQ(points.size(), static_cast<std::size_t>(days + 1));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const Date notice = c.signedOn.addDays(static_cast<std::int32_t>(i));
        EXPECT_EQ(points[i].notice, notice);
        const std::int32_t before = c.arrival.daysSince(notice);
        EXPECT_EQ(points[i].daysBeforeArrival, before);
        const char* fee = before >= 181  ? "5736.00"
                          : before >= 91 ? "28680.00"
                          : before >= 31 ? "43020.00"
                                         : "57360.00";
        EXPECT_EQ(points[i].fee, usd(fee)) << notice.toIso() << ", " << before << " days";
        EXPECT_EQ(points[i].totalOwed, points[i].fee);
    }
    EXPECT_EQ(points.back().daysBeforeArrival, 0);
    EXPECT_EQ(points.back().fee, usd("57360.00"));
}

TEST(EngineSweepCancellation, IncludesTaxInTheTotal) {
    const Contract c = exampleE().cancellationTaxable("10").build();
    const std::vector<CancellationSweepPoint> points =
        sweepCancellation(c, date("2027-03-01"), date("2027-03-02"));
    ASSERT_EQ(points.size(), 2U);
    EXPECT_EQ(points[0].daysBeforeArrival, 101);
    EXPECT_EQ(points[0].fee, usd("28680.00"));
    EXPECT_EQ(points[0].totalOwed, usd("31548.00"));
}

TEST(EngineSweepCancellation, AContractWithANoticeIsSweptOverOtherNoticeDates) {
    const Contract c = [] {
        ContractBuilder b = exampleE();
        b.noticeReceived("2027-06-01");
        return b.build();
    }();
    const std::vector<CancellationSweepPoint> points =
        sweepCancellation(c, date("2027-03-01"), date("2027-03-01"));
    ASSERT_EQ(points.size(), 1U);
    EXPECT_EQ(points[0].fee, usd("28680.00"));
}

TEST(EngineSweepCancellation, PerComponentSteps) {
    ContractBuilder b = exampleE();
    b.raw().cancellation.tiers.clear();
    b.cancellationBasis(CancellationBasis::PerComponent)
        .componentTier(91, std::nullopt, "50", "25", "0")
        .componentTier(0, 90, "100", "50", "0");
    const Contract c = b.build();
    const std::vector<CancellationSweepPoint> points =
        sweepCancellation(c, date("2027-03-11"), date("2027-03-12"));
    ASSERT_EQ(points.size(), 2U);
    EXPECT_EQ(points[0].daysBeforeArrival, 91);
    EXPECT_EQ(points[0].fee, usd("25680.00")); // 22,680.00 + 3,000.00
    EXPECT_EQ(points[1].daysBeforeArrival, 90);
    EXPECT_EQ(points[1].fee, usd("51360.00")); // 45,360.00 + 6,000.00
}

// ---------------------------------------------------------------------------------------------------------

ContractBuilder exampleC() {
    ContractBuilder b;
    b.stay("2027-05-09", 1)
        .noAttrition()
        .fbMinimum("40000.00")
        .fbAllowance("10")
        .fbSpend("30500.00")
        .fbDamagesFactor("35")
        .serviceCharge("22")
        .fbTax("8.875", true, true);
    return b;
}

TEST(EngineSweepFoodBeverage, StepsPlusOnePoints) {
    const Contract c = exampleC().build();
    const std::vector<SpendSweepPoint> points = sweepFoodBeverage(c, usd("0.00"), usd("40000.00"), 8);
    ASSERT_EQ(points.size(), 9U);
    for (std::size_t i = 0; i < points.size(); ++i) {
        EXPECT_EQ(points[i].spend, usd("5000.00") * static_cast<std::int64_t>(i));
    }
    // Spend 0: 36,000.00 x 35% = 12,600.00 + 22% 2,772.00 = 15,372.00; tax 8.875% = 1,364.265: 1,364.27.
    EXPECT_EQ(points[0].damages, usd("15372.00"));
    EXPECT_EQ(points[0].totalOwed, usd("16736.27"));
    // Spend 30,000.00: 6,000.00 x 35% = 2,100.00 + 462.00 = 2,562.00; tax 227.3775: 227.38.
    EXPECT_EQ(points[6].damages, usd("2562.00"));
    EXPECT_EQ(points[6].totalOwed, usd("2789.38"));
    // Spend 35,000.00: 1,000.00 x 35% = 350.00 + 77.00 = 427.00; tax 37.89625: 37.90.
    EXPECT_EQ(points[7].damages, usd("427.00"));
    EXPECT_EQ(points[7].totalOwed, usd("464.90"));
    // 40,000.00 is above the required 36,000.00.
    EXPECT_EQ(points[8].damages, usd("0.00"));
    EXPECT_EQ(points[8].totalOwed, usd("0.00"));
}

TEST(EngineSweepFoodBeverage, ExampleCIsOnTheCurve) {
    const std::vector<SpendSweepPoint> points =
        sweepFoodBeverage(exampleC().build(), usd("30500.00"), usd("30500.00"), 1);
    ASSERT_EQ(points.size(), 2U);
    EXPECT_EQ(points[0].spend, usd("30500.00"));
    EXPECT_EQ(points[0].damages, usd("2348.50"));
    EXPECT_EQ(points[0].totalOwed, usd("2556.93"));
}

TEST(EngineSweepFoodBeverage, DamagesNeverRiseAsSpendRises) {
    const std::vector<SpendSweepPoint> points =
        sweepFoodBeverage(exampleC().build(), usd("0.00"), usd("50000.00"), 500);
    ASSERT_EQ(points.size(), 501U);
    for (std::size_t i = 1; i < points.size(); ++i) {
        EXPECT_LE(points[i].damages, points[i - 1].damages) << points[i].spend.toDisplayString();
        EXPECT_LE(points[i].totalOwed, points[i - 1].totalOwed) << points[i].spend.toDisplayString();
        EXPECT_GE(points[i].damages, usd("0.00"));
    }
}

} // namespace
} // namespace attrition::test
