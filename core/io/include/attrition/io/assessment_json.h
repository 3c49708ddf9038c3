#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"

#include <QJsonObject>
#include <vector>

namespace attrition::io {

inline constexpr const char* kAssessmentFormat = "attrition-desk/assessment";
inline constexpr const char* kPickupSweepFormat = "attrition-desk/pickup-sweep";
inline constexpr const char* kCancellationSweepFormat = "attrition-desk/cancellation-sweep";
inline constexpr const char* kSpendSweepFormat = "attrition-desk/fb-sweep";

/// An assessment as JSON: the contract it assessed, its figures, every line (component, night, quantity,
/// rate, factor, amount, message key and English explanation), the warnings and every total. Amounts are
/// decimal strings in the currency's major units ("2640.00", "24800", "62.750") beside "currency".
QJsonObject assessmentToJson(const Contract& contract, const Assessment& assessment);

/// Damages as pickup varies: {"format", "version", "reference", "currency", "points": [{pickup,
/// roomDamages, meetingRoom, totalOwed}]}.
QJsonObject pickupSweepToJson(const Contract& contract, const std::vector<PickupSweepPoint>& points);
/// The cancellation fee by notice date: points of {notice, daysBeforeArrival, fee, totalOwed}.
QJsonObject cancellationSweepToJson(const Contract& contract,
                                    const std::vector<CancellationSweepPoint>& points);
/// F&B damages by actual spend: points of {spend, damages, totalOwed}.
QJsonObject spendSweepToJson(const Contract& contract, const std::vector<SpendSweepPoint>& points);

} // namespace attrition::io
