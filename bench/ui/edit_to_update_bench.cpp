// From an edit in the contract editor to the updated damages panel and charts: the engine's validation,
// assessment and sweeps, every model and chart series that follows the contract, and the window painted.
// The budget is one frame, 16 ms. Runs offscreen unless QT_QPA_PLATFORM says otherwise:
//
//     ui_edit_to_update_bench [--benchmark_filter=...]

#include "editor/contracteditor.h"
#include "models/contracttablemodel.h"
#include "session/contractdocument.h"
#include "views/chartspanel.h"
#include "views/damagespanel.h"
#include "widgets/linefield.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTest>
#include <benchmark/benchmark.h>
#include <string>

using namespace attrition;
using namespace attrition::ui;

namespace {

Money usd(std::int64_t minor) {
    return Money(minor, *Currency::fromCode("USD"));
}

/// A group of `nights` nights and `types` room types, with pickup, credits, resale, reviews, F&B, meeting
/// room scale, cancellation tiers and deposits: every clause the damages panel explains.
Contract bigContract(int nights, int types) {
    Contract c;
    c.reference = "BENCH-1";
    c.groupName = "Benchmark Association Congress";
    c.currency = *Currency::fromCode("USD");
    c.signedOn = *Date::parseIso("2025-09-01");
    c.arrival = *Date::parseIso("2027-05-09");
    c.departure = c.arrival.addDays(nights);
    for (int t = 0; t < types; ++t) {
        const std::string type = "TYPE" + std::to_string(t);
        for (int n = 0; n < nights; ++n) {
            const bool shoulder = n == 0 || n == nights - 1;
            c.block.push_back(
                BlockEntry{c.arrival.addDays(n), type, shoulder ? 40 : 180, usd(18900 + 1000 * t)});
            c.pickup.push_back(PickupEntry{c.arrival.addDays(n), type, shoulder ? 21 : 171});
        }
    }
    c.auditCredits.push_back(AuditCredit{c.arrival.addDays(1), 6, 2, 1});
    c.resale.push_back(ResaleEntry{c.arrival, 6, usd(16500)});
    c.attrition.method = AttritionMethod::NightByNight;
    c.attrition.damagesFactor = Percent::fromPoints(80);
    c.attrition.resaleCredit = ResaleCreditMethod::ByRevenue;
    c.reviewSchedule.push_back(ReviewStep{*Date::parseIso("2027-02-01"), Percent::fromPoints(20)});
    c.foodBeverage.minimum = usd(4'000'000);
    c.foodBeverage.actualSpend = usd(3'050'000);
    c.foodBeverage.allowance = Percent::fromPoints(10);
    c.foodBeverage.damagesFactor = Percent::fromPoints(35);
    c.foodBeverage.serviceChargeRate = Percent::fromPoints(22);
    c.foodBeverage.serviceChargeOnDamages = true;
    c.meetingRoom.rental = usd(500'000);
    c.meetingRoom.scale = {{Percent::fromPoints(90), Percent::zero()},
                           {Percent::fromPoints(80), Percent::fromPoints(50)},
                           {Percent::zero(), Percent::hundred()}};
    c.comps.perRoomNights = 50;
    const auto tier = [](std::int32_t from, std::optional<std::int32_t> to, std::int64_t points) {
        CancellationTier t;
        t.minDays = from;
        t.maxDays = to;
        t.percent = Percent::fromPoints(points);
        return t;
    };
    c.cancellation.tiers = {tier(181, std::nullopt, 10), tier(91, 180, 50), tier(31, 90, 75),
                            tier(0, 30, 100)};
    c.deposits.push_back(Deposit{*Date::parseIso("2026-05-01"), usd(250'000), "Deposit"});
    return c;
}

/// The editor beside the damages panel and the charts, shown, as in the main window.
struct Screen {
    explicit Screen(const Contract& contract) {
        document->load(contract, {});
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(editor);
        layout->addWidget(damages);
        layout->addWidget(charts);
        window.resize(1920, 1080);
        window.show();
        QApplication::processEvents();
    }
    QWidget window;
    ContractDocument* document = new ContractDocument(&window);
    ContractEditor* editor = new ContractEditor(document);
    DamagesPanel* damages = new DamagesPanel(document);
    ChartsPanel* charts = new ChartsPanel(document, editor->nightModel());
};

/// A rate typed into the block grid: setData reads it, the document recalculates, the models and series
/// follow; then the window is painted.
void editRateInGrid(benchmark::State& state) {
    Screen screen(bigContract(static_cast<int>(state.range(0)), static_cast<int>(state.range(1))));
    screen.editor->showSection(ContractEditor::BlockSection);
    ContractTableModel* model = screen.editor->blockModel();
    const QModelIndex rate = model->index(0, 1);
    int i = 0;
    for (auto _ : state) {
        model->setData(rate, QString::number(150 + (i++ % 50)) + QStringLiteral(".25"));
        screen.window.repaint();
    }
    state.counters["recalculation_ms"] = static_cast<double>(screen.document->results().nanoseconds) / 1e6;
}

/// The F&B actual spend typed key by key into its input (each key an edit), then the window painted.
void typeAmountInField(benchmark::State& state) {
    Screen screen(bigContract(static_cast<int>(state.range(0)), static_cast<int>(state.range(1))));
    screen.editor->showSection(ContractEditor::FoodBeverageSection);
    auto* field = static_cast<LineField*>(screen.editor->field(QStringLiteral("foodBeverage.actualSpend")));
    QLineEdit* edit = field->lineEdit();
    int i = 0;
    for (auto _ : state) {
        // One keystroke: a digit that changes the amount.
        QTest::keyClick(edit, static_cast<char>('0' + (i++ % 9) + 1));
        screen.window.repaint();
        if (edit->text().size() > 8) {
            state.PauseTiming();
            edit->setText(QStringLiteral("30500"));
            state.ResumeTiming();
        }
    }
}

} // namespace

BENCHMARK(editRateInGrid)->Args({4, 2})->Args({14, 4})->Args({31, 6})->Unit(benchmark::kMillisecond);
BENCHMARK(typeAmountInField)->Args({4, 2})->Args({14, 4})->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
