// The sales desk over the 100,000 contracts of the sample database (populateSampleData, seed 2027, with
// pickup reports): the window opened with the desk painted, the groups at risk and the pipeline read and
// computed (on the desk's own thread, as the window does), and the models, the table and the chart filled
// and painted. Targets: the desk painted within 300 ms of the window opening; the groups at risk over
// 5,000 upcoming within 1 s; the pipeline's table and chart within 300 ms. Results: docs/PERFORMANCE.md.
//
// The database is built once and kept for later runs: in $ATTRITION_DESK_BENCH_DB, or
// attrition-desk-bench-100000.sqlite in the temporary folder (the first run takes a few minutes).
//
//     ui_desk_bench [--benchmark_filter=...] [--benchmark_repetitions=5]

#include "attrition/storage/past_groups.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "charts/pipelinechart.h"
#include "models/accountsmodel.h"
#include "models/atriskmodel.h"
#include "models/pipelinedamagesmodel.h"
#include "models/pipelinemodel.h"
#include "session/accounts.h"
#include "session/desk.h"
#include "views/deskview.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>

using namespace attrition;
using namespace attrition::ui;
namespace st = attrition::storage;

namespace {

constexpr std::int64_t kContracts = 100'000;

QString databaseFile() {
    const QByteArray file = qgetenv("ATTRITION_DESK_BENCH_DB");
    return !file.isEmpty() ? QString::fromLocal8Bit(file)
                           : QDir(QDir::tempPath())
                                 .absoluteFilePath(QStringLiteral("attrition-desk-bench-100000.sqlite"));
}

st::ConnectionSettings connection() {
    static const st::ConnectionSettings settings = [] {
        st::ConnectionSettings s;
        s.file = databaseFile().toStdString();
        if (QFileInfo::exists(databaseFile())) {
            return s;
        }
        std::fprintf(stderr, "building %s (%lld contracts, once)\n", s.file.c_str(),
                     static_cast<long long>(kContracts));
        st::OpenOptions options;
        options.createIfMissing = true;
        auto repository = st::SqlContractRepository::open(s, options);
        if (!repository) {
            std::fprintf(stderr, "%s\n", repository.error().message.c_str());
            std::exit(1);
        }
        st::SampleDataOptions sample;
        sample.contracts = kContracts;
        sample.seed = 2027;
        sample.batchSize = 5000;
        sample.withScenarios = false;
        if (auto saved = st::populateSampleData(**repository, sample); !saved) {
            std::fprintf(stderr, "%s\n", saved.error().message.c_str());
            std::exit(1);
        }
        return s;
    }();
    return settings;
}

/// Another connection to the database, as the desk's loader opens one for the past groups.
OpenAnother anotherConnection() {
    return []() -> std::shared_ptr<st::ContractRepository> {
        auto opened = st::SqlContractRepository::open(connection());
        return opened ? std::shared_ptr<st::ContractRepository>(std::move(*opened)) : nullptr;
    };
}

/// The query of `days` days of arrivals from the sample's today.
DeskQuery queryOf(int days) {
    DeskQuery q;
    q.today = st::sampleToday();
    q.from = q.today;
    q.to = q.today.addDays(days);
    return q;
}

/// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

/// From the window made and shown to the desk's first page painted (filters, "Computing…", the empty
/// list), then on to the groups at risk and the pipeline painted once computed.
void BM_DeskFirstPaint(benchmark::State& state) {
    QSettings().clear();
    QSettings settings;
    st::writeConnectionSettings(settings, connection());
    settings.setValue(QStringLiteral("user/name"), QStringLiteral("Bench"));
    settings.setValue(QStringLiteral("user/nameAsked"), true);
    double untilRows = 0;
    double madeMs = 0;
    double openedMs = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        auto window = std::make_unique<MainWindow>();
        madeMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        PaintCounter counter;
        window->deskView()->atRiskView()->viewport()->installEventFilter(&counter);
        window->resize(1366, 728);
        if (!window->openInitialDatabase(MainWindow::ContractsOpening::AfterFirstPaint)) {
            state.SkipWithError("cannot open the database");
            return;
        }
        openedMs = static_cast<double>(clock.nsecsElapsed()) / 1e6 - madeMs;
        window->show();
        while (counter.paints == 0) {
            QApplication::processEvents();
        }
        state.SetIterationTime(static_cast<double>(clock.nsecsElapsed()) / 1e9);
        state.PauseTiming();
        window->deskView()->waitUntilReady();
        const int before = counter.paints;
        while (counter.paints == before) {
            QApplication::processEvents();
        }
        untilRows = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        window->deskView()->atRiskView()->viewport()->removeEventFilter(&counter);
        window.reset();
        state.ResumeTiming();
    }
    state.counters["rows_painted_ms"] = untilRows;
    state.counters["made_ms"] = madeMs;     // the window made
    state.counters["opened_ms"] = openedMs; // the database opened: the list, the first contract
    QSettings().clear();
}
BENCHMARK(BM_DeskFirstPaint)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);

/// Reading and computing what the desk shows for 180 days of arrivals (about 8,000 upcoming groups against
/// the past groups of their hotels), as the desk's thread does it the first time: its own connection
/// opened, the past groups of every hotel read and prepared over a second connection (`past_ms`: when they
/// were ready) while the contracts of the window and their pickup reports are read, the groups at risk and
/// the pipeline computed.
void BM_AtRiskOf180Days(benchmark::State& state) {
    std::size_t groups = 0;
    double pastMs = 0;
    double readMs = 0;
    double computeMs = 0;
    for (auto _ : state) {
        auto repository = st::SqlContractRepository::open(connection());
        if (!repository) {
            state.SkipWithError("cannot open the database");
            return;
        }
        const DeskData data = computeDesk(**repository, queryOf(180), nullptr, anotherConnection());
        groups = data.atRisk.rows.size();
        pastMs = data.pastMs;
        readMs = data.readMs;
        computeMs = data.computeMs;
        benchmark::DoNotOptimize(data);
    }
    state.counters["groups"] = static_cast<double>(groups);
    state.counters["past_ms"] = pastMs;
    state.counters["read_ms"] = readMs;
    state.counters["compute_ms"] = computeMs;
}
BENCHMARK(BM_AtRiskOf180Days)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(1);

/// The same once the desk keeps the past groups (any later query of the database: another period, hotel,
/// sales manager or account): the contracts of the window and their reports read, the rest computed.
void BM_AtRiskOf180DaysPastKept(benchmark::State& state) {
    auto repository = st::SqlContractRepository::open(connection());
    if (!repository) {
        state.SkipWithError("cannot open the database");
        return;
    }
    const std::shared_ptr<const st::PastHistories> past = computeDesk(**repository, queryOf(30)).past;
    std::size_t groups = 0;
    double readMs = 0;
    double computeMs = 0;
    for (auto _ : state) {
        const DeskData data = computeDesk(**repository, queryOf(180), past);
        groups = data.atRisk.rows.size();
        readMs = data.readMs;
        computeMs = data.computeMs;
        benchmark::DoNotOptimize(data);
    }
    state.counters["groups"] = static_cast<double>(groups);
    state.counters["read_ms"] = readMs;
    state.counters["compute_ms"] = computeMs;
}
BENCHMARK(BM_AtRiskOf180DaysPastKept)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();

std::shared_ptr<const DeskData> computed(int days) {
    auto repository = st::SqlContractRepository::open(connection());
    if (!repository) {
        std::fprintf(stderr, "%s\n", repository.error().message.c_str());
        std::exit(1);
    }
    return std::make_shared<DeskData>(computeDesk(**repository, queryOf(days)));
}

/// The groups at risk of 180 days put into the model, sorted by risk and painted.
void BM_AtRiskModelFill(benchmark::State& state) {
    const auto data = computed(180);
    AtRiskModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AtRiskModel::SortRole);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(AtRiskModel::RankColumn, Qt::AscendingOrder);
    view.resize(1300, 400);
    view.show();
    QApplication::processEvents();
    for (auto _ : state) {
        model.setDesk(nullptr);
        model.setDesk(data);
        view.viewport()->repaint();
    }
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_AtRiskModelFill)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The pipeline of a year of arrivals (every stage, month and currency of about 20,000 contracts) put into
/// its table model and its chart, both painted. The figures come computed with the groups at risk.
void BM_PipelineTableAndChartFill(benchmark::State& state) {
    const auto data = computed(365);
    PipelineModel model;
    PipelineDamagesModel damages;
    PipelineChart chart(&model, &damages);
    QTableView table;
    table.setModel(&model);
    chart.resize(700, 360);
    table.resize(600, 360);
    chart.show();
    table.show();
    QApplication::processEvents();
    for (auto _ : state) {
        model.setDesk(nullptr);
        damages.setDesk(nullptr);
        model.setDesk(data);
        damages.setDesk(data);
        damages.setCurrency(model.currency());
        chart.repaint();
        table.viewport()->repaint();
    }
    state.counters["months"] = model.monthCount();
    state.counters["contracts"] = static_cast<double>(data->pipeline.contracts);
}
BENCHMARK(BM_PipelineTableAndChartFill)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The pipeline itself over the contracts of a year of arrivals, read already.
void BM_PipelineOfAYear(benchmark::State& state) {
    auto repository = st::SqlContractRepository::open(connection());
    std::vector<Contract> contracts;
    st::ContractFilter filter;
    filter.arrivalFrom = queryOf(365).from;
    filter.arrivalTo = queryOf(365).to;
    (void)st::forEachStored(**repository, filter,
                            [&](const st::StoredContract& c) { contracts.push_back(c.contract); });
    for (auto _ : state) {
        Pipeline p = pipeline(contracts);
        benchmark::DoNotOptimize(p);
    }
    state.counters["contracts"] = static_cast<double>(contracts.size());
}
BENCHMARK(BM_PipelineOfAYear)->Unit(benchmark::kMillisecond)->UseRealTime();

/// The accounts page: every contract of the database read over a connection of its own and its accounts
/// computed (attrition/engine/accounts.h), as the accounts' thread does it. Run with
/// --benchmark_repetitions=5 for a median.
void BM_AccountsOfEveryContract(benchmark::State& state) {
    std::size_t accounts = 0;
    std::int64_t contracts = 0;
    double readMs = 0;
    double computeMs = 0;
    for (auto _ : state) {
        auto repository = st::SqlContractRepository::open(connection());
        if (!repository) {
            state.SkipWithError("cannot open the database");
            return;
        }
        AccountsQuery query;
        query.today = st::sampleToday();
        const AccountsData data = computeAccounts(**repository, query);
        accounts = data.list.accounts.size();
        contracts = data.list.contracts;
        readMs = data.readMs;
        computeMs = data.computeMs;
        benchmark::DoNotOptimize(data);
    }
    state.counters["accounts"] = static_cast<double>(accounts);
    state.counters["contracts"] = static_cast<double>(contracts);
    state.counters["read_ms"] = readMs;
    state.counters["compute_ms"] = computeMs;
}
BENCHMARK(BM_AccountsOfEveryContract)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(1);

/// The accounts of every contract put into the model, sorted by name and painted.
void BM_AccountsModelFill(benchmark::State& state) {
    auto repository = st::SqlContractRepository::open(connection());
    if (!repository) {
        state.SkipWithError("cannot open the database");
        return;
    }
    AccountsQuery query;
    query.today = st::sampleToday();
    const auto data = std::make_shared<AccountsData>(computeAccounts(**repository, query));
    AccountsModel model;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(AccountsModel::SortRole);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(AccountsModel::NameColumn, Qt::AscendingOrder);
    view.resize(1300, 400);
    view.show();
    QApplication::processEvents();
    for (auto _ : state) {
        model.setAccounts(nullptr);
        model.setAccounts(data);
        view.viewport()->repaint();
    }
    state.counters["rows"] = model.rowCount();
}
BENCHMARK(BM_AccountsModelFill)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    // Settings of their own, not the user's.
    QTemporaryDir home;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AttritionDeskBench"));
    QCoreApplication::setApplicationName(QStringLiteral("desk-bench"));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
