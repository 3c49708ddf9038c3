#pragma once

// What the early warning over the groups still to arrive reads from a database: the upcoming groups a filter
// passes, each with its pickup reports, and the past groups of their hotels that each is compared with.
// `attrition-cli at-risk` and the desk read it the same way.

#include "attrition/domain/pickup_history.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/repository.h"

#include <deque>
#include <functional>
#include <vector>

namespace attrition::storage {

/// The upcoming groups: `snapshots[i]` are the pickup reports of `contracts[i]` (stored id `ids[i]`), by
/// report date. The contracts do not move.
struct UpcomingGroups {
    std::deque<Contract> contracts;
    std::vector<ContractId> ids;
    std::vector<std::vector<PickupSnapshot>> snapshots;
};

struct AtRiskInput {
    UpcomingGroups upcoming;
    /// The past groups (actualized, departed by `today`) of the hotels of the upcoming groups, every hotel's.
    PastGroups past;
};

/// Reads the contracts `filter` passes and keeps those `isUpcoming` accepts as upcoming groups, with their
/// pickup reports; then the past groups of their hotels as of `today` (readPastGroups with no filter).
/// `visit`, when set, is called with every contract the filter passes, upcoming or not, as it is read (the
/// desk adds up its pipeline from them). The pickup reports are read once for both.
Result<AtRiskInput> readAtRiskInput(ContractRepository& repository, const ContractFilter& filter, Date today,
                                    const std::function<bool(const Contract&)>& isUpcoming,
                                    const std::function<void(const StoredContract&)>& visit = {});

} // namespace attrition::storage
