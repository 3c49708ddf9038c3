// Settlement::state(), collected() and open(): the settlement's state is derived, never stored.

#include "attrition/domain/contract.h"

#include <gtest/gtest.h>

namespace attrition {
namespace {

Money usd(std::int64_t cents) {
    return Money(cents, *Currency::fromCode("USD"));
}

Date day(const char* text) {
    return *Date::parseIso(text);
}

TEST(Settlement, StatesFromNotAssessedToSettled) {
    Settlement s;
    EXPECT_EQ(s.state(), SettlementState::NotAssessed);
    EXPECT_TRUE(s.open().isZero());

    s.assessed = usd(300000);
    EXPECT_EQ(s.state(), SettlementState::Assessed);
    EXPECT_EQ(s.open(), usd(300000));

    s.invoicedOn = day("2027-05-20");
    EXPECT_EQ(s.state(), SettlementState::Invoiced);

    s.payments.push_back({day("2027-06-02"), usd(120000)});
    EXPECT_EQ(s.state(), SettlementState::PartlyCollected);
    EXPECT_EQ(s.collected(), usd(120000));
    EXPECT_EQ(s.open(), usd(180000));

    s.payments.push_back({day("2027-07-01"), usd(180000)});
    EXPECT_EQ(s.state(), SettlementState::Collected);
    EXPECT_TRUE(s.open().isZero());

    s.payments.back().amount = usd(179999);
    s.waived = usd(1);
    EXPECT_EQ(s.state(), SettlementState::Settled);
    EXPECT_TRUE(s.open().isZero());
}

TEST(Settlement, AWaiverOfTheWholeAmountIsWaivedAPartOfItStaysOpen) {
    Settlement s;
    s.assessed = usd(50000);
    s.waived = usd(20000);
    EXPECT_EQ(s.state(), SettlementState::Assessed);
    EXPECT_EQ(s.open(), usd(30000));
    s.waived = usd(50000);
    EXPECT_EQ(s.state(), SettlementState::Waived);
}

TEST(Settlement, NothingAgreedIsSettled) {
    Settlement s;
    s.assessed = usd(0);
    EXPECT_EQ(s.state(), SettlementState::Settled);
}

TEST(Settlement, StateNames) {
    EXPECT_EQ(toString(SettlementState::NotAssessed), "not-assessed");
    EXPECT_EQ(toString(SettlementState::PartlyCollected), "partly-collected");
    EXPECT_EQ(toString(SettlementState::Settled), "settled");
}

} // namespace
} // namespace attrition
