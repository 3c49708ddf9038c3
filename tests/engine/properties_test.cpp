// Properties of the engine over thousands of generated contracts (a seeded std::mt19937, so every run
// checks the same contracts and a failure names the one that broke the property).

#include "attrition/domain/rounding.h"
#include "test_contracts.h"

#include <algorithm>
#include <cstdint>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

namespace attrition::test {
namespace {

// ---------------------------------------------------------------------------------------------------------
// The generator.

class Rng {
public:
    explicit Rng(std::uint32_t seed)
        : gen_(seed) {}

    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        std::uniform_int_distribution<std::int64_t> d(lo, hi);
        return d(gen_);
    }
    std::int32_t between32(std::int32_t lo, std::int32_t hi) {
        return static_cast<std::int32_t>(between(lo, hi));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T> T pick(const std::vector<T>& values) {
        return values[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(values.size()) - 1))];
    }
    Percent percentBetween(std::int64_t loPoints, std::int64_t hiPoints) {
        // Mostly round figures, sometimes any ppm (8.875%, 33.3333%, ...).
        if (chance(50)) {
            return Percent::fromPoints(between(loPoints, hiPoints));
        }
        return Percent::fromPartsPerMillion(between(loPoints * 10'000, hiPoints * 10'000));
    }
    std::mt19937& engine() { return gen_; }

private:
    std::mt19937 gen_;
};

struct GenOptions {
    bool meetingRoom = true;       ///< a meeting room rental with a scale (WithAttrition, falling charges)
    bool anyMeetingPolicy = false; ///< also GreaterOfTheTwo and InsteadOfAttrition
    bool foodBeverage = true;
    bool reductions = true;
    bool deposits = true;
    bool resale = true;
};

Money randomRate(Rng& r, Currency cur) {
    switch (cur.decimals()) {
    case 0:
        return Money(r.between(5'000, 60'000), cur);
    case 3:
        return Money(r.between(15'000, 200'000), cur);
    default:
        return Money(r.between(5'000, 60'000), cur);
    }
}

Money randomAmount(Rng& r, Currency cur, std::int64_t maxMajor) {
    return Money(r.between(0, maxMajor) * cur.minorPerMajor() + r.between(0, cur.minorPerMajor() - 1), cur);
}

Contract randomContract(Rng& r, const GenOptions& opt, int index) {
    const Currency cur = r.chance(70) ? USD() : r.chance(50) ? JPY() : KWD();
    ContractBuilder b(cur);
    b.reference("GEN-" + std::to_string(index));
    b.rounding(r.pick<RoundingMode>({RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::HalfDown,
                                     RoundingMode::Up, RoundingMode::Down, RoundingMode::Ceiling,
                                     RoundingMode::Floor}));
    Contract& c = b.raw();
    c.arrival = date("2027-01-04").addDays(r.between32(0, 300));
    const std::int32_t nights = r.between32(1, 7);
    c.departure = c.arrival.addDays(nights);
    c.signedOn = c.arrival.addDays(-r.between32(200, 500));

    const std::vector<std::string> types = {"KING", "QUEEN", "SUITE"};
    const auto typeCount = static_cast<std::size_t>(r.between(1, 3));
    std::vector<Money> baseRate;
    for (std::size_t t = 0; t < typeCount; ++t) {
        baseRate.push_back(randomRate(r, cur));
    }
    const bool sameRate = r.chance(25);
    for (std::int32_t n = 0; n < nights; ++n) {
        for (std::size_t t = 0; t < typeCount; ++t) {
            if (!r.chance(85)) {
                continue;
            }
            const std::int32_t rooms = r.chance(8) ? 0 : r.between32(1, 250);
            const Money rate = sameRate ? baseRate[0] : r.chance(60) ? baseRate[t] : randomRate(r, cur);
            c.block.push_back(BlockEntry{c.arrival.addDays(n), types[t], rooms, rate});
        }
    }
    if (c.block.empty()) {
        c.block.push_back(BlockEntry{c.arrival, types[0], r.between32(1, 250), baseRate[0]});
    }
    for (const BlockEntry& e : c.block) {
        if (r.chance(90)) {
            c.pickup.push_back(PickupEntry{e.night, e.roomType, r.between32(0, e.rooms * 13 / 10 + 2)});
        }
    }
    for (std::int32_t n = 0; n < nights; ++n) {
        if (r.chance(25)) {
            c.auditCredits.push_back(
                AuditCredit{c.arrival.addDays(n), r.between32(0, 8), r.between32(0, 4), r.between32(0, 3)});
        }
    }

    AttritionClause& a = c.attrition;
    a.enabled = r.chance(95);
    a.performanceLevel = r.percentBetween(50, 95);
    a.method = r.chance(50) ? AttritionMethod::Cumulative : AttritionMethod::NightByNight;
    a.overBlockCredit = r.chance(40);
    a.thresholdRounding =
        r.pick<ThresholdRounding>({ThresholdRounding::Exact, ThresholdRounding::Up, ThresholdRounding::Down});
    a.damagesFactor = r.chance(40) ? Percent::hundred() : r.percentBetween(0, 100);
    a.rateBasis = r.chance(50) ? RateBasis::PerNight : RateBasis::Average;
    a.countOutsideBlock = r.chance(70);
    a.countBilledNoShows = r.chance(70);
    a.countWalked = r.chance(70);
    if (opt.resale) {
        a.resaleCredit = r.pick<ResaleCreditMethod>(
            {ResaleCreditMethod::None, ResaleCreditMethod::ByCount, ResaleCreditMethod::ByRevenue});
        for (std::int32_t n = 0; n < nights; ++n) {
            if (r.chance(30)) {
                c.resale.push_back(ResaleEntry{c.arrival.addDays(n), r.between32(0, 30), randomRate(r, cur)});
            }
            if (r.chance(60)) {
                c.occupancy.push_back(NightOccupancy{c.arrival.addDays(n), r.percentBetween(70, 100)});
            }
        }
        if (r.chance(30)) {
            a.resaleOnlyAtOccupancy = r.percentBetween(85, 100);
        }
    }
    if (r.chance(25)) {
        a.capAmount = randomAmount(r, cur, cur.decimals() == 0 ? 2'000'000 : 20'000);
    }
    a.capRoomsAtNightBlock = r.chance(30);
    if (r.chance(25)) {
        a.taxable = true;
        a.taxRate = r.percentBetween(0, 15);
    }

    if (r.chance(40)) {
        c.comps = CompPolicy{r.between32(10, 60), r.chance(50), r.chance(50)};
    }

    if (opt.meetingRoom && r.chance(35)) {
        c.meetingRoom.rental = randomAmount(r, cur, cur.decimals() == 0 ? 1'000'000 : 10'000);
        // Bands from the top down: a higher minimum pickup never pays a larger share.
        std::int64_t minPoints = 100;
        std::int64_t charged = 0;
        const int bands = static_cast<int>(r.between(1, 4));
        for (int k = 0; k < bands; ++k) {
            // The lowest band starts at 0%: below every band nothing would be charged, and the rental would
            // then rise as pickup rises into the lowest band.
            minPoints = k + 1 == bands ? 0 : std::max<std::int64_t>(0, minPoints - r.between(5, 30));
            charged = std::min<std::int64_t>(100, charged + r.between(0, 50));
            c.meetingRoom.scale.push_back(
                MeetingScaleBand{Percent::fromPoints(minPoints), Percent::fromPoints(charged)});
        }
        if (r.chance(50)) {
            std::shuffle(c.meetingRoom.scale.begin(), c.meetingRoom.scale.end(), r.engine());
        }
        if (opt.anyMeetingPolicy) {
            c.meetingRoom.policy = r.pick<MeetingRoomPolicy>({MeetingRoomPolicy::WithAttrition,
                                                              MeetingRoomPolicy::GreaterOfTheTwo,
                                                              MeetingRoomPolicy::InsteadOfAttrition});
        }
        if (r.chance(30)) {
            c.meetingRoom.taxable = true;
            c.meetingRoom.taxRate = r.percentBetween(0, 15);
        }
    }

    if (opt.foodBeverage && r.chance(40)) {
        FoodBeverageClause& f = c.foodBeverage;
        f.minimum = randomAmount(r, cur, cur.decimals() == 0 ? 5'000'000 : 50'000);
        f.allowance = r.percentBetween(0, 20);
        f.actualSpend = Money(r.between(0, f.minimum.minorUnits() * 12 / 10), cur);
        f.damagesFactor = r.chance(50) ? Percent::hundred() : r.percentBetween(25, 100);
        if (r.chance(50)) {
            f.serviceChargeRate = r.percentBetween(15, 25);
            f.serviceChargeOnDamages = true;
        }
        if (r.chance(50)) {
            f.taxRate = r.percentBetween(0, 15);
            f.taxOnDamages = r.chance(70);
            f.taxOnServiceCharge = r.chance(70);
        }
    }

    if (opt.reductions && r.chance(25)) {
        c.reviewSchedule.push_back(ReviewStep{c.arrival.addDays(-90), r.percentBetween(5, 15)});
        c.reviewSchedule.push_back(ReviewStep{c.arrival.addDays(-45), r.percentBetween(15, 30)});
        const Date recorded = c.arrival.addDays(-r.between32(20, 120));
        for (const BlockEntry& e : c.block) {
            if (r.chance(50)) {
                c.reductions.push_back(
                    BlockReduction{recorded, e.night, e.roomType, e.rooms - r.between32(0, e.rooms / 3)});
            }
        }
    }

    if (opt.deposits && r.chance(30)) {
        const int count = static_cast<int>(r.between(1, 2));
        for (int k = 0; k < count; ++k) {
            c.deposits.push_back(Deposit{c.signedOn.addDays(r.between32(0, 100)),
                                         randomAmount(r, cur, cur.decimals() == 0 ? 3'000'000 : 30'000),
                                         {}});
        }
    }
    return b.build();
}

/// Random contiguous tiers covering 0 days upward, the percentage never falling as arrival nears.
void randomTiers(Rng& r, Contract& c) {
    CancellationClause& cl = c.cancellation;
    cl.tiers.clear();
    cl.basis = r.pick<CancellationBasis>(
        {CancellationBasis::RoomRevenue, CancellationBasis::TotalRevenue, CancellationBasis::PerComponent});
    const int count = static_cast<int>(r.between(1, 5));
    std::vector<std::int32_t> starts = {0};
    while (static_cast<int>(starts.size()) < count) {
        const std::int32_t s = r.between32(1, 400);
        if (std::find(starts.begin(), starts.end(), s) == starts.end()) {
            starts.push_back(s);
        }
    }
    std::sort(starts.begin(), starts.end());
    // From the nearest tier (0 days) outward the percentages fall (or stay).
    std::int64_t percent = r.between(50, 100) * 10'000;
    std::int64_t rooms = r.between(50, 100) * 10'000;
    std::int64_t fb = r.between(50, 100) * 10'000;
    std::int64_t meeting = r.between(50, 100) * 10'000;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        CancellationTier t;
        t.minDays = starts[k];
        if (k + 1 < starts.size()) {
            t.maxDays = starts[k + 1] - 1;
        }
        t.percent = Percent::fromPartsPerMillion(percent);
        t.roomsPercent = Percent::fromPartsPerMillion(rooms);
        t.foodBeveragePercent = Percent::fromPartsPerMillion(fb);
        t.meetingRoomPercent = Percent::fromPartsPerMillion(meeting);
        cl.tiers.push_back(t);
        percent = r.between(0, percent);
        rooms = r.between(0, rooms);
        fb = r.between(0, fb);
        meeting = r.between(0, meeting);
    }
    std::shuffle(cl.tiers.begin(), cl.tiers.end(), r.engine());
    cl.roundToWholeUnits = r.chance(30);
    cl.creditResale = r.chance(30);
    if (r.chance(30)) {
        cl.taxable = true;
        cl.taxRate = r.percentBetween(0, 15);
    }
}

std::string issuesOf(const Contract& c) {
    std::string out;
    for (const ValidationIssue& issue : validate(c)) {
        out += "\n  " + issue.toEnglish();
    }
    return out;
}

/// amount == quantity x rate x factor, rounded once with the contract's mode.
Money product(Quantity q, Money rate, Percent f, RoundingMode mode) {
    const Wide numerator = static_cast<Wide>(q.micro()) * rate.minorUnits() * f.partsPerMillion();
    const Wide denominator = static_cast<Wide>(Quantity::kScale) * Percent::kScale;
    return Money(checkedNarrow(divideRounded(numerator, denominator, mode)), rate.currency());
}

/// Every {n} of the message's template has an argument, and nothing is left unsubstituted.
::testing::AssertionResult messageComplete(const Message& m) {
    const std::string_view tmpl = englishTemplate(m.id);
    int highest = -1;
    for (std::size_t i = 0; i + 2 < tmpl.size(); ++i) {
        if (tmpl[i] == '{' && tmpl[i + 1] >= '0' && tmpl[i + 1] <= '9' && tmpl[i + 2] == '}') {
            highest = std::max(highest, tmpl[i + 1] - '0');
        }
    }
    if (static_cast<int>(m.argCount) < highest + 1) {
        return ::testing::AssertionFailure() << messageKey(m.id) << " has " << static_cast<int>(m.argCount)
                                             << " arguments for the template \"" << tmpl << "\"";
    }
    const std::string text = renderEnglish(m);
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        if (text[i] == '{' && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
            return ::testing::AssertionFailure() << "unsubstituted placeholder in \"" << text << "\"";
        }
    }
    return ::testing::AssertionSuccess();
}

constexpr std::uint32_t kSeed = 20270509;

// ---------------------------------------------------------------------------------------------------------

TEST(EngineProperty, GeneratedContractsAreValidConsistentAndNeverNegative) {
    Rng r(kSeed);
    GenOptions opt;
    opt.anyMeetingPolicy = true;
    for (int i = 0; i < 3000; ++i) {
        const Contract c = randomContract(r, opt, i);
        SCOPED_TRACE(describe(c));
        const std::string issues = issuesOf(c);
        ASSERT_TRUE(issues.empty()) << "the generator made an invalid contract:" << issues;
        const Assessment a = assess(c);
        const Money zero = Money::zero(c.currency);

        EXPECT_TRUE(totalsAreConsistent(c, a));
        EXPECT_TRUE(amountsInContractCurrency(c, a));
        EXPECT_FALSE(a.cancelled);
        for (const Money* m : {&a.rooms, &a.foodBeverage, &a.meetingRoom, &a.cancellation, &a.subtotal,
                               &a.tax, &a.totalOwed, &a.depositsApplied, &a.netDue, &a.depositBalance}) {
            EXPECT_GE(*m, zero) << dump(a);
        }
        EXPECT_EQ(a.cancellation, zero);
        if (c.attrition.capAmount) {
            EXPECT_LE(a.rooms, *c.attrition.capAmount) << dump(a);
        }

        std::int64_t blocked = 0;
        for (const BlockEntry& e : c.block) {
            blocked += e.rooms;
        }
        std::int64_t picked = 0;
        for (const PickupEntry& p : c.pickup) {
            picked += p.rooms;
        }
        EXPECT_EQ(a.contractedRoomNights, blocked);
        EXPECT_LE(a.revisedRoomNights, a.contractedRoomNights);
        EXPECT_EQ(a.pickedUpRoomNights, picked);
        EXPECT_GE(a.countedRoomNights, a.pickedUpRoomNights);
        EXPECT_GE(a.compRoomNights, 0);

        for (const AssessmentLine& line : a.lines) {
            EXPECT_TRUE(messageComplete(line.explanation));
            if ((line.explanation.id == MessageId::RoomDamages ||
                 line.explanation.id == MessageId::RoomDamagesNight) &&
                line.quantity && line.rate && line.factor) {
                EXPECT_EQ(line.amount, product(*line.quantity, *line.rate, *line.factor, c.rounding))
                    << "the line does not reproduce its amount: " << renderEnglish(line.explanation) << "\n"
                    << dump(a);
                EXPECT_GE(*line.quantity, Quantity()) << dump(a);
            }
        }
        for (const Message& w : a.warnings) {
            EXPECT_TRUE(messageComplete(w));
        }

        // Deposits change what is due, never what is owed.
        if (!c.deposits.empty()) {
            Contract withoutDeposits = c;
            withoutDeposits.deposits.clear();
            EXPECT_EQ(assess(withoutDeposits).totalOwed, a.totalOwed);
        }
        // The contract's own pickup as a scenario changes nothing.
        ScenarioOverrides same;
        same.pickup = c.pickup;
        EXPECT_EQ(assess(c, same).totalOwed, a.totalOwed);

        if (::testing::Test::HasFailure()) {
            break; // one contract's failures at a time
        }
    }
}

TEST(EngineProperty, RoomDamagesNeverRiseAsPickupRises) {
    Rng r(kSeed + 1);
    int failures = 0;
    for (int i = 0; i < 2000 && failures < 5; ++i) {
        const Contract c = randomContract(r, GenOptions{}, i);
        SCOPED_TRACE(describe(c));
        const std::vector<PickupSweepPoint> points = sweepPickup(c);
        ASSERT_EQ(points.size(), 151U);
        const Money zero = Money::zero(c.currency);
        for (std::size_t k = 0; k < points.size(); ++k) {
            EXPECT_GE(points[k].roomDamages, zero);
            if (c.attrition.capAmount) {
                EXPECT_LE(points[k].roomDamages, *c.attrition.capAmount);
            }
            if (k > 0 && (points[k].roomDamages > points[k - 1].roomDamages ||
                          points[k].totalOwed > points[k - 1].totalOwed ||
                          points[k].meetingRoom > points[k - 1].meetingRoom)) {
                ADD_FAILURE() << "at " << points[k].pickup.toString() << ": room damages "
                              << points[k - 1].roomDamages.toDisplayString() << " -> "
                              << points[k].roomDamages.toDisplayString() << ", meeting room "
                              << points[k - 1].meetingRoom.toDisplayString() << " -> "
                              << points[k].meetingRoom.toDisplayString() << ", total "
                              << points[k - 1].totalOwed.toDisplayString() << " -> "
                              << points[k].totalOwed.toDisplayString();
                ++failures;
                break;
            }
        }
    }
}

TEST(EngineProperty, NothingOwedForRoomsAtOrAboveThePerformanceLevel) {
    Rng r(kSeed + 2);
    int failures = 0;
    for (int i = 0; i < 2000 && failures < 5; ++i) {
        Contract c = randomContract(r, GenOptions{}, i);
        c.reductions.clear();
        // Every night and room type reaches the performance level (rounded up to whole rooms), and more.
        c.pickup.clear();
        const std::int64_t ppm = c.attrition.performanceLevel.partsPerMillion();
        for (const BlockEntry& e : c.block) {
            const std::int64_t required = (ppm * e.rooms + Percent::kScale - 1) / Percent::kScale;
            c.pickup.push_back(
                PickupEntry{e.night, e.roomType, static_cast<std::int32_t>(required + r.between(0, 5))});
        }
        SCOPED_TRACE(describe(c));
        const Assessment a = assess(c);
        if (a.rooms != Money::zero(c.currency)) {
            ADD_FAILURE() << "room damages at or above the performance level\n" << dump(a);
            ++failures;
        }
    }
}

TEST(EngineProperty, DamagesNeverFallAsThePerformanceLevelOrTheFactorRises) {
    Rng r(kSeed + 3);
    int failures = 0;
    for (int i = 0; i < 4000 && failures < 5; ++i) {
        const Contract c = randomContract(r, GenOptions{}, i);
        Contract higherLevel = c;
        higherLevel.attrition.performanceLevel = Percent::fromPartsPerMillion(std::min<std::int64_t>(
            Percent::kScale, c.attrition.performanceLevel.partsPerMillion() + r.between(1, 200'000)));
        Contract higherFactor = c;
        higherFactor.attrition.damagesFactor = Percent::fromPartsPerMillion(std::min<std::int64_t>(
            Percent::kScale, c.attrition.damagesFactor.partsPerMillion() + r.between(1, 500'000)));
        SCOPED_TRACE(describe(c));
        const Assessment base = assess(c);
        const Assessment level = assess(higherLevel);
        const Assessment factor = assess(higherFactor);
        if (level.rooms < base.rooms) {
            ADD_FAILURE() << "raising the performance level to "
                          << higherLevel.attrition.performanceLevel.toString()
                          << " lowered room damages from " << base.rooms.toDisplayString() << " to "
                          << level.rooms.toDisplayString() << "\n"
                          << dump(base) << dump(level);
            ++failures;
        }
        if (factor.rooms < base.rooms) {
            ADD_FAILURE() << "raising the damages factor to "
                          << higherFactor.attrition.damagesFactor.toString() << " lowered room damages from "
                          << base.rooms.toDisplayString() << " to " << factor.rooms.toDisplayString() << "\n"
                          << dump(base) << dump(factor);
            ++failures;
        }
    }
}

TEST(EngineProperty, ResaleCreditAndCapsNeverRaiseDamages) {
    Rng r(kSeed + 4);
    int failures = 0;
    for (int i = 0; i < 1500 && failures < 5; ++i) {
        const Contract c = randomContract(r, GenOptions{}, i);
        SCOPED_TRACE(describe(c));
        const Assessment a = assess(c);
        Contract noResale = c;
        noResale.attrition.resaleCredit = ResaleCreditMethod::None;
        Contract noCap = c;
        noCap.attrition.capAmount.reset();
        const Assessment withoutResale = assess(noResale);
        const Assessment withoutCap = assess(noCap);
        if (a.rooms > withoutResale.rooms || a.rooms > withoutCap.rooms) {
            ADD_FAILURE() << "resale credit or cap raised the damages: " << a.rooms.toDisplayString()
                          << " (without resale credit " << withoutResale.rooms.toDisplayString()
                          << ", without cap " << withoutCap.rooms.toDisplayString() << ")\n"
                          << dump(a);
            ++failures;
        }
        // "Never more rooms charged on a night than were blocked" cannot bind below a 100% performance level.
        Contract flipped = c;
        flipped.attrition.capRoomsAtNightBlock = !c.attrition.capRoomsAtNightBlock;
        if (assess(flipped).rooms != a.rooms) {
            ADD_FAILURE() << "capRoomsAtNightBlock changed damages that never exceed the block\n" << dump(a);
            ++failures;
        }
    }
}

TEST(EngineProperty, OrderOfTheListsDoesNotMatter) {
    Rng r(kSeed + 5);
    int failures = 0;
    for (int i = 0; i < 1000 && failures < 5; ++i) {
        const Contract c = randomContract(r, GenOptions{}, i);
        Contract shuffled = c;
        std::shuffle(shuffled.block.begin(), shuffled.block.end(), r.engine());
        std::shuffle(shuffled.pickup.begin(), shuffled.pickup.end(), r.engine());
        std::shuffle(shuffled.auditCredits.begin(), shuffled.auditCredits.end(), r.engine());
        std::shuffle(shuffled.resale.begin(), shuffled.resale.end(), r.engine());
        std::shuffle(shuffled.occupancy.begin(), shuffled.occupancy.end(), r.engine());
        std::shuffle(shuffled.reductions.begin(), shuffled.reductions.end(), r.engine());
        std::shuffle(shuffled.meetingRoom.scale.begin(), shuffled.meetingRoom.scale.end(), r.engine());
        SCOPED_TRACE(describe(c));
        const Assessment a = assess(c);
        const Assessment b = assess(shuffled);
        if (a.rooms != b.rooms || a.foodBeverage != b.foodBeverage || a.meetingRoom != b.meetingRoom ||
            a.tax != b.tax || a.totalOwed != b.totalOwed || a.revisedRoomNights != b.revisedRoomNights ||
            a.countedRoomNights != b.countedRoomNights || a.compRoomNights != b.compRoomNights) {
            ADD_FAILURE() << "reordering the lists changed the assessment\n" << dump(a) << dump(b);
            ++failures;
        }
    }
}

TEST(EngineProperty, NightByNightNeverOwesLessThanCumulative) {
    // With one rate, exact thresholds and nothing else in play, the sum of the nightly shortfalls is at
    // least the cumulative shortfall. Each night's line is rounded on its own: allow one minor unit a night.
    Rng r(kSeed + 6);
    int failures = 0;
    for (int i = 0; i < 1500 && failures < 5; ++i) {
        GenOptions opt;
        opt.resale = false;
        opt.reductions = false;
        Contract c = randomContract(r, opt, i);
        const Money rate = c.block.front().rate;
        for (BlockEntry& e : c.block) {
            e.rate = rate;
        }
        c.attrition.thresholdRounding = ThresholdRounding::Exact;
        c.attrition.overBlockCredit = false;
        c.attrition.capAmount.reset();
        c.comps = CompPolicy{};
        Contract nightly = c;
        c.attrition.method = AttritionMethod::Cumulative;
        nightly.attrition.method = AttritionMethod::NightByNight;
        SCOPED_TRACE(describe(c));
        const Assessment cumulative = assess(c);
        const Assessment byNight = assess(nightly);
        const Money tolerance(c.nightCount(), c.currency);
        if (byNight.rooms + tolerance < cumulative.rooms) {
            ADD_FAILURE() << "night by night " << byNight.rooms.toDisplayString() << " < cumulative "
                          << cumulative.rooms.toDisplayString() << "\n"
                          << dump(cumulative) << dump(byNight);
            ++failures;
        }
    }
}

TEST(EngineProperty, CancellationFeeNeverFallsAsArrivalNears) {
    Rng r(kSeed + 7);
    int failures = 0;
    for (int i = 0; i < 800 && failures < 5; ++i) {
        Contract c = randomContract(r, GenOptions{}, i);
        randomTiers(r, c);
        SCOPED_TRACE(describe(c));
        ASSERT_TRUE(issuesOf(c).empty()) << issuesOf(c);
        const std::vector<CancellationSweepPoint> points =
            sweepCancellation(c, c.signedOn, c.arrival.addDays(3));
        ASSERT_EQ(points.size(), static_cast<std::size_t>(c.arrival.addDays(3).daysSince(c.signedOn) + 1));
        for (std::size_t k = 0; k < points.size(); ++k) {
            EXPECT_EQ(points[k].notice, c.signedOn.addDays(static_cast<std::int32_t>(k)));
            if (points[k].notice <= c.arrival) {
                EXPECT_EQ(points[k].daysBeforeArrival, c.arrival.daysSince(points[k].notice));
            }
            EXPECT_GE(points[k].fee, Money::zero(c.currency));
            EXPECT_GE(points[k].totalOwed, points[k].fee);
            if (k > 0 &&
                (points[k].fee < points[k - 1].fee || points[k].totalOwed < points[k - 1].totalOwed)) {
                ADD_FAILURE() << "notice " << points[k].notice.toIso() << " (" << points[k].daysBeforeArrival
                              << " days): fee " << points[k - 1].fee.toDisplayString() << " -> "
                              << points[k].fee.toDisplayString();
                ++failures;
                break;
            }
        }
    }
}

TEST(EngineProperty, ForceMajeureWaivesEveryCancellation) {
    Rng r(kSeed + 8);
    for (int i = 0; i < 300; ++i) {
        Contract c = randomContract(r, GenOptions{}, i);
        randomTiers(r, c);
        c.cancellationNotice = c.signedOn.addDays(r.between32(0, c.arrival.daysSince(c.signedOn)));
        c.forceMajeure = true;
        c.cancellation.waiveOnForceMajeure = true;
        SCOPED_TRACE(describe(c));
        const Assessment a = assess(c);
        EXPECT_TRUE(a.cancelled);
        EXPECT_EQ(a.totalOwed, Money::zero(c.currency)) << dump(a);
        EXPECT_TRUE(totalsAreConsistent(c, a));
    }
}

TEST(EngineProperty, CancelledContractsAreConsistent) {
    Rng r(kSeed + 12);
    for (int i = 0; i < 1000; ++i) {
        Contract c = randomContract(r, GenOptions{}, i);
        randomTiers(r, c);
        c.cancellationNotice = c.signedOn.addDays(r.between32(0, c.arrival.daysSince(c.signedOn) + 5));
        c.forceMajeure = r.chance(20);
        c.cancellation.waiveOnForceMajeure = r.chance(70);
        SCOPED_TRACE(describe(c));
        const Assessment a = assess(c);
        const Money zero = Money::zero(c.currency);
        EXPECT_TRUE(a.cancelled);
        EXPECT_TRUE(totalsAreConsistent(c, a));
        EXPECT_TRUE(amountsInContractCurrency(c, a));
        EXPECT_EQ(a.rooms, zero) << dump(a);
        EXPECT_EQ(a.foodBeverage, zero) << dump(a);
        EXPECT_EQ(a.meetingRoom, zero) << dump(a);
        EXPECT_GE(a.cancellation, zero) << dump(a);
        EXPECT_GE(a.tax, zero) << dump(a);
        if (c.forceMajeure && c.cancellation.waiveOnForceMajeure) {
            EXPECT_EQ(a.totalOwed, zero) << dump(a);
        }
        if (c.cancellation.roundToWholeUnits) {
            EXPECT_EQ(a.cancellation.minorUnits() % c.currency.minorPerMajor(), 0) << dump(a);
        }
        for (const AssessmentLine& line : a.lines) {
            EXPECT_TRUE(messageComplete(line.explanation));
        }
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
}

TEST(EngineProperty, UniformPickupIsTheShareOfEachBlockEntryRoundedHalfUp) {
    Rng r(kSeed + 13);
    for (int i = 0; i < 1000; ++i) {
        Contract c = randomContract(r, GenOptions{}, i);
        c.reductions.clear(); // the revised block is the block
        const Percent share = Percent::fromPartsPerMillion(r.between(0, 1'500'000));
        Contract explicitPickup = c;
        explicitPickup.pickup.clear();
        for (const BlockEntry& e : c.block) {
            const Wide rooms = divideRounded(static_cast<Wide>(e.rooms) * share.partsPerMillion(),
                                             Percent::kScale, RoundingMode::HalfUp);
            explicitPickup.pickup.push_back(
                PickupEntry{e.night, e.roomType, static_cast<std::int32_t>(rooms)});
        }
        ScenarioOverrides o;
        o.uniformPickup = share;
        SCOPED_TRACE(describe(c) + "uniform pickup " + share.toString());
        const Assessment viaScenario = assess(c, o);
        const Assessment viaPickup = assess(explicitPickup);
        EXPECT_EQ(viaScenario.pickedUpRoomNights, viaPickup.pickedUpRoomNights);
        EXPECT_EQ(viaScenario.rooms, viaPickup.rooms) << dump(viaScenario) << dump(viaPickup);
        EXPECT_EQ(viaScenario.meetingRoom, viaPickup.meetingRoom);
        EXPECT_EQ(viaScenario.totalOwed, viaPickup.totalOwed);
        if (::testing::Test::HasFailure()) {
            break;
        }
    }
}

TEST(EngineProperty, PickupSweepPointsEqualAssessWithTheScenario) {
    Rng r(kSeed + 9);
    int failures = 0;
    for (int i = 0; i < 150 && failures < 5; ++i) {
        const Contract c = randomContract(r, GenOptions{}, i);
        SCOPED_TRACE(describe(c));
        const std::vector<PickupSweepPoint> points = sweepPickup(c, 0, 150, 3);
        ASSERT_EQ(points.size(), 51U);
        for (const PickupSweepPoint& p : points) {
            ScenarioOverrides o;
            o.uniformPickup = p.pickup;
            const Assessment a = assess(c, o);
            if (p.roomDamages != a.rooms || p.meetingRoom != a.meetingRoom || p.totalOwed != a.totalOwed) {
                ADD_FAILURE() << "at " << p.pickup.toString() << " the sweep says rooms "
                              << p.roomDamages.toDisplayString() << ", meeting "
                              << p.meetingRoom.toDisplayString() << ", total "
                              << p.totalOwed.toDisplayString() << "\n"
                              << dump(a);
                ++failures;
                break;
            }
        }
    }
}

TEST(EngineProperty, CancellationSweepPointsEqualAssessWithTheScenario) {
    Rng r(kSeed + 10);
    int failures = 0;
    for (int i = 0; i < 100 && failures < 5; ++i) {
        Contract c = randomContract(r, GenOptions{}, i);
        randomTiers(r, c);
        SCOPED_TRACE(describe(c));
        const std::vector<CancellationSweepPoint> points =
            sweepCancellation(c, c.signedOn, c.arrival.addDays(2));
        for (std::size_t k = 0; k < points.size(); k += 3) {
            const CancellationSweepPoint& p = points[k];
            ScenarioOverrides o;
            o.cancellationNotice = p.notice;
            const Assessment a = assess(c, o);
            if (!a.cancelled || p.fee != a.cancellation || p.totalOwed != a.totalOwed) {
                ADD_FAILURE() << "notice " << p.notice.toIso() << ": the sweep says fee "
                              << p.fee.toDisplayString() << ", total " << p.totalOwed.toDisplayString()
                              << "\n"
                              << dump(a);
                ++failures;
                break;
            }
        }
    }
}

TEST(EngineProperty, FoodBeverageSweepPointsEqualAssessWithTheScenario) {
    Rng r(kSeed + 11);
    int failures = 0;
    int withMinimum = 0;
    for (int i = 0; i < 600 && failures < 5; ++i) {
        const Contract c = randomContract(r, GenOptions{}, i);
        if (c.foodBeverage.minimum.isZero()) {
            continue;
        }
        ++withMinimum;
        SCOPED_TRACE(describe(c));
        const Money top = Money(c.foodBeverage.minimum.minorUnits() * 11 / 10, c.currency);
        const std::vector<SpendSweepPoint> points = sweepFoodBeverage(c, Money::zero(c.currency), top, 20);
        ASSERT_EQ(points.size(), 21U);
        for (std::size_t k = 0; k < points.size(); ++k) {
            const SpendSweepPoint& p = points[k];
            ScenarioOverrides o;
            o.foodBeverageSpend = p.spend;
            const Assessment a = assess(c, o);
            const Money fbTax = sumAmounts(linesWith(a, MessageId::TaxOnFoodBeverage), c.currency);
            if (p.damages != a.foodBeverage || p.totalOwed != a.foodBeverage + fbTax) {
                ADD_FAILURE() << "spend " << p.spend.toDisplayString() << ": the sweep says damages "
                              << p.damages.toDisplayString() << ", total " << p.totalOwed.toDisplayString()
                              << "\n"
                              << dump(a);
                ++failures;
                break;
            }
            if (k > 0 && (p.damages > points[k - 1].damages || p.totalOwed > points[k - 1].totalOwed)) {
                ADD_FAILURE() << "F&B damages rose as spend rose to " << p.spend.toDisplayString();
                ++failures;
                break;
            }
        }
    }
    EXPECT_GT(withMinimum, 100);
}

TEST(EngineProperty, TotalsWithoutLinesEqualTheItemizedAssessment) {
    Rng r(kSeed + 14);
    int failures = 0;
    for (int i = 0; i < 400 && failures < 5; ++i) {
        GenOptions options;
        options.anyMeetingPolicy = true;
        Contract c = randomContract(r, options, i);
        randomTiers(r, c);
        SCOPED_TRACE(describe(c));
        for (int k = 0; k < 4; ++k) {
            ScenarioOverrides o;
            switch (k) {
            case 1:
                o.uniformPickup = Percent::fromPartsPerMillion(r.between(0, 1'500'000));
                break;
            case 2:
                o.foodBeverageSpend = randomAmount(r, c.currency, 40'000);
                o.uniformPickup = Percent::fromPartsPerMillion(r.between(0, 1'200'000));
                break;
            case 3:
                o.cancellationNotice =
                    c.signedOn.addDays(r.between32(0, c.arrival.daysSince(c.signedOn) + 2));
                break;
            default:
                break;
            }
            const Assessment full = assess(c, o);
            const Assessment totals = assessTotals(c, o);
            EXPECT_TRUE(totals.lines.empty());
            const bool same =
                totals.cancelled == full.cancelled && totals.pickupPercent == full.pickupPercent &&
                totals.contractedRoomNights == full.contractedRoomNights &&
                totals.revisedRoomNights == full.revisedRoomNights &&
                totals.pickedUpRoomNights == full.pickedUpRoomNights &&
                totals.countedRoomNights == full.countedRoomNights &&
                totals.compRoomNights == full.compRoomNights && totals.rooms == full.rooms &&
                totals.foodBeverage == full.foodBeverage && totals.meetingRoom == full.meetingRoom &&
                totals.cancellation == full.cancellation && totals.subtotal == full.subtotal &&
                totals.tax == full.tax && totals.totalOwed == full.totalOwed &&
                totals.depositsApplied == full.depositsApplied && totals.netDue == full.netDue &&
                totals.depositBalance == full.depositBalance;
            if (!same) {
                ADD_FAILURE() << "scenario " << k << ": totals without lines differ\n"
                              << dump(full) << dump(totals);
                ++failures;
                break;
            }
        }
    }
}

} // namespace
} // namespace attrition::test
