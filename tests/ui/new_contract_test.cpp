// Entering a new contract as a new user would: the stay's nights follow its dates, clearing cells never
// removes a room type and removing one asks first, Enter moves down a grid as in a spreadsheet, the
// placeholder group name is replaced by what is typed, letters never reach an amount, and new contracts get
// references of their own.

#include "democontracts.h"
#include "editor/contracteditor.h"
#include "models/contracttablemodel.h"
#include "models/contracttables.h"
#include "session/contractdocument.h"
#include "widget_test_support.h"
#include "widgets/gridview.h"
#include "widgets/linefield.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QSet>
#include <QToolButton>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::MessageBoxAnswer;
using attrition::uitest::retype;
using attrition::uitest::settle;

namespace {

std::int64_t roomsOf(const Contract& c, const std::string& type) {
    std::int64_t rooms = 0;
    for (const BlockEntry& e : c.block) {
        rooms += e.roomType == type ? e.rooms : 0;
    }
    return rooms;
}

class NewContractEditor : public ::testing::Test {
protected:
    NewContractEditor() {
        doc->load(demo::shoulderNights(), {});
        editor->resize(1200, 800);
        editor->show();
        settle();
    }
    ~NewContractEditor() override {
        delete editor;
        delete doc;
    }

    LineField* line(const char* path) {
        auto* f = dynamic_cast<LineField*>(editor->field(QString::fromLatin1(path)));
        EXPECT_NE(f, nullptr) << path;
        return f;
    }

    ContractDocument* doc = new ContractDocument(nullptr);
    ContractEditor* editor = new ContractEditor(doc);
};

} // namespace

TEST(NewContractReferences, TheNextFreeNumberOfThePattern) {
    const QSet<QString> stored = {QStringLiteral("GRP-2027-0001"), QStringLiteral("GRP-2027-0002"),
                                  QStringLiteral("GRP-2027-0004")};
    const auto taken = [&](const QString& r) {
        return stored.contains(r);
    };
    EXPECT_EQ(nextReference(defaultReferencePattern(), 2027, taken), QStringLiteral("GRP-2027-0003"));
    EXPECT_EQ(nextReference(QStringLiteral("{yy}/{nnn}"), 2027, taken), QStringLiteral("27/001"));
    // A number wider than its run is written in full.
    EXPECT_EQ(nextReference(QStringLiteral("G{n}"), 2027, [](const QString& r) { return r.size() < 3; }),
              QStringLiteral("G10"));
    // No number in the pattern: the plain text, then numbered copies.
    EXPECT_EQ(nextReference(QStringLiteral("SALES-{yyyy}"), 2027, [](const QString&) { return false; }),
              QStringLiteral("SALES-2027"));
    EXPECT_EQ(nextReference(QStringLiteral("SALES-{yyyy}"), 2027,
                            [](const QString& r) { return r == QStringLiteral("SALES-2027"); }),
              QStringLiteral("SALES-2027-1"));
    // An empty pattern in the settings means the default.
    EXPECT_EQ(nextReference(QString(), 2028, taken), QStringLiteral("GRP-2028-0001"));
}

TEST(NewContractStay, ANewArrivalMovesTheWholeStay) {
    Contract c = demo::shoulderNights(); // 9 to 13 May 2027, KING 20/100/100/20, pickup 5/100/100/5
    const Date cutoff = c.arrival.addDays(-30);
    c.cutoff = cutoff;
    moveArrival(c, demo::date("2027-06-01"));
    EXPECT_EQ(c.arrival, demo::date("2027-06-01"));
    EXPECT_EQ(c.departure, demo::date("2027-06-05"));
    ASSERT_EQ(c.block.size(), 4U);
    EXPECT_EQ(c.block.front().night, demo::date("2027-06-01"));
    EXPECT_EQ(c.block.back().night, demo::date("2027-06-04"));
    EXPECT_EQ(c.block[1].rooms, 100);
    EXPECT_EQ(c.pickup.front().night, demo::date("2027-06-01"));
    EXPECT_EQ(c.cutoff, cutoff) << "dates of the contract, not of the stay, stay as they were";
    EXPECT_TRUE(attrition::validate(c).empty());
}

TEST(NewContractStay, ALaterDepartureAddsNightsAndAnEarlierOneKeepsWhatWasEntered) {
    Contract c = demo::shoulderNights();
    setDeparture(c, demo::date("2027-05-15"));
    ASSERT_EQ(c.block.size(), 6U);
    EXPECT_EQ(c.block[4].night, demo::date("2027-05-13"));
    EXPECT_EQ(c.block[4].rooms, 0);
    EXPECT_EQ(c.block[4].rate, demo::money("150.00", demo::usd())) << "the rate of the nearest night";
    EXPECT_EQ(roomsOf(c, "KING"), 240);

    // Back to four nights: the empty nights go, nothing entered is lost.
    setDeparture(c, demo::date("2027-05-13"));
    EXPECT_EQ(c.block.size(), 4U);
    // Three nights: the fourth night's 20 rooms stay (marked outside the stay) for the user to clear.
    setDeparture(c, demo::date("2027-05-12"));
    EXPECT_EQ(roomsOf(c, "KING"), 240);
    EXPECT_FALSE(attrition::validate(c).empty());
}

TEST_F(NewContractEditor, TypingAnArrivalMovesTheBlockAndUndoMovesItBack) {
    editor->showSection(ContractEditor::GeneralSection);
    retype(line("arrival")->lineEdit(), QStringLiteral("6/1/2027"));
    EXPECT_EQ(doc->contract().departure, demo::date("2027-06-05"));
    EXPECT_EQ(doc->contract().block.front().night, demo::date("2027-06-01"));
    EXPECT_EQ(editor->blockModel()->rowCount(), 4) << "no rows for nights the user never entered";
    doc->undoStack()->undo();
    EXPECT_EQ(doc->contract().arrival, demo::date("2027-05-09"));
    EXPECT_EQ(doc->contract().departure, demo::date("2027-05-13"));
    EXPECT_EQ(doc->contract().block.front().night, demo::date("2027-05-09"));
    EXPECT_EQ(doc->contract().pickup.front().night, demo::date("2027-05-09"));
}

TEST_F(NewContractEditor, ClearingEveryCellOfARoomTypeKeepsTheRoomType) {
    ContractTableModel* block = editor->blockModel();
    QModelIndexList rooms;
    for (int row = 0; row < block->rowCount(); ++row) {
        rooms << block->index(row, 0);
    }
    block->clearCells(rooms);
    EXPECT_EQ(roomTypes(doc->contract()), QStringList{QStringLiteral("KING")});
    EXPECT_EQ(block->columnCount(), 2);
    EXPECT_EQ(roomsOf(doc->contract(), "KING"), 0);
}

TEST_F(NewContractEditor, RemovingARoomTypeAsksFirstAndUndoBringsItBack) {
    Contract withSuite = doc->contract();
    addRoomType(withSuite, "SUITE");
    doc->load(withSuite, {});
    settle();
    GridView* grid = editor->blockGrid();
    grid->setCurrentIndex(editor->blockModel()->index(0, 2)); // a SUITE cell
    const QList<QToolButton*> remove = editor->findChildren<QToolButton*>();
    QToolButton* removeButton = nullptr;
    for (QToolButton* b : remove) {
        if (b->toolTip() == QStringLiteral("Remove the selected room type")) {
            removeButton = b;
        }
    }
    ASSERT_NE(removeButton, nullptr);
    {
        MessageBoxAnswer cancel(QMessageBox::Cancel);
        removeButton->click();
        settle();
        EXPECT_TRUE(cancel.answered());
        EXPECT_EQ(cancel.text(),
                  QStringLiteral("Remove the room type SUITE with its 0 blocked room nights and 0 "
                                 "picked up?"));
    }
    EXPECT_EQ(roomTypes(doc->contract()).size(), 2);
    grid->setCurrentIndex(editor->blockModel()->index(0, 0)); // a KING cell
    {
        MessageBoxAnswer yes(QMessageBox::Yes);
        removeButton->click();
        settle();
        EXPECT_EQ(yes.text(),
                  QStringLiteral("Remove the room type KING with its 240 blocked room nights and 210 "
                                 "picked up?"));
    }
    EXPECT_EQ(roomTypes(doc->contract()), QStringList{QStringLiteral("SUITE")});
    doc->undoStack()->undo();
    EXPECT_EQ(roomTypes(doc->contract()), (QStringList{QStringLiteral("KING"), QStringLiteral("SUITE")}));
    EXPECT_EQ(roomsOf(doc->contract(), "KING"), 240);
    EXPECT_EQ(doc->contract().pickup.size(), withSuite.pickup.size());
}

TEST_F(NewContractEditor, EnterMovesDownTheGridAndTabAcross) {
    GridView* grid = editor->blockGrid();
    grid->setFocus();
    const QModelIndex first = editor->blockModel()->index(0, 0);
    grid->setCurrentIndex(first);
    grid->edit(first);
    settle(1);
    auto* input = grid->viewport()->findChild<QLineEdit*>();
    ASSERT_NE(input, nullptr);
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("30"));
    QTest::keyClick(input, Qt::Key_Return);
    settle(1);
    EXPECT_EQ(doc->contract().block[0].rooms, 30);
    EXPECT_EQ(grid->currentIndex(), editor->blockModel()->index(1, 0)) << "Enter commits and moves down";

    // Not editing: Enter moves down, Shift+Enter up, Tab across.
    QTest::keyClick(grid, Qt::Key_Return);
    EXPECT_EQ(grid->currentIndex(), editor->blockModel()->index(2, 0));
    QTest::keyClick(grid, Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(grid->currentIndex(), editor->blockModel()->index(1, 0));
    QTest::keyClick(grid, Qt::Key_Tab);
    EXPECT_EQ(grid->currentIndex(), editor->blockModel()->index(1, 1));
}

TEST_F(NewContractEditor, ThePlaceholderGroupNameIsReplacedByWhatIsTyped) {
    doc->load(blankContract(demo::date("2026-12-05"), demo::usd()), {});
    settle();
    editor->showField(QStringLiteral("groupName"));
    settle();
    QLineEdit* group = line("groupName")->lineEdit();
    ASSERT_TRUE(group->hasFocus());
    EXPECT_EQ(group->selectedText(), QStringLiteral("New group"));
    QTest::keyClicks(group, QStringLiteral("Dental Congress"));
    EXPECT_EQ(doc->contract().groupName, "Dental Congress");

    // A name the user wrote is not selected when the field takes the focus again.
    editor->showField(QStringLiteral("reference"));
    settle();
    editor->showField(QStringLiteral("groupName"));
    settle();
    EXPECT_TRUE(group->selectedText().isEmpty());
}

TEST_F(NewContractEditor, LettersAreRefusedInAnAmountAsTheyAreTyped) {
    editor->showSection(ContractEditor::FoodBeverageSection);
    settle();
    QLineEdit* minimum = line("foodBeverage.minimum")->lineEdit();
    minimum->setFocus();
    minimum->selectAll();
    QTest::keyClicks(minimum, QStringLiteral("12x5o0"));
    EXPECT_EQ(minimum->text(), QStringLiteral("1250"));
    QTest::keyClick(minimum, Qt::Key_Return);
    EXPECT_EQ(doc->contract().foodBeverage.minimum, demo::money("1250.00", demo::usd()));
    EXPECT_EQ(minimum->text(), QStringLiteral("1,250.00")) << "the field shows the value used";
}
