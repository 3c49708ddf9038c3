// Reading files: a property system's pickup report of 100,000 rows (500 nights x 200 room types).

#include "attrition/io/csv.h"

#include <QByteArray>
#include <benchmark/benchmark.h>
#include <string>

using namespace attrition;

namespace {

struct BigReport {
    Contract contract;
    QByteArray csv;
};

const BigReport& bigReport() {
    static const BigReport report = [] {
        BigReport r;
        Contract& c = r.contract;
        c.reference = "BIG";
        c.currency = Currency::fromCode("USD").value();
        c.arrival = Date::parseIso("2027-01-01").value();
        c.departure = c.arrival.addDays(500);
        r.csv = "Date,Room Type,Original,Current,Pickup,Available,Rate\n";
        for (int n = 0; n < 500; ++n) {
            const QByteArray night = QByteArray::fromStdString(c.arrival.addDays(n).toIso());
            for (int t = 0; t < 200; ++t) {
                const std::string type = "T" + std::to_string(t);
                c.block.push_back({c.arrival.addDays(n), type, 50, Money(12900, c.currency)});
                r.csv += night + ',' + QByteArray::fromStdString(type) + ",50,50,40,10,129.00\n";
            }
        }
        return r;
    }();
    return report;
}

void BM_ParseCsv100kRows(benchmark::State& state) {
    const BigReport& r = bigReport();
    for (auto _ : state) {
        benchmark::DoNotOptimize(io::parseCsv(r.csv));
    }
    state.SetItemsProcessed(state.iterations() * 100'000);
}
BENCHMARK(BM_ParseCsv100kRows)->Unit(benchmark::kMillisecond);

void BM_ReadPickupReport100kRows(benchmark::State& state) {
    const BigReport& r = bigReport();
    for (auto _ : state) {
        const io::PickupReportResult result = io::readPickupReportCsv(r.csv, r.contract);
        if (!result.ok()) {
            state.SkipWithError("the report did not read");
            return;
        }
        benchmark::DoNotOptimize(result.report.rows.size());
    }
    state.SetItemsProcessed(state.iterations() * 100'000);
}
BENCHMARK(BM_ReadPickupReport100kRows)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
