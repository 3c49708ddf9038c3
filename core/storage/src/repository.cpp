#include "attrition/storage/repository.h"

#include <algorithm>

namespace attrition::storage {

Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
ContractRepository::pickupTotalsOf(const std::vector<ContractId>& ids) {
    Result<std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>> reports = pickupSnapshotsOf(ids);
    if (!reports) {
        return reports.takeError();
    }
    std::unordered_map<std::int64_t, std::vector<PickupReportTotal>> totals;
    totals.reserve(reports->size());
    for (const auto& [id, snapshots] : *reports) {
        std::vector<PickupReportTotal>& list = totals[id];
        list.reserve(snapshots.size());
        for (const PickupSnapshot& s : snapshots) {
            PickupReportTotal total{s.reportDate, 0};
            for (const PickupEntry& e : s.entries) {
                total.rooms += std::max(0, e.rooms);
            }
            list.push_back(total);
        }
    }
    return totals;
}

} // namespace attrition::storage
