// The what-if scenario panel: names that follow a scenario's settings until the user renames it, and the
// line that explains how a uniform pickup share rounds to whole rooms.

#include "democontracts.h"
#include "models/pickuprounding.h"
#include "models/scenarioset.h"
#include "session/contractdocument.h"
#include "views/scenariopanel.h"
#include "widget_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QUndoStack>

using namespace attrition;
using namespace attrition::ui;
using attrition::uitest::retype;
using attrition::uitest::settle;

namespace {

class ScenarioNames : public ::testing::Test {
protected:
    void SetUp() override {
        Contract c = demo::shoulderNights(); // 20, 100, 100, 20 rooms from 9 May 2027
        c.block[0].rooms = 15;
        document.load(c, QStringLiteral("test"));
        panel = std::make_unique<ScenarioPanel>(&document);
        panel->setScenarioSet(&scenarios);
        panel->resize(1366, 768);
        panel->show();
        settle();
    }
    const Scenario& current() const {
        return scenarios.scenarios()[static_cast<std::size_t>(panel->currentScenario())];
    }
    QLineEdit* input(const char* name) const {
        return panel->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    ContractDocument document;
    ScenarioSet scenarios;
    std::unique_ptr<ScenarioPanel> panel;
};

} // namespace

TEST_F(ScenarioNames, SuggestedNamesFollowTheSettings) {
    ScenarioOverrides o;
    EXPECT_EQ(ScenarioSet::suggestedName(o), QStringLiteral("As contracted"));
    o.uniformPickup = demo::pct("75");
    EXPECT_EQ(ScenarioSet::suggestedName(o), QStringLiteral("Pickup 75%"));
    o.cancellationNotice = demo::date("2027-03-01");
    o.foodBeverageSpend = demo::money("12000.00", demo::usd());
    EXPECT_EQ(ScenarioSet::suggestedName(o),
              QStringLiteral("Pickup 75%, F&B spend 12,000.00, Notice 3/1/2027"));
    EXPECT_TRUE(ScenarioSet::isSuggestedName("Pickup 75%, F&B spend 12,000.00, Notice 3/1/2027 (2)", o));
    EXPECT_FALSE(ScenarioSet::isSuggestedName("Pickup 75%, F&B spend 12,000.00, Notice 3/1/2027 (x)", o));
    EXPECT_FALSE(ScenarioSet::isSuggestedName("Worst case", o));
}

TEST_F(ScenarioNames, ANameFollowsTheSettingsUntilTheUserRenamesIt) {
    panel->addScenario();
    EXPECT_EQ(current().name, "Pickup 100%");
    retype(input("uniformPickup"), QStringLiteral("75"));
    settle();
    EXPECT_EQ(current().name, "Pickup 75%");
    EXPECT_EQ(input("scenarioName")->text(), QStringLiteral("Pickup 75%"));

    // A second scenario with the same settings gets a number, and follows its own settings.
    panel->addScenario();
    retype(input("uniformPickup"), QStringLiteral("75"));
    settle();
    EXPECT_EQ(current().name, "Pickup 75% (2)");
    retype(input("uniformPickup"), QStringLiteral("80"));
    settle();
    EXPECT_EQ(current().name, "Pickup 80%");

    // Renamed: the name stays whatever the settings become.
    retype(input("scenarioName"), QStringLiteral("Worst case"));
    settle();
    EXPECT_EQ(current().name, "Worst case");
    retype(input("uniformPickup"), QStringLiteral("60"));
    settle();
    EXPECT_EQ(current().overrides.uniformPickup, demo::pct("60"));
    EXPECT_EQ(current().name, "Worst case");
    EXPECT_EQ(scenarios.scenarios()[0].name, "Pickup 75%");

    // Undo brings back the settings and the name together.
    scenarios.undoStack()->undo();
    settle();
    EXPECT_EQ(current().overrides.uniformPickup, demo::pct("80"));
}

TEST_F(ScenarioNames, ExplainsHowAUniformShareRoundsToWholeRooms) {
    auto* note = panel->findChild<QLabel*>(QStringLiteral("roundingNote"));
    ASSERT_NE(note, nullptr);
    panel->addScenario(); // 100%: every night exact
    settle();
    EXPECT_TRUE(note->isHidden());
    retype(input("uniformPickup"), QStringLiteral("75")); // 75% of 15 = 11.25: 11 rooms on 9 May
    settle();
    EXPECT_FALSE(note->isHidden());
    EXPECT_EQ(note->text(),
              QStringLiteral("75% of the block rounds to 11 of 15 rooms on Sun 5/9/2027: 73.3% counted."));
    EXPECT_FALSE(note->toolTip().isEmpty());

    const std::optional<PickupRounding> r = pickupRounding(document.contract(), demo::pct("75"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->night, demo::date("2027-05-09"));
    EXPECT_EQ(r->counted, 11);
    EXPECT_EQ(r->block, 15);
    EXPECT_EQ(r->nights, 1);
    // 33%: 4.95 -> 5, 33 of 100 exact, 6.6 -> 7 on the last night.
    EXPECT_EQ(pickupRounding(document.contract(), demo::pct("33"))->nights, 2);
    EXPECT_FALSE(pickupRounding(document.contract(), demo::pct("20")));

    retype(input("uniformPickup"), QStringLiteral("80")); // 12 of 15: exact again
    settle();
    EXPECT_TRUE(note->isHidden());
}
