// attrition-cli accounts: customer attrition by account over the stored contracts that pass the filters.

#include "attrition/engine/accounts.h"
#include "attrition/io/csv.h"
#include "cli_support.h"

#include <QDate>
#include <QJsonArray>
#include <stdexcept>

namespace attrition::cli {
namespace {

QString text(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString isoOf(Date d) {
    return text(d.toIso());
}

QString code(Currency c) {
    return c.isValid() ? text(c.code()) : QString();
}

QString decimal(const Money& m) {
    return text(m.toDecimalString());
}

/// A percentage for programs: points with up to four decimals, or empty.
QString points(const std::optional<Percent>& p) {
    return p ? text(p->toPointsString()) : QString();
}

QJsonValue jsonPoints(const std::optional<Percent>& p) {
    return p ? QJsonValue(text(p->toPointsString())) : QJsonValue();
}

QString days(const std::optional<Quantity>& q) {
    return q ? text(q->toString()) : QString();
}

QString english(const Message& m) {
    return text(renderEnglish(m));
}

Date currentDate() {
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day()).value_or(Date());
}

/// "final" for an actualized group's final pickup, "on-the-books" for the pickup so far.
QString pickupKind(bool finalPickup) {
    return finalPickup ? QStringLiteral("final") : QStringLiteral("on-the-books");
}

QJsonObject roomNightsJson(const AccountRoomNights& r) {
    return QJsonObject{{"events", static_cast<qint64>(r.events)},
                       {"blockRoomNights", static_cast<qint64>(r.blockRoomNights)},
                       {"pickupRoomNights", static_cast<qint64>(r.pickupRoomNights)},
                       {"pickup", jsonPoints(r.pickup)}};
}

QJsonObject accountJson(const Account& a) {
    QJsonArray years;
    for (const AccountYear& y : a.byYear) {
        years.append(QJsonObject{{"year", y.year}, {"contracts", static_cast<qint64>(y.contracts)}});
    }
    QJsonArray events;
    for (const AccountEvent& e : a.events) {
        events.append(QJsonObject{{"reference", text(e.reference)},
                                  {"arrival", isoOf(e.arrival)},
                                  {"status", text(toString(e.status))},
                                  {"blockRoomNights", static_cast<qint64>(e.blockRoomNights)},
                                  {"pickupRoomNights", static_cast<qint64>(e.pickupRoomNights)},
                                  {"pickup", jsonPoints(e.pickup)},
                                  {"pickupKind", pickupKind(e.finalPickup)}});
    }
    QJsonArray trend;
    for (const Percent& p : a.pickupTrend) {
        trend.append(text(p.toPointsString()));
    }
    QJsonArray damages;
    for (const AccountDamages& d : a.damages) {
        damages.append(QJsonObject{{"currency", code(d.currency)},
                                   {"actualizedGroups", static_cast<qint64>(d.actualizedGroups)},
                                   {"actualized", decimal(d.actualized)},
                                   {"cancelledGroups", static_cast<qint64>(d.cancelledGroups)},
                                   {"cancelled", decimal(d.cancelled)},
                                   {"total", decimal(d.total)},
                                   {"collected", decimal(d.collected)},
                                   {"waived", decimal(d.waived)}});
    }
    const auto stay = [](const std::optional<AccountStay>& s, const char* daysName) {
        return s ? QJsonValue(QJsonObject{{"reference", text(s->reference)},
                                          {"arrival", isoOf(s->arrival)},
                                          {QLatin1String(daysName), s->days}})
                 : QJsonValue();
    };
    QJsonArray intervals;
    for (const std::int32_t d : a.cycle.intervalDays) {
        intervals.append(d);
    }
    const bool cycle = a.cycle.medianDays.has_value();
    QJsonArray risks;
    for (const AccountRiskNote& n : a.risks) {
        risks.append(
            QJsonObject{{"risk", QLatin1String(accountRiskName(n.risk))}, {"text", english(n.reason)}});
    }
    return QJsonObject{
        {"account", text(a.name)},
        {"contracts", static_cast<qint64>(a.contracts)},
        {"byYear", years},
        {"cancelled", static_cast<qint64>(a.cancelled)},
        {"lost", static_cast<qint64>(a.lost)},
        {"finalPickup", roomNightsJson(a.finalPickup)},
        {"onTheBooks", roomNightsJson(a.onTheBooks)},
        {"events", events},
        {"pickupTrend", trend},
        {"damagesAssessed", damages},
        {"lastStay", stay(a.lastStay, "daysAgo")},
        {"nextStay", stay(a.nextStay, "daysAhead")},
        {"cycle", QJsonObject{{"intervalDays", intervals},
                              {"medianDays", cycle ? QJsonValue(days(a.cycle.medianDays)) : QJsonValue()},
                              {"spreadDays", cycle ? QJsonValue(days(a.cycle.spreadDays)) : QJsonValue()},
                              {"shortestDays", cycle ? QJsonValue(a.cycle.shortestDays) : QJsonValue()},
                              {"longestDays", cycle ? QJsonValue(a.cycle.longestDays) : QJsonValue()}}},
        {"atRisk", !a.risks.empty()},
        {"risks", risks},
    };
}

QJsonObject json(const AccountList& list, const std::vector<const Account*>& shown,
                 const AccountOptions& options, const QString& database, bool atRiskOnly) {
    QJsonArray accounts;
    for (const Account* a : shown) {
        accounts.append(accountJson(*a));
    }
    QJsonArray invalid;
    for (const std::string& reference : list.invalid) {
        invalid.append(text(reference));
    }
    return QJsonObject{{"format", QStringLiteral("attrition-desk/accounts")},
                       {"database", database},
                       {"today", isoOf(list.today)},
                       {"contracts", static_cast<qint64>(list.contracts)},
                       {"atRiskOnly", atRiskOnly},
                       {"cycleFactor", text(options.cycleFactor.toPointsString())},
                       {"minCycleEvents", options.minCycleEvents},
                       {"accounts", accounts},
                       {"invalid", invalid}};
}

QString joined(const QStringList& parts) {
    return parts.join(QLatin1Char(';'));
}

/// Three tables one after the other, each record naming its table in the first column: the accounts, their
/// events and their damages assessed.
QByteArray csv(const std::vector<const Account*>& shown) {
    std::vector<std::vector<QString>> records;
    records.push_back({"table",
                       "account",
                       "contracts",
                       "years",
                       "cancelled",
                       "lost",
                       "final_events",
                       "final_block_room_nights",
                       "final_pickup_room_nights",
                       "final_pickup_percent",
                       "books_events",
                       "books_block_room_nights",
                       "books_pickup_room_nights",
                       "books_pickup_percent",
                       "pickup_trend",
                       "last_stay",
                       "last_stay_days_ago",
                       "next_stay",
                       "next_stay_days_ahead",
                       "interval_days",
                       "median_interval_days",
                       "spread_days",
                       "risks",
                       "risk_texts"});
    for (const Account* a : shown) {
        QStringList years;
        for (const AccountYear& y : a->byYear) {
            years << QStringLiteral("%1:%2").arg(y.year).arg(y.contracts);
        }
        QStringList trend;
        for (const Percent& p : a->pickupTrend) {
            trend << text(p.toPointsString());
        }
        QStringList intervals;
        for (const std::int32_t d : a->cycle.intervalDays) {
            intervals << QString::number(d);
        }
        QStringList risks;
        QStringList reasons;
        for (const AccountRiskNote& n : a->risks) {
            risks << QLatin1String(accountRiskName(n.risk));
            reasons << english(n.reason);
        }
        records.push_back({"account",
                           text(a->name),
                           QString::number(a->contracts),
                           joined(years),
                           QString::number(a->cancelled),
                           QString::number(a->lost),
                           QString::number(a->finalPickup.events),
                           QString::number(a->finalPickup.blockRoomNights),
                           QString::number(a->finalPickup.pickupRoomNights),
                           points(a->finalPickup.pickup),
                           QString::number(a->onTheBooks.events),
                           QString::number(a->onTheBooks.blockRoomNights),
                           QString::number(a->onTheBooks.pickupRoomNights),
                           points(a->onTheBooks.pickup),
                           joined(trend),
                           a->lastStay ? isoOf(a->lastStay->arrival) : QString(),
                           a->lastStay ? QString::number(a->lastStay->days) : QString(),
                           a->nextStay ? isoOf(a->nextStay->arrival) : QString(),
                           a->nextStay ? QString::number(a->nextStay->days) : QString(),
                           joined(intervals),
                           days(a->cycle.medianDays),
                           days(a->cycle.spreadDays),
                           joined(risks),
                           reasons.join(QStringLiteral(" | "))});
    }
    records.push_back({"table", "account", "reference", "arrival", "status", "block_room_nights",
                       "pickup_room_nights", "pickup_percent", "pickup_kind"});
    for (const Account* a : shown) {
        for (const AccountEvent& e : a->events) {
            records.push_back({"event", text(a->name), text(e.reference), isoOf(e.arrival),
                               text(toString(e.status)), QString::number(e.blockRoomNights),
                               QString::number(e.pickupRoomNights), points(e.pickup),
                               pickupKind(e.finalPickup)});
        }
    }
    records.push_back({"table", "account", "currency", "actualized_groups", "actualized", "cancelled_groups",
                       "cancelled", "total", "collected", "waived"});
    for (const Account* a : shown) {
        for (const AccountDamages& d : a->damages) {
            records.push_back({"damages", text(a->name), code(d.currency),
                               QString::number(d.actualizedGroups), decimal(d.actualized),
                               QString::number(d.cancelledGroups), decimal(d.cancelled), decimal(d.total),
                               decimal(d.collected), decimal(d.waived)});
        }
    }
    return io::writeCsv(records);
}

QString peopleText(const AccountList& list, const std::vector<const Account*>& shown, const QString& database,
                   bool atRiskOnly) {
    // In the language's notation, or in the program's own (English) when the language has none.
    const io::TextNotation notation = textNotation();
    const auto amount = [&](const Money& m) {
        return notation.amount ? notation.amount(m) : QString::fromStdString(m.toDisplayString());
    };
    const auto date = [&](Date d) {
        return notation.date ? notation.date(d) : isoOf(d);
    };
    const auto message = [&](const Message& m) {
        return notation.message ? notation.message(m) : messageText(m);
    };
    // Shares read to one decimal, rounded half up (JSON and CSV keep the exact figure).
    const auto percent = [&](const std::optional<Percent>& v) {
        if (!v) {
            return QStringLiteral("-");
        }
        const std::int64_t ppm = v->partsPerMillion();
        const std::int64_t tenths = ppm >= 0 ? (ppm + 500) / 1000 : -((-ppm + 500) / 1000);
        const Percent rounded = Percent::fromPartsPerMillion(tenths * 1000);
        return notation.percent ? notation.percent(rounded) : QString::fromStdString(rounded.toString());
    };
    const auto dayCount = [](const std::optional<Quantity>& q) {
        return q ? text(q->toString()) : QString();
    };

    QString out = (atRiskOnly ? Cli::tr("Accounts at risk of not coming back, of %n contracts in %1, on %2",
                                        nullptr, static_cast<int>(list.contracts))
                              : Cli::tr("Accounts of %n contracts in %1, on %2", nullptr,
                                        static_cast<int>(list.contracts)))
                      .arg(database, date(list.today)) +
                  QStringLiteral("\n");
    if (shown.empty()) {
        out += QLatin1Char('\n') + (atRiskOnly ? Cli::tr("No account is at risk.") : Cli::tr("No account.")) +
               QLatin1Char('\n');
    }
    for (const Account* a : shown) {
        QStringList years;
        for (const AccountYear& y : a->byYear) {
            years << Cli::tr("%1: %2").arg(y.year).arg(y.contracts);
        }
        out += QLatin1Char('\n') +
               Cli::tr("%1: contracts %2 (by arrival year: %3); cancelled %4, lost %5")
                   .arg(a->name.empty() ? Cli::tr("(no account)") : text(a->name),
                        QString::number(a->contracts), years.join(QStringLiteral(", ")),
                        QString::number(a->cancelled), QString::number(a->lost)) +
               QLatin1Char('\n');
        out += QStringLiteral("  ") +
               Cli::tr("Room nights: final pickup %1 of %2 blocked (%3; actualized events: %4); on the books "
                       "%5 of %6 "
                       "blocked (%7; events to come: %8)")
                   .arg(a->finalPickup.pickupRoomNights)
                   .arg(a->finalPickup.blockRoomNights)
                   .arg(percent(a->finalPickup.pickup))
                   .arg(a->finalPickup.events)
                   .arg(a->onTheBooks.pickupRoomNights)
                   .arg(a->onTheBooks.blockRoomNights)
                   .arg(percent(a->onTheBooks.pickup))
                   .arg(a->onTheBooks.events) +
               QLatin1Char('\n');
        if (!a->events.empty()) {
            QStringList events;
            for (const AccountEvent& e : a->events) {
                events << (e.finalPickup ? Cli::tr("%1 %2 %3 final") : Cli::tr("%1 %2 %3 on the books"))
                              .arg(text(e.reference), date(e.arrival), percent(e.pickup));
            }
            out += QStringLiteral("  ") +
                   Cli::tr("Pickup by event: %1").arg(events.join(QStringLiteral("; "))) + QLatin1Char('\n');
        }
        QStringList trend;
        for (const Percent& p : a->pickupTrend) {
            trend << percent(p);
        }
        out += QStringLiteral("  ") +
               Cli::tr("Pickup trend (final pickups, oldest first): %1")
                   .arg(trend.isEmpty() ? Cli::tr("none") : trend.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
        QStringList damages;
        for (const AccountDamages& d : a->damages) {
            damages << Cli::tr("%1 %2 (%3 actualized: %4; %5 cancelled: %6; collected %7, waived %8)")
                           .arg(code(d.currency), amount(d.total))
                           .arg(d.actualizedGroups)
                           .arg(amount(d.actualized))
                           .arg(d.cancelledGroups)
                           .arg(amount(d.cancelled), amount(d.collected), amount(d.waived));
        }
        out += QStringLiteral("  ") +
               Cli::tr("Damages assessed: %1")
                   .arg(damages.isEmpty() ? Cli::tr("none") : damages.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
        const QString last = a->lastStay ? Cli::tr("%1 on %2, days since: %3")
                                               .arg(text(a->lastStay->reference), date(a->lastStay->arrival),
                                                    QString::number(a->lastStay->days))
                                         : Cli::tr("none");
        const QString next = a->nextStay ? Cli::tr("%1 on %2, days to go: %3")
                                               .arg(text(a->nextStay->reference), date(a->nextStay->arrival),
                                                    QString::number(a->nextStay->days))
                                         : Cli::tr("none booked");
        out += QStringLiteral("  ") + Cli::tr("Last stay: %1; next stay: %2").arg(last, next) +
               QLatin1Char('\n');
        if (a->cycle.medianDays) {
            QStringList intervals;
            for (const std::int32_t d : a->cycle.intervalDays) {
                intervals << QString::number(d);
            }
            out +=
                QStringLiteral("  ") +
                Cli::tr(
                    "Rebooking: every %1 days usually (the median of the intervals %2), spread %3 days (the "
                    "median distance from it), from %4 to %5 days")
                    .arg(dayCount(a->cycle.medianDays), intervals.join(QStringLiteral(", ")),
                         dayCount(a->cycle.spreadDays))
                    .arg(a->cycle.shortestDays)
                    .arg(a->cycle.longestDays) +
                QLatin1Char('\n');
        } else {
            out += QStringLiteral("  ") + Cli::tr("Rebooking: no cycle yet (fewer than 2 events)") +
                   QLatin1Char('\n');
        }
        for (const AccountRiskNote& n : a->risks) {
            out += QStringLiteral("  ") + Cli::tr("At risk: %1").arg(message(n.reason)) + QLatin1Char('\n');
        }
    }
    if (!list.invalid.empty()) {
        QStringList references;
        for (const std::string& reference : list.invalid) {
            references << text(reference);
        }
        out += QLatin1Char('\n') +
               Cli::tr("Left out, the engine refuses them (attrition-cli assess --db REF says why): %1")
                   .arg(references.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace

int accountsCommand(const QStringList& words) {
    const Arguments a = parseDatabaseArguments(words, {"from", "to", "today", "cycle-factor"},
                                               {"at-risk", "json", "csv"}, true);
    if (a.help) {
        return help(QStringLiteral("accounts"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty()) {
        return usage(Cli::tr("accounts takes no file; it reads the database (--database)"));
    }
    if (a.has("json") && a.has("csv")) {
        return usage(Cli::tr("give --json or --csv, not both"));
    }
    QString problem;
    storage::ContractFilter filter = filterOf(a, problem);
    // --from and --to: the arrival range, as --arriving-from and --arriving-to.
    for (const auto& [name, target] :
         {std::pair{"from", &filter.arrivalFrom}, std::pair{"to", &filter.arrivalTo}}) {
        if (a.given(name)) {
            *target = Date::parseIso(a.value(name).toStdString());
            if (!*target) {
                problem = Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                              .arg(QLatin1String(name), a.value(name));
            }
        }
    }
    Date today = currentDate();
    if (a.given("today")) {
        if (const auto d = Date::parseIso(a.value("today").toStdString())) {
            today = *d;
        } else {
            problem = Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                          .arg(QStringLiteral("today"), a.value("today"));
        }
    }
    AccountOptions options;
    if (a.given("cycle-factor")) {
        const auto p = Percent::parse(a.value("cycle-factor").toStdString());
        if (!p || *p <= Percent::zero() || *p > Percent::fromPoints(1000)) {
            problem =
                Cli::tr("--cycle-factor: expected a percentage of the usual rebooking cycle above 0 and "
                        "at most 1000, such as 125 or 150, found \"%1\"")
                    .arg(a.value("cycle-factor"));
        } else {
            options.cycleFactor = *p;
        }
    }
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    std::vector<Contract> contracts;
    if (!visitStored(*repository, filter,
                     [&](const storage::StoredContract& c) { contracts.push_back(c.contract); })) {
        return kInvalid;
    }
    const QString database = QString::fromStdString(repository->location());
    AccountList list;
    try {
        list = accounts(contracts, today, options);
    } catch (const std::exception& e) {
        err()
            << Cli::tr("%1: the accounts cannot be worked out: %2").arg(database, QString::fromUtf8(e.what()))
            << '\n';
        return kInvalid;
    }
    const bool atRiskOnly = a.has("at-risk");
    std::vector<const Account*> shown;
    for (const Account& account : list.accounts) {
        if (!atRiskOnly || !account.risks.empty()) {
            shown.push_back(&account);
        }
    }
    if (a.has("json")) {
        printJson(json(list, shown, options, database, atRiskOnly));
    } else if (a.has("csv")) {
        out() << QString::fromUtf8(csv(shown));
    } else {
        out() << peopleText(list, shown, database, atRiskOnly);
    }
    return kOk;
}

} // namespace attrition::cli
