// A portfolio of contracts with their exposure.

#include "reports/portfolioreport.h"

#include "attrition/engine/engine.h"
#include "attrition/engine/validation.h"
#include "reports/reportbuilder.h"
#include "session/contractdocument.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QCoreApplication>
#include <algorithm>
#include <exception>
#include <map>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Row = ReportBuilder::Row;
using RowStyle = ReportBuilder::RowStyle;

QString monthText(int year, int month) {
    return QStringLiteral("%1 %2").arg(QLocale().standaloneMonthName(month, QLocale::ShortFormat)).arg(year);
}

QString stageText(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Prospect:
        return statusText(ContractStatus::Prospect);
    case PipelineStage::Tentative:
        return statusText(ContractStatus::Tentative);
    case PipelineStage::Definite:
        return statusText(ContractStatus::Definite);
    case PipelineStage::Actualized:
        return statusText(ContractStatus::Actualized);
    case PipelineStage::Lost:
        return statusText(ContractStatus::Lost);
    case PipelineStage::Cancelled:
        return statusText(ContractStatus::Cancelled);
    }
    return {};
}

/// The early warning's rows: a table of the figures, then each group's action and flags in sentences.
void groupsAtRiskPage(ReportBuilder& b, const forecast::AtRiskList& list) {
    b.heading(Texts::tr("Groups at risk"), true);
    b.paragraph(Texts::tr("Groups arriving %1 to %2, as they stand on %3, each forecast against the past "
                          "groups of its own hotel; the higher expected damages first.")
                    .arg(formatDate(list.from), formatDate(list.to), formatDate(list.today)),
                ReportBuilder::Tone::Muted);
    if (list.rows.empty()) {
        b.paragraph(Texts::tr("No group arrives in that window."), ReportBuilder::Tone::Muted);
    } else {
        std::vector<Row> rows;
        for (const forecast::AtRiskRow& r : list.rows) {
            QString next = QStringLiteral("\u2014");
            if (r.nextDate) {
                next = (r.nextKind == forecast::NextDateKind::Cutoff ? Texts::tr("Cutoff %1")
                                                                     : Texts::tr("Review %1"))
                           .arg(formatDate(*r.nextDate));
            }
            rows.push_back(Row{
                {text(r.reference), text(r.groupName), formatDate(r.arrival),
                 Texts::tr("%1 of %2").arg(formatCount(r.onTheBooks), formatCount(r.blockRoomNights)),
                 formatPercentRounded(r.expectedPercent, 1), formatMoneyWithCode(r.expectedDamages), next},
                RowStyle::Normal,
                {QString(), QString(), QString(), formatPercentRounded(r.pickupPercent, 1), QString(),
                 QString(), r.nextDate ? Texts::tr("in %n day(s)", nullptr, r.daysToNext) : QString()}});
        }
        b.table({Texts::tr("Contract"), Texts::tr("Group"), Texts::tr("Arrival"), Texts::tr("Picked up"),
                 Texts::tr("Forecast pickup"), Texts::tr("Expected damages"), Texts::tr("Next date")},
                rows, {13, 21, 10, 11, 10, 18, 17}, {3, 4, 5}, false, 0.9);
        b.subheading(Texts::tr("Actions and flags"));
        for (const forecast::AtRiskRow& r : list.rows) {
            QStringList sentences{messageText(r.action)};
            for (const forecast::RiskFlagNote& f : r.flags) {
                sentences << messageText(f.explanation);
            }
            const QString who = r.groupName.empty()
                                    ? text(r.reference)
                                    : QStringLiteral("%1 (%2).").arg(text(r.reference), text(r.groupName));
            b.labelled(who, sentences.join(QLatin1Char(' ')),
                       r.flags.empty() ? ReportBuilder::Tone::Normal : ReportBuilder::Tone::Warning);
        }
    }
    for (const forecast::AtRiskSkipped& s : list.skipped) {
        b.paragraph(Texts::tr("%1: not forecast: %2").arg(text(s.reference), text(s.reason)),
                    ReportBuilder::Tone::Warning);
    }
}

void pipelinePage(ReportBuilder& b, const Pipeline& p) {
    b.heading(Texts::tr("Pipeline"), true);
    b.paragraph(Texts::tr("The contracts of this report by stage, month of arrival and currency. Damages are "
                          "what the engine assesses at the pickup on the books, tax included."),
                ReportBuilder::Tone::Muted);
    if (p.rows.empty()) {
        b.paragraph(Texts::tr("No contract matches."), ReportBuilder::Tone::Muted);
        return;
    }
    std::vector<Row> rows;
    std::optional<PipelineStage> stage;
    for (const PipelineRow& r : p.rows) {
        if (stage != r.stage) {
            rows.push_back(Row{{stageText(r.stage)}, RowStyle::Group});
            stage = r.stage;
        }
        const PipelineFigures& f = r.figures;
        rows.push_back(Row{{monthText(r.year, r.month), currencyCode(r.currency), formatCount(f.contracts),
                            formatCount(f.roomNights), formatMoney(f.roomRevenue),
                            formatMoney(f.foodBeverageMinimum), formatMoney(f.damages)}});
    }
    b.table({Texts::tr("Arrival"), Texts::tr("Cur."), Texts::tr("Contracts"), Texts::tr("Room nights"),
             Texts::tr("Room revenue"), Texts::tr("F&B minimum"), Texts::tr("Damages")},
            rows, {16, 8, 11, 12, 19, 17, 17}, {2, 3, 4, 5, 6}, false, 0.92);

    b.subheading(Texts::tr("Conversion"));
    const PipelineConversion& c = p.conversion;
    b.paragraph(Texts::tr("%1 won (definite or actualized), %2 lost, %3 still open (prospect or tentative).")
                    .arg(formatCount(c.won), formatCount(c.lost), formatCount(c.open)) +
                QLatin1Char(' ') +
                (c.rate ? Texts::tr("Conversion: %1 of the decided contracts were won.")
                              .arg(formatPercentRounded(*c.rate, 1))
                        : Texts::tr("Conversion: not known until a contract is won or lost.")));

    b.subheading(Texts::tr("Wash of the actualized groups"));
    if (p.washByMonth.empty()) {
        b.paragraph(Texts::tr("No actualized group among these contracts."), ReportBuilder::Tone::Muted);
    } else {
        const auto washRow = [](const PipelineWash& w, const QString& label, RowStyle style) {
            return Row{{label, formatCount(w.groups), formatCount(w.blockRoomNights),
                        formatCount(w.pickupRoomNights),
                        w.pickup ? formatPercentRounded(*w.pickup, 1) : QStringLiteral("\u2014"),
                        w.wash ? formatPercentRounded(*w.wash, 1) : QStringLiteral("\u2014")},
                       style};
        };
        std::vector<Row> wash;
        for (const PipelineWash& w : p.washByMonth) {
            wash.push_back(washRow(w, monthText(w.year, w.month), RowStyle::Normal));
        }
        wash.push_back(washRow(p.wash, Texts::tr("Total"), RowStyle::Total));
        b.table({Texts::tr("Arrival"), Texts::tr("Groups"), Texts::tr("Block, room nights"),
                 Texts::tr("Final pickup"), Texts::tr("Pickup"), Texts::tr("Wash")},
                wash, {20, 12, 20, 18, 15, 15}, {1, 2, 3, 4, 5});
    }

    b.subheading(Texts::tr("Damages assessed, collected and waived"));
    if (p.damages.empty()) {
        b.paragraph(Texts::tr("No actualized or cancelled group among these contracts."),
                    ReportBuilder::Tone::Muted);
    } else {
        const auto damagesRow = [](const PipelineDamages& d, const QString& label, RowStyle style) {
            return Row{{label, currencyCode(d.currency), formatCount(d.actualizedGroups),
                        formatCount(d.cancelledGroups), formatMoney(d.total), formatMoney(d.collected),
                        formatMoney(d.waived)},
                       style};
        };
        std::vector<Row> damages;
        // Amounts are never added across currencies: a total per currency, in order of code.
        std::vector<PipelineDamages> totals;
        for (const PipelineDamages& d : p.damages) {
            damages.push_back(damagesRow(d, monthText(d.year, d.month), RowStyle::Normal));
            auto t = std::find_if(totals.begin(), totals.end(),
                                  [&](const PipelineDamages& x) { return x.currency == d.currency; });
            if (t == totals.end()) {
                totals.push_back(d);
                continue;
            }
            t->actualizedGroups += d.actualizedGroups;
            t->cancelledGroups += d.cancelledGroups;
            t->total += d.total;
            t->collected += d.collected;
            t->waived += d.waived;
        }
        std::sort(totals.begin(), totals.end(), [](const PipelineDamages& x, const PipelineDamages& y) {
            return x.currency.code() < y.currency.code();
        });
        for (const PipelineDamages& t : totals) {
            damages.push_back(damagesRow(t, Texts::tr("Total"), RowStyle::Total));
        }
        b.table({Texts::tr("Arrival"), Texts::tr("Cur."), Texts::tr("Actualized groups"),
                 Texts::tr("Cancelled groups"), Texts::tr("Assessed"), Texts::tr("Collected"),
                 Texts::tr("Waived")},
                damages, {16, 8, 12, 12, 18, 17, 17}, {2, 3, 4, 5, 6});
        // Under the table, so that the heading stays on the page of the table.
        b.paragraph(
            Texts::tr("By month of arrival: the damages the engine assesses for the actualized groups "
                      "and the fees of the cancelled ones, tax included, with the payments and waivers "
                      "their settlements record."),
            ReportBuilder::Tone::Muted);
    }
    if (!p.invalid.empty()) {
        QStringList refs;
        for (const std::string& r : p.invalid) {
            refs << text(r);
        }
        b.paragraph(Texts::tr("Left out of the pipeline, the engine refuses them: %1.")
                        .arg(refs.join(QStringLiteral(", "))),
                    ReportBuilder::Tone::Warning);
    }
}

} // namespace

struct PortfolioReportBuilder::Row {
    QString reference;
    QString group;
    QString hotel;
    Date arrival;
    std::int32_t nights = 0;
    ContractStatus status = ContractStatus::Tentative;
    Currency currency;
    std::int64_t roomNights = 0;
    std::optional<Assessment> assessment;
    QString problem;
};

PortfolioReportBuilder::PortfolioReportBuilder(QString filter, const ReportOptions& options)
    : filter_(std::move(filter))
    , options_(options) {}

PortfolioReportBuilder::~PortfolioReportBuilder() = default;

std::int64_t PortfolioReportBuilder::count() const {
    return static_cast<std::int64_t>(rows_.size());
}

void PortfolioReportBuilder::add(const Contract& c, std::span<const RebookingCredit> credits) {
    Row row;
    row.reference = text(c.reference);
    row.group = text(c.groupName);
    row.hotel = text(c.hotel);
    row.arrival = c.arrival;
    row.nights = c.nightCount();
    row.status = c.status;
    row.currency = c.currency;
    for (const BlockEntry& e : c.block) {
        row.roomNights += e.rooms;
    }
    const std::vector<ValidationIssue> issues = validate(c);
    if (!issues.empty()) {
        row.problem = issueText(issues.front(), &c);
    } else {
        try {
            row.assessment = assess(c, {}, credits);
        } catch (const CurrencyMismatch& e) {
            row.problem = creditCurrencyProblem(c, credits);
            if (row.problem.isEmpty()) {
                row.problem = QString::fromUtf8(e.what());
            }
        } catch (const std::exception& e) {
            row.problem = QString::fromUtf8(e.what());
        }
    }
    rows_.push_back(std::move(row));
}

void PortfolioReportBuilder::setGroupsAtRisk(forecast::AtRiskList list) {
    atRisk_ = std::move(list);
}

void PortfolioReportBuilder::setPipeline(Pipeline pipeline) {
    pipeline_ = std::move(pipeline);
}

std::unique_ptr<Report> PortfolioReportBuilder::finish() {
    ReportBuilder b(Texts::tr("Portfolio"), filter_, options_);
    b.titleBlock(Texts::tr("Portfolio report"), Texts::tr("Contracts and their exposure"), filter_);
    b.paragraph(
        Texts::tr("Exposure is what each group would owe if its contract were assessed now, on the "
                  "pickup and spend recorded; the net due is after the deposits received. Report made %1.")
            .arg(QLocale().toString(options_.madeOn, QLocale::LongFormat)),
        ReportBuilder::Tone::Muted);

    struct Totals {
        std::int64_t contracts = 0;
        std::int64_t roomNights = 0;
        std::int64_t counted = 0;
        std::int64_t assessed = 0;
        std::int64_t owing = 0;
        Money totalOwed;
        Money netDue;
    };
    std::map<QString, Totals> byCurrency;
    std::map<ContractStatus, std::int64_t> byStatus;
    std::vector<ReportBuilder::Row> rows;
    rows.reserve(rows_.size());
    std::int64_t problems = 0;
    for (const Row& r : rows_) {
        const QString code = currencyCode(r.currency);
        Totals& t = byCurrency[code];
        if (t.contracts == 0) {
            t.totalOwed = Money::zero(r.currency);
            t.netDue = Money::zero(r.currency);
        }
        ++t.contracts;
        ++byStatus[r.status];
        t.roomNights += r.roomNights;
        ReportBuilder::Row out;
        const QString group = r.group.isEmpty() ? r.hotel : r.group + QStringLiteral("\n") + r.hotel;
        out.cells << r.reference << group << formatDate(r.arrival) << statusText(r.status)
                  << formatCount(r.roomNights);
        if (r.assessment) {
            const Assessment& a = *r.assessment;
            ++t.assessed;
            t.counted += a.countedRoomNights;
            t.totalOwed += a.totalOwed;
            t.netDue += a.netDue;
            if (a.netDue.isPositive()) {
                ++t.owing;
            }
            out.cells << (a.cancelled ? QStringLiteral("\u2014") : formatPercentRounded(a.pickupPercent, 1))
                      << code << formatMoney(a.totalOwed) << formatMoney(a.netDue);
        } else {
            ++problems;
            out.cells << QString() << Texts::tr("cannot assess") << QString();
            out.notes = QStringList{QString(), QString(), QString(), QString(),
                                    QString(), QString(), QString(), r.problem};
        }
        rows.push_back(std::move(out));
    }

    b.heading(Texts::tr("Summary"));
    std::vector<ReportBuilder::Row> summary;
    for (const auto& [code, t] : byCurrency) {
        summary.push_back(ReportBuilder::Row{{code, formatCount(t.contracts), formatCount(t.roomNights),
                                              formatCount(t.owing), formatMoneyWithCode(t.totalOwed),
                                              formatMoneyWithCode(t.netDue)},
                                             RowStyle::Normal});
    }
    if (summary.empty()) {
        b.paragraph(Texts::tr("No contract matches."), ReportBuilder::Tone::Muted);
    } else {
        b.table({Texts::tr("Currency"), Texts::tr("Contracts"), Texts::tr("Room nights blocked"),
                 Texts::tr("Groups owing"), Texts::tr("Total owed"), Texts::tr("Net due")},
                summary, {12, 12, 18, 14, 22, 22}, {1, 2, 3, 4, 5});
        QStringList statuses;
        for (const auto& [status, n] : byStatus) {
            statuses << Texts::tr("%1 %2").arg(formatCount(n), statusText(status).toLower());
        }
        b.paragraph(Texts::tr("By status: %1.").arg(statuses.join(QStringLiteral(", "))));
        if (problems > 0) {
            b.paragraph(
                Texts::tr("%n contract(s) cannot be assessed until their problems are corrected; they "
                          "are left out of the totals.",
                          nullptr, static_cast<int>(problems)),
                ReportBuilder::Tone::Warning);
        }
    }

    if (!rows.empty()) {
        b.heading(Texts::tr("Contracts"));
        b.table({Texts::tr("Contract"), Texts::tr("Group and hotel"), Texts::tr("Arrival"),
                 Texts::tr("Status"), Texts::tr("Room nights"), Texts::tr("Pickup"), Texts::tr("Cur."),
                 Texts::tr("Total owed"), Texts::tr("Net due")},
                rows, {15, 22, 10, 11, 7, 8, 5, 11, 11}, {4, 5, 7, 8}, false, 0.88);
    }
    if (atRisk_) {
        groupsAtRiskPage(b, *atRisk_);
    }
    if (pipeline_) {
        pipelinePage(b, *pipeline_);
    }
    return b.finish();
}

} // namespace attrition::ui
