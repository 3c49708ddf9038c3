#pragma once

#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"

#include <QString>
#include <optional>
#include <span>
#include <vector>

namespace attrition::ui {

/// What the engine makes of a scenario.
struct ScenarioResult {
    std::optional<Assessment> assessment;
    QString problem; ///< why it could not be assessed
    /// Damages as pickup runs from 0% to 150%, with the scenario's other overrides; for a cancelled group,
    /// what it owes at every pickup (flatOwedWhenCancelled).
    std::vector<PickupSweepPoint> curve;
};

/// A cancelled group owes its cancellation fee whatever its pickup: every point of the curve of a result
/// assessed as cancelled becomes what it owes. Nothing changes for any other result.
void flatOwedWhenCancelled(ScenarioResult& result);

/// The scenario assessed with the contract's rebooking credits (ContractDocument::credits()).
ScenarioResult evaluateScenario(const Contract& contract, const ScenarioOverrides& overrides,
                                std::span<const RebookingCredit> credits = {});

} // namespace attrition::ui
