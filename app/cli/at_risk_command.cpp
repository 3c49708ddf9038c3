// at-risk: the early warning over the stored groups still to arrive, each forecast against the past groups of
// its own hotel.

#include "attrition/engine/at_risk.h"
#include "attrition/io/csv.h"
#include "attrition/storage/at_risk_input.h"
#include "cli_support.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace attrition::cli {
namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

QString isoOf(Date d) {
    return text(d.toIso());
}

/// The locale's notation for people, English when none is installed.
struct Notation {
    io::TextNotation locale = textNotation();
    /// "3,500.00 (1,200.00-5,500.00) USD" in English, each amount in the locale's notation otherwise.
    QString amountRange(const Money& m, const Money& low, const Money& high) const {
        if (locale.amount) {
            return Cli::tr("%1 (%2-%3)").arg(locale.amount(m), locale.amount(low), locale.amount(high));
        }
        return Cli::tr("%1 (%2-%3)")
                   .arg(text(m.toDisplayString()), text(low.toDisplayString()),
                        text(high.toDisplayString())) +
               QLatin1Char(' ') + QString::fromLatin1(m.currency().code().data(), 3);
    }
    QString date(Date d) const { return locale.date ? locale.date(d) : isoOf(d); }
    QString percent(Percent p) const { return locale.percent ? locale.percent(p) : text(p.toString()); }
    QString message(const Message& m) const { return locale.message ? locale.message(m) : messageText(m); }
};

QString english(const Message& m) {
    return text(renderEnglish(m));
}

QString percentValue(Percent p) {
    return text(p.toPointsString());
}

/// Points to one decimal, with a sign: "+3.5", "-24.0".
QString pointsText(double points) {
    return (points >= 0 ? QStringLiteral("+") : QString()) + QString::number(points, 'f', 1);
}

Date currentDate() {
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day()).value_or(Date());
}

QJsonObject rowJson(const forecast::AtRiskRow& r) {
    QJsonArray flags;
    for (const forecast::RiskFlagNote& n : r.flags) {
        flags.append(QJsonObject{{QStringLiteral("flag"), QLatin1String(forecast::riskFlagName(n.flag))},
                                 {QStringLiteral("text"), english(n.explanation)}});
    }
    const QString currency = QString::fromLatin1(r.currency.code().data(), 3);
    return QJsonObject{
        {QStringLiteral("reference"), text(r.reference)},
        {QStringLiteral("group"), text(r.groupName)},
        {QStringLiteral("account"), text(r.account)},
        {QStringLiteral("hotel"), text(r.hotel)},
        {QStringLiteral("salesManager"), text(r.salesManager)},
        {QStringLiteral("status"), text(std::string(toString(r.status)))},
        {QStringLiteral("arrival"), isoOf(r.arrival)},
        {QStringLiteral("daysBeforeArrival"), r.daysBeforeArrival},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("blockRoomNights"), static_cast<qint64>(r.blockRoomNights)},
        {QStringLiteral("onTheBooks"), static_cast<qint64>(r.onTheBooks)},
        {QStringLiteral("pickupPercent"), percentValue(r.pickupPercent)},
        {QStringLiteral("paceKnown"), r.pacePoints.has_value()},
        {QStringLiteral("pacePoints"), r.pacePoints ? QJsonValue(*r.pacePoints) : QJsonValue()},
        {QStringLiteral("comparablePercent"),
         r.pacePoints ? QJsonValue(percentValue(r.comparablePercent)) : QJsonValue()},
        {QStringLiteral("comparableGroups"), r.paceGroups},
        {QStringLiteral("pace"), english(r.pace)},
        {QStringLiteral("method"), QLatin1String(forecast::methodName(r.method))},
        {QStringLiteral("forecastRoomNights"), std::round(r.expectedRoomNights * 10) / 10},
        {QStringLiteral("forecastPercent"), percentValue(r.expectedPercent)},
        {QStringLiteral("p10RoomNights"), static_cast<qint64>(r.p10RoomNights)},
        {QStringLiteral("p90RoomNights"), static_cast<qint64>(r.p90RoomNights)},
        {QStringLiteral("p10Percent"), percentValue(r.p10Percent)},
        {QStringLiteral("p90Percent"), percentValue(r.p90Percent)},
        {QStringLiteral("expectedDamages"), text(r.expectedDamages.toDecimalString())},
        {QStringLiteral("damagesP10"), text(r.damagesP10.toDecimalString())},
        {QStringLiteral("damagesP90"), text(r.damagesP90.toDecimalString())},
        {QStringLiteral("probabilityOwed"), r.probabilityOwed},
        {QStringLiteral("damages"), english(r.damages)},
        {QStringLiteral("nextDate"), r.nextDate ? QJsonValue(isoOf(*r.nextDate)) : QJsonValue()},
        {QStringLiteral("nextKind"),
         r.nextDate ? QJsonValue(QLatin1String(forecast::nextDateKindName(r.nextKind))) : QJsonValue()},
        {QStringLiteral("daysToNext"), r.nextDate ? QJsonValue(r.daysToNext) : QJsonValue()},
        {QStringLiteral("action"), english(r.action)},
        {QStringLiteral("flags"), flags},
    };
}

QByteArray listCsv(const forecast::AtRiskList& list) {
    std::vector<std::vector<QString>> records;
    records.push_back({QStringLiteral("reference"),
                       QStringLiteral("group"),
                       QStringLiteral("account"),
                       QStringLiteral("hotel"),
                       QStringLiteral("sales_manager"),
                       QStringLiteral("arrival"),
                       QStringLiteral("days_before_arrival"),
                       QStringLiteral("currency"),
                       QStringLiteral("block_room_nights"),
                       QStringLiteral("on_the_books"),
                       QStringLiteral("pickup_percent"),
                       QStringLiteral("pace_points"),
                       QStringLiteral("comparable_percent"),
                       QStringLiteral("comparable_groups"),
                       QStringLiteral("forecast_room_nights"),
                       QStringLiteral("forecast_percent"),
                       QStringLiteral("p10_room_nights"),
                       QStringLiteral("p90_room_nights"),
                       QStringLiteral("expected_damages"),
                       QStringLiteral("damages_p10"),
                       QStringLiteral("damages_p90"),
                       QStringLiteral("probability_owed"),
                       QStringLiteral("next_date"),
                       QStringLiteral("next_kind"),
                       QStringLiteral("days_to_next"),
                       QStringLiteral("action"),
                       QStringLiteral("flags"),
                       QStringLiteral("flag_texts")});
    for (const forecast::AtRiskRow& r : list.rows) {
        QStringList names;
        QStringList texts;
        for (const forecast::RiskFlagNote& n : r.flags) {
            names << QLatin1String(forecast::riskFlagName(n.flag));
            texts << english(n.explanation);
        }
        records.push_back({text(r.reference),
                           text(r.groupName),
                           text(r.account),
                           text(r.hotel),
                           text(r.salesManager),
                           isoOf(r.arrival),
                           QString::number(r.daysBeforeArrival),
                           QString::fromLatin1(r.currency.code().data(), 3),
                           QString::number(r.blockRoomNights),
                           QString::number(r.onTheBooks),
                           percentValue(r.pickupPercent),
                           r.pacePoints ? QString::number(*r.pacePoints, 'f', 1) : QString(),
                           r.pacePoints ? percentValue(r.comparablePercent) : QString(),
                           QString::number(r.paceGroups),
                           QString::number(r.expectedRoomNights, 'f', 1),
                           percentValue(r.expectedPercent),
                           QString::number(r.p10RoomNights),
                           QString::number(r.p90RoomNights),
                           text(r.expectedDamages.toDecimalString()),
                           text(r.damagesP10.toDecimalString()),
                           text(r.damagesP90.toDecimalString()),
                           QString::number(r.probabilityOwed, 'f', 2),
                           r.nextDate ? isoOf(*r.nextDate) : QString(),
                           QLatin1String(forecast::nextDateKindName(r.nextKind)),
                           r.nextDate ? QString::number(r.daysToNext) : QString(),
                           english(r.action),
                           names.join(QLatin1Char(';')),
                           texts.join(QStringLiteral(" | "))});
    }
    return io::writeCsv(records);
}

/// Columns padded to their widest cell; the last column is not padded.
QString table(const std::vector<QStringList>& rows) {
    std::vector<qsizetype> widths;
    for (const QStringList& row : rows) {
        widths.resize(std::max(widths.size(), static_cast<std::size_t>(row.size())), 0);
        for (qsizetype i = 0; i < row.size(); ++i) {
            widths[static_cast<std::size_t>(i)] =
                std::max(widths[static_cast<std::size_t>(i)], row[i].size());
        }
    }
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line +=
                i + 1 < row.size() ? row[i].leftJustified(widths[static_cast<std::size_t>(i)] + 2) : row[i];
        }
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString listText(const forecast::AtRiskList& list) {
    const Notation n;
    std::int64_t flagged = 0;
    for (const forecast::AtRiskRow& r : list.rows) {
        flagged += r.flags.empty() ? 0 : 1;
    }
    QString out = Cli::tr("Groups arriving %1 to %2, standing on %3: %4 groups, %5 with flags")
                      .arg(n.date(list.from), n.date(list.to), n.date(list.today))
                      .arg(list.rows.size())
                      .arg(flagged) +
                  QLatin1Char('\n') +
                  Cli::tr("Sorted by risk: the higher expected damages first, then more flags, then the "
                          "earlier arrival.") +
                  QStringLiteral("\n\n");
    if (list.rows.empty()) {
        out += Cli::tr("No group arrives in that window.") + QLatin1Char('\n');
    } else {
        std::vector<QStringList> rows;
        rows.push_back({Cli::tr("Reference"), Cli::tr("Group"), Cli::tr("Arrival"), Cli::tr("Picked up"),
                        Cli::tr("Pace"), Cli::tr("Forecast (P10-P90)"), Cli::tr("Expected damages (P10-P90)"),
                        Cli::tr("Next date"), Cli::tr("Flags")});
        for (const forecast::AtRiskRow& r : list.rows) {
            QString next = QStringLiteral("-");
            if (r.nextDate) {
                const QString kind =
                    r.nextKind == forecast::NextDateKind::Cutoff ? Cli::tr("cutoff") : Cli::tr("review");
                next = Cli::tr("%1 %2 (%3 days)").arg(kind, n.date(*r.nextDate)).arg(r.daysToNext);
            }
            rows.push_back(
                {text(r.reference), text(r.groupName), n.date(r.arrival),
                 Cli::tr("%1 of %2 (%3)")
                     .arg(r.onTheBooks)
                     .arg(r.blockRoomNights)
                     .arg(n.percent(r.pickupPercent)),
                 r.pacePoints ? pointsText(*r.pacePoints) : Cli::tr("not known"),
                 Cli::tr("%1 (%2-%3)")
                     .arg(n.percent(r.expectedPercent), n.percent(r.p10Percent), n.percent(r.p90Percent)),
                 n.amountRange(r.expectedDamages, r.damagesP10, r.damagesP90), next,
                 QString::number(r.flags.size())});
        }
        out += table(rows);
        for (const forecast::AtRiskRow& r : list.rows) {
            out += QLatin1Char('\n') + text(r.reference) + QStringLiteral(" (") + text(r.groupName) +
                   QStringLiteral("): ") + n.message(r.action) + QLatin1Char('\n');
            out += QStringLiteral("  ") + n.message(r.pace) + QLatin1Char('\n');
            out += QStringLiteral("  ") + n.message(r.damages) + QLatin1Char('\n');
            for (const forecast::RiskFlagNote& f : r.flags) {
                out += QStringLiteral("  ! ") + n.message(f.explanation) + QLatin1Char('\n');
            }
        }
    }
    for (const forecast::AtRiskSkipped& s : list.skipped) {
        out += QLatin1Char('\n') + Cli::tr("%1: not forecast: %2").arg(text(s.reference), text(s.reason)) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace

std::optional<forecast::AtRiskList> groupsAtRisk(storage::ContractRepository& repository,
                                                 storage::ContractFilter filter,
                                                 const forecast::AtRiskOptions& options) {
    std::pair<Date, Date> window;
    try {
        window = forecast::atRiskWindow(options);
    } catch (const forecast::ForecastError& e) {
        err() << "attrition-cli: " << QString::fromUtf8(e.what()) << '\n';
        return std::nullopt;
    }
    filter.arrivalFrom = window.first;
    filter.arrivalTo = window.second;
    try {
        // The upcoming groups with their pickup reports, and the past groups of their hotels.
        storage::Result<storage::GroupsAtRisk> read = storage::readGroupsAtRisk(repository, filter, options);
        if (!read) {
            err() << "attrition-cli: " << text(read.error().message) << "\n";
            return std::nullopt;
        }
        return std::move(read->list);
    } catch (const std::exception& e) {
        err() << Cli::tr("%1: cannot be forecast: %2")
                     .arg(text(repository.location()), QString::fromUtf8(e.what()))
              << '\n';
        return std::nullopt;
    }
}

int atRiskCommand(const QStringList& words) {
    const Arguments a = parseDatabaseArguments(
        words, {"days", "from", "to", "today", "hotel", "manager", "account"}, {"json", "csv"}, false);
    if (a.help) {
        return help(QStringLiteral("at-risk"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty()) {
        return usage(Cli::tr("at-risk takes no file; it reads the database (--database)"));
    }
    if (a.has("json") && a.has("csv")) {
        return usage(Cli::tr("give --json or --csv, not both"));
    }
    forecast::AtRiskOptions options;
    options.today = currentDate();
    QString problem;
    const auto dateOf = [&](const char* name) -> std::optional<Date> {
        const auto d = Date::parseIso(a.value(name).toStdString());
        if (!d) {
            problem = Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                          .arg(QLatin1String(name), a.value(name));
        }
        return d;
    };
    if (a.given("today")) {
        if (const auto d = dateOf("today")) {
            options.today = *d;
        }
    }
    if (a.given("days") && (a.given("from") || a.given("to"))) {
        return usage(Cli::tr("give --days or --from and --to, not both"));
    }
    if (a.given("from") != a.given("to")) {
        return usage(Cli::tr("--from and --to go together: the first and last arrival date of the window"));
    }
    if (a.given("days")) {
        bool ok = false;
        const int days = a.value("days").toInt(&ok);
        if (!ok || (days != 30 && days != 90 && days != 180)) {
            return usage(Cli::tr("--days: expected 30, 90 or 180, found \"%1\"").arg(a.value("days")));
        }
        options.windowDays = days;
    }
    if (a.given("from")) {
        options.from = dateOf("from");
        options.to = dateOf("to");
    }
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    try {
        static_cast<void>(forecast::atRiskWindow(options)); // the window's problem is a usage error here
    } catch (const forecast::ForecastError& e) {
        return usage(QStringLiteral("at-risk: ") + QString::fromUtf8(e.what()));
    }
    storage::ContractFilter filter = filterOf(a, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }

    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    const std::optional<forecast::AtRiskList> read = groupsAtRisk(*repository, filter, options);
    if (!read) {
        return kInvalid;
    }
    const forecast::AtRiskList& list = *read;

    if (a.has("json")) {
        QJsonArray groups;
        for (const forecast::AtRiskRow& r : list.rows) {
            groups.append(rowJson(r));
        }
        QJsonArray skipped;
        for (const forecast::AtRiskSkipped& s : list.skipped) {
            skipped.append(QJsonObject{{QStringLiteral("reference"), text(s.reference)},
                                       {QStringLiteral("reason"), text(s.reason)}});
        }
        printJson(QJsonObject{{QStringLiteral("format"), QStringLiteral("attrition-desk/at-risk")},
                              {QStringLiteral("today"), isoOf(list.today)},
                              {QStringLiteral("from"), isoOf(list.from)},
                              {QStringLiteral("to"), isoOf(list.to)},
                              {QStringLiteral("groups"), groups},
                              {QStringLiteral("skipped"), skipped}});
    } else if (a.has("csv")) {
        out() << QString::fromUtf8(listCsv(list));
    } else {
        out() << listText(list);
    }
    return kOk;
}

} // namespace attrition::cli
