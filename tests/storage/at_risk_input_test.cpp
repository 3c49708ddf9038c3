// What the early warning reads: the upcoming groups a filter passes with their pickup reports, in order of
// arrival, and the past groups of their hotels, the same as a filtered read and readPastGroups give.

#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "storage_test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <set>
#include <unordered_map>

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

/// The rows as the early warning lists them: reference, figures and flags.
void expectSameRows(const forecast::AtRiskList& a, const forecast::AtRiskList& b) {
    ASSERT_EQ(a.rows.size(), b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
        const forecast::AtRiskRow& x = a.rows[i];
        const forecast::AtRiskRow& y = b.rows[i];
        EXPECT_EQ(x.reference, y.reference) << i;
        EXPECT_EQ(x.expectedDamages, y.expectedDamages) << x.reference;
        EXPECT_EQ(x.expectedRoomNights, y.expectedRoomNights) << x.reference;
        EXPECT_EQ(x.pacePoints, y.pacePoints) << x.reference;
        EXPECT_EQ(x.paceGroups, y.paceGroups) << x.reference;
        EXPECT_EQ(x.flags.size(), y.flags.size()) << x.reference;
    }
    EXPECT_EQ(a.skipped.size(), b.skipped.size());
}

TEST(AtRiskInput, TheGroupsAtRiskAreTheSameReadOnceOrWithThePastGroupsPreparedBefore) {
    QTemporaryDir dir;
    ConnectionSettings settings;
    settings.file = QDir(dir.path()).absoluteFilePath(QStringLiteral("at-risk.sqlite")).toStdString();
    OpenOptions open;
    open.createIfMissing = true;
    auto repository = SqlContractRepository::open(settings, open);
    ASSERT_TRUE(repository) << repository.error().message;
    SampleDataOptions sample;
    sample.contracts = 600;
    sample.withScenarios = false;
    ASSERT_TRUE(populateSampleData(**repository, sample));

    forecast::AtRiskOptions options;
    options.today = sampleToday();
    options.windowDays = 180;
    const auto [from, to] = forecast::atRiskWindow(options);
    ContractFilter filter;
    filter.arrivalFrom = from;
    filter.arrivalTo = to;

    // As the engine lists them over what readAtRiskInput reads.
    Result<AtRiskInput> input = readAtRiskInput(**repository, filter, options.today, [&](const Contract& c) {
        return forecast::isUpcoming(c, from, to);
    });
    ASSERT_TRUE(input) << input.error().message;
    const std::vector<forecast::UpcomingGroup> upcoming = upcomingGroups(input->upcoming);
    const forecast::AtRiskList engine = forecast::groupsAtRiskByHotel(upcoming, input->past.groups, options);
    ASSERT_GT(engine.rows.size(), 10U);

    Result<GroupsAtRisk> once = readGroupsAtRisk(**repository, filter, options);
    ASSERT_TRUE(once) << once.error().message;
    expectSameRows(once->list, engine);
    // Each row's stored id is its contract's.
    ASSERT_EQ(once->ids.size(), once->list.rows.size());
    for (std::size_t i = 0; i < once->ids.size(); ++i) {
        Result<StoredContract> stored = (*repository)->load(once->ids[i]);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->contract.reference, once->list.rows[i].reference);
    }

    // With every hotel's past groups prepared once, for this filter and then for one hotel.
    Result<PastHistories> past = readPastHistories(**repository, options.today);
    ASSERT_TRUE(past) << past.error().message;
    EXPECT_GT(past->byHotel.size(), 1U);
    GroupsAtRiskReading reading;
    reading.past = std::make_shared<const PastHistories>(std::move(*past));
    Result<GroupsAtRisk> prepared = readGroupsAtRisk(**repository, filter, options, reading);
    ASSERT_TRUE(prepared) << prepared.error().message;
    expectSameRows(prepared->list, engine);
    ContractFilter oneHotel = filter;
    oneHotel.hotel = engine.rows.front().hotel;
    Result<GroupsAtRisk> hotelOnce = readGroupsAtRisk(**repository, oneHotel, options);
    Result<GroupsAtRisk> hotelPrepared = readGroupsAtRisk(**repository, oneHotel, options, reading);
    ASSERT_TRUE(hotelOnce && hotelPrepared);
    EXPECT_GT(hotelOnce->list.rows.size(), 0U);
    expectSameRows(hotelPrepared->list, hotelOnce->list);
}

bool sameReport(const PickupSnapshot& a, const PickupSnapshot& b) {
    return a.reportDate == b.reportDate && a.entries == b.entries;
}

bool sameReports(const std::vector<PickupSnapshot>& a, const std::vector<PickupSnapshot>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), sameReport);
}

TEST(AtRiskInput, ReportsOfSomeContractsAndAFilteredBulkReadAreWhatOneByOneGives) {
    QTemporaryDir dir;
    ConnectionSettings settings;
    settings.file = QDir(dir.path()).absoluteFilePath(QStringLiteral("bulk.sqlite")).toStdString();
    OpenOptions open;
    open.createIfMissing = true;
    auto repository = SqlContractRepository::open(settings, open);
    ASSERT_TRUE(repository) << repository.error().message;
    SampleDataOptions sample;
    sample.contracts = 700;
    sample.withScenarios = false;
    ASSERT_TRUE(populateSampleData(**repository, sample));

    // More contracts than one batch of the bulk read.
    ContractFilter filter;
    filter.arrivalFrom = sampleToday().addDays(-3000);
    filter.arrivalTo = sampleToday().addDays(3000);
    // The list's order (arrival, then id), with the contracts as load() gives them.
    ContractQuery query;
    query.filter = filter;
    query.limit = 0;
    Result<ContractPage> page = (*repository)->listContracts(query);
    ASSERT_TRUE(page);
    ASSERT_GT(page->rows.size(), 500U);
    std::vector<StoredContract> bulk;
    Result<std::int64_t> read = (*repository)->forEachContract(filter, [&](const StoredContract& c) {
        bulk.push_back(c);
        return true;
    });
    ASSERT_TRUE(read);
    ASSERT_EQ(bulk.size(), page->rows.size());
    std::vector<ContractId> ids;
    for (std::size_t i = 0; i < bulk.size(); ++i) {
        EXPECT_EQ(bulk[i].id, page->rows[i].id) << i;
        Result<StoredContract> one = (*repository)->load(page->rows[i].id);
        ASSERT_TRUE(one);
        EXPECT_TRUE(bulk[i].contract == one->contract) << one->contract.reference;
        ids.push_back(bulk[i].id);
    }

    // The pickup reports of those contracts, as each contract's own and as all of them give them.
    Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>> some =
        (*repository)->pickupSnapshotsOf(ids);
    Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>> all =
        (*repository)->allPickupSnapshots();
    ASSERT_TRUE(some && all);
    std::size_t withReports = 0;
    for (const ContractId id : ids) {
        Result<std::vector<StoredPickupSnapshot>> own = (*repository)->pickupSnapshots(id);
        ASSERT_TRUE(own);
        const auto found = some->find(id.value);
        ASSERT_EQ(found != some->end(), !own->empty()) << id.value;
        if (own->empty()) {
            continue;
        }
        ++withReports;
        ASSERT_EQ(found->second.size(), own->size());
        for (std::size_t k = 0; k < own->size(); ++k) {
            EXPECT_TRUE(sameReport(found->second[k], (*own)[k].snapshot)) << id.value << " " << k;
        }
        EXPECT_TRUE(sameReports(all->at(id.value), found->second));
    }
    EXPECT_GT(withReports, 0U);
    // Only those asked for.
    std::vector<ContractId> half;
    for (std::size_t i = 0; i < ids.size(); i += 2) {
        half.push_back(ids[i]);
    }
    Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>> part =
        (*repository)->pickupSnapshotsOf(half);
    ASSERT_TRUE(part);
    EXPECT_LT(part->size(), some->size());
    for (const auto& entry : *part) {
        EXPECT_NE(std::find(half.begin(), half.end(), ContractId{entry.first}), half.end()) << entry.first;
    }
}

} // namespace
} // namespace attrition::storage::test
