#pragma once

#include "attrition/storage/past_groups.h"

#include <unordered_map>

namespace attrition::storage::detail {

using ReportsById = std::unordered_map<std::int64_t, std::vector<PickupSnapshot>>;

/// readPastGroups with the pickup reports of every contract read already: each past group's reports are
/// moved out of `reports`.
Result<PastGroups> readPastGroups(ContractRepository& repository, const ContractFilter& filter, Date today,
                                  const std::function<bool(const Contract&)>& keep,
                                  const std::function<void(std::int64_t)>& progress, ReportsById& reports);

} // namespace attrition::storage::detail
