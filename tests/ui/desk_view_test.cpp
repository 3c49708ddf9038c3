// The sales desk, the window's first page: its rows are the engine's groups at risk for the database, its
// filters reach the list, its pipeline table adds up as pipeline() does, and a row opens its contract.

#include "../support/shared_database.h"
#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "charts/pipelinechart.h"
#include "democontracts.h"
#include "dialogs/deskthresholdsdialog.h"
#include "models/atriskmodel.h"
#include "models/chartvalues.h"
#include "models/contractlistmodel.h"
#include "models/pipelinedamagesmodel.h"
#include "models/pipelinemodel.h"
#include "session/contractdocument.h"
#include "session/database.h"
#include "session/databasereader.h"
#include "session/desk.h"
#include "text/values.h"
#include "views/chartspanel.h"
#include "views/contractlistpanel.h"
#include "views/deskview.h"
#include "views/forecastpanel.h"
#include "views/mainwindow.h"
#include "widget_test_support.h"

#include <QAction>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <gtest/gtest.h>
#include <memory>

using namespace attrition;
using namespace attrition::ui;
using attrition::testsupport::copySharedDatabase;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

constexpr std::int64_t kGenerated = 2000;

st::ConnectionSettings fileSettings(const QString& path) {
    st::ConnectionSettings s;
    s.file = path.toStdString();
    return s;
}

class DeskFixture : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        templateDir_ = new QTemporaryDir;
        const QString path = QDir(templateDir_->path()).absoluteFilePath(QStringLiteral("template.sqlite"));
        ASSERT_TRUE(copySharedDatabase(
            QStringLiteral("desk"),
            [](const QString& built) {
                st::OpenOptions options;
                options.createIfMissing = true;
                auto repository = st::SqlContractRepository::open(fileSettings(built), options);
                if (!repository || !(*repository)->saveNew(demo::portfolio(), "test")) {
                    return false;
                }
                st::SampleDataOptions sample;
                sample.contracts = kGenerated;
                sample.withScenarios = false;
                return static_cast<bool>(st::populateSampleData(**repository, sample));
            },
            path));
    }
    static void TearDownTestSuite() {
        delete templateDir_;
        templateDir_ = nullptr;
    }

    DeskFixture() {
        QSettings().clear();
        databasePath = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
        EXPECT_TRUE(QFile::copy(
            QDir(templateDir_->path()).absoluteFilePath(QStringLiteral("template.sqlite")), databasePath));
        QSettings settings;
        st::writeConnectionSettings(settings, fileSettings(databasePath));
        settings.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Lima"));
        window = std::make_unique<MainWindow>();
        window->resize(1366, 768);
        EXPECT_TRUE(window->openInitialDatabase());
        window->show();
        settle();
        desk()->setToday(st::sampleToday());
        ready();
    }
    ~DeskFixture() override {
        if (window) {
            window->document()->setSaved();
            window.reset();
        }
        QSettings().clear();
    }

    DeskView* desk() const { return window->deskView(); }
    void ready() {
        desk()->waitUntilReady();
        settle();
    }

    /// pipeline() over the stored contracts of the desk's dates, read afresh.
    Pipeline pipelineReadAfresh() const {
        std::vector<Contract> contracts;
        st::ContractFilter filter;
        filter.arrivalFrom = desk()->query().from;
        filter.arrivalTo = desk()->query().to;
        EXPECT_TRUE(st::forEachStored(*window->repository(), filter,
                                      [&](const st::StoredContract& c) { contracts.push_back(c.contract); }));
        return pipeline(contracts);
    }

    /// What the engine lists for the desk's query, read as attrition-cli at-risk reads it.
    forecast::AtRiskList expected(const DeskQuery& q) const {
        forecast::AtRiskOptions options;
        options.today = q.today;
        options.from = q.from;
        options.to = q.to;
        st::ContractFilter filter;
        filter.arrivalFrom = q.from;
        filter.arrivalTo = q.to;
        if (!q.hotel.isEmpty()) {
            filter.hotel = q.hotel.toStdString();
        }
        auto read = st::readGroupsAtRisk(*window->repository(), filter, options);
        EXPECT_TRUE(read);
        return read ? read->list : forecast::AtRiskList{};
    }

    /// The figures of each row of `shown` are those of `want`, in the same order.
    static bool sameRows(const forecast::AtRiskList& shown, const forecast::AtRiskList& want) {
        if (shown.rows.size() != want.rows.size()) {
            return false;
        }
        for (std::size_t i = 0; i < shown.rows.size(); ++i) {
            const forecast::AtRiskRow& a = shown.rows[i];
            const forecast::AtRiskRow& b = want.rows[i];
            if (a.reference != b.reference || a.expectedDamages != b.expectedDamages ||
                a.expectedRoomNights != b.expectedRoomNights || a.pacePoints != b.pacePoints) {
                return false;
            }
        }
        return true;
    }

    static inline QTemporaryDir* templateDir_ = nullptr;
    QTemporaryDir dir;
    QString databasePath;
    std::unique_ptr<MainWindow> window;
};

TEST_F(DeskFixture, TheDeskIsFirstOnStartAndTheContractsOneClickAway) {
    EXPECT_EQ(window->page(), MainWindow::Page::Desk);
    EXPECT_TRUE(desk()->isVisible());
    EXPECT_FALSE(window->listPanel()->isVisible());
    EXPECT_TRUE(window->showDeskAction()->isChecked());
    window->showContractsAction()->trigger();
    EXPECT_EQ(window->page(), MainWindow::Page::Contracts);
    EXPECT_TRUE(window->listPanel()->isVisible());
    EXPECT_FALSE(desk()->isVisible());
    window->showDeskAction()->trigger();
    EXPECT_EQ(window->page(), MainWindow::Page::Desk);
    EXPECT_EQ(window->showDeskAction()->shortcut(), QKeySequence(QStringLiteral("Alt+1")));
    EXPECT_EQ(window->showContractsAction()->shortcut(), QKeySequence(QStringLiteral("Alt+2")));
}

TEST_F(DeskFixture, AtStartTheContractsAreReadOnceTheDeskIsPainted) {
    const int stored = window->listModel()->total();
    ASSERT_GT(stored, 0);
    window->document()->setSaved();
    window = std::make_unique<MainWindow>();
    window->resize(1366, 768);
    ASSERT_TRUE(window->openInitialDatabase(MainWindow::ContractsOpening::AfterFirstPaint));
    // Nothing of the contracts' side is read before the window shows the desk.
    EXPECT_TRUE(window->contractsPending());
    EXPECT_EQ(window->listModel()->total(), 0);
    EXPECT_TRUE(window->document()->sourceId().isEmpty());
    window->show();
    QElapsedTimer clock;
    clock.start();
    while (window->contractsPending() && clock.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    // Once it is painted, the list and the first contract are there, and the desk is still in front.
    EXPECT_FALSE(window->contractsPending());
    EXPECT_EQ(window->listModel()->total(), stored);
    EXPECT_EQ(window->document()->sourceId(), window->listModel()->idAt(0));
    EXPECT_EQ(window->page(), MainWindow::Page::Desk);
}

TEST_F(DeskFixture, TheContractsAskedForBeforeTheFirstPaintAreReadAtOnce) {
    const int stored = window->listModel()->total();
    window->document()->setSaved();
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openInitialDatabase(MainWindow::ContractsOpening::AfterFirstPaint));
    ASSERT_TRUE(window->contractsPending());
    window->showContractsAction()->trigger();
    EXPECT_FALSE(window->contractsPending());
    EXPECT_EQ(window->listModel()->total(), stored);
    EXPECT_EQ(window->document()->sourceId(), window->listModel()->idAt(0));
    EXPECT_EQ(window->page(), MainWindow::Page::Contracts);
}

TEST_F(DeskFixture, RowsAreTheEnginesGroupsAtRiskInRiskOrder) {
    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    const forecast::AtRiskList list = expected(desk()->query());
    ASSERT_GT(list.rows.size(), 10U);
    AtRiskModel* model = desk()->atRiskModel();
    ASSERT_EQ(model->rowCount(), static_cast<int>(list.rows.size()));
    QSortFilterProxyModel* proxy = desk()->atRiskProxy();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const int source = proxy->mapToSource(proxy->index(r, 0)).row();
        const forecast::AtRiskRow& want = list.rows[static_cast<std::size_t>(r)];
        ASSERT_EQ(model->rowAt(source)->reference, want.reference) << r;
        EXPECT_TRUE(model->text(source, AtRiskModel::DamagesColumn)
                        .startsWith(formatMoneyWithCode(want.expectedDamages)));
        EXPECT_EQ(model->text(source, AtRiskModel::PaceColumn).contains(QStringLiteral("not known")),
                  !want.pacePoints);
    }
    // Each row opens its own contract.
    for (int r = 0; r < model->rowCount(); ++r) {
        auto stored = window->repository()->loadByReference(model->rowAt(r)->reference);
        ASSERT_TRUE(stored);
        EXPECT_EQ(model->keyAt(r), contractKey(stored->id));
    }
    // A flagged row's sentences show as its tooltip and in the detail area when chosen.
    int flagged = -1;
    for (int r = 0; r < proxy->rowCount() && flagged < 0; ++r) {
        if (!model->rowAt(proxy->mapToSource(proxy->index(r, 0)).row())->flags.empty()) {
            flagged = r;
        }
    }
    ASSERT_GE(flagged, 0);
    const int source = proxy->mapToSource(proxy->index(flagged, 0)).row();
    const QString sentences = model->flagsText(source);
    ASSERT_FALSE(sentences.isEmpty());
    EXPECT_EQ(proxy->index(flagged, AtRiskModel::FlagsColumn).data(Qt::ToolTipRole).toString(), sentences);
    desk()->selectRow(flagged);
    settle();
    EXPECT_TRUE(desk()->detailView()->toPlainText().contains(sentences.section(QLatin1Char('\n'), 0, 0)));
}

TEST_F(DeskFixture, TheListSortsByAnyColumnAndBackByRisk) {
    QTableView* view = desk()->atRiskView();
    QSortFilterProxyModel* proxy = desk()->atRiskProxy();
    ASSERT_GT(proxy->rowCount(), 2);
    view->sortByColumn(AtRiskModel::ArrivalColumn, Qt::AscendingOrder);
    for (int r = 1; r < proxy->rowCount(); ++r) {
        EXPECT_LE(proxy->index(r - 1, AtRiskModel::ArrivalColumn).data(AtRiskModel::SortRole).toInt(),
                  proxy->index(r, AtRiskModel::ArrivalColumn).data(AtRiskModel::SortRole).toInt());
    }
    view->sortByColumn(AtRiskModel::RankColumn, Qt::AscendingOrder);
    for (int r = 0; r < proxy->rowCount(); ++r) {
        EXPECT_EQ(proxy->mapToSource(proxy->index(r, 0)).row(), r);
    }
}

TEST_F(DeskFixture, FiltersReachTheList) {
    desk()->setPeriod(DeskView::Period::Next30);
    ready();
    const DeskQuery q30 = desk()->query();
    EXPECT_EQ(q30.to, q30.today.addDays(30));
    AtRiskModel* model = desk()->atRiskModel();
    EXPECT_EQ(model->rowCount(), static_cast<int>(expected(q30).rows.size()));
    for (int r = 0; r < model->rowCount(); ++r) {
        EXPECT_LE(model->rowAt(r)->arrival, q30.to);
        EXPECT_GE(model->rowAt(r)->arrival, q30.today);
    }

    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    const QString hotel = QString::fromStdString(model->rowAt(0)->hotel);
    ASSERT_GT(desk()->hotelBox()->findData(hotel), 0);
    desk()->hotelBox()->setCurrentIndex(desk()->hotelBox()->findData(hotel));
    ready();
    const DeskQuery q = desk()->query();
    EXPECT_EQ(q.hotel, hotel);
    ASSERT_GT(model->rowCount(), 0);
    EXPECT_EQ(model->rowCount(), static_cast<int>(expected(q).rows.size()));
    for (int r = 0; r < model->rowCount(); ++r) {
        EXPECT_EQ(QString::fromStdString(model->rowAt(r)->hotel), hotel);
    }

    // A range of dates.
    desk()->hotelBox()->setCurrentIndex(0);
    desk()->setDates(q.today.addDays(10), q.today.addDays(40));
    ready();
    EXPECT_EQ(desk()->period(), DeskView::Period::Dates);
    EXPECT_EQ(desk()->query().from, q.today.addDays(10));
    for (int r = 0; r < model->rowCount(); ++r) {
        EXPECT_GE(model->rowAt(r)->arrival, q.today.addDays(10));
        EXPECT_LE(model->rowAt(r)->arrival, q.today.addDays(40));
    }
}

TEST_F(DeskFixture, ThePipelineTableAddsUpAsPipelineDoes) {
    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    PipelineModel* model = desk()->pipelineModel();
    const Pipeline* shown = model->pipeline();
    ASSERT_NE(shown, nullptr);
    const Pipeline want = pipelineReadAfresh();
    EXPECT_EQ(shown->contracts, want.contracts);
    ASSERT_FALSE(model->currencies().empty());
    for (const Currency currency : model->currencies()) {
        model->setCurrency(currency);
        const int total = model->rowCount() - 1;
        ASSERT_EQ(total, model->monthCount());
        for (int s = 0; s < 6; ++s) {
            const auto stage = static_cast<PipelineStage>(s);
            std::int64_t nights = 0;
            std::int64_t count = 0;
            Money revenue = Money::zero(currency);
            for (const PipelineRow& r : want.rows) {
                if (r.stage == stage && r.currency == currency) {
                    nights += r.figures.roomNights;
                    count += r.figures.contracts;
                    revenue += r.figures.roomRevenue;
                }
            }
            const PipelineFigures f = model->figures(total, stage);
            EXPECT_EQ(f.roomNights, nights);
            EXPECT_EQ(f.contracts, count);
            EXPECT_EQ(f.roomRevenue.minorUnits(), revenue.minorUnits());
            EXPECT_EQ(model->index(total, PipelineModel::FirstStageColumn + s).data().toString(),
                      formatCount(nights));
        }
    }
    // Room revenue is shown in one currency at a time.
    model->setMeasure(PipelineModel::Measure::RoomRevenue);
    model->setCurrency(model->currencies().front());
    const QString code = QString::fromLatin1(model->currency().code().data(), 3);
    EXPECT_TRUE(desk()->pipelineChart()->chart()->axes(Qt::Vertical).front()->titleText().contains(code));
    // The chart stacks the months of the table.
    EXPECT_EQ(desk()->pipelineChart()->sets().front()->count(), model->monthCount());
    EXPECT_FALSE(model->conversionText().isEmpty());
    EXPECT_FALSE(model->washText().isEmpty());
}

TEST_F(DeskFixture, ThePipelineShowsTheFoodAndBeverageMinimumAndTheDamagesAsPickedUp) {
    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    PipelineModel* model = desk()->pipelineModel();
    ASSERT_FALSE(model->currencies().empty());
    model->setCurrency(model->currencies().front());
    const Currency currency = model->currency();
    const QString code = QString::fromLatin1(currency.code().data(), 3);
    const int total = model->monthCount();
    ASSERT_GT(total, 0);
    const auto figureOf = [](const PipelineFigures& f, PipelineModel::Measure m) {
        return m == PipelineModel::Measure::FoodBeverageMinimum ? f.foodBeverageMinimum : f.damages;
    };
    for (const auto measure :
         {PipelineModel::Measure::FoodBeverageMinimum, PipelineModel::Measure::Damages}) {
        desk()->pipelineMeasureBox()->setCurrentIndex(static_cast<int>(measure));
        settle();
        EXPECT_EQ(model->measure(), measure);
        EXPECT_EQ(desk()->pipelineView()->model(), model);
        bool someAmount = false;
        for (int row = 0; row <= total; ++row) {
            Money rowTotal = Money::zero(currency);
            for (int s = 0; s < 6; ++s) {
                const Money m = figureOf(model->figures(row, static_cast<PipelineStage>(s)), measure);
                const Money shown = m.currency().isValid() ? m : Money::zero(currency);
                rowTotal += shown;
                someAmount |= shown.minorUnits() != 0;
                EXPECT_EQ(model->index(row, PipelineModel::FirstStageColumn + s).data().toString(),
                          formatMoney(shown))
                    << row << " " << s;
            }
            EXPECT_EQ(model->index(row, PipelineModel::TotalColumn).data().toString(), formatMoney(rowTotal));
        }
        EXPECT_TRUE(someAmount);
        EXPECT_TRUE(desk()->pipelineChart()->chart()->axes(Qt::Vertical).front()->titleText().contains(code));
        EXPECT_FALSE(desk()->pipelineChart()->showsDamages());
    }
}

TEST_F(DeskFixture, ThePipelineShowsTheDamagesAssessedCollectedAndWaivedByArrivalMonth) {
    // The past year: actualized and cancelled groups, some with settlements.
    const Date today = desk()->query().today;
    desk()->setDates(today.addDays(-365), today);
    ready();
    desk()->pipelineMeasureBox()->setCurrentIndex(DeskView::kDamagesShown);
    settle();
    PipelineDamagesModel* damages = desk()->pipelineDamagesModel();
    EXPECT_EQ(desk()->pipelineView()->model(), damages);
    PipelineChart* chart = desk()->pipelineChart();
    EXPECT_TRUE(chart->showsDamages());
    EXPECT_TRUE(chart->damagesSeries()->isVisible());
    EXPECT_FALSE(chart->series()->isVisible());

    const Pipeline want = pipelineReadAfresh();
    ASSERT_FALSE(want.damages.empty());
    bool someCollected = false;
    for (const Currency currency : desk()->pipelineModel()->currencies()) {
        desk()->currencyBox()->setCurrentText(QString::fromLatin1(currency.code().data(), 3));
        settle();
        ASSERT_EQ(damages->currency(), currency);
        std::vector<PipelineDamages> months;
        for (const PipelineDamages& d : want.damages) {
            if (d.currency == currency) {
                months.push_back(d);
            }
        }
        ASSERT_EQ(damages->monthCount(), static_cast<int>(months.size()));
        EXPECT_EQ(damages->rowCount(), months.empty() ? 0 : damages->monthCount() + 1);
        Money assessed = Money::zero(currency);
        Money collected = Money::zero(currency);
        Money waived = Money::zero(currency);
        std::int64_t groups = 0;
        for (std::size_t i = 0; i < months.size(); ++i) {
            const int row = static_cast<int>(i);
            const PipelineDamages& d = months[i];
            EXPECT_EQ(damages->index(row, PipelineDamagesModel::MonthColumn).data(MonthRole).toDate(),
                      QDate(d.year, d.month, 1));
            EXPECT_EQ(damages->index(row, PipelineDamagesModel::GroupsColumn).data().toString(),
                      formatCount(d.actualizedGroups + d.cancelledGroups));
            EXPECT_EQ(damages->index(row, PipelineDamagesModel::AssessedColumn).data().toString(),
                      formatMoney(d.total));
            EXPECT_EQ(damages->index(row, PipelineDamagesModel::CollectedColumn).data().toString(),
                      formatMoney(d.collected));
            EXPECT_EQ(damages->index(row, PipelineDamagesModel::WaivedColumn).data().toString(),
                      formatMoney(d.waived));
            assessed += d.total;
            collected += d.collected;
            waived += d.waived;
            groups += d.actualizedGroups + d.cancelledGroups;
            someCollected |= d.collected.minorUnits() != 0;
        }
        if (!months.empty()) {
            // The last row adds up every month.
            const int total = damages->monthCount();
            EXPECT_EQ(damages->index(total, PipelineDamagesModel::MonthColumn).data().toString(),
                      QStringLiteral("Total"));
            EXPECT_EQ(damages->index(total, PipelineDamagesModel::GroupsColumn).data().toString(),
                      formatCount(groups));
            EXPECT_EQ(damages->index(total, PipelineDamagesModel::AssessedColumn).data().toString(),
                      formatMoney(assessed));
            EXPECT_EQ(damages->index(total, PipelineDamagesModel::CollectedColumn).data().toString(),
                      formatMoney(collected));
            EXPECT_EQ(damages->index(total, PipelineDamagesModel::WaivedColumn).data().toString(),
                      formatMoney(waived));
        }
        // The chart draws the months of the table, assessed, collected and waived side by side.
        ASSERT_EQ(chart->damagesSets().size(), 3U);
        for (QBarSet* set : chart->damagesSets()) {
            EXPECT_EQ(set->count(), damages->monthCount());
        }
        for (int row = 0; row < damages->monthCount(); ++row) {
            const PipelineDamages& d = months[static_cast<std::size_t>(row)];
            EXPECT_DOUBLE_EQ(chart->damagesSets()[0]->at(row), chartAmount(d.total));
            EXPECT_DOUBLE_EQ(chart->damagesSets()[1]->at(row), chartAmount(d.collected));
            EXPECT_DOUBLE_EQ(chart->damagesSets()[2]->at(row), chartAmount(d.waived));
        }
    }
    EXPECT_TRUE(someCollected);

    // Back to room nights: the stages again.
    desk()->pipelineMeasureBox()->setCurrentIndex(0);
    settle();
    EXPECT_EQ(desk()->pipelineView()->model(), desk()->pipelineModel());
    EXPECT_FALSE(chart->showsDamages());
    EXPECT_TRUE(chart->series()->isVisible());
    EXPECT_FALSE(chart->damagesSeries()->isVisible());
}

TEST_F(DeskFixture, OpeningARowOpensThatContractAndItsForecast) {
    ASSERT_GT(desk()->atRiskProxy()->rowCount(), 1);
    desk()->selectRow(1);
    settle();
    const QString key = desk()->currentKey();
    ASSERT_FALSE(key.isEmpty());
    desk()->openContractButton()->click();
    settle();
    EXPECT_EQ(window->page(), MainWindow::Page::Contracts);
    EXPECT_EQ(window->document()->sourceId(), key);

    window->showDeskAction()->trigger();
    settle();
    desk()->selectRow(0);
    settle();
    const QString first = desk()->currentKey();
    desk()->openForecastButton()->click();
    settle();
    EXPECT_EQ(window->document()->sourceId(), first);
    EXPECT_EQ(window->chartsPanel()->currentWidget(), window->chartsPanel()->forecastPanel());

    // A double-click opens the row too.
    window->showDeskAction()->trigger();
    settle();
    QTableView* view = desk()->atRiskView();
    const QModelIndex second = desk()->atRiskProxy()->index(1, AtRiskModel::GroupColumn);
    emit view->doubleClicked(second);
    settle();
    EXPECT_EQ(window->document()->sourceId(), second.data(AtRiskModel::KeyRole).toString());
}

TEST_F(DeskFixture, TheRowMenuOpensAndTakesMoreActions) {
    const QString key = desk()->atRiskProxy()->index(0, 0).data(AtRiskModel::KeyRole).toString();
    QObject::connect(desk(), &DeskView::rowMenuAboutToShow, desk(),
                     [](QMenu* menu, const QString&) { menu->addAction(QStringLiteral("Another action")); });
    std::unique_ptr<QMenu> menu(desk()->createRowMenu(key, nullptr));
    QStringList texts;
    for (QAction* a : menu->actions()) {
        texts << a->text();
    }
    ASSERT_GE(texts.size(), 4);
    EXPECT_EQ(texts[0], QStringLiteral("Open Contract"));
    EXPECT_EQ(texts[1], QStringLiteral("Open Forecast"));
    EXPECT_TRUE(menu->actions()[2]->isSeparator());
    EXPECT_EQ(texts.back(), QStringLiteral("Another action"));
    menu->actions()[1]->trigger();
    settle();
    EXPECT_EQ(window->document()->sourceId(), key);
}

TEST_F(DeskFixture, ARowsMenuWritesItsPickupReminderLetter) {
    const QString key = desk()->atRiskProxy()->index(0, 0).data(AtRiskModel::KeyRole).toString();
    std::unique_ptr<QMenu> menu(desk()->createRowMenu(key, nullptr));
    QStringList texts;
    for (QAction* a : menu->actions()) {
        texts << a->text();
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Pickup Reminder Letter as PDF…")))
        << texts.join(u'|').toStdString();

    // What the action writes once it has opened the row and asked where.
    desk()->selectRow(0);
    settle();
    desk()->openContractButton()->click();
    settle();
    ASSERT_EQ(window->document()->sourceId(), key);
    const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("reminder.pdf"));
    ASSERT_TRUE(window->exportReminderLetterTo(path));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page>>") +
                  bytes.count("/Type /Page "),
              1);
}

TEST_F(DeskFixture, ThePortfolioExportedFromTheWindowHasTheGroupsAtRiskAndThePipeline) {
    const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("portfolio.pdf"));
    ASSERT_TRUE(window->exportPortfolioTo(path));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Groups at risk"))) << text.left(2000).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pipeline"))) << text.left(2000).toStdString();
    // The groups are those the storage's portfolio reading forecasts for the same contracts and day.
    const QDate made = QDate::currentDate();
    auto atRisk = st::readPortfolioGroupsAtRisk(*window->repository(), {},
                                                *Date::fromYmd(made.year(), made.month(), made.day()));
    ASSERT_TRUE(atRisk);
    ASSERT_TRUE(atRisk->has_value());
    for (const forecast::AtRiskRow& r : (*atRisk)->rows) {
        EXPECT_TRUE(text.contains(QString::fromStdString(r.reference))) << r.reference;
    }
}

TEST_F(DeskFixture, AReadWhileWaitingRunsAwayFromTheWindowAndCanBeCancelled) {
    // The portfolio's groups at risk are forecast this way: the window paints meanwhile.
    st::ConnectionSettings file; // the window's file, as a database opened by its path has it
    QProgressDialog progress;
    const QThread* windowThread = QThread::currentThread();
    auto seen = std::make_shared<std::pair<const QThread*, std::int64_t>>(nullptr, -1);
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&ticks] { ++ticks; });
    tick.start(1);
    ASSERT_TRUE(readWhileWaiting(
        file, window->repository(),
        [seen](st::ContractRepository* database, const QString& problem) {
            ASSERT_NE(database, nullptr) << problem.toStdString();
            QThread::msleep(100);
            seen->first = QThread::currentThread();
            auto page = database->listContracts({});
            seen->second = page ? page->total : -1;
        },
        progress));
    EXPECT_NE(seen->first, windowThread);
    auto page = window->repository()->listContracts({});
    ASSERT_TRUE(page);
    EXPECT_EQ(seen->second, page->total);
    EXPECT_GT(page->total, 0);
    EXPECT_GT(ticks, 0) << "the window's events went on";
    // Cancelled: it returns at once; the read ends on its own, and what it gives is dropped.
    auto release = std::make_shared<std::atomic<bool>>(false);
    auto ended = std::make_shared<std::atomic<bool>>(false);
    QTimer::singleShot(20, &progress, [&progress] { emit progress.canceled(); }); // its Cancel pressed
    EXPECT_FALSE(readWhileWaiting(
        file, window->repository(),
        [release, ended](st::ContractRepository*, const QString&) {
            while (!*release) {
                QThread::msleep(5);
            }
            *ended = true;
        },
        progress));
    EXPECT_FALSE(*ended);
    *release = true;
    QElapsedTimer clock;
    clock.start();
    while (!*ended && clock.elapsed() < 10000) {
        QThread::msleep(5);
    }
    EXPECT_TRUE(*ended);
    settle(); // the reader deletes itself
}

TEST_F(DeskFixture, TheDeskReadsAgainAfterASave) {
    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    const QString key = desk()->atRiskProxy()->index(0, 0).data(AtRiskModel::KeyRole).toString();
    ASSERT_TRUE(window->openContract(key));
    window->document()->edit(QStringLiteral("Rename"), {},
                             [](Contract& c) { c.groupName = "Renamed on the desk test"; });
    ASSERT_TRUE(window->save());
    window->setPage(MainWindow::Page::Desk);
    ready();
    bool found = false;
    for (int r = 0; r < desk()->atRiskModel()->rowCount(); ++r) {
        found = found || desk()->atRiskModel()->rowAt(r)->groupName == "Renamed on the desk test";
    }
    EXPECT_TRUE(found);
}

/// The groups listed that carry `flag`.
int flaggedWith(const AtRiskModel* model, forecast::RiskFlag flag) {
    int n = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (const forecast::RiskFlagNote& note : model->rowAt(r)->flags) {
            n += note.flag == flag ? 1 : 0;
        }
    }
    return n;
}

TEST(DeskThresholds, TheDialogRoundTripsThroughTheSettings) {
    QSettings().clear();
    EXPECT_EQ(readDeskThresholds(QSettings()), DeskThresholds{});
    DeskThresholdsDialog dialog(DeskThresholds{});
    EXPECT_DOUBLE_EQ(dialog.paceBehindBox()->value(), 10.0);
    EXPECT_EQ(dialog.stallDaysBox()->value(), 14);
    EXPECT_EQ(dialog.reviewWithinDaysBox()->value(), 21);
    EXPECT_EQ(dialog.minPaceGroupsBox()->value(), 5);
    EXPECT_EQ(dialog.damagesPointsBox()->value(), 20);
    EXPECT_DOUBLE_EQ(dialog.cycleFactorBox()->value(), 125.0);
    EXPECT_EQ(dialog.minCycleEventsBox()->value(), 3);
    EXPECT_EQ(dialog.trendEventsBox()->value(), 5);
    // Each box says its unit.
    EXPECT_FALSE(dialog.stallDaysBox()->suffix().trimmed().isEmpty());
    EXPECT_FALSE(dialog.paceBehindBox()->suffix().trimmed().isEmpty());

    dialog.paceBehindBox()->setValue(12.5);
    dialog.minPaceGroupsBox()->setValue(3);
    dialog.stallDaysBox()->setValue(30);
    dialog.reviewWithinDaysBox()->setValue(0);
    dialog.damagesPointsBox()->setValue(200);
    dialog.cycleFactorBox()->setValue(150.0);
    dialog.minCycleEventsBox()->setValue(4);
    dialog.trendEventsBox()->setValue(8);
    const DeskThresholds chosen = dialog.thresholds();
    EXPECT_EQ(chosen.paceBehind, *Percent::parse("12.5"));
    EXPECT_EQ(chosen.cycleFactor, Percent::fromPoints(150));
    EXPECT_EQ(chosen.stallDays, 30);
    {
        QSettings settings;
        writeDeskThresholds(settings, chosen);
    }
    EXPECT_EQ(readDeskThresholds(QSettings()), chosen);
    // A dialog opened on them shows them again.
    DeskThresholdsDialog again(readDeskThresholds(QSettings()));
    EXPECT_EQ(again.thresholds(), chosen);
    // Restore Defaults puts back the engine's.
    again.restoreDefaultsButton()->click();
    EXPECT_EQ(again.thresholds(), DeskThresholds{});
    forecast::AtRiskOptions engine;
    DeskThresholds{}.applyTo(engine);
    EXPECT_EQ(engine.paceBehind, forecast::AtRiskOptions{}.paceBehind);
    EXPECT_EQ(engine.stallDays, forecast::AtRiskOptions{}.stallDays);
    EXPECT_EQ(chosen.accountOptions().cycleFactor, Percent::fromPoints(150));
    EXPECT_EQ(chosen.accountOptions().trendEvents, 8);
    QSettings().clear();
}

TEST(DeskThresholds, OutOfRangeIsRefused) {
    QSettings().clear();
    DeskThresholdsDialog dialog(DeskThresholds{});
    // Typed past its range: the spin box does not take the keystroke.
    QSpinBox* stall = dialog.stallDaysBox();
    stall->selectAll();
    QTest::keyClicks(stall, QStringLiteral("99999"));
    EXPECT_LE(stall->value(), deskLimits::kStallDaysMax);
    stall->selectAll();
    QTest::keyClicks(stall, QStringLiteral("0"));
    QTest::keyClick(stall, Qt::Key_Enter);
    EXPECT_GE(stall->value(), deskLimits::kStallDaysMin);
    EXPECT_EQ(dialog.minCycleEventsBox()->minimum(), 2);
    EXPECT_DOUBLE_EQ(dialog.paceBehindBox()->maximum(), 100.0);
    EXPECT_EQ(dialog.damagesPointsBox()->maximum(), 1000);

    // The ranges the engine checks, each named.
    DeskThresholds t;
    t.stallDays = 0;
    EXPECT_TRUE(deskThresholdsProblem(t).contains(QStringLiteral("No pickup movement")));
    t = {};
    t.paceBehind = Percent::fromPoints(101);
    EXPECT_TRUE(deskThresholdsProblem(t).contains(QStringLiteral("Pace behind")));
    t = {};
    t.damagesPoints = 1001;
    EXPECT_FALSE(deskThresholdsProblem(t).isEmpty());
    t = {};
    t.cycleFactor = Percent::zero();
    EXPECT_FALSE(deskThresholdsProblem(t).isEmpty());
    t = {};
    t.minCycleEvents = 1;
    EXPECT_FALSE(deskThresholdsProblem(t).isEmpty());
    EXPECT_TRUE(deskThresholdsProblem(DeskThresholds{}).isEmpty());

    // Settings edited by hand: a value out of range or unreadable is its default, the others are kept.
    {
        QSettings settings;
        settings.setValue(QStringLiteral("desk/stallDays"), 0);
        settings.setValue(QStringLiteral("desk/paceBehind"), QStringLiteral("150"));
        settings.setValue(QStringLiteral("desk/reviewWithinDays"), QStringLiteral("soon"));
        settings.setValue(QStringLiteral("desk/damagesPoints"), 50);
    }
    const DeskThresholds read = readDeskThresholds(QSettings());
    EXPECT_EQ(read.stallDays, 14);
    EXPECT_EQ(read.paceBehind, Percent::fromPoints(10));
    EXPECT_EQ(read.reviewWithinDays, 21);
    EXPECT_EQ(read.damagesPoints, 50);
    QSettings().clear();
}

TEST_F(DeskFixture, TheDeskFlagsByTheThresholdsChosen) {
    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    AtRiskModel* model = desk()->atRiskModel();
    const int paceDefault = flaggedWith(model, forecast::RiskFlag::PaceBehind);
    const int stallDefault = flaggedWith(model, forecast::RiskFlag::NoPickupMovement);
    ASSERT_GT(paceDefault, 0);
    ASSERT_GT(stallDefault, 0);

    // Edit > Desk Thresholds: no pace can trail by more than 100 points, so no group is flagged for it.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<DeskThresholdsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->paceBehindBox()->setValue(100.0);
        dialog->stallDaysBox()->setValue(3660);
        dialog->accept();
    });
    window->deskThresholdsAction()->trigger();
    ready();
    EXPECT_EQ(flaggedWith(model, forecast::RiskFlag::PaceBehind), 0);
    EXPECT_EQ(flaggedWith(model, forecast::RiskFlag::NoPickupMovement), 0);
    EXPECT_EQ(desk()->query().thresholds.stallDays, 3660);
    EXPECT_EQ(readDeskThresholds(QSettings()).paceBehind, Percent::fromPoints(100));

    // A lower threshold flags at least as many groups as the default; the engine agrees row by row.
    DeskThresholds low;
    low.paceBehind = Percent::fromPoints(1);
    desk()->setThresholds(low);
    ready();
    const int paceLow = flaggedWith(model, forecast::RiskFlag::PaceBehind);
    EXPECT_GE(paceLow, paceDefault);
    EXPECT_EQ(flaggedWith(model, forecast::RiskFlag::NoPickupMovement), stallDefault);

    // Cancel changes nothing; the desk's button opens the same dialog.
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<DeskThresholdsDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->restoreDefaults();
        dialog->reject();
    });
    desk()->thresholdsButton()->click();
    ready();
    EXPECT_EQ(desk()->thresholds(), low);
    EXPECT_EQ(flaggedWith(model, forecast::RiskFlag::PaceBehind), paceLow);

    // A new window reads the thresholds kept.
    window->document()->setSaved();
    window = std::make_unique<MainWindow>();
    EXPECT_EQ(window->deskView()->thresholds().paceBehind, Percent::fromPoints(100));
}

TEST_F(DeskFixture, TheFlagsAreAsWideAsTheirTextWithinTheWindow) {
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        window->resize(size);
        desk()->setPeriod(DeskView::Period::Next180);
        ready();
        QTableView* view = desk()->atRiskView();
        QHeaderView* header = view->horizontalHeader();
        const int flags = header->sectionSize(AtRiskModel::FlagsColumn);
        int widest = 0;
        for (int r = 0; r < desk()->atRiskModel()->rowCount(); ++r) {
            widest = std::max(widest, view->fontMetrics().horizontalAdvance(
                                          desk()->atRiskModel()->text(r, AtRiskModel::FlagsColumn)));
        }
        ASSERT_GT(widest, 0);
        // Every flag's text shows whole, unless the group and the next date and action are down to their
        // least: 16 x-widths each, or the next date's label if that is wider.
        const int least = std::max(16 * view->fontMetrics().horizontalAdvance(QLatin1Char('x')),
                                   header->sectionSizeHint(AtRiskModel::NextColumn));
        const int group = header->sectionSize(AtRiskModel::GroupColumn);
        const int next = header->sectionSize(AtRiskModel::NextColumn);
        EXPECT_TRUE(flags > widest || group + next <= 2 * least + 2) << size.width();
        EXPECT_GE(group, least - 1) << size.width();
        EXPECT_GE(next, least - 1) << size.width();
        // The columns fill the list: nothing is left empty on the right.
        EXPECT_GE(header->length(), view->viewport()->width() - 1) << size.width();
    }
}

TEST_F(DeskFixture, ThePastGroupsAreKeptUntilASaveMayHaveChangedThem) {
    desk()->setPeriod(DeskView::Period::Next180);
    ready();
    EXPECT_TRUE(desk()->keepsPastGroups());
    const std::shared_ptr<const DeskData> before = desk()->shown();
    ASSERT_TRUE(before);
    ASSERT_FALSE(before->atRisk.rows.empty());
    EXPECT_TRUE(sameRows(before->atRisk, expected(desk()->query())));

    // The past groups of the hotel of a row whose pace is known, their pickup reports doubled behind the
    // desk's back.
    const auto paced = std::find_if(before->atRisk.rows.begin(), before->atRisk.rows.end(),
                                    [](const forecast::AtRiskRow& r) { return r.pacePoints.has_value(); });
    ASSERT_NE(paced, before->atRisk.rows.end());
    const std::string hotel = paced->hotel;
    st::ContractFilter filter;
    filter.hotel = hotel;
    filter.statuses = {ContractStatus::Actualized};
    std::vector<st::StoredContract> past;
    st::ContractRepository& repository = *window->repository();
    ASSERT_TRUE(repository.forEachContract(filter, [&](const st::StoredContract& c) {
        if (c.contract.departure <= desk()->query().today) {
            past.push_back(c);
        }
        return true;
    }));
    ASSERT_FALSE(past.empty());
    for (const st::StoredContract& stored : past) {
        auto reports = repository.pickupSnapshots(stored.id);
        ASSERT_TRUE(reports);
        for (st::StoredPickupSnapshot& report : *reports) {
            for (PickupEntry& e : report.snapshot.entries) {
                e.rooms *= 2;
            }
            ASSERT_TRUE(repository.recordPickupSnapshot(stored.id, report.snapshot, "test"));
        }
    }

    // A change of filter reads only the contracts of the new query: the past groups are those kept, and
    // the hotel's rows are those shown before, though a fresh read now differs.
    desk()->setHotel(QString::fromStdString(hotel));
    ready();
    forecast::AtRiskList kept = before->atRisk;
    std::erase_if(kept.rows, [&](const forecast::AtRiskRow& r) { return r.hotel != hotel; });
    ASSERT_FALSE(kept.rows.empty());
    EXPECT_TRUE(sameRows(desk()->shown()->atRisk, kept));
    const forecast::AtRiskList fresh = expected(desk()->query());
    ASSERT_FALSE(sameRows(fresh, kept)) << "the changed past groups change nothing";

    // A save (of that past group) may change the past groups: the desk reads them again.
    ASSERT_TRUE(window->openContract(contractKey(past.front().id)));
    window->document()->edit(QStringLiteral("Notes"), {}, [](Contract& c) { c.notes += " (checked)"; });
    ASSERT_TRUE(window->save());
    window->setPage(MainWindow::Page::Desk);
    ready();
    EXPECT_TRUE(sameRows(desk()->shown()->atRisk, fresh));
    EXPECT_TRUE(desk()->keepsPastGroups());
}

} // namespace
