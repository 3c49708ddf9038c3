#include "attrition/engine/forecast.h"

#include "assessor.h"
#include "attrition/domain/pickup.h"
#include "attrition/engine/engine.h"
#include "random.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace attrition::forecast {

namespace {

using detail::Random;

constexpr std::int32_t kDays = kMaxDaysBeforeArrival + 1;

std::int64_t totalBlock(const Contract& c) {
    std::int64_t total = 0;
    for (const BlockEntry& e : c.block) {
        total += std::max(0, e.rooms);
    }
    return total;
}

/// Whole rooms, half up, never negative.
std::int32_t wholeRooms(double rooms) {
    if (!(rooms > 0)) { // also NaN
        return 0;
    }
    const double r = std::floor(rooms + 0.5);
    return r > 1e9 ? 1'000'000'000 : static_cast<std::int32_t>(r);
}

/// A share for a Percent argument of an explanation: to a tenth of a point, half away from zero ("14.9653%"
/// is shown "15%", "82.46%" "82.5%"). The forecast's own figures keep every digit.
Percent percentOf(double share) {
    if (!std::isfinite(share)) {
        return Percent::zero();
    }
    return Percent::fromPartsPerMillion(static_cast<std::int64_t>(std::llround(share * 1e3)) * 1'000);
}

/// Room nights for a Quantity argument of an explanation: to a hundredth, half away from zero.
Quantity roomNights(double value) {
    if (!std::isfinite(value)) {
        return Quantity::fromMicro(0);
    }
    return Quantity::fromMicro(static_cast<std::int64_t>(std::llround(value * 1e2)) * 10'000);
}

void requireOptions(const ForecastOptions& o) {
    if (o.draws < kMinDraws || o.draws > kMaxDraws) {
        throw ForecastError("the number of draws must be between " + std::to_string(kMinDraws) + " and " +
                            std::to_string(kMaxDraws) + " (it is " + std::to_string(o.draws) + ")");
    }
    if (o.today == Date()) {
        throw ForecastError("the forecast needs today's date");
    }
    if (o.foodBeverageSpend && o.foodBeverageSpend->minorUnits() < 0) {
        throw ForecastError("the forecast F&B spend must not be negative");
    }
}

/// The default error range: actual / forecast spread uniformly over 1 - w .. 1 + w, with w twice the mean
/// absolute percentage error hotels' group forecasts showed (Kimes 1999): 12.5% on the arrival day, 30% at
/// 30 days, 40% at 60 days and beyond, linear in between.
std::vector<double> defaultErrors(std::int32_t dba) {
    double mape = 0;
    if (dba <= 30) {
        mape = 0.125 + (0.30 - 0.125) * dba / 30.0;
    } else if (dba <= 60) {
        mape = 0.30 + (0.40 - 0.30) * (dba - 30) / 30.0;
    } else {
        mape = 0.40;
    }
    const double w = std::min(0.95, 2 * mape);
    std::vector<double> errors;
    constexpr int kPoints = 21;
    for (int i = 0; i < kPoints; ++i) {
        errors.push_back(1 - w + 2 * w * i / (kPoints - 1));
    }
    return errors;
}

struct GroupTerms;

/// Sums over the groups of one curve, so that a group can be left out of its own curve cheaply.
struct CurveSums {
    std::array<double, kDays> share{};  ///< sum of B_x / B_0
    std::array<double, kDays> toCome{}; ///< sum of (B_0 - B_x) / block
    std::int32_t shareGroups = 0;
    std::int32_t toComeGroups = 0;
    double washSum = 0; ///< sum of B_0 / block
    /// The regression's sums over the groups with a final pickup and a block (F = B_0, K = the block): at
    /// each day sum B_x^2, sum B_x K and sum F B_x; sum K^2 and sum F K. Every term is a product of two
    /// integers, so while each sum stays below 2^53 (9.0e15: B and K up to 1e5 over 1e5 groups give at most
    /// 1e15) every term and every partial sum is an exact integer in a double, whatever the order of the
    /// additions, and subtracting one group's terms gives exactly the sum over the others.
    std::array<double, kDays> bb{};
    std::array<double, kDays> bk{};
    std::array<double, kDays> fb{};
    double kk = 0;
    double fk = 0;
    std::int32_t regressionGroups = 0;

    void add(const History::Group& g, double sign) {
        if (g.finalRoomNights > 0) {
            for (int x = 0; x < kDays; ++x) {
                share[static_cast<std::size_t>(x)] +=
                    sign * static_cast<double>(g.onTheBooks[static_cast<std::size_t>(x)]) /
                    static_cast<double>(g.finalRoomNights);
            }
            shareGroups += sign > 0 ? 1 : -1;
        }
        if (g.blockRoomNights > 0) {
            for (int x = 0; x < kDays; ++x) {
                toCome[static_cast<std::size_t>(x)] +=
                    sign *
                    static_cast<double>(g.finalRoomNights - g.onTheBooks[static_cast<std::size_t>(x)]) /
                    static_cast<double>(g.blockRoomNights);
            }
            washSum += sign * static_cast<double>(g.finalRoomNights) / static_cast<double>(g.blockRoomNights);
            toComeGroups += sign > 0 ? 1 : -1;
        }
        if (g.finalRoomNights > 0 && g.blockRoomNights > 0) {
            const auto f = static_cast<double>(g.finalRoomNights);
            const auto k = static_cast<double>(g.blockRoomNights);
            for (std::size_t x = 0; x < bb.size(); ++x) {
                const auto b = static_cast<double>(g.onTheBooks[x]);
                bb[x] += sign * (b * b);
                bk[x] += sign * (b * k);
                fb[x] += sign * (f * b);
            }
            kk += sign * (k * k);
            fk += sign * (f * k);
            regressionGroups += sign > 0 ? 1 : -1;
        }
    }

    /// Adds one group's terms, computed once (GroupTerms) for every sum the group belongs to: the same
    /// values, added in the same order, as add(g, 1); the regression's only with `regression` (the
    /// account's sums do without them).
    void add(const GroupTerms& terms, bool regression);
};

/// The terms one group adds to the sums: B_x / B_0 and (B_0 - B_x) / block at each day, and B_0 / block;
/// for the regression, B_x^2, B_x K and F B_x at each day, K^2 and F K. B_x changes only at a pickup
/// report, so each quotient is divided once per distinct B_x (the same B_x gives the same quotient, bit for
/// bit).
struct GroupTerms {
    std::array<double, kDays> share{};
    std::array<double, kDays> toCome{};
    std::array<double, kDays> bb{};
    std::array<double, kDays> bk{};
    std::array<double, kDays> fb{};
    double wash = 0;
    double kk = 0;
    double fk = 0;
    bool hasShare = false;
    bool hasToCome = false;
    bool hasRegression = false;

    void compute(const History::Group& g) {
        hasShare = g.finalRoomNights > 0;
        hasToCome = g.blockRoomNights > 0;
        hasRegression = hasShare && hasToCome;
        const auto final = static_cast<double>(g.finalRoomNights);
        const auto block = static_cast<double>(g.blockRoomNights);
        std::int32_t last = 0;
        double lastShare = 0;
        double lastToCome = 0;
        double lastBb = 0;
        double lastBk = 0;
        double lastFb = 0;
        for (std::size_t x = 0; x < share.size(); ++x) {
            const std::int32_t b = g.onTheBooks[x];
            if (x == 0 || b != last) {
                last = b;
                if (hasShare) {
                    lastShare = static_cast<double>(b) / final;
                }
                if (hasToCome) {
                    lastToCome = static_cast<double>(g.finalRoomNights - b) / block;
                }
                if (hasRegression) {
                    const auto booked = static_cast<double>(b);
                    lastBb = booked * booked;
                    lastBk = booked * block;
                    lastFb = final * booked;
                }
            }
            share[x] = lastShare;
            toCome[x] = lastToCome;
            bb[x] = lastBb;
            bk[x] = lastBk;
            fb[x] = lastFb;
        }
        wash = hasToCome ? final / block : 0;
        kk = hasRegression ? block * block : 0;
        fk = hasRegression ? final * block : 0;
    }
};

void CurveSums::add(const GroupTerms& terms, bool regression) {
    if (terms.hasShare) {
        for (std::size_t x = 0; x < share.size(); ++x) {
            share[x] += terms.share[x];
        }
        ++shareGroups;
    }
    if (terms.hasToCome) {
        for (std::size_t x = 0; x < toCome.size(); ++x) {
            toCome[x] += terms.toCome[x];
        }
        washSum += terms.wash;
        ++toComeGroups;
    }
    if (regression && terms.hasRegression) {
        for (std::size_t x = 0; x < bb.size(); ++x) {
            bb[x] += terms.bb[x];
            bk[x] += terms.bk[x];
            fb[x] += terms.fb[x];
        }
        kk += terms.kk;
        fk += terms.fk;
        ++regressionGroups;
    }
}

/// Buffers for sortedValues(), kept from one sort to the next.
struct SortScratch {
    static constexpr unsigned kBits = 11;
    static constexpr std::size_t kBuckets = std::size_t{1} << kBits;
    static constexpr unsigned kPasses = (64 + kBits - 1) / kBits;
    std::vector<std::uint64_t> keys;
    std::vector<std::uint64_t> buffer;
    std::array<std::array<std::size_t, kBuckets>, kPasses> counts{};
};

/// The values sorted ascending, as std::sort sorts them: for more than a few hundred values, a radix sort
/// (11 bits a pass) on the bit patterns mapped so that their unsigned order is the numeric order. Values
/// without NaN or zero have one sorted order, bit for bit, so both sorts give the same vector; with either,
/// std::sort.
std::vector<double> sortedValues(std::span<const double> values, SortScratch& scratch) {
    using S = SortScratch;
    const std::size_t n = values.size();
    constexpr std::size_t kRadixFrom = 512;
    const auto fallback = [&values] {
        std::vector<double> sorted(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    };
    if (n < kRadixFrom) {
        return fallback();
    }
    constexpr std::uint64_t kSign = std::uint64_t{1} << 63U;
    constexpr std::uint64_t kMask = S::kBuckets - 1;
    std::vector<std::uint64_t>& keys = scratch.keys;
    std::vector<std::uint64_t>& buffer = scratch.buffer;
    if (keys.size() < n) {
        keys.resize(n);
        buffer.resize(n);
    }
    for (auto& count : scratch.counts) {
        count.fill(0);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (std::isnan(v) || v == 0) {
            return fallback();
        }
        const auto bits = std::bit_cast<std::uint64_t>(v);
        const std::uint64_t key = (bits & kSign) != 0 ? ~bits : bits | kSign;
        keys[i] = key;
        for (unsigned pass = 0; pass < S::kPasses; ++pass) {
            ++scratch.counts[pass][(key >> (pass * S::kBits)) & kMask];
        }
    }
    std::uint64_t* from = keys.data();
    std::uint64_t* to = buffer.data();
    for (unsigned pass = 0; pass < S::kPasses; ++pass) {
        std::array<std::size_t, S::kBuckets>& count = scratch.counts[pass];
        const unsigned shift = pass * S::kBits;
        if (count[(from[0] >> shift) & kMask] == n) {
            continue; // every value has the same digit here
        }
        std::size_t offset = 0;
        for (std::size_t& c : count) {
            const std::size_t here = c;
            c = offset;
            offset += here;
        }
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint64_t key = from[i];
            to[count[(key >> shift) & kMask]++] = key;
        }
        std::swap(from, to);
    }
    std::vector<double> sorted(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint64_t key = from[i];
        sorted[i] = std::bit_cast<double>((key & kSign) != 0 ? key & ~kSign : ~key);
    }
    return sorted;
}

double groupShare(const History::Group& g, std::int32_t x) {
    return g.finalRoomNights > 0 ? static_cast<double>(g.onTheBooks[static_cast<std::size_t>(x)]) /
                                       static_cast<double>(g.finalRoomNights)
                                 : 0;
}

double groupToCome(const History::Group& g, std::int32_t x) {
    return g.blockRoomNights > 0
               ? static_cast<double>(g.finalRoomNights - g.onTheBooks[static_cast<std::size_t>(x)]) /
                     static_cast<double>(g.blockRoomNights)
               : 0;
}

/// The curve share at x of `sums` without group `g` (leave one out); the default curve below the minimum.
double shareWithout(const CurveSums& sums, const History::Group* g, std::int32_t x, std::int32_t minGroups) {
    double total = sums.share[static_cast<std::size_t>(x)];
    std::int32_t n = sums.shareGroups;
    if (g != nullptr && g->finalRoomNights > 0) {
        total -= groupShare(*g, x);
        --n;
    }
    if (n < minGroups || n <= 0) {
        return defaultCurve().share[static_cast<std::size_t>(x)];
    }
    return total / n;
}

std::optional<double> toComeWithout(const CurveSums& sums, const History::Group* g, std::int32_t x) {
    double total = sums.toCome[static_cast<std::size_t>(x)];
    std::int32_t n = sums.toComeGroups;
    if (g != nullptr && g->blockRoomNights > 0) {
        total -= groupToCome(*g, x);
        --n;
    }
    if (n <= 0) {
        return std::nullopt;
    }
    return total / n;
}

double multiplicative(double onTheBooks, double share) {
    return onTheBooks / std::max(share, kCurveShareFloor);
}

/// alpha and beta of the regression, in plain values for the loop of dayPass().
struct Coefficients {
    double alpha;
    double beta;
    bool singular;
};

/// The normal equations of min sum (F - alpha B - beta K)^2:
///     alpha S_bb + beta S_bk = S_fb
///     alpha S_bk + beta S_kk = S_fk
/// solved by Cramer's rule. When S_bb = 0 (nothing on the books) or the determinant is at most 1e-9 S_bb
/// S_kk (B proportional to K, or nearly), alpha = 0 and beta = S_fk / S_kk, the block x weighted wash. Above
/// that bound the determinant, computed from products rounded to 2^-53, keeps a relative error below about
/// 1e-6. Every quotient is computed whichever branch is taken (a division by a zero determinant gives an
/// infinity or NaN that is not used), so that dayPass() can run this over arrays without branches.
inline Coefficients regressionCoefficients(double sbb, double sbk, double skk, double sfb,
                                           double sfk) noexcept {
    const double det = sbb * skk - sbk * sbk;
    const double alpha = (sfb * skk - sfk * sbk) / det;
    const double beta = (sbb * sfk - sbk * sfb) / det;
    const double wash = sfk / skk;
    const bool singular = !(sbb > 0) || !(det > 1e-9 * sbb * skk);
    return {singular ? 0 : alpha, singular ? wash : beta, singular};
}

/// The fit from the sums over `groups` groups; not available with fewer than kMinCurveGroups.
RegressionFit solveRegression(double sbb, double sbk, double skk, double sfb, double sfk,
                              std::int32_t groups) noexcept {
    RegressionFit fit;
    fit.groups = groups;
    fit.available = groups >= kMinCurveGroups && skk > 0;
    if (fit.available) {
        const Coefficients c = regressionCoefficients(sbb, sbk, skk, sfb, sfk);
        fit.alpha = c.alpha;
        fit.beta = c.beta;
        fit.fallback = c.singular;
    }
    return fit;
}

/// The fit at x of `sums` without group `g` (leave one out): its terms subtracted from the sums, which is
/// exact while the sums are below 2^53 (see CurveSums). Beyond, each sum carries an absolute error of at most
/// about (number of groups) x 2^-53 x the sum, so the subtraction is accurate unless one group outweighs
/// all the others together.
RegressionFit regressionWithout(const CurveSums& sums, const History::Group* g, std::int32_t x) {
    const auto day = static_cast<std::size_t>(x);
    double sbb = sums.bb[day];
    double sbk = sums.bk[day];
    double skk = sums.kk;
    double sfb = sums.fb[day];
    double sfk = sums.fk;
    std::int32_t n = sums.regressionGroups;
    if (g != nullptr && g->finalRoomNights > 0 && g->blockRoomNights > 0) {
        const auto b = static_cast<double>(g->onTheBooks[day]);
        const auto k = static_cast<double>(g->blockRoomNights);
        const auto f = static_cast<double>(g->finalRoomNights);
        sbb -= b * b;
        sbk -= b * k;
        skk -= k * k;
        sfb -= f * b;
        sfk -= f * k;
        --n;
    }
    return solveRegression(sbb, sbk, skk, sfb, sfk, n);
}

/// The regression's forecast of B on the books and a block K: max(0, alpha B + beta K).
double regression(double onTheBooks, double block, const RegressionFit& fit) {
    return std::max(0.0, fit.alpha * onTheBooks + fit.beta * block);
}

/// The forecast errors e = actual / forecast of the groups at x, each forecast from the others, in the
/// groups' order (unsorted).
std::vector<double> pastErrors(const History& history, const CurveSums& sums, Method method, std::int32_t x,
                               const std::vector<const CurveSums*>* accountOf) {
    std::vector<double> errors;
    errors.reserve(history.groups().size());
    for (std::size_t i = 0; i < history.groups().size(); ++i) {
        const History::Group& g = history.groups()[i];
        if (g.finalRoomNights <= 0) {
            continue;
        }
        const double b = g.onTheBooks[static_cast<std::size_t>(x)];
        double f = 0;
        if (method == Method::Additive) {
            const auto a = toComeWithout(sums, &g, x);
            if (!a) {
                continue;
            }
            f = b + *a * static_cast<double>(g.blockRoomNights);
        } else if (method == Method::Regression) {
            const RegressionFit fit = regressionWithout(sums, &g, x);
            if (!fit.available) {
                continue;
            }
            f = regression(b, static_cast<double>(g.blockRoomNights), fit);
        } else if (method == Method::Account && accountOf != nullptr) {
            const CurveSums* own = (*accountOf)[i];
            if (own == nullptr || own->shareGroups - 1 < kMinAccountGroups) {
                continue;
            }
            f = multiplicative(b, shareWithout(*own, &g, x, kMinAccountGroups));
        } else {
            f = multiplicative(b, shareWithout(sums, &g, x, kMinCurveGroups));
        }
        if (f > 0) {
            errors.push_back(static_cast<double>(g.finalRoomNights) / f);
        }
    }
    return errors;
}

struct Wape {
    double absError = 0;
    double actual = 0;
    void add(double forecast, double actualValue) {
        absError += std::abs(forecast - actualValue);
        actual += actualValue;
    }
    double value() const { return actual > 0 ? absError / actual : 0; }
};

/// What the method choice at one day needs, from one pass over the groups: the leave-one-out WAPE of the
/// multiplicative, additive, account and regression methods (as backtestHorizons() computes them; the other
/// figures are left at zero), and each group's forecast by each method, from which the errors at that day are
/// taken as pastErrors() takes them.
struct DayPass {
    BacktestHorizon backtest;
    /// Per group and Method, the forecast whose error pastErrors() takes (0 where it takes none).
    std::array<std::vector<double>, 4> forecasts;
    std::vector<double> booked;       ///< per group, B_x
    std::vector<double> accountShare; ///< per group, its account's sum of shares at x (0: no account)
};

/// Fills `p` (its buffers are reused) for day x.
void dayPass(const History& history, std::int32_t x, DayPass& p);

} // namespace

struct History::Derived {
    CurveSums all;
    std::map<std::string, CurveSums> accounts;
    std::vector<const CurveSums*> accountOf; ///< per group, its account's sums (nullptr: no account)
    /// Per group, for the backtest's pass over the groups: B_0; the block; the block or 1 (a divisor); 1
    /// with a block, else 0; the number of groups in the additive method's mean without this one (or 1
    /// where there are none); and for groups whose account has enough other groups the index of the
    /// account in `usableAccounts` (else -1) and the number of its other groups.
    std::vector<double> finals;
    std::vector<double> blocks;
    std::vector<double> blockDivisors;
    std::vector<double> blockFlags;
    std::vector<double> toComeOthers;
    std::vector<std::int32_t> accountIndex;
    std::vector<double> accountOthers;
    std::vector<const CurveSums*> usableAccounts;
    std::mutex mutex; ///< guards the caches below
    std::map<std::pair<int, std::int32_t>, std::shared_ptr<const std::vector<double>>>
        errors;                                        ///< (method, day) -> sorted errors
    std::map<std::int32_t, BacktestHorizon> backtests; ///< day -> backtest (what the method choice needs)
    /// The forecasts of each method found by the last day's backtest, for the forecast that follows it at
    /// the same day (its method's errors are then taken from them, not computed again).
    std::int32_t pendingDay = -1;
    DayPass pending;
    std::vector<double> unsorted;
    SortScratch sortScratch;

    std::shared_ptr<const std::vector<double>> errorsAt(const History& h, Method method, std::int32_t x) {
        const std::lock_guard lock(mutex);
        const auto key = std::make_pair(static_cast<int>(method), x);
        auto it = errors.find(key);
        if (it == errors.end()) {
            const auto m = static_cast<std::size_t>(method);
            std::vector<double> table;
            if (pendingDay == x && m < pending.forecasts.size()) {
                // e = actual / forecast where the forecast is positive, in the groups' order.
                const std::vector<double>& forecast = pending.forecasts[m];
                const std::size_t n = forecast.size();
                unsorted.resize(n);
                for (std::size_t i = 0; i < n; ++i) {
                    unsorted[i] = finals[i] / forecast[i];
                }
                std::size_t count = 0;
                for (std::size_t i = 0; i < n; ++i) {
                    if (forecast[i] > 0) {
                        unsorted[count++] = unsorted[i];
                    }
                }
                table = sortedValues(std::span<const double>(unsorted.data(), count), sortScratch);
            } else {
                table = sortedValues(pastErrors(h, all, method, x, &accountOf), sortScratch);
            }
            it = errors.emplace(key, std::make_shared<const std::vector<double>>(std::move(table))).first;
        }
        return it->second;
    }

    /// The backtest the method choice at day x reads, computed once per day.
    BacktestHorizon backtestAt(const History& h, std::int32_t x) {
        {
            const std::lock_guard lock(mutex);
            const auto cached = backtests.find(x);
            if (cached != backtests.end() && cached->second.groups != 0) {
                return cached->second;
            }
        }
        DayPass pass;
        {
            // Reuse the buffers of the last day's pass.
            const std::lock_guard lock(mutex);
            pass = std::move(pending);
            pending = {};
            pendingDay = -1;
        }
        dayPass(h, x, pass);
        const std::lock_guard lock(mutex);
        backtests.emplace(x, pass.backtest);
        pendingDay = x;
        pending = std::move(pass);
        return pending.backtest;
    }
};

namespace {

void dayPass(const History& history, std::int32_t x, DayPass& p) {
    // Every group of a history has a final pickup (B_0 > 0). The forecasts are those of backtestHorizons()
    // and pastErrors(), term for term: shareWithout(all, g, x, kMinCurveGroups), toComeWithout(all, g, x)
    // and shareWithout(account, g, x, kMinAccountGroups) with the group's own terms subtracted. They are
    // computed in plain loops over arrays (which the compiler vectorizes), then summed in the groups' order.
    const History::Derived& d = history.derived();
    const std::vector<History::Group>& groups = history.groups();
    const std::size_t n = groups.size();
    const auto day = static_cast<std::size_t>(x);
    BacktestHorizon& r = p.backtest;
    r = BacktestHorizon{};
    r.daysBeforeArrival = x;
    r.groups = static_cast<std::int32_t>(n);
    for (std::vector<double>& f : p.forecasts) {
        f.resize(n);
    }
    p.booked.resize(n);
    p.accountShare.resize(n);

    // B_x and the account's share sum of each group.
    std::vector<double> accountShares(d.usableAccounts.size());
    for (std::size_t k = 0; k < accountShares.size(); ++k) {
        accountShares[k] = d.usableAccounts[k]->share[day];
    }
    constexpr std::size_t kAhead = 16;
    for (std::size_t i = 0; i < n; ++i) {
#if defined(__GNUC__) || defined(__clang__)
        if (i + kAhead < n) {
            __builtin_prefetch(&groups[i + kAhead].onTheBooks[day]);
        }
#endif
        p.booked[i] = groups[i].onTheBooks[day];
        const std::int32_t k = d.accountIndex[i];
        p.accountShare[i] = k >= 0 ? accountShares[static_cast<std::size_t>(k)] : 0;
    }

    // The forecasts.
    const double* const booked = p.booked.data();
    const double* const finals = d.finals.data();
    const double* const blocks = d.blocks.data();
    const double* const blockDivisors = d.blockDivisors.data();
    const double* const accountShare = p.accountShare.data();
    const double* const accountOthers = d.accountOthers.data();
    double* const fm = p.forecasts[static_cast<std::size_t>(Method::Multiplicative)].data();
    double* const fa = p.forecasts[static_cast<std::size_t>(Method::Additive)].data();
    double* const fc = p.forecasts[static_cast<std::size_t>(Method::Account)].data();
    const double shareTotal = d.all.share[day];
    const std::int32_t shareOthers = d.all.shareGroups - 1;
    if (shareOthers < kMinCurveGroups || shareOthers <= 0) {
        const double share = defaultCurve().share[day];
        for (std::size_t i = 0; i < n; ++i) {
            fm[i] = multiplicative(booked[i], share);
        }
    } else {
        const auto others = static_cast<double>(shareOthers);
        for (std::size_t i = 0; i < n; ++i) {
            fm[i] = multiplicative(booked[i], (shareTotal - booked[i] / finals[i]) / others);
        }
    }
    const double toComeTotal = d.all.toCome[day];
    const std::int32_t toComeWith = d.all.toComeGroups - 1; // the others, for a group with a block
    const std::int32_t toComeWithout = d.all.toComeGroups;
    const double* const blockFlags = d.blockFlags.data();
    const double* const toComeOthers = d.toComeOthers.data();
    for (std::size_t i = 0; i < n; ++i) {
        // groupToCome, (B_0 - B_x) / block (B_0 - B_x is exact in doubles as in integers), subtracted
        // for a group with a block; without one, x 0 subtracts a zero, which leaves the (never
        // negative-zero) sum as it is.
        const double own = (finals[i] - booked[i]) / blockDivisors[i];
        const double a = (toComeTotal - own * blockFlags[i]) / toComeOthers[i];
        fa[i] = booked[i] + a * blocks[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
        fc[i] = multiplicative(booked[i], (accountShare[i] - booked[i] / finals[i]) / accountOthers[i]);
    }
    // The regression: regressionWithout(all, g, x), term for term. A group with a block subtracts its own
    // terms (x 1, the same products); one without subtracts zeros, which leaves the sums as they are. A
    // group whose fit is not available gets -1 here (a forecast is never negative).
    double* const fr = p.forecasts[static_cast<std::size_t>(Method::Regression)].data();
    {
        const double sbb = d.all.bb[day];
        const double sbk = d.all.bk[day];
        const double skk = d.all.kk;
        const double sfb = d.all.fb[day];
        const double sfk = d.all.fk;
        const std::int32_t groupsWith = d.all.regressionGroups - 1; // the others, for a group with a block
        const std::int32_t groupsWithout = d.all.regressionGroups;
        const bool availableWith = groupsWith >= kMinCurveGroups;
        const bool availableWithout = groupsWithout >= kMinCurveGroups;
        for (std::size_t i = 0; i < n; ++i) {
            const double flag = blockFlags[i];
            const double b = booked[i];
            const double k = blocks[i];
            const double f = finals[i];
            const double kk = skk - flag * (k * k);
            const Coefficients c = regressionCoefficients(sbb - flag * (b * b), sbk - flag * (b * k), kk,
                                                          sfb - flag * (f * b), sfk - flag * (f * k));
            const bool available = (flag > 0 ? availableWith : availableWithout) && kk > 0;
            fr[i] = available ? std::max(0.0, c.alpha * b + c.beta * k) : -1;
        }
    }

    // The errors summed in the groups' order; a forecast without its method is set to 0 (no error).
    Wape mult;
    Wape add;
    Wape acct;
    Wape reg;
    for (std::size_t i = 0; i < n; ++i) {
        const double actual = finals[i];
        mult.add(fm[i], actual);
        if (blocks[i] > 0 ? toComeWith > 0 : toComeWithout > 0) {
            add.add(std::max(0.0, fa[i]), actual);
        } else {
            add.add(booked[i], actual);
            fa[i] = 0;
        }
        if (d.accountIndex[i] >= 0) {
            acct.add(fc[i], actual);
            ++r.accountGroups;
        } else {
            fc[i] = 0;
        }
        if (fr[i] >= 0) {
            reg.add(fr[i], actual);
        } else {
            reg.add(booked[i], actual);
            fr[i] = 0;
        }
    }
    if (r.groups > 0) {
        r.wapeMultiplicative = mult.value();
        r.wapeAdditive = add.value();
        r.wapeAccount = acct.value();
        r.wapeRegression = reg.value();
    }
}

/// The curve of `sums`; the default curve when fewer than `minGroups` groups have a final pickup.
BookingCurve curveOf(const CurveSums& sums, std::int32_t minGroups) {
    if (sums.shareGroups < std::max(1, minGroups)) {
        BookingCurve c = defaultCurve();
        c.groups = sums.shareGroups;
        return c;
    }
    BookingCurve c;
    c.groups = sums.shareGroups;
    for (std::size_t x = 0; x < c.share.size(); ++x) {
        c.share[x] = sums.share[x] / sums.shareGroups;
    }
    return c;
}

} // namespace

const char* methodName(Method method) noexcept {
    switch (method) {
    case Method::Multiplicative:
        return "multiplicative";
    case Method::Additive:
        return "additive";
    case Method::Account:
        return "account";
    case Method::Regression:
        return "regression";
    }
    return "multiplicative";
}

double quantile(std::span<const double> sorted, double p) {
    if (sorted.empty()) {
        return 0;
    }
    p = std::clamp(p, 0.0, 1.0);
    const double h = p * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

Band band(double expected, std::span<const double> sortedErrors) {
    if (sortedErrors.empty()) {
        const std::int32_t rooms = wholeRooms(expected);
        return {rooms, rooms, rooms};
    }
    return {wholeRooms(expected * quantile(sortedErrors, 0.10)),
            wholeRooms(expected * quantile(sortedErrors, 0.50)),
            wholeRooms(expected * quantile(sortedErrors, 0.90))};
}

// ---------------------------------------------------------------------------------------------------------
// History and curves

namespace {

std::vector<const GroupHistory*> pointersTo(std::span<const GroupHistory> groups) {
    std::vector<const GroupHistory*> pointers;
    pointers.reserve(groups.size());
    for (const GroupHistory& g : groups) {
        pointers.push_back(&g);
    }
    return pointers;
}

} // namespace

History::History(std::span<const GroupHistory> groups) {
    add(pointersTo(groups));
}

History History::of(std::span<const GroupHistory* const> groups) {
    History h;
    h.add(groups);
    return h;
}

History History::of(std::span<const PastGroupTotals* const> groups) {
    History h;
    h.add(groups.size(), [&](std::size_t i, GroupInput& in) {
        const PastGroupTotals* g = groups[i];
        if (g == nullptr) {
            return false;
        }
        in.account = &g->account;
        in.arrival = g->arrival;
        in.signedOn = g->signedOn;
        in.finalRoomNights = g->pickupRoomNights;
        in.blockRoomNights = g->blockRoomNights;
        for (const PickupReportTotal& r : g->reports) {
            in.report(r.reportDate, r.rooms);
        }
        return true;
    });
    return h;
}

void History::add(std::span<const GroupHistory* const> groups) {
    add(groups.size(), [&](std::size_t i, GroupInput& in) {
        const GroupHistory* group = groups[i];
        if (group == nullptr || group->contract == nullptr) {
            return false;
        }
        const Contract& c = *group->contract;
        in.account = &c.account;
        in.arrival = c.arrival;
        in.signedOn = c.signedOn;
        in.finalRoomNights = roomsCounted(c.pickup);
        in.blockRoomNights = totalBlock(c);
        for (const PickupSnapshot& s : group->snapshots) {
            in.report(s.reportDate, roomsCounted(s.entries));
        }
        return true;
    });
}

void History::GroupInput::report(Date date, std::int64_t rooms) {
    if (date > arrival) {
        ++afterArrival;
        return;
    }
    if (date < signedOn) {
        ++beforeSigning;
        return;
    }
    points.emplace_back(date, rooms);
}

void History::add(std::size_t count, const std::function<bool(std::size_t, GroupInput&)>& read) {
    groups_.reserve(count);
    derived_ = std::make_shared<Derived>();
    Derived& derived = *derived_;
    derived.accountOf.reserve(count);
    GroupInput in;
    std::vector<std::pair<Date, std::int64_t>>& points = in.points;
    GroupTerms terms;
    // The account of the previous group, for the groups of one account that follow each other.
    const std::string* lastAccount = nullptr;
    CurveSums* lastSums = nullptr;
    for (std::size_t at = 0; at < count; ++at) {
        // The reports that can be used, in date order; a later one of the same date wins.
        points.clear();
        in.afterArrival = 0;
        in.beforeSigning = 0;
        if (!read(at, in)) {
            continue;
        }
        afterArrival_ += in.afterArrival;
        beforeSigning_ += in.beforeSigning;
        const std::int64_t finalRoomNights = in.finalRoomNights;
        const std::int64_t blockRoomNights = in.blockRoomNights;
        const Date arrival = in.arrival;
        const auto byDate = [](const auto& a, const auto& b) {
            return a.first < b.first;
        };
        if (!std::is_sorted(points.begin(), points.end(), byDate)) {
            std::stable_sort(points.begin(), points.end(), byDate);
        }
        if (points.empty()) {
            ++withoutHistory_;
            continue;
        }
        if (finalRoomNights <= 0) {
            ++withoutFinal_;
            continue;
        }
        if (blockRoomNights <= 0) {
            ++withoutBlock_;
        }
        Group& g = groups_.emplace_back();
        g.account = *in.account;
        g.finalRoomNights = finalRoomNights;
        g.blockRoomNights = blockRoomNights;
        // B_x: the latest snapshot on or before arrival - x; nothing on the books before the first one.
        std::size_t next = 0;
        std::int64_t current = 0;
        for (std::int32_t x = kMaxDaysBeforeArrival; x >= 0; --x) {
            const Date day = arrival.addDays(-x);
            while (next < points.size() && points[next].first <= day) {
                current = points[next].second;
                ++next;
            }
            g.onTheBooks[static_cast<std::size_t>(x)] =
                static_cast<std::int32_t>(std::min<std::int64_t>(current, 1'000'000'000));
        }
    }
    // Of an account's sums only those of an account with kMinAccountGroups groups or more are ever read
    // (every use checks its count first): the others are not made, which spares most of the memory (in a
    // hotel's history most accounts have one or two groups).
    std::unordered_map<std::string_view, std::int32_t> groupsOf;
    for (const Group& g : groups_) {
        if (!g.account.empty()) {
            ++groupsOf[g.account];
        }
    }
    for (const Group& g : groups_) {
        // The sums over all groups and over the group's account, each in the groups' order.
        terms.compute(g);
        derived.all.add(terms, true);
        CurveSums* account = nullptr;
        if (!g.account.empty() && groupsOf[g.account] >= kMinAccountGroups) {
            if (lastAccount == nullptr || *lastAccount != g.account) {
                const auto it = derived.accounts.try_emplace(g.account).first;
                lastAccount = &it->first;
                lastSums = &it->second;
            }
            account = lastSums;
            account->add(terms, false);
        }
        derived.accountOf.push_back(account);
    }
    const std::size_t n = groups_.size();
    derived.finals.resize(n);
    derived.blocks.resize(n);
    derived.blockDivisors.resize(n);
    derived.blockFlags.resize(n);
    derived.toComeOthers.resize(n);
    derived.accountIndex.assign(n, -1);
    derived.accountOthers.assign(n, 1);
    std::map<const CurveSums*, std::int32_t> usable;
    for (std::size_t i = 0; i < n; ++i) {
        const Group& g = groups_[i];
        derived.finals[i] = static_cast<double>(g.finalRoomNights);
        derived.blocks[i] = static_cast<double>(g.blockRoomNights);
        derived.blockDivisors[i] = g.blockRoomNights > 0 ? static_cast<double>(g.blockRoomNights) : 1;
        derived.blockFlags[i] = g.blockRoomNights > 0 ? 1 : 0;
        const std::int32_t others = derived.all.toComeGroups - (g.blockRoomNights > 0 ? 1 : 0);
        derived.toComeOthers[i] = others > 0 ? others : 1;
        const CurveSums* own = derived.accountOf[i];
        if (own != nullptr && own->shareGroups - 1 >= kMinAccountGroups) {
            const auto [it, added] =
                usable.try_emplace(own, static_cast<std::int32_t>(derived.usableAccounts.size()));
            if (added) {
                derived.usableAccounts.push_back(own);
            }
            derived.accountIndex[i] = it->second;
            derived.accountOthers[i] = own->shareGroups - 1;
        }
    }
}

RegressionFit regressionFit(const History& history, std::int32_t x) {
    if (x < 0 || x > kMaxDaysBeforeArrival) {
        throw ForecastError("the day before arrival must be between 0 and " +
                            std::to_string(kMaxDaysBeforeArrival) + " (it is " + std::to_string(x) + ")");
    }
    return regressionWithout(history.derived().all, nullptr, x);
}

BookingCurve defaultCurve() {
    static const BookingCurve curve = [] {
        BookingCurve c;
        c.fallback = true;
        constexpr std::array<std::pair<int, double>, 6> points = {
            {{0, 1.00}, {21, 0.83}, {30, 0.80}, {60, 0.65}, {90, 0.55}, {kMaxDaysBeforeArrival, 0.25}}};
        for (std::size_t i = 0; i + 1 < points.size(); ++i) {
            const auto [x0, y0] = points[i];
            const auto [x1, y1] = points[i + 1];
            for (int x = x0; x <= x1; ++x) {
                c.share[static_cast<std::size_t>(x)] = y0 + (y1 - y0) * (x - x0) / (x1 - x0);
            }
        }
        return c;
    }();
    return curve;
}

BookingCurve bookingCurve(const History& history, std::int32_t minGroups, const std::vector<bool>* include) {
    CurveSums sums;
    for (std::size_t i = 0; i < history.groups().size(); ++i) {
        if (include == nullptr || (i < include->size() && (*include)[i])) {
            sums.add(history.groups()[i], 1);
        }
    }
    return curveOf(sums, minGroups);
}

// ---------------------------------------------------------------------------------------------------------
// Forecast

Forecast forecastPickup(const Contract& contract, const History& comparable, const ForecastOptions& options) {
    requireOptions(options);
    Forecast f;
    const std::int32_t away = contract.arrival.daysSince(options.today);
    f.daysBeforeArrival = std::clamp(away, 0, kMaxDaysBeforeArrival);
    const std::int32_t x = f.daysBeforeArrival;
    if (comparable.snapshotsAfterArrival() > 0 || comparable.snapshotsBeforeSigning() > 0) {
        f.explanation.emplace_back(MessageId::ForecastSnapshotsIgnored,
                                   MessageArg::integer(comparable.snapshotsAfterArrival()),
                                   MessageArg::integer(comparable.snapshotsBeforeSigning()));
    }
    if (away > kMaxDaysBeforeArrival) {
        f.explanation.emplace_back(MessageId::ForecastBeyondHorizon, MessageArg::integer(away),
                                   MessageArg::integer(kMaxDaysBeforeArrival));
    }

    // The pickup today and the block, per night and room type, in the block's order.
    struct Key {
        Date night;
        std::string type;
        std::int32_t block = 0;
        std::int32_t booked = 0;
    };
    std::vector<Key> keys;
    const auto find = [&](Date night, const std::string& type) -> Key& {
        for (Key& k : keys) {
            if (k.night == night && k.type == type) {
                return k;
            }
        }
        keys.push_back(Key{night, type, 0, 0});
        return keys.back();
    };
    for (const BlockEntry& e : contract.block) {
        find(e.night, e.roomType).block += std::max(0, e.rooms);
    }
    for (const PickupEntry& e : contract.pickup) {
        find(e.night, e.roomType).booked += std::max(0, e.rooms);
    }
    for (const Key& k : keys) {
        f.onTheBooks += k.booked;
        f.blockRoomNights += k.block;
    }

    // The curves.
    History::Derived& derived = comparable.derived();
    const CurveSums& all = derived.all;
    const std::map<std::string, CurveSums>& accounts = derived.accounts;
    const auto account = accounts.find(contract.account);
    const bool accountUsable = !contract.account.empty() && account != accounts.end() &&
                               account->second.shareGroups >= kMinAccountGroups;
    const bool enoughGroups = all.shareGroups >= kMinCurveGroups;
    const RegressionFit fit = regressionWithout(all, nullptr, x);

    if (away < 0) {
        f.method = Method::Multiplicative;
        f.curve = defaultCurve();
        f.explanation.emplace_back(MessageId::ForecastArrived, MessageArg::date(contract.arrival));
        for (const Key& k : keys) {
            f.nights.push_back({k.night, k.type, k.block, k.booked, static_cast<double>(k.booked), k.booked,
                                k.booked, k.booked});
        }
        f.expected = static_cast<double>(f.onTheBooks);
        f.p10 = f.p50 = f.p90 = f.onTheBooks;
        f.setErrors({1.0});
        return f;
    }

    // The method: as asked, or the one with the lowest backtest error at this day.
    if (options.method) {
        f.method = *options.method;
    } else if (enoughGroups) {
        const BacktestHorizon b = derived.backtestAt(comparable, x);
        f.method = b.wapeAdditive < b.wapeMultiplicative ? Method::Additive : Method::Multiplicative;
        double best = std::min(b.wapeAdditive, b.wapeMultiplicative);
        if (accountUsable && b.accountGroups > 0 && b.wapeAccount < best) {
            f.method = Method::Account;
            best = b.wapeAccount;
        }
        if (fit.available && b.wapeRegression < best) {
            f.method = Method::Regression;
            best = b.wapeRegression;
        }
        f.explanation.emplace_back(MessageId::ForecastMethodChosen, MessageArg::integer(b.groups),
                                   MessageArg::integer(x), MessageArg::percent(percentOf(best)));
    } else {
        f.method = Method::Multiplicative;
    }
    if (f.method == Method::Account && !accountUsable) {
        f.method = Method::Multiplicative;
    }
    if (f.method == Method::Additive && all.toComeGroups <= 0) {
        f.method = Method::Multiplicative;
    }
    if (f.method == Method::Regression && !fit.available) {
        f.method = Method::Multiplicative;
    }

    // The curve and the expected final pickup.
    double factor = 1; // multiplicative: 1 / share
    double toCome = 0; // additive: rooms per blocked room
    if (f.method == Method::Account) {
        // The curve of the groups of the contract's account: the history's sums over them.
        f.curve = curveOf(account->second, kMinAccountGroups);
    } else if (all.shareGroups >= kMinCurveGroups) {
        f.curve.groups = all.shareGroups;
        for (std::size_t d = 0; d < f.curve.share.size(); ++d) {
            f.curve.share[d] = all.share[d] / all.shareGroups;
        }
    } else {
        f.curve = defaultCurve();
        f.curve.groups = all.shareGroups;
    }
    const double share = f.curve.share[static_cast<std::size_t>(x)];
    if (f.curve.fallback) {
        f.explanation.emplace_back(MessageId::ForecastCurveFallback, MessageArg::integer(f.curve.groups),
                                   MessageArg::integer(kMinCurveGroups),
                                   MessageArg::percent(percentOf(share)), MessageArg::integer(x));
    } else {
        f.explanation.emplace_back(MessageId::ForecastCurveGroups, MessageArg::integer(f.curve.groups),
                                   MessageArg::percent(percentOf(share)), MessageArg::integer(x));
    }
    if (f.method == Method::Additive) {
        toCome = all.toCome[static_cast<std::size_t>(x)] / all.toComeGroups;
    } else {
        factor = 1 / std::max(share, kCurveShareFloor);
    }
    for (const Key& k : keys) {
        NightForecast n;
        n.night = k.night;
        n.roomType = k.type;
        n.block = k.block;
        n.onTheBooks = k.booked;
        if (f.method == Method::Additive) {
            n.expected = std::max(0.0, k.booked + toCome * k.block);
        } else if (f.method == Method::Regression) {
            n.expected = regression(k.booked, k.block, fit);
        } else {
            n.expected = k.booked * factor;
        }
        f.expected += n.expected;
        f.nights.push_back(std::move(n));
    }
    if (f.method == Method::Additive) {
        f.explanation.emplace_back(MessageId::ForecastAdditive, MessageArg::integer(f.onTheBooks),
                                   MessageArg::quantity(roomNights(toCome)),
                                   MessageArg::integer(f.blockRoomNights),
                                   MessageArg::quantity(roomNights(f.expected)));
    } else if (f.method == Method::Regression) {
        f.explanation.emplace_back(MessageId::ForecastRegression, MessageArg::integer(fit.groups),
                                   MessageArg::quantity(roomNights(fit.alpha)), MessageArg::integer(x),
                                   MessageArg::quantity(roomNights(fit.beta)),
                                   MessageArg::integer(f.onTheBooks), MessageArg::integer(f.blockRoomNights),
                                   MessageArg::quantity(roomNights(f.expected)));
    } else if (f.method == Method::Account) {
        f.explanation.emplace_back(MessageId::ForecastAccount, MessageArg::integer(f.curve.groups),
                                   MessageArg::integer(f.onTheBooks),
                                   MessageArg::percent(percentOf(std::max(share, kCurveShareFloor))),
                                   MessageArg::quantity(roomNights(f.expected)));
    } else {
        f.explanation.emplace_back(MessageId::ForecastMultiplicative, MessageArg::integer(f.onTheBooks),
                                   MessageArg::percent(percentOf(std::max(share, kCurveShareFloor))),
                                   MessageArg::quantity(roomNights(f.expected)));
    }

    // The range: past errors at this day, or the default range.
    if (enoughGroups) {
        f.errorTable = derived.errorsAt(comparable, f.method, x);
    }
    f.errorGroups = static_cast<std::int32_t>(f.errors().size());
    if (f.errorGroups < kMinCurveGroups) {
        f.setErrors(defaultErrors(x));
        f.errorGroups = 0;
    }
    for (NightForecast& n : f.nights) {
        const Band b = band(n.expected, f.errors());
        n.p10 = static_cast<std::int32_t>(b.p10);
        n.p50 = static_cast<std::int32_t>(b.p50);
        n.p90 = static_cast<std::int32_t>(b.p90);
    }
    const Band total = band(f.expected, f.errors());
    f.p10 = total.p10;
    f.p50 = total.p50;
    f.p90 = total.p90;
    if (f.errorGroups > 0) {
        f.explanation.emplace_back(MessageId::ForecastRange, MessageArg::integer(f.errorGroups),
                                   MessageArg::integer(x), MessageArg::integer(f.p10),
                                   MessageArg::integer(f.p90));
    } else {
        f.explanation.emplace_back(MessageId::ForecastDefaultRange, MessageArg::integer(x),
                                   MessageArg::percent(percentOf(1 - f.errors().front())),
                                   MessageArg::integer(f.p10), MessageArg::integer(f.p90));
    }
    return f;
}

// ---------------------------------------------------------------------------------------------------------
// Damages risk

namespace {

/// Runs the exact engine (totals only) on draws of the final pickup.
class RiskRunner {
public:
    RiskRunner(const Contract& contract, const Forecast& forecast, const ForecastOptions& options)
        : contract_(contract)
        , forecast_(forecast) {
        overrides_.pickup.emplace();
        overrides_.pickup->reserve(forecast.nights.size());
        for (const NightForecast& n : forecast.nights) {
            overrides_.pickup->push_back(PickupEntry{n.night, n.roomType, 0});
        }
        if (options.foodBeverageSpend) {
            overrides_.foodBeverageSpend = *options.foodBeverageSpend;
        } else if (!contract.foodBeverage.minimum.isZero()) {
            overrides_.foodBeverageSpend =
                Money::max(contract.foodBeverage.minimum, contract.foodBeverage.actualSpend);
            fbAssumed_ = true;
        }
        detail::requireValid(contract_, overrides_);
    }

    Money owedWithError(double error) {
        std::vector<PickupEntry>& entries = *overrides_.pickup;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            entries[i].rooms = wholeRooms(forecast_.nights[i].expected * error);
        }
        return detail::Assessor(contract_, overrides_, false).run().totalOwed;
    }
    bool foodBeverageAssumed() const { return fbAssumed_; }

private:
    const Contract& contract_;
    const Forecast& forecast_;
    ScenarioOverrides overrides_;
    bool fbAssumed_ = false;
};

Money nearestRank(const std::vector<std::int64_t>& sorted, double p, Currency currency) {
    const auto n = static_cast<double>(sorted.size());
    const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(p * n)));
    return {sorted[std::min(rank, sorted.size()) - 1], currency};
}

} // namespace

DamagesRisk damagesRisk(const Contract& contract, const Forecast& forecast, const ForecastOptions& options) {
    requireOptions(options);
    if (forecast.errors().empty()) {
        throw ForecastError("the forecast has no error distribution to draw from");
    }
    DamagesRisk r;
    r.currency = contract.currency;
    r.draws = options.draws;
    r.seed = options.seed;
    RiskRunner runner(contract, forecast, options);

    // Draws of the same error give the same damages: assess each distinct error once.
    std::vector<std::int64_t> owedByError(forecast.errors().size(), -1);
    std::vector<std::int64_t> owed;
    owed.reserve(static_cast<std::size_t>(options.draws));
    Random random(options.seed);
    Wide sum = 0;
    std::int32_t owing = 0;
    for (std::int32_t d = 0; d < options.draws; ++d) {
        const std::size_t i = random.index(forecast.errors().size());
        if (owedByError[i] < 0) {
            owedByError[i] = runner.owedWithError(forecast.errors()[i]).minorUnits();
        }
        const std::int64_t minor = owedByError[i];
        owed.push_back(minor);
        sum += minor;
        owing += minor > 0 ? 1 : 0;
    }
    std::sort(owed.begin(), owed.end());
    r.expected = Money::fromRatio(sum, options.draws, contract.currency, contract.rounding);
    r.p10 = nearestRank(owed, 0.10, contract.currency);
    r.p50 = nearestRank(owed, 0.50, contract.currency);
    r.p90 = nearestRank(owed, 0.90, contract.currency);
    r.probabilityOwed = static_cast<double>(owing) / options.draws;
    Wide exactSum = 0;
    for (std::size_t i = 0; i < owedByError.size(); ++i) {
        if (owedByError[i] < 0) {
            owedByError[i] = runner.owedWithError(forecast.errors()[i]).minorUnits();
        }
        exactSum += owedByError[i];
    }
    r.exactExpected = Money::fromRatio(exactSum, static_cast<Wide>(owedByError.size()), contract.currency,
                                       contract.rounding);
    r.atExpectedPickup = runner.owedWithError(1.0);
    if (runner.foodBeverageAssumed()) {
        r.explanation.emplace_back(MessageId::RiskFoodBeverageAssumed);
    }
    r.explanation.emplace_back(MessageId::RiskSummary, MessageArg::money(r.expected),
                               MessageArg::integer(r.draws),
                               MessageArg::integer(static_cast<std::int64_t>(r.seed & 0x7FFFFFFFFFFFFFFFULL)),
                               MessageArg::percent(percentOf(r.probabilityOwed)));
    r.explanation.emplace_back(MessageId::RiskRange, MessageArg::money(r.p10), MessageArg::money(r.p50),
                               MessageArg::money(r.p90), MessageArg::money(r.atExpectedPickup));
    return r;
}

std::vector<Money> damagesAtErrors(const Contract& contract, const Forecast& forecast,
                                   const ForecastOptions& options, std::span<const double> errors) {
    requireOptions(options);
    RiskRunner runner(contract, forecast, options);
    std::vector<Money> owed;
    owed.reserve(errors.size());
    for (const double e : errors) {
        owed.push_back(runner.owedWithError(e));
    }
    return owed;
}

// ---------------------------------------------------------------------------------------------------------
// Release advice

namespace {

/// The block per night and room type after the reductions the engine honours (it names them by the date
/// they were recorded), applied in the order recorded; the forecast's (original) block where none applies.
std::map<std::pair<Date, std::string>, std::int32_t> blockToday(const Contract& contract,
                                                                const Forecast& forecast) {
    std::map<std::pair<Date, std::string>, std::int32_t> block;
    for (const NightForecast& n : forecast.nights) {
        block[{n.night, n.roomType}] = n.block;
    }
    if (contract.reductions.empty()) {
        return block;
    }
    std::set<Date> honoured;
    try {
        const Assessment now = assess(contract, ScenarioOverrides{});
        for (const AssessmentLine& line : now.lines) {
            if (line.explanation.id == MessageId::ReductionHonoured && !line.explanation.args.empty()) {
                honoured.insert(line.explanation.args[0].asDate());
            }
        }
    } catch (const std::exception&) {
        return block; // a contract the engine cannot assess: the release is checked against it below
    }
    for (const Date recorded : honoured) {
        for (const BlockReduction& r : contract.reductions) {
            const auto it = block.find({r.night, r.roomType});
            if (r.recorded == recorded && it != block.end()) {
                it->second = std::max(0, r.rooms);
            }
        }
    }
    return block;
}

} // namespace

Advice adviseRelease(const Contract& contract, const Forecast& forecast, const ForecastOptions& options,
                     const AdviceOptions& adviceOptions) {
    requireOptions(options);
    if (!(adviceOptions.overageCost > 0) || !(adviceOptions.underageCost > 0) ||
        !std::isfinite(adviceOptions.overageCost) || !std::isfinite(adviceOptions.underageCost)) {
        throw ForecastError("the costs of holding and of releasing a room must both be positive");
    }
    Advice a;
    a.criticalRatio = adviceOptions.overageCost / (adviceOptions.overageCost + adviceOptions.underageCost);
    a.explanation.emplace_back(
        MessageId::AdviceCriticalRatio, MessageArg::percent(percentOf(a.criticalRatio)),
        MessageArg::quantity(roomNights(adviceOptions.overageCost / adviceOptions.underageCost)));
    a.hold = damagesRisk(contract, forecast, options);

    // The next review date on or after today.
    const ReviewStep* next = nullptr;
    for (const ReviewStep& step : contract.reviewSchedule) {
        if (step.deadline >= options.today && (next == nullptr || step.deadline < next->deadline)) {
            next = &step;
        }
    }
    if (next == nullptr || contract.isCancelled() || options.today > contract.arrival) {
        a.explanation.emplace_back(MessageId::AdviceNoReviewDate);
        a.released = a.hold;
        return a;
    }
    a.reviewDate = next->deadline;
    a.maxReduction = next->maxReduction;
    a.explanation.emplace_back(MessageId::AdviceReviewDate, MessageArg::date(next->deadline),
                               MessageArg::percent(next->maxReduction));

    // Per night and room type: Q with P(final > Q) = critical ratio, i.e. the (1 - ratio) quantile of the
    // final pickup; the least the schedule allows keeping is the original block less the reduction allowed.
    const double p = 1 - a.criticalRatio;
    const double q = quantile(forecast.errors(), p);
    const std::map<std::pair<Date, std::string>, std::int32_t> current = blockToday(contract, forecast);
    Contract released = contract;
    for (const NightForecast& n : forecast.nights) {
        if (n.block <= 0) {
            continue;
        }
        // What the group holds today: the block after the reductions already honoured. A release never
        // raises it again.
        const auto held = current.find({n.night, n.roomType});
        const std::int32_t today = held != current.end() ? held->second : n.block;
        NightAdvice na;
        na.night = n.night;
        na.roomType = n.roomType;
        na.block = today;
        na.supported = std::min(today, wholeRooms(n.expected * q));
        // The schedule's reduction is of the original block: ceil(original x (1 - max reduction)) in exact
        // integer arithmetic on parts per million, and never more than is held today.
        const std::int64_t keepPpm =
            Percent::kScale -
            std::clamp<std::int64_t>(next->maxReduction.partsPerMillion(), 0, Percent::kScale);
        na.allowed = std::min(today, static_cast<std::int32_t>((static_cast<std::int64_t>(n.block) * keepPpm +
                                                                Percent::kScale - 1) /
                                                               Percent::kScale));
        na.keep = std::max(na.supported, na.allowed);
        na.release = today - na.keep;
        if (na.release > 0) {
            released.reductions.push_back(BlockReduction{options.today, n.night, n.roomType, na.keep});
        }
        a.releaseRoomNights += na.release;
        if (na.supported < na.allowed) {
            a.explanation.emplace_back(MessageId::AdviceNightLimited, MessageArg::date(n.night),
                                       MessageArg::integer(na.supported), MessageArg::integer(na.block),
                                       MessageArg::integer(na.allowed), MessageArg::integer(na.release));
        } else {
            a.explanation.emplace_back(MessageId::AdviceNight, MessageArg::date(n.night),
                                       MessageArg::integer(na.supported), MessageArg::integer(na.block),
                                       MessageArg::integer(na.release));
        }
        a.nights.push_back(std::move(na));
    }
    if (a.releaseRoomNights == 0) {
        a.released = a.hold;
        a.explanation.emplace_back(MessageId::AdviceKeep, MessageArg::money(a.hold.expected),
                                   MessageArg::date(next->deadline));
        return a;
    }

    // Never propose a release the contract would not honour: the engine must honour the reduction.
    bool honoured = true;
    try {
        ScenarioOverrides none;
        const Assessment check = assess(released, none);
        for (const Message& w : check.warnings) {
            if (w.id == MessageId::WarnReductionLate || w.id == MessageId::WarnReductionNoSchedule ||
                w.id == MessageId::WarnReductionTooLarge) {
                honoured = false;
            }
        }
    } catch (const std::exception&) {
        honoured = false;
    }
    if (!honoured) {
        for (NightAdvice& na : a.nights) {
            na.keep = na.block;
            na.release = 0;
        }
        a.releaseRoomNights = 0;
        a.released = a.hold;
        a.explanation.emplace_back(MessageId::AdviceRefused);
        return a;
    }
    a.released = damagesRisk(released, forecast, options);
    a.explanation.emplace_back(MessageId::AdviceSummary, MessageArg::money(a.hold.expected),
                               MessageArg::integer(a.releaseRoomNights), MessageArg::date(next->deadline),
                               MessageArg::money(a.released.expected));
    return a;
}

// ---------------------------------------------------------------------------------------------------------
// Backtest

namespace {

std::vector<BacktestHorizon> backtestHorizons(const History& history, std::span<const std::int32_t> horizons,
                                              bool calibrate) {
    for (const std::int32_t h : horizons) {
        if (h < 0 || h > kMaxDaysBeforeArrival) {
            throw ForecastError("a backtest horizon must be between 0 and " +
                                std::to_string(kMaxDaysBeforeArrival) + " days (it is " + std::to_string(h) +
                                ")");
        }
    }
    const CurveSums& all = history.derived().all;
    const std::vector<const CurveSums*>& accountOf = history.derived().accountOf;
    std::vector<BacktestHorizon> results;
    for (const std::int32_t x : horizons) {
        BacktestHorizon r;
        r.daysBeforeArrival = x;
        Wape mult;
        Wape add;
        Wape acct;
        Wape reg;
        Wape books;
        Wape wash;
        double apeSum = 0;
        // The band of each group comes from the errors of the others (leave one out, like its forecast).
        const std::shared_ptr<const std::vector<double>> table =
            calibrate ? history.derived().errorsAt(history, Method::Multiplicative, x)
                      : std::make_shared<const std::vector<double>>();
        const std::vector<double>& errors = *table;
        const auto quantileWithout = [&errors](double own, double p) {
            if (errors.size() < 2) {
                return own;
            }
            const auto skip = static_cast<std::size_t>(std::lower_bound(errors.begin(), errors.end(), own) -
                                                       errors.begin());
            const auto at = [&](std::size_t k) {
                return errors[k < skip ? k : k + 1];
            };
            const double h = p * static_cast<double>(errors.size() - 2);
            const auto lo = static_cast<std::size_t>(std::floor(h));
            const std::size_t hi = std::min(lo + 1, errors.size() - 2);
            return at(lo) + (h - static_cast<double>(lo)) * (at(hi) - at(lo));
        };
        std::int32_t inside = 0;
        for (std::size_t index = 0; index < history.groups().size(); ++index) {
            const History::Group& g = history.groups()[index];
            if (g.finalRoomNights <= 0) {
                continue;
            }
            ++r.groups;
            const auto actual = static_cast<double>(g.finalRoomNights);
            const double b = g.onTheBooks[static_cast<std::size_t>(x)];
            const double fm = multiplicative(b, shareWithout(all, &g, x, kMinCurveGroups));
            mult.add(fm, actual);
            apeSum += std::abs(fm - actual) / actual;
            const auto a = toComeWithout(all, &g, x);
            add.add(a ? std::max(0.0, b + *a * static_cast<double>(g.blockRoomNights)) : b, actual);
            const RegressionFit fit = regressionWithout(all, &g, x);
            reg.add(fit.available ? regression(b, static_cast<double>(g.blockRoomNights), fit) : b, actual);
            books.add(b, actual);
            const std::int32_t washGroups = all.toComeGroups - (g.blockRoomNights > 0 ? 1 : 0);
            const double washSum =
                all.washSum - (g.blockRoomNights > 0 ? actual / static_cast<double>(g.blockRoomNights) : 0);
            wash.add(washGroups > 0 ? static_cast<double>(g.blockRoomNights) * washSum / washGroups : b,
                     actual);
            const CurveSums* ownAccount = accountOf[index];
            if (ownAccount != nullptr && ownAccount->shareGroups - 1 >= kMinAccountGroups) {
                acct.add(multiplicative(b, shareWithout(*ownAccount, &g, x, kMinAccountGroups)), actual);
                ++r.accountGroups;
            }
            if (calibrate && fm > 0) {
                const double own = actual / fm;
                if (own >= quantileWithout(own, 0.10) && own <= quantileWithout(own, 0.90)) {
                    ++inside;
                }
            }
        }
        if (r.groups > 0) {
            r.wapeMultiplicative = mult.value();
            r.wapeAdditive = add.value();
            r.wapeAccount = acct.value();
            r.wapeRegression = reg.value();
            r.wapeOnTheBooks = books.value();
            r.wapeBlockWash = wash.value();
            r.mapeMultiplicative = apeSum / r.groups;
            r.calibration = static_cast<double>(inside) / r.groups;
        }
        results.push_back(r);
    }
    return results;
}

} // namespace

std::vector<BacktestHorizon> backtest(const History& history, std::span<const std::int32_t> horizons) {
    return backtestHorizons(history, horizons, true);
}

} // namespace attrition::forecast
