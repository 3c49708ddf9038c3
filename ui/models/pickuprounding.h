#pragma once

#include "attrition/domain/contract.h"

#include <cstdint>
#include <optional>

namespace attrition::ui {

/// Where a uniform pickup share, rounded half-up to whole rooms per block entry, counts another share
/// than the one set: one night where it does, with the rooms it counts.
struct PickupRounding {
    Date night;
    std::int64_t counted = 0; ///< rooms counted that night
    std::int64_t block = 0;   ///< rooms in the block that night
    int nights = 0;           ///< how many nights round
};

/// The first night (and how many) where `share` of the contract's block does not come to whole rooms;
/// nothing when every night comes out exact.
std::optional<PickupRounding> pickupRounding(const Contract& contract, Percent share);

} // namespace attrition::ui
