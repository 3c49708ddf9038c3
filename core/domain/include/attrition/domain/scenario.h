#pragma once

#include "attrition/domain/contract.h"

#include <optional>
#include <string>
#include <vector>

namespace attrition {

/// What a what-if scenario changes in a contract before it is assessed. Unset fields keep the contract's.
struct ScenarioOverrides {
    std::optional<Percent> uniformPickup; ///< every night and room type at this share of its (revised) block,
                                          ///< rounded half-up to whole rooms
    std::optional<std::vector<PickupEntry>> pickup; ///< pickup per night and room type
    std::optional<Money> foodBeverageSpend;
    std::optional<std::vector<ResaleEntry>> resale;
    std::optional<Date> cancellationNotice;
    bool withoutCancellation = false; ///< assess as if the group had not cancelled
    bool operator==(const ScenarioOverrides&) const = default;
};

struct Scenario {
    std::string name;
    ScenarioOverrides overrides;
    bool operator==(const Scenario&) const = default;
};

} // namespace attrition
