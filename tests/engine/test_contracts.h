#pragma once

// Builders and helpers that let the engine tests read like the domain text (docs: ATTRITION.md):
//
//     const Contract contract = ContractBuilder()
//                                   .stay("2027-05-09", 4)
//                                   .block("2027-05-09", 20, "150.00")
//                                   .performanceLevel("80")
//                                   .damagesFactor("80")
//                                   .build();
//
// Everything here is written from the domain text and the public headers only, never from the engine's
// implementation, so that the tests check the engine rather than echo it.

#include "attrition/domain/contract.h"
#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/fixed_point.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/quantity.h"
#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"
#include "attrition/engine/message.h"
#include "attrition/engine/validation.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace attrition {

// Readable values in GoogleTest failure messages (found by argument-dependent lookup).
inline void PrintTo(const Money& m, std::ostream* os) {
    *os << m.toDisplayString() << " "
        << (m.currency().isValid() ? std::string(m.currency().code()) : "(no currency)");
}
inline void PrintTo(const Percent& p, std::ostream* os) {
    *os << p.toString();
}
inline void PrintTo(const Quantity& q, std::ostream* os) {
    *os << q.toString() << " room nights";
}
inline void PrintTo(const Date& d, std::ostream* os) {
    *os << d.toIso();
}
inline void PrintTo(const Currency& c, std::ostream* os) {
    *os << (c.isValid() ? std::string(c.code()) : "(no currency)");
}

} // namespace attrition

namespace attrition::test {

// ---------------------------------------------------------------------------------------------------------
// Values written the way the domain text writes them.

inline Currency currency(std::string_view code) {
    const std::optional<Currency> c = Currency::fromCode(code);
    if (!c) {
        throw std::invalid_argument("unknown currency in a test: " + std::string(code));
    }
    return *c;
}
inline Currency USD() {
    return currency("USD");
}
inline Currency JPY() {
    return currency("JPY");
}
inline Currency KWD() {
    return currency("KWD");
}
inline Currency EUR() {
    return currency("EUR");
}

/// "2027-05-09".
inline Date date(std::string_view iso) {
    const std::optional<Date> d = Date::parseIso(iso);
    if (!d) {
        throw std::invalid_argument("bad date in a test: " + std::string(iso));
    }
    return *d;
}

/// An amount in major units of `cur`: money("2,640.00") is not accepted, money("2640.00") is.
inline Money money(std::string_view text, Currency cur) {
    const std::optional<Money> m = Money::parse(text, cur);
    if (!m) {
        throw std::invalid_argument("bad amount in a test: " + std::string(text));
    }
    return *m;
}
inline Money usd(std::string_view text) {
    return money(text, USD());
}
inline Money jpy(std::string_view text) {
    return money(text, JPY());
}
inline Money kwd(std::string_view text) {
    return money(text, KWD());
}

/// Percentage points: pct("8.875") is 8.875%.
inline Percent pct(std::string_view points) {
    const std::optional<Percent> p = Percent::parse(points);
    if (!p) {
        throw std::invalid_argument("bad percentage in a test: " + std::string(points));
    }
    return *p;
}

/// Room nights, possibly fractional: roomNights("42.5").
inline Quantity roomNights(std::string_view text) {
    const DecimalParse parsed = parseScaledDecimal(text, 6);
    if (!parsed.value) {
        throw std::invalid_argument("bad quantity in a test: " + std::string(text));
    }
    return Quantity::fromMicro(*parsed.value);
}

// ---------------------------------------------------------------------------------------------------------
// The contract builder.

/// Builds a valid contract step by step. The defaults: reference "TEST-1", USD, signed 2026-06-01, a stay of
/// one night from 2027-05-09 (a Sunday), no block, attrition at 80% cumulative, 100% factor; every amount of
/// the clauses set to zero in the contract's currency.
class ContractBuilder {
public:
    explicit ContractBuilder(Currency cur = USD()) {
        c_.reference = "TEST-1";
        c_.groupName = "Test group";
        c_.currency = cur;
        c_.signedOn = date("2026-06-01");
        c_.arrival = date("2027-05-09");
        c_.departure = c_.arrival.addDays(1);
        c_.status = ContractStatus::Definite;
        c_.foodBeverage.minimum = Money::zero(cur);
        c_.foodBeverage.actualSpend = Money::zero(cur);
        c_.meetingRoom.rental = Money::zero(cur);
    }

    Currency cur() const { return c_.currency; }
    Money amount(std::string_view text) const { return money(text, c_.currency); }

    // --- The stay
    // -------------------------------------------------------------------------------------------
    ContractBuilder& reference(std::string ref) { return c_.reference = std::move(ref), *this; }
    ContractBuilder& signedOn(std::string_view iso) { return c_.signedOn = date(iso), *this; }
    ContractBuilder& stay(std::string_view arrival, std::int32_t nights) {
        c_.arrival = date(arrival);
        c_.departure = c_.arrival.addDays(nights);
        return *this;
    }
    ContractBuilder& rounding(RoundingMode mode) { return c_.rounding = mode, *this; }
    ContractBuilder& status(ContractStatus s) { return c_.status = s, *this; }

    /// The n-th night of the stay (0 = arrival night).
    Date night(std::int32_t index) const { return c_.arrival.addDays(index); }

    // --- Rooms
    // ----------------------------------------------------------------------------------------------
    ContractBuilder& block(Date night, std::int32_t rooms, std::string_view rate,
                           std::string roomType = "KING") {
        c_.block.push_back(BlockEntry{night, std::move(roomType), rooms, amount(rate)});
        return *this;
    }
    ContractBuilder& block(std::string_view night, std::int32_t rooms, std::string_view rate,
                           std::string roomType = "KING") {
        return block(date(night), rooms, rate, std::move(roomType));
    }
    /// The same rooms at the same rate on every night of the stay.
    ContractBuilder& blockEveryNight(std::int32_t rooms, std::string_view rate,
                                     std::string roomType = "KING") {
        for (std::int32_t i = 0; i < c_.nightCount(); ++i) {
            block(night(i), rooms, rate, roomType);
        }
        return *this;
    }
    ContractBuilder& pickup(Date night, std::int32_t rooms, std::string roomType = "KING") {
        c_.pickup.push_back(PickupEntry{night, std::move(roomType), rooms});
        return *this;
    }
    ContractBuilder& pickup(std::string_view night, std::int32_t rooms, std::string roomType = "KING") {
        return pickup(date(night), rooms, std::move(roomType));
    }
    ContractBuilder& pickupEveryNight(std::int32_t rooms, std::string roomType = "KING") {
        for (std::int32_t i = 0; i < c_.nightCount(); ++i) {
            pickup(night(i), rooms, roomType);
        }
        return *this;
    }
    ContractBuilder& auditCredit(std::string_view night, std::int32_t outsideBlock,
                                 std::int32_t billedNoShows, std::int32_t walked) {
        c_.auditCredits.push_back(AuditCredit{date(night), outsideBlock, billedNoShows, walked});
        return *this;
    }
    ContractBuilder& resale(std::string_view night, std::int32_t nights, std::string_view rate) {
        c_.resale.push_back(ResaleEntry{date(night), nights, amount(rate)});
        return *this;
    }
    ContractBuilder& occupancy(std::string_view night, std::string_view percent) {
        c_.occupancy.push_back(NightOccupancy{date(night), pct(percent)});
        return *this;
    }
    ContractBuilder& reviewStep(std::string_view deadline, std::string_view maxReduction) {
        c_.reviewSchedule.push_back(ReviewStep{date(deadline), pct(maxReduction)});
        return *this;
    }
    ContractBuilder& reduction(std::string_view recorded, Date night, std::int32_t rooms,
                               std::string roomType = "KING") {
        c_.reductions.push_back(BlockReduction{date(recorded), night, std::move(roomType), rooms});
        return *this;
    }
    /// "On `recorded` the group reduced the block to `rooms` a night" (every night of the stay).
    ContractBuilder& reduceEveryNight(std::string_view recorded, std::int32_t rooms,
                                      std::string roomType = "KING") {
        for (std::int32_t i = 0; i < c_.nightCount(); ++i) {
            reduction(recorded, night(i), rooms, roomType);
        }
        return *this;
    }

    // --- Attrition clause
    // -----------------------------------------------------------------------------------
    ContractBuilder& noAttrition() { return c_.attrition.enabled = false, *this; }
    ContractBuilder& performanceLevel(std::string_view p) {
        return c_.attrition.performanceLevel = pct(p), *this;
    }
    /// "An attrition allowance of 20%": the group must reach 80%.
    ContractBuilder& allowance(std::string_view a) {
        c_.attrition.performanceLevel = pct(a).complement();
        return *this;
    }
    ContractBuilder& cumulative() { return c_.attrition.method = AttritionMethod::Cumulative, *this; }
    ContractBuilder& nightByNight(bool overBlockCredit = false) {
        c_.attrition.method = AttritionMethod::NightByNight;
        c_.attrition.overBlockCredit = overBlockCredit;
        return *this;
    }
    ContractBuilder& thresholdRounding(ThresholdRounding r) {
        return c_.attrition.thresholdRounding = r, *this;
    }
    ContractBuilder& damagesFactor(std::string_view f) { return c_.attrition.damagesFactor = pct(f), *this; }
    ContractBuilder& rateBasis(RateBasis b) { return c_.attrition.rateBasis = b, *this; }
    ContractBuilder& resaleCredit(ResaleCreditMethod m) { return c_.attrition.resaleCredit = m, *this; }
    ContractBuilder& resaleOnlyAtOccupancy(std::string_view p) {
        c_.attrition.resaleOnlyAtOccupancy = pct(p);
        return *this;
    }
    ContractBuilder& countCredits(bool outsideBlock, bool billedNoShows, bool walked) {
        c_.attrition.countOutsideBlock = outsideBlock;
        c_.attrition.countBilledNoShows = billedNoShows;
        c_.attrition.countWalked = walked;
        return *this;
    }
    ContractBuilder& capAmount(std::string_view cap) { return c_.attrition.capAmount = amount(cap), *this; }
    ContractBuilder& capRoomsAtNightBlock() { return c_.attrition.capRoomsAtNightBlock = true, *this; }
    ContractBuilder& attritionTaxable(std::string_view rate) {
        c_.attrition.taxable = true;
        c_.attrition.taxRate = pct(rate);
        return *this;
    }

    // --- Food & beverage
    // ------------------------------------------------------------------------------------
    ContractBuilder& fbMinimum(std::string_view minimum) {
        return c_.foodBeverage.minimum = amount(minimum), *this;
    }
    ContractBuilder& fbAllowance(std::string_view a) { return c_.foodBeverage.allowance = pct(a), *this; }
    ContractBuilder& fbSpend(std::string_view spend) {
        return c_.foodBeverage.actualSpend = amount(spend), *this;
    }
    ContractBuilder& fbDamagesFactor(std::string_view f) {
        return c_.foodBeverage.damagesFactor = pct(f), *this;
    }
    ContractBuilder& serviceCharge(std::string_view rate, bool onDamages = true) {
        c_.foodBeverage.serviceChargeRate = pct(rate);
        c_.foodBeverage.serviceChargeOnDamages = onDamages;
        return *this;
    }
    ContractBuilder& fbTax(std::string_view rate, bool onDamages, bool onServiceCharge) {
        c_.foodBeverage.taxRate = pct(rate);
        c_.foodBeverage.taxOnDamages = onDamages;
        c_.foodBeverage.taxOnServiceCharge = onServiceCharge;
        return *this;
    }

    // --- Meeting room
    // ---------------------------------------------------------------------------------------
    ContractBuilder& meetingRental(std::string_view rental) {
        return c_.meetingRoom.rental = amount(rental), *this;
    }
    /// "At least `minPickup` pays `charged` of the rental."
    ContractBuilder& meetingBand(std::string_view minPickup, std::string_view charged) {
        c_.meetingRoom.scale.push_back(MeetingScaleBand{pct(minPickup), pct(charged)});
        return *this;
    }
    ContractBuilder& meetingPolicy(MeetingRoomPolicy p) { return c_.meetingRoom.policy = p, *this; }
    ContractBuilder& meetingTaxable(std::string_view rate) {
        c_.meetingRoom.taxable = true;
        c_.meetingRoom.taxRate = pct(rate);
        return *this;
    }
    /// Example D's scale: 90%+ pays 0%, 80-89.99% pays 50%, 70-79.99% pays 75%, below 70% pays 100%.
    ContractBuilder& exampleDScale() {
        return meetingBand("90", "0").meetingBand("80", "50").meetingBand("70", "75").meetingBand("0", "100");
    }

    // --- Comps
    // ----------------------------------------------------------------------------------------------
    ContractBuilder& comps(std::int32_t perRoomNights, bool perNight = false,
                           bool countTowardPickup = false) {
        c_.comps = CompPolicy{perRoomNights, perNight, countTowardPickup};
        return *this;
    }

    // --- Cancellation and deposits
    // --------------------------------------------------------------------------
    ContractBuilder& cancellationBasis(CancellationBasis b) { return c_.cancellation.basis = b, *this; }
    /// A tier of `percent` of the basis for notice from minDays to maxDays (nothing: and more) before
    /// arrival.
    ContractBuilder& tier(std::int32_t minDays, std::optional<std::int32_t> maxDays,
                          std::string_view percent) {
        CancellationTier t;
        t.minDays = minDays;
        t.maxDays = maxDays;
        t.percent = pct(percent);
        c_.cancellation.tiers.push_back(t);
        return *this;
    }
    /// A per-component tier: rooms %, F&B minimum %, meeting room rental %.
    ContractBuilder& componentTier(std::int32_t minDays, std::optional<std::int32_t> maxDays,
                                   std::string_view roomsPercent, std::string_view fbPercent,
                                   std::string_view meetingPercent) {
        CancellationTier t;
        t.minDays = minDays;
        t.maxDays = maxDays;
        t.roomsPercent = pct(roomsPercent);
        t.foodBeveragePercent = pct(fbPercent);
        t.meetingRoomPercent = pct(meetingPercent);
        c_.cancellation.tiers.push_back(t);
        return *this;
    }
    /// Example E's tiers in the order the text lists them: 181+ 10%; 91-180 50%; 31-90 75%; 0-30 100%.
    ContractBuilder& exampleETiers() {
        return tier(181, std::nullopt, "10").tier(91, 180, "50").tier(31, 90, "75").tier(0, 30, "100");
    }
    ContractBuilder& roundFeeToWholeUnits() { return c_.cancellation.roundToWholeUnits = true, *this; }
    ContractBuilder& mitigation() { return c_.cancellation.creditResale = true, *this; }
    ContractBuilder& cancellationTaxable(std::string_view rate) {
        c_.cancellation.taxable = true;
        c_.cancellation.taxRate = pct(rate);
        return *this;
    }
    ContractBuilder& waiveOnForceMajeure(bool waive) {
        return c_.cancellation.waiveOnForceMajeure = waive, *this;
    }
    ContractBuilder& forceMajeure() { return c_.forceMajeure = true, *this; }
    ContractBuilder& noticeReceived(std::string_view iso) { return c_.cancellationNotice = date(iso), *this; }
    ContractBuilder& deposit(std::string_view received, std::string_view amt, std::string note = {}) {
        c_.deposits.push_back(Deposit{date(received), amount(amt), std::move(note)});
        return *this;
    }

    Contract& raw() { return c_; }
    Contract build() const { return c_; }

private:
    Contract c_;
};

// ---------------------------------------------------------------------------------------------------------
// Reading an assessment.

inline std::vector<const AssessmentLine*> linesWith(const Assessment& a, MessageId id) {
    std::vector<const AssessmentLine*> out;
    for (const AssessmentLine& line : a.lines) {
        if (line.explanation.id == id) {
            out.push_back(&line);
        }
    }
    return out;
}

inline std::vector<const AssessmentLine*> linesOf(const Assessment& a, Component component) {
    std::vector<const AssessmentLine*> out;
    for (const AssessmentLine& line : a.lines) {
        if (line.component == component) {
            out.push_back(&line);
        }
    }
    return out;
}

inline const AssessmentLine* lineWith(const Assessment& a, MessageId id) {
    const auto lines = linesWith(a, id);
    return lines.empty() ? nullptr : lines.front();
}

inline bool hasLine(const Assessment& a, MessageId id) {
    return lineWith(a, id) != nullptr;
}

inline bool hasWarning(const Assessment& a, MessageId id) {
    for (const Message& w : a.warnings) {
        if (w.id == id) {
            return true;
        }
    }
    return false;
}

inline const Message* warningWith(const Assessment& a, MessageId id) {
    for (const Message& w : a.warnings) {
        if (w.id == id) {
            return &w;
        }
    }
    return nullptr;
}

/// The lines that charge room attrition damages (one for the stay, or one per night).
inline std::vector<const AssessmentLine*> roomDamageLines(const Assessment& a) {
    std::vector<const AssessmentLine*> out;
    for (const AssessmentLine& line : a.lines) {
        if (line.explanation.id == MessageId::RoomDamages ||
            line.explanation.id == MessageId::RoomDamagesNight) {
            out.push_back(&line);
        }
    }
    return out;
}

inline Money sumAmounts(const std::vector<const AssessmentLine*>& lines, Currency cur) {
    Money total = Money::zero(cur);
    for (const AssessmentLine* line : lines) {
        total += line->amount;
    }
    return total;
}

inline Quantity sumQuantities(const std::vector<const AssessmentLine*>& lines) {
    Quantity total;
    for (const AssessmentLine* line : lines) {
        if (line->quantity) {
            total += *line->quantity;
        }
    }
    return total;
}

/// The sum of the amounts of every line that is not a deposit.
inline Money sumOfNonDepositLines(const Assessment& a, Currency cur) {
    Money total = Money::zero(cur);
    for (const AssessmentLine& line : a.lines) {
        if (line.component != Component::Deposits) {
            total += line.amount;
        }
    }
    return total;
}

inline std::string english(const Message& m) {
    return renderEnglish(m);
}

/// Every rendered line and warning of an assessment, for failure messages.
inline std::string dump(const Assessment& a) {
    std::ostringstream out;
    out << "assessment (" << (a.cancelled ? "cancelled" : "attrition") << "):\n";
    for (const AssessmentLine& line : a.lines) {
        out << "  [" << toString(line.component) << "] ";
        if (line.night) {
            out << line.night->toIso() << " ";
        }
        if (line.quantity) {
            out << "q=" << line.quantity->toString() << " ";
        }
        if (line.rate) {
            out << "rate=" << line.rate->toDisplayString() << " ";
        }
        if (line.factor) {
            out << "f=" << line.factor->toString() << " ";
        }
        out << "amount=" << line.amount.toDisplayString() << " " << line.amount.currency().code() << " | "
            << renderEnglish(line.explanation) << "\n";
    }
    for (const Message& w : a.warnings) {
        out << "  warning: " << renderEnglish(w) << "\n";
    }
    out << "  rooms=" << a.rooms.toDisplayString() << " fb=" << a.foodBeverage.toDisplayString()
        << " meeting=" << a.meetingRoom.toDisplayString()
        << " cancellation=" << a.cancellation.toDisplayString()
        << " subtotal=" << a.subtotal.toDisplayString() << " tax=" << a.tax.toDisplayString()
        << " total=" << a.totalOwed.toDisplayString() << " applied=" << a.depositsApplied.toDisplayString()
        << " net=" << a.netDue.toDisplayString() << " balance=" << a.depositBalance.toDisplayString() << "\n";
    out << "  contracted=" << a.contractedRoomNights << " revised=" << a.revisedRoomNights
        << " pickedUp=" << a.pickedUpRoomNights << " counted=" << a.countedRoomNights
        << " comps=" << a.compRoomNights << " pickup%=" << a.pickupPercent.toString() << "\n";
    return out.str();
}

/// A contract in a few lines, for failure messages of the generated (property) tests.
inline std::string describe(const Contract& c) {
    std::ostringstream out;
    out << "contract " << c.reference << " " << c.currency.code() << " rounding " << toString(c.rounding)
        << " stay " << c.arrival.toIso() << " .. " << c.departure.toIso() << " signed " << c.signedOn.toIso()
        << "\n  attrition: " << (c.attrition.enabled ? "on" : "off")
        << " p=" << c.attrition.performanceLevel.toString() << " " << toString(c.attrition.method)
        << (c.attrition.overBlockCredit ? " overBlockCredit" : "") << " threshold "
        << toString(c.attrition.thresholdRounding) << " f=" << c.attrition.damagesFactor.toString()
        << " basis " << toString(c.attrition.rateBasis) << " resale " << toString(c.attrition.resaleCredit);
    if (c.attrition.resaleOnlyAtOccupancy) {
        out << " onlyAt " << c.attrition.resaleOnlyAtOccupancy->toString();
    }
    out << " count(outside=" << c.attrition.countOutsideBlock << " noShows=" << c.attrition.countBilledNoShows
        << " walked=" << c.attrition.countWalked << ")";
    if (c.attrition.capAmount) {
        out << " cap " << c.attrition.capAmount->toDisplayString();
    }
    if (c.attrition.capRoomsAtNightBlock) {
        out << " capRoomsAtNightBlock";
    }
    if (c.attrition.taxable) {
        out << " tax " << c.attrition.taxRate.toString();
    }
    out << "\n  block:";
    for (const BlockEntry& b : c.block) {
        out << " " << b.night.toIso() << "/" << b.roomType << "/" << b.rooms << "@"
            << b.rate.toDecimalString();
    }
    out << "\n  pickup:";
    for (const PickupEntry& p : c.pickup) {
        out << " " << p.night.toIso() << "/" << p.roomType << "/" << p.rooms;
    }
    out << "\n  credits:";
    for (const AuditCredit& a : c.auditCredits) {
        out << " " << a.night.toIso() << "/" << a.outsideBlock << "+" << a.billedNoShows << "+" << a.walked;
    }
    out << "\n  resale:";
    for (const ResaleEntry& r : c.resale) {
        out << " " << r.night.toIso() << "/" << r.roomNights << "@" << r.rate.toDecimalString();
    }
    out << "\n  occupancy:";
    for (const NightOccupancy& o : c.occupancy) {
        out << " " << o.night.toIso() << "/" << o.occupancy.toString();
    }
    out << "\n  comps: 1 per " << c.comps.perRoomNights << (c.comps.perNight ? " per night" : " cumulative")
        << (c.comps.countTowardPickup ? " counted" : "");
    out << "\n  meeting: " << c.meetingRoom.rental.toDecimalString() << " " << toString(c.meetingRoom.policy);
    for (const MeetingScaleBand& band : c.meetingRoom.scale) {
        out << " [" << band.minPickup.toString() << "->" << band.charged.toString() << "]";
    }
    out << "\n  fb: min " << c.foodBeverage.minimum.toDecimalString() << " allowance "
        << c.foodBeverage.allowance.toString() << " spend " << c.foodBeverage.actualSpend.toDecimalString()
        << " f " << c.foodBeverage.damagesFactor.toString();
    out << "\n  cancellation: " << toString(c.cancellation.basis)
        << (c.cancellation.roundToWholeUnits ? " wholeUnits" : "")
        << (c.cancellation.creditResale ? " mitigation" : "");
    for (const CancellationTier& t : c.cancellation.tiers) {
        out << " [" << t.minDays << "-" << (t.maxDays ? std::to_string(*t.maxDays) : std::string("..."))
            << ": " << t.percent.toString() << " r" << t.roomsPercent.toString() << " fb"
            << t.foodBeveragePercent.toString() << " m" << t.meetingRoomPercent.toString() << "]";
    }
    if (c.cancellationNotice) {
        out << " notice " << c.cancellationNotice->toIso();
    }
    out << "\n  deposits:";
    for (const Deposit& d : c.deposits) {
        out << " " << d.amount.toDecimalString();
    }
    out << "\n";
    return out.str();
}

/// assess() that reports the validation problems instead of an opaque exception when a test contract
/// unexpectedly turns out invalid.
inline Assessment assessOrFail(const Contract& contract, const ScenarioOverrides& overrides = {}) {
    try {
        return assess(contract, overrides);
    } catch (const ContractInvalid& e) {
        std::string problems;
        for (const ValidationIssue& issue : e.issues()) {
            problems += "\n  " + issue.toEnglish();
        }
        ADD_FAILURE() << "the test contract was rejected as invalid:" << problems;
        throw;
    }
}

/// The invariants every assessment keeps (see the brief and docs/ENGINE.md "Deposits and totals"):
/// subtotal = components; total = subtotal + tax; deposits applied = min(deposits, total); net and balance;
/// the non-deposit lines add up to the total owed; one deposit line per deposit; every amount in the
/// contract's currency.
inline ::testing::AssertionResult totalsAreConsistent(const Contract& contract, const Assessment& a) {
    const Currency cur = contract.currency;
    auto fail = [&](const std::string& what) {
        return ::testing::AssertionFailure() << what << "\n" << dump(a);
    };
    if (a.subtotal != a.rooms + a.foodBeverage + a.meetingRoom + a.cancellation) {
        return fail("subtotal != rooms + foodBeverage + meetingRoom + cancellation");
    }
    if (a.totalOwed != a.subtotal + a.tax) {
        return fail("totalOwed != subtotal + tax");
    }
    Money deposits = Money::zero(cur);
    for (const Deposit& d : contract.deposits) {
        deposits += d.amount;
    }
    if (a.depositsApplied != Money::min(deposits, a.totalOwed)) {
        return fail("depositsApplied != min(deposits, totalOwed)");
    }
    if (a.netDue != a.totalOwed - a.depositsApplied) {
        return fail("netDue != totalOwed - depositsApplied");
    }
    if (a.depositBalance != deposits - a.depositsApplied) {
        return fail("depositBalance != deposits - depositsApplied");
    }
    if (sumOfNonDepositLines(a, cur) != a.totalOwed) {
        return fail("the amounts of the non-deposit lines add up to " +
                    sumOfNonDepositLines(a, cur).toDisplayString() + ", not the total owed");
    }
    if (linesOf(a, Component::Deposits).size() != contract.deposits.size()) {
        return fail("not one Deposits line per deposit");
    }
    return ::testing::AssertionSuccess();
}

/// Every total and every line amount of the assessment is in the contract's currency (a zero included).
inline ::testing::AssertionResult amountsInContractCurrency(const Contract& contract, const Assessment& a) {
    const Currency cur = contract.currency;
    auto fail = [&](const std::string& what) {
        return ::testing::AssertionFailure() << what << "\n" << dump(a);
    };
    if (a.currency != cur) {
        return fail("assessment currency differs from the contract's");
    }
    const std::pair<const char*, const Money*> totals[] = {{"rooms", &a.rooms},
                                                           {"foodBeverage", &a.foodBeverage},
                                                           {"meetingRoom", &a.meetingRoom},
                                                           {"cancellation", &a.cancellation},
                                                           {"subtotal", &a.subtotal},
                                                           {"tax", &a.tax},
                                                           {"totalOwed", &a.totalOwed},
                                                           {"depositsApplied", &a.depositsApplied},
                                                           {"netDue", &a.netDue},
                                                           {"depositBalance", &a.depositBalance}};
    for (const auto& [name, m] : totals) {
        if (m->currency() != cur) {
            return fail(std::string("total ") + name + " is not in the contract's currency (currency '" +
                        std::string(m->currency().code()) + "')");
        }
    }
    for (const AssessmentLine& line : a.lines) {
        if (line.amount.currency() != cur) {
            return fail("a line amount is not in the contract's currency: " +
                        renderEnglish(line.explanation));
        }
    }
    return ::testing::AssertionSuccess();
}

} // namespace attrition::test
