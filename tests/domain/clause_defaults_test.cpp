#include "attrition/domain/clause_defaults.h"

#include <gtest/gtest.h>
#include <set>
#include <string>

namespace attrition {
namespace {

TEST(ClauseDefaults, EveryProgramDefaultIsACataloguedField) {
    std::set<std::string_view> seen;
    for (std::string_view path : programDefaultPaths()) {
        EXPECT_NE(findContractField(path), nullptr) << path;
        EXPECT_TRUE(seen.insert(path).second) << path << " is listed twice";
        EXPECT_TRUE(isProgramDefaultPath(path)) << path;
    }
    EXPECT_TRUE(seen.count("cancellation.tiers") == 1);
    EXPECT_TRUE(seen.count("attrition.performanceLevel") == 1);
    EXPECT_TRUE(seen.count("attrition.damagesFactor") == 1);
    EXPECT_FALSE(isProgramDefaultPath("cancellation.taxRate"));
    EXPECT_FALSE(isProgramDefaultPath("unconfirmedDefaults"));
    EXPECT_FALSE(isProgramDefaultPath(""));
}

TEST(ClauseDefaults, AContractIsConfirmedUntilMarked) {
    Contract c;
    for (std::string_view path : programDefaultPaths()) {
        EXPECT_FALSE(isUnconfirmedDefault(c, path)) << path;
    }
    markProgramDefaults(c);
    EXPECT_EQ(c.unconfirmedDefaults.size(), programDefaultPaths().size());
    for (std::string_view path : programDefaultPaths()) {
        EXPECT_TRUE(isUnconfirmedDefault(c, path)) << path;
    }
}

TEST(ClauseDefaults, SectionsListTheirUnconfirmedDefaultsInCatalogueOrder) {
    Contract c;
    markProgramDefaults(c);
    const auto cancellation = unconfirmedDefaultsIn(c, FieldSection::Cancellation);
    ASSERT_EQ(cancellation.size(), 3U);
    EXPECT_EQ(cancellation[0], "cancellation.tiers");
    EXPECT_EQ(cancellation[1], "cancellation.basis");
    EXPECT_EQ(cancellation[2], "cancellation.waiveOnForceMajeure");
    EXPECT_EQ(unconfirmedDefaultsIn(c, FieldSection::Attrition).size(), 6U);
    EXPECT_EQ(unconfirmedDefaultsIn(c, FieldSection::FoodBeverage).size(), 1U);
    EXPECT_TRUE(unconfirmedDefaultsIn(c, FieldSection::General).empty());
}

TEST(ClauseDefaults, ConfirmingASectionLeavesTheOthersAndTheValues) {
    Contract c;
    markProgramDefaults(c);
    const Contract before = c;
    EXPECT_EQ(confirmDefaultsIn(c, FieldSection::Cancellation), 3);
    EXPECT_TRUE(unconfirmedDefaultsIn(c, FieldSection::Cancellation).empty());
    EXPECT_EQ(unconfirmedDefaultsIn(c, FieldSection::Attrition).size(), 6U);
    EXPECT_EQ(c.cancellation, before.cancellation) << "confirming changes no value";
    EXPECT_EQ(confirmDefaultsIn(c, FieldSection::Cancellation), 0);
}

TEST(ClauseDefaults, ConfirmingOneValue) {
    Contract c;
    markProgramDefaults(c);
    EXPECT_TRUE(confirmDefault(c, "attrition.performanceLevel"));
    EXPECT_FALSE(isUnconfirmedDefault(c, "attrition.performanceLevel"));
    EXPECT_TRUE(isUnconfirmedDefault(c, "attrition.damagesFactor"));
    EXPECT_FALSE(confirmDefault(c, "attrition.performanceLevel")) << "already confirmed";
}

TEST(ClauseDefaults, AChangedValueIsConfirmedAndOnlyIt) {
    Contract before;
    markProgramDefaults(before);
    Contract after = before;
    after.attrition.performanceLevel = Percent::fromPoints(85);
    CancellationTier tier;
    tier.percent = Percent::fromPoints(100);
    after.cancellation.tiers.push_back(tier);
    after.notes = "not a clause default";
    confirmChangedDefaults(before, after);
    EXPECT_FALSE(isUnconfirmedDefault(after, "attrition.performanceLevel"));
    EXPECT_FALSE(isUnconfirmedDefault(after, "cancellation.tiers"));
    EXPECT_EQ(after.unconfirmedDefaults.size(), programDefaultPaths().size() - 2);
    EXPECT_TRUE(isUnconfirmedDefault(after, "attrition.damagesFactor"));

    // The same value written again is no confirmation.
    Contract same = before;
    same.attrition.performanceLevel = Percent::fromPoints(80);
    confirmChangedDefaults(before, same);
    EXPECT_TRUE(isUnconfirmedDefault(same, "attrition.performanceLevel"));
}

} // namespace
} // namespace attrition
