#pragma once

#include "cli_support.h"

namespace attrition::cli {

/// assess FILE --scenarios GRID.csv: each scenario of the grid assessed against `contract`, its totals
/// written as CSV (default or --csv) or, with --json, as JSON, one scenario at a time as it is assessed.
int assessGridCommand(const Contract& contract, const Arguments& a);

} // namespace attrition::cli
