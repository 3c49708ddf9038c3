#include "attrition/domain/field_catalogue.h"
#include "io_test_support.h"

#include <set>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

// everyField() sets every member of a Contract to something other than its default. Copying every
// catalogued field of it into a default contract must give back the whole contract (compared with the
// defaulted ==, which sees every member): a member of Contract that is not catalogued stays at its default
// and fails here. So a new member needs two things to pass: a value in everyField() and an entry in the
// catalogue (core/domain/src/field_catalogue.cpp).
TEST(FieldCatalogue, CoversEveryMemberOfContract) {
    const Contract full = everyField();
    Contract rebuilt;
    for (const ContractField& field : contractFields()) {
        field.copy(rebuilt, full);
    }
    EXPECT_TRUE(rebuilt == full) << "fields the catalogue misses are in: " << differingFields(rebuilt, full);
}

TEST(FieldCatalogue, EveryFieldHasANonDefaultValueInTheSample) {
    const Contract full = everyField();
    const Contract defaults;
    for (const ContractField& field : contractFields()) {
        EXPECT_FALSE(field.same(full, defaults)) << field.path;
        Contract one = defaults;
        field.copy(one, full);
        EXPECT_TRUE(field.same(one, full)) << field.path;
        EXPECT_FALSE(one == defaults) << field.path;
    }
}

TEST(FieldCatalogue, PathsAreUniqueAndFound) {
    std::set<std::string_view> seen;
    for (const ContractField& field : contractFields()) {
        EXPECT_TRUE(seen.insert(field.path).second) << field.path;
        EXPECT_EQ(findContractField(field.path), &field) << field.path;
        EXPECT_FALSE(field.label.empty()) << field.path;
    }
    EXPECT_EQ(findContractField("attrition.nothing"), nullptr);
}

// A message names a field by its full label alone: two fields with one full label could not be told apart.
TEST(FieldCatalogue, FullLabelsAreUnique) {
    std::set<std::string_view> seen;
    for (const ContractField& field : contractFields()) {
        if (!field.fullLabel.empty()) {
            EXPECT_TRUE(seen.insert(field.fullLabel).second) << field.path << ": " << field.fullLabel;
        }
    }
    EXPECT_GT(seen.size(), 30U);
}

// Every catalogued field, set to the sample's non-default value, survives the contract file.
TEST(FieldCatalogue, EveryFieldRoundTripsThroughJson) {
    const Contract full = everyField();
    const ReadResult r = readContracts(writeContract(full));
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.contracts.size(), 1U);
    for (const ContractField& field : contractFields()) {
        EXPECT_TRUE(field.same(r.contracts.front(), full)) << field.path;
    }
    EXPECT_TRUE(r.contracts.front() == full) << differingFields(r.contracts.front(), full);
}

} // namespace
