#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"

#include <QString>
#include <functional>
#include <vector>

namespace attrition::io {

/// How the text reports write values and engine messages. An empty function means the English notation:
/// amounts grouped with their currency's decimals ("2,640.00"), ISO dates, percentages as the engine writes
/// them ("82.5%"), engine messages in English. The headings and labels are translated in the context
/// "TextReport" by the translators installed (English when none is).
struct TextNotation {
    std::function<QString(const Money&)> amount;
    std::function<QString(Date)> date;
    std::function<QString(Percent)> percent;
    std::function<QString(const Message&)> message;
};

/// A contract status as the text reports write it: "definite", or its translation.
QString statusText(ContractStatus status);

/// An assessment as plain text with aligned columns: a header naming the contract, group, hotel and stay
/// (and the scenario, when one was assessed), each line with its amount and explanation grouped by
/// component, the warnings, and the totals. Amounts are grouped ("2,640.00"); lines end with '\n'.
QString assessmentText(const Contract& contract, const Assessment& assessment,
                       const ScenarioOverrides& scenario = {}, const TextNotation& notation = {});

/// A sweep as a table with a header row.
QString pickupSweepText(const Contract& contract, const std::vector<PickupSweepPoint>& points,
                        const TextNotation& notation = {});
QString cancellationSweepText(const Contract& contract, const std::vector<CancellationSweepPoint>& points,
                              const TextNotation& notation = {});
QString spendSweepText(const Contract& contract, const std::vector<SpendSweepPoint>& points,
                       const TextNotation& notation = {});

} // namespace attrition::io
