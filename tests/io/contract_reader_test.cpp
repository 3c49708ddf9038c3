#include "attrition/io/contract_json.h"
#include "io_test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>
#include <string>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

TEST(ContractReader, ReadsAMinimalContractWithTheDefaults) {
    const ReadResult r = readContracts(minimal());
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.contracts.size(), 1U);
    ASSERT_EQ(r.paths, std::vector<QString>{QStringLiteral("$")});
    const Contract& c = r.contracts.front();
    const Contract defaults;
    EXPECT_EQ(c.reference, "R-1");
    EXPECT_EQ(c.currency, currency("USD"));
    EXPECT_EQ(c.signedOn, date("2026-01-10"));
    EXPECT_EQ(c.arrival, date("2027-05-09"));
    EXPECT_EQ(c.departure, date("2027-05-11"));
    EXPECT_EQ(c.nightCount(), 2);
    EXPECT_EQ(c.status, ContractStatus::Tentative);
    EXPECT_EQ(c.rounding, RoundingMode::HalfUp);
    EXPECT_FALSE(c.cutoff);
    EXPECT_FALSE(c.cancellationNotice);
    EXPECT_TRUE(c.block.empty());
    EXPECT_TRUE(c.attrition.enabled);
    EXPECT_EQ(c.attrition.performanceLevel, percent("80"));
    EXPECT_EQ(c.attrition.damagesFactor, percent("100"));
    EXPECT_EQ(c.foodBeverage.damagesFactor, percent("100"));
    EXPECT_TRUE(c.cancellation.waiveOnForceMajeure);
    expectSameContract(c, [&] {
        Contract expected = defaults;
        expected.reference = "R-1";
        expected.currency = currency("USD");
        expected.signedOn = date("2026-01-10");
        expected.arrival = date("2027-05-09");
        expected.departure = date("2027-05-11");
        return expected;
    }());
}

TEST(ContractReader, ReadsEveryFieldOfTheCompleteExample) {
    const ReadResult r = readContractFile(QStringLiteral(ATTRITION_EXAMPLES_DIR "/complete-contract.json"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    const Contract& c = r.contracts.front();
    EXPECT_EQ(c.reference, "YVR-2027-088");
    EXPECT_EQ(c.status, ContractStatus::Actualized);
    EXPECT_EQ(c.currency, currency("CAD"));
    EXPECT_EQ(c.cutoff, date("2027-09-02"));
    ASSERT_EQ(c.block.size(), 8U);
    EXPECT_EQ(c.block[3].night, date("2027-10-04"));
    EXPECT_EQ(c.block[3].roomType, "KING");
    EXPECT_EQ(c.block[3].rooms, 90);
    EXPECT_EQ(c.block[3].rate, money("279.00", "CAD"));
    EXPECT_EQ(c.reviewSchedule.at(1).maxReduction, percent("10"));
    EXPECT_EQ(c.reductions.at(1).rooms, 80);
    EXPECT_EQ(c.auditCredits.at(0).billedNoShows, 2);
    EXPECT_EQ(c.resale.at(1).rate, money("299.00", "CAD"));
    EXPECT_EQ(c.occupancy.at(1).occupancy, percent("97.5"));
    EXPECT_EQ(c.attrition.method, AttritionMethod::NightByNight);
    EXPECT_EQ(c.attrition.thresholdRounding, ThresholdRounding::Up);
    EXPECT_EQ(c.attrition.resaleCredit, ResaleCreditMethod::ByRevenue);
    EXPECT_EQ(c.attrition.resaleOnlyAtOccupancy, percent("95"));
    EXPECT_EQ(c.attrition.capAmount, money("20000.00", "CAD"));
    EXPECT_TRUE(c.attrition.capRoomsAtNightBlock);
    EXPECT_EQ(c.foodBeverage.actualSpend, money("38210.40", "CAD"));
    EXPECT_EQ(c.meetingRoom.scale.size(), 3U);
    EXPECT_EQ(c.meetingRoom.policy, MeetingRoomPolicy::WithAttrition);
    EXPECT_EQ(c.comps.perRoomNights, 40);
    EXPECT_EQ(c.cancellation.tiers.at(0).maxDays, std::nullopt);
    EXPECT_EQ(c.cancellation.tiers.at(1).maxDays, 180);
    EXPECT_EQ(c.cancellation.basis, CancellationBasis::TotalRevenue);
    EXPECT_FALSE(c.cancellationNotice) << "null means no notice";
    EXPECT_EQ(c.deposits.at(0).note, "Deposit on signing");
}

TEST(ContractReader, AmountsKeepTheCurrencysDecimals) {
    const ReadResult jpy =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/jpy-cancellation-mitigation.json"));
    ASSERT_TRUE(jpy.ok());
    EXPECT_EQ(jpy.contracts.front().block.front().rate, Money(24800, currency("JPY")));
    const ReadResult kwd =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/kwd-attrition-three-decimals.json"));
    ASSERT_TRUE(kwd.ok());
    EXPECT_EQ(kwd.contracts.front().block.front().rate, Money(62750, currency("KWD")));
    EXPECT_EQ(kwd.contracts.front().rounding, RoundingMode::HalfEven);
    const ReadResult usd =
        readContracts(minimal(R"(, "foodBeverage": {"minimum": "40000", "actualSpend": "0.5"})"));
    ASSERT_TRUE(usd.ok());
    EXPECT_EQ(usd.contracts.front().foodBeverage.minimum, money("40000.00"));
    EXPECT_EQ(usd.contracts.front().foodBeverage.actualSpend, Money(50, currency("USD")));
}

TEST(ContractReader, NullMeansNoneWhereAValueMayBeAbsent) {
    const ReadResult r = readContracts(minimal(R"(, "cutoff": null, "cancellationNotice": null,
        "attrition": {"resaleOnlyAtOccupancy": null, "capAmount": null},
        "cancellation": {"tiers": [{"minDays": 0, "maxDays": null, "percent": "100"}]})"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    const Contract& c = r.contracts.front();
    EXPECT_FALSE(c.cutoff);
    EXPECT_FALSE(c.cancellationNotice);
    EXPECT_FALSE(c.attrition.resaleOnlyAtOccupancy);
    EXPECT_FALSE(c.attrition.capAmount);
    EXPECT_FALSE(c.cancellation.tiers.at(0).maxDays);
}

TEST(ContractReader, NullIsAWrongTypeElsewhere) {
    EXPECT_EQ(
        errorsOf(minimal(R"(, "status": null, "hotel": null, "forceMajeure": null, "block": null,
        "attrition": {"performanceLevel": null, "enabled": null}, "comps": {"perRoomNights": null},
        "foodBeverage": {"minimum": null})")),
        "$.hotel: expected a string, found null\n"
        "$.status: expected one of \"prospect\", \"tentative\", \"definite\", \"cancelled\", \"actualized\", "
        "\"lost\", "
        "found null\n"
        "$.block: expected an array, found null\n"
        "$.attrition.enabled: expected true or false, found null\n"
        "$.attrition.performanceLevel: expected a percentage written as a decimal string (\"8.875\"), found "
        "null\n"
        "$.foodBeverage.minimum: expected an amount written as a decimal string, found null\n"
        "$.comps.perRoomNights: expected a whole number, found null\n"
        "$.forceMajeure: expected true or false, found null");
}

TEST(ContractReader, AByteOrderMarkIsSkipped) {
    const ReadResult r = readContracts(QByteArray("\xEF\xBB\xBF") + minimal());
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.contracts.size(), 1U);
}

TEST(ContractReader, AFieldGivenTwiceIsRefusedWhereverItIs) {
    EXPECT_EQ(
        errorsOf(minimal(R"(, "reference": "R-2")")),
        "$.reference: the field is given twice in one object (again at line 2, column 87); give it once");
    EXPECT_EQ(
        errorsOf(minimal(R"(, "block": [{"night": "2027-05-09", "roomType": "K", "rooms": 1, "rate": "1.00"},
        {"night": "2027-05-10", "roomType": "K", "rooms": 2, "rooms": 3, "rate": "1.00"}])")),
        "$.block[1].rooms: the field is given twice in one object (again at line 3, column 62); give it "
        "once");
    // The same name in different objects is no repetition.
    EXPECT_TRUE(
        readContracts(minimal(R"(, "notes": "rooms", "block": [{"night": "2027-05-09", "roomType": "K",
        "rooms": 1, "rate": "1.00"}, {"night": "2027-05-10", "roomType": "K", "rooms": 1, "rate": "1.00"}])"))
            .ok());
}

TEST(ContractReader, AControlCharacterInsideAStringIsRefused) {
    EXPECT_EQ(
        errorsOf(minimal(", \"notes\": \"one\ttwo\"")),
        "malformed JSON at line 2, column 100 (byte 190): a control character (U+0009) inside a string; "
        "write it escaped, as \\u0009");
    EXPECT_TRUE(readContracts(minimal(", \"notes\": \"one\\ttwo \\\" \\\\\"")).ok())
        << "escaped, they are fine";
}

TEST(ContractReader, UtfSixteenAndThirtyTwoAreRefusedAsSuch) {
    const QByteArray utf8 = minimal();
    const QString text = QString::fromUtf8(utf8);
    QByteArray utf16(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const std::string expected =
        "the file is UTF-16 or UTF-32 text; contract files are UTF-8: save it as UTF-8 and read it again";
    EXPECT_EQ(errorsOf(QByteArray("\xFF\xFE") + utf16), expected);
    EXPECT_EQ(errorsOf(utf16), expected); // no byte order mark: the zero bytes tell
}

TEST(ContractReader, MalformedJsonNamesLineColumnAndByte) {
    EXPECT_EQ(errorsOf("{\n  \"reference\": \"R-1\",\n  \"currency\" \"USD\"\n}"),
              "malformed JSON at line 3, column 15 (byte 38): missing name separator");
    EXPECT_EQ(errorsOf("{\"reference\": \"R-1\""),
              "malformed JSON at line 1, column 20 (byte 19): unterminated string");
    EXPECT_EQ(errorsOf("{\"hotel\": \"H\xC3\xB4tel\", }"),
              "malformed JSON at line 1, column 21 (byte 21): object is missing after a comma");
}

TEST(ContractReader, AnEmptyFileSaysSo) {
    EXPECT_EQ(errorsOf(""), "the file is empty");
    EXPECT_EQ(errorsOf(" \n\t\n"), "the file is empty");
}

TEST(ContractReader, NotAContractFile) {
    EXPECT_EQ(errorsOf("[1, 2]"), "$: expected a contract object, found an array");
    EXPECT_EQ(errorsOf("42"), "malformed JSON at line 1, column 2 (byte 1): illegal value");
    EXPECT_EQ(errorsOf(R"({"reference": "R-1", "colour": "blue"})"),
              "$: missing \"format\": this is not an Attrition Desk contract file");
    EXPECT_EQ(errorsOf(R"({"format": "something/else", "version": 1, "colour": "blue"})"),
              "$.format: expected \"attrition-desk/contract\", found \"something/else\"");
    EXPECT_EQ(errorsOf(R"({"format": 1, "version": 1})"),
              "$.format: expected \"attrition-desk/contract\", found 1");
}

TEST(ContractReader, AFutureVersionIsRefusedAlone) {
    QByteArray json = minimal(R"(, "colour": "blue", "newClause": {})");
    json.replace("\"version\": 1", "\"version\": 2");
    EXPECT_EQ(errorsOf(json), "$.version: format version 2 is newer than this program supports (1)");
}

TEST(ContractReader, AMissingOrMalformedVersionIsReportedWithTheRest) {
    QByteArray missing = minimal(R"(, "hotel": 5)");
    missing.replace("\"version\": 1,", "");
    EXPECT_EQ(errorsOf(missing), "$.version: missing required field\n$.hotel: expected a string, found 5");
    for (const char* bad : {"\"1\"", "1.5", "0", "-3", "true"}) {
        QByteArray json = minimal();
        json.replace("\"version\": 1", QByteArray("\"version\": ") + bad);
        const QString found = QString::fromLatin1(bad);
        EXPECT_EQ(errorsOf(json),
                  "$.version: expected a format version number, found " + found.toStdString());
    }
}

TEST(ContractReader, UnknownFieldsAreNamedWithTheFieldProbablyMeant) {
    EXPECT_EQ(errorsOf(minimal(R"(, "colour": "blue", "hotle": "X", "room type": 1,
        "attrition": {"perfomanceLevel": "80", "cap": "5.00"},
        "block": [{"night": "2027-05-09", "roomType": "K", "rooms": 1, "rate": "1.00", "Rate": "2.00"}],
        "cancellation": {"tiers": [{"minDays": 0, "maxdays": 5}]})")),
              "$.colour: unknown field \"colour\"\n"
              "$.hotle: unknown field \"hotle\" (did you mean \"hotel\"?)\n"
              "$['room type']: unknown field \"room type\"\n"
              "$.block[0].Rate: unknown field \"Rate\" (did you mean \"rate\"?)\n"
              "$.attrition.cap: unknown field \"cap\"\n"
              "$.attrition.perfomanceLevel: unknown field \"perfomanceLevel\" (did you mean "
              "\"performanceLevel\"?)\n"
              "$.cancellation.tiers[0].maxdays: unknown field \"maxdays\" (did you mean \"maxDays\"?)");
    // One section's word in another section.
    EXPECT_EQ(errorsOf(minimal(R"(, "attrition": {"allowance": "80"},
        "foodBeverage": {"performanceLevel": "75"})")),
              "$.attrition.allowance: unknown field \"allowance\" (did you mean \"performanceLevel\"?)\n"
              "$.foodBeverage.performanceLevel: unknown field \"performanceLevel\" (did you mean "
              "\"allowance\"?)");
}

TEST(ContractReader, MissingRequiredFields) {
    EXPECT_EQ(errorsOf(R"({"format": "attrition-desk/contract", "version": 1,
        "block": [{}], "reviewSchedule": [{}], "reductions": [{}], "pickup": [{}], "auditCredits": [{}],
        "resale": [{}], "occupancy": [{}], "meetingRoom": {"scale": [{}]}, "cancellation": {"tiers": [{}]},
        "deposits": [{}]})"),
              "$.reference: missing required field\n"
              "$.currency: missing required field\n"
              "$.signedOn: missing required field\n"
              "$.arrival: missing required field\n"
              "$.departure: missing required field\n"
              "$.block[0].night: missing required field\n"
              "$.block[0].roomType: missing required field\n"
              "$.block[0].rooms: missing required field\n"
              "$.block[0].rate: missing required field\n"
              "$.reviewSchedule[0].deadline: missing required field\n"
              "$.reviewSchedule[0].maxReduction: missing required field\n"
              "$.reductions[0].recorded: missing required field\n"
              "$.reductions[0].night: missing required field\n"
              "$.reductions[0].roomType: missing required field\n"
              "$.reductions[0].rooms: missing required field\n"
              "$.pickup[0].night: missing required field\n"
              "$.pickup[0].roomType: missing required field\n"
              "$.pickup[0].rooms: missing required field\n"
              "$.auditCredits[0].night: missing required field\n"
              "$.resale[0].night: missing required field\n"
              "$.resale[0].roomNights: missing required field\n"
              "$.resale[0].rate: missing required field\n"
              "$.occupancy[0].night: missing required field\n"
              "$.occupancy[0].occupancy: missing required field\n"
              "$.meetingRoom.scale[0].minPickup: missing required field\n"
              "$.meetingRoom.scale[0].charged: missing required field\n"
              "$.cancellation.tiers[0].minDays: missing required field\n"
              "$.deposits[0].received: missing required field\n"
              "$.deposits[0].amount: missing required field");
}

TEST(ContractReader, WrongTypes) {
    EXPECT_EQ(errorsOf(minimal(R"(, "groupName": ["a"], "notes": {}, "forceMajeure": "yes", "block": {},
        "pickup": [3, "x"], "attrition": [], "comps": {"perNight": 1, "countTowardPickup": "true"})")),
              "$.groupName: expected a string, found an array\n"
              "$.block: expected an array, found an object\n"
              "$.pickup[0]: expected an object, found 3\n"
              "$.pickup[1]: expected an object, found \"x\"\n"
              "$.attrition: expected an object, found an array\n"
              "$.comps.perNight: expected true or false, found 1\n"
              "$.comps.countTowardPickup: expected true or false, found \"true\"\n"
              "$.forceMajeure: expected true or false, found \"yes\"\n"
              "$.notes: expected a string, found an object");
}

TEST(ContractReader, Dates) {
    QByteArray json = minimal(R"(, "cutoff": "2027-02-30", "cancellationNotice": "2027-13-01",
        "reviewSchedule": [{"deadline": "2027-4-1", "maxReduction": "10"},
                           {"deadline": "01/04/2027", "maxReduction": "10"},
                           {"deadline": "2027-0a-01", "maxReduction": "10"},
                           {"deadline": 20270401, "maxReduction": "10"},
                           {"deadline": "2027-04-01T00:00:00", "maxReduction": "10"},
                           {"deadline": "0000-01-01", "maxReduction": "10"},
                           {"deadline": "2028-02-29", "maxReduction": "10"},
                           {"deadline": "2027-02-29", "maxReduction": "10"}])");
    json.replace("\"arrival\": \"2027-05-09\"", "\"arrival\": \"\"");
    EXPECT_EQ(errorsOf(json),
              "$.arrival: expected a date written YYYY-MM-DD, found \"\"\n"
              "$.cutoff: \"2027-02-30\" is not a date in the calendar\n"
              "$.reviewSchedule[0].deadline: expected a date written YYYY-MM-DD, found \"2027-4-1\"\n"
              "$.reviewSchedule[1].deadline: expected a date written YYYY-MM-DD, found \"01/04/2027\"\n"
              "$.reviewSchedule[2].deadline: expected a date written YYYY-MM-DD, found \"2027-0a-01\"\n"
              "$.reviewSchedule[3].deadline: expected a date written YYYY-MM-DD, found 20270401\n"
              "$.reviewSchedule[4].deadline: expected a date written YYYY-MM-DD, found "
              "\"2027-04-01T00:00:00\"\n"
              "$.reviewSchedule[5].deadline: \"0000-01-01\" is not a date in the calendar\n"
              "$.reviewSchedule[7].deadline: \"2027-02-29\" is not a date in the calendar\n"
              "$.cancellationNotice: \"2027-13-01\" is not a date in the calendar");
}

TEST(ContractReader, Currencies) {
    QByteArray unknown =
        minimal(R"(, "block": [{"night": "2027-05-09", "roomType": "K", "rooms": 1, "rate": "1.005"},
        {"night": "2027-05-09", "roomType": "Q", "rooms": 1, "rate": 150}, {"night": "2027-05-09", "roomType": "D",
        "rooms": 1, "rate": "abc"}])");
    unknown.replace("\"USD\"", "\"XYZ\"");
    // Without a currency the decimals of an amount cannot be checked, but its form can.
    EXPECT_EQ(errorsOf(unknown),
              "$.currency: \"XYZ\" is not a known ISO 4217 currency code\n"
              "$.block[1].rate: amounts are written as decimal strings (\"189.00\"), not as JSON "
              "numbers; found 150\n"
              "$.block[2].rate: expected an amount such as \"1234.50\", found \"abc\"");
    QByteArray lower = minimal();
    lower.replace("\"USD\"", "\"usd\"");
    EXPECT_EQ(errorsOf(lower), "$.currency: \"usd\" is not a known ISO 4217 currency code");
    QByteArray number = minimal();
    number.replace("\"USD\"", "840");
    EXPECT_EQ(errorsOf(number), "$.currency: expected an ISO 4217 currency code, found 840");
}

TEST(ContractReader, Amounts) {
    EXPECT_EQ(
        errorsOf(minimal(R"(, "deposits": [
        {"received": "2026-02-01", "amount": 1000},
        {"received": "2026-02-01", "amount": 1000.5},
        {"received": "2026-02-01", "amount": true},
        {"received": "2026-02-01", "amount": "1,000.00"},
        {"received": "2026-02-01", "amount": "+5"},
        {"received": "2026-02-01", "amount": ".5"},
        {"received": "2026-02-01", "amount": "5."},
        {"received": "2026-02-01", "amount": " 5"},
        {"received": "2026-02-01", "amount": "1e3"},
        {"received": "2026-02-01", "amount": ""},
        {"received": "2026-02-01", "amount": "150.005"},
        {"received": "2026-02-01", "amount": "150.000"},
        {"received": "2026-02-01", "amount": "99999999999999999999"},
        {"received": "2026-02-01", "amount": "-12.50"},
        {"received": "2026-02-01", "amount": "92233720368547758.07"}])")),
        "$.deposits[0].amount: amounts are written as decimal strings (\"189.00\"), not as JSON numbers; "
        "found 1000\n"
        "$.deposits[1].amount: amounts are written as decimal strings (\"189.00\"), not as JSON numbers; "
        "found 1000.5\n"
        "$.deposits[2].amount: expected an amount written as a decimal string, found true\n"
        "$.deposits[3].amount: expected an amount such as \"1234.50\", found \"1,000.00\"\n"
        "$.deposits[4].amount: expected an amount such as \"1234.50\", found \"+5\"\n"
        "$.deposits[5].amount: expected an amount such as \"1234.50\", found \".5\"\n"
        "$.deposits[6].amount: expected an amount such as \"1234.50\", found \"5.\"\n"
        "$.deposits[7].amount: expected an amount such as \"1234.50\", found \" 5\"\n"
        "$.deposits[8].amount: expected an amount such as \"1234.50\", found \"1e3\"\n"
        "$.deposits[9].amount: expected an amount such as \"1234.50\", found \"\"\n"
        "$.deposits[10].amount: \"150.005\" has more decimals than USD allows (2)\n"
        "$.deposits[11].amount: \"150.000\" has more decimals than USD allows (2)\n"
        "$.deposits[12].amount: \"99999999999999999999\" is too large");
}

TEST(ContractReader, AmountsInZeroAndThreeDecimalCurrencies) {
    QByteArray jpy = minimal(R"(, "deposits": [{"received": "2026-02-01", "amount": "24800.5"},
        {"received": "2026-02-01", "amount": "24800.0"}, {"received": "2026-02-01", "amount": "24800"}])");
    jpy.replace("\"USD\"", "\"JPY\"");
    EXPECT_EQ(errorsOf(jpy), "$.deposits[0].amount: \"24800.5\" has more decimals than JPY allows (0)\n"
                             "$.deposits[1].amount: \"24800.0\" has more decimals than JPY allows (0)");
    QByteArray kwd = minimal(R"(, "deposits": [{"received": "2026-02-01", "amount": "1.0001"},
        {"received": "2026-02-01", "amount": "62.750"}, {"received": "2026-02-01", "amount": "62.75"}])");
    kwd.replace("\"USD\"", "\"KWD\"");
    EXPECT_EQ(errorsOf(kwd), "$.deposits[0].amount: \"1.0001\" has more decimals than KWD allows (3)");
    kwd = minimal(R"(, "deposits": [{"received": "2026-02-01", "amount": "62.750"},
        {"received": "2026-02-01", "amount": "62.75"}, {"received": "2026-02-01", "amount": "-0.001"}])");
    kwd.replace("\"USD\"", "\"KWD\"");
    const ReadResult r = readContracts(kwd);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.contracts.front().deposits[0].amount, Money(62750, currency("KWD")));
    EXPECT_EQ(r.contracts.front().deposits[1].amount, Money(62750, currency("KWD")));
    EXPECT_EQ(r.contracts.front().deposits[2].amount, Money(-1, currency("KWD")));
}

TEST(ContractReader, Percentages) {
    EXPECT_EQ(errorsOf(minimal(R"(, "attrition": {"performanceLevel": 80, "damagesFactor": "80%",
        "taxRate": "8.87512", "resaleOnlyAtOccupancy": "1000000000000"},
        "foodBeverage": {"allowance": "", "serviceChargeRate": "22.", "taxRate": "-8.875"})")),
              "$.attrition.performanceLevel: expected a percentage written as a decimal string (\"8.875\"), "
              "found 80\n"
              "$.attrition.damagesFactor: expected a percentage such as \"8.875\", found \"80%\"\n"
              "$.attrition.resaleOnlyAtOccupancy: \"1000000000000\" is too large\n"
              "$.attrition.taxRate: \"8.87512\" has more than 4 decimals\n"
              "$.foodBeverage.allowance: expected a percentage such as \"8.875\", found \"\"\n"
              "$.foodBeverage.serviceChargeRate: expected a percentage such as \"8.875\", found \"22.\"");
    const ReadResult r =
        readContracts(minimal(R"(, "foodBeverage": {"taxRate": "8.875", "allowance": "79.9999"})"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.contracts.front().foodBeverage.taxRate.partsPerMillion(), 88750);
    EXPECT_EQ(r.contracts.front().foodBeverage.allowance.partsPerMillion(), 799999);
}

TEST(ContractReader, RoomCountsAreWholeNumbersThatFitIn32Bits) {
    EXPECT_EQ(errorsOf(minimal(R"(, "pickup": [
        {"night": "2027-05-09", "roomType": "K", "rooms": 2.5},
        {"night": "2027-05-09", "roomType": "K", "rooms": "3"},
        {"night": "2027-05-09", "roomType": "K", "rooms": 3000000000},
        {"night": "2027-05-09", "roomType": "K", "rooms": -2147483649},
        {"night": "2027-05-09", "roomType": "K", "rooms": true}])")),
              "$.pickup[0].rooms: expected a whole number, found 2.5\n"
              "$.pickup[1].rooms: expected a whole number, found \"3\"\n"
              "$.pickup[2].rooms: 3000000000 is out of range (-2147483648 to 2147483647)\n"
              "$.pickup[3].rooms: -2147483649 is out of range (-2147483648 to 2147483647)\n"
              "$.pickup[4].rooms: expected a whole number, found true");
    const ReadResult r = readContracts(minimal(R"(, "pickup": [
        {"night": "2027-05-09", "roomType": "K", "rooms": 2147483647},
        {"night": "2027-05-09", "roomType": "Q", "rooms": -2147483648},
        {"night": "2027-05-09", "roomType": "D", "rooms": 1e2},
        {"night": "2027-05-09", "roomType": "S", "rooms": 7.0}])"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    const Contract& c = r.contracts.front();
    EXPECT_EQ(c.pickup[0].rooms, 2147483647);
    EXPECT_EQ(c.pickup[1].rooms, -2147483647 - 1);
    EXPECT_EQ(c.pickup[2].rooms, 100);
    EXPECT_EQ(c.pickup[3].rooms, 7);
}

TEST(ContractReader, EnumerationsUseTheDomainsNames) {
    EXPECT_EQ(
        errorsOf(minimal(R"(, "rounding": "bankers", "status": "Definite",
        "attrition": {"method": "weekly", "thresholdRounding": 1, "rateBasis": "mean", "resaleCredit": "sold-out-only"},
        "meetingRoom": {"policy": "both"}, "cancellation": {"basis": "rooms"})")),
        "$.status: expected one of \"prospect\", \"tentative\", \"definite\", \"cancelled\", \"actualized\", "
        "\"lost\", "
        "found "
        "\"Definite\"\n"
        "$.rounding: expected one of \"half-up\", \"half-even\", \"half-down\", \"up\", \"down\", "
        "\"ceiling\", "
        "\"floor\", found \"bankers\"\n"
        "$.attrition.method: expected one of \"cumulative\", \"night-by-night\", found \"weekly\"\n"
        "$.attrition.thresholdRounding: expected one of \"exact\", \"up\", \"down\", found 1\n"
        "$.attrition.rateBasis: expected one of \"per-night\", \"average\", found \"mean\"\n"
        "$.attrition.resaleCredit: expected one of \"none\", \"by-count\", \"by-revenue\", found "
        "\"sold-out-only\"\n"
        "$.meetingRoom.policy: expected one of \"with-attrition\", \"greater-of-the-two\", "
        "\"instead-of-attrition\", found \"both\"\n"
        "$.cancellation.basis: expected one of \"room-revenue\", \"total-revenue\", \"per-component\", found "
        "\"rooms\"");
}

TEST(ContractReader, EveryProblemIsReportedAtOnce) {
    EXPECT_EQ(
        errorsOf(minimal(R"(,
        "status": "signed",
        "colour": "blue",
        "block": [{"night": "2027-05-09", "roomType": "KING", "rooms": 2.5, "rate": "150.00"},
                  {"night": "09/05/2027", "roomType": "KING", "rooms": 10, "rate": 150},
                  {"night": "2027-05-10", "roomType": 7, "rooms": 3000000000, "rate": "150.005"}],
        "attrition": {"performanceLevel": 80, "method": "weekly"})")),
        "$.colour: unknown field \"colour\"\n"
        "$.status: expected one of \"prospect\", \"tentative\", \"definite\", \"cancelled\", \"actualized\", "
        "\"lost\", "
        "found \"signed\"\n"
        "$.block[0].rooms: expected a whole number, found 2.5\n"
        "$.block[1].night: expected a date written YYYY-MM-DD, found \"09/05/2027\"\n"
        "$.block[1].rate: amounts are written as decimal strings (\"189.00\"), not as JSON numbers; found "
        "150\n"
        "$.block[2].roomType: expected a string, found 7\n"
        "$.block[2].rooms: 3000000000 is out of range (-2147483648 to 2147483647)\n"
        "$.block[2].rate: \"150.005\" has more decimals than USD allows (2)\n"
        "$.attrition.performanceLevel: expected a percentage written as a decimal string (\"8.875\"), found "
        "80\n"
        "$.attrition.method: expected one of \"cumulative\", \"night-by-night\", found \"weekly\"");
}

TEST(ContractReader, LongTextsAreShortenedInMessages) {
    const std::string longName(200, 'x');
    EXPECT_EQ(errorsOf(minimal((R"(, "status": ")" + longName + "\"").c_str())),
              "$.status: expected one of \"prospect\", \"tentative\", \"definite\", \"cancelled\", "
              "\"actualized\", \"lost\", "
              "found \"" +
                  std::string(60, 'x') + "...\"");
}

TEST(ContractReader, Collections) {
    const QByteArray json = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [
        {"reference": "A", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11"},
        {"format": "attrition-desk/contract", "version": 1, "reference": "B", "currency": "JPY",
         "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11"}]})";
    const ReadResult r = readContracts(json);
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.contracts.size(), 2U);
    EXPECT_EQ(r.contracts[0].reference, "A");
    EXPECT_EQ(r.contracts[1].currency, currency("JPY"));
    EXPECT_EQ(r.paths,
              (std::vector<QString>{QStringLiteral("$.contracts[0]"), QStringLiteral("$.contracts[1]")}));

    QByteArray sameFormat = json;
    sameFormat.replace("attrition-desk/contracts", "attrition-desk/contract");
    EXPECT_EQ(readContracts(sameFormat).contracts.size(), 2U) << "a collection may use the contract format";

    const ReadResult empty =
        readContracts(R"({"format": "attrition-desk/contracts", "version": 1, "contracts": []})");
    EXPECT_TRUE(empty.ok());
    EXPECT_TRUE(empty.contracts.empty());
}

TEST(ContractReader, ACollectionWithAnyProblemGivesNoContract) {
    EXPECT_EQ(errorsOf(R"({"format": "attrition-desk/contracts", "version": 1, "extra": 1, "contracts": [
        {"reference": "OK", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11"},
        {"reference": "BAD", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-02-30", "departure": "2027-05-11"},
        "third",
        {"format": "attrition-desk/contract", "version": 2},
        {"format": "other", "reference": "X"}]})"),
              "$.extra: unknown field \"extra\"\n"
              "$.contracts[1].arrival: \"2027-02-30\" is not a date in the calendar\n"
              "$.contracts[2]: expected a contract object, found \"third\"\n"
              "$.contracts[3].version: format version 2 is newer than this program supports (1)\n"
              "$.contracts[4].format: expected \"attrition-desk/contract\", found \"other\"");
    EXPECT_EQ(errorsOf(R"({"format": "attrition-desk/contracts", "version": 1, "contracts": {}})"),
              "$.contracts: expected an array of contracts, found an object");
    EXPECT_EQ(errorsOf(R"({"format": "attrition-desk/contracts", "version": 1})"),
              "$.contracts: missing required field");
    EXPECT_EQ(errorsOf(R"({"format": "attrition-desk/contracts", "version": 3, "contracts": []})"),
              "$.version: format version 3 is newer than this program supports (1)");
}

namespace {

/// A collection of `count` contracts "C0", "C1", ..., each with a note of `noteBytes` letters, with
/// `extra` added to the contracts named in it (index -> text after the departure).
QByteArray largeCollection(int count, qsizetype noteBytes, const std::map<int, QByteArray>& extra = {}) {
    QByteArray json = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [)";
    const QByteArray note(noteBytes, 'n');
    for (int i = 0; i < count; ++i) {
        json += (i == 0 ? "\n" : ",\n");
        json += R"({"reference": "C)" + QByteArray::number(i) +
                R"(", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", )"
                R"("departure": "2027-05-11", "notes": ")" +
                note + "\"";
        if (const auto it = extra.find(i); it != extra.end()) {
            json += it->second;
        }
        json += "}";
    }
    return json + "]}";
}

} // namespace

TEST(ContractReader, ALargeCollectionReadsInTheOrderOfTheFile) {
    // Large enough to be parsed and checked, and its contracts read, on two cores.
    const QByteArray json = largeCollection(300, 4000);
    ASSERT_GT(json.size(), 1 << 20);
    const ReadResult r = readContracts(json);
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.contracts.size(), 300U);
    ASSERT_EQ(r.paths.size(), 300U);
    ASSERT_EQ(r.histories.size(), 300U);
    for (std::size_t i = 0; i < r.contracts.size(); ++i) {
        EXPECT_EQ(r.contracts[i].reference, "C" + std::to_string(i));
        EXPECT_EQ(r.paths[i], QStringLiteral("$.contracts[%1]").arg(i));
    }
}

TEST(ContractReader, ALargeCollectionReportsEveryProblemInTheOrderOfTheFile) {
    const QByteArray json = largeCollection(
        300, 4000,
        {{2, R"(, "block": [{"night": "2027-05-09", "roomType": "K", "rooms": 1.5, "rate": "1.00"}])"},
         {149, R"(, "colour": 1)"},
         {150, R"(, "pickupHistory": [{"reportDate": "2027-03-01", "pickup": []},
                 {"reportDate": "2027-03-01", "pickup": [{"night": "2027-05-09", "roomType": "K", "rooms": -1}]}])"},
         {299, R"(, "deposits": [{"received": "2027-01-01", "amount": 5}])"}});
    const ReadResult r = readContracts(json);
    EXPECT_TRUE(r.contracts.empty());
    EXPECT_EQ(errorsOf(json),
              "$.contracts[2].block[0].rooms: expected a whole number, found 1.5\n"
              "$.contracts[149].colour: unknown field \"colour\"\n"
              "$.contracts[150].pickupHistory[1].reportDate: a second pickup report of 2027-03-01 (the first "
              "is $.contracts[150].pickupHistory[0]); a day has one report\n"
              "$.contracts[150].pickupHistory[1].pickup[0].rooms: expected a room count of 0 or more, found "
              "-1\n"
              "$.contracts[299].deposits[0].amount: amounts are written as decimal strings (\"189.00\"), not "
              "as JSON numbers; found 5");
}

TEST(ContractReader, ALargeCollectionNamesWhatIsNotAContract) {
    QByteArray json = largeCollection(300, 4000);
    json.replace(json.indexOf("{\"reference\": \"C10\""), 1, "\"C10\", {");
    json.replace(json.indexOf("{\"reference\": \"C200\""), 1, "[], {"); // C200 is now item 201
    EXPECT_EQ(errorsOf(json), "$.contracts[10]: expected a contract object, found \"C10\"\n"
                              "$.contracts[201]: expected a contract object, found an array");
}

TEST(ContractReader, ALargeFileIsCheckedStrictlyAfterItParses) {
    // A field given twice, far into a large file.
    const QByteArray twice = largeCollection(300, 4000, {{250, R"(, "notes": "again")"}});
    EXPECT_EQ(errorsOf(twice).substr(0, 80),
              "$.contracts[250].notes: the field is given twice in one object (again at line 25");
    // Malformed JSON is reported as such, before any strict problem.
    QByteArray malformed = twice;
    malformed.chop(1);
    EXPECT_EQ(errorsOf(malformed).substr(0, 26), "malformed JSON at line 301");
    // Contracts not separated by a comma, or separated by two.
    QByteArray noComma = largeCollection(300, 4000);
    noComma.replace(noComma.indexOf("},\n{\"reference\": \"C200\""), 2, "}\n");
    EXPECT_EQ(errorsOf(noComma).substr(0, 26), "malformed JSON at line 203");
    QByteArray twoCommas = largeCollection(300, 4000);
    twoCommas.replace(twoCommas.indexOf("},\n{\"reference\": \"C200\""), 2, "},,");
    EXPECT_EQ(errorsOf(twoCommas).substr(0, 26), "malformed JSON at line 201");
    // A control character inside a string.
    QByteArray control = largeCollection(300, 4000);
    control[control.size() - 10] = '\t';
    EXPECT_EQ(errorsOf(control).substr(0, 44), "malformed JSON at line 301, column 4124 (byt");
}

TEST(ContractReader, ReadContractWantsExactlyOne) {
    EXPECT_TRUE(readContract(minimal()).ok());
    const QByteArray one = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [
        {"reference": "A", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11"}]})";
    const ReadResult single = readContract(one);
    ASSERT_TRUE(single.ok());
    EXPECT_EQ(single.paths.front(), QStringLiteral("$.contracts[0]"));
    const ReadResult none =
        readContract(R"({"format": "attrition-desk/contracts", "version": 1, "contracts": []})");
    ASSERT_EQ(none.errors.size(), 1U);
    EXPECT_EQ(none.errors.front().toString(), QStringLiteral("$.contracts: expected one contract, found 0"));
    EXPECT_TRUE(none.contracts.empty());
}

TEST(ContractReader, Files) {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere.json"));
    const ReadResult r = readContractFile(missing);
    ASSERT_EQ(r.errors.size(), 1U);
    EXPECT_EQ(r.errors.front(), (ReadError{QString(), QStringLiteral("no such file")}));
    const ReadResult folder = readContractFile(dir.path());
    ASSERT_EQ(folder.errors.size(), 1U);
    EXPECT_EQ(folder.errors.front().message, QStringLiteral("is a folder, not a contract file"));

    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile f(good);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(minimal());
    f.close();
    EXPECT_TRUE(readContractFile(good).ok());
}

TEST(ContractReader, EverySampleAndExampleReads) {
    QStringList files = sampleFiles() + exampleFiles();
    ASSERT_GE(files.size(), 27);
    for (const QString& file : files) {
        const ReadResult r = readContractFile(file);
        EXPECT_TRUE(r.ok()) << file.toStdString() << ": "
                            << (r.ok() ? std::string() : r.errors.front().toString().toStdString());
    }
}

TEST(ValidationPaths, FieldsBecomeJsonPaths) {
    EXPECT_EQ(jsonPathOf("block[2].rooms"), QStringLiteral("$.block[2].rooms"));
    EXPECT_EQ(jsonPathOf("cancellation.tiers"), QStringLiteral("$.cancellation.tiers"));
    EXPECT_EQ(jsonPathOf("reference"), QStringLiteral("$.reference"));
    EXPECT_EQ(jsonPathOf(""), QStringLiteral("$"));
    EXPECT_EQ(jsonPathOf("block[2].rooms", QStringLiteral("$.contracts[4]")),
              QStringLiteral("$.contracts[4].block[2].rooms"));
}

TEST(ValidationPaths, ValidationErrorsNameTheJsonPathOfEachProblem) {
    const ReadResult r = readContracts(R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [
        {"reference": "", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11",
         "block": [{"night": "2027-05-09", "roomType": "KING", "rooms": 10, "rate": "150.00"},
                   {"night": "2027-05-20", "roomType": "KING", "rooms": -5, "rate": "-1.00"}],
         "attrition": {"performanceLevel": "180"},
         "cancellation": {"tiers": [{"minDays": 10, "percent": "50"}]}}]})");
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    QStringList out;
    for (const ReadError& e : validationErrors(r.contracts.front(), r.paths.front())) {
        out << e.toString();
    }
    EXPECT_EQ(
        out.join(QLatin1Char('\n')).toStdString(),
        "$.contracts[0].reference: the contract reference is empty\n"
        "$.contracts[0].block[1].night: night 2027-05-20 is outside the stay (2027-05-09 to 2027-05-10)\n"
        "$.contracts[0].block[1].rooms: rooms must not be negative (-5)\n"
        "$.contracts[0].block[1].rate: the amount must not be negative (-1.00)\n"
        "$.contracts[0].attrition.performanceLevel: the percentage 180% must be between 0% and 100%\n"
        "$.contracts[0].cancellation.tiers: no tier covers notice 0 to 9 days before arrival");
    EXPECT_TRUE(validationErrors(readContracts(minimal()).contracts.front()).empty());
}
