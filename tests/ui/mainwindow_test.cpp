// The main window over a contract database: the list read a page at a time, its filters and sorting handed
// to the repository, switching contracts with unsaved changes, saving by version and conflicts, scenarios
// stored with the contract, importing and exporting, a database that cannot be opened, the very first start,
// and the window state kept between runs. Every test works on its own copy of one generated database.

#include "../support/shared_database.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "charts/pickuppacechart.h"
#include "charts/scenariocurveschart.h"
#include "democontracts.h"
#include "editor/contracteditor.h"
#include "models/contractlistmodel.h"
#include "models/hoteloutlookmodel.h"
#include "models/pickuppacemodel.h"
#include "models/scenariocomparisonmodel.h"
#include "models/scenarioset.h"
#include "session/autosave.h"
#include "session/contractdocument.h"
#include "session/contractfiles.h"
#include "session/database.h"
#include "session/folders.h"
#include "views/chartspanel.h"
#include "views/contractlistpanel.h"
#include "views/damagespanel.h"
#include "views/mainwindow.h"
#include "views/quotepanel.h"
#include "views/scenariopanel.h"
#include "widget_test_support.h"
#include "widgets/gridview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;
using attrition::testsupport::copySharedDatabase;
using attrition::uitest::MessageBoxAnswer;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

constexpr std::int64_t kGenerated = 3000;

st::ConnectionSettings fileSettings(const QString& path) {
    st::ConnectionSettings s;
    s.file = path.toStdString();
    return s;
}

std::unique_ptr<st::SqlContractRepository> openFile(const QString& path, bool create = false) {
    st::OpenOptions options;
    options.createIfMissing = create;
    auto opened = st::SqlContractRepository::open(fileSettings(path), options);
    if (!opened) {
        ADD_FAILURE() << opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

class MainWindowFixture : public ::testing::Test {
protected:
    /// One database for the whole suite (the demonstration portfolio and a few thousand generated
    /// contracts); each test works on a copy of it.
    static void SetUpTestSuite() {
        templateDir_ = new QTemporaryDir;
        const QString path = QDir(templateDir_->path()).absoluteFilePath(QStringLiteral("template.sqlite"));
        ASSERT_TRUE(copySharedDatabase(
            QStringLiteral("mainwindow"),
            [](const QString& built) {
                auto repository = openFile(built, true);
                if (repository == nullptr || !repository->saveNew(demo::portfolio(), "test")) {
                    return false;
                }
                st::SampleDataOptions options;
                options.contracts = kGenerated;
                const auto generated = st::populateSampleData(*repository, options);
                if (!generated) {
                    ADD_FAILURE() << generated.error().message;
                }
                return static_cast<bool>(generated);
            },
            path));
    }
    static void TearDownTestSuite() {
        delete templateDir_;
        templateDir_ = nullptr;
    }

    MainWindowFixture() {
        QSettings().clear();
        databasePath = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
        EXPECT_TRUE(QFile::copy(
            QDir(templateDir_->path()).absoluteFilePath(QStringLiteral("template.sqlite")), databasePath));
        QSettings settings;
        st::writeConnectionSettings(settings, fileSettings(databasePath));
        settings.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Lima"));
        startWindow();
    }
    ~MainWindowFixture() override {
        if (window) {
            window->document()->setSaved();
            window.reset();
        }
        QSettings().clear();
    }

    void startWindow() {
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        ASSERT_TRUE(window->openInitialDatabase());
        window->show();
        // The window opens on the desk; these tests are about the contract list and the editor.
        window->setPage(MainWindow::Page::Contracts);
        settle();
    }

    ContractListModel* model() const { return window->listModel(); }
    ContractListPanel* list() const { return window->listPanel(); }
    QString idOf(const char* reference) const {
        auto stored = window->repository()->loadByReference(reference);
        return stored ? contractKey(stored->id) : QString();
    }
    std::int64_t count(const st::ContractFilter& filter) const {
        st::ContractQuery query;
        query.filter = filter;
        query.limit = 1;
        return window->repository()->listContracts(query)->total;
    }
    void choose(QComboBox* combo, const QString& text) {
        list()->fillFilterChoices();
        const int at = combo->findText(text);
        ASSERT_GE(at, 0) << text.toStdString();
        combo->setCurrentIndex(at);
        settle();
    }
    void chooseInList(const QString& id) {
        const int row = model()->rowForId(id);
        ASSERT_GE(row, 0);
        list()->view()->setCurrentIndex(model()->index(row, ContractListModel::GroupColumn));
        settle();
    }
    void search(const QString& text) {
        list()->searchBox()->clear();
        QTest::keyClicks(list()->searchBox(), text);
        QTest::keyClick(list()->searchBox(), Qt::Key_Return);
        settle();
    }

    static inline QTemporaryDir* templateDir_ = nullptr;
    QTemporaryDir dir;
    QString databasePath;
    std::unique_ptr<MainWindow> window;
};

TEST_F(MainWindowFixture, UnsavedEditsLeftByAStoppedProgramAreOfferedBack) {
    const QString id = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(id));
    window->document()->edit(QStringLiteral("Edit group"), {},
                             [](Contract& c) { c.groupName = "Renamed before a crash"; });
    window->autosave()->writeNow();
    const QString file = window->autosave()->currentFile();
    ASSERT_TRUE(QFile::exists(file));
    // The program stops without saving: keep its copy as a crash would leave it.
    const QString kept = file + QStringLiteral(".kept");
    ASSERT_TRUE(QFile::copy(file, kept));
    window->document()->setSaved();
    window.reset();
    EXPECT_FALSE(QFile::exists(file)) << "an orderly end leaves no copy";
    ASSERT_TRUE(QFile::rename(kept, file));

    {
        MessageBoxAnswer restore(QMessageBox::Yes);
        startWindow();
        EXPECT_TRUE(restore.answered());
        EXPECT_TRUE(restore.text().contains(QStringLiteral("Renamed before a crash")))
            << restore.text().toStdString();
    }
    ContractDocument* doc = window->document();
    EXPECT_EQ(doc->sourceId(), id);
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(doc->contract().groupName, "Renamed before a crash");
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.groupName,
              "American Society of Cardiac Nurses 2027")
        << "restoring writes nothing to the database";
    EXPECT_TRUE(QFile::exists(window->autosave()->currentFile())) << "the restored edits are kept again";

    ASSERT_TRUE(window->save());
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.groupName,
              "Renamed before a crash");
    EXPECT_FALSE(QFile::exists(window->autosave()->currentFile())) << "saved: the copy is gone";
}

TEST_F(MainWindowFixture, DiscardedRecoveredEditsAreGone) {
    const QString id = idOf("GRP-27-0610");
    ASSERT_TRUE(window->openContract(id));
    window->document()->edit(QStringLiteral("Edit notes"), {}, [](Contract& c) { c.notes = "lost?"; });
    window->autosave()->writeNow();
    const QString file = window->autosave()->currentFile();
    const QString kept = file + QStringLiteral(".kept");
    ASSERT_TRUE(QFile::copy(file, kept));
    window->document()->setSaved();
    window.reset();
    ASSERT_TRUE(QFile::rename(kept, file));
    EXPECT_TRUE(Autosave::recoverable(QStringLiteral("/another/database.sqlite")).empty())
        << "only edits of the database being opened are offered";
    {
        MessageBoxAnswer discard(QMessageBox::Discard);
        startWindow();
        EXPECT_TRUE(discard.answered());
    }
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(Autosave::recoverable(window->repository()
                                          ? QString::fromStdString(window->repository()->location())
                                          : QString())
                    .empty());
}

} // namespace

TEST_F(MainWindowFixture, ReadsTheListAPageAtATimeAsItScrolls) {
    const int total = static_cast<int>(kGenerated) + 8;
    EXPECT_EQ(model()->rowCount(), total);
    EXPECT_EQ(list()->countLabel()->text(), QStringLiteral("3,008 contracts"));
    // Shown: the first page or two, never the whole list.
    EXPECT_LE(model()->pagesRead(), 3);
    model()->assessPending();
    const int assessedAtStart = model()->contractsAssessed();
    EXPECT_GT(assessedAtStart, 0);
    EXPECT_LE(assessedAtStart, 60); // only the rows on screen were loaded and assessed
    EXPECT_FALSE(window->document()->sourceId().isEmpty()); // the first contract is open

    const int pagesBefore = model()->pagesRead();
    QScrollBar* bar = list()->view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    settle();
    model()->assessPending();
    EXPECT_LE(model()->pagesRead() - pagesBefore, 2); // the last page, not the 29 between
    EXPECT_LE(model()->contractsAssessed() - assessedAtStart, 60);
    const QModelIndex last = model()->index(total - 1, ContractListModel::ExposureColumn);
    EXPECT_FALSE(last.data(ContractListModel::PendingRole).toBool());
    EXPECT_NE(last.data().toString(), QStringLiteral("\u2026"));
}

TEST_F(MainWindowFixture, ShowsPickupAndExposureOfTheRowsShown) {
    search(QStringLiteral("GRP-27-0610"));
    ASSERT_EQ(model()->rowCount(), 1);
    // Worked out once the row was painted, without anyone asking for it.
    EXPECT_FALSE(
        model()->index(0, ContractListModel::ExposureColumn).data(ContractListModel::PendingRole).toBool());
    EXPECT_EQ(model()->index(0, ContractListModel::ExposureColumn).data().toString(),
              QStringLiteral("28,680.00\u00A0USD"));
    EXPECT_EQ(model()->index(0, ContractListModel::PickupColumn).data().toString(),
              QStringLiteral("cancelled"));
}

TEST_F(MainWindowFixture, FiltersAndSortingReachTheQuery) {
    choose(list()->statusFilter(), QStringLiteral("Tentative"));
    EXPECT_EQ(model()->filter().statuses, std::vector{ContractStatus::Tentative});
    st::ContractFilter expected;
    expected.statuses = {ContractStatus::Tentative};
    EXPECT_EQ(model()->rowCount(), count(expected));
    EXPECT_TRUE(list()->countLabel()->text().endsWith(QStringLiteral(" of 3,008 contracts")));

    choose(list()->salesManagerFilter(), QStringLiteral("Dana Whitfield"));
    expected.salesManager = "Dana Whitfield";
    EXPECT_EQ(model()->filter().salesManager, expected.salesManager);
    EXPECT_EQ(model()->rowCount(), count(expected));
    list()->statusFilter()->setCurrentIndex(0);
    list()->salesManagerFilter()->setCurrentIndex(0);
    settle();
    EXPECT_EQ(model()->rowCount(), static_cast<int>(kGenerated) + 8);

    choose(list()->monthFilter(), QStringLiteral("May 2027"));
    st::ContractFilter may;
    may.arrivalFrom = demo::date("2027-05-01");
    may.arrivalTo = demo::date("2027-05-31");
    EXPECT_EQ(model()->filter().arrivalFrom, may.arrivalFrom);
    EXPECT_EQ(model()->filter().arrivalTo, may.arrivalTo);
    EXPECT_EQ(model()->rowCount(), count(may));
    EXPECT_GT(model()->rowCount(), 0);
    list()->monthFilter()->setCurrentIndex(0);

    // Arriving soon, this or next quarter, or between two dates, counted from the list's today.
    list()->setToday(QDate(2027, 5, 10));
    const auto expectArrivals = [&](const QString& choice, const char* from, const char* to) {
        choose(list()->monthFilter(), choice);
        EXPECT_EQ(model()->filter().arrivalFrom, demo::date(from)) << choice.toStdString();
        EXPECT_EQ(model()->filter().arrivalTo, demo::date(to)) << choice.toStdString();
        st::ContractFilter arriving;
        arriving.arrivalFrom = demo::date(from);
        arriving.arrivalTo = demo::date(to);
        EXPECT_EQ(model()->rowCount(), count(arriving)) << choice.toStdString();
    };
    expectArrivals(QStringLiteral("Arriving in the next 30 days"), "2027-05-10", "2027-06-09");
    expectArrivals(QStringLiteral("Arriving in the next 90 days"), "2027-05-10", "2027-08-08");
    expectArrivals(QStringLiteral("Arriving this quarter"), "2027-04-01", "2027-06-30");
    expectArrivals(QStringLiteral("Arriving next quarter"), "2027-07-01", "2027-09-30");
    EXPECT_GT(model()->rowCount(), 0);
    list()->setArrivalRange(QDate(2027, 9, 30), QDate(2027, 5, 2)); // either order
    EXPECT_EQ(model()->filter().arrivalFrom, demo::date("2027-05-02"));
    EXPECT_EQ(model()->filter().arrivalTo, demo::date("2027-09-30"));
    EXPECT_EQ(list()->monthFilter()->currentText(), QStringLiteral("Arriving 5/2/27 to 9/30/27"));
    list()->monthFilter()->setCurrentIndex(0);
    EXPECT_FALSE(model()->filter().arrivalFrom);
    list()->setToday({});

    choose(list()->accountFilter(), QStringLiteral("Fabrikam"));
    EXPECT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(model()->index(0, ContractListModel::ReferenceColumn).data().toString(),
              QStringLiteral("GRP-27-0802"));
    // The group's whole name in the tooltip, which a narrow column cuts short.
    const QString tip = model()->index(0, ContractListModel::GroupColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.startsWith(
        QString::fromStdString(window->repository()->loadByReference("GRP-27-0802")->contract.groupName) +
        QLatin1Char('\n')))
        << tip.toStdString();
    list()->accountFilter()->setCurrentIndex(0);

    search(QStringLiteral("harborview"));
    st::ContractFilter text;
    text.text = "harborview";
    EXPECT_EQ(model()->filter().text, "harborview");
    EXPECT_EQ(model()->rowCount(), count(text));
    search(QStringLiteral("Midwest Robotics"));
    EXPECT_EQ(model()->rowCount(), 1);
    search({});
    EXPECT_EQ(model()->rowCount(), static_cast<int>(kGenerated) + 8);

    // Sorting: the repository's order, by group name, last first.
    list()->view()->sortByColumn(ContractListModel::GroupColumn, Qt::DescendingOrder);
    settle();
    st::ContractQuery query;
    query.sortBy = st::ContractSortKey::GroupName;
    query.order = st::SortOrder::Descending;
    query.limit = 3;
    const auto top = window->repository()->listContracts(query);
    ASSERT_TRUE(top);
    for (int r = 0; r < 3; ++r) {
        EXPECT_EQ(model()->index(r, ContractListModel::ReferenceColumn).data().toString(),
                  QString::fromStdString(top->rows[static_cast<std::size_t>(r)].reference));
    }
    // Exposure is worked out for the rows shown only: the list keeps its order.
    list()->view()->horizontalHeader()->setSortIndicator(ContractListModel::ExposureColumn,
                                                         Qt::AscendingOrder);
    settle();
    EXPECT_EQ(model()->sortColumn(), ContractListModel::GroupColumn);
    EXPECT_EQ(list()->view()->horizontalHeader()->sortIndicatorSection(), ContractListModel::GroupColumn);
}

TEST_F(MainWindowFixture, AsksBeforeUnsavedChangesAreLost) {
    const QString meeting = idOf("GRP-27-0509");
    const QString cancelled = idOf("GRP-27-0610");
    search(QStringLiteral("GRP-27-0"));
    ASSERT_TRUE(window->openContract(meeting));
    ContractDocument* doc = window->document();
    doc->edit(QStringLiteral("Edit group"), {}, [](Contract& c) { c.groupName = "Renamed"; });
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(model()->index(model()->rowForId(meeting), 0).data().toString(),
              QStringLiteral("\u2022 Renamed"));

    {
        MessageBoxAnswer cancel(QMessageBox::Cancel);
        chooseInList(cancelled);
        EXPECT_TRUE(cancel.answered());
        EXPECT_TRUE(cancel.text().contains(QStringLiteral("Renamed")));
    }
    EXPECT_EQ(doc->sourceId(), meeting);
    EXPECT_EQ(list()->currentId(), meeting);
    EXPECT_TRUE(doc->isModified());

    {
        MessageBoxAnswer discard(QMessageBox::Discard);
        chooseInList(cancelled);
        EXPECT_TRUE(discard.answered());
    }
    EXPECT_EQ(doc->sourceId(), cancelled);
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.groupName,
              "American Society of Cardiac Nurses 2027");
}

TEST_F(MainWindowFixture, AsksBeforeAnOutlookNotSavedIsLeftBehindWithItsDatabase) {
    // A tentative group's Quote page, its hotel's outlook pasted in and not saved.
    ASSERT_TRUE(window->openContract(idOf("GRP-27-0117")));
    const Contract c = window->document()->contract();
    QuotePanel* quote = window->quotePanel();
    quote->outlookGrid()->setCurrentIndex(quote->outlookModel()->index(0, 0));
    quote->outlookGrid()->pasteText(QStringLiteral("250\t180\t180.00\t20.00\n"));
    settle();
    ASSERT_TRUE(quote->hasUnsavedOutlook());
    const QString other = QDir(dir.path()).absoluteFilePath(QStringLiteral("other.sqlite"));
    const st::ContractRepository* before = window->repository();

    // Cancel: the database and the outlook stay as they were.
    {
        MessageBoxAnswer cancel(QMessageBox::Cancel);
        EXPECT_FALSE(window->newDatabase(other));
        EXPECT_TRUE(cancel.answered());
        EXPECT_TRUE(cancel.text().contains(QStringLiteral("outlook"))) << cancel.text().toStdString();
    }
    EXPECT_FALSE(QFile::exists(other));
    EXPECT_EQ(window->repository(), before);
    EXPECT_TRUE(quote->hasUnsavedOutlook());

    // Save: the outlook is stored in the database it was entered over, then the other one opens.
    {
        MessageBoxAnswer save(QMessageBox::Save);
        EXPECT_TRUE(window->newDatabase(other));
        EXPECT_TRUE(save.answered());
    }
    EXPECT_TRUE(QFile::exists(other));
    EXPECT_NE(window->repository(), before);
    EXPECT_FALSE(quote->hasUnsavedOutlook());
    auto first = openFile(databasePath);
    ASSERT_NE(first, nullptr);
    auto stored = first->hotelOutlook(c.hotel, c.arrival, c.arrival);
    ASSERT_TRUE(static_cast<bool>(stored)) << stored.error().message;
    ASSERT_EQ(stored->size(), 1U);
    EXPECT_EQ(stored->front().capacity, 250);
}

TEST_F(MainWindowFixture, SavesByVersionAndTheChangeIsThereAfterReopening) {
    const QString meeting = idOf("GRP-27-0509");
    search(QStringLiteral("GRP-27-0509"));
    ASSERT_TRUE(window->openContract(meeting));
    const std::int64_t version = window->loadedVersion();
    window->document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) {
        c.block[0].rate = demo::money("199.00", demo::usd());
        c.groupName = "Cardiac Nurses, saved";
    });
    ASSERT_TRUE(window->save());
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(window->loadedVersion(), version + 1);
    const auto stored = window->repository()->loadByReference("GRP-27-0509");
    EXPECT_EQ(stored->contract.block[0].rate, demo::money("199.00", demo::usd()));
    EXPECT_EQ(stored->updatedBy, "Ana Lima");
    EXPECT_EQ(model()->index(0, 0).data().toString(), QStringLiteral("Cardiac Nurses, saved"));

    // Reopened: the list and the editor show what was saved.
    window->document()->setSaved();
    window.reset();
    startWindow();
    search(QStringLiteral("GRP-27-0509"));
    ASSERT_EQ(model()->rowCount(), 1);
    EXPECT_EQ(model()->index(0, 0).data().toString(), QStringLiteral("Cardiac Nurses, saved"));
    ASSERT_TRUE(window->openContract(meeting));
    EXPECT_EQ(window->document()->contract().block[0].rate, demo::money("199.00", demo::usd()));
}

TEST_F(MainWindowFixture, AStaleSaveShowsWhoSavedInBetweenAndOffersToReload) {
    const QString meeting = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(meeting));
    {
        auto colleague = openFile(databasePath);
        ASSERT_NE(colleague, nullptr);
        auto theirs = colleague->loadByReference("GRP-27-0509");
        theirs->contract.notes = "Ben's note";
        ASSERT_TRUE(colleague->save(theirs->id, theirs->contract, theirs->version, "Ben Okafor"));
    }
    window->document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.groupName = "Mine"; });
    {
        MessageBoxAnswer keep(QMessageBox::Cancel);
        EXPECT_FALSE(window->save());
        EXPECT_TRUE(keep.answered());
        EXPECT_TRUE(keep.text().contains(QStringLiteral("Ben Okafor"))) << keep.text().toStdString();
    }
    EXPECT_TRUE(window->document()->isModified()); // the edits are kept
    EXPECT_EQ(window->document()->contract().groupName, "Mine");
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.groupName,
              "American Society of Cardiac Nurses 2027");
    {
        MessageBoxAnswer reload(QMessageBox::Reset);
        EXPECT_FALSE(window->save());
        EXPECT_TRUE(reload.answered());
    }
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_EQ(window->document()->contract().notes, "Ben's note");
    window->document()->edit(QStringLiteral("Edit"), {}, [](Contract& c) { c.groupName = "Mine again"; });
    EXPECT_TRUE(window->save()); // now from the version stored
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.groupName, "Mine again");
}

TEST_F(MainWindowFixture, ScenariosAreStoredWithTheContract) {
    const QString meeting = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(meeting));
    window->setMode(MainWindow::Mode::Scenarios);
    ScenarioPanel* panel = window->scenarioPanel();
    panel->scenarioSet()->edit(QStringLiteral("cancel"), {}, [](std::vector<Scenario>& all) {
        Scenario s;
        s.name = "Cancel on 1 March";
        s.overrides.cancellationNotice = demo::date("2027-03-01");
        all.push_back(s);
    });
    settle();
    ASSERT_TRUE(window->close()); // stores what was not stored yet
    window.reset();
    startWindow();
    ASSERT_TRUE(window->openContract(meeting));
    const std::vector<Scenario>& scenarios = window->scenarioPanel()->scenarioSet()->scenarios();
    ASSERT_EQ(scenarios.size(), 1U);
    EXPECT_EQ(scenarios[0].name, "Cancel on 1 March");
    EXPECT_EQ(scenarios[0].overrides.cancellationNotice, demo::date("2027-03-01"));
    EXPECT_EQ(window->repository()->scenarios(*contractIdFromKey(meeting))->at(0).savedBy, "Ana Lima");

    // Removing it (and undoing that) reaches the repository too.
    window->setMode(MainWindow::Mode::Scenarios);
    window->scenarioPanel()->scenarioSet()->edit(QStringLiteral("remove"), {},
                                                 [](std::vector<Scenario>& all) { all.clear(); });
    window->flushScenarios();
    EXPECT_TRUE(window->repository()->scenarios(*contractIdFromKey(meeting))->empty());
    window->undoAction()->trigger();
    window->flushScenarios();
    EXPECT_EQ(window->repository()->scenarios(*contractIdFromKey(meeting))->size(), 1U);
}

TEST_F(MainWindowFixture, AGridOfScenariosIsAddedWholeAsOneStepOrNotAtAll) {
    const QString meeting = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(meeting));
    window->setMode(MainWindow::Mode::Scenarios);
    ScenarioPanel* panel = window->scenarioPanel();
    ScenarioSet* set = panel->scenarioSet();
    ASSERT_TRUE(set->scenarios().empty());

    // A grid with a mistake in one row adds nothing, and says where the mistake is.
    const QString refused = panel->addScenarioGrid("name,pickup\nLow,70\nHigh,abc\n");
    EXPECT_TRUE(refused.contains(QStringLiteral("line 3"))) << refused.toStdString();
    EXPECT_TRUE(set->scenarios().empty());

    // Cells copied from a spreadsheet: a tab between cells. Every row is a scenario, named as the grid
    // names it or after what it tries.
    ASSERT_EQ(
        panel->addScenarioGrid("name\tpickup\tfb-spend\r\nLow, \"early\"\t70\t\r\n\t85.5\t12000.00\r\n"),
        QString());
    const std::vector<Scenario>& added = set->scenarios();
    ASSERT_EQ(added.size(), 2U);
    EXPECT_EQ(added[0].name, "Low, \"early\"");
    EXPECT_EQ(added[0].overrides.uniformPickup, Percent::fromPoints(70));
    EXPECT_FALSE(added[0].overrides.foodBeverageSpend.has_value());
    EXPECT_FALSE(added[1].name.empty());
    EXPECT_EQ(added[1].overrides.uniformPickup, Percent::parse("85.5"));
    ASSERT_TRUE(added[1].overrides.foodBeverageSpend.has_value());
    EXPECT_EQ(added[1].overrides.foodBeverageSpend->minorUnits(), 1'200'000);
    EXPECT_EQ(panel->currentScenario(), 0);
    settle();
    EXPECT_EQ(panel->comparison()->columnCount(), 3); // the contract and its two scenarios

    // One undo step takes the whole grid away.
    window->undoAction()->trigger();
    EXPECT_TRUE(set->scenarios().empty());
    window->redoAction()->trigger();
    EXPECT_EQ(set->scenarios().size(), 2U);

    // More than the window compares at once is refused, pointing to the command line.
    QByteArray large = "pickup\n";
    for (int i = 0; i < ScenarioPanel::kMaxScenarios; ++i) {
        large += QByteArray::number(50 + i % 50) + '\n';
    }
    const QString tooMany = panel->addScenarioGrid(large);
    EXPECT_TRUE(tooMany.contains(QStringLiteral("attrition-cli assess --scenarios")))
        << tooMany.toStdString();
    EXPECT_EQ(set->scenarios().size(), 2U);
}

TEST_F(MainWindowFixture, ScenariosComeBackInTheOrderAndColoursTheyHad) {
    const QString meeting = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(meeting));
    window->setMode(MainWindow::Mode::Scenarios);
    ScenarioPanel* panel = window->scenarioPanel();
    for (int i = 0; i < 3; ++i) {
        panel->addScenario(); // named after their pickup: 90%, 80%, 70%
    }
    window->flushScenarios();
    // Named by the user (last by the alphabet), and one whose name follows a change of its settings.
    panel->scenarioSet()->edit(QStringLiteral("rename"), {},
                               [](std::vector<Scenario>& all) { all[0].name = "Zebra"; });
    window->flushScenarios();
    panel->scenarioSet()->edit(QStringLiteral("pickup"), {}, [](std::vector<Scenario>& all) {
        all[1].overrides.uniformPickup = Percent::fromPoints(55);
        all[1].name = ScenarioSet::uniqueSuggestedName(all[1].overrides, all, 1);
    });
    window->flushScenarios();
    panel->scenarioSet()->edit(QStringLiteral("add"), {}, [](std::vector<Scenario>& all) {
        Scenario s;
        s.name = "Aardvark";
        s.overrides.withoutCancellation = true;
        all.push_back(s);
    });
    window->flushScenarios();
    // Removed, stored without it, then brought back between the others by undo.
    panel->selectScenario(1);
    panel->removeScenario();
    window->flushScenarios();
    window->undoAction()->trigger();
    window->flushScenarios();
    settle();

    const auto names = [](const std::vector<Scenario>& all) {
        std::vector<std::string> out;
        for (const Scenario& s : all) {
            out.push_back(s.name);
        }
        return out;
    };
    const std::vector<std::string> order = names(panel->scenarioSet()->scenarios());
    ASSERT_EQ(order.size(), 4U);
    EXPECT_EQ(order[0], "Zebra");
    EXPECT_EQ(order[3], "Aardvark");
    const auto read = window->repository()->scenarios(*contractIdFromKey(meeting));
    ASSERT_TRUE(read.ok());
    std::vector<std::string> stored;
    for (const st::StoredScenario& s : read.value()) {
        stored.push_back(s.scenario.name);
    }
    EXPECT_EQ(stored, order);
    ScenarioCurvesChart* curves = panel->chart();
    ASSERT_EQ(curves->curveCount(), 5);
    QStringList curveNames;
    QList<QColor> colours;
    for (int i = 0; i < curves->curveCount(); ++i) {
        curveNames << curves->curveName(i);
        colours << curves->curveColor(i);
    }
    EXPECT_EQ(curveNames.mid(1),
              (QStringList{QString::fromStdString(order[0]), QString::fromStdString(order[1]),
                           QString::fromStdString(order[2]), QStringLiteral("Aardvark")}));

    ASSERT_TRUE(window->close());
    window.reset();
    startWindow();
    ASSERT_TRUE(window->openContract(meeting));
    window->setMode(MainWindow::Mode::Scenarios);
    settle();
    panel = window->scenarioPanel();
    EXPECT_EQ(names(panel->scenarioSet()->scenarios()), order);
    curves = panel->chart();
    ASSERT_EQ(curves->curveCount(), 5);
    for (int i = 0; i < curves->curveCount(); ++i) {
        EXPECT_EQ(curves->curveName(i), curveNames[i]);
        EXPECT_EQ(curves->curveColor(i), colours[i]) << curveNames[i].toStdString();
    }
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(panel->comparison()->headerData(i + 1, Qt::Horizontal).toString(), curveNames[i + 1]);
    }
}

TEST_F(MainWindowFixture, TheListsContextMenuOffersOpenArchiveAndDelete) {
    const QString meeting = idOf("GRP-27-0509");
    chooseInList(meeting);
    std::unique_ptr<QMenu> menu(window->createContractMenu(meeting, window.get()));
    QStringList texts;
    for (QAction* a : menu->actions()) {
        if (!a->isSeparator()) {
            texts << a->text().remove(QLatin1Char('&'));
        }
    }
    EXPECT_TRUE(texts.contains(QStringLiteral("Open"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Archive"))) << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(QStringLiteral("Delete\u2026"))) << texts.join(QLatin1Char('|')).toStdString();
    for (QAction* a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Open")) {
            a->trigger();
        }
    }
    settle();
    EXPECT_EQ(window->document()->sourceId(), meeting);

    // A right click on a row selects it and asks for its menu.
    const QString other = model()->idAt(1);
    QString asked;
    QObject::connect(list(), &ContractListPanel::contractMenuRequested,
                     [&](const QString& id, const QPoint&) { asked = id; });
    const QRect cell = list()->view()->visualRect(model()->index(1, ContractListModel::GroupColumn));
    emit list()->view()->customContextMenuRequested(cell.center());
    settle();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* popup = qobject_cast<QMenu*>(w); popup != nullptr && popup->isVisible()) {
            popup->close();
        }
    }
    EXPECT_EQ(asked, other);
    EXPECT_EQ(list()->currentId(), other);
}

TEST_F(MainWindowFixture, ArchivedContractsAreHiddenUnlessTheListShowsThem) {
    const QString meeting = idOf("GRP-27-0509");
    const int before = model()->total();
    ASSERT_TRUE(window->setContractArchived(meeting, true));
    settle();
    EXPECT_EQ(model()->total(), before - 1);
    EXPECT_LT(model()->rowForId(meeting, 1000), 0);
    EXPECT_TRUE(window->repository()->load(*contractIdFromKey(meeting))->archived);

    list()->showArchivedBox()->setChecked(true);
    settle();
    EXPECT_EQ(model()->total(), before);
    const int row = model()->rowForId(meeting, 1000);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(model()
                    ->index(row, ContractListModel::StatusColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("archived")));
    EXPECT_TRUE(
        model()->index(row, ContractListModel::GroupColumn).data(Qt::FontRole).value<QFont>().italic());

    ASSERT_TRUE(window->setContractArchived(meeting, false));
    list()->showArchivedBox()->setChecked(false);
    settle();
    EXPECT_EQ(model()->total(), before);
    EXPECT_FALSE(window->repository()->load(*contractIdFromKey(meeting))->archived);
}

TEST_F(MainWindowFixture, DeletingAsksNamingTheGroupAndUndoDeleteBringsItAllBack) {
    const QString meeting = idOf("GRP-27-0509");
    const st::ContractId key = *contractIdFromKey(meeting);
    Scenario s;
    s.name = "Cancel on 1 March";
    s.overrides.cancellationNotice = demo::date("2027-03-01");
    ASSERT_TRUE(window->repository()->saveScenario(key, s, "Ana Lima"));
    const auto reports = window->repository()->pickupSnapshots(key);
    ASSERT_TRUE(reports);
    const std::string group = window->repository()->load(key)->contract.groupName;
    const int before = model()->total();
    EXPECT_FALSE(window->undoDeleteAction()->isEnabled());

    {
        MessageBoxAnswer answer(QMessageBox::Cancel);
        EXPECT_FALSE(window->deleteContract(meeting));
        EXPECT_TRUE(answer.answered());
    }
    EXPECT_TRUE(window->repository()->load(key));
    {
        MessageBoxAnswer answer(QMessageBox::Yes);
        ASSERT_TRUE(window->deleteContract(meeting));
        EXPECT_TRUE(answer.text().contains(QString::fromStdString(group))) << answer.text().toStdString();
        EXPECT_TRUE(answer.text().contains(QStringLiteral("GRP-27-0509"))) << answer.text().toStdString();
    }
    settle();
    EXPECT_EQ(window->repository()->load(key).error().kind, st::ErrorKind::NotFound);
    EXPECT_EQ(model()->total(), before - 1);
    auto trail = window->repository()->auditTrail(st::AuditQuery{key, std::nullopt, 0, 1});
    ASSERT_TRUE(trail && !trail->empty());
    EXPECT_EQ(trail->front().action, st::AuditAction::ContractRemoved);
    EXPECT_EQ(trail->front().user, "Ana Lima");
    EXPECT_EQ(trail->front().reference, "GRP-27-0509");
    EXPECT_TRUE(window->undoDeleteAction()->isEnabled());
    EXPECT_TRUE(window->undoDeleteAction()->text().contains(QStringLiteral("GRP-27-0509")));

    window->undoDeleteAction()->trigger();
    settle();
    auto back = window->repository()->load(key); // the same id
    ASSERT_TRUE(back);
    EXPECT_EQ(back->contract.groupName, group);
    EXPECT_EQ(window->repository()->scenarios(key)->size(), 1U);
    EXPECT_EQ(window->repository()->pickupSnapshots(key)->size(), reports->size());
    EXPECT_EQ(model()->total(), before);
    EXPECT_FALSE(window->undoDeleteAction()->isEnabled());
    ASSERT_TRUE(window->openContract(meeting));
}

TEST_F(MainWindowFixture, ChartsThePaceOfTheStoredPickupReports) {
    // Generated contracts have pickup reports now and then: find one.
    std::optional<st::StoredContract> withReports;
    std::size_t reports = 0;
    for (int i = 1; i <= 40 && !withReports; ++i) {
        auto stored = window->repository()->loadByReference(
            QStringLiteral("GRP-%1").arg(i, 7, 10, QLatin1Char('0')).toStdString());
        ASSERT_TRUE(stored);
        reports = window->repository()->pickupSnapshots(stored->id)->size();
        if (reports > 1) {
            withReports = *stored;
        }
    }
    ASSERT_TRUE(withReports);
    ASSERT_TRUE(window->openContract(contractKey(withReports->id)));
    PickupPaceModel* pace = window->chartsPanel()->paceModel();
    ASSERT_EQ(pace->rowCount(), static_cast<int>(reports));
    std::int64_t block = 0;
    for (const BlockEntry& e : withReports->contract.block) {
        block += e.rooms;
    }
    EXPECT_EQ(pace->block(), block);
    EXPECT_EQ(pace->cutoff(), withReports->contract.cutoff);
    EXPECT_EQ(window->chartsPanel()->paceChart()->paceSeries()->count(), static_cast<int>(reports));
    for (int r = 1; r < pace->rowCount(); ++r) { // in order of report date
        EXPECT_LT(pace->reports()[static_cast<std::size_t>(r - 1)].date,
                  pace->reports()[static_cast<std::size_t>(r)].date);
    }
    // A contract without reports: an empty chart.
    ASSERT_TRUE(window->openContract(idOf("GRP-27-0509")));
    EXPECT_EQ(pace->rowCount(), 0);
}

TEST_F(MainWindowFixture, UndoAndRedoFollowTheModeShown) {
    ASSERT_TRUE(window->openContract(idOf("GRP-27-0509")));
    ContractDocument* doc = window->document();
    doc->edit(QStringLiteral("Edit rate"), {},
              [](Contract& c) { c.block[0].rate = demo::money("1.00", demo::usd()); });
    window->setMode(MainWindow::Mode::Scenarios);
    ScenarioPanel* scenarios = window->scenarioPanel();
    scenarios->addScenario();
    scenarios->addScenario();
    settle();
    EXPECT_EQ(scenarios->comparison()->columnCount(), 3);
    EXPECT_EQ(scenarios->chart()->curveCount(), 3);
    window->undoAction()->trigger(); // undoes the second scenario, not the rate
    EXPECT_EQ(scenarios->scenarioSet()->scenarios().size(), 1U);
    EXPECT_EQ(doc->contract().block[0].rate, demo::money("1.00", demo::usd()));
    window->setMode(MainWindow::Mode::Editor);
    window->undoAction()->trigger();
    EXPECT_EQ(doc->contract().block[0].rate, demo::money("189.00", demo::usd()));
    EXPECT_FALSE(doc->isModified());
    window->redoAction()->trigger();
    EXPECT_TRUE(doc->isModified());
}

TEST_F(MainWindowFixture, ComparesScenariosSideBySide) {
    ASSERT_TRUE(window->openContract(idOf("GRP-27-0509")));
    window->setMode(MainWindow::Mode::Scenarios);
    ScenarioPanel* panel = window->scenarioPanel();
    panel->addScenario(); // pickup at 100% of the block
    panel->scenarioSet()->edit(QStringLiteral("cancel"), {}, [](std::vector<Scenario>& all) {
        Scenario s;
        s.name = "Cancel on 1 March";
        s.overrides.cancellationNotice = demo::date("2027-03-01");
        all.push_back(s);
    });
    settle();
    ScenarioComparisonModel* cmp = panel->comparison();
    ASSERT_EQ(cmp->columnCount(), 3);
    EXPECT_EQ(cmp->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Cancel on\n1 March"));
    EXPECT_EQ(cmp->index(ScenarioComparisonModel::RoomsRow, 1).data().toString(), QStringLiteral("0.00"));
    // Cancelled 69 days before arrival: 75% of the anticipated room revenue of 129,140.00.
    EXPECT_EQ(cmp->index(ScenarioComparisonModel::CancellationRow, 2).data().toString(),
              QStringLiteral("96,855.00"));
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(MainWindowFixture, ImportsAllOrNothingWithoutDuplicatesAndExportsTheList) {
    QTemporaryDir files;
    QStringList paths = demo::writePortfolio(files.path());
    Contract fresh = demo::shoulderNights();
    fresh.reference = "NEW-2027-001";
    const QString freshPath = QDir(files.path()).absoluteFilePath(QStringLiteral("new.json"));
    ASSERT_TRUE(writeContractFile(freshPath, fresh).isEmpty());
    const QString broken = QDir(files.path()).absoluteFilePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("{ \"reference\": ");
    }
    const int before = model()->rowCount();
    {
        MessageBoxAnswer ok(QMessageBox::Ok);
        EXPECT_FALSE(window->importContracts(paths + QStringList{freshPath, broken}));
        EXPECT_TRUE(ok.answered());
        EXPECT_TRUE(ok.text().contains(QStringLiteral("broken.json"))) << ok.text().toStdString();
    }
    EXPECT_EQ(model()->rowCount(), before); // nothing at all
    EXPECT_FALSE(window->repository()->loadByReference("NEW-2027-001"));

    EXPECT_TRUE(window->importContracts(paths + QStringList{freshPath}));
    EXPECT_EQ(model()->rowCount(), before + 1); // the portfolio was stored already
    EXPECT_TRUE(window->repository()->loadByReference("NEW-2027-001"));

    search(QStringLiteral("GRP-27-"));
    const QString exported = QDir(files.path()).absoluteFilePath(QStringLiteral("exported.json"));
    ASSERT_TRUE(window->exportContracts(exported));
    const ContractFile read = readContractFile(exported);
    EXPECT_TRUE(read.errors.isEmpty());
    st::ContractFilter listed;
    listed.text = "GRP-27-";
    EXPECT_EQ(read.contracts.size(), static_cast<std::size_t>(model()->rowCount()));
    EXPECT_EQ(static_cast<std::int64_t>(read.contracts.size()), count(listed));
    EXPECT_GE(read.contracts.size(), 7U);
}

TEST_F(MainWindowFixture, TheFirstStartAsksTheNameSavesAreRecordedUnder) {
    // A name set already: nothing is asked.
    EXPECT_FALSE(window->nameBar()->isVisibleTo(window.get()));

    // The first start: the bar asks, with the computer's user name to start from.
    window->document()->setSaved();
    window.reset();
    QSettings().remove(QStringLiteral("user"));
    startWindow();
    ASSERT_TRUE(window->nameBar()->isVisibleTo(window.get()));
    EXPECT_EQ(window->nameBarEdit()->text(),
              qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed());
    window->nameBarEdit()->setText(QStringLiteral("  Ana García  "));
    window->answerNameBar(true);
    EXPECT_FALSE(window->nameBar()->isVisibleTo(window.get()));
    EXPECT_EQ(userName(), QStringLiteral("Ana García"));
    const QString id = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(id));
    window->document()->edit(QStringLiteral("Notes"), {}, [](Contract& c) { c.notes += " (checked)"; });
    ASSERT_TRUE(window->save());
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->updatedBy, "Ana García");

    // Asked once: not again at the next start, nor after the bar was closed without a name.
    window.reset();
    startWindow();
    EXPECT_FALSE(window->nameBar()->isVisibleTo(window.get()));
    window.reset();
    QSettings().remove(QStringLiteral("user"));
    startWindow();
    window->answerNameBar(false);
    EXPECT_EQ(userName(),
              qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("unknown"))));
    window.reset();
    startWindow();
    EXPECT_FALSE(window->nameBar()->isVisibleTo(window.get()));
}

TEST_F(MainWindowFixture, SaveAndExportDialogsStartInTheDocumentsFolderNotTheSamples) {
    QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (documents.isEmpty()) {
        documents = QDir::homePath();
    }
    QSettings().remove(QStringLiteral("folder"));
    EXPECT_EQ(lastFolder(), samplesFolder()) << "opening starts at the samples";
    EXPECT_EQ(saveFolder(), documents);
    QSettings().setValue(QStringLiteral("folder"), samplesFolder());
    EXPECT_EQ(saveFolder(), documents) << "the samples are part of the installation";
    QTemporaryDir mine;
    QSettings().setValue(QStringLiteral("folder"), mine.path());
    EXPECT_EQ(saveFolder(), mine.path());
    EXPECT_EQ(lastFolder(), mine.path());
    QSettings().remove(QStringLiteral("folder"));
}

TEST_F(MainWindowFixture, ImportAndExportCarryEachContractsPickupHistory) {
    QTemporaryDir files;
    Contract fresh = demo::shoulderNights();
    fresh.reference = "HIST-2027-001";
    std::vector<PickupEntry> early = fresh.pickup;
    for (PickupEntry& e : early) {
        e.rooms /= 2;
    }
    const std::vector<PickupSnapshot> history{PickupSnapshot{fresh.arrival.addDays(-60), early},
                                              PickupSnapshot{fresh.arrival.addDays(-30), fresh.pickup}};
    const QString in = QDir(files.path()).absoluteFilePath(QStringLiteral("history.json"));
    ASSERT_TRUE(writeContractFile(in, fresh, history).isEmpty());
    ASSERT_TRUE(window->importContracts({in}));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("2 pickup report")))
        << window->statusBar()->currentMessage().toStdString();
    auto stored = window->repository()->loadByReference("HIST-2027-001");
    ASSERT_TRUE(stored);
    auto reports = window->repository()->pickupSnapshots(stored->id);
    ASSERT_TRUE(reports);
    ASSERT_EQ(reports->size(), 2U);
    EXPECT_EQ((*reports)[0].snapshot.entries, early);

    search(QStringLiteral("HIST-2027-001"));
    const QString out = QDir(files.path()).absoluteFilePath(QStringLiteral("exported.json"));
    ASSERT_TRUE(window->exportContracts(out));
    const ContractFile read = readContractFile(out);
    ASSERT_TRUE(read.errors.isEmpty());
    ASSERT_EQ(read.histories.size(), 1U);
    ASSERT_EQ(read.histories[0].size(), 2U);
    EXPECT_EQ(read.histories[0][1].reportDate, fresh.arrival.addDays(-30));
    EXPECT_EQ(read.histories[0][1].entries, fresh.pickup);
}

TEST_F(MainWindowFixture, ADatabaseThatCannotBeOpenedIsExplainedAndLeftAlone) {
    window->document()->setSaved();
    window.reset();
    const QString notADatabase = QDir(dir.path()).absoluteFilePath(QStringLiteral("notes.sqlite"));
    {
        QFile f(notADatabase);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
    }
    QSettings settings;
    st::writeConnectionSettings(settings, fileSettings(notADatabase));
    window = std::make_unique<MainWindow>();
    {
        MessageBoxAnswer quit(QMessageBox::Close);
        EXPECT_FALSE(window->openInitialDatabase());
        EXPECT_TRUE(quit.answered());
        EXPECT_TRUE(quit.text().contains(QStringLiteral("notes.sqlite"))) << quit.text().toStdString();
    }
    QFile f(notADatabase);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("these are my notes, not a database\n"));
    EXPECT_EQ(window->repository(), nullptr);
}

TEST_F(MainWindowFixture, TheVeryFirstStartMakesADatabaseOfSamples) {
    window->document()->setSaved();
    window.reset();
    QSettings().clear(); // no database chosen: the default file, in the test location
    const QString file = QString::fromStdString(st::defaultDatabaseFile());
    ASSERT_TRUE(file.contains(QStringLiteral("qttest"))) << file.toStdString();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(file + suffix);
    }
    startWindow();
    EXPECT_TRUE(QFileInfo::exists(file));
    EXPECT_GT(model()->rowCount(), static_cast<int>(MainWindow::kGeneratedSamples));
    EXPECT_TRUE(window->repository()->loadByReference("EX-A-2027"));
    EXPECT_FALSE(window->document()->sourceId().isEmpty());
    window->document()->setSaved();
    window.reset();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(file + suffix);
    }
}

TEST_F(MainWindowFixture, KeepsTheWindowStateBetweenRuns) {
    const QString meeting = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(meeting));
    window->resize(1500, 900);
    window->editor()->showSection(ContractEditor::CancellationSection);
    ASSERT_TRUE(window->close());
    window.reset();
    window = std::make_unique<MainWindow>();
    ASSERT_TRUE(window->openInitialDatabase());
    window->show();
    settle();
    EXPECT_EQ(window->size(), QSize(1500, 900));
    EXPECT_EQ(window->editor()->currentSection(), ContractEditor::CancellationSection);
    EXPECT_EQ(window->document()->sourceId(), meeting);
}

TEST_F(MainWindowFixture, EachNewContractGetsAReferenceOfItsOwn) {
    QAction* newContract = nullptr;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New)) {
            newContract = a;
        }
    }
    ASSERT_NE(newContract, nullptr);
    newContract->trigger();
    settle();
    const QString first = QString::fromStdString(window->document()->contract().reference);
    const QRegularExpression pattern(QStringLiteral("^GRP-%1-(\\d{4})$").arg(QDate::currentDate().year()));
    const QRegularExpressionMatch m = pattern.match(first);
    ASSERT_TRUE(m.hasMatch()) << first.toStdString();
    EXPECT_FALSE(window->repository()->loadByReference(first.toStdString())) << "a reference not taken";

    // Once a contract holds that reference, the next new contract gets the next number.
    Contract stored = demo::shoulderNights();
    stored.reference = first.toStdString();
    ASSERT_TRUE(window->repository()->saveNew({stored}, "test"));
    window->document()->setSaved();
    newContract->trigger();
    settle();
    const QString second = QString::fromStdString(window->document()->contract().reference);
    EXPECT_EQ(second, QStringLiteral("GRP-%1-%2")
                          .arg(QDate::currentDate().year())
                          .arg(m.captured(1).toInt() + 1, 4, 10, QLatin1Char('0')));
    window->document()->setSaved();
}

TEST_F(MainWindowFixture, SavingAContractWithProblemsSaysSoAndAsks) {
    ASSERT_TRUE(window->openContract(idOf("GRP-27-0509")));
    ContractDocument* doc = window->document();
    doc->edit(QStringLiteral("Departure before arrival"), {},
              [](Contract& c) { c.departure = c.arrival.addDays(-1); });
    ASSERT_FALSE(doc->results().issues.empty());
    {
        MessageBoxAnswer cancel(QMessageBox::Cancel);
        EXPECT_FALSE(window->save());
        EXPECT_TRUE(cancel.text().startsWith(QStringLiteral("The contract has ")) &&
                    cancel.text().endsWith(QStringLiteral(
                        ": its damages cannot be assessed until they are fixed. Save it as it is?")))
            << cancel.text().toStdString();
    }
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.departure,
              demo::date("2027-05-13"))
        << "not saved";
    {
        MessageBoxAnswer save(QMessageBox::Save);
        EXPECT_TRUE(window->save());
        EXPECT_TRUE(save.answered());
    }
    EXPECT_EQ(window->repository()->loadByReference("GRP-27-0509")->contract.departure,
              demo::date("2027-05-08"));
}
