#include "attrition/storage/repository.h"

#include "attrition/domain/pickup.h"

#include <algorithm>

namespace attrition::storage {

namespace {

using Reports = std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>;
using Totals = std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>;

/// Each report of `reports` added up.
Result<Totals> addedUp(Result<Reports> reports) {
    if (!reports) {
        return reports.takeError();
    }
    Totals totals;
    totals.reserve(reports->size());
    for (const auto& [id, snapshots] : *reports) {
        std::vector<PickupReportTotal>& list = totals[id];
        list.reserve(snapshots.size());
        for (const PickupSnapshot& s : snapshots) {
            list.push_back(PickupReportTotal{s.reportDate, roomsCounted(s.entries)});
        }
    }
    return totals;
}

} // namespace

Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
ContractRepository::pickupTotalsOf(const std::vector<ContractId>& ids) {
    return addedUp(pickupSnapshotsOf(ids));
}

Result<std::unordered_map<std::int64_t, std::vector<PickupReportTotal>>>
ContractRepository::pickupTotalsOfEvery() {
    return addedUp(allPickupSnapshots());
}

Result<std::optional<std::int64_t>> ContractRepository::dataVersion() {
    return std::optional<std::int64_t>();
}

Result<std::vector<StoredGroupTotals>> ContractRepository::groupTotals(const ContractFilter& filter) {
    std::vector<StoredGroupTotals> totals;
    Result<std::int64_t> read = forEachContract(filter, [&](const StoredContract& s) {
        StoredGroupTotals& t = totals.emplace_back();
        t.id = s.id;
        t.status = s.contract.status;
        t.departure = s.contract.departure;
        t.group.hotel = s.contract.hotel;
        t.group.account = s.contract.account;
        t.group.signedOn = s.contract.signedOn;
        t.group.arrival = s.contract.arrival;
        for (const PickupEntry& e : s.contract.pickup) {
            t.group.pickupRoomNights += std::max(0, e.rooms);
        }
        for (const BlockEntry& e : s.contract.block) {
            t.group.blockRoomNights += std::max(0, e.rooms);
        }
        return true;
    });
    if (!read) {
        return read.takeError();
    }
    std::sort(totals.begin(), totals.end(),
              [](const StoredGroupTotals& a, const StoredGroupTotals& b) { return a.id.value < b.id.value; });
    return totals;
}

} // namespace attrition::storage
