// Groups at risk: each flag on a hand-built contract with its numbers, the "not known" pace, the expected
// damages to the cent, the window and the risk order.

#include "attrition/engine/at_risk.h"
#include "test_contracts.h"

#include <gtest/gtest.h>
#include <map>

using namespace attrition;
using namespace attrition::test;
using namespace attrition::forecast;

namespace {

/// A past group of one night with a 100-room block: 40 rooms on the books 60 days before arrival, 60 at 30
/// days, 90 at arrival. Its share of the block 30 days out is 60%.
struct Past {
    Contract contract;
    std::vector<PickupSnapshot> snapshots;
};

std::vector<Past> pastGroups(int count) {
    std::vector<Past> groups;
    for (int i = 0; i < count; ++i) {
        Past g;
        g.contract = ContractBuilder()
                         .reference("PAST-" + std::to_string(i))
                         .status(ContractStatus::Actualized)
                         .signedOn("2025-01-10")
                         .stay("2026-05-10", 1)
                         .block("2026-05-10", 100, "200.00")
                         .pickup("2026-05-10", 90)
                         .build();
        const Date a = g.contract.arrival;
        const auto report = [&](std::int32_t x, std::int32_t rooms) {
            return PickupSnapshot{a.addDays(-x), {PickupEntry{a, "KING", rooms}}};
        };
        g.snapshots = {report(60, 40), report(30, 60), report(0, 90)};
        groups.push_back(std::move(g));
    }
    return groups;
}

History historyOf(const std::vector<Past>& groups) {
    std::vector<GroupHistory> gh;
    for (const Past& g : groups) {
        gh.push_back(GroupHistory{&g.contract, g.snapshots});
    }
    return History(gh);
}

const Date kArrival = date("2027-05-09");
const Date kToday = date("2027-04-09"); // 30 days before arrival

/// The group to watch: one night on 2027-05-09, block 100 at 100.00, 80% cumulative, 36 rooms on the books.
/// Against fewer than 20 past groups the forecast is multiplicative on the default curve (80% at 30 days):
/// 36 / 0.8 = 45 room nights expected.
ContractBuilder watched(std::string reference = "GRP-1", std::int32_t booked = 36) {
    ContractBuilder b;
    b.reference(std::move(reference)).block("2027-05-09", 100, "100.00").pickup("2027-05-09", booked);
    return b;
}

AtRiskOptions options() {
    AtRiskOptions o;
    o.today = kToday;
    return o;
}

PickupSnapshot report(std::int32_t daysBeforeArrival, std::int32_t rooms) {
    return PickupSnapshot{kArrival.addDays(-daysBeforeArrival), {PickupEntry{kArrival, "KING", rooms}}};
}

std::vector<RiskFlag> flagsOf(const AtRiskRow& r) {
    std::vector<RiskFlag> flags;
    for (const RiskFlagNote& n : r.flags) {
        flags.push_back(n.flag);
    }
    return flags;
}

std::string flagText(const AtRiskRow& r, RiskFlag flag) {
    for (const RiskFlagNote& n : r.flags) {
        if (n.flag == flag) {
            return renderEnglish(n.explanation);
        }
    }
    return {};
}

class AtRisk : public ::testing::Test {
protected:
    std::vector<Past> past_ = pastGroups(5);
    History history_ = historyOf(past_);
};

TEST_F(AtRisk, ThePickupForecastAndExpectedDamagesOfAGroupAreTheEnginesToTheCent) {
    const Contract c = watched().build();
    const AtRiskRow r = atRiskRow(UpcomingGroup{&c, {}, {}}, history_, options());
    EXPECT_EQ(r.reference, "GRP-1");
    EXPECT_EQ(r.arrival, kArrival);
    EXPECT_EQ(r.daysBeforeArrival, 30);
    EXPECT_EQ(r.blockRoomNights, 100);
    EXPECT_EQ(r.onTheBooks, 36);
    EXPECT_EQ(r.pickupPercent, pct("36"));
    EXPECT_EQ(r.method, Method::Multiplicative);
    EXPECT_NEAR(r.expectedRoomNights, 45.0, 1e-9);
    EXPECT_EQ(r.expectedPercent, pct("45"));
    // The default range 30 days out: errors from 0.4 to 1.6, so P10 = 45 x 0.52 = 23.4 and P90 = 45 x 1.48.
    EXPECT_EQ(r.p10RoomNights, 23);
    EXPECT_EQ(r.p90RoomNights, 67);
    // 20 equally likely finals: 45 x (0.43 + 0.06 k) = 19.35 + 2.7 k, rounded: 19, 22, 25, 27, 30, 33, 36,
    // 38, 41, 44, 46, 49, 52, 54, 57, 60, 63, 65, 68, 71. Shortfalls below 80: 61, 58, 55, 53, 50, 47, 44,
    // 42, 39, 36, 34, 31, 28, 26, 23, 20, 17, 15, 12, 9 (700 in all) x 100.00: a mean of 3,500.00; P10 the
    // 2nd smallest of the 20 (12 room nights), P90 the 18th (55).
    EXPECT_EQ(r.expectedDamages, usd("3500.00"));
    EXPECT_EQ(r.damagesP10, usd("1200.00"));
    EXPECT_EQ(r.damagesP90, usd("5500.00"));
    EXPECT_DOUBLE_EQ(r.probabilityOwed, 1.0);
    EXPECT_EQ(renderEnglish(r.damages),
              "Expected damages 3,500.00, P10 1,200.00 to P90 5,500.00, over 20 equally likely final pickups "
              "from the forecast's past errors; 100% of them owe anything");
}

TEST_F(AtRisk, PaceBehindComparableGroupsByMoreThanTheThresholdIsFlaggedWithItsNumbers) {
    const Contract c = watched().build();
    const AtRiskRow r = atRiskRow(UpcomingGroup{&c, {}, {}}, history_, options());
    ASSERT_TRUE(r.pacePoints.has_value());
    EXPECT_DOUBLE_EQ(*r.pacePoints, -24.0);
    EXPECT_EQ(r.comparablePercent, pct("60"));
    EXPECT_EQ(r.paceGroups, 5);
    EXPECT_EQ(renderEnglish(r.pace),
              "36% of the block is on the books 30 days before arrival: 24 points behind "
              "the 5 comparable groups, which had 60% of their block at that day");
    EXPECT_EQ(flagsOf(r), std::vector<RiskFlag>{RiskFlag::PaceBehind});
    EXPECT_EQ(flagText(r, RiskFlag::PaceBehind),
              "Pace behind: 36% of the block is on the books 30 days before arrival, where the 5 comparable "
              "groups had 60%: 24 points behind, more than the 10 points allowed");
    EXPECT_EQ(renderEnglish(r.action),
              "Call the organizer about the pace of pickup and ask for the rooming list");

    // 51 on the books: 9 points behind, within the 10 allowed. 50 with a threshold of 10: exactly 10, not
    // more. 52: 8 points behind.
    const Contract within = watched("GRP-2", 51).build();
    const AtRiskRow w = atRiskRow(UpcomingGroup{&within, {}, {}}, history_, options());
    EXPECT_DOUBLE_EQ(*w.pacePoints, -9.0);
    EXPECT_TRUE(w.flags.empty());
    const Contract edge = watched("GRP-3", 50).build();
    EXPECT_TRUE(atRiskRow(UpcomingGroup{&edge, {}, {}}, history_, options()).flags.empty());
    AtRiskOptions stricter = options();
    stricter.paceBehind = pct("8.5");
    EXPECT_EQ(flagsOf(atRiskRow(UpcomingGroup{&within, {}, {}}, history_, stricter)),
              std::vector<RiskFlag>{RiskFlag::PaceBehind});

    // Ahead: 70 on the books is 10 points ahead.
    const Contract ahead = watched("GRP-4", 70).build();
    const AtRiskRow a = atRiskRow(UpcomingGroup{&ahead, {}, {}}, history_, options());
    EXPECT_DOUBLE_EQ(*a.pacePoints, 10.0);
    EXPECT_EQ(renderEnglish(a.pace),
              "70% of the block is on the books 30 days before arrival: 10 points ahead "
              "of the 5 comparable groups, which had 60% of their block at that day");
}

TEST_F(AtRisk, WithTooFewComparableGroupsThePaceIsNotKnownAndSaysWhy) {
    const std::vector<Past> few = pastGroups(3);
    const History history = historyOf(few);
    const Contract c = watched().build();
    const AtRiskRow r = atRiskRow(UpcomingGroup{&c, {}, {}}, history, options());
    EXPECT_FALSE(r.pacePoints.has_value());
    EXPECT_EQ(r.paceGroups, 3);
    EXPECT_EQ(
        renderEnglish(r.pace),
        "Pace not known: only 3 comparable groups have a pickup history and a block (at least 5 are needed)");
    EXPECT_TRUE(r.flags.empty());
    // The forecast does not need the pace: the same figures as with five groups.
    EXPECT_EQ(r.expectedDamages, usd("3500.00"));

    AtRiskOptions three = options();
    three.minPaceGroups = 3;
    EXPECT_TRUE(atRiskRow(UpcomingGroup{&c, {}, {}}, history, three).pacePoints.has_value());

    const Contract noBlock = ContractBuilder().reference("EMPTY").build();
    EXPECT_EQ(renderEnglish(atRiskRow(UpcomingGroup{&noBlock, {}, {}}, history_, options()).pace),
              "Pace not known: the contract has no block");
}

TEST_F(AtRisk, NoPickupMovementWhileTheCurveExpectsRoomsIsFlagged) {
    const Contract c = watched().build();
    AtRiskOptions o = options();
    o.paceBehind = pct("50"); // only the stall
    // 36 rooms since 60 days out: 30 days without movement, while the default curve goes from 65% to 80% of
    // the final pickup: 15% of 45, 6.75, about 7 room nights.
    const UpcomingGroup stalled{&c, {report(90, 20), report(60, 36), report(45, 36), report(30, 36)}, {}};
    const AtRiskRow r = atRiskRow(stalled, history_, o);
    EXPECT_EQ(flagsOf(r), std::vector<RiskFlag>{RiskFlag::NoPickupMovement});
    EXPECT_EQ(
        flagText(r, RiskFlag::NoPickupMovement),
        "No pickup movement for 30 days: 36 room nights on the books since 2027-03-10, while the booking "
        "curve expects 15% of the final pickup, about 7 room nights, to arrive over those days");
    EXPECT_EQ(renderEnglish(r.action),
              "Call the organizer about the pace of pickup and ask for the rooming list");

    // Moved 5 days ago: no flag.
    const UpcomingGroup moving{&c, {report(60, 20), report(35, 30), report(30, 36)}, {}};
    EXPECT_TRUE(atRiskRow(moving, history_, o).flags.empty());
    // 13 days still, one short of the 14: no flag.
    const UpcomingGroup shortStill{&c, {report(60, 20), report(43, 36), report(30, 36)}, {}};
    EXPECT_TRUE(atRiskRow(shortStill, history_, o).flags.empty());
    // The pickup changed since the last report (38 there, 36 now): the last movement is not known.
    const UpcomingGroup changed{&c, {report(60, 38), report(45, 38)}, {}};
    EXPECT_TRUE(atRiskRow(changed, history_, o).flags.empty());
    // Reports after today are not read.
    const UpcomingGroup later{&c, {report(60, 36), report(20, 50)}, {}};
    EXPECT_EQ(flagsOf(atRiskRow(later, history_, o)), std::vector<RiskFlag>{RiskFlag::NoPickupMovement});
    // No reports at all: nothing said.
    EXPECT_TRUE(atRiskRow(UpcomingGroup{&c, {}, {}}, history_, o).flags.empty());
}

TEST_F(AtRisk, AReviewDateCloseWithTheForecastBelowThePerformanceLevelIsFlagged) {
    const Contract c = watched().reviewStep("2027-04-19", "20").build();
    AtRiskOptions o = options();
    o.paceBehind = pct("50");
    const AtRiskRow r = atRiskRow(UpcomingGroup{&c, {}, {}}, history_, o);
    EXPECT_EQ(flagsOf(r), std::vector<RiskFlag>{RiskFlag::ReviewBelowPerformance});
    EXPECT_EQ(flagText(r, RiskFlag::ReviewBelowPerformance),
              "Review date 2027-04-19 in 10 days: the forecast final pickup of 45 room nights is 45% of the "
              "block, below the performance level of 80%");
    EXPECT_EQ(r.nextDate, date("2027-04-19"));
    EXPECT_EQ(r.nextKind, NextDateKind::ReviewDate);
    EXPECT_EQ(r.daysToNext, 10);
    EXPECT_EQ(renderEnglish(r.action), "Before the review date 2027-04-19, agree with the organizer what to "
                                       "release: up to 20% of the block may go then");

    // 30 days away: beyond the 21, not flagged, but still the next date to watch.
    const Contract far = watched().reviewStep("2027-05-09", "20").build();
    const AtRiskRow f = atRiskRow(UpcomingGroup{&far, {}, {}}, history_, o);
    EXPECT_TRUE(f.flags.empty());
    EXPECT_EQ(f.daysToNext, 30);
    EXPECT_EQ(renderEnglish(f.action), "Nothing due now; the next date to watch is 2027-05-09");
    // A forecast at the performance level: 64 on the books, 80 expected.
    const Contract atLevel = watched("GRP-5", 64).reviewStep("2027-04-19", "20").build();
    EXPECT_TRUE(atRiskRow(UpcomingGroup{&atLevel, {}, {}}, history_, o).flags.empty());
    // A review date passed is not the next.
    const Contract passed = watched().reviewStep("2027-04-01", "20").build();
    const AtRiskRow p = atRiskRow(UpcomingGroup{&passed, {}, {}}, history_, o);
    EXPECT_TRUE(p.flags.empty());
    EXPECT_FALSE(p.nextDate.has_value());
    EXPECT_EQ(renderEnglish(p.action), "Nothing due now");
}

TEST_F(AtRisk, ACutoffPassedWithRoomsUnsoldIsFlaggedAndComesFirstInTheAction) {
    Contract c = watched().reviewStep("2027-04-19", "20").build();
    c.cutoff = date("2027-04-04");
    const AtRiskRow r = atRiskRow(UpcomingGroup{&c, {}, {}}, history_, options());
    EXPECT_EQ(flagsOf(r), (std::vector<RiskFlag>{RiskFlag::PaceBehind, RiskFlag::ReviewBelowPerformance,
                                                 RiskFlag::CutoffPassedUnsold}));
    EXPECT_EQ(flagText(r, RiskFlag::CutoffPassedUnsold),
              "Cutoff 2027-04-04 passed 5 days ago with 64 of the 100 room nights blocked unsold (36% of the "
              "block picked up)");
    EXPECT_EQ(renderEnglish(r.action),
              "Return the 64 unsold room nights to inventory, or agree a later cutoff with the organizer");

    // A cutoff ahead is the next date when it comes before the review date.
    c.cutoff = date("2027-04-14");
    const AtRiskRow ahead = atRiskRow(UpcomingGroup{&c, {}, {}}, history_, options());
    EXPECT_EQ(ahead.nextKind, NextDateKind::Cutoff);
    EXPECT_EQ(ahead.nextDate, date("2027-04-14"));
    EXPECT_EQ(ahead.daysToNext, 5);
    EXPECT_EQ(flagsOf(ahead),
              (std::vector<RiskFlag>{RiskFlag::PaceBehind, RiskFlag::ReviewBelowPerformance}));
    // Every room sold: nothing unsold after the cutoff.
    Contract full = watched("FULL", 100).build();
    full.cutoff = date("2027-04-04");
    EXPECT_TRUE(atRiskRow(UpcomingGroup{&full, {}, {}}, history_, options()).flags.empty());
}

TEST_F(AtRisk, AFoodAndBeverageForecastBelowTheMinimumIsFlaggedOnlyWhenTheContractCarriesIt) {
    AtRiskOptions o = options();
    o.paceBehind = pct("50");
    // 3,600.00 ordered for 36 room nights, carried to 45: 4,500.00, below 10,000.00 less 10% = 9,000.00.
    const Contract c = watched().fbMinimum("10000.00").fbAllowance("10").fbSpend("3600.00").build();
    const AtRiskRow r = atRiskRow(UpcomingGroup{&c, {}, {}}, history_, o);
    EXPECT_EQ(foodBeverageSpendForecast(UpcomingGroup{&c, {}, {}}, 36, 45.0), usd("4500.00"));
    EXPECT_EQ(flagsOf(r), std::vector<RiskFlag>{RiskFlag::FoodBeverageBelowMinimum});
    EXPECT_EQ(
        flagText(r, RiskFlag::FoodBeverageBelowMinimum),
        "F&B spend forecast 4,500.00 (3,600.00 recorded for 36 room nights on the books, carried to the "
        "45 room nights expected) is below the 9,000.00 required (the minimum 10,000.00 less the 10% "
        "allowance)");
    EXPECT_EQ(renderEnglish(r.action),
              "Confirm the F&B plans with the organizer: the forecast spend is below the minimum");
    // The damages add the F&B shortfall of 4,500.00 to every final pickup's room damages.
    EXPECT_EQ(r.expectedDamages, usd("8000.00"));
    EXPECT_EQ(r.damagesP10, usd("5700.00"));
    EXPECT_EQ(r.damagesP90, usd("10000.00"));

    // A forecast given for the group replaces the carried one.
    const AtRiskRow given = atRiskRow(UpcomingGroup{&c, {}, usd("8000.00")}, history_, o);
    EXPECT_EQ(
        flagText(given, RiskFlag::FoodBeverageBelowMinimum),
        "F&B spend forecast 8,000.00 is below the 9,000.00 required (the minimum 10,000.00 less the 10% "
        "allowance): a shortfall of 1,000.00");
    EXPECT_TRUE(atRiskRow(UpcomingGroup{&c, {}, usd("9000.00")}, history_, o).flags.empty());

    // A minimum without any spend recorded or forecast: nothing to say, and the damages assume the minimum
    // is met.
    const Contract silent = watched().fbMinimum("10000.00").build();
    const AtRiskRow s = atRiskRow(UpcomingGroup{&silent, {}, {}}, history_, o);
    EXPECT_TRUE(s.flags.empty());
    EXPECT_EQ(s.expectedDamages, usd("3500.00"));
    EXPECT_FALSE(foodBeverageSpendForecast(UpcomingGroup{&silent, {}, {}}, 36, 45.0).has_value());
    // A forecast in another currency is refused.
    EXPECT_THROW(atRiskRow(UpcomingGroup{&c, {}, money("8000.00", EUR())}, history_, o), ForecastError);
}

TEST_F(AtRisk, TheWindowKeepsUpcomingGroupsNotCancelledNorActualized) {
    std::vector<Contract> contracts;
    contracts.push_back(watched("IN-10").stay("2027-04-19", 1).block("2027-04-19", 10, "100.00").build());
    contracts.push_back(watched("IN-TODAY").stay("2027-04-09", 1).block("2027-04-09", 10, "100.00").build());
    contracts.push_back(watched("IN-90").stay("2027-07-08", 1).block("2027-07-08", 10, "100.00").build());
    contracts.push_back(watched("OUT-91").stay("2027-07-09", 1).block("2027-07-09", 10, "100.00").build());
    contracts.push_back(watched("OUT-PAST").stay("2027-04-08", 1).block("2027-04-08", 10, "100.00").build());
    contracts.push_back(watched("OUT-CANCELLED").status(ContractStatus::Cancelled).build());
    contracts.push_back(watched("OUT-ACTUALIZED").status(ContractStatus::Actualized).build());
    Contract noticed = watched("OUT-NOTICE").build();
    noticed.cancellationNotice = date("2027-04-01");
    contracts.push_back(noticed);
    // The stay of the windowed contracts: the block and pickup of watched() are on 2027-05-09, so they move.
    for (Contract& c : contracts) {
        if (c.arrival != kArrival) {
            c.block = {BlockEntry{c.arrival, "KING", 100, usd("100.00")}};
            c.pickup = {PickupEntry{c.arrival, "KING", 36}};
        }
    }
    std::vector<UpcomingGroup> upcoming;
    for (const Contract& c : contracts) {
        upcoming.push_back(UpcomingGroup{&c, {}, {}});
    }
    const auto referencesOf = [](const AtRiskList& list) {
        std::vector<std::string> refs;
        for (const AtRiskRow& r : list.rows) {
            refs.push_back(r.reference);
        }
        std::sort(refs.begin(), refs.end());
        return refs;
    };
    const AtRiskList ninety = groupsAtRisk(upcoming, history_, options());
    EXPECT_EQ(ninety.from, kToday);
    EXPECT_EQ(ninety.to, date("2027-07-08"));
    EXPECT_EQ(referencesOf(ninety), (std::vector<std::string>{"IN-10", "IN-90", "IN-TODAY"}));
    EXPECT_TRUE(ninety.skipped.empty());

    AtRiskOptions thirty = options();
    thirty.windowDays = 30;
    EXPECT_EQ(referencesOf(groupsAtRisk(upcoming, history_, thirty)),
              (std::vector<std::string>{"IN-10", "IN-TODAY"}));

    // An explicit window, never before today.
    AtRiskOptions between = options();
    between.from = date("2027-01-01");
    between.to = date("2027-04-19");
    const AtRiskList explicitWindow = groupsAtRisk(upcoming, history_, between);
    EXPECT_EQ(explicitWindow.from, kToday);
    EXPECT_EQ(referencesOf(explicitWindow), (std::vector<std::string>{"IN-10", "IN-TODAY"}));
    between.to = date("2027-04-08");
    EXPECT_THROW(groupsAtRisk(upcoming, history_, between), ForecastError);
    AtRiskOptions noToday;
    EXPECT_THROW(groupsAtRisk(upcoming, history_, noToday), ForecastError);
}

TEST_F(AtRisk, AContractTheEngineRefusesIsSkippedWithItsReason) {
    Contract bad = watched("BAD").build();
    bad.block.front().rooms = -5;
    const Contract good = watched("GOOD").build();
    const std::vector<UpcomingGroup> upcoming{{&bad, {}, {}}, {&good, {}, {}}};
    const AtRiskList list = groupsAtRisk(upcoming, history_, options());
    ASSERT_EQ(list.rows.size(), 1U);
    EXPECT_EQ(list.rows.front().reference, "GOOD");
    ASSERT_EQ(list.skipped.size(), 1U);
    EXPECT_EQ(list.skipped.front().reference, "BAD");
    EXPECT_FALSE(list.skipped.front().reason.empty());
}

TEST_F(AtRisk, RowsAreSortedByExpectedDamagesThenFlagsThenArrival) {
    const auto row = [](std::string ref, std::string_view damages, int flags, std::string_view arrival) {
        AtRiskRow r;
        r.reference = std::move(ref);
        r.expectedDamages = usd(damages);
        r.arrival = date(arrival);
        for (int i = 0; i < flags; ++i) {
            r.flags.push_back({RiskFlag::PaceBehind, Message()});
        }
        return r;
    };
    std::vector<AtRiskRow> rows{row("E", "0.00", 0, "2027-05-01"),    row("D", "100.00", 1, "2027-06-01"),
                                row("C", "100.00", 1, "2027-05-01"),  row("B", "100.00", 2, "2027-07-01"),
                                row("A", "2500.00", 0, "2027-08-01"), row("F", "100.00", 1, "2027-05-01")};
    // An amount in yen is compared as written, in major units: 300 yen is above 100.00 and below 2,500.00.
    AtRiskRow yen = row("Y", "0.00", 0, "2027-05-01");
    yen.expectedDamages = jpy("300");
    rows.push_back(yen);
    sortByRisk(rows);
    std::vector<std::string> order;
    for (const AtRiskRow& r : rows) {
        order.push_back(r.reference);
    }
    EXPECT_EQ(order, (std::vector<std::string>{"A", "Y", "B", "C", "F", "D", "E"}));

    // Through groupsAtRisk: the group behind pace owes more than the one ahead, so it comes first.
    const Contract behind = watched("BEHIND", 36).build();
    const Contract ahead = watched("AHEAD", 80).build();
    const std::vector<UpcomingGroup> upcoming{{&ahead, {}, {}}, {&behind, {}, {}}};
    const AtRiskList list = groupsAtRisk(upcoming, history_, options());
    ASSERT_EQ(list.rows.size(), 2U);
    EXPECT_EQ(list.rows[0].reference, "BEHIND");
    EXPECT_EQ(list.rows[1].reference, "AHEAD");
    EXPECT_GT(list.rows[0].expectedDamages, list.rows[1].expectedDamages);
}

TEST_F(AtRisk, EachGroupIsComparedWithThePastGroupsOfItsOwnHotel) {
    std::vector<Past> past = pastGroups(5);
    std::vector<GroupHistory> gh;
    for (Past& g : past) {
        g.contract.hotel = "Harbour Hotel";
        gh.push_back(GroupHistory{&g.contract, g.snapshots});
    }
    Contract harbour = watched("HARBOUR").build();
    harbour.hotel = "Harbour Hotel";
    Contract lodge = watched("LODGE").build();
    lodge.hotel = "Lake Lodge";
    const std::vector<UpcomingGroup> upcoming{{&lodge, {}, {}}, {&harbour, {}, {}}};
    const AtRiskList list = groupsAtRiskByHotel(upcoming, gh, options());
    ASSERT_EQ(list.rows.size(), 2U);
    for (const AtRiskRow& r : list.rows) {
        if (r.reference == "HARBOUR") {
            EXPECT_EQ(r.paceGroups, 5);
            EXPECT_DOUBLE_EQ(*r.pacePoints, -24.0);
        } else {
            EXPECT_EQ(r.paceGroups, 0);
            EXPECT_FALSE(r.pacePoints.has_value());
        }
        // Fewer than 20 groups either way: the same forecast and damages.
        EXPECT_EQ(r.expectedDamages, usd("3500.00"));
    }
    // Equal damages: the flagged group (pace behind) first.
    EXPECT_EQ(list.rows.front().reference, "HARBOUR");
    EXPECT_EQ(list.from, kToday);
}

TEST_F(AtRisk, HotelsComputedSideBySideGiveWhatEachHotelGivesOnItsOwn) {
    // Eight hotels, each with its own past groups (from two to six) and three upcoming groups at different
    // paces: the list merged from the hotels computed side by side is the one computed hotel after hotel.
    const std::size_t hotels = 8;
    std::vector<std::vector<Past>> past(hotels);
    std::vector<Contract> contracts;
    contracts.reserve(hotels * 3);
    std::map<std::string, History> histories;
    for (std::size_t h = 0; h < hotels; ++h) {
        const std::string hotel = "Hotel " + std::to_string(h);
        past[h] = pastGroups(2 + static_cast<int>(h % 5));
        std::vector<GroupHistory> gh;
        for (Past& g : past[h]) {
            g.contract.hotel = hotel;
            gh.push_back(GroupHistory{&g.contract, g.snapshots});
        }
        histories.emplace(hotel, History(gh));
        for (int k = 0; k < 3; ++k) {
            Contract c =
                watched("H" + std::to_string(h) + "-" + std::to_string(k), 20 + 17 * k + static_cast<int>(h))
                    .build();
            c.hotel = hotel;
            contracts.push_back(std::move(c));
        }
    }
    std::vector<UpcomingGroup> upcoming;
    for (const Contract& c : contracts) {
        upcoming.push_back({&c, {}, {}});
    }
    const AtRiskList together = groupsAtRiskByHotel(upcoming, histories, options());

    std::vector<AtRiskRow> alone;
    for (std::size_t h = 0; h < hotels; ++h) {
        const std::string hotel = "Hotel " + std::to_string(h);
        std::vector<UpcomingGroup> own;
        for (const UpcomingGroup& g : upcoming) {
            if (g.contract->hotel == hotel) {
                own.push_back(g);
            }
        }
        std::vector<GroupHistory> gh;
        for (const Past& g : past[h]) {
            gh.push_back(GroupHistory{&g.contract, g.snapshots});
        }
        for (AtRiskRow& r : groupsAtRisk(own, History(gh), options()).rows) {
            alone.push_back(std::move(r));
        }
    }
    sortByRisk(alone);
    ASSERT_EQ(together.rows.size(), alone.size());
    for (std::size_t i = 0; i < alone.size(); ++i) {
        const AtRiskRow& a = together.rows[i];
        const AtRiskRow& b = alone[i];
        EXPECT_EQ(a.reference, b.reference) << i;
        EXPECT_EQ(a.paceGroups, b.paceGroups) << b.reference;
        EXPECT_EQ(a.pacePoints, b.pacePoints) << b.reference;
        EXPECT_EQ(a.expectedRoomNights, b.expectedRoomNights) << b.reference;
        EXPECT_EQ(a.p10RoomNights, b.p10RoomNights) << b.reference;
        EXPECT_EQ(a.p90RoomNights, b.p90RoomNights) << b.reference;
        EXPECT_EQ(a.expectedDamages, b.expectedDamages) << b.reference;
        EXPECT_EQ(a.damagesP10, b.damagesP10) << b.reference;
        EXPECT_EQ(a.damagesP90, b.damagesP90) << b.reference;
        EXPECT_EQ(a.flags.size(), b.flags.size()) << b.reference;
    }
}

} // namespace
