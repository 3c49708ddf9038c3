#pragma once

#include "attrition/domain/contract.h"

#include <cstdint>
#include <string>
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

/// A pickup report reduced to what a forecast learns from it: its date and its rooms, the sum of its
/// entries' rooms with a negative figure counted as none (0 for a report without entries).
struct PickupReportTotal {
    Date reportDate;
    std::int64_t rooms = 0;
};

/// A past (actualized) group reduced to what a forecast learns from it: its hotel and account, its dates,
/// its final pickup and its block added up (each entry's rooms, a negative figure counted as none), and its
/// pickup reports added up. The same figures as the GroupHistory of the contract and reports they were added
/// up from.
struct PastGroupTotals {
    std::string hotel;
    std::string account;
    Date signedOn;
    Date arrival;
    std::int64_t pickupRoomNights = 0;
    std::int64_t blockRoomNights = 0;
    std::vector<PickupReportTotal> reports;
};

} // namespace attrition
