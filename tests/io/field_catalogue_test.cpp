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
// catalogue (ATTRITION_CONTRACT_FIELDS, core/domain/include/attrition/domain/field_catalogue.h).
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

// Each typed descriptor (namespace field) is its catalogue entry: the same path, at the same place, with the
// same kind, section, labels and optionality, and of() reaches the member the entry's same and copy reach. A
// value set through of() on one contract is seen by same, and copy carries it, and nothing else, into
// another.
template <typename F> void expectDescriptorIsItsEntry(const Contract& full, std::size_t index) {
    const std::span<const ContractField> fields = contractFields();
    ASSERT_LT(index, fields.size()) << F::path;
    const ContractField& entry = fields[index];
    EXPECT_EQ(entry.path, F::path);
    EXPECT_EQ(findContractField(F::path), &entry) << F::path;
    EXPECT_EQ(entry.kind, F::kind) << F::path;
    EXPECT_EQ(entry.section, F::section) << F::path;
    EXPECT_EQ(entry.label, F::label) << F::path;
    EXPECT_EQ(entry.fullLabel, F::fullLabel) << F::path;
    EXPECT_EQ(entry.optional, F::optional) << F::path;

    const Contract defaults;
    Contract set;
    F::of(set) = F::of(full);
    EXPECT_FALSE(set == defaults) << F::path;
    EXPECT_TRUE(entry.same(set, full)) << F::path;
    EXPECT_FALSE(entry.same(set, defaults)) << F::path;
    Contract copied;
    entry.copy(copied, set);
    EXPECT_TRUE(F::of(copied) == F::of(full)) << F::path;
    EXPECT_TRUE(copied == set) << F::path << ": the copy differs in " << differingFields(copied, set);
    const Contract& constant = copied;
    EXPECT_EQ(&F::of(constant), &F::of(copied)) << F::path;
}

TEST(FieldCatalogue, EachDescriptorReachesTheMemberOfItsEntry) {
    const Contract full = everyField();
    std::size_t index = 0;
#define EXPECT_DESCRIPTOR_IS_ITS_ENTRY(name, ...) expectDescriptorIsItsEntry<field::name>(full, index++);
    ATTRITION_CONTRACT_FIELDS(EXPECT_DESCRIPTOR_IS_ITS_ENTRY)
#undef EXPECT_DESCRIPTOR_IS_ITS_ENTRY
    EXPECT_EQ(index, contractFields().size());
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
