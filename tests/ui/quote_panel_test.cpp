// The Quote page: the hotel's outlook typed, pasted or imported for the nights of a proposed group's stay,
// the margins, and what the engine's quote makes of them, shown as the engine computes them.

#include "attrition/engine/quote.h"
#include "attrition/storage/sql_repository.h"
#include "charts/quoteclausechart.h"
#include "democontracts.h"
#include "models/hoteloutlookmodel.h"
#include "models/quoteclausemodel.h"
#include "models/quotenightsmodel.h"
#include "session/contractdocument.h"
#include "session/outlook.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "views/quotepanel.h"
#include "widget_test_support.h"
#include "widgets/gridview.h"

#include <QFile>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::retype;
using attrition::uitest::settle;

namespace {

/// The tentative Northwind Traders kickoff of the demo portfolio: 3 nights of 80, 120 and 60 kings at 219.00,
/// an F&B minimum of 25,000.00.
Contract northwind() {
    for (const Contract& c : demo::portfolio()) {
        if (c.reference == "GRP-27-0117") {
            return c;
        }
    }
    ADD_FAILURE() << "the demo portfolio has no GRP-27-0117";
    return {};
}

/// Capacity, demand, net ADR and ancillary of the three nights, as a spreadsheet copies them.
const QString kOutlook = QStringLiteral("250\t180\t180.00\t20.00\n"
                                        "250\t230.5\t200.00\t\n"
                                        "250\t100\t150.00\t0\n");

std::vector<quote::HotelNight> handOutlook(const Contract& c) {
    const Currency usd = c.currency;
    return {
        {c.arrival, 250, Quantity::whole(180), demo::money("180.00", usd), demo::money("20.00", usd)},
        {c.arrival.addDays(1), 250, Quantity::fromMicro(230'500'000), demo::money("200.00", usd),
         Money::zero(usd)},
        {c.arrival.addDays(2), 250, Quantity::whole(100), demo::money("150.00", usd), Money::zero(usd)},
    };
}

class QuotePanelTest : public ::testing::Test {
protected:
    QuotePanelTest() {
        // What is typed and shown is en_US whatever a test before left as the default.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QSettings().remove(QStringLiteral("quote"));
        document.load(northwind(), {});
        panel = std::make_unique<QuotePanel>(&document, &forecaster);
        panel->resize(1200, 700);
        panel->show();
        settle();
    }
    ~QuotePanelTest() override { QSettings().remove(QStringLiteral("quote")); }

    void paste(const QString& text, int row = 0, int column = 0) {
        GridView* grid = panel->outlookGrid();
        grid->setCurrentIndex(panel->outlookModel()->index(row, column));
        grid->pasteText(text);
    }

    /// The engine's quote of the contract as the panel should make it: no past groups, the default wash.
    quote::Quote expected(const quote::QuoteOptions& options) const {
        const Contract& c = document.contract();
        return quote::quoteGroup(c, handOutlook(c), quote::washDistribution({}, c.account), options);
    }

    ContractDocument document;
    Forecaster forecaster;
    std::unique_ptr<QuotePanel> panel;
};

TEST_F(QuotePanelTest, ShowsTheEnginesQuoteForAHandSetOutlook) {
    // Nothing entered yet: each night is named as missing, and there is no quote.
    panel->recompute();
    ASSERT_FALSE(panel->currentQuote());
    const QString missing = panel->problems().join(QLatin1Char('\n'));
    EXPECT_TRUE(missing.contains(formatDate(document.contract().arrival.addDays(2))))
        << missing.toStdString();

    paste(kOutlook);
    EXPECT_EQ(panel->outlookModel()->outlook(), handOutlook(document.contract()));
    panel->recompute();
    ASSERT_TRUE(panel->currentQuote()) << panel->problems().join(QLatin1Char('\n')).toStdString();
    const quote::Quote& shown = *panel->currentQuote();
    const quote::Quote engine = expected(quote::QuoteOptions{});
    EXPECT_EQ(shown.net, engine.net);
    EXPECT_EQ(shown.netP10, engine.netP10);
    EXPECT_EQ(shown.netP90, engine.netP90);
    EXPECT_EQ(shown.displacementCost, engine.displacementCost);
    EXPECT_EQ(shown.wash.source, quote::WashSource::Default);
    ASSERT_EQ(shown.nights.size(), 3U);
    ASSERT_EQ(shown.clauses.size(), engine.clauses.size());
    // Night 2 displaces transient rooms: demand 230.5 + the group's rooms above 250.
    EXPECT_TRUE(engine.nights[1].displacementCost.isPositive());

    // The night-by-night table shows the engine's figures.
    QuoteNightsModel* nights = panel->nightsModel();
    ASSERT_EQ(nights->rowCount(), 3);
    for (int r = 0; r < 3; ++r) {
        const quote::NightQuote& n = engine.nights[static_cast<std::size_t>(r)];
        EXPECT_EQ(nights->index(r, QuoteNightsModel::BlockColumn).data().toString(), formatCount(n.block));
        EXPECT_EQ(nights->index(r, QuoteNightsModel::NetColumn).data().toString(), formatMoney(n.net));
        EXPECT_EQ(nights->index(r, QuoteNightsModel::CostColumn).data().toString(),
                  formatMoney(n.displacementCost));
        EXPECT_EQ(nights->index(r, QuoteNightsModel::BreakEvenColumn).data().toString(),
                  formatMoney(*n.breakEvenRate));
    }
    // The clause table and its chart: a row per performance level, a column and a line per damages factor.
    QuoteClauseModel* clauses = panel->clauseModel();
    ASSERT_EQ(clauses->rowCount(), 6);
    ASSERT_EQ(clauses->columnCount(), QuoteClauseModel::FirstFactorColumn + 3);
    for (const quote::ClauseOption& o : engine.clauses) {
        bool found = false;
        for (int r = 0; r < clauses->rowCount(); ++r) {
            for (int col = QuoteClauseModel::FirstFactorColumn; col < clauses->columnCount(); ++col) {
                const quote::ClauseOption* at = clauses->option(r, col);
                if (at != nullptr && at->performanceLevel == o.performanceLevel &&
                    at->damagesFactor == o.damagesFactor) {
                    found = true;
                    EXPECT_EQ(clauses->index(r, col).data().toString(), formatMoney(o.expectedDamages));
                }
            }
        }
        EXPECT_TRUE(found);
    }
    ASSERT_EQ(panel->clauseChart()->lines().size(), 3U);
    const quote::ClauseOption& at95 = engine.clauses.back();
    const QLineSeries* line = panel->clauseChart()->lines().back();
    ASSERT_EQ(line->count(), 6);
    EXPECT_DOUBLE_EQ(line->at(5).x(), 95.0);
    EXPECT_DOUBLE_EQ(line->at(5).y(), static_cast<double>(at95.expectedDamages.minorUnits()) / 100.0);

    // The summary: where the wash comes from, the net value with its range, the verdict.
    // (A plain text of the summary has plain spaces where amounts and their currency have no-break ones.)
    const QString summary = panel->summaryText();
    const auto plain = [](QString text) {
        return text.replace(QChar(0x00A0), QLatin1Char(' '));
    };
    EXPECT_TRUE(summary.contains(QStringLiteral("no history: a default 0\u201320%")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(plain(formatMoneyWithCode(engine.net)))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(formatMoney(engine.netP10))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Worth taking: the group adds %1 after displacing %2")
                                     .arg(plain(formatMoneyWithCode(engine.net)),
                                          plain(formatMoneyWithCode(engine.displacementCost)))))
        << summary.toStdString();
}

TEST_F(QuotePanelTest, TheVerdictIsAsTallAsItsTextUpToThreeFifthsOfTheResults) {
    // The results' share of a laptop screen.
    panel->resize(1360, 600);
    paste(kOutlook);
    panel->recompute();
    settle();
    ASSERT_TRUE(panel->currentQuote());
    auto* summary = panel->findChild<QTextBrowser*>(QStringLiteral("quoteSummary"));
    ASSERT_NE(summary, nullptr);
    auto* split = qobject_cast<QSplitter*>(summary->parentWidget());
    ASSERT_NE(split, nullptr);
    const int text = static_cast<int>(summary->document()->size().height());
    const int most = split->height() * 3 / 5;
    EXPECT_GE(summary->height(), std::min(text, most) - 4) << text << " " << most;
    EXPECT_LE(summary->height(), most + 4);
    // More than the quarter the stretch factors alone would give it.
    EXPECT_GT(summary->height(), split->height() / 4 + 10);

    // A line the user moves stays where they put it.
    const QList<int> moved{summary->minimumHeight(), split->height() - summary->minimumHeight()};
    split->setSizes(moved);
    emit split->splitterMoved(summary->minimumHeight(), 1);
    panel->resize(1360, 640);
    panel->recompute();
    settle();
    // The splitter keeps the proportions the user gave as the panel grows.
    EXPECT_LE(summary->height(), summary->minimumHeight() + 20);
}

TEST_F(QuotePanelTest, ARefusedOutlookShowsTheEnginesMessageNamingTheNight) {
    // The middle night's capacity below its block of 120 rooms.
    paste(QStringLiteral("250\t180\t180.00\t20.00\n100\t50\t200.00\t\n250\t100\t150.00\t0\n"));
    panel->recompute();
    EXPECT_FALSE(panel->currentQuote());
    std::vector<quote::HotelNight> outlook = handOutlook(document.contract());
    outlook[1].capacity = 100;
    outlook[1].transientDemand = Quantity::whole(50);
    const std::vector<Message> refused = quote::checkQuote(document.contract(), outlook, panel->options());
    ASSERT_EQ(refused.size(), 1U);
    ASSERT_EQ(panel->problems(), QStringList{messageText(refused.front())});
    EXPECT_TRUE(panel->problems().front().contains(formatDate(document.contract().arrival.addDays(1))));
    EXPECT_TRUE(panel->summaryText().isEmpty());
    EXPECT_EQ(panel->nightsModel()->rowCount(), 0);
    EXPECT_EQ(panel->clauseModel()->rowCount(), 0);

    // A contract that is no longer a proposal is not quoted.
    document.edit(QStringLiteral("Status"), {}, [](Contract& c) { c.status = ContractStatus::Definite; });
    paste(kOutlook);
    panel->recompute();
    EXPECT_FALSE(panel->currentQuote());
    EXPECT_TRUE(panel->problems().join(QLatin1Char('\n')).contains(QStringLiteral("prospect or tentative")));
}

TEST_F(QuotePanelTest, MarginsChangeTheResultAndAreKept) {
    paste(kOutlook);
    panel->recompute();
    ASSERT_TRUE(panel->currentQuote());
    const Money before = panel->currentQuote()->net;

    retype(panel->marginEdit(QuotePanel::Margin::Commission), QStringLiteral("10"));
    retype(panel->marginEdit(QuotePanel::Margin::VariableCost), QStringLiteral("30.00"));
    retype(panel->marginEdit(QuotePanel::Margin::FoodBeverage), QStringLiteral("25"));
    panel->recompute();
    ASSERT_TRUE(panel->currentQuote());
    quote::QuoteOptions options;
    options.margins.groupCommission = Percent::fromPoints(10);
    options.margins.roomVariableCost = demo::money("30.00", document.contract().currency);
    options.margins.foodBeverageMargin = Percent::fromPoints(25);
    EXPECT_EQ(panel->options().margins, options.margins);
    const quote::Quote engine = expected(options);
    EXPECT_EQ(panel->currentQuote()->net, engine.net);
    EXPECT_NE(engine.net, before);
    EXPECT_EQ(panel->currentQuote()->foodBeverageProfit,
              demo::money("6250.00", document.contract().currency));

    // Letters are refused as they are typed; a margin out of range is explained and stops the quote.
    QLineEdit* meeting = panel->marginEdit(QuotePanel::Margin::MeetingRoom);
    retype(meeting, QStringLiteral("1x20"));
    EXPECT_EQ(meeting->text(), QStringLiteral("120"));
    panel->recompute();
    EXPECT_FALSE(panel->currentQuote());
    EXPECT_TRUE(panel->problems().join(QLatin1Char('\n')).contains(QStringLiteral("Meeting room margin")));

    // The margins are kept for the next time.
    retype(meeting, QStringLiteral("70"));
    QuotePanel again(&document, &forecaster);
    EXPECT_EQ(again.options().margins.groupCommission, Percent::fromPoints(10));
    EXPECT_EQ(again.options().margins.meetingRoomMargin, Percent::fromPoints(70));
    EXPECT_EQ(again.options().margins.roomVariableCost, options.margins.roomVariableCost);
}

TEST_F(QuotePanelTest, PastingIntoTheGridIsAllOrNothingAndNamesTheBadCell) {
    HotelOutlookModel* model = panel->outlookModel();
    ASSERT_EQ(model->rowCount(), 3);
    // A block from the second column of the first night: demand and net ADR of two nights.
    paste(QStringLiteral("1,180.5\t175.50\n90\t160.00\n"), 0, HotelOutlookModel::DemandColumn);
    EXPECT_EQ(model->index(0, HotelOutlookModel::DemandColumn).data().toString(), QStringLiteral("1,180.5"));
    EXPECT_EQ(model->index(1, HotelOutlookModel::NetAdrColumn).data().toString(), QStringLiteral("160.00"));
    EXPECT_TRUE(model->index(0, HotelOutlookModel::CapacityColumn).data().toString().isEmpty());
    // Nights given in part are named with what they lack.
    EXPECT_TRUE(panel->outlookMessage().contains(formatNight(document.contract().arrival)));
    EXPECT_TRUE(panel->outlookMessage().contains(QStringLiteral("Capacity")));

    // A letter in a number: nothing is pasted, and the message names the night and the column.
    paste(QStringLiteral("250\t200\n25O\t200\n"));
    EXPECT_TRUE(model->index(0, HotelOutlookModel::CapacityColumn).data().toString().isEmpty());
    const QString message = panel->outlookMessage();
    EXPECT_TRUE(message.contains(formatNight(document.contract().arrival.addDays(1))))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("Capacity"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("25O"))) << message.toStdString();
    // Too many rows for the stay.
    paste(QStringLiteral("1\n2\n3\n4\n"));
    EXPECT_TRUE(panel->outlookMessage().contains(QStringLiteral("do not fit")));

    // A cell's editor refuses letters as they are typed.
    GridView* grid = panel->outlookGrid();
    const QModelIndex cell = model->index(2, HotelOutlookModel::CapacityColumn);
    grid->setCurrentIndex(cell);
    grid->edit(cell);
    auto* editor = grid->findChild<QLineEdit*>();
    ASSERT_NE(editor, nullptr);
    QTest::keyClicks(editor, QStringLiteral("2x40"));
    EXPECT_EQ(editor->text(), QStringLiteral("240"));
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
    EXPECT_EQ(model->index(2, HotelOutlookModel::CapacityColumn).data().toString(), QStringLiteral("240"));
    // A negative figure typed in is refused, naming the night and the column.
    EXPECT_FALSE(model->setData(model->index(2, HotelOutlookModel::NetAdrColumn), QStringLiteral("-5.00")));
    EXPECT_TRUE(panel->outlookMessage().contains(QStringLiteral("Net ADR: must not be negative")));
}

TEST_F(QuotePanelTest, ImportsTheOutlookCsvAndExplainsABadOne) {
    QTemporaryDir dir;
    const Date a = document.contract().arrival;
    const auto write = [&](const QString& name, const QByteArray& text) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    const QByteArray good = "date,capacity,demand,net-adr,ancillary\n" +
                            QByteArray::fromStdString(a.toIso()) + ",250,180,180.00,20.00\n" +
                            QByteArray::fromStdString(a.addDays(1).toIso()) + ",250,230.5,200.00,\n" +
                            QByteArray::fromStdString(a.addDays(2).toIso()) + ",250,100,150.00,0\n";
    EXPECT_EQ(panel->importOutlook(write(QStringLiteral("good.csv"), good)), QString());
    EXPECT_EQ(panel->outlookModel()->outlook(), handOutlook(document.contract()));
    panel->recompute();
    ASSERT_TRUE(panel->currentQuote());
    EXPECT_EQ(panel->currentQuote()->net, expected(quote::QuoteOptions{}).net);

    const QByteArray bad =
        "date,capacity,demand,net-adr\n" + QByteArray::fromStdString(a.toIso()) + ",lots,180,180.00\n";
    const QString problem = panel->importOutlook(write(QStringLiteral("bad.csv"), bad));
    EXPECT_TRUE(problem.contains(QStringLiteral("bad.csv: line 2, column 2"))) << problem.toStdString();
    // Nothing of a bad file is taken.
    EXPECT_EQ(panel->outlookModel()->outlook(), handOutlook(document.contract()));
}

TEST_F(QuotePanelTest, FollowsEditsOfTheContractAMomentLater) {
    paste(kOutlook);
    panel->recompute();
    ASSERT_TRUE(panel->currentQuote());
    const Money before = panel->currentQuote()->net;
    document.edit(QStringLiteral("F&B"), {},
                  [](Contract& c) { c.foodBeverage.minimum = demo::money("35000.00", c.currency); });
    QTest::qWait(400);
    settle();
    ASSERT_TRUE(panel->currentQuote());
    // 10,000.00 more F&B at the 30% margin.
    EXPECT_EQ(panel->currentQuote()->net - before, demo::money("3000.00", document.contract().currency));
}

TEST_F(QuotePanelTest, TheOutlookIsTheHotelsAndIsSavedOnItsOwn) {
    QTemporaryDir dir;
    storage::ConnectionSettings settings;
    settings.file = dir.filePath(QStringLiteral("outlook.sqlite")).toStdString();
    storage::OpenOptions create;
    create.createIfMissing = true;
    auto opened = storage::SqlContractRepository::open(settings, create);
    ASSERT_TRUE(static_cast<bool>(opened)) << opened.error().message;
    std::unique_ptr<storage::SqlContractRepository> repository = std::move(opened).value();
    panel->setRepository(repository.get());
    EXPECT_FALSE(panel->saveOutlookButton()->isEnabled());

    paste(kOutlook);
    EXPECT_TRUE(panel->hasUnsavedOutlook());
    EXPECT_TRUE(panel->saveOutlookButton()->isEnabled());
    // Editing the outlook is no edit of the contract.
    EXPECT_FALSE(document.isModified());
    panel->saveOutlookButton()->click();
    EXPECT_FALSE(panel->hasUnsavedOutlook());
    const Contract& c = document.contract();
    auto stored = repository->hotelOutlook(c.hotel, c.arrival, c.arrival.addDays(2));
    ASSERT_TRUE(static_cast<bool>(stored));
    EXPECT_EQ(*stored, handOutlook(c));

    // Another contract of the same hotel over these nights finds it there.
    QuotePanel again(&document, &forecaster);
    again.setRepository(repository.get());
    EXPECT_EQ(again.outlookModel()->outlook(), handOutlook(c));
    EXPECT_FALSE(again.hasUnsavedOutlook());
    again.recompute();
    ASSERT_TRUE(again.currentQuote());
    EXPECT_EQ(again.currentQuote()->net, expected(quote::QuoteOptions{}).net);
}

TEST_F(QuotePanelTest, TheTermsChosenGoIntoTheContractAsOneUndoableStep) {
    paste(kOutlook);
    panel->recompute();
    ASSERT_TRUE(panel->currentQuote());
    const AttritionClause before = document.contract().attrition;
    // Nothing is changed until asked.
    EXPECT_FALSE(document.isModified());
    QuoteClauseModel* clauses = panel->clauseModel();
    // 85% (the fourth level) with an 80% factor (the second factor).
    const QModelIndex cell = clauses->index(3, QuoteClauseModel::FirstFactorColumn + 1);
    panel->clauseView()->setCurrentIndex(cell);
    ASSERT_TRUE(panel->useTermsButton()->isEnabled());
    panel->useTermsButton()->click();
    EXPECT_EQ(document.contract().attrition.performanceLevel, Percent::fromPoints(85));
    EXPECT_EQ(document.contract().attrition.damagesFactor, Percent::fromPoints(80));
    EXPECT_TRUE(document.isModified());
    document.undoStack()->undo();
    EXPECT_EQ(document.contract().attrition, before);
    // The level column is no clause option.
    EXPECT_FALSE(panel->useTerms(3, QuoteClauseModel::LevelColumn));
}

TEST_F(QuotePanelTest, ProposalButtonAsksForTheProposal) {
    int asked = 0;
    QObject::connect(panel.get(), &QuotePanel::proposalRequested, [&] { ++asked; });
    panel->proposalButton()->click();
    EXPECT_EQ(asked, 1);
}

} // namespace
