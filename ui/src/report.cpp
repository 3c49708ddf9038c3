#include "attrition/ui/report.h"

#include "attrition/ui/assessmentmodel.h"
#include "attrition/ui/contractdocument.h"
#include "attrition/ui/contractlistmodel.h"
#include "attrition/ui/messagetext.h"
#include "attrition/ui/values.h"

#include <QCoreApplication>

namespace attrition::ui {

namespace {

struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString esc(const std::string& s) {
    return QString::fromStdString(s).toHtmlEscaped();
}

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

} // namespace

QString assessmentReportHtml(const Contract& c, const Results& results) {
    const QLocale locale;
    QString html;
    html += QStringLiteral("<html><head><style>"
                           "body { font-family: sans-serif; font-size: 10pt; }"
                           "h1 { font-size: 16pt; margin-bottom: 2px; }"
                           "h2 { font-size: 12pt; margin-top: 16px; border-bottom: 1px solid #999; }"
                           "td { padding: 2px 6px; vertical-align: top; }"
                           "td.amount { text-align: right; white-space: nowrap; }"
                           ".muted { color: #555; }"
                           ".group td { font-weight: bold; background: #eef1f4; }"
                           ".total td { font-weight: bold; border-top: 1px solid #333; }"
                           ".warning { color: #7a4e00; }"
                           "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(esc(c.groupName.empty() ? c.reference : c.groupName));
    html += QStringLiteral("<p class='muted'>%1 &middot; %2 &middot; %3 &middot; %4 %5 %6</p>")
                .arg(esc(c.reference), esc(c.hotel), esc(ContractListModel::statusName(c.status)),
                     esc(formatDate(c.arrival, locale)), QStringLiteral("&ndash;"),
                     esc(formatDate(c.departure, locale)));
    html += QStringLiteral("<table><tr><td class='muted'>%1</td><td>%2</td></tr><tr><td "
                           "class='muted'>%3</td><td>%4</td></tr>"
                           "<tr><td class='muted'>%5</td><td>%6</td></tr></table>")
                .arg(Report::tr("Account"), esc(c.account), Report::tr("Sales manager"), esc(c.salesManager),
                     Report::tr("Signed on"), esc(formatDate(c.signedOn, locale)));

    if (!results.assessment) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(Report::tr("The contract cannot be assessed"));
        for (const ValidationIssue& issue : results.issues) {
            html += QStringLiteral("<li>%1</li>").arg(esc(issueText(issue, &c)));
        }
        html += QStringLiteral("</ul></body></html>");
        return html;
    }
    const Assessment& a = *results.assessment;
    html += QStringLiteral("<h2>%1</h2>")
                .arg(a.cancelled ? Report::tr("Assessment under the cancellation clause")
                                 : Report::tr("Assessment under attrition"));
    if (!a.cancelled) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(Report::tr("Pickup %1: %2 of %3 room nights counted.")
                             .arg(esc(formatPercent(a.pickupPercent, locale)),
                                  formatCount(a.countedRoomNights, locale),
                                  formatCount(a.revisedRoomNights, locale)));
    }
    if (!a.warnings.empty()) {
        html += QStringLiteral("<p class='warning'><b>%1</b></p><ul class='warning'>")
                    .arg(Report::tr("Warnings"));
        for (const Message& w : a.warnings) {
            html += QStringLiteral("<li>%1</li>").arg(esc(messageText(w)));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<table width='100%' cellspacing='0'>");
    Component current = Component::Deposits;
    bool first = true;
    for (const AssessmentLine& line : a.lines) {
        if (first || line.component != current) {
            html += QStringLiteral("<tr class='group'><td colspan='2'>%1</td></tr>")
                        .arg(esc(AssessmentModel::componentName(line.component)));
            current = line.component;
            first = false;
        }
        const bool showAmount = !line.amount.isZero() && line.component != Component::Comps;
        html += QStringLiteral("<tr><td>%1</td><td class='amount'>%2</td></tr>")
                    .arg(esc(messageText(line.explanation)),
                         showAmount ? esc(formatMoney(line.amount, locale)) : QString());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2>%1</h2><table width='60%' cellspacing='0'>").arg(Report::tr("Totals"));
    const auto row = [&](const QString& name, const Money& m, bool bold = false) {
        html += QStringLiteral("<tr%3><td>%1</td><td class='amount'>%2</td></tr>")
                    .arg(esc(name), esc(formatMoney(m, locale)),
                         bold ? QStringLiteral(" class='total'") : QString());
    };
    if (a.cancelled) {
        row(Report::tr("Cancellation"), a.cancellation);
    } else {
        row(Report::tr("Room attrition"), a.rooms);
        row(Report::tr("Food & beverage"), a.foodBeverage);
        row(Report::tr("Meeting room"), a.meetingRoom);
    }
    row(Report::tr("Subtotal"), a.subtotal);
    row(Report::tr("Tax"), a.tax);
    row(Report::tr("Total owed"), a.totalOwed, true);
    row(Report::tr("Deposits applied"), -a.depositsApplied);
    html += QStringLiteral("<tr class='total'><td>%1</td><td class='amount'>%2</td></tr>")
                .arg(Report::tr("Net due"), esc(formatMoneyWithCode(a.netDue, locale)));
    html += QStringLiteral("</table></body></html>");
    return html;
}

} // namespace attrition::ui
