// attrition-cli report: a contract's attrition and cancellation statement, its scenario comparison or a
// portfolio, as PDF; one PDF per contract for every stored contract in a filter. attrition-cli proposal: the
// one-page group proposal sent before the contract is signed. The documents are built by attrition::ui, the
// same reports the desktop application prints.

#include "report_command.h"

#include "attrition/engine/pipeline.h"
#include "attrition/io/contract_json.h"
#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/sql_repository.h"
#include "cli_support.h"
#include "reports/portfolioreport.h"
#include "reports/report.h"
#include "reports/reportoptions.h"
#include "session/outlook.h"
#include "text/language.h"
#include "text/messagetext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace attrition::cli {

namespace {

const QStringList kValued{"pdf",   "out-dir", "page",          "contract",    "db",     "database",
                          "user",  "locale",  "made-on",       "search",      "status", "account",
                          "hotel", "manager", "arriving-from", "arriving-to", "jobs",   "batch-share"};
const QStringList kFlags{"landscape", "all", "portfolio", "scenarios"};

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

/// The filter in words, for the portfolio's title.
QString filterText(const Arguments& a) {
    QStringList parts;
    if (a.given("arriving-from") && a.given("arriving-to")) {
        parts << Cli::tr("Arriving %1 to %2").arg(a.value("arriving-from"), a.value("arriving-to"));
    } else if (a.given("arriving-from")) {
        parts << Cli::tr("Arriving from %1").arg(a.value("arriving-from"));
    } else if (a.given("arriving-to")) {
        parts << Cli::tr("Arriving until %1").arg(a.value("arriving-to"));
    }
    if (a.given("status")) {
        parts << Cli::tr("status %1").arg(a.value("status"));
    }
    for (const char* name : {"account", "hotel", "manager", "search"}) {
        if (a.given(name)) {
            parts << QStringLiteral("%1 \"%2\"").arg(QLatin1String(name), a.value(name));
        }
    }
    return parts.isEmpty() ? Cli::tr("Every contract") : parts.join(QStringLiteral(", "));
}

/// A file name from a contract reference: letters, digits, dot, dash and underscore kept.
QString fileNameOf(const std::string& reference) {
    QString name = text(reference);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    if (name.isEmpty() || name.startsWith(QLatin1Char('.'))) {
        name.prepend(QStringLiteral("contract"));
    }
    return name;
}

bool write(ui::Report& report, const QString& path, const ui::ReportPageSetup& setup) {
    QString problem;
    if (!report.writePdf(path, setup, &problem)) {
        err() << "attrition-cli: " << problem << "\n";
        return false;
    }
    return true;
}

/// Every stored contract the filter passes, in order of arrival, a page at a time. `wanted(n, total)` says
/// whether the `n`th of them (from 1) is loaded and visited; the others are counted only.
template <typename Visit, typename Wanted>
std::optional<std::int64_t> forEachFiltered(storage::ContractRepository& repository,
                                            const storage::ContractFilter& filter, Visit&& visit,
                                            Wanted&& wanted) {
    storage::ContractQuery query;
    query.filter = filter;
    query.sortBy = storage::ContractSortKey::Arrival;
    query.limit = 500;
    std::int64_t total = -1;
    std::int64_t seen = 0;
    for (;;) {
        query.countTotal = total < 0;
        storage::Result<storage::ContractPage> page = repository.listContracts(query);
        if (!page) {
            err() << text(repository.location()) << ": " << text(page.error().message) << "\n";
            return std::nullopt;
        }
        if (total < 0) {
            total = page->total;
        }
        for (const storage::ContractSummary& row : page->rows) {
            if (!wanted(++seen, total)) {
                continue;
            }
            storage::Result<storage::StoredContract> stored = repository.load(row.id);
            if (!stored) {
                err() << text(repository.location()) << ": " << text(stored.error().message) << "\n";
                return std::nullopt;
            }
            if (!visit(stored->contract, seen, total)) {
                return std::nullopt;
            }
        }
        if (static_cast<std::int64_t>(page->rows.size()) < query.limit) {
            break;
        }
        query.offset += query.limit;
    }
    return seen;
}

template <typename Visit>
std::optional<std::int64_t> forEachFiltered(storage::ContractRepository& repository,
                                            const storage::ContractFilter& filter, Visit&& visit) {
    return forEachFiltered(repository, filter, std::forward<Visit>(visit),
                           [](std::int64_t, std::int64_t) { return true; });
}

/// Keeps the memory a report frees for the next one of the batch: by default the C library gives the large
/// blocks a PDF is written with back to the system as soon as they are freed, and takes them again for the
/// next report, page by page (a few percent of the CPU time of a report, most of it in the kernel).
void keepFreedMemoryForTheBatch() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

/// The progress of the batch on standard error: on a terminal one line kept up to date, otherwise a line
/// every 100 reports and at the end.
void progress(bool terminal, std::int64_t n, std::int64_t total, const QString& reference) {
    if (terminal) {
        err() << "\rreport: " << Cli::tr("%1 of %2").arg(n).arg(total) << "  " << reference << "\x1b[K";
    } else if (n == total || n % 100 == 0) {
        err() << "report: " << Cli::tr("%1 of %2").arg(n).arg(total) << '\n';
    }
    err().flush();
}

/// A share of the batch, as a worker process started by `parallelBatch` makes it: the contracts whose
/// position in the filtered list (from 0) is `share` modulo `shares`. It tells its parent on standard
/// output the number of contracts in the filter ("total N") and each report it wrote ("done REFERENCE").
int batchShare(const Arguments& a, const storage::ContractFilter& filter, const QString& dir, int share,
               int shares, const ui::ReportPageSetup& setup, const ui::ReportOptions& options) {
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    keepFreedMemoryForTheBatch();
    bool toldTotal = false;
    // Only the contracts of its share are loaded from the database.
    const auto inShare = [&](std::int64_t n, std::int64_t total) {
        if (!toldTotal) {
            out() << "total " << total << '\n';
            out().flush();
            toldTotal = true;
        }
        return (n - 1) % shares == share;
    };
    const std::optional<std::int64_t> seen = forEachFiltered(
        *repository, filter,
        [&](const Contract& c, std::int64_t, std::int64_t) {
            const QString path = QDir(dir).filePath(fileNameOf(c.reference) + QStringLiteral(".pdf"));
            // Each contract with the rebooking credits other contracts' settlements grant it.
            std::optional<std::vector<RebookingCredit>> credits = storedCredits(*repository, c);
            if (!credits) {
                return false;
            }
            ui::ReportOptions withCredits = options;
            withCredits.credits = std::move(*credits);
            const std::unique_ptr<ui::Report> report = ui::contractReport(c, withCredits);
            if (!write(*report, path, setup)) {
                return false;
            }
            out() << "done " << text(c.reference) << '\n';
            out().flush();
            return true;
        },
        inShare);
    if (seen && !toldTotal) {
        out() << "total 0\n";
        out().flush();
    }
    return seen ? kOk : kInvalid;
}

/// The batch spread over `jobs` worker processes of this program, each writing its share of the PDFs
/// (`batchShare`); the progress counts the reports of all of them. The files are the ones a single
/// process writes: every report is made alone, from its contract only.
int parallelBatch(const QStringList& words, int jobs, const QString& dir) {
    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer timer;
    timer.start();
    struct Worker {
        std::unique_ptr<QProcess> process;
        QByteArray pending;
        bool finished = false;
    };
    std::vector<Worker> workers(static_cast<std::size_t>(jobs));
    std::int64_t total = -1;
    std::int64_t done = 0;
    int running = jobs;
    bool failed = false;
    QEventLoop loop;
    for (int i = 0; i < jobs; ++i) {
        Worker& w = workers[static_cast<std::size_t>(i)];
        w.process = std::make_unique<QProcess>();
        w.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcess* process = w.process.get();
        QObject::connect(process, &QProcess::readyReadStandardOutput, process, [&, process] {
            w.pending += process->readAllStandardOutput();
            for (qsizetype end = w.pending.indexOf('\n'); end >= 0; end = w.pending.indexOf('\n')) {
                const QString line = QString::fromUtf8(w.pending.left(end));
                w.pending.remove(0, end + 1);
                if (line.startsWith(QLatin1String("total "))) {
                    total = line.mid(6).toLongLong();
                } else if (line.startsWith(QLatin1String("done "))) {
                    progress(terminal, ++done, total, line.mid(5));
                }
            }
        });
        QObject::connect(process, &QProcess::finished, process, [&](int code, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit || code != kOk) {
                failed = true;
            }
            if (--running == 0) {
                loop.quit();
            }
        });
        QObject::connect(process, &QProcess::errorOccurred, process, [&](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                err() << "attrition-cli: " << process->errorString() << '\n';
                failed = true;
                if (--running == 0) {
                    loop.quit();
                }
            }
        });
        process->start(QCoreApplication::applicationFilePath(),
                       QStringList{QStringLiteral("report")}
                           << words << QStringLiteral("--jobs=1")
                           << QStringLiteral("--batch-share=%1/%2").arg(i).arg(jobs));
    }
    if (running > 0) {
        loop.exec();
    }
    if (terminal) {
        err() << "\n";
    }
    if (failed) {
        return kInvalid;
    }
    err() << "report: "
          << Cli::tr("wrote %1 PDF files to %2 in %3 s")
                 .arg(done)
                 .arg(QDir::toNativeSeparators(dir),
                      QLocale().toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    return kOk;
}

int batch(const QStringList& words, const Arguments& a, const ui::ReportPageSetup& setup,
          const ui::ReportOptions& options) {
    QString problem;
    const storage::ContractFilter filter = filterOf(a, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    int jobs = std::max(1, QThread::idealThreadCount());
    if (a.given("jobs")) {
        bool ok = false;
        jobs = a.value("jobs").toInt(&ok);
        if (!ok || jobs < 1) {
            return usage(
                Cli::tr("--jobs: expected a number of processes from 1, found \"%1\"").arg(a.value("jobs")));
        }
    }
    const QString dir = a.value("out-dir");
    if (!QDir().mkpath(dir)) {
        err() << "attrition-cli: " << Cli::tr("cannot create the folder %1").arg(dir) << '\n';
        return kInvalid;
    }
    if (a.given("batch-share")) {
        const QStringList share = a.value("batch-share").split(QLatin1Char('/'));
        bool ok = share.size() == 2;
        const int index = ok ? share[0].toInt(&ok) : 0;
        const int shares = ok ? share[1].toInt(&ok) : 0;
        if (!ok || shares < 1 || index < 0 || index >= shares) {
            return usage(QStringLiteral("--batch-share: expected I/N"));
        }
        return batchShare(a, filter, dir, index, shares, setup, options);
    }
    if (jobs > 1) {
        return parallelBatch(words, jobs, dir);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    keepFreedMemoryForTheBatch();
    const bool terminal = isatty(fileno(stderr)) != 0;
    QElapsedTimer timer;
    timer.start();
    const std::optional<std::int64_t> written =
        forEachFiltered(*repository, filter, [&](const Contract& c, std::int64_t n, std::int64_t total) {
            const QString path = QDir(dir).filePath(fileNameOf(c.reference) + QStringLiteral(".pdf"));
            // Each contract with the rebooking credits other contracts' settlements grant it.
            std::optional<std::vector<RebookingCredit>> credits = storedCredits(*repository, c);
            if (!credits) {
                return false;
            }
            ui::ReportOptions withCredits = options;
            withCredits.credits = std::move(*credits);
            const std::unique_ptr<ui::Report> report = ui::contractReport(c, withCredits);
            if (!write(*report, path, setup)) {
                return false;
            }
            progress(terminal, n, total, text(c.reference));
            return true;
        });
    if (terminal) {
        err() << "\n";
    }
    if (!written) {
        return kInvalid;
    }
    err() << "report: "
          << Cli::tr("wrote %1 PDF files to %2 in %3 s")
                 .arg(*written)
                 .arg(QDir::toNativeSeparators(dir),
                      QLocale().toString(static_cast<double>(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    return kOk;
}

int portfolio(const Arguments& a, const ui::ReportPageSetup& setup, const ui::ReportOptions& options) {
    QString problem;
    const storage::ContractFilter filter = filterOf(a, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    ui::PortfolioReportBuilder builder(filterText(a), options);
    std::vector<Contract> contracts; // for the pipeline page
    const auto seen =
        forEachFiltered(*repository, filter, [&](const Contract& c, std::int64_t, std::int64_t) {
            std::optional<std::vector<RebookingCredit>> credits = storedCredits(*repository, c);
            if (!credits) {
                return false;
            }
            builder.add(c, *credits);
            contracts.push_back(c);
            return true;
        });
    if (!seen) {
        return kInvalid;
    }
    // The groups at risk among them: those arriving in the next 90 days from the day the report is made
    // (within the filter's arrival dates), forecast as at-risk forecasts them.
    const Date today =
        Date::fromYmd(options.madeOn.year(), options.madeOn.month(), options.madeOn.day()).value_or(Date());
    try {
        storage::Result<std::optional<forecast::AtRiskList>> atRisk =
            storage::readPortfolioGroupsAtRisk(*repository, filter, today);
        if (!atRisk) {
            err() << "attrition-cli: " << QString::fromStdString(atRisk.error().message) << "\n";
            return kInvalid;
        }
        if (*atRisk) {
            builder.setGroupsAtRisk(std::move(**atRisk));
        }
    } catch (const std::exception& e) {
        err() << Cli::tr("%1: cannot be forecast: %2")
                     .arg(QString::fromStdString(repository->location()), QString::fromUtf8(e.what()))
              << '\n';
        return kInvalid;
    }
    builder.setPipeline(pipeline(contracts));
    const std::unique_ptr<ui::Report> report = builder.finish();
    return write(*report, a.value("pdf"), setup) ? kOk : kInvalid;
}

int scenarios(const Arguments& a, const ui::ReportPageSetup& setup, const ui::ReportOptions& options) {
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    storage::Result<storage::StoredContract> stored =
        repository->loadByReference(a.value("db").toStdString());
    if (!stored) {
        err() << text(repository->location()) << ": " << text(stored.error().message) << "\n";
        return kInvalid;
    }
    storage::Result<std::vector<storage::StoredScenario>> kept = repository->scenarios(stored->id);
    if (!kept) {
        err() << text(repository->location()) << ": " << text(kept.error().message) << "\n";
        return kInvalid;
    }
    std::vector<Scenario> list;
    for (const storage::StoredScenario& s : *kept) {
        list.push_back(s.scenario);
    }
    std::optional<std::vector<RebookingCredit>> credits = storedCredits(*repository, stored->contract);
    if (!credits) {
        return kInvalid;
    }
    ui::ReportOptions withCredits = options;
    withCredits.credits = std::move(*credits);
    const std::unique_ptr<ui::Report> report = ui::scenarioReport(stored->contract, list, withCredits);
    return write(*report, a.value("pdf"), setup) ? kOk : kInvalid;
}

} // namespace

std::unique_ptr<QCoreApplication> reportApplication(int& argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return std::make_unique<QApplication>(argc, argv);
}

/// The forward look of a stored contract for its report's forecast page, standing on the day the report is
/// made: nothing (no page) for a group that is not upcoming or when the database cannot say.
std::shared_ptr<const ui::ReportForecast> storedForecast(const Arguments& a, const Contract& contract,
                                                         QDate madeOn) {
    auto repository = openDatabase(a);
    const std::optional<Date> today = Date::fromYmd(madeOn.year(), madeOn.month(), madeOn.day());
    if (!repository || !today) {
        return nullptr;
    }
    storage::Result<storage::StoredContract> stored = repository->loadByReference(contract.reference);
    if (!stored) {
        return nullptr;
    }
    storage::Result<std::vector<storage::StoredPickupSnapshot>> reports =
        repository->pickupSnapshots(stored->id);
    ui::Forecaster forecaster;
    forecaster.setRepository(repository.get());
    forecaster.setToday(*today);
    auto forecast = std::make_shared<ui::ReportForecast>();
    forecast->outlook = forecaster.outlook(contract);
    if (reports) {
        forecast->pickupReports = ui::roomNightsPerReport(*reports);
    }
    return forecast;
}

int reportCommand(const QStringList& words) {
    const Arguments a = Arguments::parse(words, kValued, kFlags);
    if (a.help) {
        return help(QStringLiteral("report"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    const int sources = (a.positional.size() == 1 ? 1 : 0) + (a.given("db") ? 1 : 0) +
                        (a.has("all") ? 1 : 0) + (a.has("portfolio") ? 1 : 0);
    if (a.positional.size() > 1 || sources != 1) {
        return usage(Cli::tr("report takes one of: a contract file, --db REFERENCE, --all or --portfolio"));
    }
    if (a.has("all") ? !a.given("out-dir") : !a.given("pdf")) {
        return usage(a.has("all") ? Cli::tr("report --all writes one PDF per contract: give --out-dir DIR")
                                  : Cli::tr("report: give --pdf OUT.pdf"));
    }
    if (a.has("scenarios") && !a.given("db")) {
        return usage(Cli::tr("report --scenarios compares the scenarios stored with --db REFERENCE"));
    }
    ui::ReportPageSetup setup;
    if (a.given("page")) {
        bool ok = false;
        setup.size = ui::ReportPageSetup::sizeFromName(a.value("page"), &ok);
        if (!ok) {
            return usage(Cli::tr("--page: a4 or letter, not \"%1\"").arg(a.value("page")));
        }
    }
    setup.orientation = a.has("landscape") ? QPageLayout::Landscape : QPageLayout::Portrait;
    ui::installEnglishPlurals();
    // Amounts and dates as the user writes them: the system's locale, or --locale.
    QLocale::setDefault(a.given("locale") ? QLocale(a.value("locale")) : QLocale::system());
    // And the report's language with them: es_* in Spanish, it_* in Italian, anything else in English.
    ui::installLanguage(ui::languageOfLocale(QLocale()));
    ui::ReportOptions options;
    options.letterhead = ui::Letterhead::fromSettings(); // as the desktop application prints it
    if (a.given("made-on")) {
        const auto d = Date::parseIso(a.value("made-on").toStdString());
        if (!d) {
            return usage(Cli::tr("--made-on: expected a date written YYYY-MM-DD, found \"%1\"")
                             .arg(a.value("made-on")));
        }
        options.madeOn = QDate(d->year(), static_cast<int>(d->month()), static_cast<int>(d->day()));
    }
    if (a.has("all")) {
        return batch(words, a, setup, options);
    }
    if (a.has("portfolio")) {
        return portfolio(a, setup, options);
    }
    if (a.has("scenarios")) {
        return scenarios(a, setup, options);
    }
    // A stored contract with the rebooking credits other contracts' settlements grant it; a file has none.
    const std::optional<Contract> contract =
        a.given("db") ? loadStored(a, &options.credits) : loadContract(a.positional.front(), a);
    if (!contract) {
        return kInvalid;
    }
    if (a.given("db")) {
        options.forecast = storedForecast(a, *contract, options.madeOn);
    }
    const std::unique_ptr<ui::Report> report = ui::contractReport(*contract, options);
    return write(*report, a.value("pdf"), setup) ? kOk : kInvalid;
}

int proposalCommand(const QStringList& words) {
    const Arguments a = Arguments::parse(
        words,
        {"pdf", "page", "contract", "db", "database", "user", "locale", "language", "made-on", "valid-until"},
        {});
    if (a.help) {
        return help(QStringLiteral("proposal"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    const int sources = (a.positional.size() == 1 ? 1 : 0) + (a.given("db") ? 1 : 0);
    if (a.positional.size() > 1 || sources != 1) {
        return usage(Cli::tr("proposal takes one of: a contract file or --db REFERENCE"));
    }
    if (!a.given("pdf")) {
        return usage(Cli::tr("proposal: give --pdf OUT.pdf"));
    }
    ui::ReportPageSetup setup; // portrait: the proposal is one portrait page
    if (a.given("page")) {
        bool ok = false;
        setup.size = ui::ReportPageSetup::sizeFromName(a.value("page"), &ok);
        if (!ok) {
            return usage(Cli::tr("--page: a4 or letter, not \"%1\"").arg(a.value("page")));
        }
    }
    QString language;
    if (a.given("language")) {
        language = a.value("language").trimmed().toLower();
        if (!ui::availableLanguages().contains(language)) {
            return usage(Cli::tr("--language: one of %1, not \"%2\"")
                             .arg(ui::availableLanguages().join(QStringLiteral(", ")), a.value("language")));
        }
    }
    const auto dateOption = [&](const char* name, QDate& into) {
        const auto d = Date::parseIso(a.value(name).toStdString());
        if (!d) {
            return false;
        }
        into = QDate(d->year(), static_cast<int>(d->month()), static_cast<int>(d->day()));
        return true;
    };
    ui::ReportOptions options;
    options.letterhead = ui::Letterhead::fromSettings(); // as the desktop application prints it
    if (a.given("made-on") && !dateOption("made-on", options.madeOn)) {
        return usage(
            Cli::tr("--made-on: expected a date written YYYY-MM-DD, found \"%1\"").arg(a.value("made-on")));
    }
    if (a.given("valid-until") && !dateOption("valid-until", options.validUntil)) {
        return usage(Cli::tr("--valid-until: expected a date written YYYY-MM-DD, found \"%1\"")
                         .arg(a.value("valid-until")));
    }
    ui::installEnglishPlurals();
    // The client's language: --language, in its own notation unless --locale says another; without it, as
    // report chooses: the system's locale or --locale, and its language.
    const QLocale locale = a.given("locale")     ? QLocale(a.value("locale"))
                           : a.given("language") ? ui::localeForLanguage(language)
                                                 : QLocale::system();
    QLocale::setDefault(locale);
    ui::installLanguage(a.given("language") ? language : ui::languageOfLocale(locale));
    // A stored contract with the rebooking credits other contracts' settlements grant it; a file has none.
    const std::optional<Contract> contract =
        a.given("db") ? loadStored(a, &options.credits) : loadContract(a.positional.front(), a);
    if (!contract) {
        return kInvalid;
    }
    if (contract->status != ContractStatus::Prospect && contract->status != ContractStatus::Tentative) {
        err() << "attrition-cli: "
              << Cli::tr("warning: %1 is %2: a proposal is for a prospect or tentative group")
                     .arg(text(contract->reference), QString::fromLatin1(toString(contract->status).data()))
              << '\n';
    }
    const std::unique_ptr<ui::Report> report = ui::proposalReport(*contract, options);
    if (!write(*report, a.value("pdf"), setup)) {
        return kInvalid;
    }
    err() << "proposal: "
          << Cli::tr("wrote %1 (%n page(s)), valid until %2", nullptr, report->pageCount())
                 .arg(QDir::toNativeSeparators(a.value("pdf")),
                      options.proposalValidUntil().toString(Qt::ISODate))
          << '\n';
    return kOk;
}

int reminderCommand(const QStringList& words) {
    const Arguments a =
        Arguments::parse(words, {"pdf", "page", "db", "database", "user", "locale", "language", "today"}, {});
    if (a.help) {
        return help(QStringLiteral("reminder"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty() || !a.given("db")) {
        return usage(Cli::tr("reminder writes the letter of a stored group: give --db REFERENCE"));
    }
    if (!a.given("pdf")) {
        return usage(Cli::tr("reminder: give --pdf OUT.pdf"));
    }
    ui::ReportPageSetup setup; // portrait: the letter is one portrait page
    if (a.given("page")) {
        bool ok = false;
        setup.size = ui::ReportPageSetup::sizeFromName(a.value("page"), &ok);
        if (!ok) {
            return usage(Cli::tr("--page: a4 or letter, not \"%1\"").arg(a.value("page")));
        }
    }
    QString language;
    if (a.given("language")) {
        language = a.value("language").trimmed().toLower();
        if (!ui::availableLanguages().contains(language)) {
            return usage(Cli::tr("--language: one of %1, not \"%2\"")
                             .arg(ui::availableLanguages().join(QStringLiteral(", ")), a.value("language")));
        }
    }
    ui::ReportOptions options;
    options.letterhead = ui::Letterhead::fromSettings(); // as the desktop application prints it
    if (a.given("today")) {
        const auto d = Date::parseIso(a.value("today").toStdString());
        if (!d) {
            return usage(
                Cli::tr("--today: expected a date written YYYY-MM-DD, found \"%1\"").arg(a.value("today")));
        }
        options.madeOn = QDate(d->year(), static_cast<int>(d->month()), static_cast<int>(d->day()));
    }
    ui::installEnglishPlurals();
    // The client's language, chosen as the proposal chooses it.
    const QLocale locale = a.given("locale")     ? QLocale(a.value("locale"))
                           : a.given("language") ? ui::localeForLanguage(language)
                                                 : QLocale::system();
    QLocale::setDefault(locale);
    ui::installLanguage(a.given("language") ? language : ui::languageOfLocale(locale));
    const std::optional<Contract> contract = loadStored(a); // a contract with problems is refused there
    if (!contract) {
        return kInvalid;
    }
    if (contract->isCancelled() || contract->status == ContractStatus::Cancelled ||
        contract->status == ContractStatus::Actualized || contract->status == ContractStatus::Lost) {
        err() << "attrition-cli: "
              << Cli::tr("warning: %1 is %2: a pickup reminder is for a group still to arrive")
                     .arg(text(contract->reference), QString::fromLatin1(toString(contract->status).data()))
              << '\n';
    }
    // The forecast as the forward look and the early warning make it: against the hotel's past groups.
    const std::shared_ptr<const ui::ReportForecast> forecast = storedForecast(a, *contract, options.madeOn);
    const ui::Outlook outlook = forecast ? forecast->outlook : ui::Outlook{};
    if (!outlook.ready) {
        err() << "attrition-cli: "
              << Cli::tr(
                     "warning: %1: no forecast (%2); the letter leaves out the pickup at the current pace")
                     .arg(text(contract->reference), outlook.unavailable)
              << '\n';
    }
    const std::unique_ptr<ui::Report> report = ui::pickupReminderLetter(*contract, outlook, options);
    if (!write(*report, a.value("pdf"), setup)) {
        return kInvalid;
    }
    err() << "reminder: "
          << Cli::tr("wrote %1 (%n page(s))", nullptr, report->pageCount())
                 .arg(QDir::toNativeSeparators(a.value("pdf")))
          << '\n';
    return kOk;
}

} // namespace attrition::cli
