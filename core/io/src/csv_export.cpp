// Contracts and assessments as CSV, for spreadsheets.
//
// Nothing here is translated: the headers, the totals' names and the explanations (the engine's English) are
// the same in every language, as scripts that read the files and the format's tests expect.

#include "attrition/domain/fixed_point.h"
#include "attrition/io/csv.h"
#include "json_support.h"

#include <numeric>

namespace attrition::io {

namespace {

using detail::amountText;
using detail::dateText;
using detail::text;

/// Pickup as percentage points with two decimals, truncated like the engine's figure ("84.50"), so
/// that 79.999% never shows as 80.00.
QString pickupPercentText(Percent p) {
    return text(formatScaledDecimal(p.partsPerMillion() / 100, 2));
}

/// A text someone typed, as a spreadsheet cell: one that begins like a formula ("=HYPERLINK(...)", "+1",
/// "-2", "@SUM") gets a leading apostrophe, so that a spreadsheet shows it as text and never evaluates it.
QString typedText(const std::string& s) {
    QString t = text(s);
    if (!t.isEmpty() && QStringLiteral("=+-@\t\r").contains(t.front())) {
        t.prepend(QLatin1Char('\''));
    }
    return t;
}

} // namespace

QByteArray contractsCsv(const std::vector<ContractCsvRow>& rows) {
    std::vector<std::vector<QString>> records;
    records.reserve(rows.size() + 1);
    records.push_back({QStringLiteral("Reference"),
                       QStringLiteral("Group"),
                       QStringLiteral("Account"),
                       QStringLiteral("Hotel"),
                       QStringLiteral("Sales manager"),
                       QStringLiteral("Status"),
                       QStringLiteral("Currency"),
                       QStringLiteral("Arrival"),
                       QStringLiteral("Departure"),
                       QStringLiteral("Nights"),
                       QStringLiteral("Block room nights"),
                       QStringLiteral("Picked up room nights"),
                       QStringLiteral("Pickup %"),
                       QStringLiteral("Rooms"),
                       QStringLiteral("F&B"),
                       QStringLiteral("Meeting room"),
                       QStringLiteral("Cancellation"),
                       QStringLiteral("Tax"),
                       QStringLiteral("Total owed"),
                       QStringLiteral("Deposits applied"),
                       QStringLiteral("Net due")});
    for (const ContractCsvRow& row : rows) {
        if (row.contract == nullptr) {
            continue;
        }
        const Contract& c = *row.contract;
        const auto blocked = std::accumulate(c.block.begin(), c.block.end(), std::int64_t{0},
                                             [](std::int64_t n, const BlockEntry& b) { return n + b.rooms; });
        const auto pickedUp =
            std::accumulate(c.pickup.begin(), c.pickup.end(), std::int64_t{0},
                            [](std::int64_t n, const PickupEntry& p) { return n + p.rooms; });
        std::vector<QString> record{typedText(c.reference),
                                    typedText(c.groupName),
                                    typedText(c.account),
                                    typedText(c.hotel),
                                    typedText(c.salesManager),
                                    text(toString(c.status)),
                                    detail::currencyText(c.currency),
                                    dateText(c.arrival),
                                    dateText(c.departure),
                                    QString::number(c.nightCount()),
                                    QString::number(blocked),
                                    QString::number(pickedUp)};
        if (const Assessment* a = row.assessment) {
            const Currency cur = a->currency.isValid() ? a->currency : c.currency;
            // A cancelled group is assessed without its pickup.
            record.push_back(a->cancelled ? QString() : pickupPercentText(a->pickupPercent));
            for (const Money* m : {&a->rooms, &a->foodBeverage, &a->meetingRoom, &a->cancellation, &a->tax,
                                   &a->totalOwed, &a->depositsApplied, &a->netDue}) {
                record.push_back(amountText(*m, cur));
            }
        } else {
            record.resize(record.size() + 9);
        }
        records.push_back(std::move(record));
    }
    return writeCsv(records);
}

QByteArray assessmentCsv(const Contract& contract, const Assessment& a) {
    const Currency cur = a.currency.isValid() ? a.currency : contract.currency;
    const QString reference = typedText(contract.reference);
    const QString code = detail::currencyText(cur);
    std::vector<std::vector<QString>> records;
    records.reserve(a.lines.size() + 7);
    records.push_back({QStringLiteral("Reference"), QStringLiteral("Component"), QStringLiteral("Night"),
                       QStringLiteral("Quantity"), QStringLiteral("Rate"), QStringLiteral("Factor %"),
                       QStringLiteral("Amount"), QStringLiteral("Currency"), QStringLiteral("Explanation")});
    for (const AssessmentLine& l : a.lines) {
        records.push_back({reference, text(toString(l.component)), l.night ? dateText(*l.night) : QString(),
                           l.quantity ? text(l.quantity->toString()) : QString(),
                           l.rate ? amountText(*l.rate, cur) : QString(),
                           l.factor ? detail::percentText(*l.factor) : QString(), amountText(l.amount, cur),
                           code, QString::fromStdString(renderEnglish(l.explanation))});
    }
    struct Total {
        const char* name;
        const Money& amount;
    };
    std::vector<Total> totals{{"Subtotal", a.subtotal}, {"Tax", a.tax}, {"Total owed", a.totalOwed}};
    if (a.creditsApplied.isPositive()) {
        // Granted by other contracts' settlements: before the deposits, as the engine applies them.
        totals.push_back({"Rebooking credits applied", a.creditsApplied});
    }
    totals.push_back({"Deposits applied", a.depositsApplied});
    totals.push_back({"Net due", a.netDue});
    if (a.depositBalance.isPositive()) {
        totals.push_back({"Deposit balance", a.depositBalance});
    }
    for (const Total& t : totals) {
        records.push_back({reference,
                           QStringLiteral("total"),
                           {},
                           {},
                           {},
                           {},
                           amountText(t.amount, cur),
                           code,
                           QString::fromLatin1(t.name)});
    }
    return writeCsv(records);
}

} // namespace attrition::io
