#include "democontracts.h"
#include "session/contractdocument.h"
#include "widget_test_support.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;

TEST(ContractDocumentTest, AssessesTheContractItHolds) {
    ContractDocument doc;
    doc.load(demo::shoulderNights(), QStringLiteral("a.json"));
    ASSERT_TRUE(doc.results().assessment);
    EXPECT_EQ(doc.results().assessment->totalOwed, demo::money("2640.00", demo::usd()));
    EXPECT_EQ(doc.results().pickupSweep.size(), 151U);
    EXPECT_FALSE(doc.results().cancellationSweep.empty());
    EXPECT_FALSE(doc.isModified());
}

TEST(ContractDocumentTest, EveryEditIsOneUndoableStep) {
    ContractDocument doc;
    doc.load(demo::shoulderNights(), {});
    QSignalSpy changed(&doc, &ContractDocument::contractChanged);
    doc.edit(QStringLiteral("Edit rate"), {},
             [](Contract& c) { c.block[0].rate = demo::money("200.00", demo::usd()); });
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(doc.isModified());
    EXPECT_EQ(doc.contract().block[0].rate, demo::money("200.00", demo::usd()));
    doc.undoStack()->undo();
    EXPECT_EQ(doc.contract().block[0].rate, demo::money("150.00", demo::usd()));
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    EXPECT_EQ(doc.contract().block[0].rate, demo::money("200.00", demo::usd()));
}

TEST(ContractDocumentTest, TypingInOneFieldMergesUntilTheEditEnds) {
    ContractDocument doc;
    doc.load(demo::shoulderNights(), {});
    for (const char* ref : {"G", "GR", "GRP"}) {
        doc.edit(QStringLiteral("Edit reference"), QStringLiteral("reference"),
                 [&](Contract& c) { c.reference = ref; });
    }
    EXPECT_EQ(doc.undoStack()->count(), 1);
    doc.endMerge();
    doc.edit(QStringLiteral("Edit reference"), QStringLiteral("reference"),
             [](Contract& c) { c.reference = "X"; });
    EXPECT_EQ(doc.undoStack()->count(), 2);
    doc.undoStack()->undo();
    EXPECT_EQ(doc.contract().reference, "GRP");
    doc.undoStack()->undo();
    EXPECT_EQ(doc.contract().reference, "EX-A");
}

TEST(ContractDocumentTest, KnowsTheEnginesProblemsByField) {
    ContractDocument doc;
    Contract c = demo::shoulderNights();
    c.block[2].rooms = -5;
    doc.load(c, {});
    EXPECT_FALSE(doc.results().assessment);
    EXPECT_EQ(doc.issueAt(QStringLiteral("block[2].rooms")),
              QStringLiteral("rooms must not be negative (-5)"));
    EXPECT_EQ(doc.issuesUnder(QStringLiteral("block")).size(), 1U);
    EXPECT_TRUE(doc.issuesUnder(QStringLiteral("blocks")).empty());
    EXPECT_TRUE(doc.results().pickupSweep.empty());
}
