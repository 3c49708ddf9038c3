// The worked examples A-G and the published figures of ATTRITION.md, to the cent, through assess().

#include "test_contracts.h"

#include <gtest/gtest.h>

namespace attrition::test {
namespace {

// ---------------------------------------------------------------------------------------------------------
// A. Cumulative vs night by night (shoulder nights).
// Block Sun 20, Mon 100, Tue 100, Wed 20 at 150.00; p = 80%; f = 80%. Pickup Sun 5, Mon 100, Tue 100, Wed 5.

ContractBuilder exampleA() {
    ContractBuilder b;
    b.stay("2027-05-09", 4) // Sunday .. Wednesday nights
        .block("2027-05-09", 20, "150.00")
        .block("2027-05-10", 100, "150.00")
        .block("2027-05-11", 100, "150.00")
        .block("2027-05-12", 20, "150.00")
        .pickup("2027-05-09", 5)
        .pickup("2027-05-10", 100)
        .pickup("2027-05-11", 100)
        .pickup("2027-05-12", 5)
        .performanceLevel("80")
        .damagesFactor("80");
    return b;
}

TEST(EngineWorkedExampleA, CumulativeOwesNothing) {
    const Contract c = exampleA().cumulative().build();
    const Assessment a = assessOrFail(c);

    EXPECT_FALSE(a.cancelled);
    EXPECT_EQ(a.contractedRoomNights, 240);
    EXPECT_EQ(a.revisedRoomNights, 240);
    EXPECT_EQ(a.pickedUpRoomNights, 210);
    EXPECT_EQ(a.countedRoomNights, 210);
    EXPECT_EQ(a.pickupPercent, pct("87.5")); // 210 / 240
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("0.00")) << dump(a);
    EXPECT_EQ(a.netDue, usd("0.00"));
    for (const AssessmentLine* line : linesOf(a, Component::Rooms)) {
        EXPECT_TRUE(line->amount.isZero()) << dump(a);
    }
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleA, NightByNightOwes2640) {
    const Contract c = exampleA().nightByNight().build();
    const Assessment a = assessOrFail(c);

    // Sun short 16 - 5 = 11, Wed short 11, Mon and Tue none: 22 x 150.00 x 80% = 2,640.00.
    EXPECT_EQ(a.rooms, usd("2640.00")) << dump(a);
    EXPECT_EQ(a.subtotal, usd("2640.00"));
    EXPECT_EQ(a.tax, usd("0.00"));
    EXPECT_EQ(a.totalOwed, usd("2640.00"));
    EXPECT_EQ(a.netDue, usd("2640.00"));

    const auto damages = roomDamageLines(a);
    ASSERT_FALSE(damages.empty()) << dump(a);
    EXPECT_EQ(sumQuantities(damages), roomNights("22")) << dump(a);
    EXPECT_EQ(sumAmounts(damages, USD()), usd("2640.00")) << dump(a);
    for (const AssessmentLine* line : damages) {
        EXPECT_EQ(line->component, Component::Rooms);
        ASSERT_TRUE(line->rate && line->factor && line->quantity) << dump(a);
        EXPECT_EQ(*line->rate, usd("150.00"));
        EXPECT_EQ(*line->factor, pct("80"));
        if (line->explanation.id == MessageId::RoomDamagesNight) {
            ASSERT_TRUE(line->night.has_value());
            // Only the shoulder nights are short, 11 room nights each: 11 x 150.00 x 80% = 1,320.00.
            EXPECT_TRUE(*line->night == date("2027-05-09") || *line->night == date("2027-05-12"))
                << line->night->toIso();
            EXPECT_EQ(*line->quantity, roomNights("11"));
            EXPECT_EQ(line->amount, usd("1320.00"));
        }
    }
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleA, NightByNightWithOverBlockCreditOwes1440) {
    ContractBuilder b = exampleA().nightByNight(/*overBlockCredit=*/true);
    b.raw().pickup[1].rooms = 110; // Mon 110: 10 over the block
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);

    // 10 over the block offsets 10 of the 22: 12 x 150.00 x 80% = 1,440.00.
    EXPECT_EQ(a.pickedUpRoomNights, 220);
    EXPECT_EQ(a.rooms, usd("1440.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("1440.00"));
    const auto damages = roomDamageLines(a);
    EXPECT_EQ(sumQuantities(damages), roomNights("12")) << dump(a);
    for (const AssessmentLine* line : damages) {
        ASSERT_TRUE(line->rate && line->factor);
        EXPECT_EQ(*line->rate, usd("150.00"));
        EXPECT_EQ(*line->factor, pct("80"));
    }
    EXPECT_TRUE(hasLine(a, MessageId::OverBlockCredit)) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleA, OverBlockPickupIsNotCreditedWithoutTheSetting) {
    ContractBuilder b = exampleA().nightByNight(/*overBlockCredit=*/false);
    b.raw().pickup[1].rooms = 110;
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.rooms, usd("2640.00")) << dump(a);
}

// ---------------------------------------------------------------------------------------------------------
// B. Resale. Block 100 rooms x 3 nights at 200.00; p = 80%; f = 100%; cumulative; pickup 210. Required 240;
// shortfall 30; gross 6,000.00. Resold 12 room nights at 180.00 and 5 at 250.00.

ContractBuilder exampleB() {
    ContractBuilder b;
    b.stay("2027-05-09", 3)
        .blockEveryNight(100, "200.00")
        .pickupEveryNight(70)
        .performanceLevel("80")
        .damagesFactor("100")
        .cumulative()
        .resale("2027-05-09", 12, "180.00")
        .resale("2027-05-10", 5, "250.00");
    return b;
}

TEST(EngineWorkedExampleB, WithoutResaleCreditGrossIs6000) {
    const Contract c = exampleB().resaleCredit(ResaleCreditMethod::None).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("6000.00")) << dump(a);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity && damages[0]->rate && damages[0]->factor);
    EXPECT_EQ(*damages[0]->quantity, roomNights("30"));
    EXPECT_EQ(*damages[0]->rate, usd("200.00"));
    EXPECT_EQ(*damages[0]->factor, pct("100"));
    EXPECT_EQ(damages[0]->amount, usd("6000.00"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleB, CreditByRevenueOwes2840) {
    const Contract c = exampleB().resaleCredit(ResaleCreditMethod::ByRevenue).build();
    const Assessment a = assessOrFail(c);

    // 12 x 180.00 + 5 x 200.00 (capped at the contracted rate) = 3,160.00: owed 2,840.00.
    EXPECT_EQ(a.rooms, usd("2840.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2840.00"));
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity && damages[0]->rate);
    EXPECT_EQ(*damages[0]->quantity, roomNights("30"));
    EXPECT_EQ(*damages[0]->rate, usd("200.00"));
    EXPECT_EQ(damages[0]->amount, usd("6000.00")) << dump(a);
    const AssessmentLine* credit = lineWith(a, MessageId::ResaleByRevenue);
    ASSERT_NE(credit, nullptr) << dump(a);
    EXPECT_EQ(credit->component, Component::Rooms);
    EXPECT_EQ(credit->amount, usd("-3160.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleB, CreditByCountOwes2600) {
    const Contract c = exampleB().resaleCredit(ResaleCreditMethod::ByCount).build();
    const Assessment a = assessOrFail(c);

    // 30 - 17 = 13 x 200.00 = 2,600.00.
    EXPECT_EQ(a.rooms, usd("2600.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2600.00"));
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity && damages[0]->rate && damages[0]->factor);
    EXPECT_EQ(*damages[0]->quantity, roomNights("13"));
    EXPECT_EQ(*damages[0]->rate, usd("200.00"));
    EXPECT_EQ(*damages[0]->factor, pct("100"));
    EXPECT_EQ(damages[0]->amount, usd("2600.00"));
    const AssessmentLine* count = lineWith(a, MessageId::ResaleByCount);
    ASSERT_NE(count, nullptr) << dump(a);
    EXPECT_TRUE(count->amount.isZero());
    EXPECT_EQ(english(count->explanation),
              "Resale credit: 17 room nights resold; liable 30 - 17 = 13 room nights");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

// ---------------------------------------------------------------------------------------------------------
// C. F&B. Minimum 40,000.00; may fall to 90%; actual 30,500.00; f = 35%: 1,925.00. Service charge 22% on the
// damages: 423.50. Tax 8.875% on damages and service charge: 208.43. Total 2,556.93.

ContractBuilder exampleC() {
    ContractBuilder b;
    b.stay("2027-05-09", 3)
        .noAttrition()
        .fbMinimum("40000.00")
        .fbAllowance("10")
        .fbSpend("30500.00")
        .fbDamagesFactor("35")
        .serviceCharge("22", /*onDamages=*/true)
        .fbTax("8.875", /*onDamages=*/true, /*onServiceCharge=*/true);
    return b;
}

TEST(EngineWorkedExampleC, FoodBeverageOnlyContractOwes2556_93) {
    const Contract c = exampleC().build();
    const Assessment a = assessOrFail(c);

    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.foodBeverage, usd("2348.50")) << dump(a); // damages + service charge
    EXPECT_EQ(a.meetingRoom, usd("0.00"));
    EXPECT_EQ(a.subtotal, usd("2348.50"));
    EXPECT_EQ(a.tax, usd("208.43")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2556.93")) << dump(a);
    EXPECT_EQ(a.netDue, usd("2556.93"));

    const AssessmentLine* required = lineWith(a, MessageId::FbRequired);
    ASSERT_NE(required, nullptr) << dump(a);
    EXPECT_TRUE(required->amount.isZero());
    EXPECT_EQ(
        english(required->explanation),
        "F&B minimum 40,000.00 less the 10% allowance: required 36,000.00; actual spend 30,500.00; shortfall "
        "5,500.00");

    const AssessmentLine* damages = lineWith(a, MessageId::FbDamages);
    ASSERT_NE(damages, nullptr) << dump(a);
    EXPECT_EQ(damages->component, Component::FoodBeverage);
    EXPECT_EQ(damages->amount, usd("1925.00"));
    ASSERT_TRUE(damages->factor.has_value());
    EXPECT_EQ(*damages->factor, pct("35"));
    EXPECT_EQ(english(damages->explanation), "F&B shortfall 5,500.00 x 35% = 1,925.00");

    const AssessmentLine* service = lineWith(a, MessageId::FbServiceCharge);
    ASSERT_NE(service, nullptr) << dump(a);
    EXPECT_EQ(service->component, Component::FoodBeverage);
    EXPECT_EQ(service->amount, usd("423.50"));
    ASSERT_TRUE(service->factor.has_value());
    EXPECT_EQ(*service->factor, pct("22"));
    EXPECT_EQ(english(service->explanation), "Service charge 22% on F&B damages 1,925.00 = 423.50");

    const AssessmentLine* tax = lineWith(a, MessageId::TaxOnFoodBeverage);
    ASSERT_NE(tax, nullptr) << dump(a);
    EXPECT_EQ(tax->component, Component::Tax);
    EXPECT_EQ(tax->amount, usd("208.43")); // 2,348.50 x 8.875% = 208.429375
    ASSERT_TRUE(tax->factor.has_value());
    EXPECT_EQ(*tax->factor, pct("8.875"));
    EXPECT_EQ(english(tax->explanation), "Tax 8.875% on F&B damages and service charge 2,348.50 = 208.43");

    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleC, SameFiguresWithAnEmptyBlockAndTheAttritionClauseOn) {
    ContractBuilder b = exampleC();
    b.raw().attrition.enabled = true; // no block: no room attrition to assess
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2556.93")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

// ---------------------------------------------------------------------------------------------------------
// D. Meeting room scale. Rental 5,000.00; >= 90% pays 0%; 80-89.99% pays 50%; 70-79.99% pays 75%; below 70%
// pays 100%. Pickup 84.5%: 2,500.00. Pickup 79.99%: 3,750.00.
// One night of 10,000 rooms so that 8,450 and 7,999 picked up are 84.5% and 79.99% exactly; a performance
// level of 70% keeps room attrition at zero at both.

ContractBuilder exampleD(std::int32_t pickedUp) {
    ContractBuilder b;
    b.stay("2027-05-09", 1)
        .block("2027-05-09", 10000, "100.00")
        .pickup("2027-05-09", pickedUp)
        .performanceLevel("70")
        .meetingRental("5000.00")
        .exampleDScale();
    return b;
}

TEST(EngineWorkedExampleD, Pickup84_5PercentPays2500) {
    const Contract c = exampleD(8450).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.pickupPercent, pct("84.5"));
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("2500.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2500.00"));
    const AssessmentLine* line = lineWith(a, MessageId::MeetingScaled);
    ASSERT_NE(line, nullptr) << dump(a);
    EXPECT_EQ(line->component, Component::MeetingRoom);
    EXPECT_EQ(line->amount, usd("2500.00"));
    ASSERT_TRUE(line->factor.has_value());
    EXPECT_EQ(*line->factor, pct("50"));
    EXPECT_EQ(english(line->explanation),
              "Meeting room rental 5,000.00; pickup 84.5% is in the band from 80%: 50% charged = 2,500.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleD, Pickup79_99PercentPays3750) {
    const Contract c = exampleD(7999).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.pickupPercent, pct("79.99"));
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("3750.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("3750.00"));
    const AssessmentLine* line = lineWith(a, MessageId::MeetingScaled);
    ASSERT_NE(line, nullptr) << dump(a);
    ASSERT_TRUE(line->factor.has_value());
    EXPECT_EQ(*line->factor, pct("75"));
    EXPECT_EQ(english(line->explanation),
              "Meeting room rental 5,000.00; pickup 79.99% is in the band from 70%: 75% charged = 3,750.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleD, WithTheAttritionClauseOffTheScaleStillApplies) {
    ContractBuilder b = exampleD(8450);
    b.noAttrition();
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.meetingRoom, usd("2500.00")) << dump(a);
    EXPECT_EQ(a.rooms, usd("0.00"));
    EXPECT_TRUE(hasLine(a, MessageId::AttritionDisabled)) << dump(a);
}

TEST(EngineWorkedExampleD, BandEdges) {
    struct Case {
        std::int32_t pickedUp;
        const char* owed;
    };
    for (const Case& k :
         {Case{10000, "0.00"}, Case{9000, "0.00"}, Case{8999, "2500.00"}, Case{8000, "2500.00"},
          Case{7000, "3750.00"}, Case{6999, "5000.00"}, Case{0, "5000.00"}}) {
        const Assessment a = assessOrFail(exampleD(k.pickedUp).performanceLevel("0").build());
        EXPECT_EQ(a.meetingRoom, usd(k.owed)) << k.pickedUp << " picked up\n" << dump(a);
    }
}

// ---------------------------------------------------------------------------------------------------------
// E. Cancellation. Arrival 2027-06-10; notice 2027-03-01: 101 days before arrival. Tiers 181+ 10%; 91-180
// 50%; 31-90 75%; 0-30 100% of rooms + F&B minimum. Block 60 x 4 nights at 189.00 = 45,360.00; F&B minimum
// 12,000.00; basis 57,360.00; fee 50% = 28,680.00; deposit 10,000.00 applied: 18,680.00 due.
// Separate percentages (rooms 50%, F&B 25%): 22,680.00 + 3,000.00 = 25,680.00.

ContractBuilder exampleE() {
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-06-10", 4)
        .blockEveryNight(60, "189.00")
        .fbMinimum("12000.00")
        .cancellationBasis(CancellationBasis::TotalRevenue)
        .exampleETiers()
        .noticeReceived("2027-03-01")
        .deposit("2026-07-01", "10000.00");
    return b;
}

TEST(EngineWorkedExampleE, TotalRevenueFeeIs28680AndNetDue18680) {
    const Contract c = exampleE().build();
    const Assessment a = assessOrFail(c);

    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(a.cancellation, usd("28680.00")) << dump(a);
    EXPECT_EQ(a.rooms, usd("0.00"));
    EXPECT_EQ(a.foodBeverage, usd("0.00"));
    EXPECT_EQ(a.meetingRoom, usd("0.00"));
    EXPECT_EQ(a.subtotal, usd("28680.00"));
    EXPECT_EQ(a.tax, usd("0.00"));
    EXPECT_EQ(a.totalOwed, usd("28680.00"));
    EXPECT_EQ(a.depositsApplied, usd("10000.00"));
    EXPECT_EQ(a.netDue, usd("18680.00")) << dump(a);
    EXPECT_EQ(a.depositBalance, usd("0.00"));

    const AssessmentLine* tier = lineWith(a, MessageId::CancelNoticeTier);
    ASSERT_NE(tier, nullptr) << dump(a);
    EXPECT_TRUE(tier->amount.isZero());
    EXPECT_EQ(
        english(tier->explanation),
        "Notice received 2027-03-01, 101 days before arrival on 2027-06-10: the 91 to 180 days tier applies");

    const AssessmentLine* fee = lineWith(a, MessageId::CancelTotalRevenue);
    ASSERT_NE(fee, nullptr) << dump(a);
    EXPECT_EQ(fee->component, Component::Cancellation);
    EXPECT_EQ(fee->amount, usd("28680.00"));
    ASSERT_TRUE(fee->factor.has_value());
    EXPECT_EQ(*fee->factor, pct("50"));
    EXPECT_EQ(english(fee->explanation),
              "Anticipated revenue 57,360.00 (rooms 45,360.00 + F&B minimum 12,000.00 + "
              "meeting room 0.00) x 50% = 28,680.00");

    const auto deposits = linesOf(a, Component::Deposits);
    ASSERT_EQ(deposits.size(), 1U) << dump(a);
    EXPECT_EQ(deposits[0]->explanation.id, MessageId::DepositApplied);
    EXPECT_EQ(english(deposits[0]->explanation), "Deposit received 2026-07-01: 10,000.00, 10,000.00 applied");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleE, SeparatePercentagesOwe25680) {
    ContractBuilder b = exampleE();
    b.raw().cancellation.tiers.clear();
    b.cancellationBasis(CancellationBasis::PerComponent)
        .componentTier(181, std::nullopt, "10", "10", "10")
        .componentTier(91, 180, "50", "25", "0")
        .componentTier(31, 90, "75", "50", "50")
        .componentTier(0, 30, "100", "100", "100");
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);

    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(a.cancellation, usd("25680.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("25680.00"));
    EXPECT_EQ(a.netDue, usd("15680.00"));

    const AssessmentLine* rooms = lineWith(a, MessageId::CancelComponentRooms);
    ASSERT_NE(rooms, nullptr) << dump(a);
    EXPECT_EQ(rooms->amount, usd("22680.00"));
    ASSERT_TRUE(rooms->factor.has_value());
    EXPECT_EQ(*rooms->factor, pct("50"));
    EXPECT_EQ(english(rooms->explanation), "Room revenue 45,360.00 x 50% = 22,680.00");

    const AssessmentLine* fb = lineWith(a, MessageId::CancelComponentFb);
    ASSERT_NE(fb, nullptr) << dump(a);
    EXPECT_EQ(fb->amount, usd("3000.00"));
    ASSERT_TRUE(fb->factor.has_value());
    EXPECT_EQ(*fb->factor, pct("25"));
    EXPECT_EQ(english(fb->explanation), "F&B minimum 12,000.00 x 25% = 3,000.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleE, AttritionIsNotChargedWhenTheGroupCancelled) {
    // The same contract with a dismal pickup, an F&B shortfall and a meeting room scale: the cancellation
    // clause applies instead.
    ContractBuilder b = exampleE();
    b.pickupEveryNight(5).fbSpend("0.00").meetingRental("5000.00").exampleDScale();
    b.raw().cancellation.basis = CancellationBasis::RoomRevenue;
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);
    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.foodBeverage, usd("0.00"));
    EXPECT_EQ(a.meetingRoom, usd("0.00"));
    EXPECT_EQ(a.cancellation, usd("22680.00")); // 45,360.00 x 50%
    EXPECT_TRUE(linesOf(a, Component::Rooms).empty() ||
                sumAmounts(linesOf(a, Component::Rooms), USD()).isZero());
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

// ---------------------------------------------------------------------------------------------------------
// F. Comp rooms. 1 per 50 room nights, cumulative, 243 picked up: 4 comp room nights.

TEST(EngineWorkedExampleF, FourCompRoomNights) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "150.00")
                           .pickup("2027-05-09", 81)
                           .pickup("2027-05-10", 81)
                           .pickup("2027-05-11", 81)
                           .comps(50)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.pickedUpRoomNights, 243);
    EXPECT_EQ(a.compRoomNights, 4) << dump(a);
    EXPECT_EQ(a.countedRoomNights, 243); // comps do not count toward pickup here
    const AssessmentLine* comps = lineWith(a, MessageId::CompsEarned);
    ASSERT_NE(comps, nullptr) << dump(a);
    EXPECT_EQ(comps->component, Component::Comps);
    EXPECT_TRUE(comps->amount.isZero());
    EXPECT_EQ(english(comps->explanation), "Comp rooms: 1 per 50 room nights, 243 room nights picked up: 4 "
                                           "comp room nights, worth 600.00 at the "
                                           "average rate 150.00");
    EXPECT_EQ(a.totalOwed, usd("0.00")); // 243 >= 240 required
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

// ---------------------------------------------------------------------------------------------------------
// G. Review date. Block 100 x 3 nights at 150.00; by 2027-04-01 the group may reduce up to 20%; it reduces to
// 85 a night on 2027-03-20 (15%: honoured). Revised 255; required 204; pickup 200; f = 100%: 600.00. The same
// reduction recorded on 2027-04-05 is not honoured: 6,000.00 with a warning.

ContractBuilder exampleG(std::string_view recorded) {
    ContractBuilder b;
    b.signedOn("2026-10-01")
        .stay("2027-05-09", 3)
        .blockEveryNight(100, "150.00")
        .pickup("2027-05-09", 67)
        .pickup("2027-05-10", 67)
        .pickup("2027-05-11", 66)
        .performanceLevel("80")
        .damagesFactor("100")
        .reviewStep("2027-04-01", "20")
        .reduceEveryNight(recorded, 85);
    return b;
}

TEST(EngineWorkedExampleG, ReductionInTimeIsHonoured) {
    const Contract c = exampleG("2027-03-20").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.contractedRoomNights, 300);
    EXPECT_EQ(a.revisedRoomNights, 255) << dump(a);
    EXPECT_EQ(a.pickedUpRoomNights, 200);
    EXPECT_EQ(a.rooms, usd("600.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("600.00"));
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity && damages[0]->rate && damages[0]->factor);
    EXPECT_EQ(*damages[0]->quantity, roomNights("4"));
    EXPECT_EQ(*damages[0]->rate, usd("150.00"));
    EXPECT_EQ(*damages[0]->factor, pct("100"));
    EXPECT_EQ(damages[0]->amount, usd("600.00"));

    const AssessmentLine* honoured = lineWith(a, MessageId::ReductionHonoured);
    ASSERT_NE(honoured, nullptr) << dump(a);
    EXPECT_TRUE(honoured->amount.isZero());
    EXPECT_EQ(english(honoured->explanation),
              "Reduction recorded 2027-03-20: block 300 to 255 room nights (15% of "
              "the original block), within the 20% allowed by 2027-04-01: honoured");
    EXPECT_FALSE(hasWarning(a, MessageId::WarnReductionLate));
    EXPECT_FALSE(hasWarning(a, MessageId::WarnReductionTooLarge));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineWorkedExampleG, LateReductionIsNotHonouredAndWarned) {
    const Contract c = exampleG("2027-04-05").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 300) << dump(a);
    EXPECT_EQ(a.rooms, usd("6000.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("6000.00"));
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity);
    EXPECT_EQ(*damages[0]->quantity, roomNights("40"));
    EXPECT_FALSE(hasLine(a, MessageId::ReductionHonoured));
    const Message* warning = warningWith(a, MessageId::WarnReductionLate);
    ASSERT_NE(warning, nullptr) << dump(a);
    EXPECT_EQ(english(*warning),
              "Reduction recorded 2027-04-05 (15% of the original block) not honoured: it was "
              "made after the last review date, 2027-04-01; those rooms stay in the block");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

// ---------------------------------------------------------------------------------------------------------
// Published figures.

TEST(EnginePublishedFigures, HundredRoomsTwentyPercentAllowanceSeventyUsedLeavesTenBillable) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 100, "200.00")
                           .pickup("2027-05-09", 70)
                           .allowance("20")
                           .damagesFactor("100")
                           .build();
    const Assessment a = assessOrFail(c);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity.has_value());
    EXPECT_EQ(*damages[0]->quantity, roomNights("10"));
    EXPECT_EQ(a.rooms, usd("2000.00")) << dump(a);
}

TEST(EnginePublishedFigures, TwoHundredRoomAtSeventyPercentCosts140ARoomNight) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 10, "200.00")
                           .pickup("2027-05-09", 7) // required 8: 1 room night short
                           .performanceLevel("80")
                           .damagesFactor("70")
                           .build();
    const Assessment a = assessOrFail(c);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity && damages[0]->rate && damages[0]->factor);
    EXPECT_EQ(*damages[0]->quantity, roomNights("1"));
    EXPECT_EQ(*damages[0]->rate, usd("200.00"));
    EXPECT_EQ(*damages[0]->factor, pct("70"));
    EXPECT_EQ(damages[0]->amount, usd("140.00"));
    EXPECT_EQ(english(damages[0]->explanation), "1 room nights x 200.00 x 70% = 140.00");
    EXPECT_EQ(a.rooms, usd("140.00"));
}

TEST(EnginePublishedFigures, EventSubtotal1250AgainstMinimum1500Leaves250) {
    const Contract c =
        ContractBuilder().stay("2027-05-09", 1).noAttrition().fbMinimum("1500.00").fbSpend("1250.00").build();
    const Assessment a = assessOrFail(c);
    const AssessmentLine* damages = lineWith(a, MessageId::FbDamages);
    ASSERT_NE(damages, nullptr) << dump(a);
    EXPECT_EQ(damages->amount, usd("250.00"));
    EXPECT_EQ(a.foodBeverage, usd("250.00"));
    EXPECT_EQ(a.totalOwed, usd("250.00"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

} // namespace
} // namespace attrition::test
