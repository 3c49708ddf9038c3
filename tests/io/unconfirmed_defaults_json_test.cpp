// The contract file's "unconfirmedDefaults": the clause values that are still the program's defaults.

#include "attrition/domain/clause_defaults.h"
#include "attrition/io/contract_json.h"
#include "io_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::io;
using namespace attrition::io::test;

namespace {

TEST(UnconfirmedDefaultsJson, AFileWithoutThemHasEveryValueConfirmed) {
    const ReadResult r = readContracts(minimal());
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.contracts.front().unconfirmedDefaults.empty());
    for (const QString& file : sampleFiles() + exampleFiles()) {
        const ReadResult sample = readContractFile(file);
        ASSERT_TRUE(sample.ok()) << file.toStdString();
        for (const Contract& c : sample.contracts) {
            EXPECT_TRUE(c.unconfirmedDefaults.empty()) << file.toStdString();
        }
    }
}

TEST(UnconfirmedDefaultsJson, NoneAreNotWritten) {
    Contract c = everyField();
    c.unconfirmedDefaults.clear();
    EXPECT_FALSE(contractToJson(c).contains(QStringLiteral("unconfirmedDefaults")))
        << "files of contracts without them stay as they were";
}

TEST(UnconfirmedDefaultsJson, EveryProgramDefaultRoundTrips) {
    Contract c = everyField();
    markProgramDefaults(c);
    const QJsonObject o = contractToJson(c);
    const QJsonArray written = o.value(QStringLiteral("unconfirmedDefaults")).toArray();
    ASSERT_EQ(written.size(), static_cast<qsizetype>(programDefaultPaths().size()));
    // Sorted, so that the same contract always writes the same file.
    for (qsizetype i = 1; i < written.size(); ++i) {
        EXPECT_LT(written[i - 1].toString(), written[i].toString());
    }
    const ReadResult r = readContracts(writeContract(c));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    expectSameContract(r.contracts.front(), c);
    EXPECT_EQ(r.contracts.front().unconfirmedDefaults, c.unconfirmedDefaults);
}

TEST(UnconfirmedDefaultsJson, ReadsTheListed) {
    const ReadResult r = readContracts(
        minimal(R"(, "unconfirmedDefaults": ["cancellation.tiers", "attrition.damagesFactor"])"));
    ASSERT_TRUE(r.ok()) << r.errors.front().toString().toStdString();
    const Contract& c = r.contracts.front();
    EXPECT_TRUE(isUnconfirmedDefault(c, "cancellation.tiers"));
    EXPECT_TRUE(isUnconfirmedDefault(c, "attrition.damagesFactor"));
    EXPECT_FALSE(isUnconfirmedDefault(c, "attrition.performanceLevel"));
    EXPECT_EQ(c.unconfirmedDefaults.size(), 2U);
    EXPECT_TRUE(readContracts(minimal(R"(, "unconfirmedDefaults": [])"))
                    .contracts.front()
                    .unconfirmedDefaults.empty());
}

TEST(UnconfirmedDefaultsJson, ProblemsAreNamedAtTheirPlace) {
    EXPECT_EQ(errorsOf(minimal(R"(, "unconfirmedDefaults": "cancellation.tiers")")),
              "$.unconfirmedDefaults: expected an array, found \"cancellation.tiers\"");
    EXPECT_EQ(errorsOf(minimal(R"(, "unconfirmedDefaults": ["cancellation.tiers", 3, "cancellation.taxRate",
        "cancellation.tiers"])")),
              "$.unconfirmedDefaults[1]: expected a string, found 3\n"
              "$.unconfirmedDefaults[2]: \"cancellation.taxRate\" is not a value the program fills in by "
              "default; expected one of \"attrition.performanceLevel\", \"attrition.method\", "
              "\"attrition.thresholdRounding\", \"attrition.damagesFactor\", \"attrition.rateBasis\", "
              "\"attrition.resaleCredit\", \"foodBeverage.damagesFactor\", \"cancellation.tiers\", "
              "\"cancellation.basis\", \"cancellation.waiveOnForceMajeure\"\n"
              "$.unconfirmedDefaults[3]: \"cancellation.tiers\" is listed more than once");
    EXPECT_EQ(
        errorsOf(minimal(R"(, "unconfirmedDefault": []
    )")),
        "$.unconfirmedDefault: unknown field \"unconfirmedDefault\" (did you mean \"unconfirmedDefaults\"?)");
}

TEST(UnconfirmedDefaultsJson, InACollectionTheyAreNamedUnderTheirContract) {
    const QByteArray file = R"({"format": "attrition-desk/contracts", "version": 1, "contracts": [
        {"reference": "A", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09",
         "departure": "2027-05-11"},
        {"reference": "B", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09",
         "departure": "2027-05-11", "unconfirmedDefaults": ["notes"]}]})";
    const std::string errors = errorsOf(file);
    EXPECT_EQ(
        errors.rfind("$.contracts[1].unconfirmedDefaults[0]: \"notes\" is not a value the program fills in "
                     "by default",
                     0),
        0U)
        << errors;
}

} // namespace
