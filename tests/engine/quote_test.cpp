// Quoting a group: displacement, net value, break-even rates, the wash distribution and clause advice,
// checked against figures worked out by hand.

#include "attrition/engine/quote.h"
#include "test_contracts.h"

#include <gtest/gtest.h>

namespace attrition {
namespace {

using namespace attrition::test;
using quote::ClauseOption;
using quote::HotelNight;
using quote::Quote;
using quote::QuoteOptions;
using quote::WashDistribution;
using quote::WashSource;

/// Two nights of 100 KING rooms at 200.00, an F&B minimum of 10,000.00 and a meeting room rental of
/// 2,000.00, proposed for 1 and 2 March 2027.
Contract proposal() {
    return ContractBuilder()
        .status(ContractStatus::Prospect)
        .stay("2027-03-01", 2)
        .blockEveryNight(100, "200.00")
        .fbMinimum("10000.00")
        .meetingRental("2000.00")
        .build();
}

/// The first night is busy (demand 180 of 250 rooms at 180.00, 20.00 ancillary profit a room), the second
/// quiet (100 of 250 at 150.00).
std::vector<HotelNight> outlook() {
    return {HotelNight{date("2027-03-01"), 250, Quantity::whole(180), money("180.00", USD()),
                       money("20.00", USD())},
            HotelNight{date("2027-03-02"), 250, Quantity::whole(100), money("150.00", USD()),
                       Money::zero(USD())}};
}

QuoteOptions options() {
    QuoteOptions o;
    o.margins.roomVariableCost = money("30.00", USD());
    o.margins.groupCommission = pct("10");
    o.margins.foodBeverageMargin = pct("30");
    o.margins.meetingRoomMargin = pct("80");
    return o;
}

WashDistribution washes(std::initializer_list<const char*> points) {
    WashDistribution w;
    w.source = WashSource::Account;
    for (const char* p : points) {
        w.washes.push_back(pct(p));
        ++w.groups;
    }
    return w;
}

const ClauseOption& option(const Quote& q, const char* level, const char* factor) {
    for (const ClauseOption& c : q.clauses) {
        if (c.performanceLevel == pct(level) && c.damagesFactor == pct(factor)) {
            return c;
        }
    }
    throw std::logic_error("no such clause option");
}

TEST(Quote, OneWashByHand) {
    // Wash 10%: 90 group rooms a night.
    // Night 1: displaced max(0, 180 + 90 - 250) = 20; profit 90 x (200 x 0.9 - 30) = 13,500.00; cost
    // 20 x (180 - 30 + 20) = 3,400.00; net 10,100.00; break-even (20 x 170 + 90 x 30) / (90 x 0.9) =
    // 75.3086.. -> 75.31. Night 2: nothing displaced; net 13,500.00; break-even 2,700 / 81 = 33.333..
    // -> 33.34. F&B 10,000.00 x 30% = 3,000.00, meeting room 2,000.00 x 80% = 1,600.00: net 28,200.00.
    const Quote q = quote::quoteGroup(proposal(), outlook(), washes({"10"}), options());
    ASSERT_EQ(q.nights.size(), 2U);
    EXPECT_EQ(q.nights[0].groupRooms, Quantity::whole(90));
    EXPECT_EQ(q.nights[0].displacedRooms, Quantity::whole(20));
    EXPECT_EQ(q.nights[0].groupRevenue, money("18000.00", USD()));
    EXPECT_EQ(q.nights[0].groupRoomProfit, money("13500.00", USD()));
    EXPECT_EQ(q.nights[0].displacementCost, money("3400.00", USD()));
    EXPECT_EQ(q.nights[0].net, money("10100.00", USD()));
    EXPECT_EQ(q.nights[0].breakEvenRate, money("75.31", USD()));
    EXPECT_EQ(q.nights[1].displacedRooms, Quantity{});
    EXPECT_EQ(q.nights[1].net, money("13500.00", USD()));
    EXPECT_EQ(q.nights[1].breakEvenRate, money("33.34", USD()));
    EXPECT_EQ(q.foodBeverageProfit, money("3000.00", USD()));
    EXPECT_EQ(q.meetingRoomProfit, money("1600.00", USD()));
    EXPECT_EQ(q.groupRoomProfit, money("27000.00", USD()));
    EXPECT_EQ(q.displacementCost, money("3400.00", USD()));
    EXPECT_EQ(q.net, money("28200.00", USD()));
    EXPECT_EQ(q.netP10, q.net);
    EXPECT_EQ(q.netP90, q.net);
    EXPECT_EQ(q.expectedWash, pct("10"));

    // 90 of 100 rooms on each night, cumulative: nothing owed up to a 90% performance level; at 95% the
    // group is 10 room nights short of 190: 2,000.00 at a 100% factor, 1,600.00 at 80%, 1,400.00 at 70%.
    ASSERT_EQ(q.clauses.size(), 18U);
    EXPECT_EQ(option(q, "90", "100").expectedDamages, Money::zero(USD()));
    EXPECT_EQ(option(q, "90", "100").probabilityOwed, 0.0);
    EXPECT_EQ(option(q, "95", "100").expectedDamages, money("2000.00", USD()));
    EXPECT_EQ(option(q, "95", "80").expectedDamages, money("1600.00", USD()));
    EXPECT_EQ(option(q, "95", "70").expectedDamages, money("1400.00", USD()));
    EXPECT_EQ(option(q, "95", "70").probabilityOwed, 1.0);
}

TEST(Quote, TwoWashesCarriedThroughTheDraws) {
    // Wash 0%: night 1 displaces 30 (cost 5,100.00, profit 15,000.00), night 2 nothing: net
    // 9,900 + 15,000 + 4,600 = 29,500.00. Wash 20%: night 1 displaces 10 (1,700.00 against 12,000.00), night
    // 2 12,000.00: net 10,300 + 12,000 + 4,600 = 26,900.00.
    QuoteOptions o = options();
    o.draws = 10'000;
    o.seed = 7;
    const Quote q = quote::quoteGroup(proposal(), outlook(), washes({"0", "20"}), o);
    // Each draw at 20% adds 200,000 ppm / 10,000 draws = 20 ppm to the mean wash.
    const std::int64_t at20 = q.expectedWash.partsPerMillion() / 20;
    const std::int64_t at0 = 10'000 - at20;
    ASSERT_EQ(q.expectedWash.partsPerMillion() % 20, 0);
    EXPECT_GT(at20, 4'500);
    EXPECT_GT(at0, 4'500);
    EXPECT_EQ(q.washP10, pct("0"));
    EXPECT_EQ(q.washP90, pct("20"));
    EXPECT_EQ(q.netP10, money("26900.00", USD()));
    EXPECT_EQ(q.netP90, money("29500.00", USD()));

    // The expected figures are the draws' means, each rounded once.
    const auto mean = [&](std::int64_t atZero, std::int64_t atTwenty) {
        return Money::fromRatio(static_cast<Wide>(atZero) * at0 + static_cast<Wide>(atTwenty) * at20, 10'000,
                                USD(), RoundingMode::HalfUp);
    };
    EXPECT_EQ(q.nights[0].groupRoomProfit, mean(1'500'000, 1'200'000));
    EXPECT_EQ(q.nights[0].displacementCost, mean(510'000, 170'000));
    EXPECT_EQ(q.nights[1].groupRoomProfit, mean(1'500'000, 1'200'000));
    EXPECT_EQ(q.net, q.nights[0].net + q.nights[1].net + money("4600.00", USD()));
    EXPECT_EQ(q.nights[0].displacedRooms,
              Quantity::fromMicro((30 * at0 + 10 * at20) * Quantity::kScale / 10'000));

    // At 95%: the 20% draws pick up 160 of the 190 required, 30 short x 200.00 = 6,000.00; the 0% draws owe
    // nothing.
    const ClauseOption& strict = option(q, "95", "100");
    EXPECT_EQ(strict.expectedDamages, mean(0, 600'000));
    EXPECT_DOUBLE_EQ(strict.probabilityOwed, static_cast<double>(at20) / 10'000);
    EXPECT_EQ(option(q, "80", "100").expectedDamages, Money::zero(USD()));

    // The same seed gives the same quote; another seed other draws.
    const Quote again = quote::quoteGroup(proposal(), outlook(), washes({"0", "20"}), o);
    EXPECT_EQ(again.net, q.net);
    EXPECT_EQ(again.expectedWash, q.expectedWash);
}

TEST(Quote, WashFromTheAccountThenComparableGroupsThenTheDefault) {
    std::vector<Contract> contracts;
    const auto past = [&](const char* account, std::int32_t pickup) {
        Contract c =
            ContractBuilder().status(ContractStatus::Actualized).blockEveryNight(100, "150.00").build();
        c.account = account;
        c.pickup = {PickupEntry{c.arrival, "KING", pickup}};
        contracts.push_back(c);
    };
    past("Acme", 90);
    past("Acme", 80);
    past("Acme", 100);
    for (int i = 0; i < 8; ++i) {
        past("Other", 70);
    }
    past("Nobody", 0); // no final pickup: left out
    std::vector<GroupHistory> history;
    for (const Contract& c : contracts) {
        history.push_back(GroupHistory{&c, {}});
    }

    const WashDistribution own = quote::washDistribution(history, "Acme");
    EXPECT_EQ(own.source, WashSource::Account);
    EXPECT_EQ(own.groups, 3);
    EXPECT_EQ(own.washes, (std::vector<Percent>{pct("0"), pct("10"), pct("20")}));

    const WashDistribution comparable = quote::washDistribution(history, "Newcomer");
    EXPECT_EQ(comparable.source, WashSource::Comparable);
    EXPECT_EQ(comparable.groups, 11);
    EXPECT_EQ(comparable.accountGroups, 0);
    EXPECT_EQ(comparable.washes.back(), pct("30"));

    const std::span<const GroupHistory> few(history.data(), 4);
    const WashDistribution fallback = quote::washDistribution(few, "Newcomer");
    EXPECT_EQ(fallback.source, WashSource::Default);
    EXPECT_EQ(fallback.groups, 4);
    EXPECT_EQ(fallback.washes.size(), 5U);

    const Quote q = quote::quoteGroup(proposal(), outlook(), own, options());
    ASSERT_FALSE(q.explanation.empty());
    EXPECT_EQ(q.explanation.front().id, MessageId::QuoteWashAccount);
    EXPECT_EQ(q.explanation.back().id, MessageId::QuoteNet);
}

TEST(Quote, BadInputNamesTheNight) {
    std::vector<HotelNight> nights = outlook();
    nights[0].capacity = 80;                            // below the block of 100
    nights[1].transientDemand = Quantity::whole(-5);    // negative
    nights[1].transientNetAdr = money("150.00", EUR()); // another currency
    nights.push_back(nights[1]);                        // the second night twice
    const std::vector<Message> problems = quote::checkQuote(proposal(), nights, options());
    std::vector<MessageId> ids;
    for (const Message& m : problems) {
        ids.push_back(m.id);
    }
    EXPECT_EQ(ids, (std::vector<MessageId>{MessageId::QuoteOutlookTwice, MessageId::QuoteCapacityBelowBlock,
                                           MessageId::QuoteNegativeDemand, MessageId::QuoteNightCurrency}));
    EXPECT_EQ(renderEnglish(problems[1]),
              "The block of 100 rooms on the night of 2027-03-01 is above the hotel's capacity of 80 rooms");
    EXPECT_THROW(quote::quoteGroup(proposal(), nights, washes({"10"}), options()), quote::QuoteError);

    const std::vector<HotelNight> missing = {outlook()[0]};
    const std::vector<Message> gaps = quote::checkQuote(proposal(), missing, options());
    ASSERT_EQ(gaps.size(), 1U);
    EXPECT_EQ(renderEnglish(gaps[0]),
              "The night of 2027-03-02 has no hotel outlook (capacity, transient demand and net ADR)");

    QuoteOptions wrong = options();
    wrong.margins.groupCommission = pct("100");
    wrong.margins.foodBeverageMargin = pct("120");
    const std::vector<Message> margins = quote::checkQuote(proposal(), outlook(), wrong);
    ASSERT_EQ(margins.size(), 2U);
    EXPECT_EQ(margins[0].id, MessageId::QuoteCommissionRange);
    EXPECT_EQ(margins[1].id, MessageId::QuoteMarginRange);
}

} // namespace
} // namespace attrition
