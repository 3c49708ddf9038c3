// forecast, advise and backtest: the forward look over the stored contracts and their pickup reports.

#include "attrition/engine/forecast.h"
#include "attrition/io/forecast_report.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/sql_repository.h"
#include "cli_support.h"

#include <QDate>
#include <exception>
#include <unistd.h>
#include <variant>

namespace attrition::cli {
namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

Date currentDate() {
    const QDate d = QDate::currentDate();
    return Date::fromYmd(d.year(), d.month(), d.day()).value_or(Date());
}

/// Which past groups a forecast compares with.
enum class Comparable { Hotel, Account, All };

/// Reads the past groups that pass the filter and `keep` from the database, with progress on a terminal;
/// says why and returns empty when it cannot.
std::optional<storage::PastGroups> pastGroups(storage::ContractRepository& repository,
                                              const storage::ContractFilter& filter, Date today,
                                              const std::function<bool(const Contract&)>& keep) {
    const bool progress = ::isatty(STDERR_FILENO) == 1;
    storage::Result<storage::PastGroups> past =
        storage::readPastGroups(repository, filter, today, keep, [&](std::int64_t read) {
            if (progress) {
                err() << Cli::tr("%1 contracts read").arg(read) << '\r';
                err().flush();
            }
        });
    if (progress && past && past->read >= 10'000) {
        err() << QString(40, QLatin1Char(' ')) << '\r';
    }
    if (!past) {
        err() << "attrition-cli: " << text(past.error().message) << "\n";
        return std::nullopt;
    }
    return std::move(*past);
}

/// The options every forward-looking command shares; `problem` says what is wrong with one.
struct LookOptions {
    forecast::ForecastOptions forecast;
    Comparable comparable = Comparable::Hotel;
};

LookOptions lookOptions(const Arguments& a, QString& problem) {
    LookOptions o;
    o.forecast.today = currentDate();
    if (a.given("today")) {
        const auto d = Date::parseIso(a.value("today").toStdString());
        if (!d) {
            problem =
                Cli::tr("--today: expected a date written YYYY-MM-DD, found \"%1\"").arg(a.value("today"));
            return o;
        }
        o.forecast.today = *d;
    }
    if (a.given("seed")) {
        bool ok = false;
        o.forecast.seed = a.value("seed").toULongLong(&ok);
        if (!ok) {
            problem = Cli::tr("--seed: expected a whole number from 0 to 18446744073709551615, found \"%1\"")
                          .arg(a.value("seed"));
            return o;
        }
    }
    if (a.given("draws")) {
        bool ok = false;
        const int draws = a.value("draws").toInt(&ok);
        if (!ok || draws < forecast::kMinDraws || draws > forecast::kMaxDraws) {
            problem = Cli::tr("--draws: expected a whole number from %1 to %2, found \"%3\"")
                          .arg(forecast::kMinDraws)
                          .arg(forecast::kMaxDraws)
                          .arg(a.value("draws"));
            return o;
        }
        o.forecast.draws = draws;
    }
    if (a.given("method")) {
        const QString m = a.value("method");
        if (m == QLatin1String("multiplicative")) {
            o.forecast.method = forecast::Method::Multiplicative;
        } else if (m == QLatin1String("additive")) {
            o.forecast.method = forecast::Method::Additive;
        } else if (m == QLatin1String("account")) {
            o.forecast.method = forecast::Method::Account;
        } else if (m == QLatin1String("regression")) {
            o.forecast.method = forecast::Method::Regression;
        } else {
            problem =
                Cli::tr("--method: expected multiplicative, additive, account or regression, found \"%1\"")
                    .arg(m);
            return o;
        }
    }
    if (a.given("compare")) {
        const QString c = a.value("compare");
        if (c == QLatin1String("hotel")) {
            o.comparable = Comparable::Hotel;
        } else if (c == QLatin1String("account")) {
            o.comparable = Comparable::Account;
        } else if (c == QLatin1String("all")) {
            o.comparable = Comparable::All;
        } else {
            problem = Cli::tr("--compare: expected hotel, account or all, found \"%1\"").arg(c);
        }
    }
    return o;
}

const QStringList kLookOptions{"db", "today", "seed", "draws", "method", "compare", "fb-spend"};

/// What forecast and advise share: the stored contract, its comparable past groups and its forecast.
struct Looked {
    Contract contract;
    storage::PastGroups past;
    LookOptions options;
};

/// Reads the contract --db names and its comparable past groups; on failure returns the exit code.
std::variant<Looked, int> look(const Arguments& a, const char* command) {
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty() || !a.given("db")) {
        return usage(Cli::tr("%1 takes --db REFERENCE: a stored contract").arg(QLatin1String(command)));
    }
    QString problem;
    Looked l;
    l.options = lookOptions(a, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    std::optional<Contract> contract = loadStored(a);
    if (!contract) {
        return kInvalid;
    }
    l.contract = std::move(*contract);
    if (a.given("fb-spend")) {
        const auto spend = Money::parse(a.value("fb-spend").toStdString(), l.contract.currency);
        if (!spend || spend->minorUnits() < 0) {
            return usage(
                Cli::tr("--fb-spend: expected an amount in %1 that is not negative, found \"%2\"")
                    .arg(QString::fromLatin1(l.contract.currency.code().data(), 3), a.value("fb-spend")));
        }
        l.options.forecast.foodBeverageSpend = spend;
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    if (!(l.options.forecast.today < l.contract.arrival)) {
        err() << Cli::tr("%1, contract \"%2\": the group arrived on %3; a forecast looks at groups still to "
                         "arrive (--today is %4)")
                     .arg(text(repository->location()), a.value("db"), text(l.contract.arrival.toIso()),
                          text(l.options.forecast.today.toIso()))
              << '\n';
        return kInvalid;
    }
    const Contract& target = l.contract;
    const Comparable comparable = l.options.comparable;
    std::optional<storage::PastGroups> past =
        pastGroups(*repository, {}, l.options.forecast.today, [&](const Contract& c) {
            if (c.reference == target.reference) {
                return false;
            }
            switch (comparable) {
            case Comparable::Hotel:
                return c.hotel == target.hotel;
            case Comparable::Account:
                return c.account == target.account;
            case Comparable::All:
                return true;
            }
            return true;
        });
    if (!past) {
        return kInvalid;
    }
    l.past = std::move(*past);
    return l;
}

template <typename Run> int guardedLook(const QString& reference, Run&& run) {
    try {
        return run();
    } catch (const forecast::ForecastError& e) {
        err() << Cli::tr("%1: cannot be forecast: %2").arg(reference, QString::fromUtf8(e.what())) << '\n';
    } catch (const std::exception& e) {
        err() << Cli::tr("%1: cannot be forecast: %2").arg(reference, QString::fromUtf8(e.what())) << '\n';
    }
    return kInvalid;
}

} // namespace

int forecastCommand(const QStringList& words) {
    const Arguments a = parseDatabaseArguments(words, kLookOptions, {"json"}, false);
    if (a.help) {
        return help(QStringLiteral("forecast"));
    }
    auto looked = look(a, "forecast");
    if (const int* code = std::get_if<int>(&looked)) {
        return *code;
    }
    Looked& l = std::get<Looked>(looked);
    return guardedLook(a.value("db"), [&] {
        const forecast::History history(l.past.groups);
        const forecast::Forecast f = forecast::forecastPickup(l.contract, history, l.options.forecast);
        const forecast::DamagesRisk risk = forecast::damagesRisk(l.contract, f, l.options.forecast);
        if (a.has("json")) {
            printJson(io::forecastToJson(l.contract, f, risk));
        } else {
            out() << io::forecastText(l.contract, f, risk, textNotation());
        }
        return kOk;
    });
}

int adviseCommand(const QStringList& words) {
    const Arguments a = parseDatabaseArguments(words, kLookOptions, {"json"}, false);
    if (a.help) {
        return help(QStringLiteral("advise"));
    }
    auto looked = look(a, "advise");
    if (const int* code = std::get_if<int>(&looked)) {
        return *code;
    }
    Looked& l = std::get<Looked>(looked);
    return guardedLook(a.value("db"), [&] {
        const forecast::History history(l.past.groups);
        const forecast::Forecast f = forecast::forecastPickup(l.contract, history, l.options.forecast);
        const forecast::Advice advice = forecast::adviseRelease(l.contract, f, l.options.forecast);
        if (a.has("json")) {
            printJson(io::adviceToJson(l.contract, advice));
        } else {
            out() << io::adviceText(l.contract, advice, textNotation());
        }
        return kOk;
    });
}

int backtestCommand(const QStringList& words) {
    const Arguments a = parseDatabaseArguments(words, {"today", "horizons"}, {"json"}, true);
    if (a.help) {
        return help(QStringLiteral("backtest"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty()) {
        return usage(Cli::tr("backtest takes no file; it reads the database (--database)"));
    }
    QString problem;
    const storage::ContractFilter filter = filterOf(a, problem);
    const LookOptions options = lookOptions(a, problem);
    std::vector<std::int32_t> horizons{90, 60, 30, 14};
    if (problem.isEmpty() && a.given("horizons")) {
        horizons.clear();
        for (const QString& word : a.value("horizons").split(QLatin1Char(','))) {
            bool ok = false;
            const int days = word.trimmed().toInt(&ok);
            if (!ok || days < 0 || days > forecast::kMaxDaysBeforeArrival) {
                problem =
                    Cli::tr("--horizons: expected days before arrival from 0 to %1 separated by commas, "
                            "found \"%2\"")
                        .arg(forecast::kMaxDaysBeforeArrival)
                        .arg(a.value("horizons"));
                break;
            }
            horizons.push_back(days);
        }
    }
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    std::optional<storage::PastGroups> past =
        pastGroups(*repository, filter, options.forecast.today, [](const Contract&) { return true; });
    if (!past) {
        return kInvalid;
    }
    return guardedLook(text(repository->location()), [&] {
        const forecast::History history(past->groups);
        const std::vector<forecast::BacktestHorizon> result = forecast::backtest(history, horizons);
        const auto groups = static_cast<std::int64_t>(history.groups().size());
        if (a.has("json")) {
            printJson(io::backtestToJson(result, groups));
        } else {
            out() << io::backtestText(result, groups, textNotation());
        }
        return kOk;
    });
}

} // namespace attrition::cli
