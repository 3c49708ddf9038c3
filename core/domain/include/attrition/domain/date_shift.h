#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/pickup_history.h"

#include <cstdint>
#include <vector>

namespace attrition {

/// Moves every date of a contract by `days`: signing, arrival, departure, cutoff, the nights of the block,
/// pickup, audit credits, resale and occupancy, the review deadlines, the reductions (recorded and night),
/// the cancellation notice and the deposits. Every difference between two dates stays the same, so the
/// assessment does too; a shift by whole weeks also keeps every weekday.
void shiftDates(Contract& contract, std::int32_t days);

/// Moves the report dates and the nights of pickup reports by `days`.
void shiftDates(std::vector<PickupSnapshot>& reports, std::int32_t days);

} // namespace attrition
