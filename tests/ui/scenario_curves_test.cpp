// The curves of the scenario comparison: the attrition curve of each scenario as pickup runs, flat at what it
// owes for a scenario (or contract) assessed as cancelled.

#include "attrition/engine/engine.h"
#include "democontracts.h"
#include "models/scenarioresult.h"
#include "reports/report.h"
#include "reports/reportoptions.h"

#include <QTextDocument>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::ui;

namespace {

TEST(ScenarioCurves, AScenarioNotCancelledFollowsTheAttritionCurveWithItsOverrides) {
    const Contract c = demo::associationMeeting();
    ScenarioOverrides overrides;
    overrides.uniformPickup = demo::pct("70");
    const ScenarioResult r = evaluateScenario(c, overrides);
    ASSERT_TRUE(r.assessment) << r.problem.toStdString();
    ASSERT_FALSE(r.assessment->cancelled);
    const std::vector<PickupSweepPoint> want = sweepPickup(c, 0, 150, 1);
    ASSERT_EQ(r.curve.size(), want.size());
    bool varies = false;
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(r.curve[i].pickup, want[i].pickup);
        EXPECT_EQ(r.curve[i].totalOwed, want[i].totalOwed) << i;
        varies |= want[i].totalOwed != want.front().totalOwed;
    }
    EXPECT_TRUE(varies);
}

TEST(ScenarioCurves, ACancelledScenarioOwesItsFeeWhateverThePickup) {
    const Contract c = demo::associationMeeting();
    ScenarioOverrides overrides;
    overrides.cancellationNotice = c.arrival.addDays(-60);
    const ScenarioResult r = evaluateScenario(c, overrides);
    ASSERT_TRUE(r.assessment) << r.problem.toStdString();
    ASSERT_TRUE(r.assessment->cancelled);
    ASSERT_TRUE(r.assessment->totalOwed.isPositive());
    ASSERT_EQ(r.curve.size(), 151U);
    for (const PickupSweepPoint& p : r.curve) {
        EXPECT_EQ(p.totalOwed, r.assessment->totalOwed);
        EXPECT_EQ(p.roomDamages, r.assessment->rooms);
        EXPECT_EQ(p.meetingRoom, r.assessment->meetingRoom);
    }
    // The pickups run as for any other scenario.
    EXPECT_EQ(r.curve.front().pickup, Percent());
    EXPECT_EQ(r.curve.back().pickup, demo::pct("150"));
}

TEST(ScenarioCurves, AContractThatCancelledIsFlatUnlessAssessedAsIfItHadNot) {
    const Contract c = demo::cancelledGroup();
    const ScenarioResult cancelled = evaluateScenario(c, {});
    ASSERT_TRUE(cancelled.assessment) << cancelled.problem.toStdString();
    ASSERT_TRUE(cancelled.assessment->cancelled);
    for (const PickupSweepPoint& p : cancelled.curve) {
        EXPECT_EQ(p.totalOwed, cancelled.assessment->totalOwed);
    }
    ScenarioOverrides notCancelled;
    notCancelled.withoutCancellation = true;
    const ScenarioResult attrition = evaluateScenario(c, notCancelled);
    ASSERT_TRUE(attrition.assessment) << attrition.problem.toStdString();
    EXPECT_FALSE(attrition.assessment->cancelled);
    Contract uncancelled = c;
    uncancelled.cancellationNotice.reset();
    const std::vector<PickupSweepPoint> want = sweepPickup(uncancelled, 0, 150, 1);
    ASSERT_EQ(attrition.curve.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(attrition.curve[i].totalOwed, want[i].totalOwed) << i;
    }
}

TEST(ScenarioCurves, TheReportSaysWhyACancelledScenariosLineIsFlat) {
    const Contract c = demo::associationMeeting();
    Scenario pickup{"Pickup at 70%", {}};
    pickup.overrides.uniformPickup = demo::pct("70");
    Scenario cancel{"Cancel 60 days out", {}};
    cancel.overrides.cancellationNotice = c.arrival.addDays(-60);
    const QString flat = QStringLiteral("A cancelled group owes its cancellation fee whatever its pickup");
    const std::unique_ptr<Report> both = scenarioReport(c, {pickup, cancel}, ReportOptions{});
    EXPECT_TRUE(both->document()->toPlainText().contains(flat));
    const std::unique_ptr<Report> none = scenarioReport(c, {pickup}, ReportOptions{});
    EXPECT_FALSE(none->document()->toPlainText().contains(flat));
}

} // namespace
