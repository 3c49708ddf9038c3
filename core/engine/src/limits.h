#pragma once

#include <cstdint>

namespace attrition::detail {

/// The most rooms one block, pickup or credit entry may hold.
inline constexpr std::int32_t kMaxRooms = 100'000;
/// The longest stay, in nights.
inline constexpr std::int32_t kMaxNights = 366;
/// The most entries any list of a contract may hold.
inline constexpr std::int64_t kMaxEntries = 100'000;
/// The largest amount, in minor units, any single figure or the anticipated revenue may reach. Far below
/// 2^63 so that every exact intermediate (amount x room nights x percentages) fits in 128 bits.
inline constexpr std::int64_t kMaxAmountMinor = 100'000'000'000'000'000LL;

} // namespace attrition::detail
