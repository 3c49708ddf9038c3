#pragma once

// Reading many stored contracts at once: those a filter passes, and the past groups (with their pickup
// reports) a forecast learns from.

#include "attrition/domain/pickup_history.h"
#include "attrition/storage/repository.h"

#include <deque>
#include <functional>

namespace attrition::storage {

/// Whether the filter sets any condition.
bool isFiltered(const ContractFilter& filter);

/// Visits the stored contracts that pass the filter, in order of arrival; every contract, in the order they
/// were created, when there is no filter.
Result<void> forEachStored(ContractRepository& repository, const ContractFilter& filter,
                           const std::function<void(const StoredContract&)>& visit);

/// The past groups a forecast learns from: actualized contracts that departed by a day, each with its
/// pickup reports. `groups[i].contract` points into `contracts`, which does not move.
struct PastGroups {
    std::deque<Contract> contracts;
    std::vector<GroupHistory> groups;
    std::vector<ContractId> ids;     ///< the stored id of each group, in the same order
    std::int64_t withoutReports = 0; ///< groups with no pickup report stored
    std::int64_t read = 0;           ///< contracts read to find them
};

/// Reads the actualized contracts that passed `filter`, departed by `today` and that `keep` accepts (every
/// one when `keep` is empty), with their pickup reports. `progress`, when set, is called with the count of
/// contracts read after every 10,000.
Result<PastGroups> readPastGroups(ContractRepository& repository, const ContractFilter& filter, Date today,
                                  const std::function<bool(const Contract&)>& keep = {},
                                  const std::function<void(std::int64_t)>& progress = {});

} // namespace attrition::storage
