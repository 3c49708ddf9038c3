#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace attrition::ui {

/// The contract and its scenarios side by side as CSV (RFC 4180): a row per figure, a column for the
/// contract and, for each scenario, its figure and its difference from the contract. Amounts are plain
/// decimals in major units.
QByteArray scenarioComparisonCsv(const Contract& contract, const std::vector<Scenario>& scenarios);

/// Whether this build writes XLSX workbooks (libxlsxwriter).
bool xlsxAvailable();
/// The assessment's lines and totals as an XLSX workbook, amounts as numbers with the currency's decimals.
bool writeAssessmentXlsx(const QString& path, const Contract& contract, QString* error = nullptr);
/// The scenario comparison as an XLSX workbook.
bool writeScenariosXlsx(const QString& path, const Contract& contract, const std::vector<Scenario>& scenarios,
                        QString* error = nullptr);

} // namespace attrition::ui
