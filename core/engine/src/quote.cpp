#include "attrition/engine/quote.h"

#include "assessor.h"
#include "random.h"

#include <algorithm>
#include <map>
#include <utility>

namespace attrition::quote {

namespace {

constexpr std::int64_t kMillion = 1'000'000;

struct Draw {
    std::int64_t washPpm = 0;
    std::int64_t count = 0; ///< how many of the draws fell on this wash
};

/// The smallest value whose cumulative count reaches p of the total (nearest rank), values sorted.
template <typename T>
T weightedQuantile(const std::vector<std::pair<T, std::int64_t>>& sorted, std::int64_t total, int percent) {
    const std::int64_t rank = std::max<std::int64_t>(1, (total * percent + 99) / 100);
    std::int64_t seen = 0;
    for (const auto& [value, count] : sorted) {
        seen += count;
        if (seen >= rank) {
            return value;
        }
    }
    return sorted.back().first;
}

struct StayNight {
    Date night;
    std::int64_t block = 0;   ///< rooms
    std::int64_t revenue = 0; ///< rooms x rates, minor units
    const HotelNight* outlook = nullptr;
};

std::vector<StayNight> stayNights(const Contract& contract, const std::vector<HotelNight>& outlook) {
    std::map<Date, StayNight> nights;
    for (Date d = contract.arrival; d < contract.departure; d = d.addDays(1)) {
        nights[d].night = d;
    }
    for (const BlockEntry& b : contract.block) {
        auto it = nights.find(b.night);
        if (it != nights.end()) {
            it->second.block += b.rooms;
            it->second.revenue += b.rooms * b.rate.minorUnits();
        }
    }
    for (const HotelNight& h : outlook) {
        auto it = nights.find(h.night);
        if (it != nights.end() && it->second.outlook == nullptr) {
            it->second.outlook = &h;
        }
    }
    std::vector<StayNight> result;
    result.reserve(nights.size());
    for (auto& [night, n] : nights) {
        result.push_back(n);
    }
    return result;
}

/// Exact sums over the draws of one night: each term times the draws that fell on its wash.
struct NightSums {
    Wide groupRooms = 0; ///< micro rooms
    Wide displaced = 0;  ///< micro rooms
    Wide revenue = 0;    ///< minor units x ppm
    Wide profit = 0;     ///< minor units x 10^12
    Wide cost = 0;       ///< minor units x 10^12
};

/// For the explanation: a wash to a tenth of a point, rooms to a tenth of a room, half up. The figures of the
/// quote itself keep every digit.
MessageArg shownPercent(Percent p) {
    return MessageArg::percent(Percent::fromPartsPerMillion(
        static_cast<std::int64_t>(divideRounded(p.partsPerMillion(), 1'000, RoundingMode::HalfUp)) * 1'000));
}
MessageArg shownRooms(Quantity q) {
    return MessageArg::quantity(Quantity::fromMicro(
        static_cast<std::int64_t>(divideRounded(q.micro(), 100'000, RoundingMode::HalfUp)) * 100'000));
}

} // namespace

const char* washSourceName(WashSource source) noexcept {
    switch (source) {
    case WashSource::Account:
        return "account";
    case WashSource::Comparable:
        return "comparable";
    case WashSource::Default:
        return "default";
    }
    return "default";
}

WashDistribution washDistribution(std::span<const GroupHistory> past, std::string_view account) {
    WashDistribution own;
    WashDistribution all;
    own.source = WashSource::Account;
    all.source = WashSource::Comparable;
    for (const GroupHistory& g : past) {
        if (g.contract == nullptr) {
            continue;
        }
        std::int64_t block = 0;
        std::int64_t final = 0;
        for (const BlockEntry& b : g.contract->block) {
            block += std::max(0, b.rooms);
        }
        for (const PickupEntry& p : g.contract->pickup) {
            final += std::max(0, p.rooms);
        }
        if (block <= 0 || final <= 0) {
            continue;
        }
        const Percent wash = Percent::fromPartsPerMillion(static_cast<std::int64_t>(
            divideRounded(static_cast<Wide>(block - final) * kMillion, block, RoundingMode::HalfUp)));
        all.washes.push_back(wash);
        if (!account.empty() && g.contract->account == account) {
            own.washes.push_back(wash);
        }
    }
    own.groups = own.accountGroups = static_cast<std::int32_t>(own.washes.size());
    all.groups = static_cast<std::int32_t>(all.washes.size());
    all.accountGroups = own.accountGroups;
    WashDistribution chosen;
    if (own.groups >= kMinAccountWashGroups) {
        chosen = std::move(own);
    } else if (all.groups >= kMinComparableWashGroups) {
        chosen = std::move(all);
    } else {
        chosen.source = WashSource::Default;
        chosen.groups = all.groups;
        chosen.accountGroups = own.accountGroups;
        for (int points : {0, 5, 10, 15, 20}) {
            chosen.washes.push_back(Percent::fromPoints(points));
        }
    }
    std::sort(chosen.washes.begin(), chosen.washes.end());
    return chosen;
}

std::vector<Message> checkQuote(const Contract& contract, const std::vector<HotelNight>& outlook,
                                const QuoteOptions& options) {
    std::vector<Message> problems;
    const Currency currency = contract.currency;
    if (contract.block.empty()) {
        problems.emplace_back(MessageId::QuoteNoBlock);
    }
    const Margins& m = options.margins;
    if (m.roomVariableCost.currency() != currency && !m.roomVariableCost.isZero()) {
        problems.emplace_back(MessageId::QuoteCostCurrency, MessageArg::money(m.roomVariableCost));
    }
    if (m.groupCommission.partsPerMillion() < 0 || m.groupCommission >= Percent::hundred()) {
        problems.emplace_back(MessageId::QuoteCommissionRange, MessageArg::percent(m.groupCommission));
    }
    for (const Percent margin : {m.foodBeverageMargin, m.meetingRoomMargin}) {
        if (margin.partsPerMillion() < 0 || margin > Percent::hundred()) {
            problems.emplace_back(MessageId::QuoteMarginRange, MessageArg::percent(margin));
        }
    }
    std::map<Date, int> entered;
    for (const HotelNight& h : outlook) {
        if (++entered[h.night] == 2) {
            problems.emplace_back(MessageId::QuoteOutlookTwice, MessageArg::date(h.night));
        }
    }
    for (const StayNight& n : stayNights(contract, outlook)) {
        if (n.outlook == nullptr) {
            problems.emplace_back(MessageId::QuoteNoOutlook, MessageArg::date(n.night));
            continue;
        }
        const HotelNight& h = *n.outlook;
        if (h.capacity < n.block) {
            problems.emplace_back(MessageId::QuoteCapacityBelowBlock, MessageArg::date(n.night),
                                  MessageArg::integer(n.block), MessageArg::integer(h.capacity));
        }
        if (h.transientDemand < Quantity{}) {
            problems.emplace_back(MessageId::QuoteNegativeDemand, MessageArg::date(n.night),
                                  MessageArg::quantity(h.transientDemand));
        }
        for (const Money& amount : {h.transientNetAdr, h.transientAncillary}) {
            if (amount.currency() != currency && !amount.isZero()) {
                problems.emplace_back(MessageId::QuoteNightCurrency, MessageArg::date(n.night),
                                      MessageArg::money(amount));
            }
        }
    }
    return problems;
}

Quote quoteGroup(const Contract& contract, const std::vector<HotelNight>& outlook,
                 const WashDistribution& wash, const QuoteOptions& options) {
    if (options.draws < forecast::kMinDraws || options.draws > forecast::kMaxDraws) {
        throw QuoteError("the number of wash draws must be between 1 and 1,000,000");
    }
    if (wash.washes.empty()) {
        throw QuoteError("the wash distribution is empty");
    }
    if (const std::vector<Message> problems = checkQuote(contract, outlook, options); !problems.empty()) {
        throw QuoteError(renderEnglish(problems.front()));
    }
    const Currency currency = contract.currency;
    const RoundingMode mode = contract.rounding;
    const Margins& m = options.margins;
    const std::int64_t variable = m.roomVariableCost.minorUnits();
    const std::int64_t keep = kMillion - m.groupCommission.partsPerMillion(); ///< of revenue, ppm

    Quote q;
    q.currency = currency;
    q.wash = wash;
    q.draws = options.draws;
    q.seed = options.seed;

    // The draws, each a past wash drawn with replacement, counted per distinct wash.
    std::vector<std::int64_t> hits(wash.washes.size(), 0);
    detail::Random random(options.seed);
    for (std::int32_t i = 0; i < options.draws; ++i) {
        ++hits[random.index(hits.size())];
    }
    std::vector<Draw> draws;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (hits[i] == 0) {
            continue;
        }
        const std::int64_t ppm = wash.washes[i].partsPerMillion();
        if (!draws.empty() && draws.back().washPpm == ppm) {
            draws.back().count += hits[i];
        } else {
            draws.push_back({ppm, hits[i]});
        }
    }
    const std::int64_t total = options.draws;
    {
        Wide sum = 0;
        std::vector<std::pair<std::int64_t, std::int64_t>> sorted;
        for (const Draw& d : draws) {
            sum += static_cast<Wide>(d.washPpm) * d.count;
            sorted.emplace_back(d.washPpm, d.count);
        }
        q.expectedWash = Percent::fromPartsPerMillion(
            static_cast<std::int64_t>(divideRounded(sum, total, RoundingMode::HalfUp)));
        q.washP10 = Percent::fromPartsPerMillion(weightedQuantile(sorted, total, 10));
        q.washP90 = Percent::fromPartsPerMillion(weightedQuantile(sorted, total, 90));
    }

    // Per night and draw, exactly: group rooms E = G (1 - w), displaced D = max(0, T + E - C), the group's
    // room profit E x rate x (1 - commission) - E x variable cost, and the displacement cost
    // D x (transient net ADR - variable cost + ancillary).
    const std::vector<StayNight> stay = stayNights(contract, outlook);
    std::vector<NightSums> sums(stay.size());
    std::vector<Wide> drawNet(draws.size(), 0); ///< per draw, minor units x 10^12
    for (std::size_t n = 0; n < stay.size(); ++n) {
        const StayNight& night = stay[n];
        const HotelNight& h = *night.outlook;
        const std::int64_t margin =
            h.transientNetAdr.minorUnits() - variable + h.transientAncillary.minorUnits();
        for (std::size_t k = 0; k < draws.size(); ++k) {
            const std::int64_t kept = kMillion - draws[k].washPpm;
            const Wide rooms = static_cast<Wide>(night.block) * kept;
            const Wide displaced =
                std::max<Wide>(0, h.transientDemand.micro() + rooms - Wide{h.capacity} * kMillion);
            const Wide profit = static_cast<Wide>(night.revenue) * kept * keep - rooms * variable * kMillion;
            const Wide cost = displaced * margin * kMillion;
            const std::int64_t c = draws[k].count;
            sums[n].groupRooms += rooms * c;
            sums[n].displaced += displaced * c;
            sums[n].revenue += static_cast<Wide>(night.revenue) * kept * c;
            sums[n].profit += profit * c;
            sums[n].cost += cost * c;
            drawNet[k] += profit - cost;
        }
    }
    const Wide perDraw = static_cast<Wide>(kMillion) * kMillion;
    q.groupRoomProfit = Money::zero(currency);
    q.displacementCost = Money::zero(currency);
    for (std::size_t n = 0; n < stay.size(); ++n) {
        const StayNight& night = stay[n];
        const NightSums& s = sums[n];
        NightQuote r;
        r.night = night.night;
        r.block = static_cast<std::int32_t>(night.block);
        r.capacity = night.outlook->capacity;
        r.transientDemand = night.outlook->transientDemand;
        r.groupRooms = Quantity::fromMicro(
            static_cast<std::int64_t>(divideRounded(s.groupRooms, total, RoundingMode::HalfUp)));
        r.displacedRooms = Quantity::fromMicro(
            static_cast<std::int64_t>(divideRounded(s.displaced, total, RoundingMode::HalfUp)));
        r.groupRevenue = Money::fromRatio(s.revenue, static_cast<Wide>(total) * kMillion, currency, mode);
        r.groupRoomProfit = Money::fromRatio(s.profit, perDraw * total, currency, mode);
        r.displacementCost = Money::fromRatio(s.cost, perDraw * total, currency, mode);
        r.net = r.groupRoomProfit - r.displacementCost;
        if (s.groupRooms > 0) {
            // The average rate r at which E (r (1 - commission) - variable) = D x margin, over the draws'
            // expected E and D; rounded up: the least rate that pays for what the night displaces.
            const std::int64_t margin = night.outlook->transientNetAdr.minorUnits() - variable +
                                        night.outlook->transientAncillary.minorUnits();
            r.breakEvenRate = Money::fromRatio((s.displaced * margin + s.groupRooms * variable) * kMillion,
                                               s.groupRooms * keep, currency, RoundingMode::Ceiling);
        }
        q.groupRoomProfit += r.groupRoomProfit;
        q.displacementCost += r.displacementCost;
        q.nights.push_back(std::move(r));
    }
    q.foodBeverageProfit = contract.foodBeverage.minimum.isZero()
                               ? Money::zero(currency)
                               : contract.foodBeverage.minimum.times(m.foodBeverageMargin, mode);
    q.meetingRoomProfit = contract.meetingRoom.rental.isZero()
                              ? Money::zero(currency)
                              : contract.meetingRoom.rental.times(m.meetingRoomMargin, mode);
    const Money ancillary = q.foodBeverageProfit + q.meetingRoomProfit;
    q.net = q.groupRoomProfit - q.displacementCost + ancillary;
    {
        std::vector<std::pair<Money, std::int64_t>> sorted;
        for (std::size_t k = 0; k < draws.size(); ++k) {
            sorted.emplace_back(Money::fromRatio(drawNet[k], perDraw, currency, mode) + ancillary,
                                draws[k].count);
        }
        std::sort(sorted.begin(), sorted.end());
        q.netP10 = weightedQuantile(sorted, total, 10);
        q.netP50 = weightedQuantile(sorted, total, 50);
        q.netP90 = weightedQuantile(sorted, total, 90);
    }

    // Clause advice: the exact engine on each distinct pickup the draws give, for every level and factor.
    Contract proposal = contract;
    proposal.cancellationNotice.reset();
    proposal.pickup.clear();
    proposal.attrition.enabled = true;
    ScenarioOverrides overrides;
    overrides.withoutCancellation = true;
    if (!contract.foodBeverage.minimum.isZero()) {
        overrides.foodBeverageSpend =
            Money::max(contract.foodBeverage.minimum, contract.foodBeverage.actualSpend);
    }
    std::vector<std::vector<PickupEntry>> pickups(draws.size());
    for (std::size_t k = 0; k < draws.size(); ++k) {
        pickups[k].reserve(contract.block.size());
        for (const BlockEntry& b : contract.block) {
            const auto rooms = static_cast<std::int32_t>(divideRounded(
                static_cast<Wide>(b.rooms) * (kMillion - draws[k].washPpm), kMillion, RoundingMode::HalfUp));
            pickups[k].push_back(PickupEntry{b.night, b.roomType, std::max(0, rooms)});
        }
    }
    for (const Percent level : options.performanceLevels) {
        for (const Percent factor : options.damagesFactors) {
            proposal.attrition.performanceLevel = level;
            proposal.attrition.damagesFactor = factor;
            overrides.pickup = pickups.empty() ? std::vector<PickupEntry>{} : pickups.front();
            detail::requireValid(proposal, overrides);
            Wide owedSum = 0;
            std::int64_t owing = 0;
            Money owed;
            for (std::size_t k = 0; k < draws.size(); ++k) {
                if (k == 0 || pickups[k] != pickups[k - 1]) {
                    overrides.pickup = pickups[k];
                    owed = detail::Assessor(proposal, overrides, false).run().totalOwed;
                }
                owedSum += static_cast<Wide>(owed.minorUnits()) * draws[k].count;
                if (owed.isPositive()) {
                    owing += draws[k].count;
                }
            }
            q.clauses.push_back(ClauseOption{level, factor, Money::fromRatio(owedSum, total, currency, mode),
                                             static_cast<double>(owing) / static_cast<double>(total)});
        }
    }

    // The explanation.
    switch (wash.source) {
    case WashSource::Account:
        q.explanation.emplace_back(MessageId::QuoteWashAccount, shownPercent(q.expectedWash),
                                   shownPercent(q.washP10), shownPercent(q.washP90),
                                   MessageArg::integer(wash.groups));
        break;
    case WashSource::Comparable:
        q.explanation.emplace_back(MessageId::QuoteWashComparable, shownPercent(q.expectedWash),
                                   shownPercent(q.washP10), shownPercent(q.washP90),
                                   MessageArg::integer(wash.groups), MessageArg::integer(wash.accountGroups),
                                   MessageArg::integer(kMinAccountWashGroups));
        break;
    case WashSource::Default:
        q.explanation.emplace_back(MessageId::QuoteWashDefault, MessageArg::integer(wash.groups),
                                   MessageArg::integer(kMinComparableWashGroups));
        break;
    }
    q.explanation.emplace_back(MessageId::QuoteFormula);
    for (const NightQuote& r : q.nights) {
        if (r.breakEvenRate) {
            q.explanation.emplace_back(MessageId::QuoteNight, MessageArg::date(r.night),
                                       shownRooms(r.groupRooms), shownRooms(r.transientDemand),
                                       MessageArg::integer(r.capacity), shownRooms(r.displacedRooms),
                                       MessageArg::money(r.net), MessageArg::money(*r.breakEvenRate));
        } else {
            q.explanation.emplace_back(MessageId::QuoteNightNoRooms, MessageArg::date(r.night));
        }
    }
    if (!contract.foodBeverage.minimum.isZero()) {
        q.explanation.emplace_back(MessageId::QuoteFoodBeverage, MessageArg::money(q.foodBeverageProfit),
                                   MessageArg::money(contract.foodBeverage.minimum),
                                   MessageArg::percent(m.foodBeverageMargin));
    }
    if (!contract.meetingRoom.rental.isZero()) {
        q.explanation.emplace_back(MessageId::QuoteMeetingRoom, MessageArg::money(q.meetingRoomProfit),
                                   MessageArg::money(contract.meetingRoom.rental),
                                   MessageArg::percent(m.meetingRoomMargin));
    }
    q.explanation.emplace_back(MessageId::QuoteNet, MessageArg::money(q.net), MessageArg::integer(q.draws),
                               MessageArg::integer(static_cast<std::int64_t>(q.seed & 0x7FFFFFFFFFFFFFFFULL)),
                               MessageArg::money(q.netP10), MessageArg::money(q.netP90));
    return q;
}

} // namespace attrition::quote
