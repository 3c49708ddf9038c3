// The sample data generator: the same contracts for the same seed, valid for the engine, and varied enough
// to exercise lists, filters and benchmarks.

#include "attrition/engine/engine.h"
#include "attrition/engine/validation.h"
#include "attrition/storage/sample_data.h"
#include "storage_test_support.h"

#include <map>
#include <set>

namespace attrition::storage::test {
namespace {

TEST(SampleData, TheSameSeedAndIndexGiveTheSameContract) {
    EXPECT_EQ(dumpContract(sampleContract(5, 123)), dumpContract(sampleContract(5, 123)));
    EXPECT_NE(dumpContract(sampleContract(5, 123)), dumpContract(sampleContract(5, 124)));
    EXPECT_NE(dumpContract(sampleContract(5, 123)), dumpContract(sampleContract(6, 123)));
    EXPECT_EQ(sampleContract(5, 0).reference, "GRP-0000001");
    EXPECT_EQ(sampleContract(5, 41).reference, "GRP-0000042");
}

TEST(SampleData, EveryContractPassesValidationAndCanBeAssessed) {
    for (std::int64_t i = 0; i < 3000; ++i) {
        const Contract c = sampleContract(1, i);
        const std::vector<ValidationIssue> issues = validate(c);
        ASSERT_TRUE(issues.empty()) << c.reference << ": " << issues.front().toEnglish();
        EXPECT_NO_THROW((void)assess(c)) << c.reference;
        for (const Scenario& s : sampleScenarios(c)) {
            EXPECT_NO_THROW((void)assess(c, s.overrides)) << c.reference << " " << s.name;
        }
    }
}

TEST(SampleData, ContractsAreVaried) {
    std::set<std::string> currencies;
    std::set<ContractStatus> statuses;
    std::map<std::string, int> accounts;
    std::set<std::string> hotels;
    int cancelled = 0;
    int nightByNight = 0;
    for (std::int64_t i = 0; i < 5000; ++i) {
        const Contract c = sampleContract(1, i);
        currencies.insert(std::string(c.currency.code()));
        statuses.insert(c.status);
        ++accounts[c.account];
        hotels.insert(c.hotel);
        cancelled += c.isCancelled() ? 1 : 0;
        nightByNight += c.attrition.method == AttritionMethod::NightByNight ? 1 : 0;
    }
    EXPECT_EQ(currencies, (std::set<std::string>{"EUR", "GBP", "JPY", "KWD", "USD"}));
    EXPECT_EQ(statuses.size(), 5U);
    EXPECT_GT(hotels.size(), 30U);
    EXPECT_GT(cancelled, 100);
    EXPECT_GT(nightByNight, 1000);
    // Repeat business: organizers with several contracts.
    int repeat = 0;
    for (const auto& [account, count] : accounts) {
        repeat += count > 1 ? 1 : 0;
    }
    EXPECT_GT(repeat, 500);
    EXPECT_LT(accounts.size(), 5000U);
}

TEST(SampleData, PickupReportsGrowTowardsTheFinalPickup) {
    int checked = 0;
    for (std::int64_t i = 0; i < 200; ++i) {
        const Contract c = sampleContract(1, i);
        const std::vector<PickupSnapshot> reports = samplePickupSnapshots(c, 1);
        if (c.pickup.empty()) {
            EXPECT_TRUE(reports.empty());
            continue;
        }
        for (std::size_t k = 0; k < reports.size(); ++k) {
            EXPECT_GE(reports[k].reportDate, c.signedOn);
            if (k > 0) {
                EXPECT_GT(reports[k].reportDate, reports[k - 1].reportDate);
            }
            ASSERT_EQ(reports[k].entries.size(), c.pickup.size());
            for (std::size_t e = 0; e < c.pickup.size(); ++e) {
                EXPECT_LE(reports[k].entries[e].rooms, c.pickup[e].rooms);
            }
        }
        if (!reports.empty()) {
            expectSamePickup(c.pickup, reports.back().entries, c.reference);
            ++checked;
        }
    }
    EXPECT_GT(checked, 50);
}

class SampleDataStorageTest : public EngineTest {};

TEST_P(SampleDataStorageTest, SampleDataFillsARepository) {
    auto repo = open();
    ASSERT_TRUE(repo);
    SampleDataOptions options;
    options.contracts = 120;
    options.seed = 9;
    options.batchSize = 50;
    std::vector<std::int64_t> progress;
    options.progress = [&](std::int64_t done, std::int64_t total) {
        EXPECT_EQ(total, 120);
        progress.push_back(done);
    };
    ASSERT_OK_AND_ASSIGN(saved, populateSampleData(*repo, options));
    EXPECT_EQ(saved, 120);
    EXPECT_EQ(progress, (std::vector<std::int64_t>{50, 100, 120}));
    ASSERT_OK_AND_ASSIGN(page, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(page.total, 120);
    ASSERT_OK_AND_ASSIGN(first, repo->loadByReference("GRP-0000001"));
    expectSameContract(sampleContract(9, 0), first.contract);
    ASSERT_OK_AND_ASSIGN(scenarios, repo->scenarios(first.id));
    EXPECT_FALSE(scenarios.empty());
    ASSERT_OK_AND_ASSIGN(accounts, repo->accounts());
    EXPECT_GT(accounts.size(), 10U);

    // More runs go on with new references.
    options.firstIndex = 120;
    options.contracts = 10;
    options.progress = nullptr;
    ASSERT_OK_AND_ASSIGN(more, populateSampleData(*repo, options));
    EXPECT_EQ(more, 10);
    ASSERT_OK_AND_ASSIGN(all, repo->listContracts(ContractQuery{}));
    EXPECT_EQ(all.total, 130);
}

INSTANTIATE_TEST_SUITE_P(Engines, SampleDataStorageTest,
                         ::testing::Values(Engine::SQLite, Engine::PostgreSQL), engineName);

} // namespace
} // namespace attrition::storage::test
