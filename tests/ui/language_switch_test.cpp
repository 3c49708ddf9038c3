// View > Language while the program runs: the editor's forms and tables, the list's filters and columns, the
// charts and the scenarios are written again in the language chosen, values in the locale's notation, and
// nothing the user was doing is lost: the contract and its unsaved edits, the undo history, what is typed
// and not yet read, the selection in the list, the section and tab shown and where a page is scrolled.
//
// The expected texts are read from the shipped translations (QCoreApplication::translate), not written
// here in Spanish.

#include "attrition/storage/sql_repository.h"
#include "charts/cancellationchart.h"
#include "charts/damagescurvechart.h"
#include "charts/nightbarschart.h"
#include "charts/pickuppacechart.h"
#include "charts/scenariocurveschart.h"
#include "democontracts.h"
#include "editor/contracteditor.h"
#include "models/assessmentmodel.h"
#include "models/contractlistmodel.h"
#include "models/contracttablemodel.h"
#include "models/nightsummarymodel.h"
#include "models/pickupsweepmodel.h"
#include "models/scenariocomparisonmodel.h"
#include "session/contractdocument.h"
#include "session/database.h"
#include "text/language.h"
#include "text/values.h"
#include "views/chartspanel.h"
#include "views/contractlistpanel.h"
#include "views/damagespanel.h"
#include "views/deskview.h"
#include "views/mainwindow.h"
#include "views/scenariopanel.h"
#include "widget_test_support.h"
#include "widgets/checkfield.h"
#include "widgets/choicefield.h"
#include "widgets/fieldeditor.h"
#include "widgets/linefield.h"

#include <QAbstractAxis>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::retype;
using attrition::uitest::settle;
namespace st = attrition::storage;

namespace {

const QLocale kSpain(QLocale::Spanish, QLocale::Spain);
const QLocale kUs(QLocale::English, QLocale::UnitedStates);

/// A text as the installed translation words it (the source itself in English).
QString tr(const char* context, const char* source) {
    return QCoreApplication::translate(context, source);
}

QString inEditor(const char* source) {
    return tr("attrition::ui::ContractEditor", source);
}

/// The label a form shows beside an input.
QString labelOf(const QWidget* input) {
    for (QLabel* label : input->window()->findChildren<QLabel*>()) {
        if (label->buddy() == input) {
            return label->text();
        }
    }
    return {};
}

bool hasLabel(const QWidget* root, const QString& text) {
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->text() == text) {
            return true;
        }
    }
    return false;
}

class LanguageSwitch : public ::testing::Test {
protected:
    LanguageSwitch() {
        QSettings().clear();
        const QString path = QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite"));
        st::ConnectionSettings connection;
        connection.file = path.toStdString();
        {
            st::OpenOptions options;
            options.createIfMissing = true;
            auto repository = st::SqlContractRepository::open(connection, options);
            EXPECT_TRUE(static_cast<bool>(repository));
            EXPECT_TRUE((*repository)->saveNew(demo::portfolio(), "test"));
        }
        QSettings settings;
        st::writeConnectionSettings(settings, connection);
        settings.setValue(QStringLiteral("user/name"), QStringLiteral("Ana Lima"));
        window = std::make_unique<MainWindow>();
        window->resize(1280, 800);
        EXPECT_TRUE(window->openInitialDatabase());
        window->show();
        // The window opens on the desk; these tests are about the list and the editor.
        window->setPage(MainWindow::Page::Contracts);
        settle();
    }
    ~LanguageSwitch() override {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
        settle();
        window->document()->setSaved();
        window.reset();
        QSettings().clear();
    }

    /// As View > Language does it (the locale too, as the tests and screenshots of other languages do);
    /// the windows get their QEvent::LanguageChange from the event loop.
    void use(const QString& code, const QLocale& locale) {
        ASSERT_TRUE(installLanguage(code)) << code.toStdString();
        QLocale::setDefault(locale);
        settle();
    }

    QString idOf(const char* reference) const {
        auto stored = window->repository()->loadByReference(reference);
        return stored ? contractKey(stored->id) : QString();
    }
    LineField* lineField(const char* path) const {
        return static_cast<LineField*>(window->editor()->field(QLatin1String(path)));
    }
    QScrollArea* shownPage() const {
        for (QScrollArea* area : window->editor()->findChildren<QScrollArea*>()) {
            if (area->isVisible()) {
                return area;
            }
        }
        return nullptr;
    }

    /// The texts every panel shows in the installed language, against what the translation says.
    void expectTextsInInstalledLanguage() {
        ContractEditor* editor = window->editor();
        // The editor: a form label, a check box, a choice, a placeholder, a section heading, a table's
        // title and columns, what an empty table says.
        EXPECT_EQ(labelOf(editor->field(QStringLiteral("reference"))->input()),
                  inEditor("Reference") + QLatin1Char(':'));
        EXPECT_EQ(labelOf(editor->field(QStringLiteral("attrition.performanceLevel"))->input()),
                  inEditor("Performance level") + QLatin1Char(':'));
        auto* taxable = static_cast<CheckField*>(editor->field(QStringLiteral("attrition.taxable")));
        EXPECT_EQ(taxable->checkBox()->text(), inEditor("Tax the room damages"));
        auto* status = static_cast<ChoiceField*>(editor->field(QStringLiteral("status")));
        EXPECT_EQ(status->comboBox()->itemText(0), inEditor("Prospect"));
        EXPECT_EQ(lineField("cutoff")->lineEdit()->placeholderText(), inEditor("No cutoff date"));
        EXPECT_EQ(lineField("foodBeverage.minimum")->label(), inEditor("F&B minimum"));
        EXPECT_TRUE(hasLabel(editor, inEditor("Resale and credits")));
        EXPECT_TRUE(hasLabel(editor, inEditor("Rooms held per night and room type")));
        EXPECT_EQ(editor->blockModel()->headerData(0, Qt::Horizontal).toString(),
                  tr("Tables", "%1\nrooms").arg(QStringLiteral("KING")));
        EXPECT_EQ(editor->nightModel()->headerData(NightSummaryModel::RequiredColumn, Qt::Horizontal),
                  tr("attrition::ui::NightSummaryModel", "Required"));
        EXPECT_EQ(editor->sectionName(ContractEditor::DepositsSection), inEditor("Deposits"));

        // The list: its search box, its filters and its columns.
        ContractListPanel* list = window->listPanel();
        const char* panel = "attrition::ui::ContractListPanel";
        EXPECT_EQ(list->searchBox()->placeholderText(),
                  tr(panel, "Search group, reference, account, hotel\u2026"));
        EXPECT_EQ(list->statusFilter()->itemText(0), tr(panel, "All statuses"));
        EXPECT_EQ(list->statusFilter()->itemText(4), tr("attrition::ui::ContractListModel", "Cancelled"));
        EXPECT_EQ(list->accountFilter()->itemText(0), tr(panel, "All accounts"));
        EXPECT_EQ(list->monthFilter()->itemText(0), tr(panel, "Any arrival date"));
        EXPECT_EQ(window->listModel()->headerData(ContractListModel::GroupColumn, Qt::Horizontal),
                  tr("attrition::ui::ContractListModel", "Group"));
        EXPECT_EQ(window->listModel()->headerData(ContractListModel::ArrivalColumn, Qt::Horizontal),
                  tr("attrition::ui::ContractListModel", "Arrival"));

        // The charts: series (the legend) and axis titles.
        ChartsPanel* charts = window->chartsPanel();
        EXPECT_EQ(charts->damagesChart()->totalSeries()->name(),
                  tr("attrition::ui::DamagesCurveChart", "Total owed"));
        EXPECT_EQ(charts->damagesChart()->chart()->axes(Qt::Horizontal).value(0)->titleText(),
                  tr("attrition::ui::DamagesCurveChart", "Pickup, % of the block"));
        EXPECT_EQ(charts->nightsChart()->chart()->axes(Qt::Vertical).value(0)->titleText(),
                  tr("attrition::ui::NightBarsChart", "Rooms"));
        EXPECT_EQ(charts->cancellationChart()->chart()->axes(Qt::Horizontal).value(0)->titleText(),
                  tr("attrition::ui::CancellationChart", "Date the notice is received"));
        EXPECT_EQ(charts->paceChart()->paceSeries()->name(),
                  tr("attrition::ui::PickupPaceChart", "Picked up"));
        EXPECT_EQ(charts->tabText(1), tr("attrition::ui::ChartsPanel", "Nights"));
        EXPECT_EQ(charts->sweepModel()->headerData(PickupSweepModel::TotalOwedColumn, Qt::Horizontal),
                  tr("attrition::ui::PickupSweepModel", "Total owed"));

        // The damages.
        EXPECT_EQ(window->damagesPanel()->model()->headerData(AssessmentModel::AmountColumn, Qt::Horizontal),
                  tr("attrition::ui::AssessmentModel", "Amount"));

        // The scenarios: a check box, a heading, the comparison's first column and the curves' axis.
        ScenarioPanel* scenarios = window->scenarioPanel();
        const char* scenarioPanel = "attrition::ui::ScenarioPanel";
        bool resale = false;
        for (QCheckBox* box : scenarios->findChildren<QCheckBox*>()) {
            resale |= box->text() == tr(scenarioPanel, "Rooms the hotel resells");
        }
        EXPECT_TRUE(resale);
        EXPECT_TRUE(hasLabel(scenarios, tr(scenarioPanel, "Side by side")));
        EXPECT_EQ(scenarios->comparison()->headerData(0, Qt::Horizontal),
                  tr("attrition::ui::ScenarioComparisonModel", "Contract"));
        EXPECT_EQ(scenarios->chart()->chart()->axes(Qt::Vertical).value(0)->titleText(),
                  tr("attrition::ui::ScenarioCurvesChart", "Total owed"));

        // The window: Undo named in the language, after the step it undoes.
        EXPECT_TRUE(window->undoAction()->text().startsWith(tr("attrition::ui::MainWindow", "&Undo") +
                                                            QLatin1Char(' ')))
            << window->undoAction()->text().toStdString();
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(LanguageSwitch, EveryPanelIsWrittenAgainAndNothingTheUserDidIsLost) {
    const QString id = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(id));
    settle();
    ContractDocument* doc = window->document();
    ContractEditor* editor = window->editor();
    ASSERT_EQ(window->listPanel()->currentId(), id);

    // An edit made (unsaved), and another being typed that cannot be read yet.
    editor->showSection(ContractEditor::GeneralSection);
    settle();
    retype(lineField("groupName")->lineEdit(), QStringLiteral("Cardiac Nurses, renamed"));
    editor->showSection(ContractEditor::MeetingRoomSection);
    settle();
    QLineEdit* rental = lineField("meetingRoom.rental")->lineEdit();
    retype(rental, QStringLiteral("1-2"), false);
    ASSERT_FALSE(lineField("meetingRoom.rental")->message().isEmpty());
    settle();
    // The attrition page scrolled down, the cancellation chart shown.
    editor->showSection(ContractEditor::AttritionSection);
    window->chartsPanel()->setCurrentIndex(2);
    settle();
    QScrollArea* page = shownPage();
    ASSERT_NE(page, nullptr);
    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 2);
    const int scrolled = page->verticalScrollBar()->value();
    const int steps = doc->undoStack()->count();
    ASSERT_GT(steps, 0);
    ASSERT_TRUE(doc->isModified());

    use(QStringLiteral("es"), kSpain);
    ASSERT_NE(inEditor("Reference"), QStringLiteral("Reference"))
        << "the Spanish translation is not installed";
    expectTextsInInstalledLanguage();

    // Nothing lost.
    EXPECT_EQ(doc->sourceId(), id);
    EXPECT_EQ(doc->contract().groupName, "Cardiac Nurses, renamed");
    EXPECT_TRUE(doc->isModified());
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(doc->undoStack()->count(), steps);
    EXPECT_EQ(window->listPanel()->currentId(), id);
    EXPECT_EQ(editor->currentSection(), ContractEditor::AttritionSection);
    EXPECT_EQ(window->chartsPanel()->currentIndex(), 2);
    EXPECT_EQ(shownPage(), page);
    EXPECT_EQ(page->verticalScrollBar()->value(), scrolled);
    EXPECT_EQ(lineField("groupName")->lineEdit()->text(), QStringLiteral("Cardiac Nurses, renamed"));
    // What was typed stays as typed; what is wrong with it is said in Spanish.
    EXPECT_EQ(rental->text(), QStringLiteral("1-2"));
    EXPECT_EQ(lineField("meetingRoom.rental")->message(),
              parseMoney(QStringLiteral("1-2"), doc->contract().currency).error);

    // Values in the notation of the locale now in force.
    const Contract& c = doc->contract();
    EXPECT_EQ(lineField("foodBeverage.minimum")->lineEdit()->text(),
              formatMoney(c.foodBeverage.minimum, kSpain));
    EXPECT_EQ(lineField("arrival")->lineEdit()->text(), formatDate(c.arrival, kSpain));
    const int row = window->listModel()->rowForId(id);
    EXPECT_EQ(window->listModel()->index(row, ContractListModel::ArrivalColumn).data().toString(),
              formatDate(c.arrival, kSpain));
    ASSERT_TRUE(doc->results().assessment.has_value());
    EXPECT_EQ(window->damagesPanel()->netDueText(),
              formatMoneyWithCode(doc->results().assessment->netDue, kSpain));

    // An edit made in Spanish is named in Spanish, and undo still reaches the first one.
    editor->showSection(ContractEditor::GeneralSection);
    settle();
    retype(lineField("hotel")->lineEdit(), QStringLiteral("Hotel Castellana"));
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    EXPECT_EQ(doc->undoStack()->undoText(),
              tr("attrition::ui::FieldEditor", "Edit %1").arg(inEditor("Hotel")));

    // And back to English.
    use(QStringLiteral("en"), kUs);
    EXPECT_EQ(inEditor("Reference"), QStringLiteral("Reference"));
    expectTextsInInstalledLanguage();
    EXPECT_EQ(labelOf(editor->field(QStringLiteral("reference"))->input()), QStringLiteral("Reference:"));
    EXPECT_EQ(window->listPanel()->statusFilter()->itemText(0), QStringLiteral("All statuses"));
    EXPECT_EQ(window->chartsPanel()->damagesChart()->chart()->axes(Qt::Horizontal).value(0)->titleText(),
              QStringLiteral("Pickup, % of the block"));
    EXPECT_EQ(lineField("foodBeverage.minimum")->lineEdit()->text(),
              formatMoney(c.foodBeverage.minimum, kUs));
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    EXPECT_EQ(doc->contract().hotel, "Hotel Castellana");
    EXPECT_EQ(window->listPanel()->currentId(), id);
    EXPECT_EQ(editor->currentSection(), ContractEditor::GeneralSection);
    while (doc->undoStack()->canUndo()) {
        doc->undoStack()->undo();
    }
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->contract().groupName,
              window->repository()->loadByReference("GRP-27-0509")->contract.groupName);
}

TEST_F(LanguageSwitch, AChosenFilterStaysChosenAndTheListStaysFiltered) {
    ContractListPanel* list = window->listPanel();
    const int cancelled = list->statusFilter()->findData(static_cast<int>(ContractStatus::Cancelled));
    ASSERT_GT(cancelled, 0);
    list->statusFilter()->setCurrentIndex(cancelled);
    list->fillFilterChoices();
    // The first month, after the choices of dates relative to today.
    int firstMonth = 0;
    while (firstMonth < list->monthFilter()->count() &&
           list->monthFilter()->itemData(firstMonth).typeId() != QMetaType::Int) {
        ++firstMonth;
    }
    ASSERT_LT(firstMonth, list->monthFilter()->count());
    list->monthFilter()->setCurrentIndex(firstMonth);
    settle();
    const int shown = window->listModel()->rowCount();
    const QVariant month = list->monthFilter()->currentData();

    use(QStringLiteral("es"), kSpain);
    EXPECT_EQ(list->statusFilter()->currentIndex(), cancelled);
    EXPECT_EQ(list->statusFilter()->currentText(), tr("attrition::ui::ContractListModel", "Cancelled"));
    EXPECT_EQ(list->monthFilter()->currentData(), month);
    const int m = month.toInt();
    EXPECT_EQ(list->monthFilter()->currentText(),
              kSpain.toString(QDate(m / 12, m % 12 + 1, 1), QStringLiteral("MMMM yyyy")));
    EXPECT_EQ(window->listModel()->rowCount(), shown);
    EXPECT_EQ(window->listModel()->filter().statuses, std::vector<ContractStatus>{ContractStatus::Cancelled});
}

/// With ATTRITION_LANGUAGE_SWITCH_PNG set, the window switched to Spanish with a contract open is saved
/// there, to be looked at (docs/screenshots/language-switch-es.png).
namespace {

bool offers(const QMenu& menu, const QString& text) {
    for (const QAction* a : menu.actions()) {
        if (a->text() == text) {
            return true;
        }
    }
    return false;
}

} // namespace

// An action offered in two places (a menu of the window and a context menu, a button and a context menu)
// reads the same in both, in the language chosen.
TEST_F(LanguageSwitch, AnActionOfferedTwiceReadsTheSameInBothPlaces) {
    const QString id = idOf("GRP-27-0509");
    ASSERT_TRUE(window->openContract(id));
    settle();
    use(QStringLiteral("es"), kSpain);
    const char* mainWindow = "attrition::ui::MainWindow";
    ASSERT_NE(tr(mainWindow, "&Archive"), QStringLiteral("&Archive"))
        << "the Spanish translation is not installed";

    // The Contract menu's and the list's context menu's.
    EXPECT_EQ(window->archiveAction()->text(), tr(mainWindow, "&Archive"));
    EXPECT_EQ(window->deleteAction()->text(), tr(mainWindow, "&Delete\u2026"));
    const std::unique_ptr<QMenu> contractMenu(window->createContractMenu(id, nullptr));
    EXPECT_TRUE(offers(*contractMenu, window->archiveAction()->text()));
    EXPECT_TRUE(offers(*contractMenu, window->deleteAction()->text()));

    // The desk's buttons under the groups at risk and a group's context menu.
    DeskView* desk = window->deskView();
    EXPECT_EQ(desk->openContractButton()->text(), tr("attrition::ui::DeskView", "Open Contract"));
    EXPECT_EQ(desk->openForecastButton()->text(), tr("attrition::ui::DeskView", "Open Forecast"));
    const std::unique_ptr<QMenu> rowMenu(desk->createRowMenu(QString(), nullptr));
    EXPECT_TRUE(offers(*rowMenu, desk->openContractButton()->text()));
    EXPECT_TRUE(offers(*rowMenu, desk->openForecastButton()->text()));
}

TEST_F(LanguageSwitch, TheWindowAsSeenAfterSwitchingToSpanish) {
    ASSERT_TRUE(window->openContract(idOf("GRP-27-0610")));
    window->resize(1920, 1080);
    window->editor()->showSection(ContractEditor::CancellationSection);
    window->chartsPanel()->setCurrentIndex(0);
    settle();
    use(QStringLiteral("es"), kSpain);
    settle();
    const QImage shot = window->grab().toImage();
    EXPECT_FALSE(shot.isNull());
    const QString out = qEnvironmentVariable("ATTRITION_LANGUAGE_SWITCH_PNG");
    if (!out.isEmpty()) {
        EXPECT_TRUE(shot.save(out)) << out.toStdString();
    }
}
