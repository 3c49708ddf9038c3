#include "attrition/storage/at_risk_input.h"

#include "past_groups_reading.h"

#include <set>
#include <string>

namespace attrition::storage {

Result<AtRiskInput> readAtRiskInput(ContractRepository& repository, const ContractFilter& filter, Date today,
                                    const std::function<bool(const Contract&)>& isUpcoming,
                                    const std::function<void(const StoredContract&)>& visit) {
    AtRiskInput input;
    UpcomingGroups& upcoming = input.upcoming;
    std::set<std::string> hotels;
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
    upcoming.snapshots.resize(upcoming.contracts.size());
    for (std::size_t i = 0; i < upcoming.contracts.size(); ++i) {
        if (auto found = reports->find(upcoming.ids[i].value); found != reports->end()) {
            upcoming.snapshots[i] = found->second; // copied: the past groups take theirs from the same map
        }
    }
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
