#include "attrition/io/text_report.h"

#include "json_support.h"

#include <QStringList>
#include <algorithm>
#include <array>

namespace attrition::io {

namespace {

using detail::text;

QString display(const Money& m, Currency currency) {
    const Money shown = m.currency().isValid() ? m : Money(m.minorUnits(), currency);
    return QString::fromStdString(shown.toDisplayString());
}

QString title(Component component) {
    switch (component) {
    case Component::Rooms:
        return QStringLiteral("Rooms");
    case Component::FoodBeverage:
        return QStringLiteral("Food & beverage");
    case Component::MeetingRoom:
        return QStringLiteral("Meeting room");
    case Component::Cancellation:
        return QStringLiteral("Cancellation");
    case Component::Comps:
        return QStringLiteral("Comp rooms");
    case Component::Tax:
        return QStringLiteral("Tax");
    case Component::Deposits:
        return QStringLiteral("Deposits");
    }
    return {};
}

constexpr std::array<Component, 7> kComponents{
    Component::Rooms, Component::FoodBeverage, Component::MeetingRoom, Component::Cancellation,
    Component::Comps, Component::Tax,          Component::Deposits};

QString field(const char* label, const QString& value) {
    return QString::fromLatin1(label).leftJustified(13, QLatin1Char(' ')) + value + QLatin1Char('\n');
}

QString scenarioText(const ScenarioOverrides& s, Currency currency) {
    QStringList parts;
    if (s.uniformPickup) {
        parts
            << QStringLiteral("pickup %1 of the block on every night").arg(text(s.uniformPickup->toString()));
    }
    if (s.pickup) {
        parts << QStringLiteral("pickup as given");
    }
    if (s.foodBeverageSpend) {
        parts << QStringLiteral("F&B spend %1").arg(display(*s.foodBeverageSpend, currency));
    }
    if (s.resale) {
        parts << QStringLiteral("resale as given");
    }
    if (s.cancellationNotice) {
        parts
            << QStringLiteral("cancellation notice received %1").arg(detail::dateText(*s.cancellationNotice));
    }
    if (s.withoutCancellation) {
        parts << QStringLiteral("as if the group had not cancelled");
    }
    return parts.join(QStringLiteral("; "));
}

/// A table: the first row is the header; every column is right-aligned except the first when `leftFirst`.
QString table(const std::vector<QStringList>& rows, bool leftFirst) {
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i) {
            auto& w = widths[static_cast<std::size_t>(i)];
            w = std::max(w, row[i].size());
        }
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            const auto w = widths[static_cast<std::size_t>(i)];
            if (i > 0) {
                line += QStringLiteral("  ");
            }
            line += i == 0 && leftFirst ? row[i].leftJustified(w, QLatin1Char(' '))
                                        : row[i].rightJustified(w, QLatin1Char(' '));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString sweepTitle(const char* what, const Contract& c) {
    return QStringLiteral("%1 for %2, amounts in %3\n\n")
        .arg(QLatin1String(what), QString::fromStdString(c.reference), detail::currencyText(c.currency));
}

} // namespace

QString assessmentText(const Contract& c, const Assessment& a, const ScenarioOverrides& scenario) {
    const Currency cur = a.currency.isValid() ? a.currency : c.currency;
    QString out;
    out += field("Contract", QString::fromStdString(c.reference));
    if (!c.groupName.empty()) {
        out += field("Group", QString::fromStdString(c.groupName));
    }
    if (!c.account.empty()) {
        out += field("Account", QString::fromStdString(c.account));
    }
    if (!c.hotel.empty()) {
        out += field("Hotel", QString::fromStdString(c.hotel));
    }
    out += field("Stay", QStringLiteral("%1 to %2, %3 %4")
                             .arg(detail::dateText(c.arrival), detail::dateText(c.departure))
                             .arg(c.nightCount())
                             .arg(c.nightCount() == 1 ? QStringLiteral("night") : QStringLiteral("nights")));
    out += field("Status", text(toString(c.status)));
    out += field("Currency", detail::currencyText(cur));
    const QString what = scenarioText(scenario, cur);
    if (!what.isEmpty()) {
        out += field("Scenario", what);
    }
    out +=
        field("Assessed", a.cancelled ? QStringLiteral("under the cancellation clause")
                                      : QStringLiteral("under the attrition, F&B and meeting room clauses"));
    if (!a.cancelled && a.contractedRoomNights > 0) {
        QString nights = QStringLiteral("%1 contracted").arg(a.contractedRoomNights);
        if (a.revisedRoomNights != a.contractedRoomNights) {
            nights += QStringLiteral(", %1 after reductions").arg(a.revisedRoomNights);
        }
        nights += QStringLiteral(", %1 picked up, %2 counted (%3)")
                      .arg(a.pickedUpRoomNights)
                      .arg(a.countedRoomNights)
                      .arg(text(a.pickupPercent.toString()));
        if (a.compRoomNights > 0) {
            nights += QStringLiteral(", %1 comp earned").arg(a.compRoomNights);
        }
        out += field("Room nights", nights);
    }

    struct Total {
        const char* label;
        Money amount;
    };
    std::vector<Total> totals{{"Rooms", a.rooms},
                              {"Food & beverage", a.foodBeverage},
                              {"Meeting room", a.meetingRoom},
                              {"Cancellation", a.cancellation},
                              {"Subtotal", a.subtotal},
                              {"Tax", a.tax},
                              {"Total owed", a.totalOwed},
                              {"Deposits applied", a.depositsApplied},
                              {"Net due", a.netDue}};
    if (a.depositBalance.isPositive()) {
        totals.push_back({"Deposit balance", a.depositBalance});
    }

    qsizetype width = 10;
    for (const AssessmentLine& l : a.lines) {
        width = std::max(width, display(l.amount, cur).size());
    }
    for (const Total& t : totals) {
        width = std::max(width, display(t.amount, cur).size());
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
            out += QStringLiteral("  ") + display(l.amount, cur).rightJustified(width, QLatin1Char(' ')) +
                   QStringLiteral("  ") + QString::fromStdString(renderEnglish(l.explanation)) +
                   QLatin1Char('\n');
        }
    }
    if (!a.warnings.empty()) {
        out += QStringLiteral("\nWarnings\n");
        for (const Message& w : a.warnings) {
            out += QStringLiteral("  ! ") + QString::fromStdString(renderEnglish(w)) + QLatin1Char('\n');
        }
    }
    out += QStringLiteral("\nTotals (%1)\n").arg(detail::currencyText(cur));
    for (const Total& t : totals) {
        out += QStringLiteral("  ") + QString::fromLatin1(t.label).leftJustified(18, QLatin1Char(' ')) +
               display(t.amount, cur).rightJustified(width, QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return out;
}

QString pickupSweepText(const Contract& c, const std::vector<PickupSweepPoint>& points) {
    std::vector<QStringList> rows{{QStringLiteral("pickup"), QStringLiteral("room damages"),
                                   QStringLiteral("meeting room"), QStringLiteral("total owed")}};
    for (const PickupSweepPoint& p : points) {
        rows.push_back({text(p.pickup.toString()), display(p.roomDamages, c.currency),
                        display(p.meetingRoom, c.currency), display(p.totalOwed, c.currency)});
    }
    return sweepTitle("Damages by pickup", c) + table(rows, false);
}

QString cancellationSweepText(const Contract& c, const std::vector<CancellationSweepPoint>& points) {
    std::vector<QStringList> rows{{QStringLiteral("notice"), QStringLiteral("days before arrival"),
                                   QStringLiteral("fee"), QStringLiteral("total owed")}};
    for (const CancellationSweepPoint& p : points) {
        rows.push_back({detail::dateText(p.notice), QString::number(p.daysBeforeArrival),
                        display(p.fee, c.currency), display(p.totalOwed, c.currency)});
    }
    return sweepTitle("Cancellation fee by notice date", c) + table(rows, true);
}

QString spendSweepText(const Contract& c, const std::vector<SpendSweepPoint>& points) {
    std::vector<QStringList> rows{
        {QStringLiteral("F&B spend"), QStringLiteral("damages"), QStringLiteral("total owed")}};
    for (const SpendSweepPoint& p : points) {
        rows.push_back(
            {display(p.spend, c.currency), display(p.damages, c.currency), display(p.totalOwed, c.currency)});
    }
    return sweepTitle("F&B damages by actual spend", c) + table(rows, false);
}

} // namespace attrition::io
