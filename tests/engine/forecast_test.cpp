// The forecast: booking curves, the pickup methods, the range, the damages risk, the release advice and the
// backtest, against the worked examples H to K of the domain primer and against bad input.

#include "attrition/engine/forecast.h"
#include "synthetic_groups.h"
#include "test_contracts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::test;
using namespace attrition::forecast;

namespace {

/// A past group of one night with a 100-room block: `atX` rooms on the books `x` days before arrival, and
/// `final` at arrival.
struct PastGroup {
    Contract contract;
    std::vector<PickupSnapshot> snapshots;
};

PastGroup pastGroup(std::int32_t block, std::int32_t x, std::int32_t atX, std::int32_t final,
                    std::string account = {}) {
    PastGroup g;
    g.contract =
        ContractBuilder().status(ContractStatus::Actualized).block("2026-05-10", block, "200.00").build();
    g.contract.account = std::move(account);
    g.contract.arrival = date("2026-05-10");
    g.contract.departure = date("2026-05-11");
    g.contract.signedOn = date("2025-01-10");
    g.contract.pickup = {PickupEntry{date("2026-05-10"), "KING", final}};
    g.snapshots = {
        PickupSnapshot{g.contract.arrival.addDays(-x), {PickupEntry{date("2026-05-10"), "KING", atX}}},
        PickupSnapshot{g.contract.arrival, {PickupEntry{date("2026-05-10"), "KING", final}}}};
    return g;
}

History historyOf(const std::vector<PastGroup>& groups) {
    std::vector<GroupHistory> gh;
    for (const PastGroup& g : groups) {
        gh.push_back(GroupHistory{&g.contract, g.snapshots});
    }
    return History(gh);
}

/// The group to forecast: one night, block 100 at 200.00, 80% night by night, `booked` rooms on the books.
Contract upcoming(std::int32_t booked) {
    return ContractBuilder()
        .stay("2027-05-09", 1)
        .block("2027-05-09", 100, "200.00")
        .pickup("2027-05-09", booked)
        .nightByNight()
        .build();
}

ForecastOptions at(std::int32_t daysBeforeArrival, std::optional<Method> method = std::nullopt) {
    ForecastOptions o;
    o.today = date("2027-05-09").addDays(-daysBeforeArrival);
    o.method = method;
    return o;
}

/// 25 past groups with the final pickup exactly 0.5 x what was on the books 30 days before arrival + 0.4 x
/// the block: blocks 100 to 140 (0.4 x block is whole), 20 to 60 rooms on the books (even), not
/// proportional to the block; nothing on the books before 30 days.
std::vector<PastGroup> planeGroups() {
    std::vector<PastGroup> groups;
    for (int i = 0; i < 25; ++i) {
        const std::int32_t block = 100 + 10 * (i % 5);
        const std::int32_t booked = 20 + 8 * (i / 5) + 2 * (i % 5);
        const std::int32_t final = booked / 2 + 2 * block / 5;
        groups.push_back(pastGroup(block, 30, booked, final));
    }
    return groups;
}

/// The leave-one-out WAPE of the regression at day x, from scratch: each group forecast by the fit over a
/// history of the other groups only.
double regressionWapeFromScratch(const std::vector<PastGroup>& groups, std::int32_t x) {
    double absError = 0;
    double actual = 0;
    for (std::size_t j = 0; j < groups.size(); ++j) {
        std::vector<PastGroup> others = groups;
        others.erase(others.begin() + static_cast<std::ptrdiff_t>(j));
        const RegressionFit fit = regressionFit(historyOf(others), x);
        const auto& c = groups[j].contract;
        const double final = c.pickup.front().rooms;
        const double booked = groups[j].snapshots.front().entries.front().rooms;
        const double block = c.block.front().rooms;
        const double forecast = fit.available ? std::max(0.0, fit.alpha * booked + fit.beta * block) : booked;
        absError += std::abs(forecast - final);
        actual += final;
    }
    return absError / actual;
}

std::vector<PastGroup> syntheticGroups(int count, std::uint64_t seed) {
    std::vector<PastGroup> groups;
    for (synthetic::PastGroup& g : synthetic::pastGroups(count, seed)) {
        groups.push_back(PastGroup{std::move(g.contract), std::move(g.snapshots)});
    }
    return groups;
}

} // namespace

// H. Multiplicative: block 100, B_30 = 48, c(30) = 0.60: F = 80.
TEST(ForecastWorkedExamples, H_MultiplicativePickup) {
    std::vector<PastGroup> groups;
    for (int i = 0; i < kMinCurveGroups; ++i) {
        groups.push_back(pastGroup(100, 30, 60, 100));
    }
    const History history = historyOf(groups);
    const Forecast f = forecastPickup(upcoming(48), history, at(30, Method::Multiplicative));
    EXPECT_FALSE(f.curve.fallback);
    EXPECT_EQ(f.curve.groups, 20);
    EXPECT_NEAR(f.curve.share[30], 0.60, 1e-12);
    EXPECT_NEAR(f.expected, 80.0, 1e-9);
    ASSERT_EQ(f.nights.size(), 1U);
    EXPECT_NEAR(f.nights[0].expected, 80.0, 1e-9);
    EXPECT_EQ(f.onTheBooks, 48);
    EXPECT_TRUE(std::any_of(f.explanation.begin(), f.explanation.end(),
                            [](const Message& m) { return m.id == MessageId::ForecastMultiplicative; }));
}

// H. Additive with a mean of 0.35 rooms still to come per blocked room: F = 48 + 35 = 83.
TEST(ForecastWorkedExamples, H_AdditivePickup) {
    std::vector<PastGroup> groups;
    for (int i = 0; i < kMinCurveGroups; ++i) {
        groups.push_back(pastGroup(100, 30, 65, 100)); // (100 - 65) / 100 = 0.35 still to come
    }
    const Forecast f = forecastPickup(upcoming(48), historyOf(groups), at(30, Method::Additive));
    EXPECT_EQ(f.method, Method::Additive);
    EXPECT_NEAR(f.expected, 83.0, 1e-9);
    const auto additive = std::find_if(f.explanation.begin(), f.explanation.end(),
                                       [](const Message& m) { return m.id == MessageId::ForecastAdditive; });
    ASSERT_NE(additive, f.explanation.end());
    EXPECT_EQ(english(*additive),
              "Additive pickup: 48 room nights on the books + 0.35 room nights still to come per "
              "blocked room x 100 room nights blocked = 83 room nights expected at arrival");
}

// I. Range: past errors at 30 days with q10 = 0.85 and q90 = 1.10 give 68 .. 88 for F = 80.
TEST(ForecastWorkedExamples, I_RangeFromPastErrors) {
    const std::vector<double> errors = {0.80, 0.85, 0.90, 0.95, 1.00, 1.00, 1.00, 1.05, 1.08, 1.10, 1.20};
    EXPECT_NEAR(quantile(errors, 0.10), 0.85, 1e-12);
    EXPECT_NEAR(quantile(errors, 0.90), 1.10, 1e-12);
    const Band b = band(80, errors);
    EXPECT_EQ(b.p10, 68);
    EXPECT_EQ(b.p50, 80);
    EXPECT_EQ(b.p90, 88);
}

// J. Risk: final pickup 70 or 90 with probability 0.5 each: expected damages 1,000.00, while the damages at
// the expected pickup (80) are 0.00.
TEST(ForecastWorkedExamples, J_ExpectedDamagesAreNotTheDamagesAtTheExpectedPickup) {
    const Contract c = upcoming(40);
    Forecast f;
    f.nights = {NightForecast{date("2027-05-09"), "KING", 100, 40, 80.0, 70, 80, 90}};
    f.expected = 80;
    f.setErrors({0.875, 1.125}); // 70 and 90 rooms
    ForecastOptions o = at(30);
    o.draws = 100'000;
    const DamagesRisk r = damagesRisk(c, f, o);
    EXPECT_EQ(r.exactExpected, usd("1000.00"));
    EXPECT_EQ(r.atExpectedPickup, usd("0.00"));
    EXPECT_NEAR(static_cast<double>(r.expected.minorUnits()), 100'000.0, 1'500.0); // +/- 15.00 (5 sigma)
    EXPECT_NEAR(r.probabilityOwed, 0.5, 0.01);
    EXPECT_EQ(r.p10, usd("0.00"));
    EXPECT_EQ(r.p90, usd("2000.00"));
}

// K. Release: final pickup uniform on 60..100, c_o = 150, c_u = 50: keep Q = 70 with P(pickup > Q) = 0.75;
// the schedule allows a 20% reduction, so release to 80 and say that the contract stops it at 80.
TEST(ForecastWorkedExamples, K_ReleaseWithinTheReviewSchedule) {
    Contract c = upcoming(40);
    c.reviewSchedule = {ReviewStep{date("2027-04-01"), pct("20")}};
    Forecast f;
    f.nights = {NightForecast{date("2027-05-09"), "KING", 100, 40, 80.0, 0, 0, 0}};
    f.expected = 80;
    std::vector<double> uniform;
    for (int rooms = 60; rooms <= 100; ++rooms) {
        uniform.push_back(rooms / 80.0);
    }
    f.setErrors(uniform);
    ForecastOptions o = at(60); // 10 March 2027, before the review date
    AdviceOptions costs;
    costs.overageCost = 150;
    costs.underageCost = 50;
    const Advice a = adviseRelease(c, f, o, costs);
    EXPECT_DOUBLE_EQ(a.criticalRatio, 0.75);
    ASSERT_EQ(a.nights.size(), 1U);
    EXPECT_EQ(a.nights[0].supported, 70);
    EXPECT_EQ(a.nights[0].allowed, 80);
    EXPECT_EQ(a.nights[0].keep, 80);
    EXPECT_EQ(a.nights[0].release, 20);
    EXPECT_EQ(a.releaseRoomNights, 20);
    ASSERT_TRUE(a.reviewDate.has_value());
    EXPECT_EQ(*a.reviewDate, date("2027-04-01"));
    EXPECT_TRUE(std::any_of(a.explanation.begin(), a.explanation.end(),
                            [](const Message& m) { return m.id == MessageId::AdviceNightLimited; }));
    // A lower block lowers the base attrition is measured on: releasing never raises the expected damages.
    EXPECT_LE(a.released.exactExpected, a.hold.exactExpected);
    // Hold: 80% of 100 = 80 required; release: 80% of 80 = 64 required. Finals uniform on 60..100.
    // Hold: shortfall (80 - p) x 200 for p = 60..79: 200 x (20 + 19 + ... + 1) / 41 = 42,000 / 41.
    EXPECT_EQ(a.hold.exactExpected, Money::fromRatio(4'200'000, 41, USD(), RoundingMode::HalfUp));
    // Release: shortfall (64 - p) x 200 for p = 60..63: 200 x (4 + 3 + 2 + 1) / 41 = 2,000 / 41.
    EXPECT_EQ(a.released.exactExpected, Money::fromRatio(200'000, 41, USD(), RoundingMode::HalfUp));
}

// A reduction honoured at an earlier review date already used part of the allowance, which is of the original
// block: the release starts from the block held today and never raises it again.
TEST(ForecastRelease, StartsFromTheBlockHeldAfterTheReductionsHonoured) {
    Contract c = upcoming(40);
    c.reviewSchedule = {ReviewStep{date("2027-01-10"), pct("10")}, ReviewStep{date("2027-04-01"), pct("20")}};
    c.reductions = {BlockReduction{date("2027-01-05"), date("2027-05-09"), "KING", 90}};
    Forecast f;
    f.nights = {NightForecast{date("2027-05-09"), "KING", 100, 40, 50.0, 0, 0, 0}};
    f.expected = 50;
    f.setErrors({1.0});
    const Advice a = adviseRelease(c, f, at(60)); // 10 March: the 20% step is next
    ASSERT_EQ(a.nights.size(), 1U);
    EXPECT_EQ(a.nights[0].block, 90);   // held today
    EXPECT_EQ(a.nights[0].allowed, 80); // 20% of the original 100
    EXPECT_EQ(a.nights[0].keep, 80);
    EXPECT_EQ(a.nights[0].release, 10);
    EXPECT_EQ(a.releaseRoomNights, 10);
    EXPECT_LE(a.released.exactExpected, a.hold.exactExpected);

    // The whole allowance used already: nothing more to release, and the block is not raised to the floor.
    c.reductions = {BlockReduction{date("2027-01-05"), date("2027-05-09"), "KING", 78}};
    c.reviewSchedule = {ReviewStep{date("2027-01-10"), pct("25")}, ReviewStep{date("2027-04-01"), pct("20")}};
    const Advice none = adviseRelease(c, f, at(60));
    ASSERT_EQ(none.nights.size(), 1U);
    EXPECT_EQ(none.nights[0].block, 78);
    EXPECT_EQ(none.nights[0].keep, 78);
    EXPECT_EQ(none.nights[0].release, 0);
    EXPECT_EQ(none.releaseRoomNights, 0);
    EXPECT_EQ(none.released.exactExpected, none.hold.exactExpected);
}

TEST(ForecastRelease, NoReviewDateAheadMeansNoRelease) {
    Contract c = upcoming(40);
    c.reviewSchedule = {ReviewStep{date("2027-01-01"), pct("20")}};
    Forecast f;
    f.nights = {NightForecast{date("2027-05-09"), "KING", 100, 40, 50.0, 0, 0, 0}};
    f.setErrors({1.0});
    const Advice a = adviseRelease(c, f, at(30));
    EXPECT_FALSE(a.reviewDate.has_value());
    EXPECT_EQ(a.releaseRoomNights, 0);
    EXPECT_EQ(a.explanation.back().id, MessageId::AdviceNoReviewDate);
}

TEST(ForecastRisk, TheSameSeedGivesTheSameFiguresAndAnotherSeedDrawsAgain) {
    const std::vector<PastGroup> groups = syntheticGroups(200, 7);
    const History history = historyOf(groups);
    const Contract c = upcoming(45);
    ForecastOptions o = at(30);
    o.seed = 42;
    const Forecast f = forecastPickup(c, history, o);
    const DamagesRisk a = damagesRisk(c, f, o);
    const DamagesRisk b = damagesRisk(c, f, o);
    EXPECT_EQ(a.expected, b.expected);
    EXPECT_EQ(a.p10, b.p10);
    EXPECT_EQ(a.p90, b.p90);
    EXPECT_EQ(a.probabilityOwed, b.probabilityOwed);
    o.seed = 43;
    const DamagesRisk other = damagesRisk(c, f, o);
    EXPECT_EQ(other.exactExpected, a.exactExpected) << "the exact expectation does not depend on the seed";
    // The Monte Carlo mean is close to the exact expectation.
    EXPECT_NEAR(static_cast<double>(a.expected.minorUnits()),
                static_cast<double>(a.exactExpected.minorUnits()),
                0.05 * static_cast<double>(a.exactExpected.minorUnits()) + 100);
}

TEST(ForecastCurves, FewComparableGroupsFallBackToTheDefaultCurveAndSaySo) {
    std::vector<PastGroup> groups;
    for (int i = 0; i < 5; ++i) {
        groups.push_back(pastGroup(100, 30, 60, 100));
    }
    const Forecast f = forecastPickup(upcoming(48), historyOf(groups), at(30));
    EXPECT_TRUE(f.curve.fallback);
    EXPECT_EQ(f.curve.groups, 5);
    EXPECT_NEAR(f.curve.share[30], 0.80, 1e-12);
    EXPECT_NEAR(f.expected, 60.0, 1e-9); // 48 / 0.80
    EXPECT_EQ(f.errorGroups, 0) << "the default range";
    EXPECT_TRUE(std::any_of(f.explanation.begin(), f.explanation.end(),
                            [](const Message& m) { return m.id == MessageId::ForecastCurveFallback; }));
    EXPECT_TRUE(std::any_of(f.explanation.begin(), f.explanation.end(),
                            [](const Message& m) { return m.id == MessageId::ForecastDefaultRange; }));
}

TEST(ForecastCurves, TheDefaultCurveFollowsItsDocumentedPoints) {
    const BookingCurve c = defaultCurve();
    EXPECT_DOUBLE_EQ(c.share[0], 1.00);
    EXPECT_DOUBLE_EQ(c.share[21], 0.83);
    EXPECT_DOUBLE_EQ(c.share[30], 0.80);
    EXPECT_DOUBLE_EQ(c.share[60], 0.65);
    EXPECT_DOUBLE_EQ(c.share[90], 0.55);
    EXPECT_DOUBLE_EQ(c.share[365], 0.25);
    for (std::size_t x = 1; x < c.share.size(); ++x) {
        EXPECT_LE(c.share[x], c.share[x - 1]) << x;
    }
}

TEST(ForecastMethods, TheAccountsOwnHistoryIsUsedWithThreeGroupsOrMore) {
    std::vector<PastGroup> groups;
    for (int i = 0; i < kMinCurveGroups; ++i) {
        groups.push_back(pastGroup(100, 30, 60, 100, "Others"));
    }
    for (int i = 0; i < kMinAccountGroups; ++i) {
        groups.push_back(pastGroup(100, 30, 40, 100, "ASCN")); // this account books late: 40% at 30 days
    }
    Contract c = upcoming(30);
    c.account = "ASCN";
    const Forecast f = forecastPickup(c, historyOf(groups), at(30, Method::Account));
    EXPECT_EQ(f.method, Method::Account);
    EXPECT_EQ(f.curve.groups, 3);
    EXPECT_NEAR(f.expected, 75.0, 1e-9); // 30 / 0.40
    c.account = "Unknown account";
    EXPECT_EQ(forecastPickup(c, historyOf(groups), at(30, Method::Account)).method, Method::Multiplicative);
}

TEST(ForecastMethods, TheDefaultMethodIsTheOneWithTheLowestBacktestError) {
    const std::vector<PastGroup> groups = syntheticGroups(300, 11);
    const History history = historyOf(groups);
    for (const std::int32_t x : {90, 60, 30, 14}) {
        const std::array<std::int32_t, 1> day = {x};
        const BacktestHorizon b = backtest(history, day).front();
        const Forecast f = forecastPickup(upcoming(45), history, at(x));
        Method expected = b.wapeAdditive < b.wapeMultiplicative ? Method::Additive : Method::Multiplicative;
        if (b.wapeRegression < std::min(b.wapeAdditive, b.wapeMultiplicative)) {
            expected = Method::Regression;
        }
        EXPECT_EQ(f.method, expected) << x;
        const auto chosen = std::find_if(f.explanation.begin(), f.explanation.end(), [](const Message& m) {
            return m.id == MessageId::ForecastMethodChosen;
        });
        ASSERT_NE(chosen, f.explanation.end());
        const double best = std::min({b.wapeAdditive, b.wapeMultiplicative, b.wapeRegression});
        // The explanation shows the error to a tenth of a point.
        EXPECT_EQ(chosen->args[2].asPercent().partsPerMillion(), std::llround(best * 1e3) * 1'000) << x;
    }
}

// --- The regression pickup: F = alpha B_x + beta K, fitted per day by least squares on the other groups.

// 25 groups with F = 0.5 B_30 + 0.4 K exactly: the fit finds 0.5 and 0.4, and a group with 48 rooms on the
// books of a 100-room block 30 days before arrival is expected to end at 0.5 x 48 + 0.4 x 100 = 64 rooms.
TEST(ForecastRegression, FitsAGroupHistoryLyingOnAPlane) {
    const std::vector<PastGroup> groups = planeGroups();
    const History history = historyOf(groups);
    const RegressionFit fit = regressionFit(history, 30);
    EXPECT_TRUE(fit.available);
    EXPECT_FALSE(fit.fallback);
    EXPECT_EQ(fit.groups, 25);
    EXPECT_NEAR(fit.alpha, 0.5, 1e-12);
    EXPECT_NEAR(fit.beta, 0.4, 1e-12);
    const Forecast f = forecastPickup(upcoming(48), history, at(30, Method::Regression));
    EXPECT_EQ(f.method, Method::Regression);
    EXPECT_NEAR(f.expected, 64.0, 1e-9);
    ASSERT_EQ(f.nights.size(), 1U);
    EXPECT_NEAR(f.nights[0].expected, 64.0, 1e-9);
    EXPECT_EQ(f.nights[0].p50, 64);
    const auto message = std::find_if(f.explanation.begin(), f.explanation.end(),
                                      [](const Message& m) { return m.id == MessageId::ForecastRegression; });
    ASSERT_NE(message, f.explanation.end());
    EXPECT_EQ(english(*message),
              "Regression pickup fitted on 25 past groups: final pickup = 0.5 x on the books 30 days before "
              "arrival + 0.4 x the block, so 48 room nights on the books and 100 room nights blocked give 64 "
              "room nights expected at arrival");
    // Every group lies on the plane the others give: no error, and the range is the forecast itself.
    const std::array<std::int32_t, 1> thirty = {30};
    EXPECT_NEAR(backtest(history, thirty).front().wapeRegression, 0.0, 1e-12);
    EXPECT_EQ(f.errorGroups, 25);
    EXPECT_EQ(f.p10, 64);
    EXPECT_EQ(f.p90, 64);
}

// Nothing on the books (S_bb = 0) or on the books in proportion to the block (a singular system): alpha = 0
// and beta = sum F K / sum K^2, the block x the weighted wash.
TEST(ForecastRegression, FallsBackToTheBlockTimesTheWeightedWashWhenSingular) {
    const std::vector<PastGroup> groups = planeGroups();
    const History history = historyOf(groups);
    double fk = 0;
    double kk = 0;
    for (const PastGroup& g : groups) {
        fk += static_cast<double>(g.contract.pickup.front().rooms) * g.contract.block.front().rooms;
        kk += static_cast<double>(g.contract.block.front().rooms) * g.contract.block.front().rooms;
    }
    const RegressionFit far = regressionFit(history, 60); // the groups' first report is at 30 days
    EXPECT_TRUE(far.available);
    EXPECT_TRUE(far.fallback);
    EXPECT_EQ(far.alpha, 0.0);
    EXPECT_DOUBLE_EQ(far.beta, fk / kk);
    const Forecast f = forecastPickup(upcoming(0), history, at(60, Method::Regression));
    EXPECT_EQ(f.method, Method::Regression);
    EXPECT_NEAR(f.expected, 100 * fk / kk, 1e-9);

    // On the books exactly half the block at 30 days for every group: B and K are collinear.
    std::vector<PastGroup> collinear;
    for (int i = 0; i < 25; ++i) {
        const std::int32_t block = 100 + 2 * i;
        collinear.push_back(pastGroup(block, 30, block / 2, block - i % 7));
    }
    const RegressionFit line = regressionFit(historyOf(collinear), 30);
    EXPECT_TRUE(line.fallback);
    EXPECT_EQ(line.alpha, 0.0);
    EXPECT_GT(line.beta, 0.9);
    EXPECT_LT(line.beta, 1.0);
}

// Each group is forecast from a fit on the other groups: the backtest's WAPE is that of fits on histories
// built without the group, and not that of the fit on all groups.
TEST(ForecastRegression, AGroupIsLeftOutOfItsOwnFit) {
    std::vector<PastGroup> groups = planeGroups();
    // Two groups off the plane.
    groups[0] = pastGroup(100, 30, 20, 80);
    groups[13] = pastGroup(130, 30, 40, 50);
    const History history = historyOf(groups);
    const std::array<std::int32_t, 1> thirty = {30};
    const BacktestHorizon b = backtest(history, thirty).front();
    EXPECT_NEAR(b.wapeRegression, regressionWapeFromScratch(groups, 30), 1e-12);

    // In sample (each group in its own fit) the error is smaller: a different figure.
    const RegressionFit all = regressionFit(history, 30);
    double absError = 0;
    double actual = 0;
    for (const PastGroup& g : groups) {
        const double booked = g.snapshots.front().entries.front().rooms;
        absError += std::abs(all.alpha * booked + all.beta * g.contract.block.front().rooms -
                             g.contract.pickup.front().rooms);
        actual += g.contract.pickup.front().rooms;
    }
    EXPECT_LT(absError / actual, b.wapeRegression - 1e-3);

    // The range comes from the same leave-one-out forecasts: e = final / forecast of each group.
    std::vector<double> expected;
    for (std::size_t j = 0; j < groups.size(); ++j) {
        std::vector<PastGroup> others = groups;
        others.erase(others.begin() + static_cast<std::ptrdiff_t>(j));
        const RegressionFit fit = regressionFit(historyOf(others), 30);
        const double booked = groups[j].snapshots.front().entries.front().rooms;
        expected.push_back(groups[j].contract.pickup.front().rooms /
                           (fit.alpha * booked + fit.beta * groups[j].contract.block.front().rooms));
    }
    std::sort(expected.begin(), expected.end());
    const Forecast f = forecastPickup(upcoming(48), history, at(30, Method::Regression));
    ASSERT_EQ(f.errors().size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_NEAR(f.errors()[i], expected[i], 1e-12) << i;
    }
}

// The backtest that chooses the method (one pass over the groups for the day) and the one backtest()
// reports give the same regression figures, and the errors taken from that pass are those computed for the
// method alone, bit for bit.
TEST(ForecastRegression, TheMethodChoiceTakesItWhenItsErrorIsLowest) {
    const History history = historyOf(planeGroups());
    const Forecast f = forecastPickup(upcoming(48), history, at(30));
    EXPECT_EQ(f.method, Method::Regression);
    EXPECT_NEAR(f.expected, 64.0, 1e-9);
    EXPECT_TRUE(std::any_of(f.explanation.begin(), f.explanation.end(),
                            [](const Message& m) { return m.id == MessageId::ForecastMethodChosen; }));

    const std::vector<PastGroup> groups = syntheticGroups(300, 11);
    const History chosen = historyOf(groups);
    const History alone = historyOf(groups);
    for (const std::int32_t x : {60, 30}) {
        (void)forecastPickup(upcoming(45), chosen, at(x)); // the day's pass
        const Forecast a = forecastPickup(upcoming(45), chosen, at(x, Method::Regression));
        const Forecast b = forecastPickup(upcoming(45), alone, at(x, Method::Regression));
        ASSERT_EQ(a.errors().size(), b.errors().size()) << x;
        EXPECT_TRUE(std::equal(a.errors().begin(), a.errors().end(), b.errors().begin())) << x;
        EXPECT_EQ(a.expected, b.expected) << x;
    }
}

TEST(ForecastRegression, DegenerateHistoriesGiveNoNaNAndNoNegativeRooms) {
    // No group has a block: the regression is not available; asked for, the forecast is multiplicative.
    std::vector<PastGroup> noBlocks;
    for (int i = 0; i < 25; ++i) {
        noBlocks.push_back(pastGroup(0, 30, 60, 100));
    }
    const History withoutBlocks = historyOf(noBlocks);
    EXPECT_FALSE(regressionFit(withoutBlocks, 30).available);
    const Forecast none = forecastPickup(upcoming(48), withoutBlocks, at(30, Method::Regression));
    EXPECT_EQ(none.method, Method::Multiplicative);
    EXPECT_NEAR(none.expected, 80.0, 1e-9); // 48 / 0.60
    EXPECT_NE(forecastPickup(upcoming(48), withoutBlocks, at(30)).method, Method::Regression);

    // Fewer than kMinCurveGroups groups with a block: not available either.
    std::vector<PastGroup> few = planeGroups();
    few.resize(kMinCurveGroups - 1);
    EXPECT_FALSE(regressionFit(historyOf(few), 30).available);

    // Nothing on the books at any day but arrival: block x weighted wash at every other day.
    std::vector<PastGroup> nothing;
    for (int i = 0; i < 25; ++i) {
        nothing.push_back(pastGroup(100 + i, 30, 0, 80 + i));
    }
    const History empty = historyOf(nothing);
    const RegressionFit fit = regressionFit(empty, 30);
    EXPECT_TRUE(fit.fallback);
    EXPECT_EQ(fit.alpha, 0.0);

    // A fit that goes below zero (F = 2 B - K / 2) gives 0 rooms, not fewer.
    std::vector<PastGroup> steep;
    for (int i = 0; i < 25; ++i) {
        const std::int32_t block = 100 + 2 * (i % 5);
        const std::int32_t booked = 40 + 3 * (i / 5) + (i % 5);
        steep.push_back(pastGroup(block, 30, booked, 2 * booked - block / 2));
    }
    const History steepHistory = historyOf(steep);
    EXPECT_NEAR(regressionFit(steepHistory, 30).alpha, 2.0, 1e-9);
    const Forecast low = forecastPickup(upcoming(0), steepHistory, at(30, Method::Regression));
    EXPECT_EQ(low.method, Method::Regression);
    EXPECT_EQ(low.expected, 0.0);
    EXPECT_EQ(low.p90, 0);

    const std::array<std::int32_t, 3> horizons = {0, 30, 200};
    for (const History* h : {&withoutBlocks, &empty, &steepHistory}) {
        for (const BacktestHorizon& r : backtest(*h, horizons)) {
            EXPECT_TRUE(std::isfinite(r.wapeRegression)) << r.daysBeforeArrival;
            EXPECT_GE(r.wapeRegression, 0.0) << r.daysBeforeArrival;
        }
        for (const std::int32_t booked : {0, 10, 200}) {
            for (const std::int32_t x : {0, 30, 200, 365}) {
                const Forecast f = forecastPickup(upcoming(booked), *h, at(x, Method::Regression));
                EXPECT_TRUE(std::isfinite(f.expected));
                EXPECT_GE(f.expected, 0.0);
                EXPECT_GE(f.p10, 0);
                EXPECT_LE(f.p10, f.p90);
            }
        }
    }
    EXPECT_THROW((void)regressionFit(empty, 366), ForecastError);
}

TEST(ForecastBacktest, BeatsTheNaiveBaselinesOnGroupsThatFollowACurve) {
    const std::vector<PastGroup> groups = syntheticGroups(500, 3);
    const History history = historyOf(groups);
    const std::array<std::int32_t, 4> horizons = {90, 60, 30, 14};
    const std::vector<BacktestHorizon> results = backtest(history, horizons);
    ASSERT_EQ(results.size(), 4U);
    for (const BacktestHorizon& r : results) {
        std::printf("%3d days: WAPE multiplicative %.4f, additive %.4f, regression %.4f, on the books %.4f, "
                    "block x wash %.4f; calibration %.4f\n",
                    r.daysBeforeArrival, r.wapeMultiplicative, r.wapeAdditive, r.wapeRegression,
                    r.wapeOnTheBooks, r.wapeBlockWash, r.calibration);
        EXPECT_EQ(r.groups, 500);
        EXPECT_LT(r.wapeMultiplicative, r.wapeOnTheBooks) << r.daysBeforeArrival;
        // About 80% of the finals inside their P10-P90 band (leave one out); close to arrival many groups
        // have the same error (all their rooms are booked), and ties at the band's ends count as inside.
        EXPECT_GE(r.calibration, 0.70) << r.daysBeforeArrival;
        EXPECT_LE(r.calibration, 0.95) << r.daysBeforeArrival;
        EXPECT_LT(std::min(r.wapeMultiplicative, r.wapeAdditive), 0.20) << r.daysBeforeArrival;
        // The regression is at least as good as the other methods and the block x wash baseline.
        EXPECT_LE(r.wapeRegression, std::min({r.wapeMultiplicative, r.wapeAdditive, r.wapeBlockWash}))
            << r.daysBeforeArrival;
        EXPECT_TRUE(std::isfinite(r.wapeAdditive));
        EXPECT_TRUE(std::isfinite(r.wapeBlockWash));
    }
    const std::array<std::int32_t, 1> bad = {366};
    EXPECT_THROW((void)backtest(history, bad), ForecastError);
}

// --- Bad input: a clear message or a documented fallback, never a crash, NaN or a negative room count.

TEST(ForecastBadInput, SnapshotsOutsideTheContractAreLeftOutAndCounted) {
    PastGroup g = pastGroup(100, 30, 60, 100);
    g.snapshots.push_back(
        PickupSnapshot{g.contract.arrival.addDays(3), {PickupEntry{g.contract.arrival, "KING", 999}}});
    g.snapshots.push_back(
        PickupSnapshot{g.contract.signedOn.addDays(-1), {PickupEntry{g.contract.arrival, "KING", 999}}});
    const History h = historyOf({g});
    EXPECT_EQ(h.snapshotsAfterArrival(), 1);
    EXPECT_EQ(h.snapshotsBeforeSigning(), 1);
    ASSERT_EQ(h.groups().size(), 1U);
    EXPECT_EQ(h.groups()[0].onTheBooks[0], 100);
    EXPECT_EQ(h.groups()[0].onTheBooks[30], 60);
    const Forecast f = forecastPickup(upcoming(10), h, at(30));
    EXPECT_EQ(f.explanation.front().id, MessageId::ForecastSnapshotsIgnored);
}

TEST(ForecastBadInput, GroupsWithoutHistoryFinalOrBlockAreSkipped) {
    PastGroup noHistory = pastGroup(100, 30, 60, 100);
    noHistory.snapshots.clear();
    PastGroup noFinal = pastGroup(100, 30, 60, 0);
    PastGroup zeroBlock = pastGroup(0, 30, 60, 100);
    const History h = historyOf({noHistory, noFinal, zeroBlock});
    EXPECT_EQ(h.groupsWithoutHistory(), 1);
    EXPECT_EQ(h.groupsWithoutFinalPickup(), 1);
    EXPECT_EQ(h.groupsWithoutBlock(), 1);
    const std::array<std::int32_t, 2> horizons = {30, 0};
    for (const BacktestHorizon& r : backtest(h, horizons)) {
        EXPECT_TRUE(std::isfinite(r.wapeMultiplicative));
        EXPECT_TRUE(std::isfinite(r.wapeAdditive));
        EXPECT_TRUE(std::isfinite(r.wapeRegression));
        EXPECT_TRUE(std::isfinite(r.wapeBlockWash));
    }
}

TEST(ForecastBadInput, PickupThatGoesDownIsTakenAsItStood) {
    PastGroup g = pastGroup(100, 30, 120, 90); // 120 on the books at 30 days, 90 at arrival: wash
    const History h = historyOf({g});
    EXPECT_EQ(h.groups()[0].onTheBooks[30], 120);
    EXPECT_EQ(h.groups()[0].onTheBooks[0], 90);
    const BookingCurve c = bookingCurve(h, 1);
    EXPECT_NEAR(c.share[30], 120.0 / 90.0, 1e-12) << "shares above 100% are kept: the group washed";
}

TEST(ForecastBadInput, NoComparableGroupsAndNoPickupGiveZeroNotNaN) {
    const History none(std::span<const GroupHistory>{});
    const Forecast f = forecastPickup(upcoming(0), none, at(200));
    EXPECT_EQ(f.expected, 0.0);
    EXPECT_EQ(f.p90, 0);
    EXPECT_TRUE(f.curve.fallback);
    const DamagesRisk r = damagesRisk(upcoming(0), f, at(200));
    EXPECT_EQ(r.expected, usd("16000.00")); // 80 rooms short x 200.00, on every draw
    EXPECT_DOUBLE_EQ(r.probabilityOwed, 1.0);
}

TEST(ForecastBadInput, AGroupThatArrivedKeepsItsPickupAsFinal) {
    const Forecast f = forecastPickup(upcoming(70), History(std::span<const GroupHistory>{}), at(-3));
    EXPECT_EQ(f.expected, 70.0);
    EXPECT_EQ(f.p10, 70);
    EXPECT_EQ(f.explanation.back().id, MessageId::ForecastArrived);
}

TEST(ForecastBadInput, FarFromArrivalTheCurveAt365DaysIsUsedAndSaid) {
    const Forecast f = forecastPickup(upcoming(10), History(std::span<const GroupHistory>{}), at(500));
    EXPECT_EQ(f.daysBeforeArrival, 365);
    EXPECT_NEAR(f.expected, 40.0, 1e-9); // 10 / 0.25
    EXPECT_TRUE(std::any_of(f.explanation.begin(), f.explanation.end(),
                            [](const Message& m) { return m.id == MessageId::ForecastBeyondHorizon; }));
}

TEST(ForecastBadInput, OptionsOutOfRangeAreRefusedWithTheirReason) {
    const History none(std::span<const GroupHistory>{});
    ForecastOptions o = at(30);
    o.draws = 0;
    EXPECT_THROW((void)forecastPickup(upcoming(10), none, o), ForecastError);
    o.draws = kMaxDraws + 1;
    try {
        (void)forecastPickup(upcoming(10), none, o);
        FAIL() << "accepted too many draws";
    } catch (const ForecastError& e) {
        EXPECT_NE(std::string(e.what()).find("1000000"), std::string::npos) << e.what();
    }
    o = at(30);
    o.today = Date();
    EXPECT_THROW((void)forecastPickup(upcoming(10), none, o), ForecastError);
    AdviceOptions costs;
    costs.underageCost = 0;
    const Forecast f = forecastPickup(upcoming(10), none, at(30));
    EXPECT_THROW((void)adviseRelease(upcoming(10), f, at(30), costs), ForecastError);
}

TEST(ForecastProperties, NoForecastIsNegativeOrNaNOverManyGroups) {
    const std::vector<PastGroup> groups = syntheticGroups(100, 5);
    const History history = historyOf(groups);
    for (const std::int32_t booked : {0, 1, 30, 100, 250}) {
        for (const std::int32_t x : {0, 1, 14, 30, 90, 200, 365}) {
            for (const Method m : {Method::Multiplicative, Method::Additive, Method::Regression}) {
                const Forecast f = forecastPickup(upcoming(booked), history, at(x, m));
                EXPECT_TRUE(std::isfinite(f.expected));
                EXPECT_GE(f.expected, 0.0);
                EXPECT_GE(f.p10, 0);
                EXPECT_LE(f.p10, f.p50);
                EXPECT_LE(f.p50, f.p90);
            }
        }
    }
}
