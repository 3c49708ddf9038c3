#pragma once

// The forward look: how a group's pickup will end, what it will likely owe, and what to release at the next
// review date. Every formula is written down in docs/FORECAST_METHODS.md; every figure comes with Messages
// saying how it was obtained and from how many groups.

#include "attrition/domain/contract.h"
#include "attrition/domain/pickup_history.h"
#include "attrition/engine/message.h"

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace attrition::forecast {

/// Days before arrival the forecast looks at: 0 (the arrival day) to 365.
constexpr std::int32_t kMaxDaysBeforeArrival = 365;
/// Comparable groups needed for a booking curve of their own; fewer: the default curve.
constexpr std::int32_t kMinCurveGroups = 20;
/// An account's own past groups needed for the account method.
constexpr std::int32_t kMinAccountGroups = 3;
/// The least curve share the multiplicative method divides by (far from arrival the share is small and the
/// quotient unstable).
constexpr double kCurveShareFloor = 0.05;
/// Monte Carlo draws allowed.
constexpr std::int32_t kMinDraws = 1;
constexpr std::int32_t kMaxDraws = 1'000'000;

/// A request the forecast cannot honour (a horizon, seed or draw count out of range), with its reason.
class ForecastError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// A past (actualized) group and its pickup history: its final pickup is the contract's pickup.
using GroupHistory = attrition::GroupHistory;
/// A past group reduced to its totals (attrition/domain/pickup_history.h).
using PastGroupTotals = attrition::PastGroupTotals;

/// The pickup history of past groups, reduced to what the methods use: per group, the room nights on the
/// books at each day before arrival, its final pickup and its block. Snapshots dated after arrival or
/// before signing are left out (and counted), and so are groups with no final pickup or no block.
class History {
public:
    explicit History(std::span<const GroupHistory> groups);
    /// The same over groups held elsewhere (none of them copied).
    static History of(std::span<const GroupHistory* const> groups);
    /// The same over past groups reduced to their totals (PastGroupTotals): the History of the groups they
    /// were added up from, figure for figure.
    static History of(std::span<const PastGroupTotals* const> groups);

    struct Group {
        std::string account;
        std::int64_t finalRoomNights = 0;                                 ///< B_0
        std::int64_t blockRoomNights = 0;                                 ///< the original block
        std::array<std::int32_t, kMaxDaysBeforeArrival + 1> onTheBooks{}; ///< B_x, x = 0..365
    };

    const std::vector<Group>& groups() const noexcept { return groups_; }
    std::int32_t snapshotsAfterArrival() const noexcept { return afterArrival_; }
    std::int32_t snapshotsBeforeSigning() const noexcept { return beforeSigning_; }
    std::int32_t groupsWithoutHistory() const noexcept { return withoutHistory_; }
    std::int32_t groupsWithoutFinalPickup() const noexcept { return withoutFinal_; }
    std::int32_t groupsWithoutBlock() const noexcept { return withoutBlock_; }

    /// Sums over the groups and figures already computed (curves, past errors, backtests at a day), so
    /// that forecasting many contracts against one history costs little more than one. Internal.
    struct Derived;
    Derived& derived() const { return *derived_; }

private:
    History() = default;
    /// What add() reads of one group.
    struct GroupInput {
        const std::string* account = nullptr;
        Date arrival;
        Date signedOn;
        std::int64_t finalRoomNights = 0;
        std::int64_t blockRoomNights = 0;
        std::vector<std::pair<Date, std::int64_t>> points; ///< the reports kept, as report() was called
        std::int32_t afterArrival = 0;
        std::int32_t beforeSigning = 0;
        /// A report of the group and its rooms: kept unless dated after arrival or before signing.
        void report(Date date, std::int64_t rooms);
    };
    void add(std::span<const GroupHistory* const> groups);
    /// Adds `count` groups, the i-th as `read(i, input)` gives it (false: no group).
    void add(std::size_t count, const std::function<bool(std::size_t, GroupInput&)>& read);

    std::vector<Group> groups_;
    std::shared_ptr<Derived> derived_;
    std::int32_t afterArrival_ = 0;
    std::int32_t beforeSigning_ = 0;
    std::int32_t withoutHistory_ = 0;
    std::int32_t withoutFinal_ = 0;
    std::int32_t withoutBlock_ = 0;
};

/// The share of the final pickup on the books at each day before arrival, c(x) = B_x / B_0, averaged over
/// a set of groups, with how many groups stand behind it.
struct BookingCurve {
    std::array<double, kMaxDaysBeforeArrival + 1> share{};
    std::int32_t groups = 0;
    bool fallback = false; ///< fewer than kMinCurveGroups groups: the default curve
};

/// The documented default curve (docs/FORECAST_METHODS.md): 100% at arrival, 83% at 21 days, 80% at 30, 65%
/// at 60, 55% at 90, then falling linearly to 25% at 365 days.
BookingCurve defaultCurve();
/// The curve of the groups of `history` (all of them, or those `include` accepts); the default curve when
/// fewer than `minGroups` groups have a final pickup.
BookingCurve bookingCurve(const History& history, std::int32_t minGroups = kMinCurveGroups,
                          const std::vector<bool>* include = nullptr);

enum class Method : std::uint8_t {
    Multiplicative, ///< F = B_x / c(x)
    Additive,       ///< F = B_x + a(x) x block, a(x) the mean pickup still to come per blocked room
    Account,        ///< multiplicative, on the curve of the account's own past groups
    Regression,     ///< F = max(0, alpha(x) B_x + beta(x) x block), alpha and beta by least squares
};
const char* methodName(Method method) noexcept;

/// Which groups a forecast compares with. The caller chooses the groups it passes (same hotel, account,
/// all...); this only names the choice in messages.
struct ForecastOptions {
    Date today;
    std::optional<Method> method;           ///< empty: the method with the lowest backtest error
    std::uint64_t seed = 1;                 ///< the Monte Carlo's seed: the same seed, the same figures
    std::int32_t draws = 10'000;            ///< Monte Carlo draws
    std::optional<Money> foodBeverageSpend; ///< forecast F&B spend; empty: the minimum is assumed to be met
};

/// One night and room type: on the books today, the forecast final pickup and its P10-P90 range.
struct NightForecast {
    Date night;
    std::string roomType;
    std::int32_t block = 0;      ///< the block as contracted (before any reduction)
    std::int32_t onTheBooks = 0; ///< B_x
    double expected = 0;         ///< F
    std::int32_t p10 = 0;
    std::int32_t p50 = 0;
    std::int32_t p90 = 0;
};

struct Forecast {
    std::int32_t daysBeforeArrival = 0;
    Method method = Method::Multiplicative;
    BookingCurve curve;           ///< the curve the method used (the account's for Method::Account)
    std::int32_t errorGroups = 0; ///< past forecast errors behind the range (0: the default range)
    /// e = actual / forecast of past groups at this day, sorted (shared with the history's cache).
    std::shared_ptr<const std::vector<double>> errorTable;
    std::span<const double> errors() const noexcept {
        return errorTable ? std::span<const double>(*errorTable) : std::span<const double>();
    }
    void setErrors(std::vector<double> sorted) {
        errorTable = std::make_shared<const std::vector<double>>(std::move(sorted));
    }
    std::vector<NightForecast> nights;
    std::int64_t onTheBooks = 0; ///< room nights
    std::int64_t blockRoomNights = 0;
    double expected = 0; ///< room nights
    std::int64_t p10 = 0;
    std::int64_t p50 = 0;
    std::int64_t p90 = 0;
    std::vector<Message> explanation;
};

/// The forecast of a contract's final pickup from its pickup today (the contract's pickup) and the history
/// of comparable past groups. Throws ForecastError for options out of range.
Forecast forecastPickup(const Contract& contract, const History& comparable, const ForecastOptions& options);

/// What the group will likely owe: the exact damages engine run on each of `options.draws` final pickups
/// drawn from the forecast's error distribution (one error per draw for the whole group).
struct DamagesRisk {
    Currency currency;
    Money expected;      ///< the mean of the draws, rounded with the contract's rounding mode
    Money exactExpected; ///< the mean over every error of the distribution, each once (no sampling)
    Money p10;
    Money p50;
    Money p90;
    Money atExpectedPickup;     ///< the damages at the expected final pickup (not the expected damages)
    double probabilityOwed = 0; ///< the share of draws that owe anything
    std::int32_t draws = 0;
    std::uint64_t seed = 0;
    std::vector<Message> explanation;
};
DamagesRisk damagesRisk(const Contract& contract, const Forecast& forecast, const ForecastOptions& options);
/// The damages the exact engine gives at each of `errors`: each night's forecast times the error, in whole
/// rooms (half up), as damagesRisk() draws them (the same F&B spend rule), in the order of `errors`.
std::vector<Money> damagesAtErrors(const Contract& contract, const Forecast& forecast,
                                   const ForecastOptions& options, std::span<const double> errors);

/// The release rule at the next review date: keep Q rooms per night and room type with P(final > Q) equal
/// to the critical ratio c_o / (c_o + c_u), within what the review schedule allows.
struct AdviceOptions {
    double overageCost = 4;  ///< c_o: a room held that the group does not use
    double underageCost = 1; ///< c_u: a room released that the group later needs
};

struct NightAdvice {
    Date night;
    std::string roomType;
    std::int32_t block = 0;     ///< held today: the block after the reductions already honoured
    std::int32_t supported = 0; ///< Q, what the forecast supports keeping
    std::int32_t allowed = 0;   ///< the least the contract allows keeping
    std::int32_t keep = 0;      ///< max(Q, allowed), never above the block
    std::int32_t release = 0;   ///< block - keep
};

struct Advice {
    std::optional<Date> reviewDate; ///< the review date the release is for; empty: none ahead
    Percent maxReduction;           ///< what that date allows, of the original block
    double criticalRatio = 0;
    std::vector<NightAdvice> nights;
    std::int64_t releaseRoomNights = 0;
    DamagesRisk hold;     ///< expected damages keeping the block
    DamagesRisk released; ///< expected damages after the release
    std::vector<Message> explanation;
};
Advice adviseRelease(const Contract& contract, const Forecast& forecast, const ForecastOptions& options,
                     const AdviceOptions& advice = {});

/// Backtest over past groups: forecast each group's final room nights as if standing `horizon` days before
/// arrival, from the other groups (leave one out), and compare.
struct BacktestHorizon {
    std::int32_t daysBeforeArrival = 0;
    std::int32_t groups = 0;
    double wapeMultiplicative = 0;
    double wapeAdditive = 0;
    double wapeAccount = 0; ///< over the groups whose account has enough other groups
    std::int32_t accountGroups = 0;
    double wapeRegression = 0; ///< F = alpha B_x + beta x block, fitted on the other groups
    double wapeOnTheBooks = 0; ///< naive: what is on the books
    double wapeBlockWash = 0;  ///< naive: block x the average final / block of the other groups
    double mapeMultiplicative = 0;
    double calibration = 0; ///< share of finals inside the multiplicative P10-P90 band
};
std::vector<BacktestHorizon> backtest(const History& history, std::span<const std::int32_t> horizons);

/// The regression pickup's coefficients at one day: F = alpha B_x + beta K (K the block), fitted by least
/// squares over the groups with a final pickup and a block. Singular or ill-conditioned (nothing on the
/// books at this day, or B_x proportional to K): alpha = 0, beta = sum F K / sum K^2 (block x weighted wash).
struct RegressionFit {
    double alpha = 0;
    double beta = 0;
    std::int32_t groups = 0; ///< the groups it was fitted on
    bool available = false;  ///< at least kMinCurveGroups groups with a block
    bool fallback = false;   ///< alpha = 0: the normal equations were singular or ill-conditioned
};
/// The fit at day x over all the groups of `history`.
RegressionFit regressionFit(const History& history, std::int32_t x);

/// The type-7 (linear interpolation) quantile of sorted values, p in [0, 1].
double quantile(std::span<const double> sorted, double p);

/// The P10, P50 and P90 of a forecast `expected` given the sorted past errors e = actual / forecast:
/// expected x q(e), in whole rooms (half up, never negative).
struct Band {
    std::int64_t p10 = 0;
    std::int64_t p50 = 0;
    std::int64_t p90 = 0;
};
Band band(double expected, std::span<const double> sortedErrors);

} // namespace attrition::forecast
