#include "attrition/io/quote_report.h"

#include "attrition/domain/fixed_point.h"
#include "attrition/io/contract_json.h"
#include "json_support.h"
#include "text_writer.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace attrition::io {

namespace {

using detail::amountText;
using detail::table;
using detail::text;
using detail::Writer;

/// The texts of the quote report, translated in the context "QuoteReport".
struct QuoteReport {
    Q_DECLARE_TR_FUNCTIONS(QuoteReport)
};

constexpr const char* kQuoteFormat = "attrition-desk/quote";

/// Rooms to one decimal, rounded half up ("89.5", "90").
QString roomsText(Quantity q) {
    const auto tenths =
        static_cast<std::int64_t>(divideRounded(q.micro(), Quantity::kScale / 10, RoundingMode::HalfUp));
    return text(formatScaledDecimal(tenths, 1, true));
}

/// Rooms exactly, for programs ("89.5", "97.123456").
QString roomsExact(Quantity q) {
    return text(formatScaledDecimal(q.micro(), 6, true));
}

/// A wash to a tenth of a point, half up ("15.9%").
QString washText(Percent p, const Writer& w) {
    return w.percent(Percent::fromPartsPerMillion(
        static_cast<std::int64_t>(divideRounded(p.partsPerMillion(), 1'000, RoundingMode::HalfUp)) * 1'000));
}

/// A share (0..1) as a percentage with one decimal and no locale: "82.5%".
QString shareText(double share) {
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString sourceText(const quote::WashDistribution& w) {
    switch (w.source) {
    case quote::WashSource::Account:
        return QuoteReport::tr("the account's own %n past groups", "", w.groups);
    case quote::WashSource::Comparable:
        return QuoteReport::tr("%n comparable past groups", "", w.groups);
    case quote::WashSource::Default:
        return QuoteReport::tr("the default (too few past groups)");
    }
    return {};
}

} // namespace

QString quoteText(const Contract& contract, const quote::Quote& q, const TextNotation& notation) {
    const Writer w(notation, contract.currency);
    QString out = QuoteReport::tr("Quote for %1 (%2), arriving %3")
                      .arg(text(contract.reference), text(contract.groupName), w.date(contract.arrival)) +
                  QLatin1Char('\n');
    out += QuoteReport::tr("Expected wash %1 (P10 %2, P90 %3), from %4")
               .arg(washText(q.expectedWash, w), washText(q.washP10, w), washText(q.washP90, w),
                    sourceText(q.wash)) +
           QLatin1Char('\n') + QLatin1Char('\n');
    out += table(
        {{QuoteReport::tr("Group room profit"), w.amount(q.groupRoomProfit)},
         {QuoteReport::tr("Displaced transient business"), w.amount(-q.displacementCost)},
         {QuoteReport::tr("F&B profit"), w.amount(q.foodBeverageProfit)},
         {QuoteReport::tr("Meeting room profit"), w.amount(q.meetingRoomProfit)},
         {QuoteReport::tr("Net value of the group"), w.amount(q.net)},
         {QuoteReport::tr("P10 / P50 / P90"),
          QuoteReport::tr("%1 / %2 / %3").arg(w.amount(q.netP10), w.amount(q.netP50), w.amount(q.netP90))}},
        true);
    out += QLatin1Char('\n');
    std::vector<QStringList> rows{{QuoteReport::tr("Night"), QuoteReport::tr("Block"),
                                   QuoteReport::tr("Capacity"), QuoteReport::tr("Transient demand"),
                                   QuoteReport::tr("Group rooms"), QuoteReport::tr("Displaced"),
                                   QuoteReport::tr("Group profit"), QuoteReport::tr("Displacement cost"),
                                   QuoteReport::tr("Net"), QuoteReport::tr("Break-even rate")}};
    for (const quote::NightQuote& n : q.nights) {
        rows.push_back({w.date(n.night), QString::number(n.block), QString::number(n.capacity),
                        roomsText(n.transientDemand), roomsText(n.groupRooms), roomsText(n.displacedRooms),
                        w.amount(n.groupRoomProfit), w.amount(n.displacementCost), w.amount(n.net),
                        n.breakEvenRate ? w.amount(*n.breakEvenRate) : QStringLiteral("-")});
    }
    out += table(rows, true);
    out += QLatin1Char('\n') +
           QuoteReport::tr("What each attrition clause would collect (%n wash draws):", "", q.draws) +
           QLatin1Char('\n');
    std::vector<QStringList> clauses{{QuoteReport::tr("Performance level"), QuoteReport::tr("Damages factor"),
                                      QuoteReport::tr("Expected damages"),
                                      QuoteReport::tr("Chance of owing")}};
    for (const quote::ClauseOption& c : q.clauses) {
        clauses.push_back({w.percent(c.performanceLevel), w.percent(c.damagesFactor),
                           w.amount(c.expectedDamages), shareText(c.probabilityOwed)});
    }
    out += table(clauses, true);
    out += QLatin1Char('\n') + QuoteReport::tr("How the figures were obtained:") + QLatin1Char('\n');
    for (const Message& m : q.explanation) {
        out += QStringLiteral("  - ") + w.message(m) + QLatin1Char('\n');
    }
    return out;
}

QJsonObject quoteToJson(const Contract& contract, const quote::Quote& q) {
    const Currency c = contract.currency;
    QJsonArray nights;
    for (const quote::NightQuote& n : q.nights) {
        QJsonObject o{{QStringLiteral("night"), detail::dateText(n.night)},
                      {QStringLiteral("block"), n.block},
                      {QStringLiteral("capacity"), n.capacity},
                      {QStringLiteral("transientDemand"), roomsExact(n.transientDemand)},
                      {QStringLiteral("groupRooms"), roomsExact(n.groupRooms)},
                      {QStringLiteral("displacedRooms"), roomsExact(n.displacedRooms)},
                      {QStringLiteral("groupRevenue"), amountText(n.groupRevenue, c)},
                      {QStringLiteral("groupRoomProfit"), amountText(n.groupRoomProfit, c)},
                      {QStringLiteral("displacementCost"), amountText(n.displacementCost, c)},
                      {QStringLiteral("net"), amountText(n.net, c)}};
        o.insert(QStringLiteral("breakEvenRate"), n.breakEvenRate
                                                      ? QJsonValue(amountText(*n.breakEvenRate, c))
                                                      : QJsonValue(QJsonValue::Null));
        nights.append(o);
    }
    QJsonArray clauses;
    for (const quote::ClauseOption& o : q.clauses) {
        clauses.append(
            QJsonObject{{QStringLiteral("performanceLevel"), text(o.performanceLevel.toPointsString())},
                        {QStringLiteral("damagesFactor"), text(o.damagesFactor.toPointsString())},
                        {QStringLiteral("expectedDamages"), amountText(o.expectedDamages, c)},
                        {QStringLiteral("probabilityOwed"), o.probabilityOwed}});
    }
    QJsonArray explanation;
    for (const Message& m : q.explanation) {
        explanation.append(
            QJsonObject{{QStringLiteral("key"), text(messageKey(m.id))},
                        {QStringLiteral("message"), QString::fromStdString(renderEnglish(m))}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(kQuoteFormat)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("reference"), QString::fromStdString(contract.reference)},
        {QStringLiteral("currency"), detail::currencyText(c)},
        {QStringLiteral("wash"),
         QJsonObject{{QStringLiteral("source"), QLatin1String(quote::washSourceName(q.wash.source))},
                     {QStringLiteral("groups"), q.wash.groups},
                     {QStringLiteral("accountGroups"), q.wash.accountGroups},
                     {QStringLiteral("expected"), text(q.expectedWash.toPointsString())},
                     {QStringLiteral("p10"), text(q.washP10.toPointsString())},
                     {QStringLiteral("p90"), text(q.washP90.toPointsString())}}},
        {QStringLiteral("groupRoomProfit"), amountText(q.groupRoomProfit, c)},
        {QStringLiteral("displacementCost"), amountText(q.displacementCost, c)},
        {QStringLiteral("foodBeverageProfit"), amountText(q.foodBeverageProfit, c)},
        {QStringLiteral("meetingRoomProfit"), amountText(q.meetingRoomProfit, c)},
        {QStringLiteral("net"), amountText(q.net, c)},
        {QStringLiteral("netP10"), amountText(q.netP10, c)},
        {QStringLiteral("netP50"), amountText(q.netP50, c)},
        {QStringLiteral("netP90"), amountText(q.netP90, c)},
        {QStringLiteral("draws"), q.draws},
        {QStringLiteral("seed"), QString::number(q.seed)},
        {QStringLiteral("nights"), nights},
        {QStringLiteral("clauses"), clauses},
        {QStringLiteral("explanation"), explanation}};
}

} // namespace attrition::io
