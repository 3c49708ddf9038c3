#include "attrition/io/text_report.h"

#include "json_support.h"
#include "text_writer.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <array>

namespace attrition::io {

namespace {

using detail::table;
using detail::text;
using detail::Writer;

/// The texts of the reports, translated in the context "TextReport".
struct TextReport {
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};

QString title(Component component) {
    switch (component) {
    case Component::Rooms:
        return TextReport::tr("Rooms");
    case Component::FoodBeverage:
        return TextReport::tr("Food & beverage");
    case Component::MeetingRoom:
        return TextReport::tr("Meeting room");
    case Component::Cancellation:
        return TextReport::tr("Cancellation");
    case Component::Comps:
        return TextReport::tr("Comp rooms");
    case Component::Tax:
        return TextReport::tr("Tax");
    case Component::Deposits:
        return TextReport::tr("Deposits");
    }
    return {};
}

constexpr std::array<Component, 7> kComponents{
    Component::Rooms, Component::FoodBeverage, Component::MeetingRoom, Component::Cancellation,
    Component::Comps, Component::Tax,          Component::Deposits};

/// Labels and values in two columns, the values aligned after the longest label.
QString fields(const std::vector<std::pair<QString, QString>>& rows) {
    qsizetype width = 11;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    QString out;
    for (const auto& [label, value] : rows) {
        out += label.leftJustified(width + 2, QLatin1Char(' ')) + value + QLatin1Char('\n');
    }
    return out;
}

QString scenarioText(const ScenarioOverrides& s, const Writer& w) {
    QStringList parts;
    if (s.uniformPickup) {
        parts << TextReport::tr("pickup %1 of the block on every night").arg(w.percent(*s.uniformPickup));
    }
    if (s.pickup) {
        parts << TextReport::tr("pickup as given");
    }
    if (s.foodBeverageSpend) {
        parts << TextReport::tr("F&B spend %1").arg(w.amount(*s.foodBeverageSpend));
    }
    if (s.resale) {
        parts << TextReport::tr("resale as given");
    }
    if (s.cancellationNotice) {
        parts << TextReport::tr("cancellation notice received %1").arg(w.date(*s.cancellationNotice));
    }
    if (s.withoutCancellation) {
        parts << TextReport::tr("as if the group had not cancelled");
    }
    return parts.join(QStringLiteral("; "));
}

/// "Damages by pickup for GRP-1, amounts in USD", from a title template with %1 (reference), %2 (currency).
QString sweepTitle(const QString& title, const Contract& c) {
    return title.arg(QString::fromStdString(c.reference), detail::currencyText(c.currency)) +
           QStringLiteral("\n\n");
}

} // namespace

QString statusText(ContractStatus status) {
    switch (status) {
    case ContractStatus::Prospect:
        return TextReport::tr("prospect");
    case ContractStatus::Tentative:
        return TextReport::tr("tentative");
    case ContractStatus::Definite:
        return TextReport::tr("definite");
    case ContractStatus::Cancelled:
        return TextReport::tr("cancelled");
    case ContractStatus::Actualized:
        return TextReport::tr("actualized");
    case ContractStatus::Lost:
        return TextReport::tr("lost");
    }
    return {};
}

QString assessmentText(const Contract& c, const Assessment& a, const ScenarioOverrides& scenario,
                       const TextNotation& notation) {
    const Currency cur = a.currency.isValid() ? a.currency : c.currency;
    const Writer w(notation, cur);
    std::vector<std::pair<QString, QString>> header{{TextReport::tr("Contract"), text(c.reference)}};
    if (!c.groupName.empty()) {
        header.emplace_back(TextReport::tr("Group"), text(c.groupName));
    }
    if (!c.account.empty()) {
        header.emplace_back(TextReport::tr("Account"), text(c.account));
    }
    if (!c.hotel.empty()) {
        header.emplace_back(TextReport::tr("Hotel"), text(c.hotel));
    }
    const int nights = c.nightCount();
    const QString from = w.date(c.arrival);
    const QString to = w.date(c.departure);
    header.emplace_back(TextReport::tr("Stay"),
                        nights == 1
                            ? TextReport::tr("%1 to %2, 1 night").arg(from, to)
                            : TextReport::tr("%1 to %2, %3 nights").arg(from, to, QString::number(nights)));
    header.emplace_back(TextReport::tr("Status"), statusText(c.status));
    header.emplace_back(TextReport::tr("Currency"), detail::currencyText(cur));
    const QString what = scenarioText(scenario, w);
    if (!what.isEmpty()) {
        header.emplace_back(TextReport::tr("Scenario"), what);
    }
    header.emplace_back(TextReport::tr("Assessed"),
                        a.cancelled ? TextReport::tr("under the cancellation clause")
                                    : TextReport::tr("under the attrition, F&B and meeting room clauses"));
    if (!a.cancelled && a.contractedRoomNights > 0) {
        QString nightsText = TextReport::tr("%1 contracted").arg(a.contractedRoomNights);
        if (a.revisedRoomNights != a.contractedRoomNights) {
            nightsText += TextReport::tr(", %1 after reductions").arg(a.revisedRoomNights);
        }
        nightsText += TextReport::tr(", %1 picked up, %2 counted (%3)")
                          .arg(a.pickedUpRoomNights)
                          .arg(a.countedRoomNights)
                          .arg(w.percent(a.pickupPercent));
        if (a.compRoomNights > 0) {
            nightsText += TextReport::tr(", %1 comp earned").arg(a.compRoomNights);
        }
        header.emplace_back(TextReport::tr("Room nights"), nightsText);
    }
    QString out = fields(header);

    std::vector<std::pair<QString, Money>> totals{{TextReport::tr("Rooms"), a.rooms},
                                                  {TextReport::tr("Food & beverage"), a.foodBeverage},
                                                  {TextReport::tr("Meeting room"), a.meetingRoom},
                                                  {TextReport::tr("Cancellation"), a.cancellation},
                                                  {TextReport::tr("Subtotal"), a.subtotal},
                                                  {TextReport::tr("Tax"), a.tax},
                                                  {TextReport::tr("Total owed"), a.totalOwed},
                                                  {TextReport::tr("Deposits applied"), a.depositsApplied},
                                                  {TextReport::tr("Net due"), a.netDue}};
    if (a.creditsApplied.isPositive()) {
        // Granted by other contracts' settlements: before the deposits, as the engine applies them.
        totals.insert(totals.end() - 2, {TextReport::tr("Rebooking credits applied"), a.creditsApplied});
    }
    if (a.depositBalance.isPositive()) {
        totals.emplace_back(TextReport::tr("Deposit balance"), a.depositBalance);
    }

    qsizetype width = 10;
    qsizetype labelWidth = 16;
    for (const AssessmentLine& l : a.lines) {
        width = std::max(width, w.amount(l.amount).size());
    }
    for (const auto& [label, amount] : totals) {
        width = std::max(width, w.amount(amount).size());
        labelWidth = std::max(labelWidth, label.size());
    }

    for (const Component component : kComponents) {
        bool titled = false;
        for (const AssessmentLine& l : a.lines) {
            if (l.component != component) {
                continue;
            }
            if (!titled) {
                out += QLatin1Char('\n') + title(component) + QLatin1Char('\n');
                titled = true;
            }
            out += QStringLiteral("  ") + w.amount(l.amount).rightJustified(width, QLatin1Char(' ')) +
                   QStringLiteral("  ") + w.message(l.explanation) + QLatin1Char('\n');
        }
    }
    if (!a.warnings.empty()) {
        out += QLatin1Char('\n') + TextReport::tr("Warnings") + QLatin1Char('\n');
        for (const Message& warning : a.warnings) {
            out += QStringLiteral("  ! ") + w.message(warning) + QLatin1Char('\n');
        }
    }
    out +=
        QLatin1Char('\n') + TextReport::tr("Totals (%1)").arg(detail::currencyText(cur)) + QLatin1Char('\n');
    for (const auto& [label, amount] : totals) {
        out += QStringLiteral("  ") + label.leftJustified(labelWidth + 2, QLatin1Char(' ')) +
               w.amount(amount).rightJustified(width, QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return out;
}

QString pickupSweepText(const Contract& c, const std::vector<PickupSweepPoint>& points,
                        const TextNotation& notation) {
    const Writer w(notation, c.currency);
    std::vector<QStringList> rows{{TextReport::tr("pickup"), TextReport::tr("room damages"),
                                   TextReport::tr("meeting room"), TextReport::tr("total owed")}};
    for (const PickupSweepPoint& p : points) {
        rows.push_back(
            {w.percent(p.pickup), w.amount(p.roomDamages), w.amount(p.meetingRoom), w.amount(p.totalOwed)});
    }
    return sweepTitle(TextReport::tr("Damages by pickup for %1, amounts in %2"), c) + table(rows, false);
}

QString cancellationSweepText(const Contract& c, const std::vector<CancellationSweepPoint>& points,
                              const TextNotation& notation) {
    const Writer w(notation, c.currency);
    std::vector<QStringList> rows{{TextReport::tr("notice"), TextReport::tr("days before arrival"),
                                   TextReport::tr("fee"), TextReport::tr("total owed")}};
    for (const CancellationSweepPoint& p : points) {
        rows.push_back(
            {w.date(p.notice), QString::number(p.daysBeforeArrival), w.amount(p.fee), w.amount(p.totalOwed)});
    }
    return sweepTitle(TextReport::tr("Cancellation fee by notice date for %1, amounts in %2"), c) +
           table(rows, true);
}

QString spendSweepText(const Contract& c, const std::vector<SpendSweepPoint>& points,
                       const TextNotation& notation) {
    const Writer w(notation, c.currency);
    std::vector<QStringList> rows{
        {TextReport::tr("F&B spend"), TextReport::tr("damages"), TextReport::tr("total owed")}};
    for (const SpendSweepPoint& p : points) {
        rows.push_back({w.amount(p.spend), w.amount(p.damages), w.amount(p.totalOwed)});
    }
    return sweepTitle(TextReport::tr("F&B damages by actual spend for %1, amounts in %2"), c) +
           table(rows, false);
}

} // namespace attrition::io
