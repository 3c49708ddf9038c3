#include "attrition/engine/accounts.h"

#include "assessor.h"
#include "attrition/engine/validation.h"

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>
#include <utility>

namespace attrition {

const char* accountRiskName(AccountRisk risk) noexcept {
    switch (risk) {
    case AccountRisk::CycleOverdue:
        return "cycle-overdue";
    case AccountRisk::PickupFalling:
        return "pickup-falling";
    }
    return "cycle-overdue";
}

namespace {

using CurrencyKey = std::array<char, 3>;

CurrencyKey keyOf(Currency currency) {
    const std::string_view code = currency.code();
    return {code[0], code[1], code[2]};
}

std::optional<Percent> share(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) {
        return std::nullopt;
    }
    return Percent::fromPartsPerMillion(part * Percent::kScale / whole);
}

/// The median of integers, in halves: twice the median, exact (the two middle values summed for an even
/// count). `values` is sorted.
std::int64_t twiceMedian(const std::vector<std::int64_t>& values) {
    const std::size_t n = values.size();
    return n % 2 == 1 ? 2 * values[n / 2] : values[n / 2 - 1] + values[n / 2];
}

/// What one contract adds to its account, worked out once.
struct ContractFigures {
    std::int64_t blockRoomNights = 0;
    std::int64_t pickupRoomNights = 0;
    std::optional<Money> damages; ///< for an actualized or cancelled contract
};

enum class Kind : std::uint8_t { Prospect, OnTheBooks, Final, Cancelled, Lost };

Kind kindOf(const Contract& c) {
    if (c.status == ContractStatus::Lost) {
        return Kind::Lost;
    }
    if (c.status == ContractStatus::Cancelled || c.cancellationNotice) {
        return Kind::Cancelled;
    }
    switch (c.status) {
    case ContractStatus::Prospect:
        return Kind::Prospect;
    case ContractStatus::Actualized:
        return Kind::Final;
    default:
        return Kind::OnTheBooks;
    }
}

/// The figures of a contract, or nothing if the engine refuses it.
std::optional<ContractFigures> figuresOf(const Contract& c, Kind kind) {
    if (!validate(c).empty()) {
        return std::nullopt;
    }
    ContractFigures f;
    for (const BlockEntry& e : c.block) {
        f.blockRoomNights += e.rooms;
    }
    for (const PickupEntry& e : c.pickup) {
        f.pickupRoomNights += e.rooms;
    }
    if (kind == Kind::Final || kind == Kind::Cancelled) {
        try {
            f.damages = detail::Assessor(c, {}, false).run().totalOwed;
        } catch (const MoneyOverflow&) {
            return std::nullopt;
        }
    }
    return f;
}

/// An account while its contracts are added.
struct Builder {
    Account account;
    std::map<int, std::int64_t> years;
    std::map<CurrencyKey, AccountDamages> damages;
    std::optional<Date> latestOpenArrival; ///< of every contract neither lost nor cancelled
};

void addRoomNights(AccountRoomNights& r, const ContractFigures& f) {
    ++r.events;
    r.blockRoomNights += f.blockRoomNights;
    r.pickupRoomNights += f.pickupRoomNights;
}

void finishCycle(Account& a) {
    AccountCycle& cycle = a.cycle;
    for (std::size_t i = 1; i < a.events.size(); ++i) {
        cycle.intervalDays.push_back(a.events[i].arrival.daysSince(a.events[i - 1].arrival));
    }
    if (cycle.intervalDays.empty()) {
        return;
    }
    std::vector<std::int64_t> sorted(cycle.intervalDays.begin(), cycle.intervalDays.end());
    std::sort(sorted.begin(), sorted.end());
    cycle.shortestDays = static_cast<std::int32_t>(sorted.front());
    cycle.longestDays = static_cast<std::int32_t>(sorted.back());
    const std::int64_t twice = twiceMedian(sorted);
    cycle.medianDays = Quantity::fromMicro(twice * (Quantity::kScale / 2));
    // Distances from the median in halves of a day, their median in quarters.
    std::vector<std::int64_t> distances;
    distances.reserve(sorted.size());
    for (const std::int64_t days : sorted) {
        const std::int64_t d = 2 * days - twice;
        distances.push_back(d < 0 ? -d : d);
    }
    std::sort(distances.begin(), distances.end());
    cycle.spreadDays = Quantity::fromMicro(twiceMedian(distances) * (Quantity::kScale / 4));
}

void findRisks(Account& a, const Builder& b, Date today, const AccountOptions& options) {
    // (a) The usual cycle has passed without a new contract.
    const bool newContract = b.latestOpenArrival && *b.latestOpenArrival > today;
    if (!newContract && a.cycle.medianDays &&
        static_cast<std::int64_t>(a.events.size()) >= options.minCycleEvents) {
        const AccountEvent& last = a.events.back();
        const std::int64_t since = today.daysSince(last.arrival);
        const std::int64_t twice = a.cycle.medianDays->micro() / (Quantity::kScale / 2);
        const std::int64_t factor = options.cycleFactor.partsPerMillion();
        // since > (twice / 2) x (factor / 1,000,000), in integers.
        if (since * 2 * Percent::kScale > twice * factor) {
            const Quantity threshold = Quantity::fromMicro(twice * factor / 2);
            a.risks.push_back(
                {AccountRisk::CycleOverdue,
                 Message(MessageId::AccountCycleOverdue, MessageArg::integer(since),
                         MessageArg::date(last.arrival), MessageArg::quantity(threshold),
                         MessageArg::percent(options.cycleFactor), MessageArg::quantity(*a.cycle.medianDays),
                         MessageArg::integer(static_cast<std::int64_t>(a.cycle.intervalDays.size())))});
        }
    }
    // (b) The pickup % fell for two events in a row: the last three events with a final pickup and a block.
    std::vector<const AccountEvent*> finals;
    for (const AccountEvent& e : a.events) {
        if (e.finalPickup && e.pickup) {
            finals.push_back(&e);
        }
    }
    if (finals.size() >= 3) {
        const AccountEvent& first = *finals[finals.size() - 3];
        const AccountEvent& second = *finals[finals.size() - 2];
        const AccountEvent& third = *finals[finals.size() - 1];
        if (*second.pickup < *first.pickup && *third.pickup < *second.pickup) {
            a.risks.push_back({AccountRisk::PickupFalling,
                               Message(MessageId::AccountPickupFalling, MessageArg::percent(*first.pickup),
                                       MessageArg::date(first.arrival), MessageArg::percent(*second.pickup),
                                       MessageArg::date(second.arrival), MessageArg::percent(*third.pickup),
                                       MessageArg::date(third.arrival))});
        }
    }
    const std::size_t trend = std::min(finals.size(), static_cast<std::size_t>(options.trendEvents));
    for (std::size_t i = finals.size() - trend; i < finals.size(); ++i) {
        a.pickupTrend.push_back(*finals[i]->pickup);
    }
}

void checkOptions(const AccountOptions& options) {
    if (options.cycleFactor <= Percent::zero() || options.cycleFactor > Percent::fromPoints(1000)) {
        throw std::invalid_argument("the cycle factor " + options.cycleFactor.toString() +
                                    " is out of range: it must be above 0% and at most 1000%");
    }
    if (options.minCycleEvents < 2 || options.minCycleEvents > 1000) {
        throw std::invalid_argument("the events needed for a rebooking cycle, " +
                                    std::to_string(options.minCycleEvents) +
                                    ", are out of range: from 2 (one interval) to 1000");
    }
    if (options.trendEvents < 1 || options.trendEvents > 1000) {
        throw std::invalid_argument("the events of the pickup trend, " + std::to_string(options.trendEvents) +
                                    ", are out of range: from 1 to 1000");
    }
}

} // namespace

AccountList accounts(std::span<const Contract> contracts, Date today, const AccountOptions& options,
                     const PipelineFilter& filter) {
    checkOptions(options);
    AccountList list;
    list.today = today;
    std::map<std::string, Builder> builders;
    for (const Contract& c : contracts) {
        if (!filter.matches(c)) {
            continue;
        }
        ++list.contracts;
        const Kind kind = kindOf(c);
        const std::optional<ContractFigures> f = figuresOf(c, kind);
        if (!f) {
            list.invalid.push_back(c.reference);
            continue;
        }
        auto [entry, added] = builders.try_emplace(c.account);
        Builder& b = entry->second;
        Account& a = b.account;
        if (added) {
            a.name = c.account;
        }
        ++a.contracts;
        ++b.years[c.arrival.year()];
        if (kind != Kind::Lost && kind != Kind::Cancelled &&
            (!b.latestOpenArrival || c.arrival > *b.latestOpenArrival)) {
            b.latestOpenArrival = c.arrival;
        }
        if (kind == Kind::Lost) {
            ++a.lost;
        }
        if (kind == Kind::Cancelled || kind == Kind::Final) {
            auto [d, first] = b.damages.try_emplace(keyOf(c.currency));
            AccountDamages& damages = d->second;
            if (first) {
                damages.currency = c.currency;
                damages.actualized = Money::zero(c.currency);
                damages.cancelled = Money::zero(c.currency);
                damages.total = Money::zero(c.currency);
                damages.collected = Money::zero(c.currency);
                damages.waived = Money::zero(c.currency);
            }
            damages.collected += c.settlement.collected();
            damages.waived += c.settlement.waived;
            if (kind == Kind::Cancelled) {
                ++a.cancelled;
                ++damages.cancelledGroups;
                damages.cancelled += *f->damages;
            } else {
                ++damages.actualizedGroups;
                damages.actualized += *f->damages;
            }
            damages.total += *f->damages;
        }
        if (kind == Kind::Final || kind == Kind::OnTheBooks) {
            const bool final = kind == Kind::Final;
            addRoomNights(final ? a.finalPickup : a.onTheBooks, *f);
            a.events.push_back({c.reference, c.arrival, c.status, f->blockRoomNights, f->pickupRoomNights,
                                share(f->pickupRoomNights, f->blockRoomNights), final});
        }
    }

    list.accounts.reserve(builders.size());
    for (auto& [name, b] : builders) {
        Account& a = b.account;
        for (const auto& [year, count] : b.years) {
            a.byYear.push_back({year, count});
        }
        for (auto& [key, d] : b.damages) {
            a.damages.push_back(std::move(d));
        }
        for (AccountRoomNights* r : {&a.finalPickup, &a.onTheBooks}) {
            r->pickup = share(r->pickupRoomNights, r->blockRoomNights);
        }
        std::sort(a.events.begin(), a.events.end(), [](const AccountEvent& x, const AccountEvent& y) {
            return x.arrival != y.arrival ? x.arrival < y.arrival : x.reference < y.reference;
        });
        for (const AccountEvent& e : a.events) {
            if (e.arrival <= today) {
                a.lastStay = AccountStay{e.reference, e.arrival, today.daysSince(e.arrival)};
            } else if (!a.nextStay) {
                a.nextStay = AccountStay{e.reference, e.arrival, e.arrival.daysSince(today)};
            }
        }
        finishCycle(a);
        findRisks(a, b, today, options);
        list.accounts.push_back(std::move(a));
    }
    return list;
}

} // namespace attrition
