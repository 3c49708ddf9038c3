// The attrition and cancellation statement of one contract.

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/field_catalogue.h"
#include "charts/cancellationchart.h"
#include "charts/damagescurvechart.h"
#include "charts/nightbarschart.h"
#include "charts/pickuppacechart.h"
#include "models/assessmentmodel.h"
#include "models/cancellationschedulemodel.h"
#include "models/nightsummarymodel.h"
#include "models/pickuppacemodel.h"
#include "models/pickupsweepmodel.h"
#include "reports/contractterms.h"
#include "reports/reportbuilder.h"
#include "session/contractdocument.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Row = ReportBuilder::Row;
using RowStyle = ReportBuilder::RowStyle;

QString pct(Percent p) {
    return formatPercent(p);
}

QString money(const Money& m) {
    return formatMoney(m);
}

void blockTable(ReportBuilder& b, const Contract& c) {
    if (c.block.empty()) {
        b.paragraph(Texts::tr("The contract blocks no rooms."), ReportBuilder::Tone::Muted);
        return;
    }
    const std::vector<std::string> types = blockRoomTypes(c);
    if (types.size() <= 4) {
        blockPerNightTable(b, c, types, false);
        return;
    }
    std::map<Date, std::map<std::string, const BlockEntry*>> byNight;
    for (const BlockEntry& e : c.block) {
        byNight[e.night][e.roomType] = &e;
    }
    std::vector<Row> rows;
    for (const auto& [night, entries] : byNight) {
        for (const auto& [type, e] : entries) {
            rows.push_back(Row{{formatNight(night), text(type), formatCount(e->rooms), money(e->rate)}});
        }
    }
    b.table({Texts::tr("Night"), Texts::tr("Room type"), Texts::tr("Rooms"),
             Texts::tr("Group rate, %1").arg(currencyCode(c.currency))},
            rows, {30, 30, 18, 22}, {2, 3});
}

void termsSection(ReportBuilder& b, const Contract& c, const Results& r) {
    b.heading(Texts::tr("The contract's terms"));
    b.subheading(Texts::tr("Room block"));
    if (r.assessment) {
        b.paragraph(Texts::tr("%1 room nights blocked over %n night(s); %2 after the reductions honoured.",
                              nullptr, c.nightCount())
                        .arg(formatCount(r.assessment->contractedRoomNights),
                             formatCount(r.assessment->revisedRoomNights)));
    }
    blockTable(b, c);
    b.bullets(reviewTerms(c));
    b.subheading(Texts::tr("Room attrition"));
    b.bullets(attritionTerms(c));
    b.bullets(compTerms(c));
    b.subheading(Texts::tr("Food & beverage"));
    QStringList foodBeverage = foodBeverageTerms(c);
    if (!c.foodBeverage.minimum.isZero()) {
        foodBeverage
            << Texts::tr("Actual spend recorded: %1.").arg(formatMoneyWithCode(c.foodBeverage.actualSpend));
    }
    b.bullets(foodBeverage);
    b.subheading(Texts::tr("Meeting room"));
    b.bullets(meetingRoomTerms(c));
    if (!c.meetingRoom.rental.isZero() && !c.meetingRoom.scale.empty()) {
        std::vector<MeetingScaleBand> bands = c.meetingRoom.scale;
        std::sort(bands.begin(), bands.end(), [](const MeetingScaleBand& x, const MeetingScaleBand& y) {
            return x.minPickup > y.minPickup;
        });
        std::vector<Row> rows;
        for (const MeetingScaleBand& band : bands) {
            rows.push_back(Row{{Texts::tr("at least %1").arg(pct(band.minPickup)), pct(band.charged)}});
        }
        b.table({Texts::tr("Room pickup"), Texts::tr("Share of the rental charged")}, rows, {50, 50}, {1});
    }
    b.subheading(Texts::tr("Cancellation"));
    b.bullets(cancellationTerms(c));
    if (!c.cancellation.tiers.empty()) {
        std::vector<CancellationTier> tiers = c.cancellation.tiers;
        std::sort(tiers.begin(), tiers.end(),
                  [](const CancellationTier& x, const CancellationTier& y) { return x.minDays > y.minDays; });
        std::vector<Row> rows;
        const bool perComponent = c.cancellation.basis == CancellationBasis::PerComponent;
        // Default tiers: every share is labelled where it stands, so that no line reads as agreed.
        const bool unconfirmed = isUnconfirmedDefault(c, field::CancellationTiers::path);
        if (unconfirmed) {
            b.paragraph(Texts::tr("Program default, not confirmed: the tiers below are the program's usual "
                                  "tiers, not read from the contract."),
                        ReportBuilder::Tone::Warning);
        }
        const auto share = [&](Percent p) {
            return unconfirmed ? Texts::tr("%1 (program default, not confirmed)").arg(pct(p)) : pct(p);
        };
        for (const CancellationTier& t : tiers) {
            if (perComponent) {
                rows.push_back(Row{{daysText(t), share(t.roomsPercent), share(t.foodBeveragePercent),
                                    share(t.meetingRoomPercent)}});
            } else {
                rows.push_back(Row{{daysText(t), share(t.percent)}});
            }
        }
        if (perComponent) {
            b.table({Texts::tr("Notice before arrival"), Texts::tr("Rooms"), Texts::tr("F&B minimum"),
                     Texts::tr("Meeting room")},
                    rows, {40, 20, 20, 20}, {1, 2, 3});
        } else {
            b.table({Texts::tr("Notice before arrival"), Texts::tr("Fee, share of the basis")}, rows,
                    {50, 50}, {1});
        }
    }
    if (!c.deposits.empty()) {
        b.subheading(catalogueLabel(field::Deposits::path));
        std::vector<Row> rows;
        for (const Deposit& d : c.deposits) {
            rows.push_back(Row{{formatDate(d.received), text(d.note), money(d.amount)}});
        }
        b.table(
            {Texts::tr("Received"), Texts::tr("Note"), Texts::tr("Amount, %1").arg(currencyCode(c.currency))},
            rows, {22, 53, 25}, {2});
    }
}

void pickupSection(ReportBuilder& b, const Contract& c, const Results& r, NightSummaryModel* nights) {
    const int count = nights->rowCount();
    // A long section starts on a page of its own.
    b.heading(Texts::tr("Pickup per night"));
    if (r.assessment) {
        const Assessment& a = *r.assessment;
        b.paragraph(Texts::tr("%1 room nights picked up; with the credits the contract counts, %2 of %3 room "
                              "nights (%4).")
                        .arg(formatCount(a.pickedUpRoomNights), formatCount(a.countedRoomNights),
                             formatCount(a.revisedRoomNights), formatPercentRounded(a.pickupPercent, 1)));
    }
    using C = NightSummaryModel::Column;
    const std::vector<int> columns{C::NightColumn,   C::ContractedColumn, C::RevisedColumn,  C::PickupColumn,
                                   C::CountedColumn, C::RequiredColumn,   C::ShortfallColumn};
    QStringList headers;
    for (int column : columns) {
        headers << nights->headerData(column, Qt::Horizontal).toString();
    }
    std::vector<Row> rows;
    for (int row = 0; row < count; ++row) {
        Row out;
        for (int column : columns) {
            out.cells << nights->index(row, column).data().toString();
        }
        rows.push_back(out);
    }
    if (r.assessment) {
        const Assessment& a = *r.assessment;
        rows.push_back(
            Row{{Texts::tr("Stay"), formatCount(a.contractedRoomNights), formatCount(a.revisedRoomNights),
                 formatCount(a.pickedUpRoomNights), formatCount(a.countedRoomNights), QString(), QString()},
                RowStyle::Total});
    }
    if (c.attrition.enabled && c.attrition.method == AttritionMethod::Cumulative) {
        b.paragraph(
            Texts::tr("Required and shortfall per night are shown for reading; the contract compares the "
                      "whole stay at once."),
            ReportBuilder::Tone::Muted);
    }
    b.table(headers, rows, {22, 13, 13, 13, 13, 13, 13}, {1, 2, 3, 4, 5, 6});
}

void assessmentSection(ReportBuilder& b, const Contract& c, const Results& r) {
    if (!r.assessment) {
        b.heading(Texts::tr("The contract cannot be assessed"), true);
        if (!r.failure.isEmpty()) {
            b.paragraph(r.failure, ReportBuilder::Tone::Error);
        }
        QStringList problems;
        for (const ValidationIssue& issue : r.issues) {
            problems << issueText(issue, &c);
        }
        b.bullets(problems, ReportBuilder::Tone::Error);
        return;
    }
    const Assessment& a = *r.assessment;
    // No page of its own: the table breaks across pages with its header repeated, and the heading stays
    // with it.
    b.heading(a.cancelled ? Texts::tr("Assessment under the cancellation clause")
                          : Texts::tr("Assessment under attrition"));
    AssessmentModel model;
    model.setAssessment(r.assessment);
    std::vector<Row> rows;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, AssessmentModel::DescriptionColumn);
        rows.push_back(
            Row{{group.data().toString(), model.index(g, AssessmentModel::AmountColumn).data().toString()},
                RowStyle::Group});
        for (int l = 0; l < model.rowCount(group); ++l) {
            rows.push_back(Row{{model.index(l, AssessmentModel::DescriptionColumn, group).data().toString(),
                                model.index(l, AssessmentModel::AmountColumn, group).data().toString()}});
        }
    }
    b.table(
        {Texts::tr("Item and how it was computed"), Texts::tr("Amount, %1").arg(currencyCode(a.currency))},
        rows, {80, 20}, {1});
    if (!a.warnings.empty()) {
        b.subheading(Texts::tr("Warnings"));
        QStringList warnings;
        for (const Message& w : a.warnings) {
            warnings << messageText(w);
        }
        b.bullets(warnings, ReportBuilder::Tone::Warning);
    }
    b.subheading(Texts::tr("Totals"));
    std::vector<Row> totals;
    if (a.cancelled) {
        totals.push_back(Row{{Texts::tr("Cancellation"), money(a.cancellation)}});
    } else {
        totals.push_back(Row{{Texts::tr("Room attrition"), money(a.rooms)}});
        totals.push_back(Row{{Texts::tr("Food & beverage"), money(a.foodBeverage)}});
        totals.push_back(Row{{Texts::tr("Meeting room"), money(a.meetingRoom)}});
    }
    totals.push_back(Row{{Texts::tr("Subtotal"), money(a.subtotal)}, RowStyle::Total});
    totals.push_back(Row{{Texts::tr("Tax"), money(a.tax)}});
    totals.push_back(Row{{Texts::tr("Total owed"), money(a.totalOwed)}, RowStyle::Total});
    if (!a.creditsApplied.isZero()) {
        // Granted by other contracts' settlements, applied before the deposits.
        totals.push_back(Row{{Texts::tr("Rebooking credits applied"), money(-a.creditsApplied)}});
    }
    totals.push_back(Row{{Texts::tr("Deposits applied"), money(-a.depositsApplied)}});
    // Deposits beyond what is owed are said under the net due, so that the totals stay one block.
    totals.push_back(Row{{Texts::tr("Net due"), formatMoneyWithCode(a.netDue)},
                         RowStyle::Grand,
                         a.depositBalance.isPositive()
                             ? QStringList{Texts::tr("Deposit balance in the group's favour"),
                                           formatMoneyWithCode(a.depositBalance)}
                             : QStringList{}});
    b.table({Texts::tr("Total"), Texts::tr("Amount, %1").arg(currencyCode(a.currency))}, totals, {70, 30},
            {1});
}

/// The forward look, on a page of its own: where the pickup will likely end, what the group will likely owe,
/// the pace chart carried on to arrival, night by night, and the release at the next review date.
void forecastSection(ReportBuilder& b, const Contract& c, const ReportForecast& forecast,
                     ContractDocument* document) {
    const Outlook& o = forecast.outlook;
    const forecast::Forecast& f = o.forecast;
    const forecast::DamagesRisk& risk = o.risk;
    b.heading(Texts::tr("Forecast to arrival"), true);
    QString compared;
    switch (o.compareWith) {
    case CompareWith::Hotel:
        compared = Texts::tr("past groups of the same hotel");
        break;
    case CompareWith::Account:
        compared = Texts::tr("past groups of the same account");
        break;
    case CompareWith::All:
        compared = Texts::tr("all past groups");
        break;
    }
    b.paragraph(Texts::tr("As of %1, %n day(s) before arrival, %2 of %3 room nights are on the books. The "
                          "forecast compares the group with %4 (%5 with a pickup history).",
                          nullptr, f.daysBeforeArrival)
                    .arg(formatDate(o.today), formatCount(f.onTheBooks), formatCount(f.blockRoomNights),
                         compared, formatCount(o.comparableGroups)));
    b.headline(
        Texts::tr("Expected damages at arrival"), formatMoneyWithCode(risk.expected),
        Texts::tr("Expected final pickup %1 room nights (P10 to P90: %2 to %3). Damages P10 to P90: %4 "
                  "to %5; %6 of the draws owe anything. What is owed at today's pickup is on the first "
                  "page; this is what the group will likely owe.")
            .arg(formatCount(static_cast<std::int64_t>(std::llround(f.expected))), formatCount(f.p10),
                 formatCount(f.p90), formatMoney(risk.p10), formatMoney(risk.p90),
                 QLocale().toString(100.0 * risk.probabilityOwed, 'f', 0) + QStringLiteral("%")));
    b.subheading(Texts::tr("How the forecast was made"));
    QStringList how;
    for (const Message& m : f.explanation) {
        how << messageText(m);
    }
    for (const Message& m : risk.explanation) {
        how << messageText(m);
    }
    b.bullets(how);

    b.subheading(Texts::tr("Pace to arrival"));
    b.paragraph(
        Texts::tr("Room nights on the books at each stored pickup report, then the forecast to arrival "
                  "with the range in which 8 of 10 past groups ended (P10 to P90)."),
        ReportBuilder::Tone::Muted);
    auto* pace = new PickupPaceModel(document);
    std::vector<PickupPaceModel::Report> reports;
    for (const auto& [date, rooms] : forecast.pickupReports) {
        reports.push_back({date, rooms});
    }
    std::int64_t block = 0;
    for (const BlockEntry& e : c.block) {
        block += e.rooms;
    }
    pace->setReports(std::move(reports), block, c.cutoff);
    pace->setProjection(PickupPaceModel::projectionOf(c, o, block));
    auto* chart = new PickupPaceChart(pace, b.host());
    chart->useChartLegend();
    b.chart(chart->chart(), 0.45);

    b.subheading(Texts::tr("Night by night"));
    std::vector<Row> rows;
    for (const forecast::NightForecast& n : f.nights) {
        rows.push_back(Row{{formatNight(n.night), text(n.roomType), formatCount(n.block),
                            formatCount(n.onTheBooks), QLocale().toString(n.expected, 'f', 1),
                            QStringLiteral("%1\u2013%2").arg(formatCount(n.p10), formatCount(n.p90))}});
    }
    b.table({Texts::tr("Night"), Texts::tr("Room type"), Texts::tr("Block"), Texts::tr("On the books"),
             Texts::tr("Expected"), Texts::tr("P10\u2013P90")},
            rows, {22, 18, 13, 17, 15, 15}, {2, 3, 4, 5});

    if (!o.advice) {
        b.paragraph(Texts::tr("No review date or cutoff is ahead: there is no release to advise."),
                    ReportBuilder::Tone::Muted);
        return;
    }
    const forecast::Advice& a = *o.advice;
    b.subheading(Texts::tr("Release at the review date %1").arg(formatDate(*a.reviewDate)));
    b.paragraph(
        a.releaseRoomNights == 0
            ? Texts::tr("Nothing to release: keep the block held. The expected damages are %1.")
                  .arg(formatMoneyWithCode(a.hold.expected))
            : Texts::tr("Holding the block, the expected damages are %1; releasing %2 room nights, %3.")
                  .arg(formatMoneyWithCode(a.hold.expected), formatCount(a.releaseRoomNights),
                       formatMoneyWithCode(a.released.expected)));
    QStringList reasons;
    for (const Message& m : a.explanation) {
        reasons << messageText(m);
    }
    b.bullets(reasons);
    std::vector<Row> advice;
    for (const forecast::NightAdvice& n : a.nights) {
        advice.push_back(
            Row{{formatNight(n.night), text(n.roomType), formatCount(n.block), formatCount(n.supported),
                 formatCount(n.allowed), formatCount(n.keep), formatCount(n.release)}});
    }
    b.table({Texts::tr("Night"), Texts::tr("Room type"), Texts::tr("Block"), Texts::tr("Supported"),
             Texts::tr("Least allowed"), Texts::tr("Keep"), Texts::tr("Release")},
            advice, {20, 16, 12, 13, 15, 12, 12}, {2, 3, 4, 5, 6});
}

} // namespace

std::unique_ptr<Report> contractReport(const Contract& contract, const ReportOptions& options) {
    const QString title = options.letterhead.contractTitle();
    ReportBuilder b(title, contractSubject(contract), options, text(contract.hotel));
    auto* document = new ContractDocument(b.host());
    document->load(contract, {}, options.credits);
    const Results& r = document->results();

    b.titleBlock(title, contract.groupName.empty() ? text(contract.reference) : text(contract.groupName),
                 text(contract.hotel));
    b.facts(contractFacts(contract, options));
    if (r.assessment) {
        const Assessment& a = *r.assessment;
        const QString basis =
            a.cancelled
                ? Texts::tr("Assessed under the cancellation clause: notice received %1.")
                      .arg(contract.cancellationNotice ? formatDate(*contract.cancellationNotice) : QString())
                : Texts::tr("Assessed under attrition: pickup %1 (%2 of %3 room nights counted).")
                      .arg(formatPercentRounded(a.pickupPercent, 1), formatCount(a.countedRoomNights),
                           formatCount(a.revisedRoomNights));
        b.headline(
            Texts::tr("Net due"), formatMoneyWithCode(a.netDue),
            basis + QLatin1Char(' ') +
                (a.creditsApplied.isZero()
                     ? Texts::tr("Total owed %1, deposits applied %2.")
                           .arg(formatMoneyWithCode(a.totalOwed), formatMoneyWithCode(a.depositsApplied))
                     : Texts::tr("Total owed %1, rebooking credits applied %2, deposits applied %3.")
                           .arg(formatMoneyWithCode(a.totalOwed), formatMoneyWithCode(a.creditsApplied),
                                formatMoneyWithCode(a.depositsApplied))));
        if (const QString terms = options.letterhead.paymentTerms.trimmed(); !terms.isEmpty()) {
            b.paragraph(Texts::tr("Payment terms: %1").arg(terms));
        }
    } else {
        b.paragraph(
            Texts::tr("The contract cannot be assessed until its problems are corrected (listed below)."),
            ReportBuilder::Tone::Error, true);
    }
    unconfirmedNotice(b, contract);

    termsSection(b, contract, r);
    auto* nights = new NightSummaryModel(document, document);
    pickupSection(b, contract, r, nights);
    assessmentSection(b, contract, r);

    if (r.assessment) {
        b.heading(Texts::tr("Charts"));
        b.subheading(Texts::tr("Damages owed against pickup"));
        b.paragraph(
            Texts::tr("What the group would owe as pickup runs from 0% to 150% of the block, with the "
                      "performance level and the pickup now marked."),
            ReportBuilder::Tone::Muted);
        auto* sweep = new PickupSweepModel(document, document);
        auto* damages = new DamagesCurveChart(document, sweep, b.host());
        b.chart(damages->chart(), 0.42);
        b.subheading(Texts::tr("Block against pickup, night by night"));
        auto* bars = new NightBarsChart(nights, b.host());
        b.chart(bars->chart(), 0.40);
        if (!contract.cancellation.tiers.empty() && !r.cancellationSweep.empty()) {
            b.subheading(Texts::tr("Cancellation fee by the date notice is received"));
            auto* schedule = new CancellationScheduleModel(document, document);
            auto* cancellation = new CancellationChart(document, schedule, b.host());
            b.chart(cancellation->chart(), 0.40);
        }
    }
    if (options.forecast && options.forecast->outlook.ready) {
        forecastSection(b, contract, *options.forecast, document);
    }
    return b.finish();
}

} // namespace attrition::ui
