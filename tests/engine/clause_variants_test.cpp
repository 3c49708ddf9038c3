// Each clause setting of ATTRITION.md beyond the worked examples, checked to the minor unit.

#include "test_contracts.h"

#include <gtest/gtest.h>

namespace attrition::test {
namespace {

// ---------------------------------------------------------------------------------------------------------
// Threshold rounding: "85% of 50 rooms = 42.5 is often rounded up to 43".

ContractBuilder eightyFivePercentOfFifty(ThresholdRounding rounding, std::string_view rate = "100.00") {
    ContractBuilder b;
    b.stay("2027-05-09", 1)
        .block("2027-05-09", 50, rate)
        .pickup("2027-05-09", 40)
        .performanceLevel("85")
        .damagesFactor("100")
        .thresholdRounding(rounding);
    return b;
}

TEST(EngineClauseThreshold, ExactChargesFractionalRoomNights) {
    const Contract c = eightyFivePercentOfFifty(ThresholdRounding::Exact).build();
    const Assessment a = assessOrFail(c);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity && damages[0]->rate);
    EXPECT_EQ(*damages[0]->quantity, roomNights("2.5"));
    EXPECT_EQ(*damages[0]->rate, usd("100.00"));
    EXPECT_EQ(damages[0]->amount, usd("250.00"));
    EXPECT_EQ(english(damages[0]->explanation), "2.5 room nights x 100.00 x 100% = 250.00");
    const AssessmentLine* required = lineWith(a, MessageId::RequiredCumulative);
    ASSERT_NE(required, nullptr) << dump(a);
    EXPECT_EQ(english(required->explanation),
              "Cumulative: required 85% x 50 room nights = 42.5; counted 40; shortfall 2.5 room nights");
    EXPECT_EQ(a.rooms, usd("250.00"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseThreshold, UpRoundsTheRequirementTo43) {
    const Contract c = eightyFivePercentOfFifty(ThresholdRounding::Up).build();
    const Assessment a = assessOrFail(c);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity);
    EXPECT_EQ(*damages[0]->quantity, roomNights("3"));
    EXPECT_EQ(a.rooms, usd("300.00")) << dump(a);
    const AssessmentLine* required = lineWith(a, MessageId::RequiredCumulativeRounded);
    ASSERT_NE(required, nullptr) << dump(a);
    EXPECT_EQ(english(required->explanation), "Cumulative: required 85% x 50 room nights = 42.5, rounded to "
                                              "43; counted 40; shortfall 3 room nights");
}

TEST(EngineClauseThreshold, DownRoundsTheRequirementTo42) {
    const Contract c = eightyFivePercentOfFifty(ThresholdRounding::Down).build();
    const Assessment a = assessOrFail(c);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->quantity);
    EXPECT_EQ(*damages[0]->quantity, roomNights("2"));
    EXPECT_EQ(a.rooms, usd("200.00")) << dump(a);
}

TEST(EngineClauseThreshold, NightByNightRoundsEachNight) {
    // Two nights of 50 at 85%: each night requires 42.5 (exact), 43 (up) or 42 (down); pickup 40 a night.
    struct Case {
        ThresholdRounding rounding;
        const char* roomNightsShort;
        const char* owed;
    };
    for (const Case& k :
         {Case{ThresholdRounding::Exact, "5", "500.00"}, Case{ThresholdRounding::Up, "6", "600.00"},
          Case{ThresholdRounding::Down, "4", "400.00"}}) {
        const Contract c = ContractBuilder()
                               .stay("2027-05-09", 2)
                               .blockEveryNight(50, "100.00")
                               .pickupEveryNight(40)
                               .performanceLevel("85")
                               .nightByNight()
                               .thresholdRounding(k.rounding)
                               .build();
        const Assessment a = assessOrFail(c);
        EXPECT_EQ(sumQuantities(roomDamageLines(a)), roomNights(k.roomNightsShort)) << dump(a);
        EXPECT_EQ(a.rooms, usd(k.owed)) << toString(k.rounding) << "\n" << dump(a);
    }
}

TEST(EngineClauseThreshold, NightByNightRoundedRequirementIsExplained) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 50, "100.00")
                           .pickup("2027-05-09", 40)
                           .performanceLevel("85")
                           .nightByNight()
                           .thresholdRounding(ThresholdRounding::Up)
                           .build();
    const Assessment a = assessOrFail(c);
    const AssessmentLine* required = lineWith(a, MessageId::RequiredNightRounded);
    ASSERT_NE(required, nullptr) << dump(a);
    EXPECT_EQ(english(required->explanation),
              "2027-05-09: required 85% x 50 rooms = 42.5, rounded to 43; counted 40; shortfall 3");
}

// ---------------------------------------------------------------------------------------------------------
// Rounding: products computed exactly and rounded once per line with the contract's mode.

TEST(EngineClauseRounding, EveryModeOnAHalfMinorUnitTie) {
    // 2.5 room nights x 100.01 = 250.025: a tie at the minor unit.
    struct Case {
        RoundingMode mode;
        const char* owed;
    };
    for (const Case& k : {Case{RoundingMode::HalfUp, "250.03"}, Case{RoundingMode::HalfEven, "250.02"},
                          Case{RoundingMode::HalfDown, "250.02"}, Case{RoundingMode::Up, "250.03"},
                          Case{RoundingMode::Down, "250.02"}, Case{RoundingMode::Ceiling, "250.03"},
                          Case{RoundingMode::Floor, "250.02"}}) {
        const Contract c =
            eightyFivePercentOfFifty(ThresholdRounding::Exact, "100.01").rounding(k.mode).build();
        const Assessment a = assessOrFail(c);
        EXPECT_EQ(a.rooms, usd(k.owed)) << toString(k.mode) << "\n" << dump(a);
    }
}

TEST(EngineClauseRounding, HalfEvenRoundsATieToTheEvenNeighbourUpwardsToo) {
    // 2.5 x 100.03 = 250.075: half-even gives 250.08 (8 is even), half-down 250.07.
    const Assessment even = assessOrFail(eightyFivePercentOfFifty(ThresholdRounding::Exact, "100.03")
                                             .rounding(RoundingMode::HalfEven)
                                             .build());
    EXPECT_EQ(even.rooms, usd("250.08")) << dump(even);
    const Assessment down = assessOrFail(eightyFivePercentOfFifty(ThresholdRounding::Exact, "100.03")
                                             .rounding(RoundingMode::HalfDown)
                                             .build());
    EXPECT_EQ(down.rooms, usd("250.07")) << dump(down);
}

TEST(EngineClauseRounding, ALineIsRoundedOnceNotPerRoomNight) {
    // 3 room nights x 100.00 x 33.3333% = 99.9999, rounded once: 100.00 (per room night it would be 99.99).
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 10, "100.00")
                           .pickup("2027-05-09", 7)
                           .performanceLevel("100")
                           .damagesFactor("33.3333")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("100.00")) << dump(a);
}

TEST(EngineClauseRounding, ZeroDecimalYen) {
    // 1 room night x 18,333 x 75% = 13,749.75 yen: 13,750 yen half-up.
    const Contract c = ContractBuilder(JPY())
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 10, "18333")
                           .pickup("2027-05-09", 7)
                           .performanceLevel("80")
                           .damagesFactor("75")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.currency, JPY());
    EXPECT_EQ(a.rooms, jpy("13750")) << dump(a);
    EXPECT_EQ(a.totalOwed, jpy("13750"));
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    EXPECT_EQ(english(damages[0]->explanation), "1 room nights x 18,333 x 75% = 13,750");
    EXPECT_TRUE(totalsAreConsistent(c, a));
    EXPECT_TRUE(amountsInContractCurrency(c, a));

    Contract roundedDown = c;
    roundedDown.rounding = RoundingMode::Down;
    const Assessment down = assessOrFail(roundedDown);
    EXPECT_EQ(down.rooms, jpy("13749")) << dump(down);
}

TEST(EngineClauseRounding, ThreeDecimalDinar) {
    // 3 room nights x 45.125 x 70% = 94.7625 dinar: 94.763 half-up, 94.762 half-even (a tie at the fils).
    ContractBuilder b(KWD());
    b.stay("2027-05-09", 1)
        .block("2027-05-09", 20, "45.125")
        .pickup("2027-05-09", 13)
        .performanceLevel("80")
        .damagesFactor("70");
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.currency, KWD());
    EXPECT_EQ(a.rooms, kwd("94.763")) << dump(a);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    EXPECT_EQ(english(damages[0]->explanation), "3 room nights x 45.125 x 70% = 94.763");
    EXPECT_TRUE(totalsAreConsistent(c, a));
    EXPECT_TRUE(amountsInContractCurrency(c, a));

    const Assessment even = assessOrFail(b.rounding(RoundingMode::HalfEven).build());
    EXPECT_EQ(even.rooms, kwd("94.762")) << dump(even);
}

TEST(EngineClauseRounding, TaxLineIsRoundedWithTheContractMode) {
    // Example C's tax, 2,348.50 x 8.875% = 208.429375: 208.43 half-up, 208.42 down, 208.43 half-even.
    ContractBuilder b;
    b.stay("2027-05-09", 1)
        .noAttrition()
        .fbMinimum("40000.00")
        .fbAllowance("10")
        .fbSpend("30500.00")
        .fbDamagesFactor("35")
        .serviceCharge("22")
        .fbTax("8.875", true, true);
    EXPECT_EQ(assessOrFail(b.rounding(RoundingMode::Down).build()).tax, usd("208.42"));
    EXPECT_EQ(assessOrFail(b.rounding(RoundingMode::Up).build()).tax, usd("208.43"));
    EXPECT_EQ(assessOrFail(b.rounding(RoundingMode::HalfEven).build()).tax, usd("208.43"));
}

// ---------------------------------------------------------------------------------------------------------
// Rate basis.

ContractBuilder threeNightsDifferentRates() {
    // 100 rooms at 200.00, 100.00 and 150.00; pickup 70, 100, 60; p = 80%.
    ContractBuilder b;
    b.stay("2027-05-09", 3)
        .block("2027-05-09", 100, "200.00")
        .block("2027-05-10", 100, "100.00")
        .block("2027-05-11", 100, "150.00")
        .pickup("2027-05-09", 70)
        .pickup("2027-05-10", 100)
        .pickup("2027-05-11", 60)
        .performanceLevel("80")
        .nightByNight();
    return b;
}

TEST(EngineClauseRateBasis, NightByNightPerNightRates) {
    // Sun 10 short x 200.00 + Tue 20 short x 150.00 = 5,000.00.
    const Contract c = threeNightsDifferentRates().rateBasis(RateBasis::PerNight).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("5000.00")) << dump(a);
    for (const AssessmentLine* line : roomDamageLines(a)) {
        if (line->night && line->rate) {
            if (*line->night == date("2027-05-09")) {
                EXPECT_EQ(*line->rate, usd("200.00"));
                EXPECT_EQ(line->amount, usd("2000.00"));
            } else if (*line->night == date("2027-05-11")) {
                EXPECT_EQ(*line->rate, usd("150.00"));
                EXPECT_EQ(line->amount, usd("3000.00"));
            }
        }
    }
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseRateBasis, NightByNightAverageRate) {
    // The block's average: 45,000.00 / 300 = 150.00; 30 short x 150.00 = 4,500.00.
    const Contract c = threeNightsDifferentRates().rateBasis(RateBasis::Average).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("4500.00")) << dump(a);
    for (const AssessmentLine* line : roomDamageLines(a)) {
        ASSERT_TRUE(line->rate.has_value());
        EXPECT_EQ(*line->rate, usd("150.00"));
    }
    const AssessmentLine* average = lineWith(a, MessageId::AverageRate);
    ASSERT_NE(average, nullptr) << dump(a);
    EXPECT_TRUE(average->amount.isZero());
    EXPECT_EQ(english(average->explanation),
              "Average contracted rate: room revenue 45,000.00 / 300 room nights = 150.00");
}

TEST(EngineClauseRateBasis, NightByNightWithRoomTypesChargesTheNightsAverageRate) {
    // docs/ENGINE.md: per night, a night's rate is its room revenue / its rooms when room types differ.
    // Sun: 50 kings at 200.00 + 50 doubles at 100.00 = 15,000.00 / 100 = 150.00; pickup 60: 20 short.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 2)
                           .block("2027-05-09", 50, "200.00", "KING")
                           .block("2027-05-09", 50, "100.00", "DOUBLE")
                           .block("2027-05-10", 100, "180.00", "KING")
                           .pickup("2027-05-09", 50, "KING")
                           .pickup("2027-05-09", 10, "DOUBLE")
                           .pickup("2027-05-10", 100, "KING")
                           .performanceLevel("80")
                           .nightByNight()
                           .rateBasis(RateBasis::PerNight)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("3000.00")) << dump(a);
    // With the average basis: (15,000.00 + 18,000.00) / 200 = 165.00: 3,300.00.
    Contract avg = c;
    avg.attrition.rateBasis = RateBasis::Average;
    EXPECT_EQ(assessOrFail(avg).rooms, usd("3300.00"));
}

TEST(EngineClauseRateBasis, CumulativeAverageRate) {
    // 100 at 200.00 and 100 at 100.00: average 150.00; required 160, pickup 150: 10 x 150.00 = 1,500.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 2)
                           .block("2027-05-09", 100, "200.00")
                           .block("2027-05-10", 100, "100.00")
                           .pickup("2027-05-09", 75)
                           .pickup("2027-05-10", 75)
                           .rateBasis(RateBasis::Average)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("1500.00")) << dump(a);
    const auto damages = roomDamageLines(a);
    ASSERT_EQ(damages.size(), 1U) << dump(a);
    ASSERT_TRUE(damages[0]->rate);
    EXPECT_EQ(*damages[0]->rate, usd("150.00"));
}

TEST(EngineClauseRateBasis, CumulativePerNightChargesTheRateOfTheRoomsNotPickedUp) {
    // docs/ENGINE.md: cumulatively, the per-night basis charges the average rate of the block rooms not
    // picked up. Only the 100.00 night is short: 10 x 100.00; only the 200.00 night: 10 x 200.00.
    ContractBuilder b;
    b.stay("2027-05-09", 2)
        .block("2027-05-09", 100, "200.00")
        .block("2027-05-10", 100, "100.00")
        .pickup("2027-05-09", 100)
        .pickup("2027-05-10", 50)
        .rateBasis(RateBasis::PerNight);
    const Assessment cheapUnused = assessOrFail(b.build());
    EXPECT_EQ(cheapUnused.rooms, usd("1000.00")) << dump(cheapUnused);
    b.raw().pickup[0].rooms = 50;
    b.raw().pickup[1].rooms = 100;
    const Assessment dearUnused = assessOrFail(b.build());
    EXPECT_EQ(dearUnused.rooms, usd("2000.00")) << dump(dearUnused);
}

// ---------------------------------------------------------------------------------------------------------
// Which pickup counts.

ContractBuilder withAuditCredits() {
    // Block 100 x 3 at 100.00; p = 80%: required 240; pickup 220; audit credits on Sun: 5 outside the block,
    // 3 billed no-shows, 2 walked.
    ContractBuilder b;
    b.stay("2027-05-09", 3)
        .blockEveryNight(100, "100.00")
        .pickup("2027-05-09", 74)
        .pickup("2027-05-10", 73)
        .pickup("2027-05-11", 73)
        .auditCredit("2027-05-09", 5, 3, 2);
    return b;
}

TEST(EngineClauseCountedPickup, EachCreditCountsWhenTheClauseSaysSo) {
    struct Case {
        bool outside, noShows, walked;
        std::int64_t counted;
        const char* owed;
    };
    for (const Case& k : {Case{true, true, true, 230, "1000.00"}, Case{false, true, true, 225, "1500.00"},
                          Case{true, false, true, 227, "1300.00"}, Case{true, true, false, 228, "1200.00"},
                          Case{false, false, false, 220, "2000.00"}}) {
        const Contract c = withAuditCredits().countCredits(k.outside, k.noShows, k.walked).build();
        const Assessment a = assessOrFail(c);
        EXPECT_EQ(a.pickedUpRoomNights, 220);
        EXPECT_EQ(a.countedRoomNights, k.counted) << k.outside << k.noShows << k.walked;
        EXPECT_EQ(a.rooms, usd(k.owed)) << k.outside << k.noShows << k.walked << "\n" << dump(a);
    }
}

TEST(EngineClauseCountedPickup, CountedPickupIsExplained) {
    const Assessment a = assessOrFail(withAuditCredits().build());
    const AssessmentLine* counted = lineWith(a, MessageId::CountedPickup);
    ASSERT_NE(counted, nullptr) << dump(a);
    EXPECT_TRUE(counted->amount.isZero());
    EXPECT_EQ(english(counted->explanation),
              "Counted pickup: 220 picked up + 5 outside the block + 3 billed no-shows "
              "+ 2 walked + 0 comp = 230 room nights (76.6666% of the block)");
    // assessment.h: counted / revised block, truncated to 1 ppm: 230 / 300 = 76.6666|66...%.
    EXPECT_EQ(a.pickupPercent, Percent::fromPartsPerMillion(766666));
}

TEST(EngineClauseCountedPickup, NightByNightCreditsCountOnTheirNight) {
    // Example A night by night with 6 outside-block room nights found on Sunday: Sun short 5, Wed 11:
    // 16 x 150.00 x 80% = 1,920.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 4)
                           .block("2027-05-09", 20, "150.00")
                           .block("2027-05-10", 100, "150.00")
                           .block("2027-05-11", 100, "150.00")
                           .block("2027-05-12", 20, "150.00")
                           .pickup("2027-05-09", 5)
                           .pickup("2027-05-10", 100)
                           .pickup("2027-05-11", 100)
                           .pickup("2027-05-12", 5)
                           .auditCredit("2027-05-09", 6, 0, 0)
                           .damagesFactor("80")
                           .nightByNight()
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("1920.00")) << dump(a);
}

// ---------------------------------------------------------------------------------------------------------
// Resale.

ContractBuilder resaleOnThreeNights() {
    // Block 100 x 3 at 150.00; pickup 70 a night; shortfall 30: 4,500.00 gross. 10 resold at 150.00 on each
    // night; occupancy Sun 97%, Mon 90%, Tue 95%.
    ContractBuilder b;
    b.stay("2027-05-09", 3)
        .blockEveryNight(100, "150.00")
        .pickupEveryNight(70)
        .resale("2027-05-09", 10, "150.00")
        .resale("2027-05-10", 10, "150.00")
        .resale("2027-05-11", 10, "150.00")
        .occupancy("2027-05-09", "97")
        .occupancy("2027-05-10", "90")
        .occupancy("2027-05-11", "95");
    return b;
}

TEST(EngineClauseResale, SoldOutOnlyByCount) {
    // At 95%: Sun and Tue credited (Tue exactly at the threshold), Mon not: liable 30 - 20 = 10: 1,500.00.
    const Contract c =
        resaleOnThreeNights().resaleCredit(ResaleCreditMethod::ByCount).resaleOnlyAtOccupancy("95").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("1500.00")) << dump(a);
    const auto notCredited = linesWith(a, MessageId::ResaleNotCredited);
    ASSERT_EQ(notCredited.size(), 1U) << dump(a);
    EXPECT_TRUE(notCredited[0]->amount.isZero());
    EXPECT_EQ(english(notCredited[0]->explanation),
              "2027-05-10: 10 room nights resold not credited: occupancy 90% is below 95%");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseResale, SoldOutOnlyByRevenue) {
    // Credit 20 x 150.00 = 3,000.00: owed 1,500.00.
    const Contract c =
        resaleOnThreeNights().resaleCredit(ResaleCreditMethod::ByRevenue).resaleOnlyAtOccupancy("95").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("1500.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseResale, EveryResoldNightCreditedWithoutAnOccupancyThreshold) {
    const Assessment a =
        assessOrFail(resaleOnThreeNights().resaleCredit(ResaleCreditMethod::ByCount).build());
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a); // 30 - 30
}

TEST(EngineClauseResale, NightsWithoutAnOccupancyFigureAreNotCreditedWhenSoldOutIsRequired) {
    ContractBuilder b =
        resaleOnThreeNights().resaleCredit(ResaleCreditMethod::ByCount).resaleOnlyAtOccupancy("95");
    b.raw().occupancy.clear();
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.rooms, usd("4500.00")) << dump(a);
}

TEST(EngineClauseResale, NoneIgnoresResale) {
    const Assessment a = assessOrFail(resaleOnThreeNights().resaleCredit(ResaleCreditMethod::None).build());
    EXPECT_EQ(a.rooms, usd("4500.00")) << dump(a);
}

TEST(EngineClauseResale, ByRevenueCreditTakesTheDamagesFactor) {
    // Example B with f = 80%: gross 30 x 200.00 x 80% = 4,800.00; credit 3,160.00 x 80% = 2,528.00: 2,272.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "200.00")
                           .pickupEveryNight(70)
                           .damagesFactor("80")
                           .resaleCredit(ResaleCreditMethod::ByRevenue)
                           .resale("2027-05-09", 12, "180.00")
                           .resale("2027-05-10", 5, "250.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("2272.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseResale, ByRevenueCreditNeverExceedsTheDamages) {
    // Example B with 40 room nights resold at 200.00: credit 8,000.00 against 6,000.00 of damages.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "200.00")
                           .pickupEveryNight(70)
                           .resaleCredit(ResaleCreditMethod::ByRevenue)
                           .resale("2027-05-09", 40, "200.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    const AssessmentLine* limited = lineWith(a, MessageId::ResaleCreditLimited);
    ASSERT_NE(limited, nullptr) << dump(a);
    EXPECT_EQ(english(limited->explanation), "Resale credit limited to the damages of 6,000.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseResale, ByCountNeverBelowZero) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "200.00")
                           .pickupEveryNight(70)
                           .resaleCredit(ResaleCreditMethod::ByCount)
                           .resale("2027-05-09", 45, "120.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseResale, ByRevenueCapsAtTheAverageRateWithTheAverageBasis) {
    // 100 at 200.00 + 100 at 100.00 (average 150.00); pickup 75 a night: 10 short: 1,500.00 gross.
    // 4 resold at 180.00 on the 100.00 night: average basis credits 4 x 150.00 = 600.00 (owed 900.00);
    // per-night basis credits 4 x 100.00 = 400.00 (owed 1,100.00; the unused rooms average 150.00 as well).
    ContractBuilder b;
    b.stay("2027-05-09", 2)
        .block("2027-05-09", 100, "200.00")
        .block("2027-05-10", 100, "100.00")
        .pickupEveryNight(75)
        .resaleCredit(ResaleCreditMethod::ByRevenue)
        .resale("2027-05-10", 4, "180.00");
    const Assessment average = assessOrFail(b.rateBasis(RateBasis::Average).build());
    EXPECT_EQ(average.rooms, usd("900.00")) << dump(average);
    const Assessment perNight = assessOrFail(b.rateBasis(RateBasis::PerNight).build());
    EXPECT_EQ(perNight.rooms, usd("1100.00")) << dump(perNight);
}

TEST(EngineClauseResale, NightByNightByRevenueCapsAtTheNightsRate) {
    // Sun 100 at 200.00, pickup 50: 30 short x 200.00 = 6,000.00; Mon 100 at 100.00 fully picked up.
    // Resold on Sun: 10 at 180.00 and 5 at 250.00 (capped at 200.00): credit 2,800.00: owed 3,200.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 2)
                           .block("2027-05-09", 100, "200.00")
                           .block("2027-05-10", 100, "100.00")
                           .pickup("2027-05-09", 50)
                           .pickup("2027-05-10", 100)
                           .nightByNight()
                           .resaleCredit(ResaleCreditMethod::ByRevenue)
                           .resale("2027-05-09", 10, "180.00")
                           .resale("2027-05-09", 5, "250.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("3200.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseResale, NightByNightRevenueCreditNeverMakesMorePickupCostMore) {
    // Night by night, by revenue, p = 80%, 100.00 a room. Sun: 10 blocked, 5 picked up: 3 short (300.00).
    // Mon: 10 blocked; the hotel resold 10 room nights at 100.00 that night (1,000.00 of resale revenue).
    // With 7 picked up on Monday (1 short) or 8 (none short), one more room picked up must not cost the
    // group more: "room damages never rise as pickup rises" (the credit is the resale revenue, never more
    // than the gross damages).
    ContractBuilder b;
    b.stay("2027-05-09", 2)
        .blockEveryNight(10, "100.00")
        .pickup("2027-05-09", 5)
        .pickup("2027-05-10", 7)
        .nightByNight()
        .resaleCredit(ResaleCreditMethod::ByRevenue)
        .resale("2027-05-10", 10, "100.00");
    const Assessment sevenOnMonday = assessOrFail(b.build());
    b.raw().pickup[1].rooms = 8;
    const Assessment eightOnMonday = assessOrFail(b.build());
    EXPECT_LE(eightOnMonday.rooms, sevenOnMonday.rooms) << dump(sevenOnMonday) << dump(eightOnMonday);
}

TEST(EngineClauseResale, NightByNightRevenueCreditNeverMakesAHigherPerformanceLevelCheaper) {
    // Night by night, by revenue, 100.00 a room. Sun: 10 blocked, 5 picked up. Mon: 10 blocked, 9 picked up,
    // and the hotel resold 10 room nights at 100.00 that night. At 80% Sun is 3 short (300.00), Mon is not
    // short. At 100% both nights are short (5 + 1): a stricter performance level must not cost less.
    ContractBuilder b;
    b.stay("2027-05-09", 2)
        .blockEveryNight(10, "100.00")
        .pickup("2027-05-09", 5)
        .pickup("2027-05-10", 9)
        .nightByNight()
        .resaleCredit(ResaleCreditMethod::ByRevenue)
        .resale("2027-05-10", 10, "100.00");
    const Assessment eighty = assessOrFail(b.performanceLevel("80").build());
    EXPECT_EQ(eighty.rooms, usd("300.00")) << dump(eighty);
    const Assessment hundred = assessOrFail(b.performanceLevel("100").build());
    EXPECT_GE(hundred.rooms, eighty.rooms) << dump(eighty) << dump(hundred);
}

TEST(EngineClauseResale, NightByNightByCountOnAShortNight) {
    // Example A night by night with 5 resold on Sunday: Sun liable 6, Wed 11: 17 x 150.00 x 80% = 2,040.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 4)
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
                           .resaleCredit(ResaleCreditMethod::ByCount)
                           .resale("2027-05-09", 5, "99.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("2040.00")) << dump(a);
    EXPECT_EQ(sumQuantities(roomDamageLines(a)), roomNights("17")) << dump(a);
}

TEST(EngineClauseOverBlock, OffsetTakenFromTheEarliestShortNightsFirst) {
    // docs/ENGINE.md: the over-block offset is taken from the earliest short nights first.
    // Sun 100 at 200.00, 70 picked up: 10 short; Mon 100 at 150.00, 105 picked up: 5 over; Tue 100 at 100.00,
    // 70 picked up: 10 short. Sun 5 x 200.00 + Tue 10 x 100.00 = 2,000.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .block("2027-05-09", 100, "200.00")
                           .block("2027-05-10", 100, "150.00")
                           .block("2027-05-11", 100, "100.00")
                           .pickup("2027-05-09", 70)
                           .pickup("2027-05-10", 105)
                           .pickup("2027-05-11", 70)
                           .nightByNight(/*overBlockCredit=*/true)
                           .rateBasis(RateBasis::PerNight)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("2000.00")) << dump(a);
    const AssessmentLine* credit = lineWith(a, MessageId::OverBlockCredit);
    ASSERT_NE(credit, nullptr) << dump(a);
    EXPECT_EQ(
        english(credit->explanation),
        "Over-block credit: 5 room nights picked up above the block offset the shortfall: 20 - 5 = 15 room "
        "nights");
}

TEST(EngineClauseComps, CountedCompsOffsetANightByNightShortfall) {
    // Example A night by night; 210 picked up earns 4 comps at 1 per 50, counted toward pickup: 22 - 4 = 18
    // room nights: 18 x 150.00 x 80% = 2,160.00.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 4)
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
                           .comps(50, false, /*countTowardPickup=*/true)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.compRoomNights, 4);
    EXPECT_EQ(a.countedRoomNights, 214);
    EXPECT_EQ(a.rooms, usd("2160.00")) << dump(a);
    const AssessmentLine* offset = lineWith(a, MessageId::CompsOffset);
    ASSERT_NE(offset, nullptr) << dump(a);
    EXPECT_EQ(english(offset->explanation),
              "4 comp room nights counted toward pickup offset the shortfall: 22 - 4 = 18 room nights");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

// ---------------------------------------------------------------------------------------------------------
// Caps.

ContractBuilder exampleANightByNight() {
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
        .nightByNight();
    return b;
}

TEST(EngineClauseCap, CapAmountLimitsTheDamages) {
    const Contract c = exampleANightByNight().capAmount("1000.00").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("1000.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("1000.00"));
    const AssessmentLine* capped = lineWith(a, MessageId::DamagesCapped);
    ASSERT_NE(capped, nullptr) << dump(a);
    EXPECT_EQ(capped->component, Component::Rooms);
    EXPECT_EQ(english(capped->explanation), "Damages capped at 1,000.00 (before the cap 2,640.00)");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCap, TaxIsOnTheCappedDamages) {
    const Contract c = exampleANightByNight().capAmount("1000.00").attritionTaxable("10").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("1000.00"));
    EXPECT_EQ(a.tax, usd("100.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("1100.00"));
}

TEST(EngineClauseCap, CapAboveTheDamagesChangesNothing) {
    const Assessment a = assessOrFail(exampleANightByNight().capAmount("5000.00").build());
    EXPECT_EQ(a.rooms, usd("2640.00")) << dump(a);
    EXPECT_FALSE(hasLine(a, MessageId::DamagesCapped));
}

TEST(EngineClauseCap, CapAppliesToTheDamagesAfterResaleCredit) {
    // Example B by revenue owes 2,840.00; a 3,000.00 cap does not bite ("damages = (shortfall, less resale
    // credit) x rate x f"; the cap limits the damages).
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "200.00")
                           .pickupEveryNight(70)
                           .resaleCredit(ResaleCreditMethod::ByRevenue)
                           .resale("2027-05-09", 12, "180.00")
                           .resale("2027-05-10", 5, "250.00")
                           .capAmount("3000.00")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("2840.00")) << dump(a);
}

TEST(EngineClauseCap, CapRoomsAtNightBlockNeverChargesMoreThanTheBlock) {
    // Nobody came and the group had to reach 100%: every blocked room is charged, and no more.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 2)
                           .block("2027-05-09", 20, "100.00")
                           .block("2027-05-10", 30, "100.00")
                           .pickupEveryNight(0)
                           .performanceLevel("100")
                           .thresholdRounding(ThresholdRounding::Up)
                           .nightByNight()
                           .capRoomsAtNightBlock()
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(sumQuantities(roomDamageLines(a)), roomNights("50")) << dump(a);
    EXPECT_EQ(a.rooms, usd("5000.00")) << dump(a);
}

// ---------------------------------------------------------------------------------------------------------
// Tax on damages.

TEST(EngineClauseTax, AttritionDamagesAreNotTaxedByDefault) {
    const Assessment a = assessOrFail(exampleANightByNight().build());
    EXPECT_EQ(a.tax, usd("0.00"));
    EXPECT_TRUE(linesOf(a, Component::Tax).empty()) << dump(a);
}

TEST(EngineClauseTax, TaxableAttritionAddsTax) {
    const Contract c = exampleANightByNight().attritionTaxable("10").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("2640.00"));
    EXPECT_EQ(a.tax, usd("264.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2904.00"));
    const AssessmentLine* tax = lineWith(a, MessageId::TaxOnRooms);
    ASSERT_NE(tax, nullptr) << dump(a);
    EXPECT_EQ(tax->component, Component::Tax);
    EXPECT_EQ(tax->amount, usd("264.00"));
    EXPECT_EQ(english(tax->explanation), "Tax 10% on room damages 2,640.00 = 264.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

ContractBuilder exampleCWithoutTax() {
    ContractBuilder b;
    b.stay("2027-05-09", 1)
        .noAttrition()
        .fbMinimum("40000.00")
        .fbAllowance("10")
        .fbSpend("30500.00")
        .fbDamagesFactor("35")
        .serviceCharge("22");
    return b;
}

TEST(EngineClauseFoodBeverage, TaxOnDamagesOnly) {
    // 1,925.00 x 8.875% = 170.84375: 170.84.
    const Contract c = exampleCWithoutTax().fbTax("8.875", true, false).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.foodBeverage, usd("2348.50"));
    EXPECT_EQ(a.tax, usd("170.84")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2519.34"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseFoodBeverage, TaxOnServiceChargeOnly) {
    // 423.50 x 8.875% = 37.585625: 37.59.
    const Contract c = exampleCWithoutTax().fbTax("8.875", false, true).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.tax, usd("37.59")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2386.09"));
}

TEST(EngineClauseFoodBeverage, NoTaxWhenNeitherIsTaxed) {
    const Contract c = exampleCWithoutTax().fbTax("8.875", false, false).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.tax, usd("0.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("2348.50"));
}

TEST(EngineClauseFoodBeverage, NoServiceChargeUnlessAdded) {
    ContractBuilder b = exampleCWithoutTax();
    b.raw().foodBeverage.serviceChargeOnDamages = false;
    const Contract c = b.fbTax("8.875", true, true).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.foodBeverage, usd("1925.00")) << dump(a);
    EXPECT_EQ(a.tax, usd("170.84")) << dump(a);
    EXPECT_FALSE(hasLine(a, MessageId::FbServiceCharge));
}

TEST(EngineClauseFoodBeverage, SpendAtTheRequiredLevelOwesNothing) {
    const Contract c = exampleCWithoutTax().fbSpend("36000.00").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.foodBeverage, usd("0.00")) << dump(a);
    const AssessmentLine* met = lineWith(a, MessageId::FbMet);
    ASSERT_NE(met, nullptr) << dump(a);
    EXPECT_EQ(english(met->explanation),
              "F&B spend 36,000.00 reaches the required 36,000.00: no F&B damages");
}

TEST(EngineClauseFoodBeverage, OneCentShortOwesTheFactorOfOneCent) {
    // 0.01 short x 35% = 0.0035: 0.00 half-up, 0.01 rounding up.
    ContractBuilder b = exampleCWithoutTax().fbSpend("35999.99");
    b.raw().foodBeverage.serviceChargeOnDamages = false;
    EXPECT_EQ(assessOrFail(b.build()).foodBeverage, usd("0.00"));
    EXPECT_EQ(assessOrFail(b.rounding(RoundingMode::Up).build()).foodBeverage, usd("0.01"));
}

TEST(EngineClauseFoodBeverage, EachPrintedFigureIsRoundedOnceAndTheNextLineUsesIt) {
    // docs/ENGINE.md: the required spend is a printed figure of its own, rounded once: 100.01 x 50% = 50.005,
    // printed 50.01; nothing spent: shortfall 50.01; f = 50%: 50.01 x 50% = 25.005, rounded once: 25.01.
    // So both printed lines can be recomputed from what they print.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .noAttrition()
                           .fbMinimum("100.01")
                           .fbAllowance("50")
                           .fbSpend("0.00")
                           .fbDamagesFactor("50")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.foodBeverage, usd("25.01")) << dump(a);
    const AssessmentLine* required = lineWith(a, MessageId::FbRequired);
    ASSERT_NE(required, nullptr) << dump(a);
    EXPECT_EQ(
        english(required->explanation),
        "F&B minimum 100.01 less the 50% allowance: required 50.01; actual spend 0.00; shortfall 50.01");
    const AssessmentLine* damages = lineWith(a, MessageId::FbDamages);
    ASSERT_NE(damages, nullptr) << dump(a);
    EXPECT_EQ(english(damages->explanation), "F&B shortfall 50.01 x 50% = 25.01");
}

TEST(EngineClauseFoodBeverage, NoMinimumNoDamages) {
    const Contract c = ContractBuilder().stay("2027-05-09", 1).noAttrition().fbSpend("10.00").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.foodBeverage, usd("0.00"));
    EXPECT_EQ(a.totalOwed, usd("0.00"));
}

// ---------------------------------------------------------------------------------------------------------
// Meeting room policies. One night of 100 at 100.00; p = 80%; pickup 75: attrition 5 x 100.00 = 500.00;
// pickup 75% is in example D's 70% band: 75% of the rental.

ContractBuilder meetingAndAttrition(std::string_view rental, MeetingRoomPolicy policy) {
    ContractBuilder b;
    b.stay("2027-05-09", 1)
        .block("2027-05-09", 100, "100.00")
        .pickup("2027-05-09", 75)
        .meetingRental(rental)
        .exampleDScale()
        .meetingPolicy(policy);
    return b;
}

TEST(EngineClauseMeetingRoom, WithAttritionBothAreCharged) {
    const Contract c = meetingAndAttrition("1000.00", MeetingRoomPolicy::WithAttrition).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("500.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("750.00"));
    EXPECT_EQ(a.totalOwed, usd("1250.00"));
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseMeetingRoom, GreaterOfTheTwoChargesTheRentalWhenGreater) {
    const Contract c = meetingAndAttrition("1000.00", MeetingRoomPolicy::GreaterOfTheTwo).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("750.00"));
    EXPECT_EQ(a.totalOwed, usd("750.00"));
    const AssessmentLine* why = lineWith(a, MessageId::GreaterOfMeeting);
    ASSERT_NE(why, nullptr) << dump(a);
    EXPECT_EQ(english(why->explanation), "The greater of room attrition (500.00) and the meeting room rental "
                                         "(750.00) applies: room attrition is not charged");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseMeetingRoom, GreaterOfTheTwoChargesAttritionWhenGreater) {
    const Contract c = meetingAndAttrition("400.00", MeetingRoomPolicy::GreaterOfTheTwo).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("500.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("0.00"));
    EXPECT_EQ(a.totalOwed, usd("500.00"));
    const AssessmentLine* why = lineWith(a, MessageId::GreaterOfAttrition);
    ASSERT_NE(why, nullptr) << dump(a);
    EXPECT_EQ(english(why->explanation), "The greater of room attrition (500.00) and the meeting room rental "
                                         "(300.00) applies: the meeting room rental is not charged");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseMeetingRoom, InsteadOfAttritionDoesNotChargeRoomAttrition) {
    const Contract c = meetingAndAttrition("400.00", MeetingRoomPolicy::InsteadOfAttrition).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("300.00"));
    EXPECT_EQ(a.totalOwed, usd("300.00"));
    const AssessmentLine* why = lineWith(a, MessageId::AttritionInsteadOfMeeting);
    ASSERT_NE(why, nullptr) << dump(a);
    EXPECT_EQ(english(why->explanation),
              "Room attrition 500.00 not charged: the meeting room rental applies instead");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseMeetingRoom, RoomAttritionNotChargedCarriesNoTax) {
    // Taxable attrition (10%) that the policy does not charge: no tax on it.
    for (const MeetingRoomPolicy policy :
         {MeetingRoomPolicy::GreaterOfTheTwo, MeetingRoomPolicy::InsteadOfAttrition}) {
        const Contract c = meetingAndAttrition("1000.00", policy).attritionTaxable("10").build();
        const Assessment a = assessOrFail(c);
        EXPECT_EQ(a.rooms, usd("0.00")) << dump(a);
        EXPECT_EQ(a.tax, usd("0.00")) << dump(a);
        EXPECT_EQ(a.totalOwed, usd("750.00"));
        EXPECT_TRUE(totalsAreConsistent(c, a));
    }
}

TEST(EngineClauseMeetingRoom, TaxableRental) {
    const Contract c =
        meetingAndAttrition("1000.00", MeetingRoomPolicy::WithAttrition).meetingTaxable("10").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.tax, usd("75.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("1325.00"));
    const AssessmentLine* tax = lineWith(a, MessageId::TaxOnMeetingRoom);
    ASSERT_NE(tax, nullptr) << dump(a);
    EXPECT_EQ(tax->component, Component::Tax);
    EXPECT_EQ(english(tax->explanation), "Tax 10% on the meeting room rental 750.00 = 75.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseMeetingRoom, EmptyScaleMeansNoMeetingRoomLine) {
    ContractBuilder b = meetingAndAttrition("1000.00", MeetingRoomPolicy::WithAttrition);
    b.raw().meetingRoom.scale.clear();
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.meetingRoom, usd("0.00"));
    EXPECT_TRUE(linesOf(a, Component::MeetingRoom).empty()) << dump(a);
    EXPECT_EQ(a.rooms, usd("500.00"));
}

TEST(EngineClauseMeetingRoom, BelowEveryBandNothingIsCharged) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 100, "100.00")
                           .pickup("2027-05-09", 60)
                           .performanceLevel("50")
                           .meetingRental("1000.00")
                           .meetingBand("90", "0")
                           .meetingBand("70", "50")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.meetingRoom, usd("0.00")) << dump(a);
    const AssessmentLine* none = lineWith(a, MessageId::MeetingNoBand);
    ASSERT_NE(none, nullptr) << dump(a);
    EXPECT_EQ(english(none->explanation),
              "Meeting room rental 1,000.00; pickup 60% is below every band: nothing charged");
}

TEST(EngineClauseMeetingRoom, PickupPercentIsExactToOnePartPerMillion) {
    // 230 of 300 room nights is 76.6666...%, truncated to 1 ppm: 76.6666%. A band from 76.665% applies.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "100.00")
                           .pickup("2027-05-09", 77)
                           .pickup("2027-05-10", 77)
                           .pickup("2027-05-11", 76)
                           .performanceLevel("50")
                           .meetingRental("1000.00")
                           .meetingBand("76.665", "50")
                           .meetingBand("0", "100")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.pickupPercent, Percent::fromPartsPerMillion(766666));
    EXPECT_EQ(a.meetingRoom, usd("500.00")) << dump(a);
}

TEST(EngineClauseMeetingRoom, BandsListedInAnyOrder) {
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 100, "100.00")
                           .pickup("2027-05-09", 85)
                           .meetingRental("5000.00")
                           .meetingBand("0", "100")
                           .meetingBand("80", "50")
                           .meetingBand("90", "0")
                           .meetingBand("70", "75")
                           .build();
    EXPECT_EQ(assessOrFail(c).meetingRoom, usd("2500.00"));
}

TEST(EngineClauseMeetingRoom, PickupPercentIsMeasuredAgainstTheRevisedBlock) {
    // Block 100 reduced in time to 80; pickup 72 is 90% of the revised block: the rental is waived.
    const Contract c = ContractBuilder()
                           .signedOn("2026-10-01")
                           .stay("2027-05-09", 1)
                           .block("2027-05-09", 100, "100.00")
                           .reviewStep("2027-04-01", "20")
                           .reduction("2027-03-01", date("2027-05-09"), 80)
                           .pickup("2027-05-09", 72)
                           .meetingRental("5000.00")
                           .exampleDScale()
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 80);
    EXPECT_EQ(a.pickupPercent, pct("90"));
    EXPECT_EQ(a.meetingRoom, usd("0.00")) << dump(a);
}

// ---------------------------------------------------------------------------------------------------------
// Comp rooms.

TEST(EngineClauseComps, PerNightRoundsDownEachNight) {
    // 49, 100, 94 picked up at 1 per 50: 0 + 2 + 1 = 3 (cumulatively it would be 243 / 50 = 4).
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 3)
                           .blockEveryNight(100, "150.00")
                           .pickup("2027-05-09", 49)
                           .pickup("2027-05-10", 100)
                           .pickup("2027-05-11", 94)
                           .performanceLevel("0")
                           .comps(50, /*perNight=*/true)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.compRoomNights, 3) << dump(a);
    const AssessmentLine* comps = lineWith(a, MessageId::CompsEarnedPerNight);
    ASSERT_NE(comps, nullptr) << dump(a);
    EXPECT_EQ(comps->component, Component::Comps);
    EXPECT_TRUE(comps->amount.isZero());
    EXPECT_EQ(english(comps->explanation),
              "Comp rooms: 1 per 50 room nights earned night by night: 3 comp room "
              "nights, worth 450.00 at the average rate 150.00");
    Contract cumulative = c;
    cumulative.comps.perNight = false;
    EXPECT_EQ(assessOrFail(cumulative).compRoomNights, 4);
}

TEST(EngineClauseComps, CountingTowardPickupReducesTheShortfall) {
    // Block 100 x 3 at 150.00: required 240; pickup 230 earns 4 comps at 1 per 50. Counted: 234: 6 short
    // (900.00) instead of 10 (1,500.00).
    ContractBuilder b;
    b.stay("2027-05-09", 3)
        .blockEveryNight(100, "150.00")
        .pickup("2027-05-09", 77)
        .pickup("2027-05-10", 77)
        .pickup("2027-05-11", 76)
        .comps(50, false, /*countTowardPickup=*/true);
    const Contract counted = b.build();
    const Assessment a = assessOrFail(counted);
    EXPECT_EQ(a.compRoomNights, 4);
    EXPECT_EQ(a.pickedUpRoomNights, 230);
    EXPECT_EQ(a.countedRoomNights, 234) << dump(a);
    EXPECT_EQ(a.rooms, usd("900.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(counted, a));

    const Assessment notCounted = assessOrFail(b.comps(50, false, false).build());
    EXPECT_EQ(notCounted.countedRoomNights, 230);
    EXPECT_EQ(notCounted.rooms, usd("1500.00")) << dump(notCounted);
    for (const AssessmentLine* line : linesOf(notCounted, Component::Comps)) {
        EXPECT_TRUE(line->amount.isZero());
    }
}

TEST(EngineClauseComps, PerNightCountsTheWholeNightAcrossRoomTypes) {
    // Sun 30 kings + 30 queens = 60: 1 comp at 1 per 50; Mon 49 kings: none. Per night: 1.
    const Contract c = ContractBuilder()
                           .stay("2027-05-09", 2)
                           .block("2027-05-09", 40, "150.00", "KING")
                           .block("2027-05-09", 40, "150.00", "QUEEN")
                           .block("2027-05-10", 60, "150.00", "KING")
                           .pickup("2027-05-09", 30, "KING")
                           .pickup("2027-05-09", 30, "QUEEN")
                           .pickup("2027-05-10", 49, "KING")
                           .performanceLevel("0")
                           .comps(50, /*perNight=*/true)
                           .build();
    EXPECT_EQ(assessOrFail(c).compRoomNights, 1);
    Contract cumulative = c;
    cumulative.comps.perNight = false;
    EXPECT_EQ(assessOrFail(cumulative).compRoomNights, 2); // 109 / 50
}

TEST(EngineClauseComps, NoCompPolicyNoComps) {
    const Assessment a = assessOrFail(ContractBuilder()
                                          .stay("2027-05-09", 1)
                                          .block("2027-05-09", 100, "150.00")
                                          .pickup("2027-05-09", 100)
                                          .build());
    EXPECT_EQ(a.compRoomNights, 0);
    EXPECT_TRUE(linesOf(a, Component::Comps).empty()) << dump(a);
}

// ---------------------------------------------------------------------------------------------------------
// Review schedule and reductions.

ContractBuilder hundredByThreeWithTwoReviewDates() {
    // Block 100 x 3 at 150.00; pickup 200; by 2027-03-01 up to 10%, by 2027-04-01 up to 20%.
    ContractBuilder b;
    b.signedOn("2026-10-01")
        .stay("2027-05-09", 3)
        .blockEveryNight(100, "150.00")
        .pickup("2027-05-09", 67)
        .pickup("2027-05-10", 67)
        .pickup("2027-05-11", 66)
        .reviewStep("2027-03-01", "10")
        .reviewStep("2027-04-01", "20");
    return b;
}

TEST(EngineClauseReview, TheEarliestReviewDateOnOrAfterTheRequestDecides) {
    // 15% on 2027-02-20: the 2027-03-01 step allows only 10%: not honoured.
    const Contract c = hundredByThreeWithTwoReviewDates().reduceEveryNight("2027-02-20", 85).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 300) << dump(a);
    EXPECT_EQ(a.rooms, usd("6000.00"));
    const Message* w = warningWith(a, MessageId::WarnReductionTooLarge);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w),
              "Reduction recorded 2027-02-20 (15% of the original block) not honoured: more than the "
              "10% allowed by 2027-03-01; those rooms stay in the block");
}

TEST(EngineClauseReview, ALaterRequestFallsUnderTheLaterStep) {
    const Contract c = hundredByThreeWithTwoReviewDates().reduceEveryNight("2027-03-10", 85).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 255) << dump(a);
    EXPECT_EQ(a.rooms, usd("600.00"));
}

TEST(EngineClauseReview, ARequestOnTheReviewDateIsInTime) {
    const Contract c = hundredByThreeWithTwoReviewDates().reduceEveryNight("2027-04-01", 80).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 240) << dump(a); // exactly the 20% allowed
    EXPECT_EQ(a.rooms, usd("0.00"));                // required 192, pickup 200
    EXPECT_TRUE(hasLine(a, MessageId::ReductionHonoured));
}

TEST(EngineClauseReview, SuccessiveRequestsAreMeasuredFromTheOriginalBlock) {
    // 10% on 2027-03-10 and a further 5% on 2027-03-25 (15% of the original in all): both honoured.
    const Contract c = hundredByThreeWithTwoReviewDates()
                           .reduceEveryNight("2027-03-10", 90)
                           .reduceEveryNight("2027-03-25", 85)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 255) << dump(a);
    EXPECT_EQ(linesWith(a, MessageId::ReductionHonoured).size(), 2U) << dump(a);
    EXPECT_EQ(a.rooms, usd("600.00"));
}

TEST(EngineClauseReview, ARequestBeyondTheCumulativeAllowanceIsRefusedAsAWhole) {
    // 10% on 2027-03-10 honoured; then 25% of the original on 2027-03-25: refused; the block stays 270.
    // Required 216, pickup 200: 16 x 150.00 = 2,400.00.
    const Contract c = hundredByThreeWithTwoReviewDates()
                           .reduceEveryNight("2027-03-10", 90)
                           .reduceEveryNight("2027-03-25", 75)
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 270) << dump(a);
    EXPECT_EQ(a.rooms, usd("2400.00")) << dump(a);
    EXPECT_EQ(linesWith(a, MessageId::ReductionHonoured).size(), 1U);
    const Message* w = warningWith(a, MessageId::WarnReductionTooLarge);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w),
              "Reduction recorded 2027-03-25 (25% of the original block) not honoured: more than the "
              "20% allowed by 2027-04-01; those rooms stay in the block");
}

TEST(EngineClauseReview, RequestsAreConsideredInDateOrderWhateverTheListOrder) {
    // The 2027-03-25 request (to 85) is listed before the 2027-03-10 one (to 90): taken in date order, 90
    // then 85, both are honoured and the block ends at 255.
    ContractBuilder b = hundredByThreeWithTwoReviewDates().reduceEveryNight("2027-03-25", 85);
    b.reduceEveryNight("2027-03-10", 90);
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.revisedRoomNights, 255) << dump(a);
    EXPECT_EQ(a.rooms, usd("600.00"));
}

TEST(EngineClauseReview, WithoutAScheduleNoReductionIsHonoured) {
    ContractBuilder b = hundredByThreeWithTwoReviewDates().reduceEveryNight("2027-03-20", 85);
    b.raw().reviewSchedule.clear();
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.revisedRoomNights, 300);
    EXPECT_EQ(a.rooms, usd("6000.00"));
    const Message* w = warningWith(a, MessageId::WarnReductionNoSchedule);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w),
              "Reduction recorded 2027-03-20 (15% of the original block) not honoured: the contract "
              "has no review schedule; those rooms stay in the block");
}

TEST(EngineClauseReview, AReductionOfOneNightIsMeasuredInRoomNights) {
    // Only Monday reduced, 100 to 70: 30 of 300 room nights = 10%: honoured at the 2027-03-01 step.
    const Contract c =
        hundredByThreeWithTwoReviewDates().reduction("2027-02-15", date("2027-05-10"), 70).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 270) << dump(a);
    const AssessmentLine* honoured = lineWith(a, MessageId::ReductionHonoured);
    ASSERT_NE(honoured, nullptr) << dump(a);
    EXPECT_EQ(english(honoured->explanation),
              "Reduction recorded 2027-02-15: block 300 to 270 room nights (10% of "
              "the original block), within the 10% allowed by 2027-03-01: honoured");
}

// ---------------------------------------------------------------------------------------------------------
// Cancellation.

ContractBuilder exampleE(std::string_view notice, CancellationBasis basis = CancellationBasis::TotalRevenue) {
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-06-10", 4)
        .blockEveryNight(60, "189.00")
        .fbMinimum("12000.00")
        .cancellationBasis(basis)
        .exampleETiers()
        .noticeReceived(notice);
    return b;
}

TEST(EngineClauseCancellation, RoomRevenueBasis) {
    const Contract c = exampleE("2027-03-01", CancellationBasis::RoomRevenue).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("22680.00")) << dump(a);
    const AssessmentLine* fee = lineWith(a, MessageId::CancelRoomRevenue);
    ASSERT_NE(fee, nullptr) << dump(a);
    EXPECT_EQ(fee->amount, usd("22680.00"));
    EXPECT_EQ(english(fee->explanation), "Anticipated room revenue 45,360.00 x 50% = 22,680.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCancellation, TotalRevenueIncludesTheMeetingRoomRental) {
    // (45,360.00 + 12,000.00 + 5,000.00) x 50% = 31,180.00.
    const Contract c = exampleE("2027-03-01").meetingRental("5000.00").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("31180.00")) << dump(a);
    EXPECT_EQ(a.meetingRoom, usd("0.00"));
}

TEST(EngineClauseCancellation, PerComponentWithTheMeetingRoom) {
    // 45,360.00 x 50% + 12,000.00 x 25% + 5,000.00 x 40% = 22,680.00 + 3,000.00 + 2,000.00 = 27,680.00.
    ContractBuilder b = exampleE("2027-03-01", CancellationBasis::PerComponent).meetingRental("5000.00");
    b.raw().cancellation.tiers.clear();
    b.componentTier(181, std::nullopt, "10", "10", "10")
        .componentTier(91, 180, "50", "25", "40")
        .componentTier(0, 90, "100", "100", "100");
    const Contract c = b.build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("27680.00")) << dump(a);
    const AssessmentLine* meeting = lineWith(a, MessageId::CancelComponentMeeting);
    ASSERT_NE(meeting, nullptr) << dump(a);
    EXPECT_EQ(meeting->amount, usd("2000.00"));
    EXPECT_EQ(english(meeting->explanation), "Meeting room rental 5,000.00 x 40% = 2,000.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCancellation, TierBoundaries) {
    // Basis 57,360.00: 181+ days 10%; 91-180 50%; 31-90 75%; 0-30 100%.
    const Date arrival = date("2027-06-10");
    struct Case {
        std::int32_t days;
        const char* fee;
    };
    for (const Case& k : {Case{300, "5736.00"}, Case{181, "5736.00"}, Case{180, "28680.00"},
                          Case{91, "28680.00"}, Case{90, "43020.00"}, Case{31, "43020.00"},
                          Case{30, "57360.00"}, Case{1, "57360.00"}, Case{0, "57360.00"}}) {
        ContractBuilder b = exampleE("2027-03-01");
        b.raw().cancellationNotice = arrival.addDays(-k.days);
        const Assessment a = assessOrFail(b.build());
        EXPECT_EQ(a.cancellation, usd(k.fee)) << k.days << " days\n" << dump(a);
    }
}

TEST(EngineClauseCancellation, OpenEndedTierIsExplained) {
    const Assessment a = assessOrFail(exampleE("2026-11-01").build()); // 221 days
    const AssessmentLine* tier = lineWith(a, MessageId::CancelNoticeOpenTier);
    ASSERT_NE(tier, nullptr) << dump(a);
    EXPECT_EQ(english(tier->explanation), "Notice received 2026-11-01, 221 days before arrival on "
                                          "2027-06-10: the 181 days or more tier applies");
    EXPECT_EQ(a.cancellation, usd("5736.00"));
}

TEST(EngineClauseCancellation, NoticeAfterArrivalCountsAsZeroDays) {
    const Contract c = exampleE("2027-06-12").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("57360.00")) << dump(a);
    const Message* w = warningWith(a, MessageId::WarnNoticeAfterArrival);
    ASSERT_NE(w, nullptr) << dump(a);
    EXPECT_EQ(english(*w),
              "Notice received 2027-06-12, after arrival on 2027-06-10: assessed as 0 days before arrival");
}

TEST(EngineClauseCancellation, BasisIsTheRevisedBlock) {
    // Block reduced in time from 60 to 50 a night: room revenue 200 x 189.00 = 37,800.00;
    // (37,800.00 + 12,000.00) x 50% = 24,900.00.
    const Contract c =
        exampleE("2027-03-01").reviewStep("2027-01-01", "20").reduceEveryNight("2026-12-01", 50).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.revisedRoomNights, 200);
    EXPECT_EQ(a.cancellation, usd("24900.00")) << dump(a);
}

TEST(EngineClauseCancellation, WholeUnitsRoundTheFee) {
    // Rate 189.99: (45,597.60 + 12,000.00) x 50% = 28,798.80: 28,799.00 half-up, 28,798.00 down.
    ContractBuilder b = exampleE("2027-03-01");
    for (BlockEntry& e : b.raw().block) {
        e.rate = usd("189.99");
    }
    EXPECT_EQ(assessOrFail(b.build()).cancellation, usd("28798.80"));
    b.roundFeeToWholeUnits();
    const Assessment a = assessOrFail(b.build());
    EXPECT_EQ(a.cancellation, usd("28799.00")) << dump(a);
    const AssessmentLine* rounded = lineWith(a, MessageId::CancelRounded);
    ASSERT_NE(rounded, nullptr) << dump(a);
    EXPECT_EQ(english(rounded->explanation), "Fee rounded to whole units: 28,798.80 to 28,799.00");
    EXPECT_TRUE(totalsAreConsistent(b.build(), a));
    EXPECT_EQ(assessOrFail(b.rounding(RoundingMode::Down).build()).cancellation, usd("28798.00"));
}

TEST(EngineClauseCancellation, WholeUnitsUseTheContractRoundingModeOnATie) {
    // One room at 201.00, 50%: 100.50: half-up 101.00, half-even 100.00.
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-06-10", 1)
        .block("2027-06-10", 1, "201.00")
        .tier(0, std::nullopt, "50")
        .noticeReceived("2027-03-01")
        .roundFeeToWholeUnits();
    EXPECT_EQ(assessOrFail(b.build()).cancellation, usd("101.00"));
    EXPECT_EQ(assessOrFail(b.rounding(RoundingMode::HalfEven).build()).cancellation, usd("100.00"));
}

TEST(EngineClauseCancellation, WholeUnitsRoundTheFeeNotEachComponent) {
    // Per component at 50% rooms, 25% F&B: 240 x 189.01 = 45,362.40 x 50% = 22,681.20; 12,001.20 x 25% =
    // 3,000.30; fee 25,681.50, rounded to whole units: 25,682.00 (each component rounded: 25,681.00).
    ContractBuilder b;
    b.signedOn("2026-06-01")
        .stay("2027-06-10", 4)
        .blockEveryNight(60, "189.01")
        .fbMinimum("12001.20")
        .cancellationBasis(CancellationBasis::PerComponent)
        .componentTier(0, std::nullopt, "50", "25", "0")
        .noticeReceived("2027-03-01");
    EXPECT_EQ(assessOrFail(b.build()).cancellation, usd("25681.50"));
    const Assessment a = assessOrFail(b.roundFeeToWholeUnits().build());
    EXPECT_EQ(a.cancellation, usd("25682.00")) << dump(a);
}

TEST(EngineClauseCancellation, MitigationComesBeforeRoundingToWholeUnits) {
    // 21 days: 100% of 45,360.00 less 3 resold at 150.50 (451.50) = 44,908.50, then rounded: 44,909.00.
    const Contract c = exampleE("2027-05-20", CancellationBasis::RoomRevenue)
                           .resale("2027-06-10", 3, "150.50")
                           .mitigation()
                           .roundFeeToWholeUnits()
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("44909.00")) << dump(a);
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCancellation, TaxIsOnTheRoundedFee) {
    // 100.50 rounded half-up to 101.00; tax 10%: 10.10; total 111.10.
    const Contract c = ContractBuilder()
                           .signedOn("2026-06-01")
                           .stay("2027-06-10", 1)
                           .block("2027-06-10", 1, "201.00")
                           .tier(0, std::nullopt, "50")
                           .noticeReceived("2027-03-01")
                           .roundFeeToWholeUnits()
                           .cancellationTaxable("10")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("101.00")) << dump(a);
    EXPECT_EQ(a.tax, usd("10.10"));
    EXPECT_EQ(a.totalOwed, usd("111.10"));
}

TEST(EngineClauseCancellation, MitigationCreditsResoldRoomsAtNoMoreThanTheRate) {
    // 21 days: 100% of room revenue 45,360.00; resold 20 at 150.00 and 10 at 250.00 (capped at 189.00):
    // 3,000.00 + 1,890.00 = 4,890.00: fee 40,470.00.
    ContractBuilder b = exampleE("2027-05-20", CancellationBasis::RoomRevenue);
    b.resale("2027-06-10", 20, "150.00").resale("2027-06-11", 10, "250.00");
    EXPECT_EQ(assessOrFail(b.build()).cancellation, usd("45360.00")); // no mitigation clause
    const Contract c = b.mitigation().build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("40470.00")) << dump(a);
    const AssessmentLine* credit = lineWith(a, MessageId::CancelMitigation);
    ASSERT_NE(credit, nullptr) << dump(a);
    EXPECT_EQ(credit->amount, usd("-4890.00"));
    EXPECT_EQ(
        english(credit->explanation),
        "Resale credit: 30 room nights resold, credited at no more than the contracted rate: -4,890.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCancellation, ForceMajeureWaivesTheFee) {
    const Contract c = exampleE("2027-03-01").forceMajeure().deposit("2026-07-01", "10000.00").build();
    const Assessment a = assessOrFail(c);
    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(a.cancellation, usd("0.00")) << dump(a);
    EXPECT_EQ(a.subtotal, usd("0.00"));
    EXPECT_EQ(a.tax, usd("0.00"));
    EXPECT_EQ(a.totalOwed, usd("0.00"));
    EXPECT_EQ(a.depositsApplied, usd("0.00"));
    EXPECT_EQ(a.netDue, usd("0.00"));
    EXPECT_EQ(a.depositBalance, usd("10000.00"));
    const AssessmentLine* waived = lineWith(a, MessageId::CancelForceMajeure);
    ASSERT_NE(waived, nullptr) << dump(a);
    EXPECT_EQ(english(waived->explanation), "Cancellation fee 28,680.00 waived: force majeure");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCancellation, ForceMajeureWithoutTheWaiverIsCharged) {
    const Contract c = exampleE("2027-03-01").forceMajeure().waiveOnForceMajeure(false).build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("28680.00")) << dump(a);
    EXPECT_FALSE(hasLine(a, MessageId::CancelForceMajeure));
}

TEST(EngineClauseCancellation, TaxableFee) {
    const Contract c =
        exampleE("2027-03-01").cancellationTaxable("10").deposit("2026-07-01", "10000.00").build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, usd("28680.00"));
    EXPECT_EQ(a.tax, usd("2868.00")) << dump(a);
    EXPECT_EQ(a.totalOwed, usd("31548.00"));
    EXPECT_EQ(a.netDue, usd("21548.00"));
    const AssessmentLine* tax = lineWith(a, MessageId::TaxOnCancellation);
    ASSERT_NE(tax, nullptr) << dump(a);
    EXPECT_EQ(tax->component, Component::Tax);
    EXPECT_EQ(english(tax->explanation), "Tax 10% on the cancellation fee 28,680.00 = 2,868.00");
    EXPECT_TRUE(totalsAreConsistent(c, a));
}

TEST(EngineClauseCancellation, NoTiersNoFeeWithAWarning) {
    ContractBuilder b = exampleE("2027-03-01");
    b.raw().cancellation.tiers.clear();
    const Contract c = b.pickupEveryNight(0).build();
    const Assessment a = assessOrFail(c);
    EXPECT_TRUE(a.cancelled);
    EXPECT_EQ(a.totalOwed, usd("0.00")) << dump(a);
    EXPECT_TRUE(hasWarning(a, MessageId::WarnNoCancellationTiers)) << dump(a);
}

TEST(EngineClauseCancellation, YenFeeInWholeYen) {
    // 10 rooms x 2 nights at 18,333 = 366,660 yen; 75% = 274,995 yen.
    const Contract c = ContractBuilder(JPY())
                           .signedOn("2026-06-01")
                           .stay("2027-06-10", 2)
                           .blockEveryNight(10, "18333")
                           .tier(0, 90, "75")
                           .tier(91, std::nullopt, "25")
                           .noticeReceived("2027-05-01")
                           .build();
    const Assessment a = assessOrFail(c);
    EXPECT_EQ(a.cancellation, jpy("274995")) << dump(a);
    EXPECT_TRUE(amountsInContractCurrency(c, a));
}

} // namespace
} // namespace attrition::test
