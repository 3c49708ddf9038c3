#include "attrition/storage/at_risk_input.h"

#include "attrition/engine/parallel.h"

#include <algorithm>
#include <chrono>
#include <future>
#include <limits>
#include <unordered_map>
#include <utility>

namespace attrition::storage {

namespace {

using ReportsById = std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>;

using TotalsById = std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>;

/// Reports added up, as reports the engine takes: of a report the forecasts and the groups at risk read only
/// its date and its rooms added up (negative figures counted as none), so each is given as one entry of its
/// total (or as many as a total beyond one entry's range needs).
std::vector<PickupSnapshot> snapshotsOf(std::vector<PickupReportTotal>& totals) {
    constexpr std::int64_t kMostOfAnEntry = std::numeric_limits<std::int32_t>::max();
    std::vector<PickupSnapshot> snapshots;
    snapshots.reserve(totals.size());
    for (const PickupReportTotal& t : totals) {
        PickupSnapshot& s = snapshots.emplace_back();
        s.reportDate = t.reportDate;
        std::int64_t left = t.rooms;
        do {
            PickupEntry& e = s.entries.emplace_back();
            e.rooms = static_cast<std::int32_t>(std::min(left, kMostOfAnEntry));
            left -= e.rooms;
        } while (left > 0);
    }
    totals = {};
    return snapshots;
}

/// The past groups' contracts as of `today` (actualized, departed by then) that `keep` accepts, in the order
/// they were stored (by id), with their ids; no reports. Only the actualized contracts are read.
Result<PastGroups> readPastContracts(ContractRepository& repository, Date today,
                                     const std::optional<std::string>& hotel,
                                     const std::function<bool(const Contract&)>& keep) {
    ContractFilter filter;
    filter.statuses = {ContractStatus::Actualized};
    filter.hotel = hotel;
    struct Found {
        ContractId id;
        std::size_t at;
    };
    std::deque<Contract> found;
    std::vector<Found> order;
    std::int64_t read = 0;
    Result<std::int64_t> visited = repository.forEachContract(filter, [&](const StoredContract& s) {
        ++read;
        const Contract& c = s.contract;
        if (c.status == ContractStatus::Actualized && !(today < c.departure) && (!keep || keep(c))) {
            order.push_back({s.id, found.size()});
            found.push_back(c);
        }
        return true;
    });
    if (!visited) {
        return visited.takeError();
    }
    std::sort(order.begin(), order.end(),
              [](const Found& a, const Found& b) { return a.id.value < b.id.value; });
    PastGroups past;
    past.read = read;
    for (const Found& f : order) {
        past.contracts.push_back(std::move(found[f.at]));
        past.ids.push_back(f.id);
    }
    return past;
}

/// The past groups as of `today` (actualized, departed by then) that `keep` accepts, with their pickup
/// reports, in the order they were stored (by id), as readPastGroups gives them. Only the actualized
/// contracts and their reports are read.
Result<PastGroups> readPast(ContractRepository& repository, Date today,
                            const std::optional<std::string>& hotel,
                            const std::function<bool(const Contract&)>& keep) {
    Result<PastGroups> read = readPastContracts(repository, today, hotel, keep);
    if (!read) {
        return read.takeError();
    }
    PastGroups& past = *read;
    Result<ReportsById> reports = repository.pickupSnapshotsOf(past.ids);
    if (!reports) {
        return reports.takeError();
    }
    past.groups.reserve(past.contracts.size());
    for (std::size_t i = 0; i < past.contracts.size(); ++i) {
        GroupHistory g;
        g.contract = &past.contracts[i];
        if (auto at = reports->find(past.ids[i].value); at != reports->end()) {
            g.snapshots = std::move(at->second);
        }
        if (g.snapshots.empty()) {
            ++past.withoutReports;
        }
        past.groups.push_back(std::move(g));
    }
    return std::move(past);
}

/// The one hotel of the set, if it has exactly one: then only its past groups are read.
std::optional<std::string> onlyHotel(const std::set<std::string>* hotels) {
    if (hotels != nullptr && hotels->size() == 1) {
        return *hotels->begin();
    }
    return std::nullopt;
}

} // namespace

std::vector<forecast::UpcomingGroup> upcomingGroups(UpcomingGroups& groups) {
    std::vector<forecast::UpcomingGroup> upcoming;
    upcoming.reserve(groups.contracts.size());
    for (std::size_t i = 0; i < groups.contracts.size(); ++i) {
        forecast::UpcomingGroup g;
        g.contract = &groups.contracts[i];
        if (i < groups.snapshots.size()) {
            g.snapshots = std::move(groups.snapshots[i]);
        }
        upcoming.push_back(std::move(g));
    }
    return upcoming;
}

namespace {

/// readUpcomingGroups, with each report read whole or (`totals`) added up as snapshotsOf() gives it.
Result<UpcomingGroups> readUpcoming(ContractRepository& repository, const ContractFilter& filter,
                                    const std::function<bool(const Contract&)>& isUpcoming,
                                    const std::function<void(const StoredContract&)>& visit, bool totals) {
    UpcomingGroups upcoming;
    Result<std::int64_t> read = repository.forEachContract(filter, [&](const StoredContract& c) {
        if (visit) {
            visit(c);
        }
        if (isUpcoming(c.contract)) {
            upcoming.contracts.push_back(c.contract);
            upcoming.ids.push_back(c.id);
        }
        return true;
    });
    if (!read) {
        return read.takeError();
    }
    upcoming.snapshots.resize(upcoming.contracts.size());
    if (totals) {
        Result<TotalsById> reports = repository.pickupTotalsOf(upcoming.ids);
        if (!reports) {
            return reports.takeError();
        }
        for (std::size_t i = 0; i < upcoming.contracts.size(); ++i) {
            if (auto found = reports->find(upcoming.ids[i].value); found != reports->end()) {
                upcoming.snapshots[i] = snapshotsOf(found->second);
            }
        }
        return upcoming;
    }
    Result<ReportsById> reports = repository.pickupSnapshotsOf(upcoming.ids);
    if (!reports) {
        return reports.takeError();
    }
    for (std::size_t i = 0; i < upcoming.contracts.size(); ++i) {
        if (auto found = reports->find(upcoming.ids[i].value); found != reports->end()) {
            upcoming.snapshots[i] = std::move(found->second);
        }
    }
    return upcoming;
}

} // namespace

Result<UpcomingGroups> readUpcomingGroups(ContractRepository& repository, const ContractFilter& filter,
                                          const std::function<bool(const Contract&)>& isUpcoming,
                                          const std::function<void(const StoredContract&)>& visit) {
    return readUpcoming(repository, filter, isUpcoming, visit, false);
}

Result<AtRiskInput> readAtRiskInput(ContractRepository& repository, const ContractFilter& filter, Date today,
                                    const std::function<bool(const Contract&)>& isUpcoming,
                                    const std::function<void(const StoredContract&)>& visit) {
    AtRiskInput input;
    Result<UpcomingGroups> upcoming = readUpcomingGroups(repository, filter, isUpcoming, visit);
    if (!upcoming) {
        return upcoming.takeError();
    }
    input.upcoming = std::move(*upcoming);
    std::set<std::string> hotels;
    for (const Contract& c : input.upcoming.contracts) {
        hotels.insert(c.hotel);
    }
    // The past groups of those hotels: each group is compared with those of its own hotel.
    Result<PastGroups> past = readPast(repository, today, onlyHotel(&hotels),
                                       [&](const Contract& c) { return hotels.count(c.hotel) > 0; });
    if (!past) {
        return past.takeError();
    }
    input.past = std::move(*past);
    return input;
}

namespace {

/// The past groups as of `today` of `hotels` (every hotel when null), each contract reduced to its totals
/// (`groups[i]`, stored id `ids[i]`), in order of id; no reports yet.
struct PastContractTotals {
    std::vector<PastGroupTotals> groups;
    std::vector<ContractId> ids;
};

Result<PastContractTotals> readPastContractTotals(ContractRepository& repository, Date today,
                                                  const std::set<std::string>* hotels) {
    ContractFilter filter;
    filter.statuses = {ContractStatus::Actualized};
    filter.hotel = onlyHotel(hotels);
    Result<std::vector<StoredGroupTotals>> read = repository.groupTotals(filter);
    if (!read) {
        return read.takeError();
    }
    PastContractTotals past;
    for (StoredGroupTotals& t : *read) {
        if (t.status == ContractStatus::Actualized && !(today < t.departure) &&
            (hotels == nullptr || hotels->count(t.group.hotel) > 0)) {
            past.ids.push_back(t.id);
            past.groups.push_back(std::move(t.group));
        }
    }
    return past;
}

/// The histories of the past groups `past`, given their reports' totals (`totals`, by contract id; moved
/// out).
PastHistories historiesOf(PastContractTotals& past, TotalsById& totals, Date today) {
    std::vector<PastGroupTotals>& groups = past.groups;
    std::map<std::string, std::vector<const PastGroupTotals*>> byHotel;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        PastGroupTotals& g = groups[i];
        if (auto at = totals.find(past.ids[i].value); at != totals.end()) {
            g.reports = std::move(at->second);
        }
        byHotel[g.hotel].push_back(&g);
    }
    totals = {};
    PastHistories histories;
    histories.today = today;
    histories.groups = static_cast<std::int64_t>(groups.size());
    // Each hotel's History on its own: built side by side.
    std::vector<forecast::History> built =
        parallelTransform(byHotel, [](const auto& hotel) { return forecast::History::of(hotel.second); });
    std::size_t next = 0;
    for (const auto& entry : byHotel) {
        histories.byHotel.emplace(entry.first, std::move(built[next++]));
    }
    return histories;
}

} // namespace

Result<PastHistories> readPastHistories(ContractRepository& repository, Date today,
                                        const std::set<std::string>* hotels, ContractRepository* alongside,
                                        const std::function<void()>& meanwhile) {
    // Of a past group a History reads its account, dates, pickup and block added up, and of each report its
    // date and rooms added up: the contracts and their reports are read so (none of their other lists).
    bool called = false;
    const auto readContracts = [&] {
        Result<PastContractTotals> read = readPastContractTotals(repository, today, hotels);
        if (meanwhile && !called) {
            called = true;
            meanwhile();
        }
        return read;
    };
    // Every contract's reports read over `alongside` while the contracts are read here: of one state of the
    // database when no other connection committed from before the one read began to after both ended.
    if (alongside != nullptr) {
        Result<std::optional<std::int64_t>> before = repository.dataVersion();
        if (!before) {
            return before.takeError();
        }
        if (before->has_value()) {
            std::future<Result<TotalsById>> everyReport =
                std::async(std::launch::async, [alongside] { return alongside->pickupTotalsOfEvery(); });
            Result<PastContractTotals> contracts = readContracts();
            Result<TotalsById> totals = everyReport.get();
            if (!contracts) {
                return contracts.takeError();
            }
            if (!totals) {
                return totals.takeError();
            }
            Result<std::optional<std::int64_t>> after = repository.dataVersion();
            if (!after) {
                return after.takeError();
            }
            if (*after == *before) {
                return historiesOf(*contracts, *totals, today);
            }
            // The data moved in between: the contracts and the reports may be of two states. Read again
            // below.
        }
    }
    // The contracts, then their reports, over this connection in one read.
    std::optional<PastContractTotals> contracts;
    std::optional<TotalsById> totals;
    Result<void> read = repository.readConsistently([&]() -> Result<void> {
        Result<PastContractTotals> c = readContracts();
        if (!c) {
            return c.takeError();
        }
        Result<TotalsById> t = repository.pickupTotalsOf(c->ids);
        if (!t) {
            return t.takeError();
        }
        contracts = std::move(*c);
        totals = std::move(*t);
        return {};
    });
    if (!read) {
        return read.takeError();
    }
    return historiesOf(*contracts, *totals, today);
}

Result<GroupsAtRisk> readGroupsAtRisk(ContractRepository& repository, const ContractFilter& filter,
                                      const forecast::AtRiskOptions& options,
                                      const GroupsAtRiskReading& reading) {
    // Not a structured binding: clang 14 (the fuzz build) refuses a lambda that captures one.
    const std::pair<Date, Date> window = forecast::atRiskWindow(options);
    const Date from = window.first;
    const Date to = window.second;
    using Clock = std::chrono::steady_clock;
    const auto msSince = [](Clock::time_point start) {
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    const Clock::time_point started = Clock::now();
    // Of the upcoming groups' reports too the engine reads only their dates and totals.
    Result<UpcomingGroups> read = readUpcoming(
        repository, filter, [&](const Contract& c) { return forecast::isUpcoming(c, from, to); },
        reading.visit, true);
    if (!read) {
        return read.takeError();
    }
    UpcomingGroups& groups = *read;
    std::shared_ptr<const PastHistories> past = reading.past;
    if (!past && reading.pastWhenRead) {
        Result<std::shared_ptr<const PastHistories>> awaited = reading.pastWhenRead();
        if (!awaited) {
            return awaited.takeError();
        }
        past = std::move(*awaited);
    }
    if (!past) {
        std::set<std::string> hotels;
        for (const Contract& c : groups.contracts) {
            hotels.insert(c.hotel);
        }
        Result<PastHistories> histories = readPastHistories(repository, options.today, &hotels);
        if (!histories) {
            return histories.takeError();
        }
        past = std::make_shared<const PastHistories>(std::move(*histories));
    }
    std::unordered_map<std::string, ContractId> idOf;
    for (std::size_t i = 0; i < groups.contracts.size(); ++i) {
        idOf.emplace(groups.contracts[i].reference, groups.ids[i]);
    }
    GroupsAtRisk result;
    result.readMs = msSince(started);
    const Clock::time_point computing = Clock::now();
    const std::vector<forecast::UpcomingGroup> upcoming = upcomingGroups(groups);
    result.list = forecast::groupsAtRiskByHotel(upcoming, past->byHotel, options);
    result.ids.reserve(result.list.rows.size());
    for (const forecast::AtRiskRow& row : result.list.rows) {
        const auto found = idOf.find(row.reference);
        result.ids.push_back(found != idOf.end() ? found->second : ContractId{});
    }
    result.computeMs = msSince(computing);
    return result;
}

Result<std::optional<forecast::AtRiskList>>
readPortfolioGroupsAtRisk(ContractRepository& repository, const ContractFilter& filter, Date today) {
    forecast::AtRiskOptions options;
    options.today = today;
    options.from = filter.arrivalFrom;
    options.to = filter.arrivalTo;
    if (options.from && !options.to) {
        options.to = std::max(*options.from, today).addDays(options.windowDays);
    }
    std::pair<Date, Date> window;
    try {
        window = forecast::atRiskWindow(options);
    } catch (const forecast::ForecastError&) {
        return std::optional<forecast::AtRiskList>(); // the filter's arrivals are all past
    }
    ContractFilter within = filter;
    within.arrivalFrom = window.first;
    within.arrivalTo = window.second;
    Result<GroupsAtRisk> read = readGroupsAtRisk(repository, within, options);
    if (!read) {
        return read.takeError();
    }
    return std::optional<forecast::AtRiskList>(std::move(read->list));
}

} // namespace attrition::storage
