// The forward look in the window: the forecast of the contract shown, what the group will likely owe beside
// what it owes today, the pace chart carried on to arrival with its range, and the release to make at the
// next review date. Figures are checked against the engine run on the same past groups.

#include "../support/shared_database.h"
#include "attrition/engine/forecast.h"
#include "attrition/storage/past_groups.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "charts/pickuppacechart.h"
#include "models/pickuppacemodel.h"
#include "reports/report.h"
#include "reports/reportoptions.h"
#include "session/contractdocument.h"
#include "session/database.h"
#include "session/outlook.h"
#include "text/values.h"
#include "views/chartspanel.h"
#include "views/damagespanel.h"
#include "views/forecastpanel.h"
#include "views/mainwindow.h"
#include "widget_test_support.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLineSeries>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>
#include <cmath>

using namespace attrition;
using namespace attrition::ui;
using attrition::testsupport::copySharedDatabase;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

std::unique_ptr<st::SqlContractRepository> openFile(const QString& path, bool create = false) {
    st::ConnectionSettings s;
    s.file = path.toStdString();
    st::OpenOptions options;
    options.createIfMissing = create;
    auto opened = st::SqlContractRepository::open(s, options);
    if (!opened) {
        ADD_FAILURE() << opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

std::int64_t forecastRoomNights(const Contract& c) {
    std::int64_t rooms = 0;
    for (const PickupEntry& e : c.pickup) {
        rooms += e.rooms;
    }
    return rooms;
}

class ForecastViewTest : public ::testing::Test {
protected:
    /// One generated database (with pickup histories) for the suite.
    static void SetUpTestSuite() {
        dir_ = new QTemporaryDir;
        ASSERT_TRUE(copySharedDatabase(
            QStringLiteral("forecast"),
            [](const QString& built) {
                auto repository = openFile(built, true);
                if (repository == nullptr) {
                    return false;
                }
                st::SampleDataOptions options;
                options.contracts = 1500;
                options.withScenarios = false;
                const auto generated = st::populateSampleData(*repository, options);
                if (!generated) {
                    ADD_FAILURE() << generated.error().message;
                }
                return static_cast<bool>(generated);
            },
            path()));
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static QString path() { return QDir(dir_->path()).absoluteFilePath(QStringLiteral("forecast.sqlite")); }

    ForecastViewTest()
        : repository(openFile(path())) {}

    /// The stored contracts that pass `keep`, with their ids.
    std::vector<st::StoredContract> stored(const std::function<bool(const Contract&)>& keep) {
        std::vector<st::StoredContract> found;
        EXPECT_TRUE(st::forEachStored(*repository, {}, [&](const st::StoredContract& s) {
            if (keep(s.contract)) {
                found.push_back(s);
            }
        }));
        return found;
    }

    /// An upcoming group with pickup at a hotel with many past groups, and a review date ahead.
    st::StoredContract upcoming(bool withReviewAhead) {
        const Date today = st::sampleToday();
        std::vector<st::StoredContract> found = stored([&](const Contract& c) {
            const bool reviewAhead = std::any_of(c.reviewSchedule.begin(), c.reviewSchedule.end(),
                                                 [&](const ReviewStep& r) { return today < r.deadline; });
            return (c.status == ContractStatus::Definite || c.status == ContractStatus::Tentative) &&
                   today < c.arrival && c.arrival.daysSince(today) <= 120 && !c.pickup.empty() &&
                   !c.cancellationNotice && reviewAhead == withReviewAhead;
        });
        EXPECT_FALSE(found.empty());
        return found.empty() ? st::StoredContract{} : found.front();
    }

    /// The engine's figures on the contract's hotel's past groups, computed here from the stored data.
    struct Expected {
        forecast::Forecast forecast;
        forecast::DamagesRisk risk;
        forecast::Advice advice;
        std::size_t groups = 0;
    };
    Expected engineFigures(const Contract& contract, bool allGroups = false) {
        auto past = st::readPastGroups(*repository, {}, st::sampleToday(), [&](const Contract& c) {
            return (allGroups || c.hotel == contract.hotel) && c.reference != contract.reference;
        });
        EXPECT_TRUE(past);
        const forecast::History history(past->groups);
        forecast::ForecastOptions options;
        options.today = st::sampleToday();
        Expected e;
        e.forecast = forecast::forecastPickup(contract, history, options);
        e.risk = forecast::damagesRisk(contract, e.forecast, options);
        e.advice = forecast::adviseRelease(contract, e.forecast, options);
        e.groups = history.groups().size();
        return e;
    }

    std::unique_ptr<st::SqlContractRepository> repository;

private:
    static QTemporaryDir* dir_;
};

QTemporaryDir* ForecastViewTest::dir_ = nullptr;

TEST_F(ForecastViewTest, TheOutlookHasTheEngineFiguresFromTheHotelsPastGroups) {
    const st::StoredContract target = upcoming(true);
    Forecaster forecaster;
    forecaster.setRepository(repository.get());
    forecaster.setToday(st::sampleToday());
    const Outlook o = forecaster.outlook(target.contract);
    ASSERT_TRUE(o.ready) << o.unavailable.toStdString();
    const Expected e = engineFigures(target.contract);
    EXPECT_GT(e.groups, 0U);
    EXPECT_EQ(o.comparableGroups, static_cast<std::int32_t>(e.groups));
    EXPECT_EQ(o.forecast.expected, e.forecast.expected);
    EXPECT_EQ(o.forecast.p10, e.forecast.p10);
    EXPECT_EQ(o.forecast.p90, e.forecast.p90);
    EXPECT_EQ(o.risk.expected, e.risk.expected);
    EXPECT_EQ(o.risk.p90, e.risk.p90);
    EXPECT_EQ(o.risk.probabilityOwed, e.risk.probabilityOwed);
    ASSERT_TRUE(o.advice.has_value());
    EXPECT_EQ(o.advice->reviewDate, e.advice.reviewDate);
    EXPECT_EQ(o.advice->releaseRoomNights, e.advice.releaseRoomNights);
    EXPECT_EQ(o.advice->released.expected, e.advice.released.expected);
    EXPECT_GT(o.comparableFinalShare, 0.5);
    EXPECT_LT(o.comparableFinalShare, 1.1);
}

TEST_F(ForecastViewTest, NoAdviceWithoutAReviewDateAhead) {
    const st::StoredContract target = upcoming(false);
    Forecaster forecaster;
    forecaster.setRepository(repository.get());
    forecaster.setToday(st::sampleToday());
    const Outlook o = forecaster.outlook(target.contract);
    ASSERT_TRUE(o.ready) << o.unavailable.toStdString();
    EXPECT_FALSE(o.advice.has_value());
    ForecastPanel panel;
    panel.setOutlook(o);
    EXPECT_TRUE(panel.text().contains(QStringLiteral("there is no release to advise")))
        << panel.text().toStdString();
}

TEST_F(ForecastViewTest, GroupsThatCancelledArrivedOrAreActualizedAreNotForecast) {
    const st::StoredContract target = upcoming(true);
    Forecaster forecaster;
    forecaster.setRepository(repository.get());
    forecaster.setToday(st::sampleToday());

    Contract cancelled = target.contract;
    cancelled.status = ContractStatus::Cancelled;
    Outlook o = forecaster.outlook(cancelled);
    EXPECT_FALSE(o.ready);
    EXPECT_TRUE(o.unavailable.contains(QStringLiteral("cancelled"))) << o.unavailable.toStdString();

    Contract actualized = target.contract;
    actualized.status = ContractStatus::Actualized;
    o = forecaster.outlook(actualized);
    EXPECT_FALSE(o.ready);
    EXPECT_TRUE(o.unavailable.contains(QStringLiteral("final"))) << o.unavailable.toStdString();

    forecaster.setToday(target.contract.arrival);
    o = forecaster.outlook(target.contract);
    EXPECT_FALSE(o.ready);
    EXPECT_TRUE(o.unavailable.contains(QString::fromStdString(target.contract.arrival.toIso())))
        << o.unavailable.toStdString();

    // A contract the engine cannot assess says why instead of showing figures.
    Contract broken = target.contract;
    broken.block.clear();
    forecaster.setToday(st::sampleToday());
    o = forecaster.outlook(broken);
    EXPECT_FALSE(o.ready);
    EXPECT_FALSE(o.unavailable.isEmpty());
}

TEST_F(ForecastViewTest, ThePastGroupsAreReadOnceUntilTheyAreForgotten) {
    const st::StoredContract target = upcoming(true);
    Forecaster forecaster;
    forecaster.setRepository(repository.get());
    forecaster.setToday(st::sampleToday());
    const Outlook before = forecaster.outlook(target.contract);
    ASSERT_TRUE(before.ready);
    EXPECT_TRUE(forecaster.hasHistory());

    // Another past group of the same hotel is stored: the outlook does not see it until told.
    std::vector<st::StoredContract> past = stored([&](const Contract& c) {
        return c.status == ContractStatus::Actualized && c.hotel == target.contract.hotel &&
               c.departure < st::sampleToday();
    });
    ASSERT_FALSE(past.empty());
    Contract another = past.front().contract;
    another.reference += "-AGAIN";
    auto saved = repository->save(another, st::kNewContract, "test");
    ASSERT_TRUE(saved);
    auto reports = repository->pickupSnapshots(past.front().id);
    ASSERT_TRUE(reports);
    ASSERT_FALSE(reports->empty());
    std::vector<PickupSnapshot> history;
    for (const st::StoredPickupSnapshot& r : *reports) {
        history.push_back(r.snapshot);
    }
    ASSERT_TRUE(repository->recordPickupSnapshots(saved->id, history, "test"));
    EXPECT_EQ(forecaster.outlook(target.contract).comparableGroups, before.comparableGroups);
    forecaster.forgetHistory();
    EXPECT_FALSE(forecaster.hasHistory());
    EXPECT_EQ(forecaster.outlook(target.contract).comparableGroups, before.comparableGroups + 1);
}

TEST_F(ForecastViewTest, TheWindowShowsTheForecastBesideTheDamagesOwedToday) {
    QSettings().clear();
    QSettings settings;
    st::ConnectionSettings connection;
    connection.file = path().toStdString();
    st::writeConnectionSettings(settings, connection);
    const st::StoredContract target = upcoming(true);
    const Expected e = engineFigures(target.contract, true);

    MainWindow window;
    window.resize(1366, 768);
    ASSERT_TRUE(window.openInitialDatabase());
    window.forecaster()->setToday(st::sampleToday());
    ASSERT_TRUE(window.openContract(contractKey(target.id)));
    // Compared with every past group, as the user chooses on the forecast tab (and as it is kept).
    ForecastPanel* panel = window.chartsPanel()->forecastPanel();
    panel->compareBox()->setCurrentIndex(static_cast<int>(CompareWith::All));
    emit panel->compareBox()->activated(static_cast<int>(CompareWith::All));
    EXPECT_EQ(window.forecaster()->compareWith(), CompareWith::All);
    EXPECT_EQ(QSettings().value(QStringLiteral("forecast/compareWith")).toInt(), 2);
    settle();

    // The damages panel: what is owed at today's pickup, then what is expected at arrival.
    const QString expected = window.damagesPanel()->expectedText();
    EXPECT_TRUE(
        expected.startsWith(QStringLiteral("Expected at arrival ") + formatMoneyWithCode(e.risk.expected)))
        << expected.toStdString() << " / " << formatMoneyWithCode(e.risk.expected).toStdString();
    EXPECT_TRUE(
        expected.contains(formatMoney(e.risk.p10) + QStringLiteral("\u2013") + formatMoney(e.risk.p90)))
        << expected.toStdString();
    EXPECT_FALSE(window.damagesPanel()->netDueText().isEmpty());

    // The pace chart carries on from today to arrival, ending at the forecast and its range.
    PickupPaceModel* pace = window.chartsPanel()->paceModel();
    ASSERT_TRUE(pace->projection().has_value());
    EXPECT_EQ(pace->projection()->expected, e.forecast.expected);
    PickupPaceChart* chart = window.chartsPanel()->paceChart();
    const QList<QPointF> line = chart->forecastSeries()->points();
    ASSERT_EQ(line.size(), target.contract.arrival.daysSince(st::sampleToday()) + 1);
    EXPECT_DOUBLE_EQ(line.front().y(), static_cast<double>(e.forecast.onTheBooks));
    EXPECT_NEAR(line.back().y(), e.forecast.expected, 1e-9);
    EXPECT_NEAR(chart->bandSeries()->upperSeries()->points().back().y(), static_cast<double>(e.forecast.p90),
                1e-9);
    EXPECT_NEAR(chart->bandSeries()->lowerSeries()->points().back().y(), static_cast<double>(e.forecast.p10),
                1e-9);
    EXPECT_TRUE(chart->comparableSeries()->isVisible());
    // Every line is named in the legend, which wraps on a narrow chart instead of cutting names short.
    const QString legend = chart->legendText();
    for (const QString& name : {QStringLiteral("Picked up"), QStringLiteral("Block"),
                                QStringLiteral("Forecast"), QStringLiteral("P10\u2013P90"),
                                QStringLiteral("Comparable groups"), QStringLiteral("Performance level")}) {
        EXPECT_TRUE(legend.contains(QString(name).replace(QLatin1Char(' '), QChar(0xA0))))
            << legend.toStdString();
    }
    EXPECT_EQ(pace->rowCount(), static_cast<int>(pace->reports().size()) + 1); // the forecast's row

    // The forecast tab says how, night by night, and what to release at the review date.
    const QString text = panel->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Expected at arrival: ") +
                              formatCount(static_cast<std::int64_t>(std::llround(e.forecast.expected)))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("At the review date ") + formatDate(*e.advice.reviewDate)))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Night by night")));

    // A contract that is not upcoming shows no forecast.
    window.document()->edit(QStringLiteral("Cancel"), {},
                            [](Contract& c) { c.status = ContractStatus::Cancelled; });
    window.updateOutlook();
    EXPECT_TRUE(window.damagesPanel()->expectedText().isEmpty());
    EXPECT_FALSE(pace->projection().has_value());
    EXPECT_FALSE(chart->forecastSeries()->isVisible());
    window.document()->setSaved();
    QSettings().clear();
}

} // namespace

namespace {

TEST_F(ForecastViewTest, SavingAContractThatIsOrWasAPastGroupRereadsThePastGroups) {
    QSettings().clear();
    QSettings settings;
    st::ConnectionSettings connection;
    connection.file = path().toStdString();
    st::writeConnectionSettings(settings, connection);
    const std::vector<st::StoredContract> past = stored([](const Contract& c) {
        return c.status == ContractStatus::Actualized && c.departure < st::sampleToday();
    });
    ASSERT_FALSE(past.empty());
    const st::StoredContract target = upcoming(true);

    MainWindow window;
    ASSERT_TRUE(window.openInitialDatabase());
    window.forecaster()->setToday(st::sampleToday());
    const auto readHistory = [&] {
        ASSERT_TRUE(window.openContract(contractKey(target.id)));
        window.updateOutlook();
        ASSERT_TRUE(window.forecaster()->hasHistory());
    };
    readHistory();

    // A past group that is no longer one: the status changes from actualized to definite.
    ASSERT_TRUE(window.openContract(contractKey(past.front().id)));
    window.document()->edit(QStringLiteral("Status"), {},
                            [](Contract& c) { c.status = ContractStatus::Definite; });
    ASSERT_TRUE(window.save());
    EXPECT_FALSE(window.forecaster()->hasHistory()) << "the group left the past groups";

    // And back: a group that becomes a past group.
    readHistory();
    ASSERT_TRUE(window.openContract(contractKey(past.front().id)));
    window.document()->edit(QStringLiteral("Status"), {},
                            [](Contract& c) { c.status = ContractStatus::Actualized; });
    ASSERT_TRUE(window.save());
    EXPECT_FALSE(window.forecaster()->hasHistory()) << "the group joined the past groups";

    // A change to a group that is neither keeps what was read.
    readHistory();
    window.document()->edit(QStringLiteral("Notes"), {}, [](Contract& c) { c.notes += " (checked)"; });
    ASSERT_TRUE(window.save());
    EXPECT_TRUE(window.forecaster()->hasHistory());
    QSettings().clear();
}

TEST_F(ForecastViewTest, TheContractReportOfAnUpcomingGroupHasAForecastPage) {
    const st::StoredContract target = upcoming(true);
    Forecaster forecaster;
    forecaster.setRepository(repository.get());
    forecaster.setToday(st::sampleToday());
    auto forecast = std::make_shared<ReportForecast>();
    forecast->outlook = forecaster.outlook(target.contract);
    ASSERT_TRUE(forecast->outlook.ready);
    auto reports = repository->pickupSnapshots(target.id);
    ASSERT_TRUE(reports);
    forecast->pickupReports = roomNightsPerReport(*reports);
    ASSERT_EQ(forecast->pickupReports.size(), reports->size());
    EXPECT_EQ(forecast->pickupReports.back().second, forecastRoomNights(target.contract));
    const Expected e = engineFigures(target.contract);

    ReportOptions options(QDate(2026, 6, 1));
    const std::unique_ptr<Report> without = contractReport(target.contract, options);
    options.forecast = forecast;
    const std::unique_ptr<Report> with = contractReport(target.contract, options);
    const QString before = without->document()->toPlainText();
    const QString text = with->document()->toPlainText();
    EXPECT_FALSE(before.contains(QStringLiteral("Forecast to arrival")));
    ASSERT_TRUE(text.startsWith(before.left(before.size() - 1))) << "the forecast comes after the rest";
    EXPECT_TRUE(text.contains(QStringLiteral("Forecast to arrival")));
    EXPECT_TRUE(text.contains(QStringLiteral("Expected damages at arrival")));
    EXPECT_TRUE(text.contains(formatMoneyWithCode(e.risk.expected).replace(QChar(0xA0), QLatin1Char(' '))))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Release at the review date ") + formatDate(*e.advice.reviewDate)));
    EXPECT_TRUE(text.contains(QStringLiteral("past groups of the same hotel")));

    // Painted, it takes pages of its own after the rest.
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("without.pdf"));
    const QString b = dir.filePath(QStringLiteral("with.pdf"));
    ASSERT_TRUE(without->writePdf(a, ReportPageSetup{}));
    ASSERT_TRUE(with->writePdf(b, ReportPageSetup{}));
    EXPECT_GT(with->pageCount(), without->pageCount());

    // An outlook that is not ready prints no forecast page.
    auto none = std::make_shared<ReportForecast>();
    options.forecast = none;
    EXPECT_EQ(contractReport(target.contract, options)->document()->toPlainText(), before);
}

} // namespace
