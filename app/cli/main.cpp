// attrition-cli: assess, validate and sweep contract files from the command line.
// Exit codes: 0 assessed or valid, 1 invalid input, 2 usage.
#include "attrition/engine/engine.h"
#include "attrition/io/contract_json.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>
#include <cstdio>
#include <optional>
#include <string>

using namespace attrition;

namespace {

constexpr int kOk = 0;
constexpr int kInvalid = 1;
constexpr int kUsage = 2;

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

const char* kUsageText = R"(Usage:
  attrition-cli assess FILE.json [--json] [--pickup PERCENT] [--notice YYYY-MM-DD] [--fb-spend AMOUNT]
  attrition-cli validate FILE.json
  attrition-cli sweep pickup FILE.json [--json] [--from PERCENT] [--to PERCENT] [--step PERCENT]
  attrition-cli sweep cancellation FILE.json [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
  attrition-cli sweep fb FILE.json [--json] [--from AMOUNT] [--to AMOUNT] [--steps N]
  attrition-cli --help | --version

assess      prints what the group owes under the contract, itemized, each line with its formula;
            --pickup, --notice and --fb-spend assess a what-if scenario instead of the recorded facts
validate    prints every problem in the contract file with its JSON path, or "valid"
sweep       prints damages as pickup, the cancellation notice date or the F&B spend varies

Exit codes: 0 assessed or valid, 1 invalid input (the message names the file and the place), 2 usage.
)";

int usage(const QString& problem) {
    err() << "attrition-cli: " << problem << "\n\n" << kUsageText;
    err().flush();
    return kUsage;
}

/// Command-line arguments after the subcommand: positional words and --name value options.
struct Arguments {
    QStringList positional;
    QMap<QString, QString> options;
    QStringList flags;
    QString problem;

    static Arguments parse(const QStringList& words, const QStringList& valued,
                           const QStringList& flagNames) {
        Arguments a;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString& w = words[i];
            if (w.startsWith(QStringLiteral("--"))) {
                const QString name = w.mid(2);
                if (flagNames.contains(name)) {
                    a.flags << name;
                } else if (valued.contains(name)) {
                    if (i + 1 >= words.size()) {
                        a.problem = QStringLiteral("%1 needs a value").arg(w);
                        return a;
                    }
                    a.options.insert(name, words[++i]);
                } else {
                    a.problem = QStringLiteral("unknown option %1").arg(w);
                    return a;
                }
            } else {
                a.positional << w;
            }
        }
        return a;
    }
};

/// Reads the one contract of a file; on failure prints every problem and returns nothing.
std::optional<Contract> load(const QString& file) {
    io::ReadResult r = io::readContractFile(file);
    if (!r.ok()) {
        for (const io::ReadError& e : r.errors) {
            err() << file << ": " << e.toString() << "\n";
        }
        return std::nullopt;
    }
    if (r.contracts.size() != 1) {
        err() << file << ": holds " << r.contracts.size() << " contracts; give a file with one contract\n";
        return std::nullopt;
    }
    return std::move(r.contracts.front());
}

void printIssues(const QString& file, const std::vector<ValidationIssue>& issues) {
    for (const ValidationIssue& issue : issues) {
        err() << file << ": " << io::jsonPathOf(issue.field) << ": "
              << QString::fromStdString(renderEnglish(issue.message)) << "\n";
    }
}

QString money(const Money& m) {
    return QString::fromStdString(m.toDisplayString());
}

QString padLeft(const QString& s, int width) {
    return s.rightJustified(width, QLatin1Char(' '));
}

void printAssessment(const Contract& c, const Assessment& a) {
    QTextStream& o = out();
    const QString cur = QString::fromLatin1(c.currency.code().data(), 3);
    o << "Contract   " << QString::fromStdString(c.reference);
    if (!c.groupName.empty()) {
        o << "  " << QString::fromStdString(c.groupName);
    }
    o << "\n";
    if (!c.hotel.empty()) {
        o << "Hotel      " << QString::fromStdString(c.hotel) << "\n";
    }
    o << "Stay       " << QString::fromStdString(c.arrival.toIso()) << " to "
      << QString::fromStdString(c.departure.toIso()) << " (" << c.nightCount() << " nights)   Status "
      << QString::fromStdString(std::string(toString(c.status))) << "   Currency " << cur << "\n";
    o << (a.cancelled ? "Assessed under the cancellation clause\n"
                      : "Assessed under attrition, F&B and meeting room clauses\n");

    const int width = 16;
    static const char* kTitles[] = {"Rooms", "Food & beverage", "Meeting room", "Cancellation", "Comp rooms",
                                    "Tax",   "Deposits"};
    for (int k = 0; k <= static_cast<int>(Component::Deposits); ++k) {
        bool titled = false;
        for (const AssessmentLine& l : a.lines) {
            if (static_cast<int>(l.component) != k) {
                continue;
            }
            if (!titled) {
                o << "\n" << kTitles[k] << "\n";
                titled = true;
            }
            o << padLeft(money(l.amount), width) << "  "
              << QString::fromStdString(renderEnglish(l.explanation)) << "\n";
        }
    }
    if (!a.warnings.empty()) {
        o << "\nWarnings\n";
        for (const Message& w : a.warnings) {
            o << "  ! " << QString::fromStdString(renderEnglish(w)) << "\n";
        }
    }
    o << "\nTotals (" << cur << ")\n";
    const auto total = [&](const char* label, const Money& m) {
        o << "  " << QString::fromLatin1(label).leftJustified(22, QLatin1Char(' '))
          << padLeft(money(m), width) << "\n";
    };
    total("Rooms", a.rooms);
    total("Food & beverage", a.foodBeverage);
    total("Meeting room", a.meetingRoom);
    total("Cancellation", a.cancellation);
    total("Subtotal", a.subtotal);
    total("Tax", a.tax);
    total("Total owed", a.totalOwed);
    total("Deposits applied", a.depositsApplied);
    total("Net due", a.netDue);
    if (a.depositBalance.isPositive()) {
        total("Deposit balance", a.depositBalance);
    }
}

void printJson(const QJsonValue& v) {
    out() << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                 .toJson(QJsonDocument::Indented);
}

std::optional<Percent> percentOption(const Arguments& a, const QString& name, QString& problem) {
    if (!a.options.contains(name)) {
        return std::nullopt;
    }
    const auto p = Percent::parse(a.options.value(name).toStdString());
    if (!p) {
        problem = QStringLiteral("--%1: expected a percentage such as 75 or 82.5, found \"%2\"")
                      .arg(name, a.options.value(name));
    }
    return p;
}

std::optional<Date> dateOption(const Arguments& a, const QString& name, QString& problem) {
    if (!a.options.contains(name)) {
        return std::nullopt;
    }
    const auto d = Date::parseIso(a.options.value(name).toStdString());
    if (!d) {
        problem = QStringLiteral("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                      .arg(name, a.options.value(name));
    }
    return d;
}

std::optional<Money> moneyOption(const Arguments& a, const QString& name, Currency currency,
                                 QString& problem) {
    if (!a.options.contains(name)) {
        return std::nullopt;
    }
    const auto m = Money::parse(a.options.value(name).toStdString(), currency);
    if (!m) {
        problem = QStringLiteral("--%1: expected an amount in %2 such as 1234.50, found \"%3\"")
                      .arg(name, QString::fromLatin1(currency.code().data(), 3), a.options.value(name));
    }
    return m;
}

int assessCommand(const QStringList& words) {
    const Arguments a = Arguments::parse(words, {"pickup", "notice", "fb-spend"}, {"json"});
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.positional.size() != 1) {
        return usage(QStringLiteral("assess takes one contract file"));
    }
    const QString file = a.positional.front();
    const auto contract = load(file);
    if (!contract) {
        return kInvalid;
    }
    QString problem;
    ScenarioOverrides overrides;
    overrides.uniformPickup = percentOption(a, QStringLiteral("pickup"), problem);
    overrides.cancellationNotice = dateOption(a, QStringLiteral("notice"), problem);
    overrides.foodBeverageSpend = moneyOption(a, QStringLiteral("fb-spend"), contract->currency, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    try {
        const Assessment result = assess(*contract, overrides);
        if (a.flags.contains(QStringLiteral("json"))) {
            printJson(io::assessmentToJson(*contract, result));
        } else {
            printAssessment(*contract, result);
        }
        return kOk;
    } catch (const ContractInvalid& e) {
        printIssues(file, e.issues());
    } catch (const MoneyOverflow& e) {
        err() << file << ": " << e.what() << "\n";
    }
    return kInvalid;
}

int validateCommand(const QStringList& words) {
    const Arguments a = Arguments::parse(words, {}, {});
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.positional.size() != 1) {
        return usage(QStringLiteral("validate takes one contract file"));
    }
    const QString file = a.positional.front();
    const auto contract = load(file);
    if (!contract) {
        return kInvalid;
    }
    const auto issues = validate(*contract);
    if (!issues.empty()) {
        printIssues(file, issues);
        return kInvalid;
    }
    out() << file << ": valid\n";
    return kOk;
}

int sweepCommand(const QStringList& words) {
    if (words.isEmpty()) {
        return usage(QStringLiteral("sweep needs pickup, cancellation or fb"));
    }
    const QString kind = words.front();
    const Arguments a = Arguments::parse(words.mid(1), {"from", "to", "step", "steps"}, {"json"});
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (kind != QLatin1String("pickup") && kind != QLatin1String("cancellation") &&
        kind != QLatin1String("fb")) {
        return usage(QStringLiteral("unknown sweep \"%1\": use pickup, cancellation or fb").arg(kind));
    }
    if (a.positional.size() != 1) {
        return usage(QStringLiteral("sweep takes one contract file"));
    }
    const QString file = a.positional.front();
    const auto contract = load(file);
    if (!contract) {
        return kInvalid;
    }
    const bool json = a.flags.contains(QStringLiteral("json"));
    QString problem;
    try {
        if (kind == QLatin1String("pickup")) {
            bool okFrom = true;
            bool okTo = true;
            bool okStep = true;
            const int from = a.options.value(QStringLiteral("from"), QStringLiteral("0")).toInt(&okFrom);
            const int to = a.options.value(QStringLiteral("to"), QStringLiteral("150")).toInt(&okTo);
            const int step = a.options.value(QStringLiteral("step"), QStringLiteral("1")).toInt(&okStep);
            if (!okFrom || !okTo || !okStep || from < 0 || to < from || step <= 0 || to > 1000) {
                return usage(
                    QStringLiteral("--from, --to and --step are whole percentages, 0 <= from <= to <= 1000, "
                                   "step > 0"));
            }
            const auto points = sweepPickup(*contract, from, to, step);
            if (json) {
                printJson(io::pickupSweepToJson(points));
            } else {
                out() << padLeft(QStringLiteral("pickup"), 8) << padLeft(QStringLiteral("rooms"), 16)
                      << padLeft(QStringLiteral("meeting room"), 16)
                      << padLeft(QStringLiteral("total owed"), 16) << "\n";
                for (const PickupSweepPoint& p : points) {
                    out() << padLeft(QString::fromStdString(p.pickup.toString()), 8)
                          << padLeft(money(p.roomDamages), 16) << padLeft(money(p.meetingRoom), 16)
                          << padLeft(money(p.totalOwed), 16) << "\n";
                }
            }
        } else if (kind == QLatin1String("cancellation")) {
            const Date from = dateOption(a, QStringLiteral("from"), problem).value_or(contract->signedOn);
            const Date to = dateOption(a, QStringLiteral("to"), problem).value_or(contract->arrival);
            if (!problem.isEmpty()) {
                return usage(problem);
            }
            const auto points = sweepCancellation(*contract, from, to);
            if (json) {
                printJson(io::cancellationSweepToJson(points));
            } else {
                out() << padLeft(QStringLiteral("notice"), 10) << padLeft(QStringLiteral("days"), 6)
                      << padLeft(QStringLiteral("fee"), 16) << padLeft(QStringLiteral("total owed"), 16)
                      << "\n";
                for (const CancellationSweepPoint& p : points) {
                    out() << QString::fromStdString(p.notice.toIso())
                          << padLeft(QString::number(p.daysBeforeArrival), 6) << padLeft(money(p.fee), 16)
                          << padLeft(money(p.totalOwed), 16) << "\n";
                }
            }
        } else {
            const Currency cur = contract->currency;
            const Money from =
                moneyOption(a, QStringLiteral("from"), cur, problem).value_or(Money::zero(cur));
            const Money minimum(contract->foodBeverage.minimum.minorUnits(), cur);
            const Money to = moneyOption(a, QStringLiteral("to"), cur, problem).value_or(minimum);
            bool okSteps = true;
            const int steps = a.options.value(QStringLiteral("steps"), QStringLiteral("20")).toInt(&okSteps);
            if (!okSteps || steps < 0 || steps > 100000) {
                return usage(QStringLiteral("--steps is a whole number from 0 to 100000"));
            }
            if (!problem.isEmpty()) {
                return usage(problem);
            }
            const auto points = sweepFoodBeverage(*contract, from, to, steps);
            if (json) {
                printJson(io::spendSweepToJson(points));
            } else {
                out() << padLeft(QStringLiteral("spend"), 16) << padLeft(QStringLiteral("damages"), 16)
                      << padLeft(QStringLiteral("with tax"), 16) << "\n";
                for (const SpendSweepPoint& p : points) {
                    out() << padLeft(money(p.spend), 16) << padLeft(money(p.damages), 16)
                          << padLeft(money(p.totalOwed), 16) << "\n";
                }
            }
        }
        return kOk;
    } catch (const ContractInvalid& e) {
        printIssues(file, e.issues());
    } catch (const MoneyOverflow& e) {
        err() << file << ": " << e.what() << "\n";
    }
    return kInvalid;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("attrition-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATTRITION_VERSION));
    QStringList words = QCoreApplication::arguments().mid(1);
    int code = kUsage;
    if (words.isEmpty()) {
        code = usage(QStringLiteral("no command given"));
    } else {
        const QString command = words.takeFirst();
        if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
            command == QLatin1String("help")) {
            out() << kUsageText;
            code = kOk;
        } else if (command == QLatin1String("--version")) {
            out() << "attrition-cli " << ATTRITION_VERSION << "\n";
            code = kOk;
        } else if (command == QLatin1String("assess")) {
            code = assessCommand(words);
        } else if (command == QLatin1String("validate")) {
            code = validateCommand(words);
        } else if (command == QLatin1String("sweep")) {
            code = sweepCommand(words);
        } else {
            code = usage(QStringLiteral("unknown command \"%1\"").arg(command));
        }
    }
    out().flush();
    err().flush();
    return code;
}
