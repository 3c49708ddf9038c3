// libFuzzer harness for the damages engine: builds a contract from the input bytes (valid or not) and checks
// the engine's invariants. An invalid contract must be refused with ContractInvalid; a valid one must be
// assessed without any other exception, with totals that add up and damages that are never negative.
#include "attrition/engine/engine.h"

#include <cstdio>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <string>

using namespace attrition;

namespace {

[[noreturn]] void fail(const char* what, const Contract& c) {
    std::fprintf(stderr, "invariant broken: %s (contract %s, %zu block entries)\n", what, c.reference.c_str(),
                 c.block.size());
    std::abort();
}

/// True about once in 64 draws, never once the input is used up: how invalid values slip in.
bool rare(FuzzedDataProvider& in) {
    return in.ConsumeIntegralInRange<int>(0, 63) == 63;
}

Percent percent(FuzzedDataProvider& in) {
    // Mostly valid percentages, sometimes out of range to exercise validation.
    if (rare(in)) {
        return Percent::fromPartsPerMillion(in.ConsumeIntegralInRange<std::int64_t>(-2'000'000, 3'000'000));
    }
    return Percent::fromPartsPerMillion(in.ConsumeIntegralInRange<std::int64_t>(0, Percent::kScale));
}

Money money(FuzzedDataProvider& in, Currency currency, std::int64_t max) {
    if (in.ConsumeIntegralInRange<int>(0, 127) == 127) {
        return {in.ConsumeIntegral<std::int64_t>(), currency};
    }
    return {in.ConsumeIntegralInRange<std::int64_t>(0, max), currency};
}

/// A night of the stay; rarely one just outside it.
Date night(FuzzedDataProvider& in, const Contract& c) {
    const std::int32_t span = std::max(1, c.departure.daysSince(c.arrival));
    if (rare(in)) {
        return c.arrival.addDays(in.ConsumeBool() ? -1 : span);
    }
    return c.arrival.addDays(in.ConsumeIntegralInRange<std::int32_t>(0, span - 1));
}

std::int32_t rooms(FuzzedDataProvider& in) {
    if (in.ConsumeIntegralInRange<int>(0, 127) == 127) {
        return in.ConsumeIntegral<std::int32_t>();
    }
    return in.ConsumeIntegralInRange<std::int32_t>(0, 500);
}

Contract build(FuzzedDataProvider& in) {
    static const char* kCurrencies[] = {"USD", "EUR", "JPY", "KWD", "GBP"};
    static const char* kTypes[] = {"KING", "QUEEN", "SUITE", ""};
    Contract c;
    c.reference = in.ConsumeIntegralInRange<int>(0, 15) == 15 ? "" : "FUZZ-1";
    c.currency = *Currency::fromCode(kCurrencies[in.ConsumeIntegralInRange<std::size_t>(0, 4)]);
    c.rounding = static_cast<RoundingMode>(in.ConsumeIntegralInRange<int>(0, 6));
    c.signedOn = Date::fromDayNumber(20000 + in.ConsumeIntegralInRange<std::int32_t>(0, 800));
    c.arrival = c.signedOn.addDays(rare(in) ? -3 : in.ConsumeIntegralInRange<std::int32_t>(0, 800));
    c.departure = c.arrival.addDays(rare(in) ? 0 : in.ConsumeIntegralInRange<std::int32_t>(1, 10));
    const std::int64_t maxRate = c.currency.minorPerMajor() * 2000;

    // Block and pickup: each night and room type at most once, rarely a repeat or an unnamed type.
    const std::int32_t nights = std::max(1, c.departure.daysSince(c.arrival));
    for (std::int32_t d = 0; d < nights; ++d) {
        for (std::size_t t = 0; t < 3; ++t) {
            const std::string type = rare(in) ? kTypes[3] : kTypes[t];
            if (in.ConsumeIntegralInRange<int>(0, 3) != 0) {
                const int repeats = rare(in) ? 2 : 1;
                for (int r = 0; r < repeats; ++r) {
                    c.block.push_back({rare(in) ? night(in, c) : c.arrival.addDays(d), type, rooms(in),
                                       money(in, c.currency, maxRate)});
                }
            }
            if (in.ConsumeIntegralInRange<int>(0, 3) != 0) {
                c.pickup.push_back({rare(in) ? night(in, c) : c.arrival.addDays(d), type, rooms(in)});
            }
        }
    }
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 4); i > 0; --i) {
        c.auditCredits.push_back({night(in, c), rooms(in) % 20, rooms(in) % 20, rooms(in) % 20});
    }
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 4); i > 0; --i) {
        c.resale.push_back({night(in, c), rooms(in) % 50, money(in, c.currency, maxRate)});
    }
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 4); i > 0; --i) {
        c.occupancy.push_back({night(in, c), percent(in)});
    }
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 3); i > 0; --i) {
        c.reviewSchedule.push_back(
            {c.signedOn.addDays(in.ConsumeIntegralInRange<std::int32_t>(0, 400)), percent(in)});
    }
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 4); i > 0 && !c.block.empty(); --i) {
        const BlockEntry& b = c.block[in.ConsumeIntegralInRange<std::size_t>(0, c.block.size() - 1)];
        c.reductions.push_back(
            {c.signedOn.addDays(in.ConsumeIntegralInRange<std::int32_t>(0, 400)), b.night, b.roomType,
             rare(in) ? b.rooms + 1 : in.ConsumeIntegralInRange<std::int32_t>(0, std::max(0, b.rooms))});
    }

    AttritionClause& a = c.attrition;
    a.enabled = in.ConsumeIntegralInRange<int>(0, 7) != 0;
    a.performanceLevel = percent(in);
    a.method = in.ConsumeBool() ? AttritionMethod::Cumulative : AttritionMethod::NightByNight;
    a.overBlockCredit = in.ConsumeBool();
    a.thresholdRounding = static_cast<ThresholdRounding>(in.ConsumeIntegralInRange<int>(0, 2));
    a.damagesFactor = percent(in);
    a.rateBasis = in.ConsumeBool() ? RateBasis::PerNight : RateBasis::Average;
    a.resaleCredit = static_cast<ResaleCreditMethod>(in.ConsumeIntegralInRange<int>(0, 2));
    if (in.ConsumeBool()) {
        a.resaleOnlyAtOccupancy = percent(in);
    }
    a.countOutsideBlock = in.ConsumeBool();
    a.countBilledNoShows = in.ConsumeBool();
    a.countWalked = in.ConsumeBool();
    if (in.ConsumeBool()) {
        a.capAmount = money(in, c.currency, maxRate * 100);
    }
    a.capRoomsAtNightBlock = in.ConsumeBool();
    a.taxable = in.ConsumeBool();
    a.taxRate = percent(in);

    FoodBeverageClause& f = c.foodBeverage;
    f.minimum = money(in, c.currency, maxRate * 200);
    f.allowance = percent(in);
    f.actualSpend = money(in, c.currency, maxRate * 200);
    f.damagesFactor = percent(in);
    f.serviceChargeRate = percent(in);
    f.serviceChargeOnDamages = in.ConsumeBool();
    f.taxRate = percent(in);
    f.taxOnDamages = in.ConsumeBool();
    f.taxOnServiceCharge = in.ConsumeBool();

    MeetingRoomClause& m = c.meetingRoom;
    m.rental = money(in, c.currency, maxRate * 20);
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 4); i > 0; --i) {
        m.scale.push_back({percent(in), percent(in)});
    }
    m.policy = static_cast<MeetingRoomPolicy>(in.ConsumeIntegralInRange<int>(0, 2));
    m.taxable = in.ConsumeBool();
    m.taxRate = percent(in);

    c.comps.perRoomNights = rare(in) ? -1 : in.ConsumeIntegralInRange<std::int32_t>(0, 60);
    c.comps.perNight = in.ConsumeBool();
    c.comps.countTowardPickup = in.ConsumeBool();

    CancellationClause& k = c.cancellation;
    std::int32_t from = rare(in) ? 1 : 0;
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 5); i > 0; --i) {
        CancellationTier t;
        t.minDays = from;
        if (i > 1 || rare(in)) {
            t.maxDays = from + in.ConsumeIntegralInRange<std::int32_t>(rare(in) ? -1 : 0, 120);
            from = *t.maxDays + 1 + (rare(in) ? (in.ConsumeBool() ? 1 : -1) : 0);
        }
        t.percent = percent(in);
        t.roomsPercent = percent(in);
        t.foodBeveragePercent = percent(in);
        t.meetingRoomPercent = percent(in);
        k.tiers.push_back(t);
    }
    k.basis = static_cast<CancellationBasis>(in.ConsumeIntegralInRange<int>(0, 2));
    k.roundToWholeUnits = in.ConsumeBool();
    k.creditResale = in.ConsumeBool();
    k.taxable = in.ConsumeBool();
    k.taxRate = percent(in);
    k.waiveOnForceMajeure = in.ConsumeBool();
    if (in.ConsumeBool()) {
        c.cancellationNotice =
            c.signedOn.addDays(rare(in) ? -1 : in.ConsumeIntegralInRange<std::int32_t>(0, 820));
    }
    c.forceMajeure = in.ConsumeIntegralInRange<int>(0, 7) == 7;
    for (std::size_t i = in.ConsumeIntegralInRange<std::size_t>(0, 3); i > 0; --i) {
        c.deposits.push_back({c.signedOn, money(in, c.currency, maxRate * 100), ""});
    }
    return c;
}

std::size_t assessed = 0;
std::size_t refused = 0;

void check(const Contract& c) {
    const bool valid = validate(c).empty();
    ++(valid ? assessed : refused);
    if ((assessed + refused) % 100000 == 0) {
        std::fprintf(stderr, "contracts assessed %zu, refused as invalid %zu\n", assessed, refused);
    }
    Assessment a;
    try {
        a = assess(c);
    } catch (const ContractInvalid&) {
        if (valid) {
            fail("a valid contract was refused", c);
        }
        return;
    }
    if (!valid) {
        fail("an invalid contract was assessed", c);
    }
    const Money zero = Money::zero(c.currency);
    if (a.rooms < zero || a.foodBeverage < zero || a.meetingRoom < zero || a.cancellation < zero ||
        a.tax < zero) {
        fail("a component total is negative", c);
    }
    if (a.subtotal != a.rooms + a.foodBeverage + a.meetingRoom + a.cancellation) {
        fail("the subtotal is not the sum of the components", c);
    }
    if (a.totalOwed != a.subtotal + a.tax) {
        fail("the total owed is not subtotal + tax", c);
    }
    Money lines = zero;
    for (const AssessmentLine& l : a.lines) {
        if (l.component != Component::Deposits) {
            lines += l.amount;
        }
        if (englishTemplate(l.explanation.id).empty()) {
            fail("a line has no explanation", c);
        }
    }
    if (lines != a.totalOwed) {
        fail("the lines do not add up to the total owed", c);
    }
    if (a.depositsApplied < zero || a.depositsApplied > a.totalOwed ||
        a.netDue != a.totalOwed - a.depositsApplied) {
        fail("deposits are not applied within the total owed", c);
    }
    if (c.attrition.capAmount && !c.isCancelled() &&
        a.rooms > Money(c.attrition.capAmount->minorUnits(), c.currency)) {
        fail("room damages exceed the cap", c);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    check(build(in));
    return 0;
}
