#pragma once

// The thresholds of the desk's early warning and of the accounts' risks, as the user set them in Desk
// Thresholds (kept in QSettings under "desk/"); the defaults are the engine's (docs/FORECAST_METHODS.md).

#include "attrition/domain/percent.h"
#include "attrition/engine/accounts.h"
#include "attrition/engine/at_risk.h"

#include <QString>
#include <cstdint>

class QSettings;

namespace attrition::ui {

/// The thresholds the user can change; windowDays is not among them (the desk's arrival filter is the
/// window).
struct DeskThresholds {
    Percent paceBehind = forecast::AtRiskOptions{}.paceBehind;
    std::int32_t minPaceGroups = forecast::AtRiskOptions{}.minPaceGroups;
    std::int32_t stallDays = forecast::AtRiskOptions{}.stallDays;
    std::int32_t reviewWithinDays = forecast::AtRiskOptions{}.reviewWithinDays;
    std::int32_t damagesPoints = forecast::AtRiskOptions{}.damagesPoints;
    Percent cycleFactor = AccountOptions{}.cycleFactor;
    std::int32_t minCycleEvents = AccountOptions{}.minCycleEvents;
    std::int32_t trendEvents = AccountOptions{}.trendEvents;

    /// Sets the early warning's thresholds of `options` (today and the window are left as they are).
    void applyTo(forecast::AtRiskOptions& options) const;
    AccountOptions accountOptions() const;

    friend bool operator==(const DeskThresholds&, const DeskThresholds&) = default;
};

/// The ranges the engine accepts (those `attrition-cli` refuses outside of), with the spin boxes' upper ends
/// where the engine sets none. Percentages in tenths of a point.
namespace deskLimits {
inline constexpr int kPaceBehindTenthsMin = 0;
inline constexpr int kPaceBehindTenthsMax = 1000; ///< 100 points
inline constexpr int kMinPaceGroupsMin = 1;
inline constexpr int kMinPaceGroupsMax = 1000;
inline constexpr int kStallDaysMin = 1;
inline constexpr int kStallDaysMax = 3660;
inline constexpr int kReviewWithinDaysMin = 0;
inline constexpr int kReviewWithinDaysMax = 3660;
inline constexpr int kDamagesPointsMin = 1;
inline constexpr int kDamagesPointsMax = 1000;
inline constexpr int kCycleFactorTenthsMin = 1;     ///< above 0
inline constexpr int kCycleFactorTenthsMax = 10000; ///< 1000%
inline constexpr int kMinCycleEventsMin = 2;
inline constexpr int kMinCycleEventsMax = 1000;
inline constexpr int kTrendEventsMin = 1;
inline constexpr int kTrendEventsMax = 1000;
} // namespace deskLimits

/// Why `thresholds` cannot be used, naming the threshold and its range; empty when every one is in range.
QString deskThresholdsProblem(const DeskThresholds& thresholds);

/// The thresholds kept in `settings`; a value missing, unreadable or out of range is its default.
DeskThresholds readDeskThresholds(const QSettings& settings);
/// Keeps `thresholds` in `settings` (all of them, also those equal to their defaults).
void writeDeskThresholds(QSettings& settings, const DeskThresholds& thresholds);

} // namespace attrition::ui
