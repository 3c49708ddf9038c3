// Rebooking credits in the window: a contract opened from the database is assessed with the credits other
// contracts' settlements grant it, in the damages panel, the scenario comparison and the reports made from
// the window; a credit in another currency is named, not assessed.

#include "attrition/engine/engine.h"
#include "democontracts.h"
#include "models/assessmentmodel.h"
#include "models/scenarioresult.h"
#include "reports/report.h"
#include "reports/reportoptions.h"
#include "session/contractdocument.h"
#include "session/contractsession.h"
#include "session/database.h"
#include "text/messagetext.h"
#include "views/damagespanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::ui;

namespace {

Money usd(const char* text) {
    return *Money::parse(text, *Currency::fromCode("USD"));
}

/// The association meeting owes 8,026.37: 5,526.37 due after its 2,500.00 deposit.
Contract receiving() {
    return demo::associationMeeting();
}

/// Last year's meeting of the same account, whose settlement grants `credit` on this year's.
Contract granting(const char* credit, const char* code = "USD") {
    Contract c = demo::associationMeeting();
    c.reference = "GRP-26-0510";
    c.arrival = c.arrival.addDays(-364);
    c.departure = c.departure.addDays(-364);
    for (BlockEntry& e : c.block) {
        e.night = e.night.addDays(-364);
    }
    c.pickup.clear();
    c.auditCredits.clear();
    c.resale.clear();
    c.reviewSchedule.clear();
    c.cutoff.reset();
    c.signedOn = c.arrival.addDays(-400);
    c.deposits.clear();
    c.settlement.assessed = usd("3000.00");
    c.settlement.waived = usd("1000.00");
    c.settlement.waiverReason = "Rebooking";
    c.settlement.creditAmount = *Money::parse(credit, *Currency::fromCode(code));
    c.settlement.creditContract = receiving().reference;
    return c;
}

class RebookingCredits : public ::testing::Test {
protected:
    RebookingCredits() {
        QSettings().clear();
        setUserName(QStringLiteral("Ana Lima"));
    }
    ~RebookingCredits() override { QSettings().clear(); }

    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        const DatabaseOutcome opened =
            session.newDatabase(QDir(dir.path()).absoluteFilePath(QStringLiteral("contracts.sqlite")));
        ASSERT_EQ(opened.kind, DatabaseOutcome::Kind::Opened) << opened.message.toStdString();
        session.startNew(receiving());
        const SaveOutcome r = session.save();
        ASSERT_EQ(r.kind, SaveOutcome::Kind::Saved) << r.message.toStdString();
        receivingId = contractKey(r.id);
        session.startNew(granting("600.00"));
        const SaveOutcome g = session.save();
        ASSERT_EQ(g.kind, SaveOutcome::Kind::Saved) << g.message.toStdString();
        grantingId = contractKey(g.id);
    }

    QTemporaryDir dir;
    ContractSession session;
    QString receivingId;
    QString grantingId;
};

TEST_F(RebookingCredits, AContractOpenedIsAssessedWithItsCreditsAndTheDamagesPanelShowsTheLine) {
    ContractDocument* doc = session.document();
    DamagesPanel panel(doc);
    EXPECT_EQ(panel.creditsText(), QString()); // the granting contract: granted no credit

    ASSERT_TRUE(session.openContract(receivingId).loaded());
    EXPECT_EQ(doc->credits(), (std::vector<RebookingCredit>{{"GRP-26-0510", usd("600.00")}}));
    ASSERT_TRUE(doc->results().assessment);
    const Assessment& a = *doc->results().assessment;
    EXPECT_EQ(a.totalOwed, usd("8026.37"));
    EXPECT_EQ(a.creditsApplied, usd("600.00"));
    EXPECT_EQ(a.depositsApplied, usd("2500.00"));
    EXPECT_EQ(a.netDue, usd("4926.37")); // 8,026.37 - 600.00 - 2,500.00

    EXPECT_EQ(panel.netDueText(), QStringLiteral("4,926.37\u00A0USD"));
    EXPECT_EQ(panel.totalOwedText(), QStringLiteral("8,026.37"));
    EXPECT_EQ(panel.creditsText(), QStringLiteral("-600.00"));
    // The credit is a line of its own, with its explanation, among the deposits.
    AssessmentModel* model = panel.model();
    QModelIndex group;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex g = model->index(r, AssessmentModel::DescriptionColumn);
        if (g.data(AssessmentModel::ComponentRole).toInt() == static_cast<int>(Component::Deposits)) {
            group = g;
        }
    }
    ASSERT_TRUE(group.isValid());
    EXPECT_EQ(group.data().toString(), QStringLiteral("Rebooking credits and deposits"));
    EXPECT_EQ(model->index(group.row(), AssessmentModel::AmountColumn).data().toString(),
              QStringLiteral("-3,100.00"));
    ASSERT_EQ(model->rowCount(group), 2);
    EXPECT_TRUE(model->index(0, AssessmentModel::DescriptionColumn, group)
                    .data()
                    .toString()
                    .contains(QStringLiteral(
                        "Rebooking credit from contract GRP-26-0510: 600.00 of the damages waived there "
                        "granted on this contract, 600.00 applied (never more than owed here)")))
        << model->index(0, AssessmentModel::DescriptionColumn, group).data().toString().toStdString();
    EXPECT_EQ(model->index(0, AssessmentModel::AmountColumn, group).data().toString(),
              QStringLiteral("-600.00"));
    // To look at: ATTRITION_CREDIT_SHOTS=folder writes the panel at the sizes it has in a 1366x768 and a
    // 1920x1080 window.
    if (const QByteArray shots = qgetenv("ATTRITION_CREDIT_SHOTS"); !shots.isEmpty()) {
        for (const QSize size : {QSize(460, 660), QSize(620, 960)}) {
            panel.resize(size);
            panel.show();
            panel.linesView()->expandAll();
            QCoreApplication::processEvents();
            panel.grab().save(QDir(QString::fromLocal8Bit(shots))
                                  .filePath(QStringLiteral("damages-%1.png").arg(size.height())));
        }
    }
}

TEST_F(RebookingCredits, ACreditChangedAndSavedShowsWhenTheReceivingContractIsOpenedAgain) {
    ASSERT_TRUE(session.openContract(grantingId).loaded());
    session.document()->edit(QStringLiteral("Credit"), {},
                             [](Contract& c) { c.settlement.creditAmount = usd("612.34"); });
    ASSERT_EQ(session.save().kind, SaveOutcome::Kind::Saved);
    ASSERT_TRUE(session.openContract(receivingId).loaded());
    ASSERT_TRUE(session.document()->results().assessment);
    EXPECT_EQ(session.document()->results().assessment->netDue, usd("4914.03")); // 8,026.37 - 612.34 - 2,500
}

TEST_F(RebookingCredits, ScenariosAndTheReportsFromTheWindowApplyTheCredits) {
    ASSERT_TRUE(session.openContract(receivingId).loaded());
    const ContractDocument* doc = session.document();
    ScenarioOverrides full;
    full.uniformPickup = Percent::fromPoints(100);
    const ScenarioResult s = evaluateScenario(doc->contract(), full, doc->credits());
    ASSERT_TRUE(s.assessment) << s.problem.toStdString();
    // At full pickup only the F&B and meeting room damages are owed; the credit still comes off first.
    EXPECT_EQ(s.assessment->creditsApplied, usd("600.00"));
    EXPECT_EQ(s.assessment->netDue, s.assessment->totalOwed - usd("600.00") - s.assessment->depositsApplied);

    ReportOptions options;
    options.credits = doc->credits();
    const std::unique_ptr<Report> report = contractReport(doc->contract(), options);
    const QString text = report->document()->toPlainText().simplified();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Rebooking credit from contract GRP-26-0510: 600.00 of the damages "
                                     "waived there granted on this contract, 600.00 applied")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Rebooking credits applied -600.00 Deposits applied -2,500.00 Net due "
                                     "4,926.37 USD")))
        << text.toStdString();
    if (const QByteArray out = qgetenv("ATTRITION_CREDIT_REPORT_PDF"); !out.isEmpty()) {
        EXPECT_TRUE(report->writePdf(QString::fromLocal8Bit(out), ReportPageSetup{}));
    }
}

TEST_F(RebookingCredits, ACreditInAnotherCurrencyIsNamedAndNotAssessed) {
    ContractDocument doc;
    DamagesPanel panel(&doc);
    doc.load(receiving(), {}, {{"GRP-26-0510", *Money::parse("600.00", *Currency::fromCode("EUR"))}});
    EXPECT_FALSE(doc.results().assessment);
    const QString expected = QStringLiteral(
        "Contract GRP-26-0510 grants a rebooking credit of 600.00\u00A0EUR on contract GRP-27-0509, which is "
        "in "
        "USD: a credit in another currency cannot be applied. Correct the credit in the settlement of "
        "GRP-26-0510.");
    EXPECT_EQ(doc.results().failure, expected);
    EXPECT_TRUE(panel.subtitleText().contains(QStringLiteral("GRP-26-0510 grants a rebooking credit")))
        << panel.subtitleText().toStdString();
    EXPECT_EQ(panel.netDueText(), QStringLiteral("\u2014"));
    // The scenario comparison says the same.
    const ScenarioResult s = evaluateScenario(doc.contract(), {}, doc.credits());
    EXPECT_FALSE(s.assessment);
    EXPECT_EQ(s.problem, expected);
}

} // namespace
