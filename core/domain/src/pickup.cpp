#include "attrition/domain/pickup.h"

#include <algorithm>

namespace attrition {

bool applyPickup(Contract& contract, const std::vector<PickupEntry>& entries) {
    bool changed = false;
    for (const PickupEntry& in : entries) {
        const auto it =
            std::find_if(contract.pickup.begin(), contract.pickup.end(), [&](const PickupEntry& e) {
                return e.night == in.night && e.roomType == in.roomType;
            });
        if (it == contract.pickup.end()) {
            contract.pickup.push_back(in);
            changed = true;
        } else if (it->rooms != in.rooms) {
            it->rooms = in.rooms;
            changed = true;
        }
    }
    return changed;
}

std::int64_t roomsCounted(const std::vector<PickupEntry>& entries) noexcept {
    std::int64_t total = 0;
    for (const PickupEntry& e : entries) {
        total += std::max(0, e.rooms);
    }
    return total;
}

} // namespace attrition
