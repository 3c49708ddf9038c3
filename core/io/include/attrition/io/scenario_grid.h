#pragma once

// A grid of what-if scenarios (CSV): one row per scenario, one column per figure it changes.

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/io/csv.h"

#include <QByteArray>
#include <vector>

namespace attrition::io {

/// One scenario of a grid and the line of the file it was read from.
struct GridScenario {
    int line = 0;
    Scenario scenario;
};

struct ScenarioGridResult {
    std::vector<GridScenario> scenarios; ///< in the order of the file; empty when there are errors
    std::vector<CsvError> errors;        ///< every problem, each naming its line and column

    bool ok() const { return errors.empty(); }
};

/// Reads a scenario grid for `contract` (docs/IMPORT_EXPORT.md): the first record names the columns, each
/// further record is one scenario. Columns, matched without regard to case: `name`; `pickup` (a share of
/// every night and room type of the block, percentage with up to four decimals); `pickup:YYYY-MM-DD:TYPE`
/// (rooms picked up that night of that room type, replacing the contract's pickup there); `fb-spend` (actual
/// F&B spend in the contract's currency); `notice` (cancellation notice date, YYYY-MM-DD). An empty cell
/// keeps the contract's figure. A row may not give both `pickup` and per-night pickup.
ScenarioGridResult readScenarioGrid(const QByteArray& bytes, const Contract& contract);

} // namespace attrition::io
