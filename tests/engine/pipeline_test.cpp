// The lost status in the engine, and the sales pipeline (attrition/engine/pipeline.h).

#include "attrition/engine/pipeline.h"
#include "test_contracts.h"

#include <algorithm>

using namespace attrition;
using namespace attrition::test;

namespace {

std::vector<std::string> english(const std::vector<ValidationIssue>& issues) {
    std::vector<std::string> lines;
    for (const ValidationIssue& issue : issues) {
        lines.push_back(issue.toEnglish());
    }
    return lines;
}

ContractBuilder lostContract() {
    ContractBuilder b;
    b.reference("LOST-1")
        .status(ContractStatus::Lost)
        .stay("2027-05-09", 2)
        .blockEveryNight(100, "150.00")
        .pickup("2027-05-09", 10)
        .fbMinimum("5000.00")
        .tier(0, std::nullopt, "100")
        .deposit("2026-07-01", "500.00");
    b.raw().lostReason = LostReason::Price;
    return b;
}

// ---------------------------------------------------------------------------------------------------------
// The lost status

TEST(LostContract, StatusNamesRoundTrip) {
    EXPECT_EQ(toString(ContractStatus::Lost), "lost");
    EXPECT_EQ(contractStatusFromString("lost"), ContractStatus::Lost);
    for (const LostReason r :
         {LostReason::Price, LostReason::Dates, LostReason::Competitor, LostReason::Other}) {
        EXPECT_EQ(lostReasonFromString(toString(r)), r);
    }
    EXPECT_EQ(toString(LostReason::Competitor), "competitor");
    EXPECT_EQ(lostReasonFromString("Price"), std::nullopt);
}

TEST(LostContract, NeedsAReasonAndOnlyALostContractHasOne) {
    EXPECT_TRUE(validate(lostContract().build()).empty());

    ContractBuilder noReason = lostContract();
    noReason.raw().lostReason.reset();
    EXPECT_EQ(english(validate(noReason.build())),
              std::vector<std::string>{
                  "lostReason: a lost contract needs a lostReason: price, dates, competitor or other"});

    ContractBuilder notLost = lostContract();
    notLost.raw().status = ContractStatus::Tentative;
    EXPECT_EQ(
        english(validate(notLost.build())),
        std::vector<std::string>{"lostReason: a lostReason is given but the status is tentative, not lost: "
                                 "only a lost contract has a lost reason"});

    // A note alone, on any status, is no problem.
    ContractBuilder note = lostContract();
    note.raw().status = ContractStatus::Definite;
    note.raw().lostReason.reset();
    note.raw().lostNote = "almost lost to the convention centre";
    EXPECT_TRUE(validate(note.build()).empty());
}

TEST(LostContract, OwesNothingWhateverThePickupOrTheNotice) {
    // As a tentative it would owe attrition on 10 of 200 room nights and the F&B minimum.
    ContractBuilder tentative = lostContract();
    tentative.raw().status = ContractStatus::Tentative;
    tentative.raw().lostReason.reset();
    const Assessment owed = assess(tentative.build());
    EXPECT_EQ(owed.rooms, money("22500.00", USD())); // (160 - 10) x 150.00
    EXPECT_EQ(owed.foodBeverage, money("5000.00", USD()));

    const Assessment lost = assess(lostContract().build());
    EXPECT_EQ(lost.totalOwed, money("0.00", USD()));
    EXPECT_EQ(lost.subtotal, money("0.00", USD()));
    EXPECT_EQ(lost.netDue, money("0.00", USD()));
    EXPECT_EQ(lost.depositsApplied, money("0.00", USD()));
    EXPECT_EQ(lost.depositBalance, money("500.00", USD())); // owed back to the group
    EXPECT_FALSE(lost.cancelled);
    ASSERT_FALSE(lost.warnings.empty());
    EXPECT_EQ(lost.warnings.front().id, MessageId::LostNothingOwed);

    // A notice does not make it a cancellation: the hotel never had the business.
    ContractBuilder noticed = lostContract();
    noticed.noticeReceived("2027-01-10");
    const Assessment noticedLost = assess(noticed.build());
    EXPECT_EQ(noticedLost.totalOwed, money("0.00", USD()));
    EXPECT_FALSE(noticedLost.cancelled);
    // ...and the warning that a notice makes the contract assessed as cancelled does not apply.
    for (const ValidationIssue& warning : validationWarnings(noticed.build())) {
        EXPECT_NE(warning.message.id, MessageId::ValWarnNoticeNotCancelled) << warning.toEnglish();
    }

    // The sweeps agree: nothing at any pickup.
    for (const PickupSweepPoint& point : sweepPickup(lostContract().build(), 0, 150, 50)) {
        EXPECT_EQ(point.totalOwed, money("0.00", USD()));
    }
}

// ---------------------------------------------------------------------------------------------------------
// The pipeline

ContractBuilder at(std::string reference, ContractStatus status, std::string_view arrival,
                   std::int32_t nights) {
    ContractBuilder b;
    b.reference(std::move(reference)).status(status).stay(arrival, nights);
    b.raw().hotel = "Harbour";
    b.raw().salesManager = "Ana";
    b.raw().account = "Acme";
    return b;
}

/// Nine contracts whose figures are worked out by hand in the comments.
std::vector<Contract> sample() {
    std::vector<Contract> c;
    // P1: 2 x 10 rooms at 150.00: 20 room nights, 3,000.00; F&B minimum 1,000.00; no pickup yet.
    c.push_back(at("P1", ContractStatus::Prospect, "2027-05-09", 2)
                    .blockEveryNight(10, "150.00")
                    .fbMinimum("1000.00")
                    .build());
    // T1: 30 rooms at 200.00; pickup 10 of the 24 required: 14 x 200.00 = 2,800.00.
    c.push_back(at("T1", ContractStatus::Tentative, "2027-05-20", 1)
                    .blockEveryNight(30, "200.00")
                    .pickup("2027-05-20", 10)
                    .build());
    // D1: 50 rooms at 100.00, pickup 45 of the 40 required: nothing owed.
    c.push_back(at("D1", ContractStatus::Definite, "2027-06-01", 1)
                    .blockEveryNight(50, "100.00")
                    .pickup("2027-06-01", 45)
                    .build());
    // A1: 2 x 40 rooms at 100.00, pickup 2 x 30 of the 64 required: 4 x 100.00 = 400.00.
    c.push_back(at("A1", ContractStatus::Actualized, "2027-04-10", 2)
                    .blockEveryNight(40, "100.00")
                    .pickupEveryNight(30)
                    .fbMinimum("5000.00")
                    .fbSpend("5000.00")
                    .build());
    // A2 (EUR): 10 rooms at 100.00 all picked up: nothing owed.
    ContractBuilder a2(currency("EUR"));
    a2.reference("A2")
        .status(ContractStatus::Actualized)
        .stay("2027-04-20", 1)
        .blockEveryNight(10, "100.00")
        .pickupEveryNight(10);
    a2.raw().hotel = "Harbour";
    c.push_back(a2.build());
    // C1: 20 rooms at 100.00, cancelled under a 50% tier: 1,000.00.
    c.push_back(at("C1", ContractStatus::Cancelled, "2027-04-15", 1)
                    .blockEveryNight(20, "100.00")
                    .tier(0, std::nullopt, "50")
                    .noticeReceived("2027-03-01")
                    .build());
    // L1: lost at Harbour; L2: lost at Lakeside.
    Contract l1 = lostContract().build();
    l1.reference = "L1";
    l1.hotel = "Harbour";
    l1.salesManager = "Ana";
    l1.account = "Acme";
    c.push_back(l1);
    Contract l2 = lostContract().build();
    l2.reference = "L2";
    l2.hotel = "Lakeside";
    l2.salesManager = "Ben";
    l2.lostReason = LostReason::Competitor;
    c.push_back(l2);
    // X1: departure before arrival: the engine refuses it.
    Contract x1 = at("X1", ContractStatus::Definite, "2027-05-09", 1).blockEveryNight(5, "100.00").build();
    x1.departure = x1.arrival;
    c.push_back(x1);
    return c;
}

struct Expected {
    PipelineStage stage;
    int year;
    int month;
    const char* currency;
    std::int64_t contracts;
    std::int64_t roomNights;
    const char* roomRevenue;
    const char* fbMinimum;
    const char* damages;
    std::int64_t notMeasured;
};

void expectRow(const PipelineRow& row, const Expected& e) {
    SCOPED_TRACE(std::string(toString(e.stage)) + " " + std::to_string(e.year) + "-" +
                 std::to_string(e.month));
    const Currency cur = currency(e.currency);
    EXPECT_EQ(row.stage, e.stage);
    EXPECT_EQ(row.year, e.year);
    EXPECT_EQ(row.month, e.month);
    EXPECT_EQ(row.currency, cur);
    EXPECT_EQ(row.figures.contracts, e.contracts);
    EXPECT_EQ(row.figures.roomNights, e.roomNights);
    EXPECT_EQ(row.figures.roomRevenue, money(e.roomRevenue, cur));
    EXPECT_EQ(row.figures.foodBeverageMinimum, money(e.fbMinimum, cur));
    EXPECT_EQ(row.figures.damages, money(e.damages, cur));
    EXPECT_EQ(row.figures.notMeasured, e.notMeasured);
}

TEST(Pipeline, RowsByStageMonthAndCurrency) {
    const std::vector<Contract> contracts = sample();
    const Pipeline p = pipeline(contracts);
    EXPECT_EQ(p.contracts, 9);
    EXPECT_EQ(p.invalid, std::vector<std::string>{"X1"});
    ASSERT_EQ(p.rows.size(), 7U);
    expectRow(p.rows[0], {PipelineStage::Prospect, 2027, 5, "USD", 1, 20, "3000.00", "1000.00", "0.00", 1});
    expectRow(p.rows[1], {PipelineStage::Tentative, 2027, 5, "USD", 1, 30, "6000.00", "0.00", "2800.00", 0});
    expectRow(p.rows[2], {PipelineStage::Definite, 2027, 6, "USD", 1, 50, "5000.00", "0.00", "0.00", 0});
    expectRow(p.rows[3], {PipelineStage::Actualized, 2027, 4, "EUR", 1, 10, "1000.00", "0.00", "0.00", 0});
    expectRow(p.rows[4],
              {PipelineStage::Actualized, 2027, 4, "USD", 1, 80, "8000.00", "5000.00", "400.00", 0});
    // The two lost contracts: 200 room nights at 150.00 each, nothing owed.
    expectRow(p.rows[5], {PipelineStage::Lost, 2027, 5, "USD", 2, 400, "60000.00", "10000.00", "0.00", 0});
    expectRow(p.rows[6], {PipelineStage::Cancelled, 2027, 4, "USD", 1, 20, "2000.00", "0.00", "1000.00", 0});
}

TEST(Pipeline, ConversionWashAndDamagesAssessed) {
    const std::vector<Contract> contracts = sample();
    const Pipeline p = pipeline(contracts);
    // Won: D1, A1, A2; lost: L1, L2; open: P1, T1. 3 / 5 = 60%.
    EXPECT_EQ(p.conversion.won, 3);
    EXPECT_EQ(p.conversion.lost, 2);
    EXPECT_EQ(p.conversion.open, 2);
    EXPECT_EQ(p.conversion.rate, Percent::fromPoints(60));

    // April's actualized groups: 60 + 10 picked up of 80 + 10 blocked = 77.7777% (truncated), wash 22.2223%.
    ASSERT_EQ(p.washByMonth.size(), 1U);
    EXPECT_EQ(p.washByMonth[0].year, 2027);
    EXPECT_EQ(p.washByMonth[0].month, 4);
    EXPECT_EQ(p.washByMonth[0].groups, 2);
    EXPECT_EQ(p.washByMonth[0].blockRoomNights, 90);
    EXPECT_EQ(p.washByMonth[0].pickupRoomNights, 70);
    EXPECT_EQ(p.washByMonth[0].pickup, Percent::fromPartsPerMillion(777'777));
    EXPECT_EQ(p.washByMonth[0].wash, Percent::fromPartsPerMillion(222'223));
    EXPECT_EQ(p.wash.groups, 2);
    EXPECT_EQ(p.wash.wash, Percent::fromPartsPerMillion(222'223));

    // Damages assessed in April: per currency, actualized and cancelled apart.
    ASSERT_EQ(p.damages.size(), 2U);
    EXPECT_EQ(p.damages[0].currency, currency("EUR"));
    EXPECT_EQ(p.damages[0].actualizedGroups, 1);
    EXPECT_EQ(p.damages[0].total, money("0.00", currency("EUR")));
    EXPECT_EQ(p.damages[1].currency, USD());
    EXPECT_EQ(p.damages[1].month, 4);
    EXPECT_EQ(p.damages[1].actualizedGroups, 1);
    EXPECT_EQ(p.damages[1].actualized, money("400.00", USD()));
    EXPECT_EQ(p.damages[1].cancelledGroups, 1);
    EXPECT_EQ(p.damages[1].cancelled, money("1000.00", USD()));
    EXPECT_EQ(p.damages[1].total, money("1400.00", USD()));
}

TEST(Pipeline, CollectedAndWaivedFromTheSettlements) {
    std::vector<Contract> contracts = sample();
    const auto find = [&](const char* reference) -> Contract& {
        return *std::find_if(contracts.begin(), contracts.end(),
                             [&](const Contract& c) { return c.reference == reference; });
    };
    // Before anything is settled both are zero.
    const Pipeline before = pipeline(contracts);
    ASSERT_EQ(before.damages.size(), 2U);
    EXPECT_EQ(before.damages[1].collected, money("0.00", USD()));
    EXPECT_EQ(before.damages[1].waived, money("0.00", USD()));

    Settlement& a1 = find("A1").settlement;
    a1.assessed = money("400.00", USD());
    a1.payments = {{date("2027-05-02"), money("250.00", USD())}, {date("2027-06-01"), money("50.01", USD())}};
    a1.waived = money("99.99", USD());
    a1.waiverReason = "Goodwill";
    Settlement& c1 = find("C1").settlement;
    c1.assessed = money("1000.00", USD());
    c1.payments = {{date("2027-03-20"), money("1000.00", USD())}};
    const Pipeline p = pipeline(contracts);
    ASSERT_EQ(p.damages.size(), 2U);
    EXPECT_EQ(p.damages[0].collected, money("0.00", currency("EUR")));
    EXPECT_EQ(p.damages[1].collected, money("1300.01", USD()));
    EXPECT_EQ(p.damages[1].waived, money("99.99", USD()));
    EXPECT_EQ(p.damages[1].total, money("1400.00", USD()));
}

TEST(Pipeline, Filters) {
    const std::vector<Contract> contracts = sample();
    PipelineFilter harbour;
    harbour.hotel = "Harbour";
    const Pipeline h = pipeline(contracts, harbour);
    EXPECT_EQ(h.contracts, 8); // all but L2
    EXPECT_EQ(h.conversion.lost, 1);
    EXPECT_EQ(h.conversion.rate, Percent::fromPoints(75));

    PipelineFilter ben;
    ben.salesManager = "Ben";
    const Pipeline b = pipeline(contracts, ben);
    ASSERT_EQ(b.rows.size(), 1U);
    EXPECT_EQ(b.rows[0].stage, PipelineStage::Lost);
    EXPECT_EQ(b.conversion.rate, Percent::fromPoints(0));

    PipelineFilter acme; // A2 and L2 have no account
    acme.account = "Acme";
    EXPECT_EQ(pipeline(contracts, acme).contracts, 7);

    PipelineFilter may;
    may.arrivalFrom = date("2027-05-01");
    may.arrivalTo = date("2027-05-20"); // inclusive: T1 arrives that day
    const Pipeline m = pipeline(contracts, may);
    EXPECT_EQ(m.contracts, 5); // P1, T1, L1, L2, X1
    EXPECT_EQ(m.conversion.won, 0);
    EXPECT_EQ(m.conversion.rate, Percent::fromPoints(0));
    EXPECT_TRUE(m.damages.empty());
    EXPECT_TRUE(m.washByMonth.empty());
    EXPECT_EQ(m.wash.wash, std::nullopt);

    PipelineFilter none;
    none.hotel = "Nowhere";
    const Pipeline n = pipeline(contracts, none);
    EXPECT_EQ(n.contracts, 0);
    EXPECT_TRUE(n.rows.empty());
    EXPECT_EQ(n.conversion.rate, std::nullopt);
}

} // namespace
