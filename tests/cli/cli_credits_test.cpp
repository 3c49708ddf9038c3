// Rebooking credits in attrition-cli: a stored contract is assessed and reported with the credits other
// contracts' settlements grant it; a contract file has none. On an SQLite file in a temporary folder.

#include "cli_test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

/// Acme: ACME-2027 waived 1,000.00 of its damages and granted 600.00 of it on ACME-2028.
/// ACME-2028: one night of 100 rooms at 150.00, 70 picked up, 80% to perform: 10 room nights short,
/// 1,500.00 owed; less the 600.00 credit, 900.00 due.
/// Beta: B-2027 in EUR grants 50.00 EUR on B-2028, which is in USD.
const char* kContracts = R"({
  "format": "attrition-desk/contracts", "version": 1,
  "contracts": [
    { "reference": "ACME-2027", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme",
      "status": "actualized", "currency": "USD", "signedOn": "2026-01-10", "arrival": "2027-05-09",
      "departure": "2027-05-10",
      "block": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 100, "rate": "150.00" } ],
      "pickup": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 60 } ],
      "settlement": { "assessed": "3000.00", "waived": "1000.00", "waiverReason": "Rebooking",
                      "creditAmount": "600.00", "creditContract": "ACME-2028" } },
    { "reference": "ACME-2028", "hotel": "Harbour", "salesManager": "Ana", "account": "Acme",
      "status": "definite", "currency": "USD", "signedOn": "2027-06-01", "arrival": "2028-03-05",
      "departure": "2028-03-06",
      "block": [ { "night": "2028-03-05", "roomType": "KING", "rooms": 100, "rate": "150.00" } ],
      "pickup": [ { "night": "2028-03-05", "roomType": "KING", "rooms": 70 } ] },
    { "reference": "B-2027", "hotel": "Harbour", "salesManager": "Ana", "account": "Beta",
      "status": "actualized", "currency": "EUR", "signedOn": "2026-01-10", "arrival": "2027-05-09",
      "departure": "2027-05-10",
      "block": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 10, "rate": "100.00" } ],
      "pickup": [ { "night": "2027-05-09", "roomType": "KING", "rooms": 5 } ],
      "settlement": { "assessed": "300.00", "waived": "100.00", "waiverReason": "Rebooking",
                      "creditAmount": "50.00", "creditContract": "B-2028" } },
    { "reference": "B-2028", "hotel": "Harbour", "salesManager": "Ana", "account": "Beta",
      "status": "definite", "currency": "USD", "signedOn": "2027-06-01", "arrival": "2028-03-05",
      "departure": "2028-03-06",
      "block": [ { "night": "2028-03-05", "roomType": "KING", "rooms": 10, "rate": "100.00" } ],
      "pickup": [ { "night": "2028-03-05", "roomType": "KING", "rooms": 5 } ] }
  ]
})";

const QString kCreditLine = QStringLiteral(
    "Rebooking credit from contract ACME-2027: 600.00 of the damages waived there granted on this contract, "
    "600.00 applied (never more than owed here)");

class CliCredits : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        QFile f(file());
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kContracts);
        f.close();
        const CliRun imported = run({QStringLiteral("import"), file()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString() << imported.out.toStdString();
    }

    QString file() const { return dir_.filePath(QStringLiteral("contracts.json")); }

    CliRun run(QStringList args) const {
        args << QStringLiteral("--database") << dir_.filePath(QStringLiteral("contracts.sqlite"))
             << QStringLiteral("--user") << QStringLiteral("tester");
        return cli(args);
    }

    static QString pdfText(const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        EXPECT_TRUE(p.waitForFinished(60000));
        // The explanation wraps in the PDF: spaces and line breaks are one.
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }

    QTemporaryDir dir_;
};

TEST_F(CliCredits, AssessOfAStoredContractAppliesItsCredits) {
    const CliRun text = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("ACME-2028")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(kCreditLine)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("-600.00"))) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Rebooking credits applied"))) << text.out.toStdString();

    const CliRun j = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("ACME-2028"),
                          QStringLiteral("--json")});
    ASSERT_EQ(j.exitCode, 0) << j.err.toStdString();
    const QJsonObject totals = json(j).value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("totalOwed")).toString(), QStringLiteral("1500.00"));
    EXPECT_EQ(totals.value(QStringLiteral("creditsApplied")).toString(), QStringLiteral("600.00"));
    EXPECT_EQ(totals.value(QStringLiteral("netDue")).toString(), QStringLiteral("900.00"));

    const CliRun csv = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("ACME-2028"),
                            QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("Rebooking credits applied"))) << csv.out.toStdString();
    EXPECT_TRUE(csv.out.contains(QStringLiteral("900.00"))) << csv.out.toStdString();
}

TEST_F(CliCredits, AScenarioGridOfAStoredContractAppliesItsCredits) {
    const QString grid = dir_.filePath(QStringLiteral("grid.csv"));
    {
        QFile f(grid);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        // 70%: 10 room nights short, 1,500.00 owed, 900.00 due after the credit; 76%: 4 short, 600.00 owed,
        // all of it taken by the credit; 100%: nothing owed, nothing of the credit used.
        f.write("name,pickup\r\nAs picked up,70\r\nA little better,76\r\nFull,100\r\n");
    }
    const CliRun csv = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("ACME-2028"),
                            QStringLiteral("--scenarios"), grid});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QStringList lines = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << csv.out.toStdString();
    EXPECT_EQ(lines[0], QStringLiteral("name,rooms,food_beverage,meeting_room,cancellation,tax,total_owed,"
                                       "credits_applied,net_due,pickup_percent"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("As picked up,1500.00,")) &&
                lines[1].contains(QStringLiteral(",1500.00,600.00,900.00,")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",600.00,600.00,0.00,"))) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(QStringLiteral(",0.00,0.00,0.00,"))) << lines[3].toStdString();

    const CliRun j = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("ACME-2028"),
                          QStringLiteral("--scenarios"), grid, QStringLiteral("--json")});
    ASSERT_EQ(j.exitCode, 0) << j.err.toStdString();
    const QJsonObject first = json(j).value(QStringLiteral("scenarios")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("totalOwed")).toString(), QStringLiteral("1500.00"));
    EXPECT_EQ(first.value(QStringLiteral("creditsApplied")).toString(), QStringLiteral("600.00"));
    EXPECT_EQ(first.value(QStringLiteral("netDue")).toString(), QStringLiteral("900.00"));

    // The same grid over the contract file has no credits and no such column.
    const CliRun file = cli({QStringLiteral("assess"), this->file(), QStringLiteral("--contract"),
                             QStringLiteral("ACME-2028"), QStringLiteral("--scenarios"), grid});
    ASSERT_EQ(file.exitCode, 0) << file.err.toStdString();
    EXPECT_FALSE(file.out.contains(QStringLiteral("credits_applied"))) << file.out.toStdString();
    EXPECT_TRUE(file.out.contains(QStringLiteral(",1500.00,1500.00,70"))) << file.out.toStdString();
}

TEST_F(CliCredits, TheCsvExportOfTheDatabaseAppliesTheCredits) {
    const CliRun r = run({QStringLiteral("export"), QStringLiteral("--csv"), QStringLiteral("--account"),
                          QStringLiteral("Acme")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // ACME-2028: total owed 1,500.00, no deposit, 900.00 due after the 600.00 credit.
    EXPECT_TRUE(
        r.out.contains(QRegularExpression(QStringLiteral("ACME-2028,[^\\n]*,1500\\.00,0\\.00,900\\.00\\r"))))
        << r.out.toStdString();
}

TEST_F(CliCredits, AContractFileHasNoCredits) {
    const CliRun j = cli({QStringLiteral("assess"), file(), QStringLiteral("--contract"),
                          QStringLiteral("ACME-2028"), QStringLiteral("--json")});
    ASSERT_EQ(j.exitCode, 0) << j.err.toStdString();
    const QJsonObject totals = json(j).value(QStringLiteral("totals")).toObject();
    EXPECT_EQ(totals.value(QStringLiteral("netDue")).toString(), QStringLiteral("1500.00"));
    EXPECT_FALSE(totals.contains(QStringLiteral("creditsApplied")));
}

TEST_F(CliCredits, TheReportOfAStoredContractAndTheBatchShowTheCredit) {
    const QString pdf = dir_.filePath(QStringLiteral("acme.pdf"));
    const CliRun one =
        run({QStringLiteral("report"), QStringLiteral("--db"), QStringLiteral("ACME-2028"),
             QStringLiteral("--pdf"), pdf, QStringLiteral("--locale"), QStringLiteral("en_US")});
    ASSERT_EQ(one.exitCode, 0) << one.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral(
        "Rebooking credit from contract ACME-2027: 600.00 of the damages waived there granted on this "
        "contract, 600.00 applied (never more than owed here)")))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Rebooking credits applied -600.00 Deposits applied 0.00 Net due "
                                     "900.00 USD")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Total owed 1,500.00 USD, rebooking credits applied 600.00 USD, "
                                             "deposits applied 0.00 USD.")))
        << text.toStdString();

    const QString out = dir_.filePath(QStringLiteral("all"));
    const CliRun all = run({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--account"),
                            QStringLiteral("Acme"), QStringLiteral("--out-dir"), out,
                            QStringLiteral("--locale"), QStringLiteral("en_US")});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const QString batch = pdfText(QDir(out).filePath(QStringLiteral("ACME-2028.pdf")));
    EXPECT_TRUE(batch.contains(QStringLiteral("Rebooking credit from contract ACME-2027: 600.00")))
        << batch.toStdString();
    EXPECT_TRUE(
        batch.contains(QStringLiteral("Rebooking credits applied -600.00 Deposits applied 0.00 Net due "
                                      "900.00 USD")))
        << batch.toStdString();
}

TEST_F(CliCredits, ACreditInAnotherCurrencyIsRefusedNamingBothContracts) {
    const CliRun r = run({QStringLiteral("assess"), QStringLiteral("--db"), QStringLiteral("B-2028")});
    EXPECT_EQ(r.exitCode, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral(
        "contract B-2027 grants a rebooking credit of EUR 50.00 on contract B-2028, which is in USD")))
        << r.err.toStdString();
}

} // namespace
