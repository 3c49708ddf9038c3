#include "attrition/engine/forecast.h"

#include "assessor.h"
#include "attrition/engine/engine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <mutex>
#include <numeric>
#include <set>
#include <tuple>

namespace attrition::forecast {

namespace {

constexpr std::int32_t kDays = kMaxDaysBeforeArrival + 1;

// --- A portable pseudo-random generator: the same seed gives the same draws on every machine and compiler.

/// SplitMix64, used to expand the seed into the generator's state.
std::uint64_t splitMix(std::uint64_t& state) noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

/// xoshiro256** (Blackman and Vigna).
class Random {
public:
    explicit Random(std::uint64_t seed) noexcept {
        std::uint64_t s = seed;
        for (std::uint64_t& word : state_) {
            word = splitMix(s);
        }
    }
    std::uint64_t next() noexcept {
        const std::uint64_t result = rotl(state_[1] * 5U, 7) * 9U;
        const std::uint64_t t = state_[1] << 17U;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }
    /// An index in [0, n): the high word of next() x n (Lemire's multiply, without the rejection step; the
    /// bias is below n / 2^64).
    std::size_t index(std::size_t n) noexcept {
        __extension__ typedef unsigned __int128 UWide;
        const UWide product = static_cast<UWide>(next()) * n;
        return static_cast<std::size_t>(product >> 64U);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept {
        return (x << static_cast<unsigned>(k)) | (x >> static_cast<unsigned>(64 - k));
    }
    std::array<std::uint64_t, 4> state_{};
};

std::int64_t totalRooms(const std::vector<PickupEntry>& entries) {
    std::int64_t total = 0;
    for (const PickupEntry& e : entries) {
        total += std::max(0, e.rooms);
    }
    return total;
}

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

/// Parts per million of a share, for a Percent argument.
Percent percentOf(double share) {
    if (!std::isfinite(share)) {
        return Percent::zero();
    }
    return Percent::fromPartsPerMillion(static_cast<std::int64_t>(std::llround(share * 1e6)));
}

/// Micro room nights, for a Quantity argument.
Quantity roomNights(double value) {
    if (!std::isfinite(value)) {
        return Quantity::fromMicro(0);
    }
    return Quantity::fromMicro(static_cast<std::int64_t>(std::llround(value * 1e6)));
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

/// Sums over the groups of one curve, so that a group can be left out of its own curve cheaply.
struct CurveSums {
    std::array<double, kDays> share{};  ///< sum of B_x / B_0
    std::array<double, kDays> toCome{}; ///< sum of (B_0 - B_x) / block
    std::int32_t shareGroups = 0;
    std::int32_t toComeGroups = 0;
    double washSum = 0; ///< sum of B_0 / block

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
    }
};

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

/// The forecast errors e = actual / forecast of the groups at x, each forecast from the others.
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
    std::sort(errors.begin(), errors.end());
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

std::map<std::string, CurveSums> accountSums(const History& history) {
    std::map<std::string, CurveSums> sums;
    for (const History::Group& g : history.groups()) {
        if (!g.account.empty()) {
            sums[g.account].add(g, 1);
        }
    }
    return sums;
}

} // namespace

struct History::Derived {
    CurveSums all;
    std::map<std::string, CurveSums> accounts;
    std::vector<const CurveSums*> accountOf; ///< per group, its account's sums (nullptr: no account)
    std::mutex mutex;                        ///< guards the caches below
    std::map<std::pair<int, std::int32_t>, std::shared_ptr<const std::vector<double>>>
        errors;                                        ///< (method, day) -> sorted errors
    std::map<std::int32_t, BacktestHorizon> backtests; ///< day -> backtest

    std::shared_ptr<const std::vector<double>> errorsAt(const History& h, Method method, std::int32_t x) {
        const std::lock_guard lock(mutex);
        const auto key = std::make_pair(static_cast<int>(method), x);
        auto it = errors.find(key);
        if (it == errors.end()) {
            it = errors
                     .emplace(key, std::make_shared<const std::vector<double>>(
                                       pastErrors(h, all, method, x, &accountOf)))
                     .first;
        }
        return it->second;
    }
};

const char* methodName(Method method) noexcept {
    switch (method) {
    case Method::Multiplicative:
        return "multiplicative";
    case Method::Additive:
        return "additive";
    case Method::Account:
        return "account";
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

History::History(std::span<const GroupHistory> groups) {
    groups_.reserve(groups.size());
    for (const GroupHistory& gh : groups) {
        if (gh.contract == nullptr) {
            continue;
        }
        const Contract& c = *gh.contract;
        Group g;
        g.account = c.account;
        g.finalRoomNights = totalRooms(c.pickup);
        g.blockRoomNights = totalBlock(c);
        // The snapshots that can be used, in date order; a later one of the same date wins.
        std::vector<std::pair<Date, std::int64_t>> points;
        for (const PickupSnapshot& s : gh.snapshots) {
            if (s.reportDate > c.arrival) {
                ++afterArrival_;
                continue;
            }
            if (s.reportDate < c.signedOn) {
                ++beforeSigning_;
                continue;
            }
            points.emplace_back(s.reportDate, totalRooms(s.entries));
        }
        std::stable_sort(points.begin(), points.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        if (points.empty()) {
            ++withoutHistory_;
            continue;
        }
        if (g.finalRoomNights <= 0) {
            ++withoutFinal_;
            continue;
        }
        if (g.blockRoomNights <= 0) {
            ++withoutBlock_;
        }
        // B_x: the latest snapshot on or before arrival - x; nothing on the books before the first one.
        std::size_t next = 0;
        std::int64_t current = 0;
        for (std::int32_t x = kMaxDaysBeforeArrival; x >= 0; --x) {
            const Date day = c.arrival.addDays(-x);
            while (next < points.size() && points[next].first <= day) {
                current = points[next].second;
                ++next;
            }
            g.onTheBooks[static_cast<std::size_t>(x)] =
                static_cast<std::int32_t>(std::min<std::int64_t>(current, 1'000'000'000));
        }
        groups_.push_back(std::move(g));
    }
    derived_ = std::make_shared<Derived>();
    for (const Group& g : groups_) {
        derived_->all.add(g, 1);
    }
    derived_->accounts = accountSums(*this);
    derived_->accountOf.reserve(groups_.size());
    for (const Group& g : groups_) {
        const auto it = g.account.empty() ? derived_->accounts.end() : derived_->accounts.find(g.account);
        derived_->accountOf.push_back(it == derived_->accounts.end() ? nullptr : &it->second);
    }
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

// ---------------------------------------------------------------------------------------------------------
// Forecast

namespace {
std::vector<BacktestHorizon> backtestHorizons(const History& history, std::span<const std::int32_t> horizons,
                                              bool calibrate);
} // namespace

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
        BacktestHorizon b;
        {
            const std::lock_guard lock(derived.mutex);
            const auto cached = derived.backtests.find(x);
            if (cached != derived.backtests.end()) {
                b = cached->second;
            }
        }
        if (b.groups == 0) {
            const std::array<std::int32_t, 1> at = {x};
            b = backtestHorizons(comparable, at, false).front();
            const std::lock_guard lock(derived.mutex);
            derived.backtests.emplace(x, b);
        }
        f.method = b.wapeAdditive < b.wapeMultiplicative ? Method::Additive : Method::Multiplicative;
        double best = std::min(b.wapeAdditive, b.wapeMultiplicative);
        if (accountUsable && b.accountGroups > 0 && b.wapeAccount < best) {
            f.method = Method::Account;
            best = b.wapeAccount;
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

    // The curve and the expected final pickup.
    double factor = 1; // multiplicative: 1 / share
    double toCome = 0; // additive: rooms per blocked room
    if (f.method == Method::Account) {
        std::vector<bool> include;
        for (const History::Group& g : comparable.groups()) {
            include.push_back(g.account == contract.account);
        }
        f.curve = bookingCurve(comparable, kMinAccountGroups, &include);
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
        n.expected =
            f.method == Method::Additive ? std::max(0.0, k.booked + toCome * k.block) : k.booked * factor;
        f.expected += n.expected;
        f.nights.push_back(std::move(n));
    }
    if (f.method == Method::Additive) {
        f.explanation.emplace_back(MessageId::ForecastAdditive, MessageArg::integer(f.onTheBooks),
                                   MessageArg::quantity(roomNights(toCome)),
                                   MessageArg::integer(f.blockRoomNights),
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
