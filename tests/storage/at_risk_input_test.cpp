// What the early warning reads: the upcoming groups a filter passes with their pickup reports, in order of
// arrival, and the past groups of their hotels, the same as a filtered read and readPastGroups give.

#include "attrition/domain/pickup.h"
#include "attrition/engine/message.h"
#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "storage_test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <algorithm>
#include <map>
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

/// The past groups' histories read with each contract and each report added up by the database
/// (readPastHistories) are the histories of the past groups read whole with every entry of every report
/// (readPastGroups), figure for figure, and so are the groups at risk computed over them.
class PastHistoriesTest : public EngineTest {};

void expectSameHistory(const forecast::History& expected, const forecast::History& actual,
                       const std::string& hotel) {
    EXPECT_EQ(expected.snapshotsAfterArrival(), actual.snapshotsAfterArrival()) << hotel;
    EXPECT_EQ(expected.snapshotsBeforeSigning(), actual.snapshotsBeforeSigning()) << hotel;
    EXPECT_EQ(expected.groupsWithoutHistory(), actual.groupsWithoutHistory()) << hotel;
    EXPECT_EQ(expected.groupsWithoutFinalPickup(), actual.groupsWithoutFinalPickup()) << hotel;
    EXPECT_EQ(expected.groupsWithoutBlock(), actual.groupsWithoutBlock()) << hotel;
    ASSERT_EQ(expected.groups().size(), actual.groups().size()) << hotel;
    for (std::size_t i = 0; i < expected.groups().size(); ++i) {
        const forecast::History::Group& x = expected.groups()[i];
        const forecast::History::Group& y = actual.groups()[i];
        EXPECT_EQ(x.account, y.account) << hotel << " " << i;
        EXPECT_EQ(x.finalRoomNights, y.finalRoomNights) << hotel << " " << i;
        EXPECT_EQ(x.blockRoomNights, y.blockRoomNights) << hotel << " " << i;
        EXPECT_EQ(x.onTheBooks, y.onTheBooks) << hotel << " " << i;
    }
}

TEST_P(PastHistoriesTest, ReadWithReportsAddedUpAreThoseOfEveryEntryRead) {
    SampleDataOptions sample;
    sample.contracts = 400;
    sample.withScenarios = false;
    {
        std::unique_ptr<SqlContractRepository> repository = open();
        ASSERT_TRUE(repository);
        ASSERT_TRUE(populateSampleData(*repository, sample));
    }
    forecast::AtRiskOptions atRisk;
    atRisk.today = sampleToday();
    atRisk.windowDays = 180;
    // A pickup stalled for a day already is flagged: the flag reads the upcoming groups' own reports.
    atRisk.stallDays = 1;
    const std::pair<Date, Date> window = forecast::atRiskWindow(atRisk);
    ContractFilter filter;
    filter.arrivalFrom = window.first;
    filter.arrivalTo = window.second;
    // Natively and through Qt Sql (SQLite; PostgreSQL reads through Qt Sql either way).
    for (const bool native : {true, false}) {
        OpenOptions opening = options();
        opening.nativeBulkReads = native;
        std::unique_ptr<SqlContractRepository> repository = open(opening);
        ASSERT_TRUE(repository);

        // Every report of every past group, entry by entry, and the histories the engine makes of them.
        Result<PastGroups> full = readPastGroups(*repository, {}, atRisk.today);
        ASSERT_TRUE(full) << full.error().message;
        ASSERT_GT(full->groups.size(), 50U);
        std::map<std::string, std::vector<const GroupHistory*>> byHotel;
        for (const GroupHistory& g : full->groups) {
            byHotel[g.contract->hotel].push_back(&g);
        }
        Result<PastHistories> added = readPastHistories(*repository, atRisk.today);
        ASSERT_TRUE(added) << added.error().message;
        EXPECT_EQ(added->groups, static_cast<std::int64_t>(full->groups.size()));
        ASSERT_EQ(added->byHotel.size(), byHotel.size());
        for (const auto& [hotel, groups] : byHotel) {
            const auto found = added->byHotel.find(hotel);
            ASSERT_NE(found, added->byHotel.end()) << hotel;
            expectSameHistory(forecast::History::of(groups), found->second, hotel);
        }

        // Of one hotel only: the same History as of every hotel.
        const auto largest =
            std::max_element(byHotel.begin(), byHotel.end(),
                             [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
        const std::string someHotel = largest->first;
        const std::set<std::string> oneHotel{someHotel};
        Result<PastHistories> ofOne = readPastHistories(*repository, atRisk.today, &oneHotel);
        ASSERT_TRUE(ofOne) << ofOne.error().message;
        ASSERT_EQ(ofOne->byHotel.size(), 1U);
        expectSameHistory(forecast::History::of(largest->second), ofOne->byHotel.begin()->second, someHotel);

        // With every report read over a second connection meanwhile: the same histories.
        {
            std::unique_ptr<SqlContractRepository> beside = open(opening);
            ASSERT_TRUE(beside);
            Result<PastHistories> alongside =
                readPastHistories(*repository, atRisk.today, nullptr, beside.get());
            ASSERT_TRUE(alongside) << alongside.error().message;
            EXPECT_EQ(alongside->groups, added->groups);
            ASSERT_EQ(alongside->byHotel.size(), byHotel.size());
            for (const auto& [hotel, groups] : byHotel) {
                const auto found = alongside->byHotel.find(hotel);
                ASSERT_NE(found, alongside->byHotel.end()) << hotel;
                expectSameHistory(forecast::History::of(groups), found->second, hotel);
            }
        }

        // The contracts reduced to their totals by the database are those added up here from the whole
        // contracts, in the same order: the past groups, and every contract of one hotel.
        for (const bool past : {true, false}) {
            ContractFilter which;
            if (past) {
                which.statuses = {ContractStatus::Actualized};
            } else {
                which.hotel = someHotel;
            }
            Result<std::vector<StoredGroupTotals>> light = repository->groupTotals(which);
            Result<std::vector<StoredGroupTotals>> whole = repository->ContractRepository::groupTotals(which);
            ASSERT_TRUE(light) << light.error().message;
            ASSERT_TRUE(whole) << whole.error().message;
            ASSERT_EQ(light->size(), whole->size());
            ASSERT_GT(light->size(), past ? 50U : largest->second.size());
            std::set<ContractStatus> statuses;
            for (std::size_t i = 0; i < whole->size(); ++i) {
                const StoredGroupTotals& x = (*whole)[i];
                const StoredGroupTotals& y = (*light)[i];
                EXPECT_EQ(y.id.value, x.id.value) << i;
                EXPECT_EQ(y.status, x.status) << x.id.value;
                EXPECT_EQ(y.departure, x.departure) << x.id.value;
                EXPECT_EQ(y.group.hotel, x.group.hotel) << x.id.value;
                EXPECT_EQ(y.group.account, x.group.account) << x.id.value;
                EXPECT_EQ(y.group.signedOn, x.group.signedOn) << x.id.value;
                EXPECT_EQ(y.group.arrival, x.group.arrival) << x.id.value;
                EXPECT_EQ(y.group.pickupRoomNights, x.group.pickupRoomNights) << x.id.value;
                EXPECT_EQ(y.group.blockRoomNights, x.group.blockRoomNights) << x.id.value;
                EXPECT_TRUE(y.group.reports.empty()) << x.id.value;
                statuses.insert(x.status);
            }
            EXPECT_EQ(statuses.size() == 1, past);
        }

        // The reports' totals stored in the database are those added up here, in the same order: of every
        // past group (every report read), of a few (each one's looked up) and of every contract.
        using Totals = std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>;
        const std::vector<ContractId>& every = full->ids;
        const std::vector<ContractId> few(every.begin(), every.begin() + 20);
        for (const std::vector<ContractId>* ids :
             {&every, &few, static_cast<const std::vector<ContractId>*>(nullptr)}) {
            Result<Totals> totals =
                ids != nullptr ? repository->pickupTotalsOf(*ids) : repository->pickupTotalsOfEvery();
            Result<Totals> summed = ids != nullptr ? repository->ContractRepository::pickupTotalsOf(*ids)
                                                   : repository->ContractRepository::pickupTotalsOfEvery();
            ASSERT_TRUE(totals) << totals.error().message;
            ASSERT_TRUE(summed) << summed.error().message;
            ASSERT_EQ(totals->size(), summed->size());
            std::int64_t reports = 0;
            for (const auto& [id, list] : *summed) {
                const auto found = totals->find(id);
                ASSERT_NE(found, totals->end()) << id;
                ASSERT_EQ(found->second.size(), list.size()) << id;
                for (std::size_t i = 0; i < list.size(); ++i) {
                    EXPECT_EQ(found->second[i].reportDate, list[i].reportDate) << id;
                    EXPECT_EQ(found->second[i].rooms, list[i].rooms) << id;
                }
                reports += static_cast<std::int64_t>(list.size());
            }
            EXPECT_GT(reports, ids == &few ? 100 : 1000);
            if (ids == nullptr) {
                EXPECT_GT(totals->size(), every.size()); // the upcoming groups' reports too
            }
        }

        // The groups at risk over them: as the engine lists them over every entry read.
        Result<AtRiskInput> input =
            readAtRiskInput(*repository, filter, atRisk.today, [&](const Contract& c) {
                return forecast::isUpcoming(c, window.first, window.second);
            });
        ASSERT_TRUE(input) << input.error().message;
        const std::vector<forecast::UpcomingGroup> upcoming = upcomingGroups(input->upcoming);
        const forecast::AtRiskList expected =
            forecast::groupsAtRiskByHotel(upcoming, input->past.groups, atRisk);
        ASSERT_GT(expected.rows.size(), 5U);
        Result<GroupsAtRisk> read = readGroupsAtRisk(*repository, filter, atRisk);
        ASSERT_TRUE(read) << read.error().message;
        expectSameRows(read->list, expected);
        int stalled = 0;
        for (std::size_t i = 0; i < expected.rows.size() && i < read->list.rows.size(); ++i) {
            const forecast::AtRiskRow& x = read->list.rows[i];
            const forecast::AtRiskRow& y = expected.rows[i];
            EXPECT_EQ(x.p10RoomNights, y.p10RoomNights) << y.reference;
            EXPECT_EQ(x.p90RoomNights, y.p90RoomNights) << y.reference;
            EXPECT_EQ(x.method, y.method) << y.reference;
            EXPECT_EQ(x.comparablePercent, y.comparablePercent) << y.reference;
            EXPECT_EQ(x.onTheBooks, y.onTheBooks) << y.reference;
            EXPECT_EQ(x.damagesP90, y.damagesP90) << y.reference;
            ASSERT_EQ(x.flags.size(), y.flags.size()) << y.reference;
            for (std::size_t f = 0; f < y.flags.size(); ++f) {
                EXPECT_EQ(x.flags[f].flag, y.flags[f].flag) << y.reference;
                EXPECT_EQ(attrition::renderEnglish(x.flags[f].explanation),
                          attrition::renderEnglish(y.flags[f].explanation))
                    << y.reference;
                // A flag read from the upcoming groups' own reports.
                stalled += y.flags[f].flag == forecast::RiskFlag::NoPickupMovement ? 1 : 0;
            }
        }
        EXPECT_GT(stalled, 0);
        if (engine() == Engine::PostgreSQL) {
            break;
        }
    }
}

/// Every figure of two sets of histories, hotel by hotel.
void expectSameHistories(const PastHistories& expected, const PastHistories& actual) {
    EXPECT_EQ(expected.groups, actual.groups);
    ASSERT_EQ(expected.byHotel.size(), actual.byHotel.size());
    for (const auto& [hotel, history] : expected.byHotel) {
        const auto found = actual.byHotel.find(hotel);
        ASSERT_NE(found, actual.byHotel.end()) << hotel;
        expectSameHistory(history, found->second, hotel);
    }
}

/// Of a hotel's history: its groups' final pickups added up, and every room night on the books of each.
std::pair<std::int64_t, std::int64_t> addedUp(const PastHistories& histories, const std::string& hotel) {
    std::pair<std::int64_t, std::int64_t> sums{0, 0};
    const auto found = histories.byHotel.find(hotel);
    if (found == histories.byHotel.end()) {
        ADD_FAILURE() << hotel << " has no history";
        return sums;
    }
    for (const forecast::History::Group& g : found->second.groups()) {
        sums.first += g.finalRoomNights;
        for (const std::int32_t rooms : g.onTheBooks) {
            sums.second += rooms;
        }
    }
    return sums;
}

TEST_P(PastHistoriesTest, AreOfOneStateOfTheDatabaseWhenAGroupIsSavedWhileTheyAreRead) {
    SampleDataOptions sample;
    sample.contracts = 200;
    sample.withScenarios = false;
    {
        std::unique_ptr<SqlContractRepository> repository = open();
        ASSERT_TRUE(repository);
        ASSERT_TRUE(populateSampleData(*repository, sample));
    }
    const Date today = sampleToday();
    std::unique_ptr<SqlContractRepository> repository = open();
    std::unique_ptr<SqlContractRepository> beside = open();
    std::unique_ptr<SqlContractRepository> writer = open();
    ASSERT_TRUE(repository && beside && writer);
    Result<PastGroups> past = readPastGroups(*repository, {}, today);
    ASSERT_TRUE(past) << past.error().message;
    // Past groups with a pickup, a block and a report the history keeps (from signing to arrival): of each,
    // that report, the latest.
    std::vector<std::pair<std::size_t, PickupSnapshot>> changing;
    for (std::size_t i = 0; i < past->groups.size() && changing.size() < 2; ++i) {
        const GroupHistory& g = past->groups[i];
        if (g.contract->pickup.empty() || g.contract->pickup.front().rooms < 0 ||
            roomsCounted(g.contract->pickup) == 0 || g.contract->block.empty()) {
            continue;
        }
        for (auto r = g.snapshots.rbegin(); r != g.snapshots.rend(); ++r) {
            if (!(g.contract->arrival < r->reportDate) && !(r->reportDate < g.contract->signedOn) &&
                !(r->reportDate < g.contract->arrival.addDays(-forecast::kMaxDaysBeforeArrival)) &&
                !r->entries.empty() && r->entries.front().rooms >= 0) {
                changing.emplace_back(i, *r);
                break;
            }
        }
    }
    ASSERT_EQ(changing.size(), 2U);

    for (const bool alongside : {false, true}) {
        SCOPED_TRACE(alongside ? "the reports read alongside" : "over one connection");
        const auto& [index, report] = changing[alongside ? 1 : 0];
        const ContractId id = past->ids[index];
        const std::string hotel = past->groups[index].contract->hotel;
        Result<PastHistories> before = readPastHistories(*repository, today);
        ASSERT_TRUE(before) << before.error().message;
        // Over another connection while the histories are read: the group's final pickup and its report, 5
        // rooms more each.
        int writes = 0;
        const auto save = [&] {
            ++writes;
            Result<StoredContract> stored = writer->load(id);
            ASSERT_TRUE(stored) << stored.error().message;
            Contract changed = stored->contract;
            changed.pickup.front().rooms += 5;
            ASSERT_STORAGE_OK(writer->save(id, changed, stored->version, "ana"));
            PickupSnapshot more = report;
            more.entries.front().rooms += 5;
            ASSERT_STORAGE_OK(writer->recordPickupSnapshot(id, more, "ana"));
        };
        Result<PastHistories> read =
            readPastHistories(*repository, today, nullptr, alongside ? beside.get() : nullptr, save);
        ASSERT_TRUE(read) << read.error().message;
        EXPECT_EQ(writes, 1);
        Result<PastHistories> after = readPastHistories(*repository, today);
        ASSERT_TRUE(after) << after.error().message;
        // The save changed the contracts as read and the reports as read.
        EXPECT_EQ(addedUp(*after, hotel).first, addedUp(*before, hotel).first + 5);
        EXPECT_NE(addedUp(*after, hotel).second, addedUp(*before, hotel).second);
        // Of the state before it, read in one go over one connection; of the state after it where the reports
        // were read alongside (SQLite: the contracts and the reports read again once the save was seen).
        const bool readAgain = alongside && engine() == Engine::SQLite;
        expectSameHistories(readAgain ? *after : *before, *read);
    }
}

INSTANTIATE_TEST_SUITE_P(Engines, PastHistoriesTest, ::testing::Values(Engine::SQLite, Engine::PostgreSQL),
                         engineName);

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
