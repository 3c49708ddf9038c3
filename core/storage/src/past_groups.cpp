#include "attrition/storage/past_groups.h"

#include "past_groups_reading.h"

namespace attrition::storage {

bool isFiltered(const ContractFilter& f) {
    return !f.text.empty() || !f.statuses.empty() || f.account || f.hotel || f.salesManager ||
           f.arrivalFrom || f.arrivalTo;
}

Result<void> forEachStored(ContractRepository& repository, const ContractFilter& filter,
                           const std::function<void(const StoredContract&)>& visit) {
    if (!isFiltered(filter)) {
        Result<std::int64_t> visited = repository.forEachContract([&](const StoredContract& c) {
            visit(c);
            return true;
        });
        if (!visited) {
            return visited.takeError();
        }
        return {};
    }
    Result<std::int64_t> visited = repository.forEachContract(filter, [&](const StoredContract& c) {
        visit(c);
        return true;
    });
    if (!visited) {
        return visited.takeError();
    }
    return {};
}

namespace detail {

Result<PastGroups> readPastGroups(ContractRepository& repository, const ContractFilter& filter, Date today,
                                  const std::function<bool(const Contract&)>& keep,
                                  const std::function<void(std::int64_t)>& progress, ReportsById& reports) {
    PastGroups past;
    Result<void> visited = forEachStored(repository, filter, [&](const StoredContract& stored) {
        const Contract& c = stored.contract;
        if (++past.read % 10'000 == 0 && progress) {
            progress(past.read);
        }
        if (c.status != ContractStatus::Actualized || today < c.departure || (keep && !keep(c))) {
            return;
        }
        past.contracts.push_back(c);
        past.ids.push_back(stored.id);
    });
    if (!visited) {
        return visited.takeError();
    }
    past.groups.reserve(past.contracts.size());
    for (std::size_t i = 0; i < past.contracts.size(); ++i) {
        GroupHistory g;
        g.contract = &past.contracts[i];
        if (auto found = reports.find(past.ids[i].value); found != reports.end()) {
            g.snapshots = std::move(found->second);
        }
        if (g.snapshots.empty()) {
            ++past.withoutReports;
        }
        past.groups.push_back(std::move(g));
    }
    return past;
}

} // namespace detail

Result<PastGroups> readPastGroups(ContractRepository& repository, const ContractFilter& filter, Date today,
                                  const std::function<bool(const Contract&)>& keep,
                                  const std::function<void(std::int64_t)>& progress) {
    Result<detail::ReportsById> reports = repository.allPickupSnapshots();
    if (!reports) {
        return reports.takeError();
    }
    return detail::readPastGroups(repository, filter, today, keep, progress, *reports);
}

} // namespace attrition::storage
