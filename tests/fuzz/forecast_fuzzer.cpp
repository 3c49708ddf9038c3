// libFuzzer harness for the forecast: builds past groups with pickup reports (dated anywhere, falling,
// empty, with zero blocks) and an upcoming contract from the input bytes, then forecasts, draws the damages
// risk, advises a release and backtests. A request out of range must be refused with ForecastError and an
// invalid contract with ContractInvalid; anything else must give figures that are never NaN, never
// negative, in order (P10 <= P50 <= P90), and an advice that never releases more than the contract allows.
#include "attrition/engine/engine.h"
#include "attrition/engine/forecast.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <fuzzer/FuzzedDataProvider.h>
#include <string>

using namespace attrition;
namespace fc = attrition::forecast;

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

const Currency kUsd = *Currency::fromCode("USD");
const char* const kTypes[] = {"KING", "QUEEN"};

/// A contract of one to four nights in one or two room types, with the block and pickup the input gives.
Contract stay(FuzzedDataProvider& in, const std::string& reference, Date arrival) {
    Contract c;
    c.reference = reference;
    c.groupName = reference;
    c.account = "Account " + std::to_string(in.ConsumeIntegralInRange<int>(0, 3));
    c.currency = kUsd;
    c.arrival = arrival;
    c.departure = arrival.addDays(in.ConsumeIntegralInRange<std::int32_t>(1, 4));
    c.signedOn = arrival.addDays(-in.ConsumeIntegralInRange<std::int32_t>(0, 500));
    c.foodBeverage.minimum = Money::zero(kUsd);
    c.foodBeverage.actualSpend = Money::zero(kUsd);
    c.meetingRoom.rental = Money::zero(kUsd);
    const int types = in.ConsumeIntegralInRange<int>(1, 2);
    for (Date night = c.arrival; night < c.departure; night = night.addDays(1)) {
        for (int t = 0; t < types; ++t) {
            const auto block = in.ConsumeIntegralInRange<std::int32_t>(0, 300);
            c.block.push_back(BlockEntry{night, kTypes[t], block,
                                         Money(in.ConsumeIntegralInRange<std::int64_t>(0, 60'000), kUsd)});
            c.pickup.push_back(
                PickupEntry{night, kTypes[t], in.ConsumeIntegralInRange<std::int32_t>(0, 400)});
        }
    }
    c.attrition.enabled = in.ConsumeBool();
    c.attrition.performanceLevel =
        Percent::fromPartsPerMillion(in.ConsumeIntegralInRange<std::int64_t>(0, 1'000'000));
    c.attrition.method = in.ConsumeBool() ? AttritionMethod::Cumulative : AttritionMethod::NightByNight;
    c.attrition.damagesFactor = Percent::fromPoints(100);
    return c;
}

/// Pickup reports dated around the stay, some after arrival or before signing, some falling.
std::vector<PickupSnapshot> reports(FuzzedDataProvider& in, const Contract& c) {
    std::vector<PickupSnapshot> out;
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 12); i > 0; --i) {
        PickupSnapshot s{c.arrival.addDays(in.ConsumeIntegralInRange<std::int32_t>(-520, 10)), {}};
        for (const PickupEntry& e : c.pickup) {
            if (in.ConsumeIntegralInRange<int>(0, 7) != 0) {
                s.entries.push_back(
                    PickupEntry{e.night, e.roomType, in.ConsumeIntegralInRange<std::int32_t>(0, 400)});
            }
        }
        out.push_back(std::move(s));
    }
    return out;
}

void checkBand(std::int64_t p10, std::int64_t p50, std::int64_t p90, const char* what) {
    if (p10 < 0 || p10 > p50 || p50 > p90) {
        fail(what);
    }
}

void checkRisk(const fc::DamagesRisk& r) {
    if (r.expected.minorUnits() < 0 || r.exactExpected.minorUnits() < 0 || r.p10.minorUnits() < 0 ||
        r.atExpectedPickup.minorUnits() < 0) {
        fail("negative damages");
    }
    if (r.p10 > r.p50 || r.p50 > r.p90) {
        fail("damages P10 <= P50 <= P90 broken");
    }
    if (!(r.probabilityOwed >= 0 && r.probabilityOwed <= 1)) {
        fail("probability of owing outside 0..1 or NaN");
    }
}

void run(FuzzedDataProvider& in) {
    const Date base = Date::fromDayNumber(20500);
    std::deque<Contract> past;
    std::vector<fc::GroupHistory> groups;
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 30); i > 0; --i) {
        past.push_back(stay(in, "PAST-" + std::to_string(i),
                            base.addDays(in.ConsumeIntegralInRange<std::int32_t>(-400, 0))));
        past.back().status = ContractStatus::Actualized;
        groups.push_back(fc::GroupHistory{&past.back(), reports(in, past.back())});
    }
    Contract target = stay(in, "NEXT", base.addDays(in.ConsumeIntegralInRange<std::int32_t>(1, 400)));
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 2); i > 0; --i) {
        target.reviewSchedule.push_back(
            ReviewStep{base.addDays(in.ConsumeIntegralInRange<std::int32_t>(-10, 300)),
                       Percent::fromPartsPerMillion(in.ConsumeIntegralInRange<std::int64_t>(0, 1'000'000))});
    }
    fc::ForecastOptions options;
    options.today = base.addDays(in.ConsumeIntegralInRange<std::int32_t>(-5, 400));
    options.seed = in.ConsumeIntegral<std::uint64_t>();
    options.draws = in.ConsumeIntegralInRange<std::int32_t>(-1, 300);
    if (in.ConsumeBool()) {
        options.method = static_cast<fc::Method>(in.ConsumeIntegralInRange<int>(0, 3));
    }
    if (in.ConsumeBool()) {
        options.foodBeverageSpend = Money(in.ConsumeIntegralInRange<std::int64_t>(-10, 1'000'000), kUsd);
    }

    const fc::History history(groups);
    try {
        const fc::Forecast f = fc::forecastPickup(target, history, options);
        if (!std::isfinite(f.expected) || f.expected < 0) {
            fail("expected pickup NaN or negative");
        }
        checkBand(f.p10, f.p50, f.p90, "pickup P10 <= P50 <= P90 broken");
        for (const fc::NightForecast& n : f.nights) {
            if (!std::isfinite(n.expected) || n.expected < 0 || n.onTheBooks < 0) {
                fail("a night's forecast is NaN or negative");
            }
            checkBand(n.p10, n.p50, n.p90, "a night's P10 <= P50 <= P90 broken");
        }
        checkRisk(fc::damagesRisk(target, f, options));
        const fc::Advice advice = fc::adviseRelease(target, f, options);
        std::int64_t released = 0;
        for (const fc::NightAdvice& n : advice.nights) {
            if (n.release < 0 || n.keep < 0 || n.keep + n.release != n.block ||
                n.keep < std::min(n.allowed, n.block)) {
                fail("an advice releases more than the block or than the contract allows");
            }
            released += n.release;
        }
        if (released != advice.releaseRoomNights) {
            fail("the advice's release does not add up");
        }
        if (advice.reviewDate) {
            checkRisk(advice.hold);
            checkRisk(advice.released);
        }
    } catch (const fc::ForecastError&) {
    } catch (const ContractInvalid&) {
    }
    const std::int32_t horizons[] = {in.ConsumeIntegralInRange<std::int32_t>(0, 365), 30};
    for (const fc::BacktestHorizon& h : fc::backtest(history, horizons)) {
        for (const double v : {h.wapeMultiplicative, h.wapeAdditive, h.wapeAccount, h.wapeRegression,
                               h.wapeOnTheBooks, h.wapeBlockWash, h.calibration}) {
            if (!std::isfinite(v) || v < 0) {
                fail("a backtest figure is NaN or negative");
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    run(in);
    return 0;
}
