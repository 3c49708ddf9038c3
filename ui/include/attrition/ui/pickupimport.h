#pragma once

#include "attrition/domain/contract.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace attrition::ui {

/// The pickup a property system's group pickup report gives, per night (and room type).
struct PickupImport {
    std::vector<PickupEntry> pickup;
    QStringList errors; ///< "line 4: ..."; nothing is imported when there are any
};

/// Reads a pickup report exported as CSV (comma, semicolon or tab separated), with a header row naming
/// its columns: a date ("Date", "Night", "Stay date"), optionally a room type ("Room type", "Type"), and
/// the rooms picked up ("Pickup", "Picked up", "Occupied"); other columns ("Original", "Current",
/// "Available") are ignored. Without a room type column, the block must have a single room type.
PickupImport importPickupCsv(const QString& text, const Contract& contract);

/// Replaces the contract's pickup on the nights and room types the import names.
void applyPickupImport(Contract& contract, const std::vector<PickupEntry>& pickup);

} // namespace attrition::ui
