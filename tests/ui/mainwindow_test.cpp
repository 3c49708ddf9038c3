// The main window over a folder of contract files: the list and its filters, switching contracts with
// unsaved changes, saving, scenarios, and the window state kept between runs.

#include "attrition/ui/contractdocument.h"
#include "attrition/ui/contracteditor.h"
#include "attrition/ui/contractfiles.h"
#include "attrition/ui/contractlistmodel.h"
#include "attrition/ui/contractlistpanel.h"
#include "attrition/ui/damagespanel.h"
#include "attrition/ui/mainwindow.h"
#include "attrition/ui/scenariopanel.h"
#include "attrition/ui/scenarios.h"
#include "democontracts.h"
#include "widget_test_support.h"

#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::MessageBoxAnswer;
using attrition::uitest::settle;

namespace {

class MainWindowFixture : public ::testing::Test {
protected:
    MainWindowFixture() {
        QSettings().clear();
        demo::writePortfolio(folder.path());
        QSettings().setValue(QStringLiteral("folder"), folder.path());
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        window->show();
        settle();
    }
    ~MainWindowFixture() override {
        window->document()->setSaved();
        window.reset();
        QSettings().clear();
    }

    QString file(const char* name) const {
        return QDir(folder.path()).absoluteFilePath(QString::fromLatin1(name));
    }
    int visibleRows() const { return window->listPanel()->filterModel()->rowCount(); }
    void chooseInList(const QString& id) {
        ContractListPanel* list = window->listPanel();
        const int sourceRow = window->listModel()->rowForId(id);
        const QModelIndex index = list->filterModel()->mapFromSource(
            window->listModel()->index(sourceRow, ContractListModel::GroupColumn));
        list->view()->setCurrentIndex(index);
        settle();
    }

    QTemporaryDir folder;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowFixture, ListsTheFoldersContractsWithTheirExposure) {
    EXPECT_EQ(window->listModel()->rowCount(), 8);
    const int row = window->listModel()->rowForId(file("GRP-27-0610.json"));
    ASSERT_GE(row, 0);
    EXPECT_EQ(window->listModel()->index(row, ContractListModel::ExposureColumn).data().toString(),
              QStringLiteral("28,680.00\u00A0USD"));
    EXPECT_EQ(window->listModel()->index(row, ContractListModel::PickupColumn).data().toString(),
              QStringLiteral("cancelled"));
    EXPECT_FALSE(window->document()->sourceId().isEmpty()); // the first contract is open
}

TEST_F(MainWindowFixture, FiltersByStatusMonthManagerAccountAndSearch) {
    ContractListPanel* list = window->listPanel();
    list->statusFilter()->setCurrentIndex(list->statusFilter()->findText(QStringLiteral("Tentative")));
    EXPECT_EQ(visibleRows(), 2);
    list->statusFilter()->setCurrentIndex(0);
    list->salesManagerFilter()->setCurrentIndex(
        list->salesManagerFilter()->findText(QStringLiteral("Dana Whitfield")));
    EXPECT_EQ(visibleRows(), 2);
    list->salesManagerFilter()->setCurrentIndex(0);
    list->monthFilter()->setCurrentIndex(list->monthFilter()->findText(QStringLiteral("May 2027")));
    EXPECT_EQ(visibleRows(), 1);
    list->monthFilter()->setCurrentIndex(0);
    list->accountFilter()->setCurrentIndex(list->accountFilter()->findText(QStringLiteral("Fabrikam")));
    EXPECT_EQ(visibleRows(), 1);
    list->accountFilter()->setCurrentIndex(0);
    QTest::keyClicks(list->searchBox(), QStringLiteral("chicago harborview"));
    EXPECT_EQ(visibleRows(), 5); // every word, anywhere: the hotel "Harborview Grand Chicago"
    QTest::keyClicks(list->searchBox(), QStringLiteral(" robotics"));
    EXPECT_EQ(visibleRows(), 1);
    list->searchBox()->clear();
    QTest::keyClicks(list->searchBox(), QStringLiteral("lisboa"));
    EXPECT_EQ(visibleRows(), 1);
    list->searchBox()->clear();
    EXPECT_EQ(visibleRows(), 8);
    // Sorting by exposure, largest first: amounts of one currency together.
    list->view()->sortByColumn(ContractListModel::ExposureColumn, Qt::DescendingOrder);
    EXPECT_EQ(list->filterModel()->index(0, ContractListModel::GroupColumn).data().toString(),
              QStringLiteral("Northwind Traders Sales Kickoff"));
}

TEST_F(MainWindowFixture, AsksBeforeUnsavedChangesAreLost) {
    ASSERT_TRUE(window->openContract(file("GRP-27-0509.json")));
    ContractDocument* doc = window->document();
    doc->edit(QStringLiteral("Edit group"), {}, [](Contract& c) { c.groupName = "Renamed"; });
    EXPECT_TRUE(window->isWindowModified());

    {
        MessageBoxAnswer cancel(QMessageBox::Cancel);
        chooseInList(file("GRP-27-0610.json"));
        EXPECT_TRUE(cancel.answered());
        EXPECT_TRUE(cancel.text().contains(QStringLiteral("Renamed")));
    }
    EXPECT_EQ(doc->sourceId(), file("GRP-27-0509.json"));
    EXPECT_EQ(window->listPanel()->currentId(), file("GRP-27-0509.json"));
    EXPECT_TRUE(doc->isModified());

    {
        MessageBoxAnswer discard(QMessageBox::Discard);
        chooseInList(file("GRP-27-0610.json"));
        EXPECT_TRUE(discard.answered());
    }
    EXPECT_EQ(doc->sourceId(), file("GRP-27-0610.json"));
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(readContractFile(file("GRP-27-0509.json")).contracts.at(0).groupName,
              "American Society of Cardiac Nurses 2027");
}

TEST_F(MainWindowFixture, SavesTheContractToItsFile) {
    ASSERT_TRUE(window->openContract(file("GRP-27-0509.json")));
    window->document()->edit(QStringLiteral("Edit rate"), {},
                             [](Contract& c) { c.block[0].rate = demo::money("199.00", demo::usd()); });
    const int row = window->listModel()->rowForId(file("GRP-27-0509.json"));
    EXPECT_TRUE(window->listModel()->index(row, 0).data().toString().startsWith(QStringLiteral("\u2022 ")));
    ASSERT_TRUE(window->save());
    EXPECT_FALSE(window->document()->isModified());
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(readContractFile(file("GRP-27-0509.json")).contracts.at(0).block[0].rate,
              demo::money("199.00", demo::usd()));
    EXPECT_FALSE(window->listModel()->index(row, 0).data().toString().startsWith(QStringLiteral("\u2022 ")));

    const QString copy = file("copy.json");
    ASSERT_TRUE(window->saveAs(copy));
    EXPECT_EQ(window->document()->sourceId(), copy);
    EXPECT_EQ(window->listModel()->rowCount(), 9);
}

TEST_F(MainWindowFixture, UndoAndRedoFollowTheModeShown) {
    ASSERT_TRUE(window->openContract(file("GRP-27-0509.json")));
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
    ASSERT_TRUE(window->openContract(file("GRP-27-0509.json")));
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
    // At full pickup no room attrition is owed: the difference from the contract is all of it.
    EXPECT_EQ(cmp->index(ScenarioComparisonModel::RoomsRow, 1).data().toString(), QStringLiteral("0.00"));
    EXPECT_EQ(
        cmp->index(ScenarioComparisonModel::RoomsRow, 1).data(ScenarioComparisonModel::DeltaRole).toString(),
        QStringLiteral("-") + cmp->index(ScenarioComparisonModel::RoomsRow, 0).data().toString());
    EXPECT_EQ(
        cmp->index(ScenarioComparisonModel::RoomsRow, 1).data(ScenarioComparisonModel::DeltaSignRole).toInt(),
        -1);
    // Cancelled 69 days before arrival: 75% of the anticipated room revenue of 129,140.00.
    EXPECT_EQ(cmp->index(ScenarioComparisonModel::CancellationRow, 2).data().toString(),
              QStringLiteral("96,855.00"));
    // The contract itself is untouched.
    EXPECT_FALSE(window->document()->isModified());
}

TEST_F(MainWindowFixture, KeepsTheWindowStateBetweenRuns) {
    window->resize(1500, 900);
    window->editor()->showSection(ContractEditor::CancellationSection);
    ASSERT_TRUE(window->close());
    window = std::make_unique<MainWindow>();
    window->show();
    settle();
    EXPECT_EQ(window->size(), QSize(1500, 900));
    EXPECT_EQ(window->editor()->currentSection(), ContractEditor::CancellationSection);
    EXPECT_EQ(window->document()->sourceId().isEmpty(), false);
}
