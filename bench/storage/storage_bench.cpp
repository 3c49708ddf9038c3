// Storage speed with 100,000 contracts in SQLite:
//   - opening the database and reading the first 100 rows of the contract list (target: 300 ms at most);
//   - loading and assessing every contract (target: 2 s at most);
//   - importing 10,000 contracts from a JSON file into a new database (target: 5 s at most).
//
// The database is built once from sample data and kept for later runs: in $ATTRITION_BENCH_DB, or
// attrition-bench-100000.sqlite in the temporary folder.

#include "attrition/engine/engine.h"
#include "attrition/io/contract_json.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

using namespace attrition;
using namespace attrition::storage;

namespace {

constexpr std::int64_t kContracts = 100'000;

ConnectionSettings benchSettings() {
    ConnectionSettings settings;
    const char* file = std::getenv("ATTRITION_BENCH_DB");
    settings.file =
        file != nullptr
            ? std::string(file)
            : QDir::temp().filePath(QStringLiteral("attrition-bench-100000.sqlite")).toStdString();
    return settings;
}

std::unique_ptr<SqlContractRepository> openBench(bool create = false, bool native = true) {
    OpenOptions options;
    options.createIfMissing = create;
    options.nativeBulkReads = native;
    Result<std::unique_ptr<SqlContractRepository>> repo =
        SqlContractRepository::open(benchSettings(), options);
    if (!repo) {
        throw std::runtime_error(repo.error().message);
    }
    return std::move(repo).value();
}

/// Builds the database unless it already holds the 100,000 contracts.
void ensureDatabase() {
    static const bool ready = [] {
        {
            const ConnectionSettings settings = benchSettings();
            if (QFileInfo::exists(QString::fromStdString(settings.file))) {
                auto repo = openBench();
                ContractQuery q;
                q.limit = 1;
                Result<ContractPage> page = repo->listContracts(q);
                if (page && page->total == kContracts) {
                    return true;
                }
                std::fprintf(stderr, "%s does not hold %lld contracts; remove it to rebuild it\n",
                             settings.file.c_str(), static_cast<long long>(kContracts));
                std::exit(1);
            }
        }
        std::fprintf(stderr, "Building %s with %lld sample contracts (once)...\n",
                     benchSettings().file.c_str(), static_cast<long long>(kContracts));
        auto repo = openBench(true);
        SampleDataOptions sample;
        sample.contracts = kContracts;
        sample.seed = 2027;
        sample.batchSize = 5000;
        sample.withSnapshots = false;
        sample.withScenarios = false;
        Result<std::int64_t> saved = populateSampleData(*repo, sample);
        if (!saved) {
            std::fprintf(stderr, "%s\n", saved.error().message.c_str());
            std::exit(1);
        }
        return true;
    }();
    (void)ready;
}

/// Opening the database and showing the first screen of the contract list, sorted by arrival.
void BM_OpenAndReadFirst100Rows(benchmark::State& state) {
    ensureDatabase();
    const auto sort = static_cast<ContractSortKey>(state.range(0));
    for (auto _ : state) {
        auto repo = openBench();
        ContractQuery q;
        q.sortBy = sort;
        q.limit = 100;
        Result<ContractPage> page = repo->listContracts(q);
        if (!page || page->rows.size() != 100 || page->total != kContracts) {
            state.SkipWithError("the list did not come back");
            return;
        }
        benchmark::DoNotOptimize(page->rows.data());
    }
}
BENCHMARK(BM_OpenAndReadFirst100Rows)
    ->Arg(static_cast<int>(ContractSortKey::Arrival))
    ->Arg(static_cast<int>(ContractSortKey::Account))
    ->Arg(static_cast<int>(ContractSortKey::Status))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

/// A page deep in the list, filtered by text (the list view scrolled and searched).
void BM_FilteredPageDeepInTheList(benchmark::State& state) {
    ensureDatabase();
    auto repo = openBench();
    for (auto _ : state) {
        ContractQuery q;
        q.filter.text = "cardiology";
        q.sortBy = ContractSortKey::GroupName;
        q.offset = 1000;
        q.limit = 100;
        Result<ContractPage> page = repo->listContracts(q);
        if (!page) {
            state.SkipWithError(page.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(page->rows.data());
    }
}
BENCHMARK(BM_FilteredPageDeepInTheList)
    ->Unit(benchmark::kMillisecond)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

/// Loading every contract with all its lists (argument 1: natively from SQLite; 0: through Qt Sql values).
void BM_LoadEveryContract(benchmark::State& state) {
    ensureDatabase();
    auto repo = openBench(false, state.range(0) == 1);
    for (auto _ : state) {
        std::int64_t entries = 0;
        Result<std::int64_t> visited = repo->forEachContract([&](const StoredContract& s) {
            entries += static_cast<std::int64_t>(s.contract.block.size());
            return true;
        });
        if (!visited || *visited != kContracts) {
            state.SkipWithError("not every contract was read");
            return;
        }
        benchmark::DoNotOptimize(entries);
    }
}
BENCHMARK(BM_LoadEveryContract)
    ->Arg(1)
    ->Arg(0)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

/// Opening the database, loading every contract and assessing it.
void BM_OpenLoadAndAssessEveryContract(benchmark::State& state) {
    ensureDatabase();
    for (auto _ : state) {
        auto repo = openBench();
        std::int64_t assessed = 0;
        std::int64_t owedMinor = 0;
        Result<std::int64_t> visited = repo->forEachContract([&](const StoredContract& s) {
            const Assessment a = assess(s.contract);
            owedMinor += a.netDue.minorUnits();
            ++assessed;
            return true;
        });
        if (!visited || assessed != kContracts) {
            state.SkipWithError("not every contract was assessed");
            return;
        }
        benchmark::DoNotOptimize(owedMinor);
    }
    state.counters["contracts"] = static_cast<double>(kContracts);
}
BENCHMARK(BM_OpenLoadAndAssessEveryContract)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

/// Saving a change to one contract (a version check, the lists rewritten, the audit trail written).
void BM_SaveAChange(benchmark::State& state) {
    ensureDatabase();
    auto repo = openBench();
    Result<StoredContract> stored = repo->loadByReference("GRP-0050000");
    if (!stored) {
        state.SkipWithError(stored.error().message.c_str());
        return;
    }
    std::int64_t version = stored->version;
    Contract contract = stored->contract;
    for (auto _ : state) {
        contract.notes = "benchmark " + std::to_string(version);
        Result<SaveReceipt> saved = repo->save(contract, version, "benchmark");
        if (!saved) {
            state.SkipWithError(saved.error().message.c_str());
            return;
        }
        version = saved->version;
    }
}
BENCHMARK(BM_SaveAChange)->Unit(benchmark::kMillisecond)->Repetitions(3)->ReportAggregatesOnly(true);

/// Importing a JSON collection file of 10,000 contracts into a new SQLite database: reading and checking
/// the file, then storing every contract in one transaction, as `attrition-cli import` does. `native`:
/// storing through SQLite's own interface (the default) or through Qt Sql.
void importTenThousandContracts(benchmark::State& state, bool native) {
    constexpr std::int64_t kImported = 10'000;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("contracts.json"));
    {
        std::vector<Contract> contracts;
        contracts.reserve(kImported);
        for (std::int64_t i = 0; i < kImported; ++i) {
            contracts.push_back(sampleContract(7, i));
        }
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(io::writeContracts(contracts)) < 0 ||
            !out.commit()) {
            state.SkipWithError("cannot write the JSON file");
            return;
        }
    }
    int run = 0;
    double readMs = 0;
    double storeMs = 0;
    for (auto _ : state) {
        ConnectionSettings settings;
        settings.file = dir.filePath(QStringLiteral("import-%1.sqlite").arg(run++)).toStdString();
        OpenOptions options;
        options.createIfMissing = true;
        options.nativeBulkWrites = native;
        auto repo = SqlContractRepository::open(settings, options);
        if (!repo) {
            state.SkipWithError(repo.error().message.c_str());
            return;
        }
        QElapsedTimer phase;
        phase.start();
        io::ReadResult read = io::readContractFile(file);
        if (!read.ok() || read.contracts.size() != static_cast<std::size_t>(kImported)) {
            state.SkipWithError("the JSON file did not read back");
            return;
        }
        for (std::size_t i = 0; i < read.contracts.size(); ++i) {
            if (!io::validationErrors(read.contracts[i], read.paths[i]).empty()) {
                state.SkipWithError("a sample contract is invalid");
                return;
            }
        }
        readMs += static_cast<double>(phase.restart());
        Result<std::vector<ImportReceipt>> imported =
            (*repo)->importContracts(read.contracts, ExistingContracts::Refuse, "benchmark");
        storeMs += static_cast<double>(phase.elapsed());
        if (!imported) {
            state.SkipWithError(imported.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(imported->size());
    }
    state.counters["contracts"] = static_cast<double>(kImported);
    // Where the time goes: reading and checking the file, and storing the contracts.
    state.counters["read_ms"] = benchmark::Counter(readMs, benchmark::Counter::kAvgIterations);
    state.counters["store_ms"] = benchmark::Counter(storeMs, benchmark::Counter::kAvgIterations);
}
void BM_ImportTenThousandContractsFromJson(benchmark::State& state) {
    importTenThousandContracts(state, true);
}
BENCHMARK(BM_ImportTenThousandContractsFromJson)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

/// The same, storing through Qt Sql (`nativeBulkWrites = false`, or a build without `libsqlite3-dev`).
void BM_ImportTenThousandContractsFromJsonThroughQtSql(benchmark::State& state) {
    importTenThousandContracts(state, false);
}
BENCHMARK(BM_ImportTenThousandContractsFromJsonThroughQtSql)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLocale::setDefault(QLocale::c());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    try {
        benchmark::RunSpecifiedBenchmarks();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    benchmark::Shutdown();
    return 0;
}
