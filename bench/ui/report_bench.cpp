// Reports to PDF: one contract's penalty report with its three charts, as the desktop application's File >
// Export Report as PDF and `attrition-cli report` write it, and a batch of 1,000 (one PDF each, as
// `attrition-cli report --all` writes them). Targets: 300 ms for one report, 60 s for the batch on one
// core. Runs offscreen unless QT_QPA_PLATFORM says otherwise:
//
//     ui_report_bench [--benchmark_filter=...]

#include "attrition/io/contract_json.h"
#include "attrition/storage/sample_data.h"
#include "reports/portfolioreport.h"
#include "reports/report.h"
#include "reports/reportoptions.h"
#include "text/messagetext.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace attrition;
using namespace attrition::ui;

namespace {

Contract sample(const char* name) {
    io::ReadResult r = io::readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/") + QLatin1String(name));
    if (!r.ok() || r.contracts.empty()) {
        std::abort();
    }
    return r.contracts.front();
}

QTemporaryDir& folder() {
    static QTemporaryDir dir;
    return dir;
}

/// The five-night, three-room-type sample with every attrition clause, F&B, meeting room scale,
/// cancellation tiers and deposits: six pages with three charts.
void BM_ContractReportToPdf(benchmark::State& state) {
    const Contract c = sample("full-night-by-night-resale-sold-out.json");
    const QString path = folder().filePath(QStringLiteral("one.pdf"));
    int pages = 0;
    for (auto _ : state) {
        const std::unique_ptr<Report> report = contractReport(c);
        report->writePdf(path, ReportPageSetup{});
        pages = report->pageCount();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_ContractReportToPdf)->Unit(benchmark::kMillisecond)->MinTime(3);

/// Building the document only (text, tables and charts), no layout or PDF.
void BM_ContractReportBuild(benchmark::State& state) {
    const Contract c = sample("full-night-by-night-resale-sold-out.json");
    for (auto _ : state) {
        benchmark::DoNotOptimize(contractReport(c));
    }
}
BENCHMARK(BM_ContractReportBuild)->Unit(benchmark::kMillisecond)->MinTime(2);

/// 1,000 generated contracts (as a database's first start makes them), one PDF each.
void BM_BatchOf1000ToPdf(benchmark::State& state) {
    std::vector<Contract> contracts;
    for (std::int64_t i = 0; i < 1000; ++i) {
        contracts.push_back(storage::sampleContract(2027, i));
    }
    std::int64_t pages = 0;
    for (auto _ : state) {
        pages = 0;
        for (const Contract& c : contracts) {
            const std::unique_ptr<Report> report = contractReport(c);
            report->writePdf(folder().filePath(QString::fromStdString(c.reference) + QStringLiteral(".pdf")),
                             ReportPageSetup{});
            pages += report->pageCount();
        }
    }
    state.counters["pages"] = static_cast<double>(pages);
}
BENCHMARK(BM_BatchOf1000ToPdf)->Unit(benchmark::kSecond)->Iterations(1);

/// A portfolio of 1,000 contracts, every one assessed, to PDF.
void BM_PortfolioOf1000ToPdf(benchmark::State& state) {
    std::vector<Contract> contracts;
    for (std::int64_t i = 0; i < 1000; ++i) {
        contracts.push_back(storage::sampleContract(2027, i));
    }
    int pages = 0;
    for (auto _ : state) {
        PortfolioReportBuilder builder(QStringLiteral("Every contract"));
        for (const Contract& c : contracts) {
            builder.add(c);
        }
        const std::unique_ptr<Report> report = builder.finish();
        report->writePdf(folder().filePath(QStringLiteral("portfolio.pdf")), ReportPageSetup{});
        pages = report->pageCount();
    }
    state.counters["pages"] = pages;
}
BENCHMARK(BM_PortfolioOf1000ToPdf)->Unit(benchmark::kMillisecond)->MinTime(2);

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installEnglishPlurals();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
