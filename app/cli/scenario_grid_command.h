#pragma once

#include "cli_support.h"

#include <span>

namespace attrition::cli {

/// assess FILE --scenarios GRID.csv: each scenario of the grid assessed against `contract`, its totals
/// written as CSV (default or --csv) or, with --json, as JSON, one scenario at a time as it is assessed.
/// With rebooking credits (a stored contract's), each net due is after them, and a credits_applied column
/// (creditsApplied in JSON) says how much of them each scenario used.
int assessGridCommand(const Contract& contract, const Arguments& a,
                      std::span<const RebookingCredit> credits = {});

} // namespace attrition::cli
