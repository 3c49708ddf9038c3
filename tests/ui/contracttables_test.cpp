#include "democontracts.h"
#include "models/contracttables.h"
#include "widget_test_support.h"

#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;

namespace {

struct BlockFixture : ::testing::Test {
    BlockFixture() { doc.load(demo::shoulderNights(), {}); }
    QString text(int row, int column) { return model->index(row, column).data().toString(); }

    ContractDocument doc;
    ContractTableModel* model = makeBlockModel(&doc, &doc);
};

} // namespace

TEST_F(BlockFixture, ShowsNightsAgainstRoomTypes) {
    ASSERT_EQ(model->rowCount(), 4);
    ASSERT_EQ(model->columnCount(), 2);
    EXPECT_EQ(model->headerData(0, Qt::Vertical).toString(), QStringLiteral("Sun 5/9/2027"));
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("KING\nrooms"));
    EXPECT_EQ(text(1, 0), QStringLiteral("100"));
    EXPECT_EQ(text(1, 1), QStringLiteral("150.00"));
}

TEST_F(BlockFixture, AnEditReadsExactlyOrIsRefused) {
    EXPECT_TRUE(model->setData(model->index(0, 1), QStringLiteral("1,175.5")));
    EXPECT_EQ(doc.contract().block[0].rate, demo::money("1175.50", demo::usd()));
    EXPECT_FALSE(model->setData(model->index(0, 1), QStringLiteral("175.555")));
    EXPECT_EQ(model->lastError(), QStringLiteral("USD amounts have at most 2 decimals"));
    EXPECT_EQ(doc.contract().block[0].rate, demo::money("1175.50", demo::usd()));
}

TEST_F(BlockFixture, PastesASpreadsheetBlockAsOneStep) {
    const QString error =
        model->paste(QStringLiteral("30\t160.00\r\n110\t\"1,160.00\"\r\n"), model->index(0, 0));
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(doc.contract().block[0].rooms, 30);
    EXPECT_EQ(doc.contract().block[1].rate, demo::money("1160.00", demo::usd()));
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.contract().block[0].rooms, 20);
    EXPECT_EQ(doc.contract().block[1].rate, demo::money("150.00", demo::usd()));
}

TEST_F(BlockFixture, RefusesAPasteWithABadCellAndChangesNothing) {
    const QString error = model->paste(QStringLiteral("30\t160.00\nlots\t170.00\n"), model->index(0, 0));
    EXPECT_EQ(error, QStringLiteral("Mon 5/10/2027, KING rooms: \u201clots\u201d is not a whole number"));
    EXPECT_EQ(doc.contract().block[0].rooms, 20);
    EXPECT_EQ(doc.undoStack()->count(), 0);
    EXPECT_FALSE(model->paste(QStringLiteral("1\t2\t3"), model->index(0, 0)).isEmpty()); // too wide
}

TEST_F(BlockFixture, FillsASelectionWithOneValueAndClearsCells) {
    const QModelIndexList rooms = {model->index(0, 0), model->index(3, 0)};
    EXPECT_TRUE(model->paste(QStringLiteral("25"), model->index(0, 0), rooms).isEmpty());
    EXPECT_EQ(doc.contract().block[0].rooms, 25);
    EXPECT_EQ(doc.contract().block[3].rooms, 25);
    model->clearCells({model->index(3, 0)});
    EXPECT_EQ(doc.contract().block.size(), 3U); // no rooms: no block entry that night
    EXPECT_EQ(text(3, 0), QString());
}

TEST_F(BlockFixture, ShowsTheEnginesProblemOnItsCell) {
    model->setData(model->index(2, 0), QStringLiteral("-5"));
    EXPECT_EQ(model->index(2, 0).data(ContractTableModel::IssueRole).toString(),
              QStringLiteral("rooms must not be negative (-5)"));
    EXPECT_EQ(model->indexForPath(QStringLiteral("block[2].rooms")), model->index(2, 0));
}

TEST(ContractTablesTest, RoomTypesAddRenameAndRemove) {
    Contract c = demo::shoulderNights();
    addRoomType(c, "SUITE");
    EXPECT_EQ(roomTypes(c), (QStringList{QStringLiteral("KING"), QStringLiteral("SUITE")}));
    renameRoomType(c, "KING", "K");
    EXPECT_EQ(c.pickup[0].roomType, "K");
    removeRoomType(c, "SUITE");
    EXPECT_EQ(roomTypes(c), QStringList{QStringLiteral("K")});
}

TEST(ContractTablesTest, CancellationTiersAddAfterTheLast) {
    ContractDocument doc;
    Contract c = demo::shoulderNights();
    c.cancellation.tiers.clear();
    doc.load(c, {});
    ContractTableModel* tiers = makeCancellationTiersModel(&doc, &doc);
    tiers->insertRowAfter(-1);
    ASSERT_EQ(doc.contract().cancellation.tiers.size(), 1U);
    EXPECT_TRUE(tiers->setData(tiers->index(0, TierPercent), QStringLiteral("100")));
    EXPECT_EQ(tiers->index(0, TierToDays).data().toString(), QString());
    EXPECT_EQ(tiers->index(0, TierPercent).data().toString(), QStringLiteral("100%"));
    tiers->removeRowsAt({0});
    EXPECT_TRUE(doc.contract().cancellation.tiers.empty());
}
