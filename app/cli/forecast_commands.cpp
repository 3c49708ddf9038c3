// forecast, advise and backtest: the forward look over the stored contracts and their pickup reports.

#include "attrition/engine/forecast.h"
#include "attrition/engine/quote.h"
#include "attrition/io/forecast_report.h"
#include "attrition/io/hotel_outlook.h"
#include "attrition/io/quote_report.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/sql_repository.h"
#include "cli_support.h"

#include <QDate>
#include <QFile>
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

/// The past groups `target` is compared with: of its hotel, its account, or all; never itself.
std::optional<storage::PastGroups> comparablePastGroups(storage::ContractRepository& repository,
                                                        const Contract& target, Comparable comparable,
                                                        Date today) {
    return pastGroups(repository, {}, today, [&](const Contract& c) {
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
}

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
    std::optional<storage::PastGroups> past =
        comparablePastGroups(*repository, l.contract, l.options.comparable, l.options.forecast.today);
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

int quoteCommand(const QStringList& words) {
    QStringList valued = kLookOptions;
    valued << QStringLiteral("contract") << QStringLiteral("outlook") << QStringLiteral("variable-cost")
           << QStringLiteral("commission") << QStringLiteral("fb-margin") << QStringLiteral("meeting-margin");
    valued.removeAll(QStringLiteral("fb-spend"));
    valued.removeAll(QStringLiteral("method"));
    const Arguments a = parseDatabaseArguments(words, valued, {"json"}, false);
    if (a.help) {
        return help(QStringLiteral("quote"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.given("db") == (a.positional.size() == 1) || a.positional.size() > 1) {
        return usage(Cli::tr("quote takes one contract: FILE.json or --db REFERENCE"));
    }
    QString problem;
    const LookOptions look = lookOptions(a, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    std::optional<Contract> contract = a.given("db") ? loadStored(a) : loadContract(a.positional.front(), a);
    if (!contract) {
        return kInvalid;
    }
    const QString reference = text(contract->reference);
    if (contract->status != ContractStatus::Prospect && contract->status != ContractStatus::Tentative) {
        err() << Cli::tr("%1: a quote is for a proposed group (prospect or tentative); this contract is %2")
                     .arg(reference, text(std::string(toString(contract->status))))
              << '\n';
        return kInvalid;
    }

    // The margins.
    quote::QuoteOptions options;
    options.seed = look.forecast.seed;
    options.draws = look.forecast.draws;
    const Currency currency = contract->currency;
    const QString code = QString::fromLatin1(currency.code().data(), 3);
    options.margins.roomVariableCost = Money::zero(currency);
    if (a.given("variable-cost")) {
        const auto cost = Money::parse(a.value("variable-cost").toStdString(), currency);
        if (!cost || cost->isNegative()) {
            return usage(
                Cli::tr("--variable-cost: expected an amount in %1 that is not negative, found \"%2\"")
                    .arg(code, a.value("variable-cost")));
        }
        options.margins.roomVariableCost = *cost;
    }
    const auto percentOption = [&](const char* name, Percent& into) {
        if (!a.given(name)) {
            return true;
        }
        const auto p = Percent::parse(a.value(name).toStdString());
        if (!p || p->partsPerMillion() < 0 || *p > Percent::hundred()) {
            problem = Cli::tr("--%1: expected a percentage from 0 to 100 such as 10 or 32.5, found \"%2\"")
                          .arg(QLatin1String(name), a.value(name));
            return false;
        }
        into = *p;
        return true;
    };
    if (!percentOption("commission", options.margins.groupCommission) ||
        !percentOption("fb-margin", options.margins.foodBeverageMargin) ||
        !percentOption("meeting-margin", options.margins.meetingRoomMargin)) {
        return usage(problem);
    }

    // The hotel's outlook: --outlook, or the one stored for the contract's hotel.
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    std::vector<HotelNight> outlook;
    const bool stored = !a.given("outlook");
    if (stored) {
        // The nights of the stay: from the arrival to the night before the departure.
        storage::Result<std::vector<HotelNight>> nights =
            repository->hotelOutlook(contract->hotel, contract->arrival, contract->departure.addDays(-1));
        if (!nights) {
            err() << text(repository->location()) << ": " << text(nights.error().message) << '\n';
            return kInvalid;
        }
        outlook = std::move(*nights);
    } else {
        const QString outlookFile = a.value("outlook");
        QFile f(outlookFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << Cli::tr("%1: cannot be read: %2").arg(outlookFile, f.errorString()) << '\n';
            return kInvalid;
        }
        io::HotelOutlookResult read = io::readHotelOutlook(f.readAll(), currency);
        if (!read.ok()) {
            for (const io::CsvError& e : read.errors) {
                err() << outlookFile << ": " << e.toString() << '\n';
            }
            return kInvalid;
        }
        outlook = std::move(read.nights);
    }
    const std::vector<Message> problems = quote::checkQuote(*contract, outlook, options);
    if (!problems.empty()) {
        bool missing = false;
        for (const Message& m : problems) {
            err() << Cli::tr("%1: cannot be quoted: %2").arg(reference, messageText(m)) << '\n';
            missing = missing || m.id == MessageId::QuoteNoOutlook;
        }
        if (missing && stored) {
            err() << Cli::tr("%1: the outlook of \"%2\" is taken from %3; import its nights with "
                             "attrition-cli outlook import OUTLOOK.csv --hotel \"%2\", or give --outlook "
                             "OUTLOOK.csv")
                         .arg(reference, text(contract->hotel), text(repository->location()))
                  << '\n';
        }
        return kInvalid;
    }

    // The wash, from the past groups of the database.
    std::optional<storage::PastGroups> past =
        comparablePastGroups(*repository, *contract, look.comparable, look.forecast.today);
    if (!past) {
        return kInvalid;
    }
    try {
        const quote::WashDistribution wash = quote::washDistribution(past->groups, contract->account);
        const quote::Quote q = quote::quoteGroup(*contract, outlook, wash, options);
        if (a.has("json")) {
            printJson(io::quoteToJson(*contract, q));
        } else {
            out() << io::quoteText(*contract, q, textNotation());
        }
    } catch (const std::exception& e) {
        err() << Cli::tr("%1: cannot be quoted: %2").arg(reference, QString::fromUtf8(e.what())) << '\n';
        return kInvalid;
    }
    return kOk;
}

} // namespace attrition::cli
