#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <vector>

namespace attrition::io {

/// The contract file format: "format" names it, "version" is its version.
inline constexpr const char* kContractFormat = "attrition-desk/contract";
inline constexpr const char* kCollectionFormat = "attrition-desk/contracts";
inline constexpr int kFormatVersion = 1;

/// One problem found while reading: where it is, as a JSON path ("$.block[2].rooms"), and what is wrong.
struct ReadError {
    QString path;
    QString message;

    /// "$.block[2].rooms: expected a whole number of rooms, found 2.5".
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/// What reading gives: every contract of the file, or (if anything is wrong) none and every problem found.
/// Nothing is returned half-read.
struct ReadResult {
    std::vector<Contract> contracts;
    std::vector<ReadError> errors;

    bool ok() const noexcept { return errors.empty(); }
};

/// Reads a file holding one contract object, or a collection {"format": "attrition-desk/contracts",
/// "version": 1, "contracts": [...]}.
ReadResult readContracts(const QByteArray& json);
/// As readContracts, from a file; a missing or unreadable file is an error naming it.
ReadResult readContractFile(const QString& fileName);

QJsonObject contractToJson(const Contract& contract);
/// One contract as a complete file (indented JSON).
QByteArray writeContract(const Contract& contract);
/// Several contracts as one collection file.
QByteArray writeContracts(const std::vector<Contract>& contracts);

/// An assessment as JSON: amounts as decimal strings in the currency's units, with the currency code.
QJsonObject assessmentToJson(const Contract& contract, const Assessment& assessment);
QJsonArray pickupSweepToJson(const std::vector<PickupSweepPoint>& points);
QJsonArray cancellationSweepToJson(const std::vector<CancellationSweepPoint>& points);
QJsonArray spendSweepToJson(const std::vector<SpendSweepPoint>& points);

/// The JSON path of an engine validation field ("block[2].rooms" -> "$.block[2].rooms").
QString jsonPathOf(const std::string& field);

} // namespace attrition::io
