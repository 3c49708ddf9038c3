#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/pickup_history.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace attrition::ui {

/// A contract file read through core/io: its contracts (one, or a collection), or why it could not be read.
struct ContractFile {
    std::vector<Contract> contracts;
    std::vector<std::vector<PickupSnapshot>> histories; ///< each contract's pickup reports, in the same order
    QStringList errors; ///< "$.block[2].rooms: ...": where in the file, and what is wrong
};

ContractFile readContractFile(const QString& path);
/// Writes one contract as a contract file, replacing the file only once it is written in full. Returns why
/// it could not, or an empty string.
QString writeContractFile(const QString& path, const Contract& contract,
                          const std::vector<PickupSnapshot>& history = {});
/// Writes several contracts as one collection file, the same way; `histories` is empty or holds each
/// contract's pickup reports.
QString writeContractCollection(const QString& path, const std::vector<Contract>& contracts,
                                const std::vector<std::vector<PickupSnapshot>>& histories = {});

} // namespace attrition::ui
