// attrition-cli's words and the commands that need no report module: the output streams, usage and help,
// assess, validate and sweep, and `run`, which chooses the command. Exit codes: 0 done, 1 invalid input or a
// database problem, 2 usage.
#include "attrition/engine/engine.h"
#include "attrition/io/assessment_json.h"
#include "attrition/io/contract_json.h"
#include "attrition/io/csv.h"
#include "attrition/io/text_report.h"
#include "cli_support.h"
#include "scenario_grid_command.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QStringList>
#include <QTextStream>
#include <cstring>
#include <exception>
#include <optional>
#include <string>

using namespace attrition;
using namespace attrition::cli;

namespace attrition::cli {

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

void printJson(const QJsonObject& o) {
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace attrition::cli

namespace {

/// The commands and their options, as typed: not translated.
const char* kSynopsis =
    "  attrition-cli assess FILE.json|--db REF [--json|--csv] [--contract REF]\n"
    "                [--pickup PERCENT] [--notice YYYY-MM-DD] [--fb-spend AMOUNT]\n"
    "  attrition-cli assess FILE.json|--db REF --scenarios GRID.csv [--json|--csv]\n"
    "  attrition-cli validate FILE.json [--json]\n"
    "  attrition-cli sweep pickup FILE.json [--json] [--contract REF]\n"
    "                [--from PERCENT] [--to PERCENT] [--step PERCENT]\n"
    "  attrition-cli sweep cancellation FILE.json [--json] [--contract REF]\n"
    "                [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--step DAYS]\n"
    "  attrition-cli sweep fb FILE.json [--json] [--contract REF]\n"
    "                [--from AMOUNT] [--to AMOUNT] [--step AMOUNT | --steps N]\n"
    "  attrition-cli list [FILTERS] [--sort COLUMN] [--descending] [--offset N] [--limit N] [--json]\n"
    "  attrition-cli import FILE.json... [--replace]\n"
    "  attrition-cli import-pickup FILE.csv --db REF [--report-date YYYY-MM-DD]\n"
    "  attrition-cli export [FILTERS] [--csv] [--out FILE]\n"
    "  attrition-cli report FILE.json|--db REF [--scenarios] --pdf OUT.pdf [PAGE]\n"
    "  attrition-cli report --all [FILTERS] --out-dir DIR [--jobs N] [PAGE]\n"
    "  attrition-cli report --portfolio [FILTERS] --pdf OUT.pdf [PAGE]\n"
    "  attrition-cli proposal FILE.json|--db REF --pdf OUT.pdf [--language en|es|it]\n"
    "                [--valid-until YYYY-MM-DD] [--page a4|letter] [--locale NAME] [--made-on YYYY-MM-DD]\n"
    "  attrition-cli reminder --db REF --pdf OUT.pdf [--language en|es|it] [--today YYYY-MM-DD]\n"
    "                [--page a4|letter] [--locale NAME]\n"
    "  attrition-cli forecast --db REF [LOOK] [--fb-spend AMOUNT] [--json]\n"
    "  attrition-cli advise --db REF [LOOK] [--json]\n"
    "  attrition-cli backtest [FILTERS] [--horizons DAYS[,DAYS]] [--today YYYY-MM-DD] [--json]\n"
    "  attrition-cli at-risk [--days 30|90|180 | --from YYYY-MM-DD --to YYYY-MM-DD] [--hotel NAME]\n"
    "                [--manager NAME] [--account NAME] [--today YYYY-MM-DD] [--json|--csv]\n"
    "  attrition-cli quote FILE.json|--db REF [--outlook OUTLOOK.csv] [--variable-cost AMOUNT]\n"
    "                [--commission PERCENT] [--fb-margin PERCENT] [--meeting-margin PERCENT]\n"
    "                [--compare hotel|account|all] [--seed N] [--draws N] [--json]\n"
    "  attrition-cli pipeline [FILTERS] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json|--csv]\n"
    "  attrition-cli accounts [FILTERS] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--at-risk]\n"
    "                [--today YYYY-MM-DD] [--cycle-factor PERCENT] [--json|--csv]\n"
    "  attrition-cli outlook import FILE.csv --hotel NAME [--currency CODE]\n"
    "  attrition-cli outlook export --hotel NAME [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]\n"
    "  attrition-cli --help | --version\n";

/// What FILTERS and PAGE stand for, as typed: not translated.
const char* kShapes = "FILTERS: [--search TEXT] [--status STATUS[,STATUS]] [--account NAME] [--hotel NAME]\n"
                      "         [--manager NAME] [--arriving-from YYYY-MM-DD] [--arriving-to YYYY-MM-DD]\n"
                      "PAGE: [--page a4|letter] [--landscape] [--locale NAME] [--made-on YYYY-MM-DD]\n"
                      "LOOK: [--today YYYY-MM-DD] [--compare hotel|account|all] [--method NAME] [--seed N]\n"
                      "      [--draws N]\n";

/// A word of the command line and what it does, for --help: the description is wrapped to the width.
struct Entry {
    const char* word;
    const char* what;
    int indent; ///< where the description starts
};

constexpr int kCommandIndent = 10;
constexpr int kSweepIndent = 24;
constexpr int kOptionIndent = 16;

const Entry kCommands[] = {
    {"assess",
     QT_TRANSLATE_NOOP("Cli",
                       "prints what the group owes under the contract, itemized, each line with the "
                       "formula that produced it, then the warnings and the totals. What-if options "
                       "assess a scenario instead of the recorded facts: --pickup 75 (every night at "
                       "75% of its block), --notice 2027-03-01 (cancellation notice received that day), "
                       "--fb-spend 30500.00 (actual F&B spend)."),
     kCommandIndent},
    {"validate",
     QT_TRANSLATE_NOOP("Cli",
                       "prints every problem in the contract file with its JSON path ($.block[2].rooms), "
                       "or \"valid\"."),
     kCommandIndent},
    {"sweep", QT_TRANSLATE_NOOP("Cli", "prints what is owed as one figure varies:"), kCommandIndent},
    {"          pickup",
     QT_TRANSLATE_NOOP("Cli", "pickup from --from% to --to% of the block (default 0 to 150, step 1);"),
     kSweepIndent},
    {"          cancellation",
     QT_TRANSLATE_NOOP("Cli", "notice received each --step days from --from to --to (default: signing to "
                              "arrival, every day);"),
     kSweepIndent},
    {"          fb",
     QT_TRANSLATE_NOOP("Cli", "actual F&B spend from --from to --to (default: 0 to the minimum) in --steps "
                              "equal intervals (default 20), or every --step amount."),
     kSweepIndent},
    {"list",
     QT_TRANSLATE_NOOP("Cli", "lists the stored contracts that pass the filters (default: the first 100 by "
                              "arrival)."),
     kCommandIndent},
    {"import",
     QT_TRANSLATE_NOOP("Cli",
                       "stores the contracts of JSON contract files, all of them or, if any is invalid, "
                       "none: a contract whose reference is not stored is added, one stored exactly so "
                       "is left alone, one stored with other values stops the import unless --replace "
                       "(then it becomes a new version). Importing a file twice changes nothing."),
     kCommandIndent},
    {"import-pickup",
     QT_TRANSLATE_NOOP("Cli",
                       "reads a property system's group pickup report (CSV: Date, Room Type, Original, "
                       "Current, Pickup, Available) for the stored contract REF: it becomes the "
                       "contract's pickup and is kept as the report of --report-date (default: today) "
                       "for the pickup pace."),
     kCommandIndent},
    {"export",
     QT_TRANSLATE_NOOP("Cli",
                       "writes the stored contracts that pass the filters, as one JSON collection file "
                       "or, with --csv, as a spreadsheet with each contract's assessment; to --out FILE "
                       "or standard output."),
     kCommandIndent},
    {"report",
     QT_TRANSLATE_NOOP("Cli",
                       "writes the contract's attrition and cancellation statement as PDF: its terms, "
                       "the pickup per night, the itemized assessment, the totals and the charts, and for "
                       "a stored group still to arrive (--db REF) a last page with its forecast, standing "
                       "on --made-on; the hotel's letterhead as the desktop application keeps it; "
                       "--scenarios: the comparison "
                       "of the scenarios stored with --db REF; --all: one PDF per stored contract that "
                       "passes the filters, into --out-dir, with progress on standard error; "
                       "--portfolio: the contracts that pass the filters with their exposure, then the "
                       "groups among them at risk in the next 90 days and their pipeline, in one PDF. "
                       "Amounts and dates in the system's locale or --locale (en_US, de_DE), and "
                       "the report's language with them (es_ES, it_IT: Spanish, Italian; any other: "
                       "English)."),
     kCommandIndent},
    {"proposal",
     QT_TRANSLATE_NOOP("Cli",
                       "writes the one-page group proposal the hotel sends a prospect or tentative group "
                       "before the contract is signed, as PDF, portrait: the stay, the room block with the "
                       "group rates, the room revenue, F&B minimum and meeting room rental, the proposed "
                       "attrition and cancellation terms in plain words, what attrition would cost at 100%, "
                       "90%, 80% and 70% pickup, the date it is valid until and a place to sign; none of the "
                       "hotel's own figures. On the hotel's letterhead as the desktop application keeps it. "
                       "--language: the client's language (en, es, it; default: that of the system's locale "
                       "or --locale), in its notation unless --locale names another; --valid-until: default "
                       "14 days after --made-on (today)."),
     kCommandIndent},
    {"reminder",
     QT_TRANSLATE_NOOP("Cli",
                       "writes the one-page pickup reminder letter for a stored group still to arrive, as "
                       "PDF, portrait, addressed to its account: the rooms reserved to date against the "
                       "block, the attrition clause in the contract's words, what the group would owe if "
                       "reservations go on at their current pace (the forecast against the past groups of "
                       "its hotel, assessed by the damages engine) and at today's pickup, the next review "
                       "date or cutoff and what the client is asked to do; none of the hotel's internal "
                       "figures. --today: the letter's date and the day the forecast stands on (default: "
                       "today); --language as for proposal."),
     kCommandIndent},
    {"forecast",
     QT_TRANSLATE_NOOP("Cli",
                       "forecasts how the stored contract's pickup will end, night by night with its P10-P90 "
                       "range, and what the group will likely owe (a seeded Monte Carlo over the damages "
                       "engine), from the pickup reports of past actualized groups: those of the same hotel "
                       "(--compare hotel, the default), the same account, or all. --method: multiplicative, "
                       "additive, account or regression (default: the one with the lowest backtest "
                       "error); --seed and --draws: the same seed gives the same figures; --today: stand "
                       "on another day."),
     kCommandIndent},
    {"advise",
     QT_TRANSLATE_NOOP("Cli",
                       "proposes what to release at the next review date or cutoff, night by night, within "
                       "what the contract allows, with the expected damages holding the block and after "
                       "the release, and the reasoning."),
     kCommandIndent},
    {"backtest",
     QT_TRANSLATE_NOOP("Cli", "forecasts every past actualized group that passes the filters as if standing "
                              "--horizons days before arrival (default 90,60,30,14) and prints each method's "
                              "error against two naive baselines and how often the P10-P90 band held the "
                              "actual final."),
     kCommandIndent},
    {"at-risk",
     QT_TRANSLATE_NOOP(
         "Cli", "the early warning: every stored group still to arrive (not cancelled, not actualized) "
                "in the next --days (30, 90 or 180; default 90) or from --from to --to, of --hotel, "
                "--manager or --account, each forecast against the past groups of its own hotel: pickup "
                "to date, pace against those groups at the same day before arrival (points ahead or "
                "behind, or not known with fewer than 5), forecast final pickup with its P10-P90 "
                "range, expected damages with their range, the next review date or cutoff, the action "
                "due and the flags (pace more than 10 points behind; no pickup for 14 days while the "
                "booking curve expects rooms; a review date within 21 days with the forecast below the "
                "performance level; cutoff passed with rooms unsold; F&B spend forecast below the "
                "minimum), each with a sentence naming its numbers. Sorted by risk: the higher "
                "expected damages first, then more flags, then the earlier arrival. --csv and --json: "
                "one row per group, the columns of docs/FORECAST_METHODS.md."),
     kCommandIndent},
    {"quote",
     QT_TRANSLATE_NOOP("Cli",
                       "weighs a proposed group (prospect or tentative) against the transient business it "
                       "displaces: per night, from the hotel's capacity, transient demand and net ADR (the "
                       "outlook stored for the contract's hotel, or --outlook CSV), the group's rooms after "
                       "its expected wash, the rooms it "
                       "displaces, its net value and the least group rate at which it breaks even; the "
                       "net value's P10-P90 range over wash draws from the account's own past groups (or "
                       "the comparable ones); and what each performance level from 70% to 95% and damages "
                       "factor of 100%, 80% or 70% would collect. --variable-cost: per occupied room "
                       "night; --commission: of the group's room revenue; --fb-margin and "
                       "--meeting-margin: profit shares (default 30% and 80%)."),
     kCommandIndent},
    {"pipeline",
     QT_TRANSLATE_NOOP("Cli",
                       "adds up the stored contracts that pass the filters by stage (prospect, tentative, "
                       "definite, actualized; lost and cancelled apart), arrival month and currency: "
                       "contracts, room nights, room revenue, F&B minimum and the damages the engine "
                       "assesses at the pickup on the books; then the conversion (definite and actualized "
                       "against lost), the wash of the actualized groups (final pickup against the "
                       "original block) and the damages assessed per month. --from and --to: the arrival "
                       "range, as --arriving-from and --arriving-to."),
     kCommandIndent},
    {"accounts",
     QT_TRANSLATE_NOOP(
         "Cli", "customer attrition by account (the organizer) over the stored contracts that pass the "
                "filters: per account its contracts by arrival year, cancelled and lost; the room nights "
                "blocked and picked up (the final pickup of the actualized groups, the pickup on the "
                "books of those to come); the pickup % of each event and the trend of the last five "
                "final pickups; the damages the engine assessed for its actualized and cancelled "
                "contracts, per currency (what was collected or waived is not recorded); the last and "
                "next stay; how regularly it rebooks (the days between its events' arrivals, their "
                "median and spread); and whether it is at risk of not coming back, each rule with a "
                "sentence naming its numbers: (a) no new contract for longer than the usual cycle "
                "times --cycle-factor (default 125%), with at least 3 events; (b) pickup % fell for "
                "two events in a row. --at-risk: only the accounts at risk; --today: stand on another "
                "day; --from and --to: the arrival range, as --arriving-from and --arriving-to."),
     kCommandIndent},
    {"outlook", QT_TRANSLATE_NOOP("Cli", "keeps the hotel's outlook per night in the database, for quotes:"),
     kCommandIndent},
    {"          import",
     QT_TRANSLATE_NOOP("Cli",
                       "stores the nights of an outlook file (CSV: date, capacity, demand, net-adr, "
                       "ancillary) for the hotel --hotel, written as in its contracts, all of them or, if "
                       "any is invalid, none; each replaces the one stored for its night. Amounts are in "
                       "--currency (default: the currency of the hotel's stored outlook or contracts);"),
     kSweepIndent},
    {"          export",
     QT_TRANSLATE_NOOP("Cli",
                       "writes the hotel's stored outlook from --from to --to (default: every night) as the "
                       "same CSV, to --out FILE or standard output."),
     kSweepIndent},
};

const Entry kOptions[] = {
    {"--json",
     QT_TRANSLATE_NOOP("Cli", "print JSON instead of text (amounts as decimal strings with the currency)"),
     kOptionIndent},
    {"--csv",
     QT_TRANSLATE_NOOP("Cli", "assess: the assessment's lines and totals as CSV; at-risk: one row per group; "
                              "pipeline and accounts: their tables as CSV"),
     kOptionIndent},
    {"--contract REF",
     QT_TRANSLATE_NOOP("Cli", "in a file of several contracts, the one with this reference"), kOptionIndent},
    {"--db REF", QT_TRANSLATE_NOOP("Cli", "the stored contract with this reference"), kOptionIndent},
    {"--jobs N",
     QT_TRANSLATE_NOOP("Cli", "report --all: the number of processes writing the PDFs side by side (default: "
                              "the number of processor cores); the files are the same for any number"),
     kOptionIndent},
    {"--database DB",
     QT_TRANSLATE_NOOP("Cli", "an SQLite file or a PostgreSQL server (default: the database the desktop "
                              "application uses). A PostgreSQL password is never given here: libpq reads "
                              "PGPASSWORD or ~/.pgpass."),
     kOptionIndent},
    {"--user NAME",
     QT_TRANSLATE_NOOP("Cli", "who makes the change, for the audit trail (default: the login name)"),
     kOptionIndent},
};

constexpr qsizetype kWidth = 100;

/// Words wrapped to kWidth columns, every line after the first starting at `indent`.
QString wrapped(const QString& text, int indent) {
    QString out;
    qsizetype column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (column > indent && column + 1 + word.size() > kWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

QString entries(const Entry* begin, const Entry* end) {
    QString out;
    for (const Entry* e = begin; e != end; ++e) {
        const QString word = QString::fromLatin1(e->word);
        // A word longer than its column gets two spaces, and the description goes on from there.
        const QString head = word.size() < e->indent ? word.leftJustified(e->indent, QLatin1Char(' '))
                                                     : word + QStringLiteral("  ");
        out += head + wrapped(Cli::tr(e->what), e->indent) + QLatin1Char('\n');
    }
    return out;
}

QString synopsis() {
    return Cli::tr("Usage:") + QLatin1Char('\n') + QString::fromLatin1(kSynopsis) + QLatin1Char('\n') +
           QString::fromLatin1(kShapes) +
           wrapped(Cli::tr("Every database command also takes %1.")
                       .arg(QStringLiteral("[--database FILE|postgresql://USER@HOST:PORT/DB] [--user NAME]")),
                   0) +
           QLatin1Char('\n');
}

} // namespace

int attrition::cli::usage(const QString& problem) {
    err() << "attrition-cli: " << problem << "\n\n"
          << synopsis() << '\n'
          << Cli::tr("'attrition-cli --help' explains each command.") << '\n';
    return kUsage;
}

int attrition::cli::help(const QString& command) {
    const QString exitCodes =
        wrapped(Cli::tr("Exit codes: 0 done; 1 invalid input (each message names the file and the place "
                        "in it) or a database problem (nothing was written); 2 usage error."),
                0);
    if (command.isEmpty()) {
        out() << synopsis() << '\n'
              << entries(std::begin(kCommands), std::end(kCommands)) << '\n'
              << entries(std::begin(kOptions), std::end(kOptions))
              << Cli::tr("Options may also be written --name=value.") << "\n\n"
              << exitCodes << '\n';
        return kOk;
    }
    // The command's own lines of the synopsis, the shapes they name, what the command does and the options
    // they take.
    QString lines;
    bool mine = false;
    for (const QString& line : QString::fromLatin1(kSynopsis).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString prefix = QStringLiteral("  attrition-cli ");
        if (line.startsWith(prefix)) {
            mine = line.mid(prefix.size()).section(QLatin1Char(' '), 0, 0) == command;
        }
        if (mine) {
            lines += line + QLatin1Char('\n');
        }
    }
    QString shapes;
    QString shape;
    const auto keepShape = [&] {
        if (!shape.isEmpty() && lines.contains(shape.section(QLatin1Char(':'), 0, 0))) {
            shapes += shape;
        }
        shape.clear();
    };
    for (const QString& line : QString::fromLatin1(kShapes).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.startsWith(QLatin1Char(' '))) {
            keepShape();
        }
        shape += line + QLatin1Char('\n');
    }
    keepShape();
    static const QStringList kDatabaseCommands{
        "assess",   "list",   "import",   "import-pickup", "export",  "report",  "proposal", "reminder",
        "forecast", "advise", "backtest", "quote",         "outlook", "at-risk", "pipeline", "accounts"};
    const bool database = kDatabaseCommands.contains(command);
    QString what;
    for (const Entry* e = std::begin(kCommands); e != std::end(kCommands); ++e) {
        if (QLatin1String(e->word) == command) {
            what += entries(e, e + 1);
            // The kinds of a command (sweep pickup, cancellation, fb) follow it, indented.
            for (const Entry* k = e + 1; k != std::end(kCommands) && e->word[0] != ' ' && k->word[0] == ' ';
                 ++k) {
                what += entries(k, k + 1);
            }
        }
    }
    QString options;
    for (const Entry* e = std::begin(kOptions); e != std::end(kOptions); ++e) {
        const QString name = QString::fromLatin1(e->word).section(QLatin1Char(' '), 0, 0);
        const bool databaseOption = name == QLatin1String("--database") || name == QLatin1String("--user");
        if ((databaseOption && database) || (!databaseOption && lines.contains(name))) {
            options += entries(e, e + 1);
        }
    }
    out() << Cli::tr("Usage:") << '\n' << lines << shapes;
    if (database) {
        out() << wrapped(Cli::tr("Every database command also takes %1.")
                             .arg(QStringLiteral(
                                 "[--database FILE|postgresql://USER@HOST:PORT/DB] [--user NAME]")),
                         0)
              << '\n';
    }
    out() << '\n' << what;
    if (!options.isEmpty()) {
        out() << '\n' << options;
    }
    out() << Cli::tr("Options may also be written --name=value.") << "\n\n"
          << exitCodes << '\n'
          << Cli::tr("'attrition-cli --help' describes every command.") << '\n';
    return kOk;
}

namespace {

void printErrors(const QString& file, const std::vector<io::ReadError>& errors) {
    for (const io::ReadError& e : errors) {
        err() << file << ": " << e.toString() << "\n";
    }
}

void printWarnings(const QString& file, const std::vector<io::ReadError>& warnings) {
    for (const io::ReadError& w : warnings) {
        err() << file << ": " << Cli::tr("warning: %1").arg(w.toString()) << "\n";
    }
}

/// The contract to work on: the file's only contract, or the one named by --contract. On failure every
/// problem has been printed and the result is empty.
struct Loaded {
    Contract contract;
    QString path; ///< the contract's JSON path in the file
};

std::optional<Loaded> load(const QString& file, const Arguments& a) {
    io::ReadResult r = io::readContractFile(file);
    if (!r.ok()) {
        printErrors(file, r.errors);
        return std::nullopt;
    }
    std::size_t index = 0;
    if (a.given("contract")) {
        const std::string wanted = a.value("contract").toStdString();
        index = r.contracts.size();
        for (std::size_t i = 0; i < r.contracts.size(); ++i) {
            if (r.contracts[i].reference == wanted) {
                index = i;
                break;
            }
        }
        if (index == r.contracts.size()) {
            err() << Cli::tr("%1: no contract has the reference \"%2\"").arg(file, a.value("contract"))
                  << '\n';
            return std::nullopt;
        }
    } else if (r.contracts.size() != 1) {
        err() << Cli::tr("%1: holds %2 contracts; name one with --contract REFERENCE")
                     .arg(file)
                     .arg(r.contracts.size())
              << '\n';
        return std::nullopt;
    }
    Loaded loaded{std::move(r.contracts[index]), r.paths[index]};
    const auto problems = validationProblems(loaded.contract, loaded.path);
    if (!problems.empty()) {
        printErrors(file, problems);
        return std::nullopt;
    }
    printWarnings(file, validationWarningsOf(loaded.contract, loaded.path));
    return loaded;
}

} // namespace

std::optional<Contract> attrition::cli::loadContract(const QString& file, const Arguments& a) {
    std::optional<Loaded> loaded = load(file, a);
    if (!loaded) {
        return std::nullopt;
    }
    return std::move(loaded->contract);
}

namespace {

/// The option a scenario field came from, for problems the options caused.
QString optionOf(const std::string& field) {
    if (field == "scenario.uniformPickup") {
        return QStringLiteral("--pickup");
    }
    if (field == "cancellationNotice") {
        return QStringLiteral("--notice");
    }
    if (field == "foodBeverage.actualSpend") {
        return QStringLiteral("--fb-spend");
    }
    return QString::fromStdString(field);
}

/// Problems found only once the options were applied: the contract itself was valid, so they are usage.
int scenarioProblems(const ContractInvalid& e) {
    QStringList problems;
    for (const ValidationIssue& issue : e.issues()) {
        problems << optionOf(issue.field) + QStringLiteral(": ") + messageText(issue.message);
    }
    return usage(problems.join(QStringLiteral("\nattrition-cli: ")));
}

std::optional<Percent> percentOption(const Arguments& a, const char* name, QString& problem) {
    if (!a.given(name)) {
        return std::nullopt;
    }
    const auto p = Percent::parse(a.value(name).toStdString());
    if (!p) {
        problem = Cli::tr("--%1: expected a percentage such as 75 or 82.5, found \"%2\"")
                      .arg(QLatin1String(name), a.value(name));
    }
    return p;
}

std::optional<Date> dateOption(const Arguments& a, const char* name, QString& problem) {
    if (!a.given(name)) {
        return std::nullopt;
    }
    const auto d = Date::parseIso(a.value(name).toStdString());
    if (!d) {
        problem = Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                      .arg(QLatin1String(name), a.value(name));
    }
    return d;
}

std::optional<Money> moneyOption(const Arguments& a, const char* name, Currency currency, QString& problem) {
    if (!a.given(name)) {
        return std::nullopt;
    }
    const auto m = Money::parse(a.value(name).toStdString(), currency);
    const QString code = QString::fromLatin1(currency.code().data(), 3);
    if (!m) {
        problem = Cli::tr("--%1: expected an amount in %2 with at most %3 decimals, such as %4, found \"%5\"")
                      .arg(QLatin1String(name), code)
                      .arg(currency.decimals())
                      .arg(QString::fromStdString(
                               Money(123450 * currency.minorPerMajor() / 100, currency).toDecimalString()),
                           a.value(name));
    } else if (m->isNegative()) {
        problem = Cli::tr("--%1: the amount must not be negative").arg(QLatin1String(name));
        return std::nullopt;
    }
    return m;
}

std::optional<int> wholeOption(const Arguments& a, const char* name, int fallback, QString& problem) {
    if (!a.given(name)) {
        return fallback;
    }
    bool ok = false;
    const int v = a.value(name).toInt(&ok);
    if (!ok) {
        problem =
            Cli::tr("--%1: expected a whole number, found \"%2\"").arg(QLatin1String(name), a.value(name));
        return std::nullopt;
    }
    return v;
}

/// Runs `work`, turning what the engine throws into messages and exit codes.
template <typename F> int guarded(const QString& file, F&& work) {
    try {
        return work();
    } catch (const ContractInvalid& e) {
        return scenarioProblems(e);
    } catch (const MoneyOverflow& e) {
        err() << Cli::tr("%1: the amounts are too large to be computed exactly: %2")
                     .arg(file, QString::fromUtf8(e.what()))
              << '\n';
    } catch (const std::exception& e) {
        err() << Cli::tr("%1: cannot be assessed: %2").arg(file, QString::fromUtf8(e.what())) << '\n';
    }
    return kInvalid;
}

int assessCommand(const QStringList& words) {
    const Arguments a = Arguments::parse(
        words, {"pickup", "notice", "fb-spend", "contract", "db", "database", "user", "scenarios"},
        {"json", "csv"});
    if (a.help) {
        return help(QStringLiteral("assess"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    const bool stored = a.given("db");
    if (a.positional.size() != (stored ? 0 : 1)) {
        return usage(stored ? Cli::tr("assess takes a contract file or --db REFERENCE, not both")
                            : Cli::tr("assess takes one contract file, or --db REFERENCE"));
    }
    if (a.has("json") && a.has("csv")) {
        return usage(Cli::tr("give --json or --csv, not both"));
    }
    const QString file = stored ? a.value("db") : a.positional.front();
    QString problem;
    ScenarioOverrides overrides;
    overrides.uniformPickup = percentOption(a, "pickup", problem);
    overrides.cancellationNotice = dateOption(a, "notice", problem);
    if (overrides.uniformPickup && (overrides.uniformPickup->partsPerMillion() < 0 ||
                                    *overrides.uniformPickup > Percent::fromPoints(1000))) {
        problem =
            Cli::tr("--pickup: expected a percentage from 0 to 1000, found \"%1\"").arg(a.value("pickup"));
    }
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    // A stored contract is assessed with the rebooking credits other contracts' settlements grant it; a
    // contract file has none.
    std::vector<RebookingCredit> credits;
    const std::optional<Contract> loaded = stored ? loadStored(a, &credits) : loadContract(file, a);
    if (!loaded) {
        return kInvalid;
    }
    const Contract& contract = *loaded;
    if (a.given("scenarios")) {
        if (a.given("pickup") || a.given("notice") || a.given("fb-spend")) {
            return usage(Cli::tr("--scenarios takes the what-if figures from the grid, not from --pickup, "
                                 "--notice or --fb-spend"));
        }
        return assessGridCommand(contract, a, credits);
    }
    overrides.foodBeverageSpend = moneyOption(a, "fb-spend", contract.currency, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    return guarded(file, [&] {
        const Assessment result = assessWithCredits(contract, overrides, credits);
        if (a.has("json")) {
            printJson(io::assessmentToJson(contract, result));
        } else if (a.has("csv")) {
            out() << QString::fromUtf8(io::assessmentCsv(contract, result));
        } else {
            out() << io::assessmentText(contract, result, overrides, textNotation());
        }
        return kOk;
    });
}

int validateCommand(const QStringList& words) {
    const Arguments a = Arguments::parse(words, {}, {"json"});
    if (a.help) {
        return help(QStringLiteral("validate"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.positional.size() != 1) {
        return usage(Cli::tr("validate takes one contract file"));
    }
    const QString file = a.positional.front();
    const io::ReadResult r = io::readContractFile(file);
    std::vector<io::ReadError> problems = r.errors;
    std::vector<io::ReadError> warnings;
    for (std::size_t i = 0; i < r.contracts.size(); ++i) {
        for (io::ReadError& e : validationProblems(r.contracts[i], r.paths[i])) {
            problems.push_back(std::move(e));
        }
        for (io::ReadError& w : validationWarningsOf(r.contracts[i], r.paths[i])) {
            warnings.push_back(std::move(w));
        }
    }
    if (a.has("json")) {
        QJsonArray list;
        for (const io::ReadError& e : problems) {
            list.append(
                QJsonObject{{QStringLiteral("path"), e.path}, {QStringLiteral("message"), e.message}});
        }
        QJsonArray warningList;
        for (const io::ReadError& w : warnings) {
            warningList.append(QJsonObject{{QStringLiteral("path"), w.path},
                                           {QStringLiteral("message"), w.message},
                                           {QStringLiteral("severity"), QStringLiteral("warning")}});
        }
        printJson(QJsonObject{{QStringLiteral("file"), file},
                              {QStringLiteral("valid"), problems.empty()},
                              {QStringLiteral("contracts"), static_cast<qint64>(r.contracts.size())},
                              {QStringLiteral("problems"), list},
                              {QStringLiteral("warnings"), warningList}});
        return problems.empty() ? kOk : kInvalid;
    }
    printWarnings(file, warnings);
    if (!problems.empty()) {
        printErrors(file, problems);
        return kInvalid;
    }
    out() << (r.contracts.size() == 1 ? Cli::tr("%1: valid").arg(file)
                                      : Cli::tr("%1: valid (%2 contracts)").arg(file).arg(r.contracts.size()))
          << '\n';
    return kOk;
}

/// A sweep bound: a percentage with at most two decimals (a multiple of 0.01%), or `fallback` points.
std::optional<Percent> sweepPercentOption(const Arguments& a, const char* name, int fallback,
                                          QString& problem) {
    if (!a.given(name)) {
        return Percent::fromPoints(fallback);
    }
    const auto p = Percent::parse(a.value(name).toStdString());
    if (!p || p->partsPerMillion() % 100 != 0) {
        problem = Cli::tr("--%1: expected a percentage with at most two decimals, such as 75 or 82.25, "
                          "found \"%2\"")
                      .arg(QLatin1String(name), a.value(name));
        return std::nullopt;
    }
    return p;
}

int sweepPickupCommand(const QString& file, const Arguments& a) {
    QString problem;
    const auto from = sweepPercentOption(a, "from", 0, problem);
    const auto to = sweepPercentOption(a, "to", 150, problem);
    const auto step = sweepPercentOption(a, "step", 1, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    if (from->partsPerMillion() < 0 || *to < *from || *to > Percent::fromPoints(1000) ||
        step->partsPerMillion() <= 0) {
        return usage(Cli::tr("sweep pickup: --from, --to and --step are percentages with at most two "
                             "decimals, 0 <= from <= to <= 1000 and step > 0"));
    }
    if ((to->partsPerMillion() - from->partsPerMillion()) / step->partsPerMillion() > 100000) {
        return usage(Cli::tr("sweep pickup: at most 100001 points from --from to --to"));
    }
    const auto loaded = load(file, a);
    if (!loaded) {
        return kInvalid;
    }
    return guarded(file, [&] {
        const auto points = sweepPickup(loaded->contract, *from, *to, *step);
        if (a.has("json")) {
            printJson(io::pickupSweepToJson(loaded->contract, points));
        } else {
            out() << io::pickupSweepText(loaded->contract, points, textNotation());
        }
        return kOk;
    });
}

int sweepCancellationCommand(const QString& file, const Arguments& a) {
    QString problem;
    const auto fromOption = dateOption(a, "from", problem);
    const auto toOption = dateOption(a, "to", problem);
    const auto step = wholeOption(a, "step", 1, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    if (*step <= 0) {
        return usage(Cli::tr("sweep cancellation: --step is a number of days, at least 1"));
    }
    const auto loaded = load(file, a);
    if (!loaded) {
        return kInvalid;
    }
    const Contract& contract = loaded->contract;
    const Date from = fromOption.value_or(contract.signedOn);
    const Date to = toOption.value_or(contract.arrival);
    if (to < from) {
        return usage(Cli::tr("sweep cancellation: --to (%1) is before --from (%2)")
                         .arg(QString::fromStdString(to.toIso()), QString::fromStdString(from.toIso())));
    }
    if (to.daysSince(from) > 100000) {
        return usage(Cli::tr("sweep cancellation: at most 100000 days from --from to --to"));
    }
    return guarded(file, [&] {
        const auto every = sweepCancellation(contract, from, to);
        std::vector<CancellationSweepPoint> points;
        for (const CancellationSweepPoint& p : every) {
            if (p.notice.daysSince(from) % *step == 0) {
                points.push_back(p);
            }
        }
        if (a.has("json")) {
            printJson(io::cancellationSweepToJson(contract, points));
        } else {
            out() << io::cancellationSweepText(contract, points, textNotation());
        }
        return kOk;
    });
}

int sweepSpendCommand(const QString& file, const Arguments& a) {
    if (a.given("step") && a.given("steps")) {
        return usage(Cli::tr("sweep fb: give --step AMOUNT or --steps N, not both"));
    }
    QString problem;
    const auto stepsOption = wholeOption(a, "steps", 20, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    const auto loaded = load(file, a);
    if (!loaded) {
        return kInvalid;
    }
    const Contract& contract = loaded->contract;
    const Currency cur = contract.currency;
    const auto fromOption = moneyOption(a, "from", cur, problem);
    const auto toOption = moneyOption(a, "to", cur, problem);
    const auto stepOption = moneyOption(a, "step", cur, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    const Money from = fromOption.value_or(Money::zero(cur));
    Money to = toOption.value_or(Money(contract.foodBeverage.minimum.minorUnits(), cur));
    if (to < from) {
        return usage(Cli::tr("sweep fb: --to is less than --from"));
    }
    std::int64_t steps = *stepsOption;
    if (stepOption) {
        if (!stepOption->isPositive()) {
            return usage(Cli::tr("sweep fb: --step must be more than zero"));
        }
        steps = (to.minorUnits() - from.minorUnits()) / stepOption->minorUnits();
        to = Money(from.minorUnits() + steps * stepOption->minorUnits(), cur);
    }
    if (steps < 0 || steps > 100000) {
        return usage(Cli::tr("sweep fb: from 0 to 100000 intervals"));
    }
    return guarded(file, [&] {
        const auto points = sweepFoodBeverage(contract, from, to, static_cast<int>(steps));
        if (a.has("json")) {
            printJson(io::spendSweepToJson(contract, points));
        } else {
            out() << io::spendSweepText(contract, points, textNotation());
        }
        return kOk;
    });
}

int sweepCommand(const QStringList& words) {
    if (words.isEmpty()) {
        return usage(Cli::tr("sweep needs pickup, cancellation or fb"));
    }
    const QString kind = words.front();
    if (kind == QLatin1String("--help") || kind == QLatin1String("-h")) {
        return help(QStringLiteral("sweep"));
    }
    const Arguments a = Arguments::parse(words.mid(1), {"from", "to", "step", "steps", "contract"}, {"json"});
    if (a.help) {
        return help(QStringLiteral("sweep"));
    }
    if (kind != QLatin1String("pickup") && kind != QLatin1String("cancellation") &&
        kind != QLatin1String("fb")) {
        return usage(Cli::tr("unknown sweep \"%1\": use pickup, cancellation or fb").arg(kind));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.positional.size() != 1) {
        return usage(Cli::tr("sweep %1 takes one contract file").arg(kind));
    }
    if (a.given("steps") && kind != QLatin1String("fb")) {
        return usage(Cli::tr("--steps applies to sweep fb only"));
    }
    const QString file = a.positional.front();
    if (kind == QLatin1String("pickup")) {
        return sweepPickupCommand(file, a);
    }
    if (kind == QLatin1String("cancellation")) {
        return sweepCancellationCommand(file, a);
    }
    return sweepSpendCommand(file, a);
}

} // namespace

namespace attrition::cli {

int run(QStringList words) {
    if (words.isEmpty()) {
        return usage(Cli::tr("no command given"));
    }
    const QString command = words.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        return help();
    }
    if (command == QLatin1String("--version")) {
        out() << "attrition-cli " << ATTRITION_VERSION << "\n";
        return kOk;
    }
    if (command == QLatin1String("assess")) {
        return assessCommand(words);
    }
    if (command == QLatin1String("validate")) {
        return validateCommand(words);
    }
    if (command == QLatin1String("sweep")) {
        return sweepCommand(words);
    }
    if (command == QLatin1String("list")) {
        return listCommand(words);
    }
    if (command == QLatin1String("import")) {
        return importCommand(words);
    }
    if (command == QLatin1String("import-pickup")) {
        return importPickupCommand(words);
    }
    if (command == QLatin1String("export")) {
        return exportCommand(words);
    }
    if (command == QLatin1String("forecast")) {
        return forecastCommand(words);
    }
    if (command == QLatin1String("advise")) {
        return adviseCommand(words);
    }
    if (command == QLatin1String("backtest")) {
        return backtestCommand(words);
    }
    if (command == QLatin1String("quote")) {
        return quoteCommand(words);
    }
    if (command == QLatin1String("at-risk")) {
        return atRiskCommand(words);
    }
    if (command == QLatin1String("pipeline")) {
        return pipelineCommand(words);
    }
    if (command == QLatin1String("accounts")) {
        return accountsCommand(words);
    }
    if (command == QLatin1String("outlook")) {
        return outlookCommand(words);
    }
    if (isPdfCommand(command)) {
        // Here only for its help (isReportCommand): the command itself runs in the report module.
        return help(command);
    }
    return usage(Cli::tr("unknown command \"%1\"").arg(command));
}

void prepareApplication() {
    // The names the desktop application uses, so that both find the same default database and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("Attrition Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("Attrition Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTRITION_VERSION));
    QLocale::setDefault(QLocale::c());
    // Messages in the system's language; what the commands write for programs stays locale-free.
    installSystemLanguage();
}

bool isPdfCommand(const QString& command) {
    return command == QLatin1String("report") || command == QLatin1String("proposal") ||
           command == QLatin1String("reminder");
}

bool isReportCommand(int argc, char* argv[]) {
    if (argc < 2 || !isPdfCommand(QString::fromLocal8Bit(argv[1]))) {
        return false;
    }
    // Its --help is text only: no report module, no application with a display to start.
    for (int i = 2; i < argc; ++i) {
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            return false;
        }
    }
    return true;
}

} // namespace attrition::cli
