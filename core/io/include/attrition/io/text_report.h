#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"

#include <QString>
#include <vector>

namespace attrition::io {

/// An assessment as plain text with aligned columns: a header naming the contract, group, hotel and stay
/// (and the scenario, when one was assessed), each line with its amount and explanation grouped by
/// component, the warnings, and the totals. Amounts are grouped ("2,640.00"); lines end with '\n'.
QString assessmentText(const Contract& contract, const Assessment& assessment,
                       const ScenarioOverrides& scenario = {});

/// A sweep as a table with a header row.
QString pickupSweepText(const Contract& contract, const std::vector<PickupSweepPoint>& points);
QString cancellationSweepText(const Contract& contract, const std::vector<CancellationSweepPoint>& points);
QString spendSweepText(const Contract& contract, const std::vector<SpendSweepPoint>& points);

} // namespace attrition::io
