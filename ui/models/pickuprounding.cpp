#include "models/pickuprounding.h"

#include "attrition/domain/rounding.h"

#include <map>

namespace attrition::ui {

std::optional<PickupRounding> pickupRounding(const Contract& contract, Percent share) {
    std::map<Date, std::pair<std::int64_t, std::int64_t>> nights; // night -> (block, counted)
    for (const BlockEntry& b : contract.block) {
        auto& [block, counted] = nights[b.night];
        block += b.rooms;
        counted += static_cast<std::int64_t>(divideRounded(
            static_cast<Wide>(b.rooms) * share.partsPerMillion(), Percent::kScale, RoundingMode::HalfUp));
    }
    std::optional<PickupRounding> found;
    for (const auto& [night, figures] : nights) {
        const auto [block, counted] = figures;
        if (static_cast<Wide>(counted) * Percent::kScale ==
            static_cast<Wide>(block) * share.partsPerMillion()) {
            continue;
        }
        if (!found) {
            found = PickupRounding{night, counted, block, 0};
        }
        ++found->nights;
    }
    return found;
}

} // namespace attrition::ui
