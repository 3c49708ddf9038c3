#pragma once

// Groups at risk: an early warning over the groups still to arrive. For each upcoming group, its pickup to
// date, its pace against comparable past groups at the same day before arrival, the forecast final pickup
// and expected damages, the next review date or cutoff, the action due and the flags that make it a risk,
// each flag with a sentence that names its numbers. Every rule and threshold is written down in
// docs/FORECAST_METHODS.md ("Groups at risk").

#include "attrition/domain/contract.h"
#include "attrition/domain/pickup_history.h"
#include "attrition/engine/forecast.h"
#include "attrition/engine/message.h"

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace attrition::forecast {

/// The thresholds of the early warning, with their documented defaults.
struct AtRiskOptions {
    Date today;
    /// Arrivals on or after `from` (default: today; never before today) and on or before `to` (default:
    /// today + windowDays).
    std::optional<Date> from;
    std::optional<Date> to;
    std::int32_t windowDays = 90;
    /// (a) Pace behind comparable groups at the same day before arrival by more than this many points of
    /// the block.
    Percent paceBehind = Percent::fromPoints(10);
    /// Comparable groups (with a pickup history and a block) needed to say anything about pace; fewer: the
    /// pace is "not known".
    std::int32_t minPaceGroups = 5;
    /// (b) No pickup movement for at least this many days while the booking curve expects at least one
    /// room night to arrive over those days.
    std::int32_t stallDays = 14;
    /// (c) A review date within this many days with the forecast final pickup below the performance level.
    std::int32_t reviewWithinDays = 21;
    /// The expected damages are the mean over this many equally likely final pickups: the forecast times
    /// the quantiles (k + 0.5) / n, k = 0..n-1, of its past errors (from 1 to 1,000).
    std::int32_t damagesPoints = 20;
    std::optional<Method> method; ///< empty: the method with the lowest backtest error, as forecast does
};

/// One upcoming group and what the early warning needs of it. The contract is not owned.
struct UpcomingGroup {
    const Contract* contract = nullptr;
    std::vector<PickupSnapshot> snapshots; ///< its pickup reports, in any order
    /// The F&B spend forecast from elsewhere (banquet orders); empty: carried from the spend the contract
    /// records, when it records one (see foodBeverageSpendForecast).
    std::optional<Money> foodBeverageForecast;
};

enum class RiskFlag : std::uint8_t {
    PaceBehind,              ///< (a)
    NoPickupMovement,        ///< (b)
    ReviewBelowPerformance,  ///< (c)
    CutoffPassedUnsold,      ///< (d)
    FoodBeverageBelowMinimum ///< (e)
};
/// A stable name for files and programs: "pace-behind", "no-pickup-movement", "review-below-performance",
/// "cutoff-passed-unsold", "fb-below-minimum".
const char* riskFlagName(RiskFlag flag) noexcept;

struct RiskFlagNote {
    RiskFlag flag = RiskFlag::PaceBehind;
    Message explanation; ///< a sentence that names the numbers behind the flag
};

enum class NextDateKind : std::uint8_t { None, ReviewDate, Cutoff };
/// "review-date", "cutoff" or "" for None.
const char* nextDateKindName(NextDateKind kind) noexcept;

/// One group of the early warning.
struct AtRiskRow {
    std::string reference;
    std::string groupName;
    std::string account;
    std::string hotel;
    std::string salesManager;
    ContractStatus status = ContractStatus::Tentative;
    Currency currency;
    Date arrival;
    std::int32_t daysBeforeArrival = 0;

    std::int64_t blockRoomNights = 0; ///< the block as contracted
    std::int64_t onTheBooks = 0;      ///< room nights picked up to date
    Percent pickupPercent;            ///< onTheBooks / block, to a tenth of a point (half up)

    /// Points of the block ahead (+) or behind (-) the comparable groups' mean share of their block on the
    /// books at the same day before arrival, to a tenth of a point; empty: not known (see `pace`).
    std::optional<double> pacePoints;
    Percent comparablePercent;   ///< the comparable groups' mean share, when the pace is known
    std::int32_t paceGroups = 0; ///< comparable groups with a pickup history and a block
    Message pace;                ///< the pace in a sentence, or why it is not known

    double expectedRoomNights = 0; ///< forecast final pickup
    std::int64_t p10RoomNights = 0;
    std::int64_t p90RoomNights = 0;
    Percent expectedPercent; ///< of the block, to a tenth of a point
    Percent p10Percent;
    Percent p90Percent;
    Method method = Method::Multiplicative;

    Money expectedDamages; ///< mean over AtRiskOptions::damagesPoints final pickups, contract's rounding
    Money damagesP10;
    Money damagesP90;
    double probabilityOwed = 0;
    Message damages; ///< how the expected damages were obtained

    std::optional<Date> nextDate; ///< the next review date or cutoff on or after today
    NextDateKind nextKind = NextDateKind::None;
    std::int32_t daysToNext = 0;

    Message action; ///< the action due, a short sentence
    std::vector<RiskFlagNote> flags;
};

/// A group the early warning could not forecast (a contract the engine refuses), and why.
struct AtRiskSkipped {
    std::string reference;
    std::string reason;
};

struct AtRiskList {
    Date today;
    Date from; ///< the arrival window
    Date to;
    std::vector<AtRiskRow> rows; ///< by risk (sortByRisk)
    std::vector<AtRiskSkipped> skipped;
};

/// Whether the contract is one the early warning looks at: not cancelled (no notice, status not
/// cancelled), not actualized, arriving on or after `from` and on or before `to`.
bool isUpcoming(const Contract& contract, Date from, Date to) noexcept;

/// The arrival window of `options`: [max(today, from or today), to or today + windowDays]. Throws
/// ForecastError for a window that ends before it starts or options out of range.
std::pair<Date, Date> atRiskWindow(const AtRiskOptions& options);

/// The early warning for the upcoming groups that pass isUpcoming() for the window, each forecast against
/// `comparable`, sorted by risk. Throws ForecastError for options out of range; a contract the engine
/// refuses is listed in `skipped` with the reason.
AtRiskList groupsAtRisk(std::span<const UpcomingGroup> upcoming, const History& comparable,
                        const AtRiskOptions& options);

/// The early warning with each upcoming group compared with the past groups of its own hotel (as forecast
/// compares by default): the groups of each hotel against a History of that hotel's past groups, merged and
/// sorted by risk. `past` holds the past (actualized) groups of every hotel.
AtRiskList groupsAtRiskByHotel(std::span<const UpcomingGroup> upcoming, std::span<const GroupHistory> past,
                               const AtRiskOptions& options);
/// The same with each hotel's past groups prepared once (the History of the hotel's past groups, in the
/// order `past` would give them), so that they are shared by every group of the hotel and by later lists; a
/// hotel not in `pastByHotel` has no past group.
AtRiskList groupsAtRiskByHotel(std::span<const UpcomingGroup> upcoming,
                               const std::map<std::string, History>& pastByHotel,
                               const AtRiskOptions& options);

/// The row of one upcoming group (no window check). Throws what the forecast and the engine throw.
AtRiskRow atRiskRow(const UpcomingGroup& group, const History& comparable, const AtRiskOptions& options);

/// The risk order: the higher expected damages first (amounts in different currencies compared as written,
/// in major units, without exchange rates), then more flags first, then the earlier arrival, then the
/// reference.
bool riskBefore(const AtRiskRow& a, const AtRiskRow& b);
void sortByRisk(std::vector<AtRiskRow>& rows);

/// The F&B spend the early warning forecasts for a contract with an F&B minimum: the group's own forecast
/// when given; else, when the contract records a spend (banquet orders so far) and room nights on the books,
/// that spend per room night on the books carried to the expected final pickup, rounded with the contract's
/// rounding; else nothing (and (e) is neither flagged nor mentioned).
std::optional<Money> foodBeverageSpendForecast(const UpcomingGroup& group, std::int64_t onTheBooks,
                                               double expectedRoomNights);

} // namespace attrition::forecast
