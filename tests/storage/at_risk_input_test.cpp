// What the early warning reads: the upcoming groups a filter passes with their pickup reports, in order of
// arrival, and the past groups of their hotels, the same as a filtered read and readPastGroups give.

#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "storage_test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <set>

namespace attrition::storage::test {
namespace {

TEST(AtRiskInput, IsWhatAFilteredReadAndThePastGroupsGive) {
    QTemporaryDir dir;
    ConnectionSettings settings;
    settings.file = QDir(dir.path()).absoluteFilePath(QStringLiteral("at-risk.sqlite")).toStdString();
    OpenOptions options;
    options.createIfMissing = true;
    auto repository = SqlContractRepository::open(settings, options);
    ASSERT_TRUE(repository) << repository.error().message;
    SampleDataOptions sample;
    sample.contracts = 600;
    sample.withScenarios = false;
    ASSERT_TRUE(populateSampleData(**repository, sample));

    const Date today = sampleToday();
    for (const bool oneHotel : {false, true}) {
        ContractFilter filter;
        filter.arrivalFrom = today;
        filter.arrivalTo = today.addDays(180);
        if (oneHotel) {
            filter.hotel = sampleContract(1, 0).hotel;
        }
        const auto upcoming = [&](const Contract& c) {
            return c.status != ContractStatus::Cancelled && c.status != ContractStatus::Actualized &&
                   c.status != ContractStatus::Lost;
        };
        std::int64_t visited = 0;
        Result<AtRiskInput> input =
            readAtRiskInput(**repository, filter, today, upcoming, [&](const StoredContract&) { ++visited; });
        ASSERT_TRUE(input) << input.error().message;

        // As read one by one through the filter, in order of arrival.
        std::vector<std::string> references;
        std::vector<std::size_t> reports;
        std::set<std::string> hotels;
        std::int64_t passed = 0;
        ASSERT_TRUE(forEachStored(**repository, filter, [&](const StoredContract& c) {
            ++passed;
            if (upcoming(c.contract)) {
                references.push_back(c.contract.reference);
                reports.push_back((*repository)->pickupSnapshots(c.id)->size());
                hotels.insert(c.contract.hotel);
            }
        }));
        EXPECT_EQ(visited, passed);
        ASSERT_GT(references.size(), 0U);
        ASSERT_EQ(input->upcoming.contracts.size(), references.size());
        for (std::size_t i = 0; i < references.size(); ++i) {
            EXPECT_EQ(input->upcoming.contracts[i].reference, references[i]) << i;
            EXPECT_EQ(input->upcoming.snapshots[i].size(), reports[i]) << references[i];
        }
        Result<PastGroups> past = readPastGroups(
            **repository, {}, today, [&](const Contract& c) { return hotels.count(c.hotel) > 0; });
        ASSERT_TRUE(past);
        ASSERT_EQ(input->past.groups.size(), past->groups.size());
        EXPECT_GT(past->groups.size(), 0U);
        EXPECT_EQ(input->past.withoutReports, past->withoutReports);
        for (std::size_t i = 0; i < past->groups.size(); ++i) {
            EXPECT_EQ(input->past.groups[i].contract->reference, past->groups[i].contract->reference);
            EXPECT_EQ(input->past.groups[i].snapshots.size(), past->groups[i].snapshots.size());
            EXPECT_EQ(input->past.ids[i], past->ids[i]);
        }
    }
}

} // namespace
} // namespace attrition::storage::test
