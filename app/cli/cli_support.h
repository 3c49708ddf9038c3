#pragma once

// What the commands of attrition-cli share: exit codes, the output streams, and the parsing of options.

#include "attrition/domain/contract.h"
#include "attrition/engine/at_risk.h"
#include "attrition/engine/engine.h"
#include "attrition/engine/message.h"
#include "attrition/io/contract_json.h"
#include "attrition/io/text_report.h"
#include "attrition/storage/sql_repository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>
#include <span>

namespace attrition::cli {

/// The texts attrition-cli prints for people, translated in the context "Cli".
struct Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Installs the language of the system's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): Spanish for es_*,
/// Italian for it_*, else English. Texts for people (messages, the text of assess and sweep) are then in that
/// language, and in Spanish and Italian with the locale's notation (1.234,56; 11/05/2027). JSON and CSV
/// output never change with the locale: they are for programs.
void installSystemLanguage();

/// How the text of assess and sweep writes amounts, dates, percentages and engine messages.
io::TextNotation textNotation();
/// An engine message for people, in the installed language and notation.
QString messageText(const Message& message);
/// The engine's problems with a contract read from a file, with their JSON paths under `root`, for people.
std::vector<io::ReadError> validationProblems(const Contract& contract, const QString& root);
/// The engine's warnings about a contract read from a file (likely mistakes that do not stop assessment).
std::vector<io::ReadError> validationWarningsOf(const Contract& contract, const QString& root);

/// Names the program as the desktop application does (the same default database and settings), sets the C
/// locale for what programs read and installs the system's language (installSystemLanguage). After the
/// application object is made, before a command runs.
void prepareApplication();
/// Runs the command `words` names (the arguments after the program's name); returns the exit code. The
/// commands that write PDF (isPdfCommand) give only their help here: they run in the report module.
int run(QStringList words);
/// Whether `command` is one of those that write PDF with Qt's GUI: report, proposal, reminder.
bool isPdfCommand(const QString& command);
/// Whether the command line asks for one of the PDF commands, which need Qt's GUI (fonts, painting, charts)
/// and so the report module; their --help does not.
bool isReportCommand(int argc, char* argv[]);

constexpr int kOk = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

QTextStream& out();
QTextStream& err();

/// Prints the problem and the synopsis on standard error; returns kUsage.
int usage(const QString& problem);
/// Prints the synopsis and what each command does, or only what concerns `command`; returns kOk.
int help(const QString& command = {});

void printJson(const QJsonObject& o);

/// Command-line words after the subcommand: positional words, --name value options and --flags.
struct Arguments {
    QStringList positional;
    QMap<QString, QString> options;
    QStringList flags;
    QString problem;
    bool help = false;

    static Arguments parse(const QStringList& words, const QStringList& valued,
                           const QStringList& flagNames) {
        Arguments a;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString& w = words[i];
            if (w == QLatin1String("--help") || w == QLatin1String("-h")) {
                a.help = true;
                continue;
            }
            if (!w.startsWith(QStringLiteral("--")) || w == QLatin1String("--")) {
                a.positional << w;
                continue;
            }
            QString name = w.mid(2);
            std::optional<QString> inlineValue;
            if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (flagNames.contains(name)) {
                if (inlineValue) {
                    a.problem = QStringLiteral("--%1 takes no value").arg(name);
                    return a;
                }
                a.flags << name;
            } else if (valued.contains(name)) {
                if (inlineValue) {
                    a.options.insert(name, *inlineValue);
                } else if (i + 1 < words.size()) {
                    a.options.insert(name, words[++i]);
                } else {
                    a.problem = QStringLiteral("--%1 needs a value").arg(name);
                    return a;
                }
            } else {
                a.problem = QStringLiteral("unknown option --%1").arg(name);
                return a;
            }
        }
        return a;
    }

    bool has(const char* flag) const { return flags.contains(QLatin1String(flag)); }
    bool given(const char* option) const { return options.contains(QLatin1String(option)); }
    QString value(const char* option) const { return options.value(QLatin1String(option)); }
};

/// Whether a database that does not exist yet is made.
enum class Missing { Refuse, Create };

/// The database --database names, or the user's own (the desktop application's); null when it cannot be
/// opened, after saying why. The user's own database is created when missing; another only by a command
/// that stores contracts (Missing::Create).
std::unique_ptr<storage::SqlContractRepository> openDatabase(const Arguments& a,
                                                             Missing missing = Missing::Refuse);

/// The filters of list, export and report (--search, --status, --account, --hotel, --manager,
/// --arriving-from, --arriving-to); `problem` says what is wrong with one.
storage::ContractFilter filterOf(const Arguments& a, QString& problem);

/// The contract of a JSON contract file: its only contract, or the one --contract names, checked as the
/// engine checks it. On failure every problem has been printed and the result is empty.
std::optional<Contract> loadContract(const QString& file, const Arguments& a);

/// The database commands: list, import, import-pickup, export, and assess --db.
int listCommand(const QStringList& words);
int importCommand(const QStringList& words);
int importPickupCommand(const QStringList& words);
int exportCommand(const QStringList& words);
/// outlook import / export: the hotel's outlook per night (capacity, transient demand, net ADR) in the
/// database.
int outlookCommand(const QStringList& words);
/// The stored contract `--db REF` names, in the database --database names (or the user's own), checked
/// as the engine checks it. On failure every problem has been printed and the result is empty.
/// `credits`, when given, receives the rebooking credits other stored contracts' settlements grant it.
std::optional<Contract> loadStored(const Arguments& a, std::vector<RebookingCredit>* credits = nullptr);
/// The rebooking credits the stored settlements grant `contract`; nothing, after saying why, when they
/// cannot be read.
std::optional<std::vector<RebookingCredit>> storedCredits(storage::ContractRepository& repository,
                                                          const Contract& contract);
/// The assessment of `contract` with `credits`; a credit in another currency is refused with a message
/// naming both contracts (thrown as std::runtime_error).
Assessment assessWithCredits(const Contract& contract, const ScenarioOverrides& overrides,
                             std::span<const RebookingCredit> credits);

/// The words of a database command: `valued` and `flags`, with --database and --user, and the filters
/// (--search, --status...) when `withFilters`.
Arguments parseDatabaseArguments(const QStringList& words, const QStringList& valued,
                                 const QStringList& flags, bool withFilters);
/// Visits the stored contracts that pass the filter (every contract when there is none). Returns false after
/// saying why when the database could not be read.
bool visitStored(storage::ContractRepository& repository, const storage::ContractFilter& filter,
                 const std::function<void(const storage::StoredContract&)>& visit);

/// The forward look: forecast, advise and backtest (stored contracts and their pickup reports).
int forecastCommand(const QStringList& words);
int adviseCommand(const QStringList& words);
/// quote: whether a proposed group is worth taking, and what each attrition clause would collect.
int quoteCommand(const QStringList& words);
int backtestCommand(const QStringList& words);
/// at-risk: the early warning over the stored groups still to arrive (attrition/engine/at_risk.h).
int atRiskCommand(const QStringList& words);
/// The early warning over the stored groups `filter` passes that arrive in the window of `options`
/// (storage::readGroupsAtRisk, the arrival dates of `filter` narrowed to the window): at-risk and the
/// portfolio report. Empty, with the reason on standard error, when the window is out of range, the
/// database cannot say or the engine refuses.
std::optional<forecast::AtRiskList> groupsAtRisk(storage::ContractRepository& repository,
                                                 storage::ContractFilter filter,
                                                 const forecast::AtRiskOptions& options);
/// pipeline: the stored contracts by stage and arrival month, conversion, wash and damages assessed.
int pipelineCommand(const QStringList& words);
/// accounts: customer attrition by account: figures per organizer and the accounts at risk of not coming
/// back.
int accountsCommand(const QStringList& words);

} // namespace attrition::cli
