// Customer attrition by account (attrition/engine/accounts.h).

#include "attrition/engine/accounts.h"
#include "test_contracts.h"

#include <algorithm>
#include <stdexcept>

using namespace attrition;
using namespace attrition::test;

namespace {

/// A contract of `account` arriving on `arrival` for one night, signed a year before.
ContractBuilder event(std::string account, std::string reference, ContractStatus status,
                      std::string_view arrival, Currency cur = USD()) {
    ContractBuilder b(cur);
    b.reference(std::move(reference)).status(status).stay(arrival, 1);
    b.raw().signedOn = b.raw().arrival.addDays(-365);
    b.raw().account = std::move(account);
    b.raw().hotel = "Harbour";
    b.raw().salesManager = "Ana";
    return b;
}

/// Acme, in USD, a yearly event whose pickup falls (figures worked out in the comments):
/// A1 2024-05-10, 100 rooms at 100.00, 92 picked up: 92%, over the 80 required, nothing owed;
/// A2 2025-05-09, 100 rooms, 85 picked up: 85%, nothing owed;
/// A3 2026-05-08, 100 rooms, 70 picked up: 70%, 10 short of 80 x 100.00 = 1,000.00;
/// C1 2026-09-01, 20 rooms at 100.00, cancelled under a 50% tier: 1,000.00;
/// P1 2026-11-01, a prospect that came to nothing; L1 2027-03-01, lost on price.
/// Intervals: 364 and 364 days, median 364, spread 0. 364 x 125% = 455 days.
std::vector<Contract> acme() {
    std::vector<Contract> c;
    c.push_back(event("Acme", "A1", ContractStatus::Actualized, "2024-05-10")
                    .blockEveryNight(100, "100.00")
                    .pickupEveryNight(92)
                    .build());
    c.push_back(event("Acme", "A2", ContractStatus::Actualized, "2025-05-09")
                    .blockEveryNight(100, "100.00")
                    .pickupEveryNight(85)
                    .build());
    c.push_back(event("Acme", "A3", ContractStatus::Actualized, "2026-05-08")
                    .blockEveryNight(100, "100.00")
                    .pickupEveryNight(70)
                    .build());
    c.push_back(event("Acme", "C1", ContractStatus::Cancelled, "2026-09-01")
                    .blockEveryNight(20, "100.00")
                    .tier(0, std::nullopt, "50")
                    .noticeReceived("2026-08-01")
                    .build());
    c.push_back(
        event("Acme", "P1", ContractStatus::Prospect, "2026-11-01").blockEveryNight(50, "100.00").build());
    ContractBuilder lost = event("Acme", "L1", ContractStatus::Lost, "2027-03-01");
    lost.blockEveryNight(40, "100.00");
    lost.raw().lostReason = LostReason::Price;
    c.push_back(lost.build());
    return c;
}

/// Beta, in EUR and USD:
/// B1 2026-03-01 EUR, 50 rooms at 120.00, 30 picked up: 10 short of 40 x 120.00 = 1,200.00 EUR;
/// B2 2026-04-01 USD, 10 rooms at 99.99, 7 picked up: 1 short of 8 x 99.99 = 99.99 USD;
/// B3 2026-06-01 USD, 10 rooms at 150.00, cancelled under a 33.33% tier: 1,500.00 x 33.33% = 499.95 USD;
/// B4 2027-09-01 USD, definite, 100 rooms, 30 on the books so far.
/// Intervals: 31 and 518 days, median 274.5, spread 243.5.
std::vector<Contract> beta() {
    std::vector<Contract> c;
    c.push_back(event("Beta", "B1", ContractStatus::Actualized, "2026-03-01", EUR())
                    .blockEveryNight(50, "120.00")
                    .pickupEveryNight(30)
                    .build());
    c.push_back(event("Beta", "B2", ContractStatus::Actualized, "2026-04-01")
                    .blockEveryNight(10, "99.99")
                    .pickupEveryNight(7)
                    .build());
    c.push_back(event("Beta", "B3", ContractStatus::Cancelled, "2026-06-01")
                    .blockEveryNight(10, "150.00")
                    .tier(0, std::nullopt, "33.33")
                    .noticeReceived("2026-05-01")
                    .build());
    c.push_back(event("Beta", "B4", ContractStatus::Definite, "2027-09-01")
                    .blockEveryNight(100, "100.00")
                    .pickupEveryNight(30)
                    .build());
    return c;
}

const Account& named(const AccountList& list, std::string_view name) {
    for (const Account& a : list.accounts) {
        if (a.name == name) {
            return a;
        }
    }
    throw std::invalid_argument("no account " + std::string(name));
}

bool hasRisk(const Account& a, AccountRisk risk) {
    return std::any_of(a.risks.begin(), a.risks.end(),
                       [risk](const AccountRiskNote& n) { return n.risk == risk; });
}

std::string reasonOf(const Account& a, AccountRisk risk) {
    for (const AccountRiskNote& n : a.risks) {
        if (n.risk == risk) {
            return renderEnglish(n.reason);
        }
    }
    return {};
}

TEST(Accounts, FiguresOfOneAccount) {
    const std::vector<Contract> contracts = acme();
    const AccountList list = accounts(contracts, date("2027-06-01"));
    EXPECT_EQ(list.contracts, 6);
    EXPECT_TRUE(list.invalid.empty());
    ASSERT_EQ(list.accounts.size(), 1U);
    const Account& a = list.accounts[0];
    EXPECT_EQ(a.name, "Acme");
    EXPECT_EQ(a.contracts, 6);
    ASSERT_EQ(a.byYear.size(), 4U);
    EXPECT_EQ(a.byYear[0].year, 2024);
    EXPECT_EQ(a.byYear[0].contracts, 1);
    EXPECT_EQ(a.byYear[2].year, 2026);
    EXPECT_EQ(a.byYear[2].contracts, 3); // A3, C1, P1
    EXPECT_EQ(a.byYear[3].year, 2027);
    EXPECT_EQ(a.byYear[3].contracts, 1); // L1
    EXPECT_EQ(a.cancelled, 1);
    EXPECT_EQ(a.lost, 1);

    // 247 of 300 room nights at the final pickup: 82.3333% (truncated); none on the books.
    EXPECT_EQ(a.finalPickup.events, 3);
    EXPECT_EQ(a.finalPickup.blockRoomNights, 300);
    EXPECT_EQ(a.finalPickup.pickupRoomNights, 247);
    EXPECT_EQ(a.finalPickup.pickup, Percent::fromPartsPerMillion(823'333));
    EXPECT_EQ(a.onTheBooks.events, 0);
    EXPECT_EQ(a.onTheBooks.pickup, std::nullopt);

    ASSERT_EQ(a.events.size(), 3U); // the prospect, the cancelled and the lost contract are no events
    EXPECT_EQ(a.events[0].reference, "A1");
    EXPECT_EQ(a.events[0].pickup, Percent::fromPoints(92));
    EXPECT_TRUE(a.events[0].finalPickup);
    EXPECT_EQ(a.pickupTrend, (std::vector<Percent>{Percent::fromPoints(92), Percent::fromPoints(85),
                                                   Percent::fromPoints(70)}));

    ASSERT_EQ(a.damages.size(), 1U);
    const AccountDamages& d = a.damages[0];
    EXPECT_EQ(d.currency, USD());
    EXPECT_EQ(d.actualizedGroups, 3);
    EXPECT_EQ(d.actualized, usd("1000.00"));
    EXPECT_EQ(d.cancelledGroups, 1);
    EXPECT_EQ(d.cancelled, usd("1000.00"));
    EXPECT_EQ(d.total, usd("2000.00"));
    EXPECT_EQ(d.collected, usd("0.00")); // no settlement recorded
    EXPECT_EQ(d.waived, usd("0.00"));

    ASSERT_TRUE(a.lastStay);
    EXPECT_EQ(a.lastStay->reference, "A3");
    EXPECT_EQ(a.lastStay->days, 389); // 2026-05-08 to 2027-06-01
    EXPECT_FALSE(a.nextStay);

    EXPECT_EQ(a.cycle.intervalDays, (std::vector<std::int32_t>{364, 364}));
    EXPECT_EQ(a.cycle.medianDays, roomNights("364"));
    EXPECT_EQ(a.cycle.spreadDays, roomNights("0"));
    EXPECT_EQ(a.cycle.shortestDays, 364);
    EXPECT_EQ(a.cycle.longestDays, 364);
}

TEST(Accounts, DamagesPerCurrencyAndTheNextStay) {
    const std::vector<Contract> contracts = beta();
    const AccountList list = accounts(contracts, date("2027-06-01"));
    const Account& b = named(list, "Beta");
    ASSERT_EQ(b.damages.size(), 2U); // never added across currencies
    EXPECT_EQ(b.damages[0].currency, EUR());
    EXPECT_EQ(b.damages[0].actualizedGroups, 1);
    EXPECT_EQ(b.damages[0].actualized, money("1200.00", EUR()));
    EXPECT_EQ(b.damages[0].cancelledGroups, 0);
    EXPECT_EQ(b.damages[0].total, money("1200.00", EUR()));
    EXPECT_EQ(b.damages[1].currency, USD());
    EXPECT_EQ(b.damages[1].actualized, usd("99.99"));
    EXPECT_EQ(b.damages[1].cancelled, usd("499.95"));
    EXPECT_EQ(b.damages[1].total, usd("599.94"));

    // The final pickup of B1 and B2, the pickup on the books of B4.
    EXPECT_EQ(b.finalPickup.events, 2);
    EXPECT_EQ(b.finalPickup.blockRoomNights, 60);
    EXPECT_EQ(b.finalPickup.pickupRoomNights, 37);
    EXPECT_EQ(b.onTheBooks.events, 1);
    EXPECT_EQ(b.onTheBooks.blockRoomNights, 100);
    EXPECT_EQ(b.onTheBooks.pickupRoomNights, 30);
    EXPECT_EQ(b.onTheBooks.pickup, Percent::fromPoints(30));
    ASSERT_EQ(b.events.size(), 3U);
    EXPECT_FALSE(b.events[2].finalPickup);
    EXPECT_EQ(b.events[2].status, ContractStatus::Definite);
    // Only final pickups make the trend: 60% then 70%.
    EXPECT_EQ(b.pickupTrend, (std::vector<Percent>{Percent::fromPoints(60), Percent::fromPoints(70)}));

    ASSERT_TRUE(b.lastStay);
    EXPECT_EQ(b.lastStay->reference, "B2");
    EXPECT_EQ(b.lastStay->days, 426);
    ASSERT_TRUE(b.nextStay);
    EXPECT_EQ(b.nextStay->reference, "B4");
    EXPECT_EQ(b.nextStay->days, 92);

    EXPECT_EQ(b.cycle.intervalDays, (std::vector<std::int32_t>{31, 518}));
    EXPECT_EQ(b.cycle.medianDays, roomNights("274.5"));
    EXPECT_EQ(b.cycle.spreadDays, roomNights("243.5"));
    EXPECT_EQ(b.cycle.shortestDays, 31);
    EXPECT_EQ(b.cycle.longestDays, 518);
    // 426 days since B2 is past 274.5 x 125%, but B4 is booked: a new contract, no risk.
    EXPECT_TRUE(b.risks.empty());
}

TEST(Accounts, CycleOverdueExactlyAtTheFactorIsNotFlagged) {
    const std::vector<Contract> contracts = acme();
    const Date last = date("2026-05-08");
    const AccountList at = accounts(contracts, last.addDays(455));
    EXPECT_FALSE(hasRisk(at.accounts[0], AccountRisk::CycleOverdue));
    const AccountList past = accounts(contracts, last.addDays(456));
    EXPECT_TRUE(hasRisk(past.accounts[0], AccountRisk::CycleOverdue));
    EXPECT_EQ(
        reasonOf(past.accounts[0], AccountRisk::CycleOverdue),
        "No new contract for 456 days since the last event arrived on 2026-05-08: more than 455 days, "
        "125% of the usual rebooking cycle of 364 days (the median of the 2 intervals between its events)");

    // Another factor moves the line: 150% of 364 is 546 days.
    AccountOptions slower;
    slower.cycleFactor = Percent::fromPoints(150);
    EXPECT_FALSE(
        hasRisk(accounts(contracts, last.addDays(546), slower).accounts[0], AccountRisk::CycleOverdue));
    EXPECT_TRUE(
        hasRisk(accounts(contracts, last.addDays(547), slower).accounts[0], AccountRisk::CycleOverdue));
}

TEST(Accounts, CycleOverdueOnAHalfDayMedian) {
    // Beta with B4 actualized on 2026-09-02 instead of booked: intervals 31 and 154 days, median 92.5,
    // 92.5 x 125% = 115.625 days.
    std::vector<Contract> contracts = beta();
    Contract& third = contracts.back();
    third.status = ContractStatus::Actualized;
    third.arrival = date("2026-09-02");
    third.departure = third.arrival.addDays(1);
    third.block.front().night = third.arrival;
    third.pickup.front().night = third.arrival;
    third.signedOn = date("2025-09-02");
    const Date last = third.arrival;
    const AccountList list = accounts(contracts, last.addDays(116));
    ASSERT_TRUE(list.invalid.empty());
    const Account& b = list.accounts[0];
    EXPECT_EQ(b.cycle.medianDays, roomNights("92.5"));
    EXPECT_EQ(b.cycle.spreadDays, roomNights("61.5"));
    ASSERT_TRUE(hasRisk(b, AccountRisk::CycleOverdue));
    EXPECT_EQ(
        reasonOf(b, AccountRisk::CycleOverdue),
        "No new contract for 116 days since the last event arrived on 2026-09-02: more than 115.625 days, "
        "125% of the usual rebooking cycle of 92.5 days (the median of the 2 intervals between its "
        "events)");
    EXPECT_FALSE(hasRisk(accounts(contracts, last.addDays(115)).accounts[0], AccountRisk::CycleOverdue));
}

TEST(Accounts, CycleNeedsThreeEvents) {
    // Two events only: one interval of 364 days, and years without a contract are not flagged.
    std::vector<Contract> contracts = acme();
    contracts.erase(contracts.begin()); // A1
    const AccountList two = accounts(contracts, date("2030-01-01"));
    const Account& a = two.accounts[0];
    EXPECT_EQ(a.events.size(), 2U);
    EXPECT_EQ(a.cycle.medianDays, roomNights("364"));
    EXPECT_FALSE(hasRisk(a, AccountRisk::CycleOverdue));
    // With the events needed lowered to 2, it is.
    AccountOptions twoEvents;
    twoEvents.minCycleEvents = 2;
    EXPECT_TRUE(
        hasRisk(accounts(contracts, date("2030-01-01"), twoEvents).accounts[0], AccountRisk::CycleOverdue));

    // One event: no interval, no cycle.
    contracts.erase(contracts.begin()); // A2
    const AccountList oneList = accounts(contracts, date("2030-01-01"), twoEvents);
    ASSERT_EQ(oneList.accounts.size(), 1U);
    const Account& one = oneList.accounts[0];
    EXPECT_TRUE(one.cycle.intervalDays.empty());
    EXPECT_EQ(one.cycle.medianDays, std::nullopt);
    EXPECT_EQ(one.cycle.spreadDays, std::nullopt);
    EXPECT_FALSE(hasRisk(one, AccountRisk::CycleOverdue));
}

TEST(Accounts, AProspectArrivingLaterIsANewContract) {
    std::vector<Contract> contracts = acme();
    const Date today = date("2026-05-08").addDays(456);
    EXPECT_TRUE(hasRisk(accounts(contracts, today).accounts[0], AccountRisk::CycleOverdue));
    contracts.push_back(
        event("Acme", "P2", ContractStatus::Prospect, "2028-05-12").blockEveryNight(100, "100.00").build());
    const AccountList aList = accounts(contracts, today);
    ASSERT_EQ(aList.accounts.size(), 1U);
    const Account& a = aList.accounts[0];
    EXPECT_FALSE(hasRisk(a, AccountRisk::CycleOverdue));
    EXPECT_FALSE(a.nextStay); // a prospect is no stay
    // A lost one is not.
    contracts.back().status = ContractStatus::Lost;
    contracts.back().lostReason = LostReason::Dates;
    EXPECT_TRUE(hasRisk(accounts(contracts, today).accounts[0], AccountRisk::CycleOverdue));
}

TEST(Accounts, PickupFallingTwoEventsInARow) {
    const std::vector<Contract> contracts = acme();
    const AccountList aList = accounts(contracts, date("2027-06-01"));
    ASSERT_EQ(aList.accounts.size(), 1U);
    const Account& a = aList.accounts[0];
    ASSERT_TRUE(hasRisk(a, AccountRisk::PickupFalling));
    EXPECT_EQ(
        reasonOf(a, AccountRisk::PickupFalling),
        "Pickup fell for two events in a row: 92% of the block at the event arriving 2024-05-10, 85% at the "
        "one arriving 2025-05-09, 70% at the one arriving 2026-05-08");
    EXPECT_EQ(a.risks.size(), 1U); // 389 days is within 455

    // Level once is no fall: 92, 85, 85.
    std::vector<Contract> level = acme();
    level[2].pickup.front().rooms = 85;
    EXPECT_FALSE(hasRisk(accounts(level, date("2027-06-01")).accounts[0], AccountRisk::PickupFalling));

    // Only two events with a final pickup: one fall is not two.
    std::vector<Contract> two = acme();
    two.erase(two.begin());
    EXPECT_FALSE(hasRisk(accounts(two, date("2027-06-01")).accounts[0], AccountRisk::PickupFalling));

    // An upcoming event's pickup on the books does not count: Beta's 60%, 70% and 30% on the books.
    const std::vector<Contract> b = beta();
    EXPECT_FALSE(hasRisk(accounts(b, date("2027-06-01")).accounts[0], AccountRisk::PickupFalling));

    // A rise after two falls clears it: the last three are 85, 70, 75.
    std::vector<Contract> rise = acme();
    rise.push_back(event("Acme", "A4", ContractStatus::Actualized, "2027-05-07")
                       .blockEveryNight(100, "100.00")
                       .pickupEveryNight(75)
                       .build());
    const AccountList rList = accounts(rise, date("2027-06-01"));
    ASSERT_EQ(rList.accounts.size(), 1U);
    const Account& r = rList.accounts[0];
    EXPECT_FALSE(hasRisk(r, AccountRisk::PickupFalling));
    AccountOptions shortTrend;
    shortTrend.trendEvents = 2;
    EXPECT_EQ(accounts(rise, date("2027-06-01"), shortTrend).accounts[0].pickupTrend,
              (std::vector<Percent>{Percent::fromPoints(70), Percent::fromPoints(75)}));
}

TEST(Accounts, FiltersInvalidContractsAndOrder) {
    std::vector<Contract> contracts = beta();
    for (Contract& c : acme()) {
        contracts.push_back(c);
    }
    Contract broken =
        event("Acme", "X1", ContractStatus::Definite, "2027-07-01").blockEveryNight(5, "100.00").build();
    broken.departure = broken.arrival;
    contracts.push_back(broken);
    Contract other = acme().front();
    other.reference = "Z1";
    other.account.clear();
    other.hotel = "Lakeside";
    contracts.push_back(other);

    const AccountList all = accounts(contracts, date("2027-06-01"));
    EXPECT_EQ(all.contracts, 12);
    EXPECT_EQ(all.invalid, std::vector<std::string>{"X1"});
    ASSERT_EQ(all.accounts.size(), 3U); // by name: the contract without an account first
    EXPECT_EQ(all.accounts[0].name, "");
    EXPECT_EQ(all.accounts[1].name, "Acme");
    EXPECT_EQ(all.accounts[2].name, "Beta");
    EXPECT_EQ(all.accounts[1].contracts, 6);

    PipelineFilter harbour;
    harbour.hotel = "Harbour";
    EXPECT_EQ(accounts(contracts, date("2027-06-01"), {}, harbour).accounts.size(), 2U);
    PipelineFilter acmeOnly;
    acmeOnly.account = "Acme";
    acmeOnly.arrivalFrom = date("2025-01-01");
    const AccountList recent = accounts(contracts, date("2027-06-01"), {}, acmeOnly);
    ASSERT_EQ(recent.accounts.size(), 1U);
    EXPECT_EQ(recent.accounts[0].events.size(), 2U); // A2, A3
}

TEST(Accounts, OptionsOutOfRange) {
    const std::vector<Contract> contracts = acme();
    AccountOptions zero;
    zero.cycleFactor = Percent::zero();
    EXPECT_THROW(accounts(contracts, date("2027-06-01"), zero), std::invalid_argument);
    AccountOptions oneEvent;
    oneEvent.minCycleEvents = 1;
    EXPECT_THROW(accounts(contracts, date("2027-06-01"), oneEvent), std::invalid_argument);
    AccountOptions noTrend;
    noTrend.trendEvents = 0;
    EXPECT_THROW(accounts(contracts, date("2027-06-01"), noTrend), std::invalid_argument);
}

} // namespace

namespace {

TEST(Accounts, CollectedAndWaivedFromTheSettlementsPerCurrency) {
    std::vector<Contract> contracts = acme();
    // A3 owes 1,000.00: 600.00 and 150.25 paid, 249.75 waived (of which 100.00 granted on a later contract).
    Settlement& a3 = contracts[2].settlement;
    a3.assessed = usd("1000.00");
    a3.payments = {{date("2026-06-01"), usd("600.00")}, {date("2026-07-01"), usd("150.25")}};
    a3.waived = usd("249.75");
    a3.waiverReason = "Goodwill";
    a3.creditAmount = usd("100.00");
    a3.creditContract = "A4";
    // C1, cancelled, owes 1,000.00: 999.99 paid, 0.01 waived.
    Settlement& c1 = contracts[3].settlement;
    c1.assessed = usd("1000.00");
    c1.payments = {{date("2026-08-15"), usd("999.99")}};
    c1.waived = usd("0.01");
    // The prospect's settlement is no damages of the account (a prospect owes nothing).
    contracts[4].settlement.payments = {{date("2026-10-01"), usd("5.00")}};
    std::vector<Contract> b = beta();
    // B1 owes 1,200.00 EUR, all collected; B2 owes 99.99 USD, all waived.
    b[0].settlement.assessed = money("1200.00", EUR());
    b[0].settlement.payments = {{date("2026-03-20"), money("1200.00", EUR())}};
    b[1].settlement.assessed = usd("99.99");
    b[1].settlement.waived = usd("99.99");
    contracts.insert(contracts.end(), b.begin(), b.end());

    const AccountList list = accounts(contracts, date("2027-06-01"));
    const Account& acme = named(list, "Acme");
    ASSERT_EQ(acme.damages.size(), 1U);
    EXPECT_EQ(acme.damages[0].total, usd("2000.00"));
    EXPECT_EQ(acme.damages[0].collected, usd("1750.24")); // 600.00 + 150.25 + 999.99
    EXPECT_EQ(acme.damages[0].waived, usd("249.76"));     // 249.75 + 0.01
    const Account& beta = named(list, "Beta");
    ASSERT_EQ(beta.damages.size(), 2U); // by currency code: EUR, USD
    EXPECT_EQ(beta.damages[0].currency, EUR());
    EXPECT_EQ(beta.damages[0].collected, money("1200.00", EUR()));
    EXPECT_EQ(beta.damages[0].waived, money("0.00", EUR()));
    EXPECT_EQ(beta.damages[1].currency, USD());
    EXPECT_EQ(beta.damages[1].total, usd("599.94")); // 99.99 + 499.95
    EXPECT_EQ(beta.damages[1].collected, usd("0.00"));
    EXPECT_EQ(beta.damages[1].waived, usd("99.99"));
}

} // namespace
