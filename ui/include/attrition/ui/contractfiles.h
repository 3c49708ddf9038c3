#pragma once

#include "attrition/domain/contract.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace attrition::ui {

/// A contract file read through core/io: its contracts (one, or a collection), or why it could not be read.
struct ContractFile {
    std::vector<Contract> contracts;
    QStringList errors; ///< "$.block[2].rooms: ...": where in the file, and what is wrong
};

ContractFile readContractFile(const QString& path);
/// Writes one contract as a contract file, replacing the file only once it is written in full. Returns why
/// it could not, or an empty string.
QString writeContractFile(const QString& path, const Contract& contract);
/// Writes several contracts as one collection file, the same way.
QString writeContractCollection(const QString& path, const std::vector<Contract>& contracts);

} // namespace attrition::ui
