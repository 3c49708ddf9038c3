// Drives the real editor, damages panel and charts as a user would: typing into inputs and grid cells,
// pasting a block copied from a spreadsheet, undoing.

#include "attrition/domain/field_catalogue.h"
#include "charts/cancellationchart.h"
#include "charts/damagescurvechart.h"
#include "charts/nightbarschart.h"
#include "democontracts.h"
#include "editor/contracteditor.h"
#include "editor/pagefields.h"
#include "models/cancellationschedulemodel.h"
#include "models/contracttablemodel.h"
#include "session/contractdocument.h"
#include "text/language.h"
#include "text/values.h"
#include "views/chartspanel.h"
#include "views/damagespanel.h"
#include "widget_test_support.h"
#include "widgets/checkfield.h"
#include "widgets/choicefield.h"
#include "widgets/currencyfield.h"
#include "widgets/gridview.h"
#include "widgets/linefield.h"
#include "widgets/notesfield.h"

#include <QAbstractItemDelegate>
#include <QBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QTranslator>
#include <QUndoStack>
#include <map>
#include <stdexcept>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::retype;
using attrition::uitest::settle;

namespace {

/// The contract editor beside its damages panel and charts, as in the main window.
class EditorFixture : public ::testing::Test {
protected:
    EditorFixture() {
        doc->load(demo::shoulderNights(), {});
        auto* layout = new QHBoxLayout(&window);
        layout->addWidget(editor);
        layout->addWidget(damages);
        layout->addWidget(charts);
        window.resize(1600, 900);
        window.show();
        settle();
    }

    LineField* line(const char* path) {
        auto* f = dynamic_cast<LineField*>(editor->field(QString::fromLatin1(path)));
        EXPECT_NE(f, nullptr) << path;
        return f;
    }

    /// Edits a cell of a grid by typing into it and pressing Return.
    void typeInCell(GridView* grid, int row, int column, const QString& text) {
        const QModelIndex index = grid->model()->index(row, column);
        grid->setCurrentIndex(index);
        grid->edit(index);
        settle(1);
        auto* editorWidget = grid->viewport()->findChild<QLineEdit*>();
        ASSERT_NE(editorWidget, nullptr);
        editorWidget->selectAll();
        QTest::keyClicks(editorWidget, text);
        QTest::keyClick(editorWidget, Qt::Key_Return);
        settle(1);
    }

    QWidget window;
    ContractDocument* doc = new ContractDocument(&window);
    ContractEditor* editor = new ContractEditor(doc);
    DamagesPanel* damages = new DamagesPanel(doc);
    ChartsPanel* charts = new ChartsPanel(doc, editor->nightModel());
};

} // namespace

TEST_F(EditorFixture, EditingARateChangesTheDamagesAndUndoRestoresThem) {
    editor->showSection(ContractEditor::BlockSection);
    EXPECT_EQ(damages->netDueText(), QStringLiteral("2,640.00\u00A0USD"));
    const double before = charts->damagesChart()->totalSeries()->at(0).y();

    typeInCell(editor->blockGrid(), 0, 1, QStringLiteral("200"));
    // 11 short on Sunday at 200.00 and 11 on Wednesday at 150.00, 80% of it.
    EXPECT_EQ(doc->contract().block[0].rate, demo::money("200.00", demo::usd()));
    EXPECT_EQ(damages->netDueText(), QStringLiteral("3,080.00\u00A0USD"));
    EXPECT_EQ(damages->totalOwedText(), QStringLiteral("3,080.00"));
    EXPECT_EQ(editor->blockGrid()->model()->index(0, 1).data().toString(), QStringLiteral("200.00"));
    // The chart of damages against pickup is fed by the same results: at 0% pickup the group owes more.
    EXPECT_GT(charts->damagesChart()->totalSeries()->at(0).y(), before);

    doc->undoStack()->undo();
    EXPECT_EQ(damages->netDueText(), QStringLiteral("2,640.00\u00A0USD"));
    EXPECT_EQ(editor->blockGrid()->model()->index(0, 1).data().toString(), QStringLiteral("150.00"));
    EXPECT_DOUBLE_EQ(charts->damagesChart()->totalSeries()->at(0).y(), before);
    doc->undoStack()->redo();
    EXPECT_EQ(damages->netDueText(), QStringLiteral("3,080.00\u00A0USD"));
}

TEST_F(EditorFixture, PastingABlockFromASpreadsheetIsOneUndoStep) {
    editor->showSection(ContractEditor::BlockSection);
    GridView* grid = editor->blockGrid();
    QApplication::clipboard()->setText(QStringLiteral("30\t160.00\n120\t160.00\n120\t160.00\n30\t160.00\n"));
    grid->setCurrentIndex(grid->model()->index(0, 0));
    QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
    settle(1);
    for (const BlockEntry& e : doc->contract().block) {
        EXPECT_EQ(e.rate, demo::money("160.00", demo::usd()));
    }
    EXPECT_EQ(doc->contract().block[1].rooms, 120);
    EXPECT_EQ(grid->model()->index(3, 0).data().toString(), QStringLiteral("30"));
    // The bars of block against pickup follow: Monday's block is now 120 rooms.
    const QList<QBarSet*> sets = charts->nightsChart()->barSeries()->barSets();
    ASSERT_EQ(sets.size(), 2);
    EXPECT_DOUBLE_EQ(sets[0]->at(1), 120.0);
    EXPECT_EQ(doc->undoStack()->count(), 1);

    doc->undoStack()->undo();
    EXPECT_EQ(doc->contract().block[1].rooms, 100);
    EXPECT_EQ(doc->contract().block[0].rate, demo::money("150.00", demo::usd()));
    EXPECT_DOUBLE_EQ(sets[0]->at(1), 100.0);
}

TEST_F(EditorFixture, APasteThatCannotBeReadChangesNothingAndSaysWhy) {
    GridView* grid = editor->blockGrid();
    QString said;
    QObject::connect(grid, &GridView::statusMessage, [&](const QString& m) { said = m; });
    grid->setCurrentIndex(grid->model()->index(0, 0));
    grid->pasteText(QStringLiteral("30\t160.005\n"));
    EXPECT_EQ(said, QStringLiteral("Sun 5/9/2027, KING rate: USD amounts have at most 2 decimals"));
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST_F(EditorFixture, AnInvalidDateShowsItsMessageBesideTheField) {
    editor->showSection(ContractEditor::GeneralSection);
    LineField* departure = line("departure");
    retype(departure->lineEdit(), QStringLiteral("2/30/2027"), false);
    EXPECT_EQ(departure->message(),
              QStringLiteral("\u201c2/30/2027\u201d is not a valid date: write it like 6/10/2027"));
    EXPECT_EQ(doc->contract().departure, demo::date("2027-05-13")); // nothing changed
    EXPECT_EQ(doc->undoStack()->count(), 0);

    // A date that can be read but breaks a rule: the engine's message, beside the field and in the panel, its
    // dates written as the user writes them.
    retype(departure->lineEdit(), QStringLiteral("5/1/2027"));
    EXPECT_EQ(departure->message(), QStringLiteral("departure (5/1/2027) must be after arrival (5/9/2027)"));
    EXPECT_EQ(damages->netDueText(), QStringLiteral("\u2014"));
    ASSERT_FALSE(damages->problems().isEmpty());
    EXPECT_TRUE(damages->problems().first().startsWith(QStringLiteral("Departure: departure (5/1/2027)")));

    doc->undoStack()->undo();
    EXPECT_EQ(departure->lineEdit()->text(), QStringLiteral("5/13/2027"));
    EXPECT_EQ(departure->message(), QString());
    EXPECT_EQ(damages->netDueText(), QStringLiteral("2,640.00\u00A0USD"));
}

TEST_F(EditorFixture, AmountsAreReadAsTypedWithTheLocalesSeparators) {
    editor->showSection(ContractEditor::FoodBeverageSection);
    LineField* minimum = line("foodBeverage.minimum");
    retype(minimum->lineEdit(), QStringLiteral("40,000.005"), false);
    EXPECT_EQ(minimum->message(), QStringLiteral("USD amounts have at most 2 decimals"));
    QTest::keyClick(minimum->lineEdit(), Qt::Key_Backspace);
    QTest::keyClick(minimum->lineEdit(), Qt::Key_Return);
    EXPECT_EQ(minimum->message(), QString());
    EXPECT_EQ(doc->contract().foodBeverage.minimum, demo::money("40000.00", demo::usd()));
    // Typing a value is one undo step, however many keys it took.
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(minimum->lineEdit()->text(), QStringLiteral("40,000.00"));
    // With no F&B spend the group owes 100% of the shortfall below the minimum: 40,000.00 more.
    EXPECT_EQ(damages->netDueText(), QStringLiteral("42,640.00\u00A0USD"));
}

TEST_F(EditorFixture, ARuleBrokenInAGridIsMarkedOnItsCellAndSection) {
    typeInCell(editor->blockGrid(), 2, 0, QStringLiteral("-5"));
    EXPECT_EQ(editor->blockModel()->index(2, 0).data(ContractTableModel::IssueRole).toString(),
              QStringLiteral("rooms must not be negative (-5)"));
    ASSERT_EQ(damages->problems().size(), 1);
    EXPECT_EQ(damages->problems().first(),
              QStringLiteral("Room block, KING on Tue 5/11/2027, rooms: rooms must not be negative (-5)"));
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("block[2].rooms")), ContractEditor::BlockSection);
}

TEST_F(EditorFixture, EveryInputIsOnTheSectionTheFieldCatalogueGivesIt) {
    int inputs = 0;
    for (const ContractField& f : contractFields()) {
        const QString path = QString::fromUtf8(f.path.data(), static_cast<qsizetype>(f.path.size()));
        FieldEditor* input = editor->field(path);
        if (input == nullptr) {
            continue; // a list, shown as a table
        }
        ++inputs;
        editor->showField(path);
        settle(1);
        EXPECT_EQ(editor->currentSection(), ContractEditor::sectionOf(path)) << f.path;
        EXPECT_TRUE(input->isVisible()) << f.path;
    }
    EXPECT_GT(inputs, 60);
    // Inside a list, a part of the contract, or unknown to the catalogue.
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("forceMajeure")), ContractEditor::CancellationSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("comps.perNight")), ContractEditor::AttritionSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("settlement.payments[1].amount")),
              ContractEditor::DepositsSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("cancellation.tiers[0].share")),
              ContractEditor::CancellationSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("auditCredits[3]")), ContractEditor::PickupSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("attrition")), ContractEditor::AttritionSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("meetingRoom")), ContractEditor::MeetingRoomSection);
    EXPECT_EQ(ContractEditor::sectionOf(QStringLiteral("nights")), ContractEditor::GeneralSection);
}

namespace {

QString pathOf(const ContractField& f) {
    return QString::fromUtf8(f.path.data(), static_cast<qsizetype>(f.path.size()));
}

QString labelOf(const ContractField& f) {
    return QString::fromUtf8(f.label.data(), static_cast<qsizetype>(f.label.size()));
}

/// What an input of the editor reads, in the catalogue's words.
std::optional<FieldKind> kindOf(const FieldEditor* input) {
    if (const auto* line = dynamic_cast<const LineField*>(input)) {
        switch (line->kind()) {
        case ValueKind::Text:
            return FieldKind::Text;
        case ValueKind::Count:
            return FieldKind::Integer;
        case ValueKind::Money:
            return FieldKind::Money;
        case ValueKind::Percent:
            return FieldKind::Percent;
        case ValueKind::Date:
            return FieldKind::Date;
        }
    }
    if (dynamic_cast<const CheckField*>(input) != nullptr) {
        return FieldKind::Bool;
    }
    if (dynamic_cast<const ChoiceField*>(input) != nullptr ||
        dynamic_cast<const CurrencyField*>(input) != nullptr) {
        return FieldKind::Enum;
    }
    if (dynamic_cast<const NotesField*>(input) != nullptr) {
        return FieldKind::Text;
    }
    return std::nullopt;
}

} // namespace

TEST_F(EditorFixture, EachFieldOfTheCatalogueHasOneInputOfItsKind) {
    std::map<QString, std::vector<FieldEditor*>> inputs;
    for (FieldEditor* input : editor->findChildren<FieldEditor*>()) {
        inputs[input->path()].push_back(input);
    }
    for (const auto& [path, found] : inputs) {
        EXPECT_NE(findContractField(path.toStdString()), nullptr) << path.toStdString() << ": not catalogued";
    }
    int fields = 0;
    for (const ContractField& f : contractFields()) {
        if (f.kind == FieldKind::List) {
            EXPECT_EQ(inputs.count(pathOf(f)), 0U) << f.path << ": a list is edited in a table";
            continue;
        }
        ++fields;
        const auto it = inputs.find(pathOf(f));
        ASSERT_NE(it, inputs.end()) << f.path << ": no input";
        ASSERT_EQ(it->second.size(), 1U) << f.path;
        EXPECT_EQ(kindOf(it->second.front()), f.kind) << f.path;
        EXPECT_EQ(editor->field(pathOf(f)), it->second.front()) << f.path;
    }
    EXPECT_GT(fields, 60);
}

// The accessor a page gives an input reaches the field the input's path names, and that field alone.
TEST_F(EditorFixture, EachInputEditsTheFieldItsPathNames) {
    int edited = 0;
    for (FieldEditor* input : editor->findChildren<FieldEditor*>()) {
        const std::string path = input->path().toStdString();
        // A date of the stay moves its nights, a currency re-denominates the amounts: more than the field.
        if (path == "arrival" || path == "departure" || path == "currency") {
            continue;
        }
        editor->showField(input->path());
        settle(1);
        const Contract before = doc->contract();
        if (auto* check = dynamic_cast<CheckField*>(input)) {
            check->checkBox()->click();
        } else if (auto* choice = dynamic_cast<ChoiceField*>(input)) {
            QComboBox* combo = choice->comboBox();
            combo->setCurrentIndex((combo->currentIndex() + 1) % combo->count());
            emit combo->activated(combo->currentIndex());
        } else if (auto* line = dynamic_cast<LineField*>(input)) {
            QString text;
            switch (line->kind()) {
            case ValueKind::Text:
                text = QStringLiteral("Edited");
                break;
            case ValueKind::Count:
                text = QStringLiteral("7");
                break;
            case ValueKind::Money:
                text = QStringLiteral("12.34");
                break;
            case ValueKind::Percent:
                text = QStringLiteral("37");
                break;
            case ValueKind::Date:
                text = formatDate(before.arrival.addDays(-17));
                break;
            }
            retype(line->lineEdit(), text);
        } else if (auto* notes = qobject_cast<QPlainTextEdit*>(input->input())) {
            notes->setPlainText(QStringLiteral("Edited"));
        } else {
            ADD_FAILURE() << path << ": an input of an unknown sort";
            continue;
        }
        settle(1);
        std::vector<std::string> changed;
        for (const ContractField& f : contractFields()) {
            // Editing a program default confirms it.
            if (f.path != "unconfirmedDefaults" && !f.same(before, doc->contract())) {
                changed.emplace_back(f.path);
            }
        }
        EXPECT_EQ(changed, std::vector<std::string>{path});
        ++edited;
    }
    EXPECT_GT(edited, 55);
}

TEST_F(EditorFixture, AnInputIsMadeOnlyForACataloguedFieldOfItsKind) {
    using namespace pagefields;
    const auto percent = [](auto& c) -> auto& {
        return c.foodBeverage.allowance;
    };
    const auto money = [](auto& c) -> auto& {
        return c.foodBeverage.minimum;
    };
    const auto cap = [](auto& c) -> auto& {
        return c.attrition.capAmount;
    };
    // Of another kind, of another optionality, unknown to the catalogue.
    EXPECT_THROW(percentField(doc, QStringLiteral("foodBeverage.minimum"), "F&B minimum", percent),
                 std::logic_error);
    EXPECT_THROW(moneyField(doc, QStringLiteral("attrition.capAmount"), "Damages cap", money),
                 std::logic_error);
    EXPECT_THROW(optionalMoneyField(doc, QStringLiteral("foodBeverage.minimum"), "F&B minimum", cap, nullptr),
                 std::logic_error);
    EXPECT_THROW(percentField(doc, QStringLiteral("foodBeverage.allowances"), "F&B allowance", percent),
                 std::logic_error);
    EXPECT_THROW(checkField(
                     doc, QStringLiteral("block"), "Block", [](auto& c) -> auto& { return c.forceMajeure; }),
                 std::logic_error);
    // A name that only repeats the catalogue's label or full label; a full label the catalogue does not give.
    EXPECT_THROW(percentField(doc, QStringLiteral("foodBeverage.allowance"), "Allowance", percent),
                 std::logic_error);
    EXPECT_THROW(percentField(doc, QStringLiteral("foodBeverage.allowance"), "F&B allowance", percent),
                 std::logic_error);
    EXPECT_THROW(checkField(
                     doc, QStringLiteral("forceMajeure"), catalogueFullLabel,
                     [](auto& c) -> auto& { return c.forceMajeure; }),
                 std::logic_error);

    // Named by the page, or by the catalogue's label or full label.
    std::unique_ptr<LineField> named(
        percentField(doc, QStringLiteral("foodBeverage.allowance"), "Share of the minimum allowed", percent));
    EXPECT_EQ(named->label(), QStringLiteral("Share of the minimum allowed"));
    std::unique_ptr<LineField> catalogued(
        percentField(doc, QStringLiteral("foodBeverage.allowance"), catalogueLabel, percent));
    EXPECT_EQ(catalogued->label(), QStringLiteral("Allowance"));
    EXPECT_EQ(catalogued->kind(), ValueKind::Percent);
    std::unique_ptr<LineField> full(
        percentField(doc, QStringLiteral("foodBeverage.allowance"), catalogueFullLabel, percent));
    EXPECT_EQ(full->label(), QStringLiteral("F&B allowance"));
}

// A row of a form is labelled with its field's label in the catalogue, unless the page names it otherwise.
TEST_F(EditorFixture, AFormsRowIsLabelledByTheCatalogueUnlessItsPageNamesItOtherwise) {
    using namespace pagefields;
    EXPECT_STREQ(rowLabel(QStringLiteral("attrition.taxRate"), nullptr), "Tax rate");
    EXPECT_STREQ(rowLabel(QStringLiteral("cancellationNotice"), "Notice received"), "Notice received");
    EXPECT_THROW(rowLabel(QStringLiteral("cancellationNotice"), "Cancellation notice"), std::logic_error);
    EXPECT_THROW(rowLabel(QStringLiteral("attrition.taxRates"), nullptr), std::logic_error);

    // Every row of the editor's forms whose input edits a catalogued field, as the user reads it.
    int catalogued = 0;
    int named = 0;
    for (QLabel* label : editor->findChildren<QLabel*>()) {
        // The buddy is the field's input, inside the field.
        FieldEditor* field = nullptr;
        for (QWidget* w = label->buddy(); w != nullptr && field == nullptr; w = w->parentWidget()) {
            field = qobject_cast<FieldEditor*>(w);
        }
        if (field == nullptr) {
            continue;
        }
        const ContractField* f = findContractField(field->path().toStdString());
        ASSERT_NE(f, nullptr) << field->path().toStdString();
        const QString text = label->text().replace(QStringLiteral("&&"), QStringLiteral("&"));
        if (text == labelOf(*f) + QLatin1Char(':')) {
            ++catalogued;
        } else {
            ++named;
        }
    }
    // Two rows name their field otherwise: the attrition clause's "Rate" and the notice "Notice received".
    EXPECT_EQ(named, 2);
    EXPECT_GT(catalogued, 35);
}

// An input named by its field's label in the catalogue is named in each language as the editor's translation
// of that label says: the label is marked for translation in the editor's context.
TEST_F(EditorFixture, EveryInputNamedByTheCatalogueHasItsLabelTranslated) {
    std::vector<std::pair<FieldEditor*, QString>> named;
    int byFullLabel = 0;
    for (const ContractField& f : contractFields()) {
        const QString full =
            QString::fromUtf8(f.fullLabel.data(), static_cast<qsizetype>(f.fullLabel.size()));
        if (FieldEditor* input = editor->field(pathOf(f)); input != nullptr) {
            if (input->label() == labelOf(f)) {
                named.emplace_back(input, labelOf(f));
            } else if (!full.isEmpty() && input->label() == full) {
                named.emplace_back(input, full);
                ++byFullLabel;
            }
        }
    }
    ASSERT_GT(named.size(), 50U);
    ASSERT_GT(byFullLabel, 10);
    const char* context = "attrition::ui::ContractEditor";
    for (const char* language : {"es", "it"}) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/attrition_%1.qm").arg(QLatin1String(language))));
        ASSERT_TRUE(installLanguage(QLatin1String(language)));
        settle(1);
        for (const auto& [input, label] : named) {
            const QString translation = translator.translate(context, label.toUtf8().constData());
            EXPECT_FALSE(translation.isEmpty()) << language << ": " << label.toStdString();
            EXPECT_EQ(input->label(), translation) << language << ": " << label.toStdString();
        }
    }
    ASSERT_TRUE(installLanguage(QStringLiteral("en")));
    settle(1);
    for (const auto& [input, label] : named) {
        EXPECT_EQ(input->label(), label);
    }
}

TEST_F(EditorFixture, PickupFarAboveTheBlockIsWarnedAboutBesideTheDamages) {
    editor->showSection(ContractEditor::PickupSection);
    EXPECT_EQ(damages->warningsText(), QString());
    // Monday: 100 blocked, 130 typed (night by night).
    typeInCell(editor->pickupGrid(), 1, 0, QStringLiteral("130"));
    ASSERT_EQ(doc->contract().pickup[1].rooms, 130);
    EXPECT_TRUE(damages->warningsText().contains(QStringLiteral(
        "Pickup, KING on Mon 5/10/2027, rooms: the pickup of 130 rooms on 5/10/2027 is 130% of the "
        "100 rooms of this room type blocked that night, more than 120%: check that it was "
        "entered right")))
        << damages->warningsText().toStdString();
    // Still assessed: a warning is not a problem.
    ASSERT_TRUE(doc->results().assessment.has_value());
    EXPECT_TRUE(damages->netDueText().endsWith(QStringLiteral("USD"))) << damages->netDueText().toStdString();
    doc->undoStack()->undo();
    EXPECT_EQ(damages->warningsText(), QString());
}

TEST_F(EditorFixture, SwitchingToCancellationShowsTheFeeSchedule) {
    doc->load(demo::cancelledGroup(), {});
    settle(1);
    EXPECT_EQ(damages->netDueText(), QStringLiteral("18,680.00\u00A0USD"));
    CancellationScheduleModel* schedule = charts->cancellationModel();
    ASSERT_EQ(schedule->rowCount(), 4); // 10%, 50%, 75%, 100% of the anticipated revenue
    EXPECT_EQ(schedule->index(1, CancellationScheduleModel::FeeColumn).data().toString(),
              QStringLiteral("28,680.00"));
    EXPECT_EQ(charts->cancellationChart()->stepSeries()->count(), 8);
    editor->showSection(ContractEditor::CancellationSection);
    LineField* notice = line("cancellationNotice");
    retype(notice->lineEdit(), QString());
    EXPECT_FALSE(doc->contract().cancellationNotice);
    EXPECT_TRUE(damages->netDueText().endsWith(QStringLiteral("USD")));
}

TEST_F(EditorFixture, ALostContractNeedsItsReasonAndOwesNothing) {
    editor->showSection(ContractEditor::GeneralSection);
    const auto choose = [&](const char* path, int value) {
        auto* field = dynamic_cast<ChoiceField*>(editor->field(QString::fromLatin1(path)));
        ASSERT_NE(field, nullptr) << path;
        const int index = field->comboBox()->findData(value);
        ASSERT_GE(index, 0) << path << " has no choice " << value;
        field->comboBox()->setCurrentIndex(index);
        emit field->comboBox()->activated(index);
        settle(1);
    };
    auto* reason = dynamic_cast<ChoiceField*>(editor->field(QStringLiteral("lostReason")));
    ASSERT_NE(reason, nullptr);
    EXPECT_EQ(reason->comboBox()->currentText(), QStringLiteral("Not lost"));
    EXPECT_EQ(reason->comboBox()->count(), 5);
    ASSERT_NE(line("lostNote"), nullptr);

    choose("status", static_cast<int>(ContractStatus::Lost));
    EXPECT_EQ(doc->contract().status, ContractStatus::Lost);
    EXPECT_EQ(reason->message(),
              QStringLiteral("a lost contract needs a lostReason: price, dates, competitor or other"));
    EXPECT_EQ(damages->netDueText(), QStringLiteral("\u2014"));

    choose("lostReason", static_cast<int>(LostReason::Competitor));
    EXPECT_EQ(doc->contract().lostReason, LostReason::Competitor);
    EXPECT_EQ(reason->message(), QString());
    EXPECT_EQ(damages->netDueText(), QStringLiteral("0.00\u00A0USD"));
    retype(line("lostNote")->lineEdit(), QStringLiteral("Went to the convention centre"));
    EXPECT_EQ(doc->contract().lostNote, "Went to the convention centre");

    // Each choice is one undo step: back to the contract as it was, and what it owes.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->contract().status, demo::shoulderNights().status);
    EXPECT_EQ(doc->contract().lostReason, std::nullopt);
    EXPECT_EQ(reason->comboBox()->currentText(), QStringLiteral("Not lost"));
    EXPECT_EQ(damages->netDueText(), QStringLiteral("2,640.00\u00A0USD"));
}

TEST_F(EditorFixture, TheSettlementIsEditedOnTheDepositsPageWithUndo) {
    editor->showSection(ContractEditor::DepositsSection);
    ASSERT_NE(line("settlement.assessed"), nullptr);
    ASSERT_NE(line("settlement.invoicedOn"), nullptr);
    ASSERT_NE(line("settlement.waived"), nullptr);
    ASSERT_NE(line("settlement.creditContract"), nullptr);
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::NotAssessed);

    retype(line("settlement.assessed")->lineEdit(), QStringLiteral("1500.00"));
    ASSERT_TRUE(doc->contract().settlement.assessed);
    EXPECT_EQ(doc->contract().settlement.assessed->minorUnits(), 150000);
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::Assessed);

    // An invoice dated before the stay is named beside its field.
    retype(line("settlement.invoicedOn")->lineEdit(), QStringLiteral("1/3/2000"));
    EXPECT_TRUE(line("settlement.invoicedOn")->message().contains(QStringLiteral("is before the arrival on")))
        << line("settlement.invoicedOn")->message().toStdString();

    retype(line("settlement.waived")->lineEdit(), QStringLiteral("1500.00"));
    EXPECT_EQ(doc->contract().settlement.waived.minorUnits(), 150000);

    // Each edit is one undo step, back to no settlement at all.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::Assessed);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::NotAssessed);
    EXPECT_TRUE(doc->contract().settlement.isEmpty());
    doc->undoStack()->redo();
    EXPECT_EQ(doc->contract().settlement.assessed->minorUnits(), 150000);
}

TEST_F(EditorFixture, SettlementPaymentsAreRowsWithTheirTotalsAndState) {
    editor->showSection(ContractEditor::DepositsSection);
    settle();
    // The summary's amounts keep their code on the same line (a no-break space); read as plain spaces.
    const auto summary = [this] {
        return editor->settlementSummary()->text().replace(QChar(0x00a0), QLatin1Char(' '));
    };
    GridView* payments = editor->paymentsGrid();
    ASSERT_NE(payments, nullptr);
    auto* model = payments->contractModel();
    ASSERT_NE(model, nullptr);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(editor->settlementState()->text().contains(QStringLiteral("Not assessed")));

    retype(line("settlement.assessed")->lineEdit(), QStringLiteral("1500.00"));
    EXPECT_TRUE(editor->settlementState()->text().contains(QStringLiteral("Assessed")));
    EXPECT_TRUE(summary().contains(QStringLiteral("left to collect <b>1,500.00 USD")))
        << summary().toStdString();
    retype(line("settlement.invoicedOn")->lineEdit(), QStringLiteral("5/20/2027"));
    EXPECT_TRUE(editor->settlementState()->text().contains(QStringLiteral("Invoiced")));

    // A payment is a row: added as one undo step, dated and with an amount typed into its cells.
    const int steps = doc->undoStack()->count();
    model->insertRowAfter(-1);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    typeInCell(payments, 0, 0, QStringLiteral("6/1/2027"));
    typeInCell(payments, 0, 1, QStringLiteral("600.00"));
    ASSERT_EQ(doc->contract().settlement.payments.size(), 1U);
    EXPECT_EQ(doc->contract().settlement.payments[0].received, *Date::parseIso("2027-06-01"));
    EXPECT_EQ(doc->contract().settlement.payments[0].amount.minorUnits(), 60000);
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::PartlyCollected);
    EXPECT_TRUE(editor->settlementState()->text().contains(QStringLiteral("Partly collected")));
    EXPECT_TRUE(summary().contains(QStringLiteral("Collected <b>600.00 USD"))) << summary().toStdString();
    EXPECT_TRUE(summary().contains(QStringLiteral("left to collect <b>900.00 USD")));

    // A second payment that collects the rest.
    model->insertRowAfter(0);
    typeInCell(payments, 1, 0, QStringLiteral("6/15/2027"));
    typeInCell(payments, 1, 1, QStringLiteral("900.00"));
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::Collected);
    EXPECT_TRUE(editor->settlementState()->text().contains(QStringLiteral("Collected")));

    // A payment dated before the arrival is named on its row's date.
    typeInCell(payments, 1, 0, QStringLiteral("5/1/2027"));
    EXPECT_TRUE(model->index(1, 0)
                    .data(ContractTableModel::IssueRole)
                    .toString()
                    .contains(QStringLiteral("is before the arrival on")))
        << model->index(1, 0).data(ContractTableModel::IssueRole).toString().toStdString();
    EXPECT_TRUE(model->index(0, 0).data(ContractTableModel::IssueRole).toString().isEmpty());
    doc->undoStack()->undo();
    EXPECT_TRUE(model->index(1, 0).data(ContractTableModel::IssueRole).toString().isEmpty());

    // Collected beyond what was agreed: said under the payments when nothing is waived, on Waived when
    // something is.
    typeInCell(payments, 1, 1, QStringLiteral("1000.00"));
    EXPECT_FALSE(model->tableIssues().isEmpty());
    EXPECT_TRUE(model->tableIssues().join(QLatin1Char(' ')).contains(QStringLiteral("1,600.00")))
        << model->tableIssues().join(QLatin1Char(' ')).toStdString();
    doc->undoStack()->undo();
    EXPECT_TRUE(model->tableIssues().isEmpty());
    retype(line("settlement.waived")->lineEdit(), QStringLiteral("100.00"));
    EXPECT_FALSE(line("settlement.waived")->message().isEmpty());
    EXPECT_TRUE(model->tableIssues().isEmpty());
    doc->undoStack()->undo();

    // Removing a row is one undo step too; undo and redo take it back and forth.
    model->removeRowsAt({0});
    EXPECT_EQ(doc->contract().settlement.payments.size(), 1U);
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::PartlyCollected);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->contract().settlement.payments.size(), 2U);
    EXPECT_EQ(doc->contract().settlement.state(), SettlementState::Collected);
    doc->undoStack()->redo();
    EXPECT_EQ(doc->contract().settlement.payments.size(), 1U);
    EXPECT_TRUE(editor->settlementState()->text().contains(QStringLiteral("Partly collected")));
}
