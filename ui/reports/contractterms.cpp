// The contract's terms in plain language, as the statement and the proposal write them: each clause as the
// sentences of a contract, a program default never stated as agreed.

#include "reports/contractterms.h"

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/field_catalogue.h"
#include "text/values.h"

#include <QCoreApplication>
#include <algorithm>
#include <initializer_list>
#include <map>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString pct(Percent p) {
    return formatPercent(p);
}

// A statement goes to the group as the contract's account of what it owes. A clause value the program
// filled in and nobody confirmed is not the contract's term, so the statement never states one as such:
// each such term is labelled where it is stated, and a notice under the headline says the amounts rest on
// values still to be confirmed. The statement is still produced (the manager needs the draft to check it
// against the signed contract); it says plainly that it is not final.

bool anyUnconfirmed(const Contract& c, std::initializer_list<std::string_view> paths) {
    return std::any_of(paths.begin(), paths.end(),
                       [&](std::string_view path) { return isUnconfirmedDefault(c, path); });
}

/// `term`, labelled as a program default when any of `paths` is unconfirmed.
QString termOf(const Contract& c, const QString& term, std::initializer_list<std::string_view> paths) {
    return anyUnconfirmed(c, paths) ? Texts::tr("Program default, not confirmed: %1").arg(term) : term;
}

/// What the report calls a program default.
QString defaultName(std::string_view path) {
    static const std::map<std::string_view, const char*> names{
        {field::AttritionPerformanceLevel::path, QT_TRANSLATE_NOOP("Report", "the performance level")},
        {field::AttritionMethod::path, QT_TRANSLATE_NOOP("Report", "the attrition assessment method")},
        {field::AttritionThresholdRounding::path,
         QT_TRANSLATE_NOOP("Report", "the rounding of the required room nights")},
        {field::AttritionDamagesFactor::path, QT_TRANSLATE_NOOP("Report", "the room damages factor")},
        {field::AttritionRateBasis::path, QT_TRANSLATE_NOOP("Report", "the rate basis")},
        {field::AttritionResaleCredit::path, QT_TRANSLATE_NOOP("Report", "the resale credit")},
        {field::FoodBeverageDamagesFactor::path, QT_TRANSLATE_NOOP("Report", "the F&B damages factor")},
        {field::CancellationTiers::path, QT_TRANSLATE_NOOP("Report", "the cancellation tiers")},
        {field::CancellationBasis::path, QT_TRANSLATE_NOOP("Report", "the cancellation basis")},
        {field::CancellationWaiveOnForceMajeure::path,
         QT_TRANSLATE_NOOP("Report", "the waiver on force majeure")},
    };
    const auto it = names.find(path);
    return it != names.end() ? Texts::tr(it->second) : text(std::string(path));
}

} // namespace

void unconfirmedNotice(ReportBuilder& b, const Contract& c) {
    QStringList names;
    for (const ContractField& field : contractFields()) {
        if (isUnconfirmedDefault(c, field.path)) {
            names << defaultName(field.path);
        }
    }
    if (names.isEmpty()) {
        return;
    }
    //: %1 lists the values, e.g. "the performance level, the cancellation tiers".
    b.paragraph(
        Texts::tr("Not final: some terms below are the program's defaults, not yet confirmed from the "
                  "contract (%1). They are labelled \"Program default, not confirmed\" and are not "
                  "the contract's terms; the amounts that depend on them may change once they are "
                  "confirmed.")
            .arg(names.join(QStringLiteral(", "))),
        ReportBuilder::Tone::Warning, true);
}

/// The rules of the room attrition clause, in the words of a contract.
QStringList attritionTerms(const Contract& c) {
    QStringList t;
    const AttritionClause& a = c.attrition;
    if (!a.enabled) {
        t << Texts::tr("The contract has no room attrition clause.");
        return t;
    }
    const Percent allowance = Percent::fromPartsPerMillion(Percent::hundred().partsPerMillion() -
                                                           a.performanceLevel.partsPerMillion());
    QString rounding;
    switch (a.thresholdRounding) {
    case ThresholdRounding::Exact:
        rounding = Texts::tr("counted exactly, fractions of a room night included");
        break;
    case ThresholdRounding::Up:
        rounding = Texts::tr("rounded up to whole room nights");
        break;
    case ThresholdRounding::Down:
        rounding = Texts::tr("rounded down to whole room nights");
        break;
    }
    t << termOf(c,
                Texts::tr("Performance level %1 (an attrition allowance of %2): the group must pick up at "
                          "least %1 of the block, after the reductions honoured; the required room nights "
                          "are %3.")
                    .arg(pct(a.performanceLevel), pct(allowance), rounding),
                {field::AttritionPerformanceLevel::path, field::AttritionThresholdRounding::path});
    QString method;
    if (a.method == AttritionMethod::Cumulative) {
        method = Texts::tr(
            "Assessed cumulatively: the room nights of the whole stay are summed and compared once.");
    } else if (a.overBlockCredit) {
        method =
            Texts::tr("Assessed night by night, with credit for rooms picked up above the block on one night "
                      "against the shortfall of others.");
    } else {
        method = Texts::tr("Assessed night by night: each night is compared with its own block, without "
                           "credit for rooms above the block on other nights.");
    }
    t << termOf(c, method, {field::AttritionMethod::path});
    t << termOf(c,
                a.damagesFactor == Percent::hundred()
                    ? Texts::tr("Damages are the full group rate of each room night short.")
                    : Texts::tr("Damages are %1 of the group rate of each room night short (a lost-profit "
                                "factor).")
                          .arg(pct(a.damagesFactor)),
                {field::AttritionDamagesFactor::path});
    t << termOf(c,
                a.rateBasis == RateBasis::PerNight
                    ? Texts::tr("Rate: each night's own contracted rate.")
                    : Texts::tr("Rate: the block's average contracted rate (room revenue over room nights)."),
                {field::AttritionRateBasis::path});
    QString resale;
    switch (a.resaleCredit) {
    case ResaleCreditMethod::None:
        resale = Texts::tr("Rooms the hotel resells are not credited.");
        break;
    case ResaleCreditMethod::ByCount:
        resale =
            Texts::tr("Rooms the hotel resells are credited by count: they reduce the room nights owed.");
        break;
    case ResaleCreditMethod::ByRevenue:
        resale = Texts::tr("Rooms the hotel resells are credited by the revenue received, each room night at "
                           "no more than the contracted rate.");
        break;
    }
    t << termOf(c, resale, {field::AttritionResaleCredit::path});
    if (a.resaleCredit != ResaleCreditMethod::None && a.resaleOnlyAtOccupancy) {
        t << Texts::tr("Resale is credited only on nights the hotel was at least %1 occupied.")
                 .arg(pct(*a.resaleOnlyAtOccupancy));
    }
    QStringList counted;
    if (a.countOutsideBlock) {
        counted << Texts::tr("attendees found outside the block");
    }
    if (a.countBilledNoShows) {
        counted << Texts::tr("billed no-shows");
    }
    if (a.countWalked) {
        counted << Texts::tr("walked guests");
    }
    if (c.comps.perRoomNights > 0 && c.comps.countTowardPickup) {
        counted << Texts::tr("comp rooms");
    }
    t << (counted.isEmpty() ? Texts::tr("Only rooms picked up in the block count toward pickup.")
                            : Texts::tr("Besides the rooms picked up, pickup counts %1.")
                                  .arg(counted.join(QStringLiteral(", "))));
    if (a.capAmount) {
        t << Texts::tr("Room attrition damages never exceed %1.").arg(formatMoneyWithCode(*a.capAmount));
    }
    if (a.capRoomsAtNightBlock) {
        t << Texts::tr("Never more rooms are charged on a night than were blocked that night.");
    }
    t << (a.taxable ? Texts::tr("Tax of %1 is added to room attrition damages.").arg(pct(a.taxRate))
                    : Texts::tr("Room attrition damages are liquidated damages, not taxed."));
    return t;
}

QStringList foodBeverageTerms(const Contract& c) {
    const FoodBeverageClause& f = c.foodBeverage;
    if (f.minimum.isZero()) {
        return {Texts::tr("The contract has no food & beverage minimum.")};
    }
    QStringList t;
    t << Texts::tr("F&B minimum %1, before tax and service charge.").arg(formatMoneyWithCode(f.minimum));
    if (!f.allowance.isZero()) {
        t << Texts::tr("The group may spend %1 less than the minimum before it owes damages.")
                 .arg(pct(f.allowance));
    }
    t << termOf(
        c,
        f.damagesFactor == Percent::hundred()
            ? Texts::tr("Damages are the full shortfall.")
            : Texts::tr("Damages are %1 of the shortfall (a lost-profit share).").arg(pct(f.damagesFactor)),
        {field::FoodBeverageDamagesFactor::path});
    if (f.serviceChargeOnDamages) {
        t << Texts::tr("A service charge of %1 is added to the damages.").arg(pct(f.serviceChargeRate));
    }
    if (f.taxOnDamages || f.taxOnServiceCharge) {
        const QString on = f.taxOnDamages && f.taxOnServiceCharge
                               ? Texts::tr("the damages and the service charge")
                           : f.taxOnDamages ? Texts::tr("the damages")
                                            : Texts::tr("the service charge");
        t << Texts::tr("Tax of %1 is added on %2.").arg(pct(f.taxRate), on);
    }
    return t;
}

QStringList meetingRoomTerms(const Contract& c) {
    const MeetingRoomClause& m = c.meetingRoom;
    if (m.rental.isZero()) {
        return {Texts::tr("The contract has no meeting room rental.")};
    }
    if (m.scale.empty()) {
        return {Texts::tr("Meeting room rental %1, billed as rent on the account; it is not part of the "
                          "assessment.")
                    .arg(formatMoneyWithCode(m.rental))};
    }
    QStringList t;
    t << Texts::tr("Meeting room rental %1, charged on a scale by the room pickup reached (below).")
             .arg(formatMoneyWithCode(m.rental));
    switch (m.policy) {
    case MeetingRoomPolicy::WithAttrition:
        t << Texts::tr("The scaled rental is owed besides room attrition.");
        break;
    case MeetingRoomPolicy::GreaterOfTheTwo:
        t << Texts::tr("The group owes the greater of the scaled rental and room attrition, not both.");
        break;
    case MeetingRoomPolicy::InsteadOfAttrition:
        t << Texts::tr("The scaled rental replaces room attrition.");
        break;
    }
    if (m.taxable) {
        t << Texts::tr("Tax of %1 is added to the meeting room charge.").arg(pct(m.taxRate));
    }
    return t;
}

QStringList cancellationTerms(const Contract& c) {
    const CancellationClause& k = c.cancellation;
    if (k.tiers.empty()) {
        return {Texts::tr("The contract has no cancellation clause.")};
    }
    QString basis;
    switch (k.basis) {
    case CancellationBasis::RoomRevenue:
        basis =
            Texts::tr("If the group cancels, it owes the tier's share of the anticipated room revenue (block "
                      "x rates), by the days between the written notice and arrival (below).");
        break;
    case CancellationBasis::TotalRevenue:
        basis =
            Texts::tr("If the group cancels, it owes the tier's share of the anticipated revenue: rooms, the "
                      "F&B minimum and the meeting room rental, by the days between the written notice and "
                      "arrival (below).");
        break;
    case CancellationBasis::PerComponent:
        basis = Texts::tr("If the group cancels, it owes a share of each component (rooms, F&B minimum, "
                          "meeting room) by the days between the written notice and arrival (below).");
        break;
    }
    QStringList t;
    t << termOf(c, basis, {field::CancellationBasis::path});
    if (k.roundToWholeUnits) {
        t << Texts::tr("The fee is rounded to whole currency units.");
    }
    if (k.creditResale) {
        t << Texts::tr("Rooms the hotel resells are credited against the fee.");
    }
    if (k.waiveOnForceMajeure) {
        t << termOf(c, Texts::tr("The fee is waived when the cancellation is caused by force majeure."),
                    {field::CancellationWaiveOnForceMajeure::path});
    }
    if (k.taxable) {
        t << Texts::tr("Tax of %1 is added to the fee.").arg(pct(k.taxRate));
    }
    return t;
}

QStringList reviewTerms(const Contract& c) {
    QStringList steps;
    for (const ReviewStep& s : c.reviewSchedule) {
        steps << Texts::tr("By %1 the block may be reduced by up to %2 of the original block.")
                     .arg(formatDate(s.deadline), pct(s.maxReduction));
    }
    return steps;
}

QStringList compTerms(const Contract& c) {
    if (c.comps.perRoomNights <= 0) {
        return {};
    }
    return {Texts::tr("One comp room night per %1 room nights picked up, %2.")
                .arg(c.comps.perRoomNights)
                .arg(c.comps.perNight ? Texts::tr("night by night") : Texts::tr("over the whole stay"))};
}

QString daysText(const CancellationTier& tier) {
    if (!tier.maxDays) {
        return Texts::tr("%1 days or more").arg(tier.minDays);
    }
    if (*tier.maxDays == tier.minDays) {
        return Texts::tr("%1 days").arg(tier.minDays);
    }
    return Texts::tr("%1 to %2 days").arg(tier.minDays).arg(*tier.maxDays);
}

std::vector<std::string> blockRoomTypes(const Contract& c) {
    std::vector<std::string> types;
    for (const BlockEntry& e : c.block) {
        if (std::find(types.begin(), types.end(), e.roomType) == types.end()) {
            types.push_back(e.roomType);
        }
    }
    return types;
}

void blockPerNightTable(ReportBuilder& b, const Contract& c, const std::vector<std::string>& types,
                        bool totals) {
    using Row = ReportBuilder::Row;
    std::map<Date, std::map<std::string, const BlockEntry*>> byNight;
    for (const BlockEntry& e : c.block) {
        byNight[e.night][e.roomType] = &e;
    }
    QStringList headers{Texts::tr("Night")};
    for (const std::string& t : types) {
        headers << Texts::tr("%1, rooms at rate").arg(text(t));
    }
    headers << Texts::tr("Rooms");
    std::vector<double> widths{22};
    std::vector<int> right;
    for (std::size_t i = 0; i < types.size(); ++i) {
        widths.push_back(66.0 / static_cast<double>(types.size()));
        right.push_back(static_cast<int>(i) + 1);
    }
    widths.push_back(12);
    right.push_back(static_cast<int>(types.size()) + 1);
    std::vector<Row> rows;
    std::map<std::string, std::int64_t> perType;
    std::int64_t all = 0;
    for (const auto& [night, entries] : byNight) {
        Row row;
        row.cells << formatNight(night);
        std::int64_t rooms = 0;
        for (const std::string& t : types) {
            const auto it = entries.find(t);
            if (it == entries.end()) {
                row.cells << QString();
                continue;
            }
            rooms += it->second->rooms;
            perType[t] += it->second->rooms;
            row.cells
                << Texts::tr("%1 at %2").arg(formatCount(it->second->rooms), formatMoney(it->second->rate));
        }
        row.cells << formatCount(rooms);
        all += rooms;
        rows.push_back(row);
    }
    if (totals) {
        Row total;
        total.style = ReportBuilder::RowStyle::Total;
        total.cells << Texts::tr("Room nights");
        for (const std::string& t : types) {
            total.cells << formatCount(perType[t]);
        }
        total.cells << formatCount(all);
        rows.push_back(total);
    }
    b.table(headers, rows, widths, right);
}

} // namespace attrition::ui
