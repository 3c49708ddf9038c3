#pragma once

// A group's quote for people (aligned plain text) and for programs (JSON): its net value night by night
// against the business it displaces, the break-even rates, the wash behind it and the clause advice.

#include "attrition/engine/quote.h"
#include "attrition/io/text_report.h"

#include <QJsonObject>
#include <QString>

namespace attrition::io {

/// The quote's totals, the nights, the clause advice (performance level x damages factor) and the
/// sentences that explain every figure.
QString quoteText(const Contract& contract, const quote::Quote& quote, const TextNotation& notation = {});

QJsonObject quoteToJson(const Contract& contract, const quote::Quote& quote);

} // namespace attrition::io
