#pragma once

#include "attrition/domain/contract.h"

#include <QString>

namespace attrition::ui {

struct Results;

/// The assessment as a printable document (HTML for QTextDocument): the contract's terms, the itemized
/// lines with their explanations, the warnings and the totals. Every text from the contract is escaped.
/// The same document goes to the printer and to PDF.
QString assessmentReportHtml(const Contract& contract, const Results& results);

} // namespace attrition::ui
