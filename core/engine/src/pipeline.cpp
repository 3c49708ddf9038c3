#include "attrition/engine/pipeline.h"

#include "assessor.h"
#include "attrition/engine/validation.h"

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace attrition {

bool PipelineFilter::matches(const Contract& c) const noexcept {
    return (!arrivalFrom || c.arrival >= *arrivalFrom) && (!arrivalTo || c.arrival <= *arrivalTo) &&
           (hotel.empty() || c.hotel == hotel) && (salesManager.empty() || c.salesManager == salesManager) &&
           (account.empty() || c.account == account);
}

std::string_view toString(PipelineStage stage) noexcept {
    switch (stage) {
    case PipelineStage::Prospect:
        return "prospect";
    case PipelineStage::Tentative:
        return "tentative";
    case PipelineStage::Definite:
        return "definite";
    case PipelineStage::Actualized:
        return "actualized";
    case PipelineStage::Lost:
        return "lost";
    case PipelineStage::Cancelled:
        return "cancelled";
    }
    return "prospect";
}

PipelineStage pipelineStageOf(ContractStatus status) noexcept {
    switch (status) {
    case ContractStatus::Prospect:
        return PipelineStage::Prospect;
    case ContractStatus::Tentative:
        return PipelineStage::Tentative;
    case ContractStatus::Definite:
        return PipelineStage::Definite;
    case ContractStatus::Actualized:
        return PipelineStage::Actualized;
    case ContractStatus::Lost:
        return PipelineStage::Lost;
    case ContractStatus::Cancelled:
        return PipelineStage::Cancelled;
    }
    return PipelineStage::Prospect;
}

namespace {

using CurrencyKey = std::array<char, 3>;

CurrencyKey keyOf(Currency currency) {
    const std::string_view code = currency.code();
    return {code[0], code[1], code[2]};
}

/// The month of a date as one number that sorts in time.
int monthIndex(Date d) {
    return d.year() * 12 + (d.month() - 1);
}

std::optional<Percent> share(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) {
        return std::nullopt;
    }
    return Percent::fromPartsPerMillion(part * Percent::kScale / whole);
}

/// What one contract adds, worked out once.
struct ContractFigures {
    std::int64_t roomNights = 0;
    std::int64_t pickupRoomNights = 0;
    Money roomRevenue;
    Money damages;
    bool measured = true;
};

/// The figures of a contract, or nothing if the engine refuses it.
std::optional<ContractFigures> figuresOf(const Contract& c) {
    if (!validate(c).empty()) {
        return std::nullopt;
    }
    try {
        ContractFigures f;
        f.roomRevenue = Money::zero(c.currency);
        for (const BlockEntry& e : c.block) {
            f.roomNights += e.rooms;
            f.roomRevenue += e.rate * e.rooms;
        }
        for (const PickupEntry& e : c.pickup) {
            f.pickupRoomNights += e.rooms;
        }
        const bool upcoming =
            (c.status == ContractStatus::Prospect || c.status == ContractStatus::Tentative ||
             c.status == ContractStatus::Definite) &&
            !c.cancellationNotice;
        if (upcoming && c.pickup.empty()) {
            f.damages = Money::zero(c.currency);
            f.measured = false;
        } else {
            f.damages = detail::Assessor(c, {}, false).run().totalOwed;
        }
        return f;
    } catch (const MoneyOverflow&) {
        return std::nullopt;
    }
}

} // namespace

Pipeline pipeline(std::span<const Contract> contracts, const PipelineFilter& filter) {
    Pipeline p;
    std::map<std::tuple<int, int, CurrencyKey>, PipelineRow> rows;
    std::map<int, PipelineWash> wash;
    std::map<std::tuple<int, CurrencyKey>, PipelineDamages> damages;
    for (const Contract& c : contracts) {
        if (!filter.matches(c)) {
            continue;
        }
        ++p.contracts;
        const std::optional<ContractFigures> f = figuresOf(c);
        if (!f) {
            p.invalid.push_back(c.reference);
            continue;
        }
        const PipelineStage stage = pipelineStageOf(c.status);
        const int month = monthIndex(c.arrival);
        const CurrencyKey currency = keyOf(c.currency);

        auto [row, added] = rows.try_emplace({static_cast<int>(stage), month, currency});
        PipelineRow& r = row->second;
        if (added) {
            r.stage = stage;
            r.year = c.arrival.year();
            r.month = c.arrival.month();
            r.currency = c.currency;
            r.figures.roomRevenue = Money::zero(c.currency);
            r.figures.foodBeverageMinimum = Money::zero(c.currency);
            r.figures.damages = Money::zero(c.currency);
        }
        PipelineFigures& g = r.figures;
        ++g.contracts;
        g.roomNights += f->roomNights;
        g.roomRevenue += f->roomRevenue;
        g.foodBeverageMinimum += Money(c.foodBeverage.minimum.minorUnits(), c.currency);
        g.damages += f->damages;
        g.notMeasured += f->measured ? 0 : 1;

        switch (stage) {
        case PipelineStage::Prospect:
        case PipelineStage::Tentative:
            ++p.conversion.open;
            break;
        case PipelineStage::Definite:
        case PipelineStage::Actualized:
            ++p.conversion.won;
            break;
        case PipelineStage::Lost:
            ++p.conversion.lost;
            break;
        case PipelineStage::Cancelled:
            break;
        }

        if (stage == PipelineStage::Actualized) {
            PipelineWash& w = wash[month];
            w.year = c.arrival.year();
            w.month = c.arrival.month();
            ++w.groups;
            w.blockRoomNights += f->roomNights;
            w.pickupRoomNights += f->pickupRoomNights;
        }
        if (stage == PipelineStage::Actualized || stage == PipelineStage::Cancelled) {
            auto [entry, first] = damages.try_emplace({month, currency});
            PipelineDamages& d = entry->second;
            if (first) {
                d.year = c.arrival.year();
                d.month = c.arrival.month();
                d.currency = c.currency;
                d.actualized = Money::zero(c.currency);
                d.cancelled = Money::zero(c.currency);
                d.total = Money::zero(c.currency);
                d.collected = Money::zero(c.currency);
                d.waived = Money::zero(c.currency);
            }
            d.collected += c.settlement.collected();
            d.waived += c.settlement.waived;
            if (stage == PipelineStage::Actualized) {
                ++d.actualizedGroups;
                d.actualized += f->damages;
            } else {
                ++d.cancelledGroups;
                d.cancelled += f->damages;
            }
            d.total += f->damages;
        }
    }

    p.rows.reserve(rows.size());
    for (auto& entry : rows) {
        p.rows.push_back(std::move(entry.second));
    }
    const auto finish = [](PipelineWash& w) {
        w.pickup = share(w.pickupRoomNights, w.blockRoomNights);
        if (w.pickup) {
            w.wash = Percent::fromPartsPerMillion(Percent::kScale - w.pickup->partsPerMillion());
        }
    };
    for (auto& entry : wash) {
        PipelineWash& w = entry.second;
        finish(w);
        p.wash.groups += w.groups;
        p.wash.blockRoomNights += w.blockRoomNights;
        p.wash.pickupRoomNights += w.pickupRoomNights;
        p.washByMonth.push_back(w);
    }
    finish(p.wash);
    for (auto& entry : damages) {
        p.damages.push_back(std::move(entry.second));
    }
    p.conversion.rate = share(p.conversion.won, p.conversion.won + p.conversion.lost);
    return p;
}

} // namespace attrition
