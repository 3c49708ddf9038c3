#pragma once

// The forward look for people (aligned plain text) and for programs (JSON): a contract's pickup forecast
// with its damages risk, the review-date advice, and a backtest over past groups.

#include "attrition/engine/forecast.h"
#include "attrition/io/text_report.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace attrition::io {

/// The forecast of a contract's final pickup (totals, then night by night) and what it will likely owe,
/// followed by the sentences that explain every figure.
QString forecastText(const Contract& contract, const forecast::Forecast& forecast,
                     const forecast::DamagesRisk& risk, const TextNotation& notation = {});
/// The release the forecast supports at the next review date, night by night, with the expected damages
/// holding the block and after the release.
QString adviceText(const Contract& contract, const forecast::Advice& advice,
                   const TextNotation& notation = {});
/// The backtest's error per method and horizon against the two naive baselines, and the band's calibration.
QString backtestText(const std::vector<forecast::BacktestHorizon>& horizons, std::int64_t groups,
                     const TextNotation& notation = {});

QJsonObject forecastToJson(const Contract& contract, const forecast::Forecast& forecast,
                           const forecast::DamagesRisk& risk);
QJsonObject adviceToJson(const Contract& contract, const forecast::Advice& advice);
QJsonObject backtestToJson(const std::vector<forecast::BacktestHorizon>& horizons, std::int64_t groups);

} // namespace attrition::io
