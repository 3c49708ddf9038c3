// A portfolio of contracts with their exposure.

#include "attrition/engine/engine.h"
#include "attrition/engine/validation.h"
#include "reports/reportbuilder.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QCoreApplication>
#include <exception>
#include <map>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Row = ReportBuilder::Row;
using RowStyle = ReportBuilder::RowStyle;

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

void PortfolioReportBuilder::add(const Contract& c) {
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
            row.assessment = assess(c);
        } catch (const std::exception& e) {
            row.problem = QString::fromUtf8(e.what());
        }
    }
    rows_.push_back(std::move(row));
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
    return b.finish();
}

} // namespace attrition::ui
