#pragma once

// Internal: how a Contract maps to the row of `contracts` and to the rows of its list tables.

#include "attrition/domain/contract.h"
#include "row_reader.h"
#include "sql_support.h"

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <cstddef>
#include <optional>
#include <vector>

namespace attrition::storage::detail {

/// The contract's own columns of `contracts` (not the key, version, account or stamps), in a fixed order.
const QStringList& contractColumns();
/// The values of contractColumns() for a contract, appended in the same order.
void appendContractValues(const Contract& contract, SqlValues& out);
/// Reads contractColumns() from the row, starting at column `first`. On failure, the column that could not
/// be read.
std::optional<QString> readContractValues(const RowReader& row, int first, Contract& contract);

/// A list of a contract kept in a table of its own, keyed by (contract_id, position).
struct ChildTable {
    QString table;
    QString columns; ///< after contract_id and position
    int width = 0;   ///< how many columns `columns` names
    std::size_t (*count)(const Contract&);
    void (*append)(const Contract&, std::size_t index, SqlValues& out);
    /// Appends the entry read from the row, starting at column `first`; false if it cannot be read.
    bool (*read)(Contract&, const RowReader&, int first);
};

const std::vector<ChildTable>& childTables();

/// The contracted block in room nights (summed over nights and room types).
std::int64_t contractedRoomNights(const Contract& contract);

} // namespace attrition::storage::detail
