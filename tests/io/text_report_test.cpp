#include "attrition/io/contract_json.h"
#include "attrition/io/text_report.h"
#include "io_test_support.h"

#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

Contract sample(const char* name) {
    const ReadResult r = readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/") + QLatin1String(name));
    EXPECT_TRUE(r.ok()) << name;
    return r.ok() ? r.contracts.front() : Contract();
}

std::string report(const char* name, const ScenarioOverrides& scenario = {}) {
    const Contract c = sample(name);
    return assessmentText(c, assess(c, scenario), scenario).toStdString();
}

} // namespace

TEST(TextReport, WorkedExampleANightByNight) {
    EXPECT_EQ(report("example-a-night-by-night.json"),
              "Contract     EX-A-2027\n"
              "Group        Midwest Orthopaedic Forum\n"
              "Account      Midwest Orthopaedic Society\n"
              "Hotel        Lakeshore Grand Chicago\n"
              "Stay         2027-05-09 to 2027-05-13, 4 nights\n"
              "Status       actualized\n"
              "Currency     USD\n"
              "Assessed     under the attrition, F&B and meeting room clauses\n"
              "Room nights  240 contracted, 210 picked up, 210 counted (87.5%)\n"
              "\n"
              "Rooms\n"
              "        0.00  Block: 240 room nights contracted, 240 after honoured reductions\n"
              "        0.00  Counted pickup: 210 picked up + 0 outside the block + 0 billed no-shows + 0 "
              "walked + 0 "
              "comp = 210 room nights (87.5% of the block)\n"
              "        0.00  2027-05-09: required 80% x 20 rooms = 16; counted 5; shortfall 11\n"
              "        0.00  2027-05-10: required 80% x 100 rooms = 80; counted 100; shortfall 0\n"
              "        0.00  2027-05-11: required 80% x 100 rooms = 80; counted 100; shortfall 0\n"
              "        0.00  2027-05-12: required 80% x 20 rooms = 16; counted 5; shortfall 11\n"
              "    1,320.00  2027-05-09: 11 room nights x 150.00 x 80% = 1,320.00\n"
              "    1,320.00  2027-05-12: 11 room nights x 150.00 x 80% = 1,320.00\n"
              "\n"
              "Totals (USD)\n"
              "  Rooms               2,640.00\n"
              "  Food & beverage         0.00\n"
              "  Meeting room            0.00\n"
              "  Cancellation            0.00\n"
              "  Subtotal            2,640.00\n"
              "  Tax                     0.00\n"
              "  Total owed          2,640.00\n"
              "  Deposits applied        0.00\n"
              "  Net due             2,640.00\n");
}

TEST(TextReport, CancellationWithDepositAndBalance) {
    const std::string text = report("cancellation-room-revenue-whole-units.json");
    EXPECT_NE(text.find("Assessed     under the cancellation clause\n"), std::string::npos) << text;
    EXPECT_EQ(text.find("Room nights"), std::string::npos) << "no pickup figures for a cancelled group";
    EXPECT_NE(
        text.find(
            "\nCancellation\n"
            "        0.00  Notice received 2027-08-06, 45 days before arrival on 2027-09-20: the 31 to 60 "
            "days tier applies\n"
            "   16,825.38  Anticipated room revenue 48,072.50 x 35% = 16,825.38\n"
            "       -0.38  Fee rounded to whole units: 16,825.38 to 16,825.00\n"
            "\nDeposits\n"
            "  -16,825.00  Deposit received 2026-10-20: 20,000.00, 16,825.00 applied\n"
            "\nWarnings\n"
            "  ! Deposits exceed the amount owed by 3,175.00\n"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find("  Net due                 0.00\n"
                        "  Deposit balance     3,175.00\n"),
              std::string::npos)
        << text;
}

TEST(TextReport, TheScenarioIsNamed) {
    ScenarioOverrides s;
    s.uniformPickup = percent("79");
    s.foodBeverageSpend = money("1234.50");
    s.cancellationNotice = date("2027-01-02");
    s.withoutCancellation = true;
    const Contract c = sample("example-d-meeting-room-scale.json");
    const std::string text = assessmentText(c, assess(c, {}), s).toStdString();
    EXPECT_NE(
        text.find("Scenario     pickup 79% of the block on every night; F&B spend 1,234.50; cancellation "
                  "notice received 2027-01-02; as if the group had not cancelled\n"),
        std::string::npos)
        << text;
    EXPECT_EQ(report("example-d-meeting-room-scale.json").find("Scenario"), std::string::npos);
}

TEST(TextReport, ZeroDecimalAmountsAlign) {
    const std::string text = report("jpy-cancellation-mitigation.json");
    EXPECT_NE(text.find("\n   6,716,700  Anticipated revenue 7,902,000"), std::string::npos) << text;
    EXPECT_NE(text.find("  Total owed         6,469,760\n"), std::string::npos) << text;
}

TEST(TextReport, Sweeps) {
    const Contract g = sample("example-g-review-late.json");
    EXPECT_EQ(pickupSweepText(g, sweepPickup(g, 70, 90, 10)).toStdString(),
              "Damages by pickup for EX-G-2027-LATE, amounts in USD\n"
              "\n"
              "pickup  room damages  meeting room  total owed\n"
              "   70%      4,500.00          0.00    4,500.00\n"
              "   80%          0.00          0.00        0.00\n"
              "   90%          0.00          0.00        0.00\n");
    const Contract e = sample("example-e-cancellation.json");
    EXPECT_EQ(
        cancellationSweepText(e, sweepCancellation(e, date("2027-03-11"), date("2027-03-12"))).toStdString(),
        "Cancellation fee by notice date for EX-E-2027, amounts in USD\n"
        "\n"
        "notice      days before arrival        fee  total owed\n"
        "2027-03-11                   91  28,680.00   28,680.00\n"
        "2027-03-12                   90  43,020.00   43,020.00\n");
    const Contract c = sample("example-c-food-beverage.json");
    EXPECT_EQ(spendSweepText(c, sweepFoodBeverage(c, money("30500.00"), money("36500.00"), 2)).toStdString(),
              "F&B damages by actual spend for EX-C-2027, amounts in USD\n"
              "\n"
              "F&B spend   damages  total owed\n"
              "30,500.00  2,348.50    2,556.93\n"
              "33,500.00  1,067.50    1,162.24\n"
              "36,500.00      0.00        0.00\n");
}
