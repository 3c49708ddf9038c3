#include "attrition/engine/engine.h"

#include "assessor.h"
#include "limits.h"

#include <algorithm>
#include <limits>

namespace attrition {

std::string_view toString(Component component) noexcept {
    switch (component) {
    case Component::Rooms:
        return "rooms";
    case Component::FoodBeverage:
        return "food-beverage";
    case Component::MeetingRoom:
        return "meeting-room";
    case Component::Cancellation:
        return "cancellation";
    case Component::Comps:
        return "comps";
    case Component::Tax:
        return "tax";
    case Component::Deposits:
        return "deposits";
    }
    return "rooms";
}

namespace detail {

namespace {

constexpr Wide kMicroPpm = static_cast<Wide>(Quantity::kScale) * Percent::kScale;

const std::vector<PickupEntry>& pickupOf(const Contract& c, const ScenarioOverrides& o) {
    return o.pickup ? *o.pickup : c.pickup;
}
const std::vector<ResaleEntry>& resaleOf(const Contract& c, const ScenarioOverrides& o) {
    return o.resale ? *o.resale : c.resale;
}
std::optional<Date> noticeOf(const Contract& c, const ScenarioOverrides& o) {
    if (o.withoutCancellation) {
        return std::nullopt;
    }
    return o.cancellationNotice ? o.cancellationNotice : c.cancellationNotice;
}

} // namespace

const CancellationTier* findTier(const std::vector<CancellationTier>& tiers, std::int32_t days) noexcept {
    for (const CancellationTier& t : tiers) {
        if (days >= t.minDays && (!t.maxDays || days <= *t.maxDays)) {
            return &t;
        }
    }
    return nullptr;
}

Assessor::Assessor(const Contract& contract, const ScenarioOverrides& overrides, bool explain)
    : c_(contract)
    , o_(overrides)
    , explain_(explain)
    , currency_(contract.currency)
    , mode_(contract.rounding)
    , pickup_(pickupOf(contract, overrides))
    , resale_(resaleOf(contract, overrides))
    , fbSpend_(Money(
          (overrides.foodBeverageSpend ? *overrides.foodBeverageSpend : contract.foodBeverage.actualSpend)
              .minorUnits(),
          contract.currency))
    , notice_(noticeOf(contract, overrides)) {
    const Money zero = Money::zero(currency_);
    a_.currency = currency_;
    a_.rooms = a_.foodBeverage = a_.meetingRoom = a_.cancellation = zero;
    a_.subtotal = a_.tax = a_.totalOwed = a_.depositsApplied = a_.netDue = a_.depositBalance = zero;
    a_.creditsApplied = zero;
    fbTax_ = zero;
    if (explain_) {
        a_.lines.reserve(16);
    }
}

Assessment Assessor::run() {
    a_.cancelled = notice_.has_value();
    reviseBlock();
    gatherNights();
    if (c_.status == ContractStatus::Lost) {
        // The hotel never won the business: no clause of the contract applies, whatever the pickup or a
        // notice say. Deposits received are owed back.
        a_.cancelled = false;
        warn(Message(MessageId::LostNothingOwed));
        deposits();
        return std::move(a_);
    }
    if (a_.cancelled) {
        cancellation();
    } else {
        gatherResale();
        rooms();
        meetingRoom();
        combineRoomsAndMeeting();
        roomAndMeetingTaxes();
        comps();
        foodBeverage();
    }
    deposits();
    warnings();
    return std::move(a_);
}

// ---------------------------------------------------------------------------------------------------------
// Helpers

Money Assessor::product(Quantity quantity, const Money& rate, Percent factor) const {
    return Money::fromRatio(static_cast<Wide>(quantity.micro()) * rate.minorUnits() *
                                factor.partsPerMillion(),
                            kMicroPpm, currency_, mode_);
}

Money Assessor::rateOf(std::int64_t revenue, std::int64_t rooms) const {
    if (rooms == 0) {
        return money(0);
    }
    return Money::fromRatio(revenue, rooms, currency_, mode_);
}

Money Assessor::averageRate() const {
    return rateOf(blockRevenue_, blockRooms_);
}

Quantity Assessor::required(std::int64_t blockRooms) const {
    const Wide micro = static_cast<Wide>(blockRooms) * c_.attrition.performanceLevel.partsPerMillion();
    switch (c_.attrition.thresholdRounding) {
    case ThresholdRounding::Exact:
        return Quantity::fromMicro(static_cast<std::int64_t>(micro));
    case ThresholdRounding::Up:
        return Quantity::whole(
            static_cast<std::int64_t>(divideRounded(micro, Quantity::kScale, RoundingMode::Ceiling)));
    case ThresholdRounding::Down:
        return Quantity::whole(
            static_cast<std::int64_t>(divideRounded(micro, Quantity::kScale, RoundingMode::Floor)));
    }
    return Quantity::fromMicro(static_cast<std::int64_t>(micro));
}

Money& Assessor::totalOf(Component component) {
    switch (component) {
    case Component::Rooms:
        return a_.rooms;
    case Component::FoodBeverage:
        return a_.foodBeverage;
    case Component::MeetingRoom:
        return a_.meetingRoom;
    case Component::Cancellation:
        return a_.cancellation;
    case Component::Tax:
        return a_.tax;
    case Component::Comps:
    case Component::Deposits:
        break;
    }
    return scratch_;
}

void Assessor::line(Component component, const Money& amount, const Message& message,
                    std::optional<Quantity> quantity, std::optional<Money> rate,
                    std::optional<Percent> factor, std::optional<Date> night) {
    if (component != Component::Comps && component != Component::Deposits) {
        totalOf(component) += amount;
    }
    if (explain_) {
        a_.lines.push_back({component, night, quantity, rate, factor, amount, message});
    }
}

void Assessor::warn(const Message& message) {
    if (explain_) {
        a_.warnings.push_back(message);
    }
}

bool Assessor::resaleCreditedOn(const Night& night) const {
    const auto& threshold = c_.attrition.resaleOnlyAtOccupancy;
    return !threshold || night.occupancyPpm >= threshold->partsPerMillion();
}

// ---------------------------------------------------------------------------------------------------------
// Preparation

void Assessor::reviseBlock() {
    revised_.resize(c_.block.size());
    std::int64_t original = 0;
    for (std::size_t i = 0; i < c_.block.size(); ++i) {
        revised_[i] = c_.block[i].rooms;
        original += c_.block[i].rooms;
    }
    a_.contractedRoomNights = original;
    if (c_.reductions.empty() || original == 0) {
        return;
    }

    std::vector<std::size_t> order(c_.reductions.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return c_.reductions[x].recorded < c_.reductions[y].recorded;
    });

    std::optional<Date> lastDeadline;
    for (const ReviewStep& s : c_.reviewSchedule) {
        lastDeadline = lastDeadline ? std::max(*lastDeadline, s.deadline) : s.deadline;
    }

    std::size_t k = 0;
    while (k < order.size()) {
        const Date recorded = c_.reductions[order[k]].recorded;
        std::vector<std::int32_t> trial = revised_;
        for (; k < order.size() && c_.reductions[order[k]].recorded == recorded; ++k) {
            const BlockReduction& r = c_.reductions[order[k]];
            for (std::size_t i = 0; i < c_.block.size(); ++i) {
                if (c_.block[i].night == r.night && c_.block[i].roomType == r.roomType) {
                    trial[i] = r.rooms;
                }
            }
        }
        std::int64_t before = 0;
        std::int64_t after = 0;
        for (std::size_t i = 0; i < trial.size(); ++i) {
            before += revised_[i];
            after += trial[i];
        }
        const std::int64_t reducedBy = original - after;
        const Percent share = Percent::fromPartsPerMillion(static_cast<std::int64_t>(
            divideRounded(static_cast<Wide>(reducedBy) * Percent::kScale, original, RoundingMode::HalfUp)));

        const ReviewStep* step = nullptr;
        for (const ReviewStep& s : c_.reviewSchedule) {
            if (recorded <= s.deadline && (!step || s.deadline < step->deadline)) {
                step = &s;
            }
        }
        if (!lastDeadline) {
            warn(Message(MessageId::WarnReductionNoSchedule, MessageArg::date(recorded),
                         MessageArg::percent(share)));
        } else if (!step) {
            warn(Message(MessageId::WarnReductionLate, MessageArg::date(recorded), MessageArg::percent(share),
                         MessageArg::date(*lastDeadline)));
        } else if (static_cast<Wide>(reducedBy) * Percent::kScale >
                   static_cast<Wide>(step->maxReduction.partsPerMillion()) * original) {
            warn(Message(MessageId::WarnReductionTooLarge, MessageArg::date(recorded),
                         MessageArg::percent(share), MessageArg::percent(step->maxReduction),
                         MessageArg::date(step->deadline)));
        } else {
            revised_ = std::move(trial);
            line(Component::Rooms, money(0),
                 Message(MessageId::ReductionHonoured, MessageArg::date(recorded),
                         MessageArg::integer(before), MessageArg::integer(after), MessageArg::percent(share),
                         MessageArg::percent(step->maxReduction), MessageArg::date(step->deadline)));
        }
    }
}

void Assessor::gatherNights() {
    const auto count = static_cast<std::size_t>(std::max(0, c_.nightCount()));
    nights_.assign(count, Night{});
    const auto indexOf = [&](Date night) {
        return static_cast<std::size_t>(night.daysSince(c_.arrival));
    };

    const std::optional<Percent>& uniform = o_.uniformPickup;
    std::optional<std::int64_t> firstRate;
    for (std::size_t i = 0; i < c_.block.size(); ++i) {
        const BlockEntry& b = c_.block[i];
        Night& n = nights_[indexOf(b.night)];
        n.block += revised_[i];
        n.blockRevenue += static_cast<std::int64_t>(revised_[i]) * b.rate.minorUnits();
        if (uniform) {
            n.pickup += static_cast<std::int64_t>(
                divideRounded(static_cast<Wide>(revised_[i]) * uniform->partsPerMillion(), Percent::kScale,
                              RoundingMode::HalfUp));
        }
        if (revised_[i] > 0) {
            if (!firstRate) {
                firstRate = b.rate.minorUnits();
            } else if (*firstRate != b.rate.minorUnits()) {
                uniformRate_ = false;
            }
        }
    }
    if (!uniform) {
        for (const PickupEntry& p : pickup_) {
            nights_[indexOf(p.night)].pickup += p.rooms;
        }
    }
    const AttritionClause& a = c_.attrition;
    for (const AuditCredit& cr : c_.auditCredits) {
        Night& n = nights_[indexOf(cr.night)];
        const std::int64_t outside = a.countOutsideBlock ? cr.outsideBlock : 0;
        const std::int64_t noShows = a.countBilledNoShows ? cr.billedNoShows : 0;
        const std::int64_t walked = a.countWalked ? cr.walked : 0;
        n.credits += outside + noShows + walked;
        creditOutside_ += outside;
        creditNoShows_ += noShows;
        creditWalked_ += walked;
    }
    for (const NightOccupancy& occ : c_.occupancy) {
        nights_[indexOf(occ.night)].occupancyPpm = occ.occupancy.partsPerMillion();
    }
    for (const Night& n : nights_) {
        blockRooms_ += n.block;
        blockRevenue_ += n.blockRevenue;
        pickedUp_ += n.pickup;
        credits_ += n.credits;
    }

    const CompPolicy& comp = c_.comps;
    if (comp.perRoomNights > 0) {
        if (comp.perNight) {
            for (Night& n : nights_) {
                const std::int64_t earned = n.pickup / comp.perRoomNights;
                compsEarned_ += earned;
                if (comp.countTowardPickup) {
                    n.comps = earned;
                }
            }
        } else {
            compsEarned_ = pickedUp_ / comp.perRoomNights;
            if (comp.countTowardPickup) {
                compsPooled_ = compsEarned_;
            }
        }
    }

    a_.revisedRoomNights = blockRooms_;
    a_.pickedUpRoomNights = pickedUp_;
    a_.compRoomNights = compsEarned_;
    a_.countedRoomNights = pickedUp_ + credits_ + (comp.countTowardPickup ? compsEarned_ : 0);
    if (blockRooms_ > 0) {
        // Truncated to 1 ppm, so 79.9999% never shows as 80%.
        a_.pickupPercent = Percent::fromPartsPerMillion(static_cast<std::int64_t>(
            static_cast<Wide>(a_.countedRoomNights) * Percent::kScale / blockRooms_));
    }
}

void Assessor::gatherResale() {
    const AttritionClause& a = c_.attrition;
    if (a.resaleCredit == ResaleCreditMethod::None || resale_.empty()) {
        return;
    }
    const Money average = averageRate();
    for (const ResaleEntry& r : resale_) {
        Night& n = nights_[static_cast<std::size_t>(r.night.daysSince(c_.arrival))];
        n.resoldCount += r.roomNights;
        if (!resaleCreditedOn(n)) {
            continue;
        }
        const Money contracted =
            a.rateBasis == RateBasis::Average ? average : rateOf(n.blockRevenue, n.block);
        n.resold += r.roomNights;
        n.resoldRevenue +=
            static_cast<std::int64_t>(r.roomNights) * std::min(r.rate, contracted).minorUnits();
        n.resoldReceived += static_cast<std::int64_t>(r.roomNights) * r.rate.minorUnits();
    }
}

// ---------------------------------------------------------------------------------------------------------
// Rooms

void Assessor::rooms() {
    const AttritionClause& a = c_.attrition;
    if (!a.enabled) {
        if (!c_.block.empty()) {
            line(Component::Rooms, money(0), Message(MessageId::AttritionDisabled));
        }
        return;
    }
    if (blockRooms_ == 0) {
        return;
    }
    line(Component::Rooms, money(0),
         Message(MessageId::BlockSummary, MessageArg::integer(a_.contractedRoomNights),
                 MessageArg::integer(blockRooms_)));
    const std::int64_t compsCounted = c_.comps.countTowardPickup ? compsEarned_ : 0;
    line(Component::Rooms, money(0),
         Message(MessageId::CountedPickup, MessageArg::integer(pickedUp_),
                 MessageArg::integer(creditOutside_), MessageArg::integer(creditNoShows_),
                 MessageArg::integer(creditWalked_), MessageArg::integer(compsCounted),
                 MessageArg::integer(a_.countedRoomNights), MessageArg::percent(a_.pickupPercent)));

    if (a.resaleOnlyAtOccupancy && a.resaleCredit != ResaleCreditMethod::None) {
        for (std::size_t i = 0; i < nights_.size(); ++i) {
            const Night& n = nights_[i];
            if (n.resoldCount > n.resold) {
                line(Component::Rooms, money(0),
                     Message(MessageId::ResaleNotCredited, MessageArg::date(nightDate(i)),
                             MessageArg::integer(n.resoldCount - n.resold),
                             MessageArg::percent(
                                 Percent::fromPartsPerMillion(std::max<std::int64_t>(0, n.occupancyPpm))),
                             MessageArg::percent(*a.resaleOnlyAtOccupancy)),
                     std::nullopt, std::nullopt, std::nullopt, nightDate(i));
            }
        }
    }

    if (a.method == AttritionMethod::Cumulative) {
        roomsCumulative();
    } else {
        roomsNightByNight();
    }

    if (a.capAmount && a_.rooms.minorUnits() > a.capAmount->minorUnits()) {
        const Money before = a_.rooms;
        const Money cap = money(a.capAmount->minorUnits());
        line(Component::Rooms, cap - before,
             Message(MessageId::DamagesCapped, MessageArg::money(cap), MessageArg::money(before)));
    }
}

Date Assessor::nightDate(std::size_t index) const {
    return c_.arrival.addDays(static_cast<std::int32_t>(index));
}

Money Assessor::unusedRoomsRate() {
    // The rooms of each block entry not picked up, at that entry's rate.
    std::int64_t unusedRooms = 0;
    Wide unusedRevenue = 0;
    for (std::size_t i = 0; i < c_.block.size(); ++i) {
        const BlockEntry& b = c_.block[i];
        std::int64_t picked = 0;
        if (o_.uniformPickup) {
            picked = static_cast<std::int64_t>(
                divideRounded(static_cast<Wide>(revised_[i]) * o_.uniformPickup->partsPerMillion(),
                              Percent::kScale, RoundingMode::HalfUp));
        } else if (i < pickup_.size() && pickup_[i].night == b.night && pickup_[i].roomType == b.roomType) {
            picked = pickup_[i].rooms; // pickup listed in block order: (night, room type) is unique
        } else {
            for (const PickupEntry& p : pickup_) {
                if (p.night == b.night && p.roomType == b.roomType) {
                    picked = p.rooms;
                    break;
                }
            }
        }
        const std::int64_t unused = std::max<std::int64_t>(0, revised_[i] - picked);
        unusedRooms += unused;
        unusedRevenue += static_cast<Wide>(unused) * b.rate.minorUnits();
    }
    if (unusedRooms == 0) {
        return averageRateWithLine();
    }
    const Money rate = Money::fromRatio(unusedRevenue, unusedRooms, currency_, mode_);
    line(Component::Rooms, money(0),
         Message(MessageId::UnusedRoomsRate, MessageArg::integer(unusedRooms),
                 MessageArg::money(Money(checkedNarrow(unusedRevenue), currency_)), MessageArg::money(rate)));
    return rate;
}

Money Assessor::averageRateWithLine() {
    const Money rate = averageRate();
    if (!uniformRate_) {
        line(Component::Rooms, money(0),
             Message(MessageId::AverageRate, MessageArg::money(money(blockRevenue_)),
                     MessageArg::integer(blockRooms_), MessageArg::money(rate)));
    }
    return rate;
}

void Assessor::roomsCumulative() {
    const AttritionClause& a = c_.attrition;
    const Quantity exact = Quantity::fromMicro(blockRooms_ * a.performanceLevel.partsPerMillion());
    const Quantity req = required(blockRooms_);
    const Quantity counted = Quantity::whole(a_.countedRoomNights);
    Quantity shortfall = Quantity::max(Quantity(), req - counted);
    if (a.capRoomsAtNightBlock) {
        shortfall = Quantity::min(shortfall, Quantity::whole(blockRooms_));
    }
    if (req == exact) {
        line(Component::Rooms, money(0),
             Message(MessageId::RequiredCumulative, MessageArg::percent(a.performanceLevel),
                     MessageArg::integer(blockRooms_), MessageArg::quantity(req),
                     MessageArg::quantity(counted), MessageArg::quantity(shortfall)),
             shortfall);
    } else {
        line(Component::Rooms, money(0),
             Message(MessageId::RequiredCumulativeRounded, MessageArg::percent(a.performanceLevel),
                     MessageArg::integer(blockRooms_), MessageArg::quantity(exact), MessageArg::quantity(req),
                     MessageArg::quantity(counted), MessageArg::quantity(shortfall)),
             shortfall);
    }
    if (shortfall.isZero()) {
        line(Component::Rooms, money(0),
             Message(MessageId::PerformanceMet, MessageArg::percent(a_.pickupPercent),
                     MessageArg::percent(a.performanceLevel)));
        return;
    }

    std::int64_t resold = 0;
    std::int64_t resoldRevenue = 0;
    std::int64_t resoldReceived = 0;
    for (const Night& n : nights_) {
        resold += n.resold;
        resoldRevenue += n.resoldRevenue;
        resoldReceived += n.resoldReceived;
    }

    Quantity liable = shortfall;
    if (a.resaleCredit == ResaleCreditMethod::ByCount && resold > 0) {
        liable = Quantity::max(Quantity(), shortfall - Quantity::whole(resold));
        line(Component::Rooms, money(0),
             Message(MessageId::ResaleByCount, MessageArg::integer(resold), MessageArg::quantity(shortfall),
                     MessageArg::quantity(liable)),
             liable);
    }
    if (liable.isZero()) {
        return;
    }

    const Money rate =
        a.rateBasis == RateBasis::Average || uniformRate_ ? averageRateWithLine() : unusedRoomsRate();
    const Money gross = product(liable, rate, a.damagesFactor);
    line(Component::Rooms, gross,
         Message(MessageId::RoomDamages, MessageArg::quantity(liable), MessageArg::money(rate),
                 MessageArg::percent(a.damagesFactor), MessageArg::money(gross)),
         liable, rate, a.damagesFactor);

    if (a.resaleCredit == ResaleCreditMethod::ByRevenue && resold > 0) {
        resaleRevenueCredit(resold, resoldReceived, resoldRevenue, gross);
    }
}

void Assessor::resaleRevenueCredit(std::int64_t resold, std::int64_t received, std::int64_t capped,
                                   const Money& damages, std::optional<Date> night) {
    const AttritionClause& a = c_.attrition;
    const Money credit = money(capped).times(a.damagesFactor, mode_);
    if (night) {
        line(Component::Rooms, -credit,
             Message(MessageId::ResaleByRevenueNight, MessageArg::date(*night), MessageArg::integer(resold),
                     MessageArg::money(money(received)), MessageArg::money(money(capped)),
                     MessageArg::percent(a.damagesFactor), MessageArg::money(credit)),
             Quantity::whole(resold), std::nullopt, a.damagesFactor, night);
    } else {
        line(Component::Rooms, -credit,
             Message(MessageId::ResaleByRevenue, MessageArg::integer(resold),
                     MessageArg::money(money(received)), MessageArg::money(money(capped)),
                     MessageArg::percent(a.damagesFactor), MessageArg::money(credit)),
             Quantity::whole(resold), std::nullopt, a.damagesFactor);
    }
    if (credit > damages) {
        line(Component::Rooms, credit - damages,
             Message(MessageId::ResaleCreditLimited, MessageArg::money(damages)), std::nullopt, std::nullopt,
             std::nullopt, night);
    }
}

void Assessor::roomsNightByNight() {
    const AttritionClause& a = c_.attrition;
    const std::size_t count = nights_.size();
    std::vector<Quantity> liable(count);
    Quantity totalShort;
    std::int64_t over = 0;

    for (std::size_t i = 0; i < count; ++i) {
        const Night& n = nights_[i];
        if (n.block == 0 && n.pickup == 0) {
            continue;
        }
        const std::int64_t countedRooms = n.pickup + n.credits + n.comps;
        const Quantity exact = Quantity::fromMicro(n.block * a.performanceLevel.partsPerMillion());
        const Quantity req = required(n.block);
        const Quantity counted = Quantity::whole(countedRooms);
        Quantity shortfall = Quantity::max(Quantity(), req - counted);
        over += std::max<std::int64_t>(0, countedRooms - n.block);
        const Date night = nightDate(i);
        if (req == exact) {
            line(Component::Rooms, money(0),
                 Message(MessageId::RequiredNight, MessageArg::date(night),
                         MessageArg::percent(a.performanceLevel), MessageArg::integer(n.block),
                         MessageArg::quantity(req), MessageArg::quantity(counted),
                         MessageArg::quantity(shortfall)),
                 shortfall, std::nullopt, std::nullopt, night);
        } else {
            line(Component::Rooms, money(0),
                 Message(MessageId::RequiredNightRounded, MessageArg::date(night),
                         MessageArg::percent(a.performanceLevel), MessageArg::integer(n.block),
                         MessageArg::quantity(exact), MessageArg::quantity(req),
                         MessageArg::quantity(counted), MessageArg::quantity(shortfall)),
                 shortfall, std::nullopt, std::nullopt, night);
        }
        if (a.capRoomsAtNightBlock && shortfall > Quantity::whole(n.block)) {
            shortfall = Quantity::whole(n.block);
            line(
                Component::Rooms, money(0),
                Message(MessageId::NightCappedAtBlock, MessageArg::date(night), MessageArg::integer(n.block)),
                shortfall, std::nullopt, std::nullopt, night);
        }
        if (a.resaleCredit == ResaleCreditMethod::ByCount && n.resold > 0 && !shortfall.isZero()) {
            const Quantity after = Quantity::max(Quantity(), shortfall - Quantity::whole(n.resold));
            line(Component::Rooms, money(0),
                 Message(MessageId::ResaleByCountNight, MessageArg::date(night),
                         MessageArg::integer(n.resold), MessageArg::quantity(shortfall),
                         MessageArg::quantity(after)),
                 after, std::nullopt, std::nullopt, night);
            shortfall = after;
        }
        liable[i] = shortfall;
        totalShort += shortfall;
    }

    // Credits that float across nights: rooms above the block, and comps earned on the whole stay.
    const auto offset = [&](std::int64_t pool, MessageId id) {
        if (pool <= 0 || totalShort.isZero()) {
            return;
        }
        const Quantity used = Quantity::min(Quantity::whole(pool), totalShort);
        const Quantity before = totalShort;
        Quantity remaining = used;
        for (Quantity& q : liable) {
            const Quantity take = Quantity::min(q, remaining);
            q -= take;
            remaining -= take;
        }
        totalShort -= used;
        line(Component::Rooms, money(0),
             Message(id, MessageArg::quantity(used), MessageArg::quantity(before),
                     MessageArg::quantity(totalShort)),
             totalShort);
    };
    if (a.overBlockCredit) {
        offset(over, MessageId::OverBlockCredit);
    }
    offset(compsPooled_, MessageId::CompsOffset);

    if (totalShort.isZero()) {
        line(Component::Rooms, money(0),
             Message(MessageId::PerformanceMet, MessageArg::percent(a_.pickupPercent),
                     MessageArg::percent(a.performanceLevel)));
        return;
    }

    const bool average = a.rateBasis == RateBasis::Average;
    const Money averageRateValue = average ? averageRateWithLine() : money(0);
    const bool revenueCredit = a.resaleCredit == ResaleCreditMethod::ByRevenue;
    for (std::size_t i = 0; i < count; ++i) {
        if (liable[i].isZero()) {
            continue;
        }
        const Night& n = nights_[i];
        const Money rate = average ? averageRateValue : rateOf(n.blockRevenue, n.block);
        const Money amount = product(liable[i], rate, a.damagesFactor);
        const Date night = nightDate(i);
        line(Component::Rooms, amount,
             Message(MessageId::RoomDamagesNight, MessageArg::date(night), MessageArg::quantity(liable[i]),
                     MessageArg::money(rate), MessageArg::percent(a.damagesFactor),
                     MessageArg::money(amount)),
             liable[i], rate, a.damagesFactor, night);
        // Each night on its own: that night's resale credits that night's damages only.
        if (revenueCredit && n.resold > 0) {
            resaleRevenueCredit(n.resold, n.resoldReceived, n.resoldRevenue, amount, night);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Meeting room, comps, F&B

void Assessor::meetingRoom() {
    const MeetingRoomClause& m = c_.meetingRoom;
    if (m.rental.isZero() || m.scale.empty()) {
        return;
    }
    const MeetingScaleBand* band = nullptr;
    for (const MeetingScaleBand& b : m.scale) {
        const bool reached = blockRooms_ > 0
                                 ? static_cast<Wide>(a_.countedRoomNights) * Percent::kScale >=
                                       static_cast<Wide>(b.minPickup.partsPerMillion()) * blockRooms_
                                 : b.minPickup.isZero();
        if (reached && (!band || b.minPickup > band->minPickup)) {
            band = &b;
        }
    }
    if (!band) {
        line(Component::MeetingRoom, money(0),
             Message(MessageId::MeetingNoBand, MessageArg::money(m.rental),
                     MessageArg::percent(a_.pickupPercent)));
        return;
    }
    const Money charge = m.rental.times(band->charged, mode_);
    line(Component::MeetingRoom, charge,
         Message(MessageId::MeetingScaled, MessageArg::money(m.rental), MessageArg::percent(a_.pickupPercent),
                 MessageArg::percent(band->minPickup), MessageArg::percent(band->charged),
                 MessageArg::money(charge)),
         std::nullopt, m.rental, band->charged);
}

void Assessor::combineRoomsAndMeeting() {
    const MeetingRoomClause& m = c_.meetingRoom;
    if (m.rental.isZero() || m.scale.empty()) {
        return;
    }
    const Money roomsOwed = a_.rooms;
    const Money meetingOwed = a_.meetingRoom;
    switch (m.policy) {
    case MeetingRoomPolicy::WithAttrition:
        return;
    case MeetingRoomPolicy::GreaterOfTheTwo:
        if (roomsOwed >= meetingOwed) {
            if (meetingOwed.isPositive()) {
                line(Component::MeetingRoom, -meetingOwed,
                     Message(MessageId::GreaterOfAttrition, MessageArg::money(roomsOwed),
                             MessageArg::money(meetingOwed)));
            }
        } else if (roomsOwed.isPositive()) {
            line(Component::Rooms, -roomsOwed,
                 Message(MessageId::GreaterOfMeeting, MessageArg::money(roomsOwed),
                         MessageArg::money(meetingOwed)));
        }
        return;
    case MeetingRoomPolicy::InsteadOfAttrition:
        if (roomsOwed.isPositive()) {
            line(Component::Rooms, -roomsOwed,
                 Message(MessageId::AttritionInsteadOfMeeting, MessageArg::money(roomsOwed)));
        }
        return;
    }
}

void Assessor::roomAndMeetingTaxes() {
    const AttritionClause& a = c_.attrition;
    if (a.taxable && a_.rooms.isPositive() && !a.taxRate.isZero()) {
        const Money tax = a_.rooms.times(a.taxRate, mode_);
        line(Component::Tax, tax,
             Message(MessageId::TaxOnRooms, MessageArg::percent(a.taxRate), MessageArg::money(a_.rooms),
                     MessageArg::money(tax)),
             std::nullopt, a_.rooms, a.taxRate);
    }
    const MeetingRoomClause& m = c_.meetingRoom;
    if (m.taxable && a_.meetingRoom.isPositive() && !m.taxRate.isZero()) {
        const Money tax = a_.meetingRoom.times(m.taxRate, mode_);
        line(Component::Tax, tax,
             Message(MessageId::TaxOnMeetingRoom, MessageArg::percent(m.taxRate),
                     MessageArg::money(a_.meetingRoom), MessageArg::money(tax)),
             std::nullopt, a_.meetingRoom, m.taxRate);
    }
}

void Assessor::comps() {
    const CompPolicy& comp = c_.comps;
    if (comp.perRoomNights <= 0 || !explain_) {
        return;
    }
    const Money rate = averageRate();
    const Money worth = rate * compsEarned_;
    if (comp.perNight) {
        line(Component::Comps, money(0),
             Message(MessageId::CompsEarnedPerNight, MessageArg::integer(comp.perRoomNights),
                     MessageArg::integer(compsEarned_), MessageArg::money(worth), MessageArg::money(rate)),
             Quantity::whole(compsEarned_), rate);
    } else {
        line(Component::Comps, money(0),
             Message(MessageId::CompsEarned, MessageArg::integer(comp.perRoomNights),
                     MessageArg::integer(pickedUp_), MessageArg::integer(compsEarned_),
                     MessageArg::money(worth), MessageArg::money(rate)),
             Quantity::whole(compsEarned_), rate);
    }
}

void Assessor::foodBeverage() {
    const FoodBeverageClause& f = c_.foodBeverage;
    if (f.minimum.isZero()) {
        return;
    }
    const Money minimum = money(f.minimum.minorUnits());
    const Money requiredSpend = minimum.times(f.allowance.complement(), mode_);
    const Money shortfall = Money::max(money(0), requiredSpend - fbSpend_);
    line(Component::FoodBeverage, money(0),
         Message(MessageId::FbRequired, MessageArg::money(minimum), MessageArg::percent(f.allowance),
                 MessageArg::money(requiredSpend), MessageArg::money(fbSpend_),
                 MessageArg::money(shortfall)));
    if (shortfall.isZero()) {
        line(Component::FoodBeverage, money(0),
             Message(MessageId::FbMet, MessageArg::money(fbSpend_), MessageArg::money(requiredSpend)));
        return;
    }
    const Money damages = shortfall.times(f.damagesFactor, mode_);
    line(Component::FoodBeverage, damages,
         Message(MessageId::FbDamages, MessageArg::money(shortfall), MessageArg::percent(f.damagesFactor),
                 MessageArg::money(damages)),
         std::nullopt, shortfall, f.damagesFactor);
    Money service = money(0);
    if (f.serviceChargeOnDamages && !f.serviceChargeRate.isZero()) {
        service = damages.times(f.serviceChargeRate, mode_);
        line(Component::FoodBeverage, service,
             Message(MessageId::FbServiceCharge, MessageArg::percent(f.serviceChargeRate),
                     MessageArg::money(damages), MessageArg::money(service)),
             std::nullopt, damages, f.serviceChargeRate);
    }
    Money taxBase = money(0);
    if (f.taxOnDamages) {
        taxBase += damages;
    }
    if (f.taxOnServiceCharge) {
        taxBase += service;
    }
    if (taxBase.isPositive() && !f.taxRate.isZero()) {
        fbTax_ = taxBase.times(f.taxRate, mode_);
        line(Component::Tax, fbTax_,
             Message(MessageId::TaxOnFoodBeverage, MessageArg::percent(f.taxRate), MessageArg::money(taxBase),
                     MessageArg::money(fbTax_)),
             std::nullopt, taxBase, f.taxRate);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Cancellation

void Assessor::cancellation() {
    const CancellationClause& k = c_.cancellation;
    if (k.tiers.empty()) {
        warn(Message(MessageId::WarnNoCancellationTiers));
        return;
    }
    std::int32_t days = c_.arrival.daysSince(*notice_);
    if (days < 0) {
        warn(Message(MessageId::WarnNoticeAfterArrival, MessageArg::date(*notice_),
                     MessageArg::date(c_.arrival)));
        days = 0;
    }
    const CancellationTier* tier = findTier(k.tiers, days);
    if (tier == nullptr) {
        return; // validation guarantees a tier for every day count
    }
    if (tier->maxDays) {
        line(Component::Cancellation, money(0),
             Message(MessageId::CancelNoticeTier, MessageArg::date(*notice_), MessageArg::integer(days),
                     MessageArg::date(c_.arrival), MessageArg::integer(tier->minDays),
                     MessageArg::integer(*tier->maxDays)));
    } else {
        line(Component::Cancellation, money(0),
             Message(MessageId::CancelNoticeOpenTier, MessageArg::date(*notice_), MessageArg::integer(days),
                     MessageArg::date(c_.arrival), MessageArg::integer(tier->minDays)));
    }

    const Money roomRevenue = money(blockRevenue_);
    const Money fbMinimum = money(c_.foodBeverage.minimum.minorUnits());
    const Money rental = money(c_.meetingRoom.rental.minorUnits());
    const auto component = [&](MessageId id, const Money& base, Percent pct) {
        const Money fee = base.times(pct, mode_);
        line(Component::Cancellation, fee,
             Message(id, MessageArg::money(base), MessageArg::percent(pct), MessageArg::money(fee)),
             std::nullopt, base, pct);
    };
    switch (k.basis) {
    case CancellationBasis::RoomRevenue:
        component(MessageId::CancelRoomRevenue, roomRevenue, tier->percent);
        break;
    case CancellationBasis::TotalRevenue: {
        const Money total = roomRevenue + fbMinimum + rental;
        const Money fee = total.times(tier->percent, mode_);
        line(Component::Cancellation, fee,
             Message(MessageId::CancelTotalRevenue, MessageArg::money(total), MessageArg::money(roomRevenue),
                     MessageArg::money(fbMinimum), MessageArg::money(rental),
                     MessageArg::percent(tier->percent), MessageArg::money(fee)),
             std::nullopt, total, tier->percent);
        break;
    }
    case CancellationBasis::PerComponent:
        component(MessageId::CancelComponentRooms, roomRevenue, tier->roomsPercent);
        if (fbMinimum.isPositive()) {
            component(MessageId::CancelComponentFb, fbMinimum, tier->foodBeveragePercent);
        }
        if (rental.isPositive()) {
            component(MessageId::CancelComponentMeeting, rental, tier->meetingRoomPercent);
        }
        break;
    }

    if (k.creditResale && !resale_.empty() && a_.cancellation.isPositive()) {
        std::int64_t resold = 0;
        std::int64_t credit = 0;
        for (const ResaleEntry& r : resale_) {
            const Night& n = nights_[static_cast<std::size_t>(r.night.daysSince(c_.arrival))];
            resold += r.roomNights;
            credit += static_cast<std::int64_t>(r.roomNights) *
                      std::min(r.rate, rateOf(n.blockRevenue, n.block)).minorUnits();
        }
        const Money applied = Money::min(money(credit), a_.cancellation);
        line(Component::Cancellation, -applied,
             Message(MessageId::CancelMitigation, MessageArg::integer(resold), MessageArg::money(applied)),
             Quantity::whole(resold));
    }
    if (k.roundToWholeUnits) {
        const Money fee = a_.cancellation;
        const Money rounded = fee.roundedToMajor(mode_);
        if (rounded != fee) {
            line(Component::Cancellation, rounded - fee,
                 Message(MessageId::CancelRounded, MessageArg::money(fee), MessageArg::money(rounded)));
        }
    }
    if (c_.forceMajeure && k.waiveOnForceMajeure && a_.cancellation.isPositive()) {
        const Money fee = a_.cancellation;
        line(Component::Cancellation, -fee, Message(MessageId::CancelForceMajeure, MessageArg::money(fee)));
    }
    if (k.taxable && a_.cancellation.isPositive() && !k.taxRate.isZero()) {
        const Money tax = a_.cancellation.times(k.taxRate, mode_);
        line(Component::Tax, tax,
             Message(MessageId::TaxOnCancellation, MessageArg::percent(k.taxRate),
                     MessageArg::money(a_.cancellation), MessageArg::money(tax)),
             std::nullopt, a_.cancellation, k.taxRate);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Totals, deposits, warnings

void Assessor::deposits() {
    a_.subtotal = a_.rooms + a_.foodBeverage + a_.meetingRoom + a_.cancellation;
    a_.totalOwed = a_.subtotal + a_.tax;
    Money remaining = Money::max(money(0), a_.totalOwed);
    // Rebooking credits first: a part of another contract's damages waived and granted here, never more than
    // what this contract owes.
    for (const RebookingCredit& credit : rebookingCredits_) {
        const Money granted = money(0) + credit.amount;
        const Money applied = Money::min(remaining, Money::max(money(0), granted));
        remaining -= applied;
        a_.creditsApplied += applied;
        if (explain_) {
            a_.lines.push_back(
                {Component::Deposits, std::nullopt, std::nullopt, granted, std::nullopt, -applied,
                 Message(MessageId::RebookingCreditApplied, MessageArg::interned(credit.fromContract),
                         MessageArg::money(granted), MessageArg::money(applied))});
        }
    }
    Money received = money(0);
    for (const Deposit& d : c_.deposits) {
        const Money applied = Money::min(remaining, d.amount);
        remaining -= applied;
        received += d.amount;
        a_.depositsApplied += applied;
        if (explain_) {
            a_.lines.push_back({Component::Deposits, std::nullopt, std::nullopt, d.amount, std::nullopt,
                                -applied,
                                Message(MessageId::DepositApplied, MessageArg::date(d.received),
                                        MessageArg::money(d.amount), MessageArg::money(applied))});
        }
    }
    a_.netDue = a_.totalOwed - a_.creditsApplied - a_.depositsApplied;
    a_.depositBalance = received - a_.depositsApplied;
    if (a_.depositBalance.isPositive()) {
        warn(Message(MessageId::WarnDepositsExceedOwed, MessageArg::money(a_.depositBalance)));
    }
}

void Assessor::warnings() {
    if (!a_.cancelled && c_.attrition.enabled && blockRooms_ > 0 && pickup_.empty() && !o_.uniformPickup) {
        warn(Message(MessageId::WarnNoPickup));
    }
    if (c_.status == ContractStatus::Cancelled && !notice_ && !o_.withoutCancellation) {
        warn(Message(MessageId::WarnCancelledWithoutNotice));
    }
}

void requireValid(const Contract& contract, const ScenarioOverrides& overrides) {
    std::vector<ValidationIssue> issues;
    if (overrides.pickup || overrides.resale || overrides.foodBeverageSpend || overrides.cancellationNotice) {
        Contract scenario = contract;
        if (overrides.pickup) {
            scenario.pickup = *overrides.pickup;
        }
        if (overrides.resale) {
            scenario.resale = *overrides.resale;
        }
        if (overrides.foodBeverageSpend) {
            scenario.foodBeverage.actualSpend = *overrides.foodBeverageSpend;
        }
        if (overrides.cancellationNotice) {
            scenario.cancellationNotice = overrides.cancellationNotice;
        }
        issues = validate(scenario);
    } else {
        issues = validate(contract);
    }
    if (overrides.uniformPickup && (overrides.uniformPickup->partsPerMillion() < 0 ||
                                    overrides.uniformPickup->partsPerMillion() > 10 * Percent::kScale)) {
        issues.push_back({"scenario.uniformPickup", Message(MessageId::ValScenarioPickupRange,
                                                            MessageArg::percent(*overrides.uniformPickup))});
    }
    if (!issues.empty()) {
        throw ContractInvalid(std::move(issues));
    }
}

} // namespace detail

Assessment assess(const Contract& contract, const ScenarioOverrides& overrides) {
    detail::requireValid(contract, overrides);
    return detail::Assessor(contract, overrides, true).run();
}

Assessment assessTotals(const Contract& contract, const ScenarioOverrides& overrides) {
    detail::requireValid(contract, overrides);
    return detail::Assessor(contract, overrides, false).run();
}

Assessment assess(const Contract& contract, const ScenarioOverrides& overrides,
                  std::span<const RebookingCredit> credits) {
    detail::requireValid(contract, overrides);
    detail::Assessor assessor(contract, overrides, true);
    assessor.applyCredits(credits);
    return assessor.run();
}

Assessment assessTotals(const Contract& contract, const ScenarioOverrides& overrides,
                        std::span<const RebookingCredit> credits) {
    detail::requireValid(contract, overrides);
    detail::Assessor assessor(contract, overrides, false);
    assessor.applyCredits(credits);
    return assessor.run();
}

std::vector<RebookingCredit> rebookingCreditsFor(const Contract& receiving,
                                                 std::span<const Contract> contracts) {
    std::vector<RebookingCredit> credits;
    if (receiving.reference.empty()) {
        return credits;
    }
    for (const Contract& c : contracts) {
        const Settlement& s = c.settlement;
        if (s.creditContract == receiving.reference && c.reference != receiving.reference &&
            c.account == receiving.account && s.creditAmount.isPositive()) {
            credits.push_back({c.reference, s.creditAmount});
        }
    }
    return credits;
}

} // namespace attrition
