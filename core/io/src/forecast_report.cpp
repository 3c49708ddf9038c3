#include "attrition/io/forecast_report.h"

#include "attrition/io/assessment_json.h"
#include "attrition/io/contract_json.h"
#include "json_support.h"
#include "text_writer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace attrition::io {

namespace {

using detail::amountText;
using detail::dateText;
using detail::table;
using detail::text;
using detail::Writer;

/// The texts of the forecast reports, translated in the context "ForecastReport".
struct ForecastReport {
    Q_DECLARE_TR_FUNCTIONS(ForecastReport)
};

constexpr const char* kForecastFormat = "attrition-desk/forecast";
constexpr const char* kAdviceFormat = "attrition-desk/advice";
constexpr const char* kBacktestFormat = "attrition-desk/backtest";

QString methodText(forecast::Method method) {
    switch (method) {
    case forecast::Method::Multiplicative:
        return ForecastReport::tr("multiplicative pickup");
    case forecast::Method::Additive:
        return ForecastReport::tr("additive pickup");
    case forecast::Method::Account:
        return ForecastReport::tr("the account's own groups");
    case forecast::Method::Regression:
        return ForecastReport::tr("regression pickup");
    }
    return {};
}

/// Room nights, written as whole numbers; the expected forecast with one decimal.
QString count(std::int64_t n) {
    return QString::number(n);
}
QString expectedText(double roomNights) {
    return QString::number(roomNights, 'f', 1);
}
/// A share (0..1) as a percentage with one decimal and no locale: "82.5%".
QString shareText(double share) {
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString explanationLines(const std::vector<Message>& messages, const Writer& w) {
    QString out;
    for (const Message& m : messages) {
        out += QStringLiteral("  - ") + w.message(m) + QLatin1Char('\n');
    }
    return out;
}

QJsonArray explanationJson(const std::vector<Message>& messages) {
    QJsonArray out;
    for (const Message& m : messages) {
        out.append(QJsonObject{{QStringLiteral("key"), text(messageKey(m.id))},
                               {QStringLiteral("message"), QString::fromStdString(renderEnglish(m))}});
    }
    return out;
}

QJsonObject header(const char* format, const Contract& contract) {
    return QJsonObject{{QStringLiteral("format"), QLatin1String(format)},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("reference"), QString::fromStdString(contract.reference)},
                       {QStringLiteral("currency"), detail::currencyText(contract.currency)}};
}

QJsonObject riskJson(const forecast::DamagesRisk& r, Currency currency) {
    return QJsonObject{{QStringLiteral("expected"), amountText(r.expected, currency)},
                       {QStringLiteral("exactExpected"), amountText(r.exactExpected, currency)},
                       {QStringLiteral("p10"), amountText(r.p10, currency)},
                       {QStringLiteral("p50"), amountText(r.p50, currency)},
                       {QStringLiteral("p90"), amountText(r.p90, currency)},
                       {QStringLiteral("atExpectedPickup"), amountText(r.atExpectedPickup, currency)},
                       {QStringLiteral("probabilityOwed"), r.probabilityOwed},
                       {QStringLiteral("draws"), r.draws},
                       {QStringLiteral("seed"), QString::number(r.seed)},
                       {QStringLiteral("explanation"), explanationJson(r.explanation)}};
}

QString riskLines(const forecast::DamagesRisk& r, const Writer& w) {
    std::vector<QStringList> rows{
        {ForecastReport::tr("Expected damages"), w.amount(r.expected)},
        {ForecastReport::tr("P10 / P50 / P90"),
         ForecastReport::tr("%1 / %2 / %3").arg(w.amount(r.p10), w.amount(r.p50), w.amount(r.p90))},
        {ForecastReport::tr("Chance of owing anything"), shareText(r.probabilityOwed)},
        {ForecastReport::tr("Owed at the expected pickup"), w.amount(r.atExpectedPickup)},
    };
    return table(rows, true);
}

} // namespace

QString forecastText(const Contract& contract, const forecast::Forecast& f, const forecast::DamagesRisk& risk,
                     const TextNotation& notation) {
    const Writer w(notation, contract.currency);
    QString out = ForecastReport::tr("Forecast for %1 (%2), arriving %3, %4 days before arrival")
                      .arg(text(contract.reference), text(contract.groupName), w.date(contract.arrival))
                      .arg(f.daysBeforeArrival) +
                  QLatin1Char('\n');
    out += ForecastReport::tr("Method: %1; booking curve from %2")
               .arg(methodText(f.method), f.curve.fallback
                                              ? ForecastReport::tr("the default curve")
                                              : ForecastReport::tr("%n groups", "", f.curve.groups)) +
           QLatin1Char('\n');
    out += QLatin1Char('\n');
    out += ForecastReport::tr("Room nights of the whole stay:") + QLatin1Char('\n');
    out += table({{ForecastReport::tr("Block"), count(f.blockRoomNights)},
                  {ForecastReport::tr("On the books"), count(f.onTheBooks)},
                  {ForecastReport::tr("Expected at arrival"), expectedText(f.expected)},
                  {ForecastReport::tr("P10 / P50 / P90"),
                   QStringLiteral("%1 / %2 / %3").arg(count(f.p10), count(f.p50), count(f.p90))}},
                 true);
    out += QLatin1Char('\n');
    std::vector<QStringList> rows{{ForecastReport::tr("Night"), ForecastReport::tr("Room type"),
                                   ForecastReport::tr("Block"), ForecastReport::tr("On the books"),
                                   ForecastReport::tr("Expected"), ForecastReport::tr("P10"),
                                   ForecastReport::tr("P50"), ForecastReport::tr("P90")}};
    for (const forecast::NightForecast& n : f.nights) {
        rows.push_back({w.date(n.night), text(n.roomType), count(n.block), count(n.onTheBooks),
                        expectedText(n.expected), count(n.p10), count(n.p50), count(n.p90)});
    }
    out += table(rows, true);
    out += QLatin1Char('\n') +
           ForecastReport::tr("What the group will likely owe (%n draws)", "", risk.draws) +
           QLatin1Char('\n');
    out += riskLines(risk, w);
    out += QLatin1Char('\n') + ForecastReport::tr("How the figures were obtained:") + QLatin1Char('\n');
    out += explanationLines(f.explanation, w);
    out += explanationLines(risk.explanation, w);
    return out;
}

QString adviceText(const Contract& contract, const forecast::Advice& a, const TextNotation& notation) {
    const Writer w(notation, contract.currency);
    QString out;
    if (!a.reviewDate) {
        out += ForecastReport::tr("No review date or cutoff is ahead for %1: there is nothing to release.")
                   .arg(text(contract.reference)) +
               QLatin1Char('\n');
    } else {
        out +=
            ForecastReport::tr("Release advice for %1 at the review date %2 (up to %3 of the original block)")
                .arg(text(contract.reference), w.date(*a.reviewDate), w.percent(a.maxReduction)) +
            QLatin1Char('\n');
        out += ForecastReport::tr("Release %n room nights.", "", static_cast<int>(a.releaseRoomNights)) +
               QLatin1Char('\n') + QLatin1Char('\n');
        std::vector<QStringList> rows{{ForecastReport::tr("Night"), ForecastReport::tr("Room type"),
                                       ForecastReport::tr("Block"), ForecastReport::tr("Supported"),
                                       ForecastReport::tr("Least allowed"), ForecastReport::tr("Keep"),
                                       ForecastReport::tr("Release")}};
        for (const forecast::NightAdvice& n : a.nights) {
            rows.push_back({w.date(n.night), text(n.roomType), count(n.block), count(n.supported),
                            count(n.allowed), count(n.keep), count(n.release)});
        }
        out += table(rows, true);
        out += QLatin1Char('\n');
        out +=
            table({{QString(), ForecastReport::tr("Expected damages"), ForecastReport::tr("P90")},
                   {ForecastReport::tr("Holding the block"), w.amount(a.hold.expected), w.amount(a.hold.p90)},
                   {ForecastReport::tr("After the release"), w.amount(a.released.expected),
                    w.amount(a.released.p90)}},
                  true);
    }
    out += QLatin1Char('\n') + ForecastReport::tr("Why:") + QLatin1Char('\n');
    out += explanationLines(a.explanation, w);
    return out;
}

QString backtestText(const std::vector<forecast::BacktestHorizon>& horizons, std::int64_t groups,
                     const TextNotation& notation) {
    const Writer w(notation, Currency());
    QString out =
        ForecastReport::tr("Backtest over %n past groups: weighted absolute percentage error of the "
                           "final room nights (lower is better)",
                           "", static_cast<int>(groups)) +
        QLatin1Char('\n') + QLatin1Char('\n');
    std::vector<QStringList> rows{{ForecastReport::tr("Days before arrival"), ForecastReport::tr("Groups"),
                                   ForecastReport::tr("Multiplicative"), ForecastReport::tr("Additive"),
                                   ForecastReport::tr("Account"), ForecastReport::tr("Regression"),
                                   ForecastReport::tr("On the books"), ForecastReport::tr("Block x wash"),
                                   ForecastReport::tr("P10-P90 coverage")}};
    for (const forecast::BacktestHorizon& h : horizons) {
        rows.push_back({QString::number(h.daysBeforeArrival), QString::number(h.groups),
                        shareText(h.wapeMultiplicative), shareText(h.wapeAdditive),
                        h.accountGroups > 0 ? shareText(h.wapeAccount) : QStringLiteral("-"),
                        shareText(h.wapeRegression), shareText(h.wapeOnTheBooks), shareText(h.wapeBlockWash),
                        shareText(h.calibration)});
    }
    out += table(rows, false);
    out +=
        QLatin1Char('\n') +
        ForecastReport::tr("The P10-P90 coverage is the share of actual finals inside the band; it should be "
                           "close to 80%.") +
        QLatin1Char('\n');
    return out;
}

QJsonObject forecastToJson(const Contract& contract, const forecast::Forecast& f,
                           const forecast::DamagesRisk& risk) {
    QJsonArray nights;
    for (const forecast::NightForecast& n : f.nights) {
        nights.append(QJsonObject{{QStringLiteral("night"), dateText(n.night)},
                                  {QStringLiteral("roomType"), text(n.roomType)},
                                  {QStringLiteral("block"), n.block},
                                  {QStringLiteral("onTheBooks"), n.onTheBooks},
                                  {QStringLiteral("expected"), n.expected},
                                  {QStringLiteral("p10"), n.p10},
                                  {QStringLiteral("p50"), n.p50},
                                  {QStringLiteral("p90"), n.p90}});
    }
    QJsonObject o = header(kForecastFormat, contract);
    o.insert(QStringLiteral("daysBeforeArrival"), f.daysBeforeArrival);
    o.insert(QStringLiteral("method"), QLatin1String(forecast::methodName(f.method)));
    o.insert(QStringLiteral("curveGroups"), f.curve.groups);
    o.insert(QStringLiteral("defaultCurve"), f.curve.fallback);
    o.insert(QStringLiteral("errorGroups"), f.errorGroups);
    o.insert(QStringLiteral("blockRoomNights"), static_cast<qint64>(f.blockRoomNights));
    o.insert(QStringLiteral("onTheBooks"), static_cast<qint64>(f.onTheBooks));
    o.insert(QStringLiteral("expected"), f.expected);
    o.insert(QStringLiteral("p10"), static_cast<qint64>(f.p10));
    o.insert(QStringLiteral("p50"), static_cast<qint64>(f.p50));
    o.insert(QStringLiteral("p90"), static_cast<qint64>(f.p90));
    o.insert(QStringLiteral("nights"), nights);
    o.insert(QStringLiteral("explanation"), explanationJson(f.explanation));
    o.insert(QStringLiteral("damages"), riskJson(risk, contract.currency));
    return o;
}

QJsonObject adviceToJson(const Contract& contract, const forecast::Advice& a) {
    QJsonArray nights;
    for (const forecast::NightAdvice& n : a.nights) {
        nights.append(QJsonObject{{QStringLiteral("night"), dateText(n.night)},
                                  {QStringLiteral("roomType"), text(n.roomType)},
                                  {QStringLiteral("block"), n.block},
                                  {QStringLiteral("supported"), n.supported},
                                  {QStringLiteral("allowed"), n.allowed},
                                  {QStringLiteral("keep"), n.keep},
                                  {QStringLiteral("release"), n.release}});
    }
    QJsonObject o = header(kAdviceFormat, contract);
    o.insert(QStringLiteral("reviewDate"),
             a.reviewDate ? QJsonValue(dateText(*a.reviewDate)) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("maxReduction"), detail::percentText(a.maxReduction));
    o.insert(QStringLiteral("criticalRatio"), a.criticalRatio);
    o.insert(QStringLiteral("releaseRoomNights"), static_cast<qint64>(a.releaseRoomNights));
    o.insert(QStringLiteral("nights"), nights);
    if (a.reviewDate) {
        o.insert(QStringLiteral("hold"), riskJson(a.hold, contract.currency));
        o.insert(QStringLiteral("released"), riskJson(a.released, contract.currency));
    }
    o.insert(QStringLiteral("explanation"), explanationJson(a.explanation));
    return o;
}

QJsonObject backtestToJson(const std::vector<forecast::BacktestHorizon>& horizons, std::int64_t groups) {
    QJsonArray rows;
    for (const forecast::BacktestHorizon& h : horizons) {
        rows.append(
            QJsonObject{{QStringLiteral("daysBeforeArrival"), h.daysBeforeArrival},
                        {QStringLiteral("groups"), h.groups},
                        {QStringLiteral("wapeMultiplicative"), h.wapeMultiplicative},
                        {QStringLiteral("wapeAdditive"), h.wapeAdditive},
                        {QStringLiteral("wapeAccount"),
                         h.accountGroups > 0 ? QJsonValue(h.wapeAccount) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("accountGroups"), h.accountGroups},
                        {QStringLiteral("wapeRegression"), h.wapeRegression},
                        {QStringLiteral("wapeOnTheBooks"), h.wapeOnTheBooks},
                        {QStringLiteral("wapeBlockWash"), h.wapeBlockWash},
                        {QStringLiteral("mapeMultiplicative"), h.mapeMultiplicative},
                        {QStringLiteral("calibration"), h.calibration}});
    }
    return QJsonObject{{QStringLiteral("format"), QLatin1String(kBacktestFormat)},
                       {QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("groups"), static_cast<qint64>(groups)},
                       {QStringLiteral("horizons"), rows}};
}

} // namespace attrition::io
