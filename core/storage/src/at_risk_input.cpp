#include "attrition/storage/at_risk_input.h"

#include "past_groups_reading.h"

#include <algorithm>
#include <set>
#include <string>

namespace attrition::storage {

namespace {

/// Whether the filter can be matched on the contract alone (no text search, status or archive condition).
bool matchesInMemory(const ContractFilter& f) {
    return f.text.empty() && f.statuses.empty() && f.archived == ArchivedContracts::Included;
}

bool passes(const ContractFilter& f, const Contract& c) {
    return (!f.arrivalFrom || c.arrival >= *f.arrivalFrom) && (!f.arrivalTo || c.arrival <= *f.arrivalTo) &&
           (!f.hotel || c.hotel == *f.hotel) && (!f.salesManager || c.salesManager == *f.salesManager) &&
           (!f.account || c.account == *f.account);
}

void attachReports(AtRiskInput& input, detail::ReportsById& reports) {
    UpcomingGroups& upcoming = input.upcoming;
    upcoming.snapshots.resize(upcoming.contracts.size());
    for (std::size_t i = 0; i < upcoming.contracts.size(); ++i) {
        if (auto found = reports.find(upcoming.ids[i].value); found != reports.end()) {
            upcoming.snapshots[i] = found->second; // copied: the past groups take theirs from the same map
        }
    }
}

} // namespace

Result<AtRiskInput> readAtRiskInput(ContractRepository& repository, const ContractFilter& filter, Date today,
                                    const std::function<bool(const Contract&)>& isUpcoming,
                                    const std::function<void(const StoredContract&)>& visit) {
    AtRiskInput input;
    UpcomingGroups& upcoming = input.upcoming;
    std::set<std::string> hotels;
    if (matchesInMemory(filter)) {
        // One bulk pass over every contract gives both the window's contracts and the past groups: a
        // filtered read loads its contracts one at a time.
        struct Found {
            Date arrival;
            ContractId id;
            std::size_t at;
        };
        std::vector<Found> order;
        std::deque<Contract> found;
        std::deque<Contract> departed;
        std::vector<ContractId> departedIds;
        Result<std::int64_t> read = repository.forEachContract([&](const StoredContract& c) {
            const Contract& contract = c.contract;
            ++input.past.read;
            if (passes(filter, contract)) {
                if (visit) {
                    visit(c);
                }
                if (isUpcoming(contract)) {
                    order.push_back({contract.arrival, c.id, found.size()});
                    found.push_back(contract);
                    hotels.insert(contract.hotel);
                }
            }
            if (contract.status == ContractStatus::Actualized && !(today < contract.departure)) {
                departed.push_back(contract);
                departedIds.push_back(c.id);
            }
            return true;
        });
        if (!read) {
            return read.takeError();
        }
        // In the order a filtered read gives: by arrival, then by id.
        std::sort(order.begin(), order.end(), [](const Found& a, const Found& b) {
            return a.arrival != b.arrival ? a.arrival < b.arrival : a.id.value < b.id.value;
        });
        for (const Found& f : order) {
            upcoming.contracts.push_back(std::move(found[f.at]));
            upcoming.ids.push_back(f.id);
        }
        Result<detail::ReportsById> reports = repository.allPickupSnapshots();
        if (!reports) {
            return reports.takeError();
        }
        attachReports(input, *reports);
        // The past groups of those hotels: each group is compared with those of its own hotel.
        PastGroups& past = input.past;
        for (std::size_t i = 0; i < departed.size(); ++i) {
            if (hotels.count(departed[i].hotel) > 0) {
                past.contracts.push_back(std::move(departed[i]));
                past.ids.push_back(departedIds[i]);
            }
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
        return input;
    }

    Result<void> visited = forEachStored(repository, filter, [&](const StoredContract& c) {
        if (visit) {
            visit(c);
        }
        if (isUpcoming(c.contract)) {
            upcoming.contracts.push_back(c.contract);
            upcoming.ids.push_back(c.id);
            hotels.insert(c.contract.hotel);
        }
    });
    if (!visited) {
        return visited.takeError();
    }
    Result<detail::ReportsById> reports = repository.allPickupSnapshots();
    if (!reports) {
        return reports.takeError();
    }
    attachReports(input, *reports);
    // The past groups of those hotels: each group is compared with those of its own hotel.
    Result<PastGroups> past = detail::readPastGroups(
        repository, {}, today, [&](const Contract& c) { return hotels.count(c.hotel) > 0; }, {}, *reports);
    if (!past) {
        return past.takeError();
    }
    input.past = std::move(*past);
    return input;
}

} // namespace attrition::storage
