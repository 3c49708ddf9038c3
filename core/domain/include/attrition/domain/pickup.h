#pragma once

#include "attrition/domain/contract.h"

#include <cstdint>
#include <vector>

namespace attrition {

/// Makes `entries` the contract's pickup on their nights and room types: an entry replaces the contract's
/// entry of the same night and room type, or is added after the others. Pickup on other nights and room
/// types stays as it was. Returns whether anything changed.
bool applyPickup(Contract& contract, const std::vector<PickupEntry>& entries);

/// The rooms of `entries` added up, a negative figure counted as none: what a forecast reads of a pickup (the
/// total of a report, or a group's final pickup).
std::int64_t roomsCounted(const std::vector<PickupEntry>& entries) noexcept;

} // namespace attrition
