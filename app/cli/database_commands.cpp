// The commands of attrition-cli that work on a contract database: list, import, import-pickup, export,
// outlook, and reading a stored contract for assess --db.

#include "attrition/engine/engine.h"
#include "attrition/engine/validation.h"
#include "attrition/io/contract_json.h"
#include "attrition/io/csv.h"
#include "attrition/io/hotel_outlook.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/sql_repository.h"
#include "cli_support.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <algorithm>
#include <climits>
#include <exception>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <thread>

namespace attrition::cli {
namespace {

using storage::ContractRepository;
using storage::StorageError;

const QStringList kDatabaseOptions{"database", "user"};
const QStringList kFilterOptions{"search",  "status",        "account",    "hotel",
                                 "manager", "arriving-from", "arriving-to"};

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

/// At most `width` characters, the last an ellipsis when the text is longer: columns stay aligned.
QString elided(const std::string& s, qsizetype width) {
    const QString t = text(s);
    return t.size() <= width ? t : t.left(width - 1) + QChar(0x2026);
}

/// Who makes a change: --user, or the login name.
std::string userOf(const Arguments& a) {
    if (a.given("user") && !a.value("user").trimmed().isEmpty()) {
        return a.value("user").trimmed().toStdString();
    }
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty()) {
            return name.toStdString();
        }
    }
    return "attrition-cli";
}

Arguments parseWith(const QStringList& words, QStringList valued, const QStringList& flags) {
    valued << kDatabaseOptions;
    return Arguments::parse(words, valued, flags);
}

const std::map<QString, storage::ContractSortKey>& sortKeys() {
    using storage::ContractSortKey;
    static const std::map<QString, ContractSortKey> keys{
        {"reference", ContractSortKey::Reference},    {"group", ContractSortKey::GroupName},
        {"account", ContractSortKey::Account},        {"hotel", ContractSortKey::Hotel},
        {"manager", ContractSortKey::SalesManager},   {"status", ContractSortKey::Status},
        {"arrival", ContractSortKey::Arrival},        {"departure", ContractSortKey::Departure},
        {"room-nights", ContractSortKey::RoomNights}, {"currency", ContractSortKey::Currency},
        {"updated", ContractSortKey::UpdatedAt}};
    return keys;
}

/// Writes `bytes` to --out (whole or not at all) or to standard output.
bool writeOutput(const Arguments& a, const QByteArray& bytes) {
    if (!a.given("out")) {
        out() << QString::fromUtf8(bytes);
        return true;
    }
    const QString path = a.value("out");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << Cli::tr("%1: cannot be written: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<storage::SqlContractRepository> openDatabase(const Arguments& a, Missing missing) {
    storage::ConnectionSettings settings;
    storage::OpenOptions options;
    if (a.given("database")) {
        storage::Result<storage::ConnectionSettings> parsed =
            storage::connectionFromLocation(a.value("database").toStdString());
        if (!parsed) {
            err() << "attrition-cli: " << text(parsed.error().message) << "\n";
            return nullptr;
        }
        settings = *parsed;
        options.createIfMissing = missing == Missing::Create;
    } else {
        options.createIfMissing = true;
    }
    auto repository = storage::SqlContractRepository::open(settings, options);
    if (!repository) {
        err() << "attrition-cli: " << text(repository.error().message) << "\n";
        return nullptr;
    }
    return std::move(*repository);
}

storage::ContractFilter filterOf(const Arguments& a, QString& problem) {
    storage::ContractFilter f;
    f.text = a.value("search").toStdString();
    if (a.given("status")) {
        for (const QString& word : a.value("status").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<ContractStatus> status =
                contractStatusFromString(word.trimmed().toLower().toStdString());
            if (!status) {
                problem = Cli::tr("--status: unknown status \"%1\" (prospect, tentative, definite, "
                                  "cancelled, actualized or lost)")
                              .arg(word.trimmed());
                return f;
            }
            f.statuses.push_back(*status);
        }
    }
    auto optionalText = [&](const char* name) -> std::optional<std::string> {
        return a.given(name) ? std::optional(a.value(name).toStdString()) : std::nullopt;
    };
    f.account = optionalText("account");
    f.hotel = optionalText("hotel");
    f.salesManager = optionalText("manager");
    for (const auto& [name, target] :
         {std::pair{"arriving-from", &f.arrivalFrom}, std::pair{"arriving-to", &f.arrivalTo}}) {
        if (a.given(name)) {
            *target = Date::parseIso(a.value(name).toStdString());
            if (!*target) {
                problem = Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                              .arg(QLatin1String(name), a.value(name));
            }
        }
    }
    return f;
}

std::optional<std::vector<RebookingCredit>> storedCredits(storage::ContractRepository& repository,
                                                          const Contract& contract) {
    storage::Result<std::vector<RebookingCredit>> credits = repository.rebookingCredits(contract);
    if (!credits) {
        err() << text(repository.location()) << ": " << text(credits.error().message) << "\n";
        return std::nullopt;
    }
    return std::move(*credits);
}

Assessment assessWithCredits(const Contract& contract, const ScenarioOverrides& overrides,
                             std::span<const RebookingCredit> credits) {
    for (const RebookingCredit& credit : credits) {
        if (credit.amount.currency() != contract.currency) {
            throw std::runtime_error(
                Cli::tr("contract %1 grants a rebooking credit of %2 %3 on contract %4, which is in %5: a "
                        "credit in another currency cannot be applied; correct the credit in the settlement "
                        "of %1")
                    .arg(text(credit.fromContract), text(std::string(credit.amount.currency().code())),
                         text(credit.amount.toDecimalString()), text(contract.reference),
                         text(std::string(contract.currency.code())))
                    .toStdString());
        }
    }
    return assess(contract, overrides, credits);
}

std::optional<Contract> loadStored(const Arguments& a, std::vector<RebookingCredit>* credits) {
    auto repository = openDatabase(a);
    if (!repository) {
        return std::nullopt;
    }
    const std::string reference = a.value("db").toStdString();
    storage::Result<storage::StoredContract> stored = repository->loadByReference(reference);
    if (!stored) {
        err() << text(repository->location()) << ": " << text(stored.error().message) << "\n";
        return std::nullopt;
    }
    const QString where = Cli::tr("%1, contract \"%2\"").arg(text(repository->location()), a.value("db"));
    const std::vector<io::ReadError> problems = validationProblems(stored->contract, QStringLiteral("$"));
    if (!problems.empty()) {
        for (const io::ReadError& e : problems) {
            err() << where << ": " << e.toString() << "\n";
        }
        return std::nullopt;
    }
    if (credits != nullptr) {
        std::optional<std::vector<RebookingCredit>> granted = storedCredits(*repository, stored->contract);
        if (!granted) {
            return std::nullopt;
        }
        *credits = std::move(*granted);
    }
    return std::move(stored->contract);
}

int listCommand(const QStringList& words) {
    const Arguments a =
        parseWith(words, kFilterOptions + QStringList{"sort", "offset", "limit"}, {"json", "descending"});
    if (a.help) {
        return help(QStringLiteral("list"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty()) {
        return usage(Cli::tr("list takes no file; it lists the database (--database)"));
    }
    QString problem;
    storage::ContractQuery query;
    query.filter = filterOf(a, problem);
    if (a.given("sort")) {
        const auto key = sortKeys().find(a.value("sort"));
        if (key == sortKeys().end()) {
            QStringList names;
            for (const auto& [name, _] : sortKeys()) {
                names << name;
            }
            problem = Cli::tr("--sort: unknown column \"%1\" (%2)")
                          .arg(a.value("sort"), names.join(QStringLiteral(", ")));
        } else {
            query.sortBy = key->second;
        }
    }
    query.order = a.has("descending") ? storage::SortOrder::Descending : storage::SortOrder::Ascending;
    for (const auto& [name, target, least] :
         {std::tuple{"offset", &query.offset, 0}, std::tuple{"limit", &query.limit, 1}}) {
        if (a.given(name)) {
            bool ok = false;
            *target = a.value(name).toLongLong(&ok);
            if (!ok || *target < least) {
                problem = Cli::tr("--%1: expected a whole number of at least %2, found \"%3\"")
                              .arg(QLatin1String(name))
                              .arg(least)
                              .arg(a.value(name));
            }
        }
    }
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    storage::Result<storage::ContractPage> page = repository->listContracts(query);
    if (!page) {
        err() << "attrition-cli: " << text(page.error().message) << "\n";
        return kInvalid;
    }
    if (a.has("json")) {
        QJsonArray rows;
        for (const storage::ContractSummary& r : page->rows) {
            rows.append(QJsonObject{
                {"reference", text(r.reference)},
                {"groupName", text(r.groupName)},
                {"account", text(r.account)},
                {"hotel", text(r.hotel)},
                {"salesManager", text(r.salesManager)},
                {"status", text(std::string(toString(r.status)))},
                {"arrival", text(r.arrival.toIso())},
                {"departure", text(r.departure.toIso())},
                {"roomNights", static_cast<qint64>(r.roomNights)},
                {"currency", r.currency.isValid() ? text(std::string(r.currency.code())) : QString()},
                {"version", static_cast<qint64>(r.version)},
                {"updatedBy", text(r.updatedBy)}});
        }
        printJson(QJsonObject{{"database", text(repository->location())},
                              {"total", static_cast<qint64>(page->total)},
                              {"offset", static_cast<qint64>(query.offset)},
                              {"contracts", rows}});
        return kOk;
    }
    // The columns are as wide as their English heading or its translation, whichever is wider.
    const QString headings[] = {Cli::tr("Reference"),   Cli::tr("Arrival"), Cli::tr("Status"),
                                Cli::tr("Room nights"), Cli::tr("Group"),   Cli::tr("Account")};
    const auto width = [&](int column, int least) {
        return static_cast<int>(std::max<qsizetype>(least, headings[column].size()));
    };
    const int reference = width(0, 18);
    const int arrival = width(1, 10);
    int status = width(2, 10);
    for (const ContractStatus s :
         {ContractStatus::Prospect, ContractStatus::Tentative, ContractStatus::Definite,
          ContractStatus::Cancelled, ContractStatus::Actualized, ContractStatus::Lost}) {
        status = std::max(status, static_cast<int>(io::statusText(s).size()));
    }
    const int nights = width(3, 11);
    const int group = width(4, 28);
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                 .arg(headings[0], -reference)
                 .arg(headings[1], -arrival)
                 .arg(headings[2], -status)
                 .arg(headings[3], nights)
                 .arg(headings[4], -group)
                 .arg(headings[5]);
    for (const storage::ContractSummary& r : page->rows) {
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(text(r.reference), -reference)
                     .arg(text(r.arrival.toIso()), -arrival)
                     .arg(io::statusText(r.status), -status)
                     .arg(r.roomNights, nights)
                     .arg(elided(r.groupName, 28), -group)
                     .arg(text(r.account));
    }
    const std::int64_t shownTo = query.offset + static_cast<std::int64_t>(page->rows.size());
    out() << Cli::tr("%1 of %2 contracts (%3 to %4) in %5\n")
                 .arg(page->rows.size())
                 .arg(page->total)
                 .arg(page->rows.empty() ? 0 : query.offset + 1)
                 .arg(shownTo)
                 .arg(text(repository->location()));
    return kOk;
}

/// The contracts of a file as they are read, for an import that stores them meanwhile: each is checked as
/// the engine checks it and for a reference given twice; the first problem gives the import up (the messages
/// are then written as without the stream, once the file is read).
class CheckedFeed final : public storage::SqlContractRepository::ImportFeed {
public:
    explicit CheckedFeed(io::ContractStream& stream)
        : stream_(stream) {}

    const Contract* next(const std::vector<PickupSnapshot>** history) override {
        if (problem_) {
            return nullptr;
        }
        const io::ContractStream::Item item = stream_.next();
        if (item.contract == nullptr) {
            return nullptr;
        }
        if (!validate(*item.contract).empty() || !references_.insert(item.contract->reference).second) {
            problem_ = true;
            stream_.release();
            return nullptr;
        }
        *history = item.history;
        return item.contract;
    }
    bool stopped() const override { return problem_ || !stream_.complete(); }
    std::int64_t count() const override { return static_cast<std::int64_t>(stream_.count()); }

private:
    io::ContractStream& stream_;
    std::set<std::string_view> references_;
    bool problem_ = false;
};

/// An import of one file into a new SQLite file that stores the contracts while the file is still being
/// read (a large collection is handed over contract by contract, see io::ContractStream).
struct ImportWhileReading {
    io::ReadResult read; ///< the file, read as without the stream
    bool done = false;   ///< the import ended here (stored, or a storage error); else import as usual
    storage::Result<std::vector<storage::ImportReceipt>> receipts = StorageError{};
    QString location;
};

/// The new SQLite file an import may store into while reading: one file of 1 MiB or more (smaller ones are
/// read whole, in one go), into a database file that does not exist yet (so that nothing is to be undone in
/// it, and it can be removed again when the file turns out to be bad).
std::optional<storage::ConnectionSettings> newSqliteFileFor(const Arguments& a) {
    if (a.positional.size() != 1 || !a.given("database") ||
        a.positional.front().endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive) ||
        QFileInfo(a.positional.front()).size() < 1024 * 1024) {
        return std::nullopt;
    }
    storage::Result<storage::ConnectionSettings> settings =
        storage::connectionFromLocation(a.value("database").toStdString());
    if (!settings || settings->engine != storage::Engine::SQLite || settings->file.empty() ||
        QFileInfo::exists(text(settings->file))) {
        return std::nullopt;
    }
    return *settings;
}

/// Reads `file` and, on another thread, stores its contracts as they are read into the new SQLite file of
/// `settings`, in one transaction. When the file has a problem (or is not read contract by contract, or the
/// database cannot be opened), nothing is stored, the new file (and any folder made for it) is removed and
/// `done` is false: the caller then goes on as without this, with the file as read.
ImportWhileReading importWhileReading(const QString& file, const storage::ConnectionSettings& settings,
                                      storage::ExistingContracts existing, const std::string& user) {
    ImportWhileReading out;
    const QString databaseFile = text(settings.file);
    const QStringList created{databaseFile, databaseFile + QStringLiteral("-wal"),
                              databaseFile + QStringLiteral("-shm"),
                              databaseFile + QStringLiteral("-journal")};
    QStringList folders; // the folders the database is to be created in that do not exist, deepest first
    for (QFileInfo folder(QFileInfo(databaseFile).absolutePath()); !folder.exists();
         folder = QFileInfo(folder.absolutePath())) {
        folders << folder.absoluteFilePath();
        if (folder.isRoot()) {
            break;
        }
    }
    QStringList existed;
    for (const QString& f : created) {
        if (QFileInfo::exists(f)) {
            existed << f;
        }
    }
    io::ContractStream stream;
    bool opened = false;
    bool givenUp = true;
    std::thread storing([&] {
        // The connection is made, used and closed on this thread.
        storage::OpenOptions options;
        options.createIfMissing = true;
        storage::Result<std::unique_ptr<storage::SqlContractRepository>> repository =
            storage::SqlContractRepository::open(settings, options);
        if (!repository) {
            stream.release();
            return;
        }
        opened = true;
        CheckedFeed feed(stream);
        out.receipts = (*repository)->importContractsAsRead(feed, existing, user);
        stream.release();
        givenUp = feed.stopped();
        out.location = text((*repository)->location());
    });
    try {
        out.read = io::readContractFile(file, &stream);
    } catch (...) {
        // Out of memory, say: the storing side is told there is no more, and ends, before this goes on.
        stream.close();
        storing.join();
        throw;
    }
    stream.close();
    storing.join();
    if (opened && givenUp) {
        for (const QString& f : created) {
            if (!existed.contains(f)) {
                QFile::remove(f);
            }
        }
        for (const QString& folder : std::as_const(folders)) {
            QDir().rmdir(folder);
        }
    }
    out.done = opened && !givenUp;
    return out;
}

int importCommand(const QStringList& words) {
    const Arguments a = parseWith(words, {}, {"replace"});
    if (a.help) {
        return help(QStringLiteral("import"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.positional.isEmpty()) {
        return usage(Cli::tr("import takes one or more contract files (JSON)"));
    }
    const auto existing =
        a.has("replace") ? storage::ExistingContracts::Replace : storage::ExistingContracts::Refuse;
    const auto reported = [&](const std::vector<Contract>& contracts,
                              const storage::Result<std::vector<storage::ImportReceipt>>& receipts,
                              const QString& location) {
        if (!receipts) {
            err() << location << ": " << text(receipts.error().message) << "\n";
            if (receipts.error().kind == storage::ErrorKind::AlreadyExists) {
                err() << "attrition-cli: "
                      << Cli::tr("import --replace stores the file's version as the contract's next version")
                      << '\n';
            }
            return kInvalid;
        }
        int counts[3] = {0, 0, 0};
        std::int64_t reports = 0;
        for (std::size_t i = 0; i < receipts->size(); ++i) {
            const storage::ImportReceipt& r = (*receipts)[i];
            ++counts[static_cast<int>(r.outcome)];
            reports += r.reportsRecorded;
            if (r.outcome != storage::ImportOutcome::Unchanged) {
                out() << (r.outcome == storage::ImportOutcome::Added ? Cli::tr("added    %1 (version %2)")
                                                                     : Cli::tr("replaced %1 (version %2)"))
                             .arg(text(contracts[i].reference))
                             .arg(r.version)
                      << '\n';
            }
        }
        out() << Cli::tr("%1 contracts imported into %2: %3 added, %4 replaced, %5 unchanged\n")
                     .arg(receipts->size())
                     .arg(location)
                     .arg(counts[0])
                     .arg(counts[1])
                     .arg(counts[2]);
        if (reports > 0) {
            out() << Cli::tr("%n pickup reports of their histories recorded\n", nullptr,
                             static_cast<int>(std::min<std::int64_t>(reports, INT_MAX)));
        }
        return kOk;
    };
    // A large file into a new SQLite file: stored while it is still being read, all or nothing as below.
    std::optional<io::ReadResult> readAlready;
    if (const std::optional<storage::ConnectionSettings> target = newSqliteFileFor(a)) {
        ImportWhileReading done = importWhileReading(a.positional.front(), *target, existing, userOf(a));
        if (done.done) {
            return reported(done.read.contracts, done.receipts, done.location);
        }
        readAlready = std::move(done.read);
    }
    // Read and check every file before anything is written.
    std::vector<Contract> contracts;
    std::vector<std::vector<PickupSnapshot>> histories;
    std::map<std::string, QString> seenIn; // reference -> where it was first read
    bool bad = false;
    for (const QString& file : a.positional) {
        if (file.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
            err() << Cli::tr("%1: is a CSV file; a pickup report is imported with import-pickup FILE.csv "
                             "--db REF")
                         .arg(file)
                  << '\n';
            bad = true;
            continue;
        }
        io::ReadResult r = readAlready ? std::move(*readAlready) : io::readContractFile(file);
        readAlready.reset();
        for (const io::ReadError& e : r.errors) {
            err() << file << ": " << e.toString() << "\n";
        }
        bad = bad || !r.ok();
        for (std::size_t i = 0; i < r.contracts.size(); ++i) {
            const QString where = file + QStringLiteral(": ") + r.paths[i];
            for (const io::ReadError& e : validationProblems(r.contracts[i], r.paths[i])) {
                err() << file << ": " << e.toString() << "\n";
                bad = true;
            }
            const auto [first, inserted] = seenIn.emplace(r.contracts[i].reference, where);
            if (!inserted) {
                err() << Cli::tr("%1: the reference \"%2\" is also given in %3")
                             .arg(where, text(r.contracts[i].reference), first->second)
                      << '\n';
                bad = true;
            }
            contracts.push_back(std::move(r.contracts[i]));
            histories.push_back(std::move(r.histories[i]));
        }
    }
    if (bad) {
        err() << "attrition-cli: " << Cli::tr("nothing was imported") << '\n';
        return kInvalid;
    }
    auto repository = openDatabase(a, Missing::Create);
    if (!repository) {
        return kInvalid;
    }
    storage::Result<std::vector<storage::ImportReceipt>> receipts =
        repository->importContracts(contracts, histories, existing, userOf(a));
    return reported(contracts, receipts, text(repository->location()));
}

int importPickupCommand(const QStringList& words) {
    const Arguments a = parseWith(words, {"db", "report-date"}, {});
    if (a.help) {
        return help(QStringLiteral("import-pickup"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (a.positional.size() != 1 || !a.given("db")) {
        return usage(Cli::tr("import-pickup takes one pickup report (CSV) and --db REFERENCE"));
    }
    Date reportDate =
        Date::fromYmd(QDate::currentDate().year(), QDate::currentDate().month(), QDate::currentDate().day())
            .value();
    if (a.given("report-date")) {
        const std::optional<Date> d = Date::parseIso(a.value("report-date").toStdString());
        if (!d) {
            return usage(Cli::tr("--report-date: expected a date written YYYY-MM-DD, found \"%1\"")
                             .arg(a.value("report-date")));
        }
        reportDate = *d;
    }
    const QString file = a.positional.front();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("%1: cannot be read: %2").arg(file, in.errorString()) << '\n';
        return kInvalid;
    }
    const QByteArray bytes = in.readAll();
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
    const io::PickupReportResult report = io::readPickupReportCsv(bytes, stored->contract);
    if (!report.ok()) {
        for (const io::CsvError& e : report.errors) {
            err() << file << ": " << e.toString() << "\n";
        }
        err() << "attrition-cli: " << Cli::tr("nothing was imported") << '\n';
        return kInvalid;
    }
    for (const QString& warning : report.report.warnings) {
        err() << Cli::tr("%1: warning: %2").arg(file, warning) << '\n';
    }
    const storage::PickupSnapshot snapshot{reportDate, report.report.entries()};
    storage::Result<storage::SaveReceipt> receipt =
        repository->importPickupReport(stored->id, stored->version, snapshot, userOf(a));
    if (!receipt) {
        err() << text(repository->location()) << ": " << text(receipt.error().message) << "\n";
        return kInvalid;
    }
    const std::size_t rows = snapshot.entries.size();
    const QString done =
        receipt->changed
            ? (rows == 1 ? Cli::tr("%1: the pickup report of %2 (1 row) was imported into contract \"%3\", "
                                   "version %4")
                         : Cli::tr("%1: the pickup report of %2 (%5 rows) was imported into contract \"%3\", "
                                   "version %4"))
            : (rows == 1 ? Cli::tr("%1: the pickup report of %2 (1 row) was already in contract \"%3\", "
                                   "version %4")
                         : Cli::tr("%1: the pickup report of %2 (%5 rows) was already in contract \"%3\", "
                                   "version %4"));
    QString line = done.arg(file, text(reportDate.toIso()), a.value("db"), QString::number(receipt->version));
    if (rows != 1) {
        line = line.arg(rows);
    }
    out() << line << '\n';
    return kOk;
}

int exportCommand(const QStringList& words) {
    const Arguments a = parseWith(words, kFilterOptions + QStringList{"out"}, {"csv"});
    if (a.help) {
        return help(QStringLiteral("export"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty()) {
        return usage(Cli::tr("export takes no file; write to one with --out FILE"));
    }
    QString problem;
    const storage::ContractFilter filter = filterOf(a, problem);
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    std::vector<Contract> contracts;
    std::vector<storage::ContractId> ids;
    if (!visitStored(*repository, filter, [&](const storage::StoredContract& c) {
            contracts.push_back(c.contract);
            ids.push_back(c.id);
        })) {
        return kInvalid;
    }
    QByteArray bytes;
    if (a.has("csv")) {
        std::vector<std::optional<Assessment>> assessments(contracts.size());
        std::vector<io::ContractCsvRow> rows;
        rows.reserve(contracts.size());
        for (std::size_t i = 0; i < contracts.size(); ++i) {
            // Each contract with the rebooking credits other contracts' settlements grant it.
            std::optional<std::vector<RebookingCredit>> credits = storedCredits(*repository, contracts[i]);
            if (!credits) {
                return kInvalid;
            }
            try {
                assessments[i] = assess(contracts[i], {}, *credits);
            } catch (const std::exception&) {
                // A contract the engine cannot assess (a draft) is exported with its figures left empty.
            }
            rows.push_back(io::ContractCsvRow{&contracts[i], assessments[i] ? &*assessments[i] : nullptr});
        }
        bytes = io::contractsCsv(rows);
    } else {
        auto stored = repository->allPickupSnapshots();
        if (!stored) {
            err() << "attrition-cli: " << text(stored.error().message) << "\n";
            return kInvalid;
        }
        std::vector<std::vector<PickupSnapshot>> histories(contracts.size());
        for (std::size_t i = 0; i < ids.size(); ++i) {
            if (auto found = stored->find(ids[i].value); found != stored->end()) {
                histories[i] = std::move(found->second);
            }
        }
        bytes = io::writeContracts(contracts, histories);
    }
    if (!writeOutput(a, bytes)) {
        return kInvalid;
    }
    if (a.given("out")) {
        out() << Cli::tr("%1 contracts exported from %2 to %3\n")
                     .arg(contracts.size())
                     .arg(text(repository->location()), a.value("out"));
    }
    return kOk;
}

// --- outlook import / export -------------------------------------------------------------------------------

namespace {

/// The first and last night any outlook can hold.
constexpr Date kFirstNight = Date::fromDayNumber(-719'162); // 0001-01-01
constexpr Date kLastNight = Date::fromDayNumber(2'932'896); // 9999-12-31

/// The currency of an outlook to import for `hotel`: --currency, else that of the hotel's stored outlook,
/// else that of its stored contracts when they share one. Nothing, after saying why, when none is known;
/// `failure` is then the exit code.
std::optional<Currency> outlookCurrency(const Arguments& a, ContractRepository& repository,
                                        const std::string& hotel, int& failure) {
    failure = kUsage;
    if (a.given("currency")) {
        const std::optional<Currency> c =
            Currency::fromCode(a.value("currency").trimmed().toUpper().toStdString());
        if (!c) {
            usage(Cli::tr("--currency: expected an ISO 4217 currency code such as EUR or USD, found \"%1\"")
                      .arg(a.value("currency")));
            return std::nullopt;
        }
        return c;
    }
    failure = kInvalid;
    storage::Result<std::vector<HotelNight>> stored = repository.hotelOutlook(hotel, kFirstNight, kLastNight);
    if (!stored) {
        err() << text(repository.location()) << ": " << text(stored.error().message) << "\n";
        return std::nullopt;
    }
    if (!stored->empty()) {
        return stored->front().transientNetAdr.currency();
    }
    storage::ContractQuery q;
    q.filter.hotel = hotel;
    q.limit = 0;
    q.countTotal = false;
    storage::Result<storage::ContractPage> page = repository.listContracts(q);
    if (!page) {
        err() << text(repository.location()) << ": " << text(page.error().message) << "\n";
        return std::nullopt;
    }
    std::set<std::string> codes;
    for (const storage::ContractSummary& s : page->rows) {
        if (s.currency.isValid()) {
            codes.insert(std::string(s.currency.code()));
        }
    }
    if (codes.size() == 1) {
        return Currency::fromCode(*codes.begin());
    }
    failure = kUsage;
    usage(codes.empty()
              ? Cli::tr("outlook import: \"%1\" has no stored contract or outlook to take the "
                        "currency from; give it with --currency CODE")
                    .arg(text(hotel))
              : Cli::tr("outlook import: the contracts of \"%1\" are in several currencies; give the "
                        "outlook's with --currency CODE")
                    .arg(text(hotel)));
    return std::nullopt;
}

int outlookImport(const Arguments& a) {
    if (a.positional.size() != 2) {
        return usage(Cli::tr("outlook import takes one outlook file (CSV) and --hotel NAME"));
    }
    if (a.given("from") || a.given("to") || a.given("out")) {
        return usage(Cli::tr("--from, --to and --out apply to outlook export only"));
    }
    const std::string hotel = a.value("hotel").toStdString();
    const QString file = a.positional[1];
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("%1: cannot be read: %2").arg(file, in.errorString()) << '\n';
        return kInvalid;
    }
    const QByteArray bytes = in.readAll();
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    int failure = kInvalid;
    const std::optional<Currency> currency = outlookCurrency(a, *repository, hotel, failure);
    if (!currency) {
        return failure;
    }
    const io::HotelOutlookResult outlook = io::readHotelOutlook(bytes, *currency);
    if (!outlook.ok()) {
        for (const io::CsvError& e : outlook.errors) {
            err() << file << ": " << e.toString() << '\n';
        }
        err() << "attrition-cli: " << Cli::tr("nothing was imported") << '\n';
        return kInvalid;
    }
    if (outlook.nights.empty()) {
        err() << Cli::tr("%1: holds no nights: nothing was imported").arg(file) << '\n';
        return kInvalid;
    }
    if (storage::Result<void> saved = repository->saveHotelOutlook(hotel, outlook.nights, userOf(a));
        !saved) {
        err() << text(repository->location()) << ": " << text(saved.error().message) << "\n";
        return kInvalid;
    }
    const auto [first, last] =
        std::minmax_element(outlook.nights.begin(), outlook.nights.end(),
                            [](const HotelNight& x, const HotelNight& y) { return x.night < y.night; });
    const QString firstNight = text(first->night.toIso());
    const QString lastNight = text(last->night.toIso());
    const qsizetype count = static_cast<qsizetype>(outlook.nights.size());
    out() << (count == 1 ? Cli::tr("%1: the outlook of \"%2\" for the night of %3 was saved in %4")
                               .arg(file, text(hotel), firstNight, text(repository->location()))
                         : Cli::tr("%1: the outlook of \"%2\" for %3 nights from %4 to %5 was saved in %6")
                               .arg(file, text(hotel))
                               .arg(count)
                               .arg(firstNight, lastNight, text(repository->location())))
          << '\n';
    return kOk;
}

int outlookExport(const Arguments& a) {
    if (a.positional.size() != 1) {
        return usage(Cli::tr("outlook export takes no file; write to one with --out FILE"));
    }
    if (a.given("currency")) {
        return usage(Cli::tr("--currency applies to outlook import only"));
    }
    Date from = kFirstNight;
    Date to = kLastNight;
    for (const char* name : {"from", "to"}) {
        if (!a.given(name)) {
            continue;
        }
        const std::optional<Date> d = Date::parseIso(a.value(name).toStdString());
        if (!d) {
            return usage(Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                             .arg(QLatin1String(name), a.value(name)));
        }
        (std::string_view(name) == "from" ? from : to) = *d;
    }
    if (to < from) {
        return usage(Cli::tr("--to %1 is before --from %2").arg(a.value("to"), a.value("from")));
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    const std::string hotel = a.value("hotel").toStdString();
    storage::Result<std::vector<HotelNight>> nights = repository->hotelOutlook(hotel, from, to);
    if (!nights) {
        err() << text(repository->location()) << ": " << text(nights.error().message) << "\n";
        return kInvalid;
    }
    if (nights->empty()) {
        // A hotel without any outlook is most likely misspelt: name the ones that have one.
        storage::Result<std::vector<std::string>> hotels = repository->outlookHotels();
        if (!hotels) {
            err() << text(repository->location()) << ": " << text(hotels.error().message) << "\n";
            return kInvalid;
        }
        if (std::find(hotels->begin(), hotels->end(), hotel) == hotels->end()) {
            QStringList names;
            for (const std::string& h : *hotels) {
                names << QLatin1Char('"') + text(h) + QLatin1Char('"');
            }
            err() << (names.isEmpty()
                          ? Cli::tr("%1: no hotel has an outlook; import one with attrition-cli outlook "
                                    "import OUTLOOK.csv --hotel NAME")
                                .arg(text(repository->location()))
                          : Cli::tr("%1: \"%2\" has no outlook; the hotels with one: %3")
                                .arg(text(repository->location()), text(hotel),
                                     names.join(QStringLiteral(", "))))
                  << '\n';
            return kInvalid;
        }
    }
    if (!writeOutput(a, io::writeHotelOutlook(*nights))) {
        return kInvalid;
    }
    if (a.given("out")) {
        out() << Cli::tr("the outlook of \"%1\", %2 nights, exported from %3 to %4")
                     .arg(text(hotel))
                     .arg(static_cast<qsizetype>(nights->size()))
                     .arg(text(repository->location()), a.value("out"))
              << '\n';
    }
    return kOk;
}

} // namespace

int outlookCommand(const QStringList& words) {
    const Arguments a = parseWith(words, {"hotel", "currency", "from", "to", "out"}, {});
    if (a.help) {
        return help(QStringLiteral("outlook"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    const QString kind = a.positional.isEmpty() ? QString() : a.positional.front();
    if (kind != QLatin1String("import") && kind != QLatin1String("export")) {
        return usage(kind.isEmpty() ? Cli::tr("outlook needs what to do: import or export")
                                    : Cli::tr("outlook: unknown action \"%1\" (import or export)").arg(kind));
    }
    if (!a.given("hotel") || a.value("hotel").isEmpty()) {
        return usage(
            Cli::tr("outlook %1 needs the hotel: --hotel NAME, written as in its contracts").arg(kind));
    }
    return kind == QLatin1String("import") ? outlookImport(a) : outlookExport(a);
}

Arguments parseDatabaseArguments(const QStringList& words, const QStringList& valued,
                                 const QStringList& flags, bool withFilters) {
    return parseWith(words, withFilters ? valued + kFilterOptions : valued, flags);
}

bool visitStored(storage::ContractRepository& repository, const storage::ContractFilter& filter,
                 const std::function<void(const storage::StoredContract&)>& visit) {
    if (storage::Result<void> visited = storage::forEachStored(repository, filter, visit); !visited) {
        err() << "attrition-cli: " << text(visited.error().message) << "\n";
        return false;
    }
    return true;
}

} // namespace attrition::cli
