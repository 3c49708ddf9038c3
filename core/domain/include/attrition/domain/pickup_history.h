#pragma once

#include "attrition/domain/contract.h"

#include <vector>

namespace attrition {

/// The pickup as it stood on one day: the rooms reserved per night and room type on `reportDate`. A series
/// of them is the pace of the group's pickup.
struct PickupSnapshot {
    Date reportDate;
    std::vector<PickupEntry> entries;
};

/// A group and its pickup history, as a forecast learns from it: for a past (actualized) group the final
/// pickup is the contract's pickup. The contract is not owned.
struct GroupHistory {
    const Contract* contract = nullptr;
    std::vector<PickupSnapshot> snapshots;
};

} // namespace attrition
