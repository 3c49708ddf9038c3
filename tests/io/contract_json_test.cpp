#include "../qt_printers.h"
#include "attrition/io/contract_json.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::io;

namespace {

QByteArray minimal(const QString& extra = {}) {
    return QStringLiteral(R"({"format": "attrition-desk/contract", "version": 1, "reference": "R-1",
        "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11" %1})")
        .arg(extra)
        .toUtf8();
}

/// Every error of reading `json`, one per line, as "path: message".
QString errorsOf(const QByteArray& json) {
    const ReadResult r = readContracts(json);
    QStringList out;
    for (const ReadError& e : r.errors) {
        out << e.toString();
    }
    EXPECT_TRUE(r.contracts.empty()) << "a file with errors must give no contract";
    return out.join(QLatin1Char('\n'));
}

QStringList sampleFiles() {
    const QDir dir(QStringLiteral(ATTRITION_SAMPLES_DIR));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

} // namespace

TEST(ContractJson, ReadsAMinimalContractWithDefaults) {
    const ReadResult r = readContracts(minimal());
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    ASSERT_EQ(r.contracts.size(), 1U);
    const Contract& c = r.contracts.front();
    EXPECT_EQ(c.reference, "R-1");
    EXPECT_EQ(c.currency.code(), "USD");
    EXPECT_EQ(c.arrival.toIso(), "2027-05-09");
    EXPECT_EQ(c.nightCount(), 2);
    EXPECT_EQ(c.attrition.performanceLevel, Percent::fromPoints(80));
    EXPECT_EQ(c.rounding, RoundingMode::HalfUp);
}

TEST(ContractJson, EverySampleRoundTripsExactly) {
    const QStringList files = sampleFiles();
    ASSERT_GE(files.size(), 15);
    for (const QString& file : files) {
        const ReadResult first = readContractFile(file);
        ASSERT_TRUE(first.ok()) << file.toStdString() << ": "
                                << first.errors.front().toString().toStdString();
        ASSERT_EQ(first.contracts.size(), 1U);
        const QByteArray written = writeContract(first.contracts.front());
        const ReadResult second = readContracts(written);
        ASSERT_TRUE(second.ok()) << file.toStdString();
        EXPECT_EQ(contractToJson(second.contracts.front()), contractToJson(first.contracts.front()))
            << file.toStdString();
        EXPECT_EQ(writeContract(second.contracts.front()), written) << file.toStdString();
    }
}

TEST(ContractJson, EverySampleIsValidAndAssesses) {
    for (const QString& file : sampleFiles()) {
        const ReadResult r = readContractFile(file);
        ASSERT_TRUE(r.ok()) << file.toStdString();
        EXPECT_TRUE(validate(r.contracts.front()).empty()) << file.toStdString();
        EXPECT_NO_THROW(assess(r.contracts.front())) << file.toStdString();
    }
}

TEST(ContractJson, AmountsKeepTheCurrencysDecimals) {
    const ReadResult jpy =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/jpy-cancellation-mitigation.json"));
    ASSERT_TRUE(jpy.ok());
    EXPECT_EQ(jpy.contracts.front().block.front().rate.minorUnits(), 24800);
    const ReadResult kwd =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/kwd-attrition-three-decimals.json"));
    ASSERT_TRUE(kwd.ok());
    EXPECT_EQ(kwd.contracts.front().block.front().rate.minorUnits(), 62750);
    EXPECT_EQ(kwd.contracts.front().rounding, RoundingMode::HalfEven);
}

TEST(ContractJson, CollectionsReadAndWriteManyContracts) {
    const ReadResult a =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/example-a-night-by-night.json"));
    const ReadResult e =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/example-e-cancellation.json"));
    ASSERT_TRUE(a.ok() && e.ok());
    const QByteArray both = writeContracts({a.contracts.front(), e.contracts.front()});
    const ReadResult r = readContracts(both);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.contracts.size(), 2U);
    EXPECT_EQ(r.contracts[1].reference, "EX-E-2027");
}

TEST(ContractJson, ACollectionWithOneBadContractGivesNone) {
    const QByteArray json = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [
        {"reference": "OK", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09", "departure": "2027-05-11"},
        {"reference": "BAD", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-02-30", "departure": "2027-05-11"}]})";
    EXPECT_EQ(errorsOf(json),
              QStringLiteral("$.contracts[1].arrival: \"2027-02-30\" is not a date in the calendar"));
}

TEST(ContractJson, MalformedJsonNamesLineAndColumn) {
    EXPECT_EQ(errorsOf("{\n  \"reference\": \"R-1\",\n  \"currency\" \"USD\"\n}"),
              QStringLiteral("malformed JSON at line 3, column 15: missing name separator"));
    EXPECT_EQ(errorsOf("{\"reference\": \"R-1\""),
              QStringLiteral("malformed JSON at line 1, column 20: unterminated string"));
}

TEST(ContractJson, NotAContractFile) {
    EXPECT_EQ(errorsOf("[1, 2]"), QStringLiteral("$: expected a contract object"));
    EXPECT_EQ(errorsOf(R"({"reference": "R-1"})"),
              QStringLiteral("$: missing \"format\": this is not an Attrition Desk contract file"));
    EXPECT_EQ(errorsOf(R"({"format": "something/else", "version": 1})"),
              QStringLiteral("$.format: expected \"attrition-desk/contract\", found \"something/else\""));
}

TEST(ContractJson, AFutureVersionIsRefused) {
    QByteArray json = minimal();
    json.replace("\"version\": 1", "\"version\": 2");
    EXPECT_EQ(errorsOf(json),
              QStringLiteral("$.version: format version 2 is newer than this program supports (1)"));
}

TEST(ContractJson, EveryProblemIsReportedWithItsPath) {
    const QByteArray json = minimal(QStringLiteral(R"(,
        "status": "signed",
        "colour": "blue",
        "block": [{"night": "2027-05-09", "roomType": "KING", "rooms": 2.5, "rate": "150.00"},
                  {"night": "09/05/2027", "roomType": "KING", "rooms": 10, "rate": 150},
                  {"night": "2027-05-10", "roomType": 7, "rooms": 3000000000, "rate": "150.005"}],
        "attrition": {"performanceLevel": 80, "method": "weekly"})"));
    EXPECT_EQ(
        errorsOf(json).toStdString(),
        "$.colour: unknown field \"colour\"\n"
        "$.status: expected one of \"prospect\", \"tentative\", \"definite\", \"cancelled\", \"actualized\", "
        "found \"signed\"\n"
        "$.block[0].rooms: expected a whole number, found 2.5\n"
        "$.block[1].night: expected a date written YYYY-MM-DD, found \"09/05/2027\"\n"
        "$.block[1].rate: amounts are written as decimal strings (\"189.00\"), not as JSON numbers; found "
        "150\n"
        "$.block[2].roomType: expected a string, found 7\n"
        "$.block[2].rooms: 3000000000 is out of range\n"
        "$.block[2].rate: \"150.005\" has more decimals than USD allows (2)\n"
        "$.attrition.performanceLevel: expected a percentage written as a decimal string (\"8.875\"), found "
        "80\n"
        "$.attrition.method: expected one of \"cumulative\", \"night-by-night\", found \"weekly\"");
}

TEST(ContractJson, MissingRequiredFieldsAndUnknownCurrency) {
    const QByteArray json = R"({"format": "attrition-desk/contract", "version": 1, "currency": "XYZ",
        "arrival": "2027-05-09", "departure": "2027-05-11", "block": [{"night": "2027-05-09", "roomType": "K",
        "rooms": 1, "rate": "1.00"}]})";
    EXPECT_EQ(errorsOf(json).toStdString(), "$.reference: missing required field\n"
                                            "$.currency: \"XYZ\" is not a known ISO 4217 currency code\n"
                                            "$.signedOn: missing required field");
}

TEST(ContractJson, ValidationPathsMapToJsonPaths) {
    EXPECT_EQ(jsonPathOf("block[2].rooms"), QStringLiteral("$.block[2].rooms"));
}

TEST(ContractJson, MissingFileIsNamed) {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nowhere.json"));
    const ReadResult r = readContractFile(missing);
    ASSERT_EQ(r.errors.size(), 1U);
    EXPECT_EQ(r.errors.front().toString(), missing + QStringLiteral(": no such file"));
}

TEST(ContractJson, AssessmentJsonHasDecimalStringsAndCurrency) {
    const ReadResult r =
        readContractFile(QStringLiteral(ATTRITION_SAMPLES_DIR "/example-c-food-beverage.json"));
    ASSERT_TRUE(r.ok());
    const QJsonObject json = assessmentToJson(r.contracts.front(), assess(r.contracts.front()));
    EXPECT_EQ(json.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("foodBeverage")).toString(), QStringLiteral("2348.50"));
    EXPECT_EQ(totals.value(QStringLiteral("tax")).toString(), QStringLiteral("208.43"));
    EXPECT_EQ(totals.value(QStringLiteral("totalOwed")).toString(), QStringLiteral("2556.93"));
    const QJsonArray lines = json.value(QStringLiteral("lines")).toArray();
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_EQ(lines.last().toObject().value(QStringLiteral("key")).toString(),
              QStringLiteral("TaxOnFoodBeverage"));
    EXPECT_EQ(lines.last().toObject().value(QStringLiteral("explanation")).toString(),
              QStringLiteral("Tax 8.875% on F&B damages and service charge 2,348.50 = 208.43"));
}
