// attrition-cli reminder: the one-page pickup reminder letter of a stored group, written headless and read
// back with poppler's pdftotext and pdfinfo; and the portfolio report's pages of groups at risk and of the
// pipeline. The database is the at-risk command's: past groups of one hotel with their pickup reports, and a
// group behind pace whose forecast (45 room nights of 100) and damages the at-risk tests pin down.

#include "../engine/test_contracts.h"
#include "attrition/storage/sql_repository.h"
#include "cli_test_support.h"

#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

using namespace attrition;
using namespace attrition::test;
namespace st = attrition::storage;

QString tool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << QString::fromUtf8(p.readAllStandardError()).toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf) {
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+")), QStringLiteral(" "))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

QString pdfInfo(const QString& pdf) {
    return tool(QStringLiteral("pdfinfo"), {pdf});
}

int pages(const QString& pdf) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s*(\\d+)")).match(pdfInfo(pdf));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Without a display, and with settings of its own (no letterhead): the command must manage alone.
QProcessEnvironment headless(const QTemporaryDir& dir) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    return env;
}

const Date kArrival = date("2027-05-09");

class CliReminder : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new QTemporaryDir;
        ASSERT_TRUE(dir_->isValid());
        st::ConnectionSettings settings;
        settings.file = db().toStdString();
        st::OpenOptions options;
        options.createIfMissing = true;
        auto opened = st::SqlContractRepository::open(settings, options);
        ASSERT_TRUE(opened) << opened.error().message;
        auto& repository = **opened;

        // Five past groups of the hotel: 40 rooms of 100 at 60 days, 60 at 30 days, 90 at arrival.
        std::vector<Contract> contracts;
        std::vector<std::vector<PickupSnapshot>> reports;
        for (int i = 0; i < 5; ++i) {
            Contract c = ContractBuilder()
                             .reference("PAST-" + std::to_string(i))
                             .status(ContractStatus::Actualized)
                             .signedOn("2025-01-10")
                             .stay("2026-05-10", 1)
                             .block("2026-05-10", 100, "200.00")
                             .pickup("2026-05-10", 90)
                             .build();
            c.hotel = "Harbour Hotel";
            const Date a = c.arrival;
            reports.push_back({PickupSnapshot{a.addDays(-60), {PickupEntry{a, "KING", 40}}},
                               PickupSnapshot{a.addDays(-30), {PickupEntry{a, "KING", 60}}},
                               PickupSnapshot{a, {PickupEntry{a, "KING", 90}}}});
            contracts.push_back(std::move(c));
        }
        // Behind pace, still since 60 days out, a review date in 10 days and the cutoff after it.
        Contract behind = ContractBuilder()
                              .reference("GRP-BEHIND")
                              .status(ContractStatus::Definite)
                              .stay("2027-05-09", 1)
                              .block("2027-05-09", 100, "100.00")
                              .pickup("2027-05-09", 36)
                              .reviewStep("2027-04-19", "20")
                              .build();
        behind.groupName = "Harbour Dental Forum";
        behind.hotel = "Harbour Hotel";
        behind.salesManager = "Bo Lindqvist";
        behind.account = "Acme Dental";
        behind.cutoff = date("2027-04-25");
        contracts.push_back(behind);
        reports.push_back({PickupSnapshot{kArrival.addDays(-60), {PickupEntry{kArrival, "KING", 36}}},
                           PickupSnapshot{kArrival.addDays(-30), {PickupEntry{kArrival, "KING", 36}}}});
        auto imported =
            repository.importContracts(contracts, reports, st::ExistingContracts::Refuse, "tester");
        ASSERT_TRUE(imported) << imported.error().message;
    }
    static void TearDownTestSuite() { delete dir_; }

    static QString db() { return dir_->filePath(QStringLiteral("reminder.sqlite")); }

    static CliRun run(const QString& command, QStringList args) {
        args.prepend(command);
        args << QStringLiteral("--database") << db();
        return cli(args, headless(*dir_));
    }

    static inline QTemporaryDir* dir_ = nullptr;
};

} // namespace

TEST_F(CliReminder, AStoredGroupGetsAOnePageLetterWithTheEnginesFigures) {
    const QString pdf = dir_->filePath(QStringLiteral("reminder.pdf"));
    const CliRun r = run(QStringLiteral("reminder"),
                         {QStringLiteral("--db"), QStringLiteral("GRP-BEHIND"), QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--locale"),
                          QStringLiteral("en_US"), QStringLiteral("--today"), QStringLiteral("2027-04-09")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 page"))) << r.err.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("Pickup reminder"), QStringLiteral("Friday, April 9, 2027"),
          QStringLiteral("Dear Acme Dental team,"), QStringLiteral("Harbour Dental Forum"),
          QStringLiteral("reserved 36 of the 100 room nights in the block (36%)"),
          // The forecast final pickup of at-risk (45 room nights) and the engine's damages there: 80 needed,
          // 35 short at 100.00.
          QStringLiteral("we expect about 45 room nights by arrival (45% of the block)"),
          QStringLiteral("the group would owe 3,500.00 USD under the contract"),
          // At today's 36: 44 short.
          QStringLiteral("at today's 36 room nights, the group would owe 4,400.00 USD"),
          QStringLiteral("Your next review date is Monday, April 19, 2027"),
          QStringLiteral("Sunday, April 25, 2027"), QStringLiteral("Kind regards,"),
          QStringLiteral("Bo Lindqvist")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    }
    // None of the early warning's own figures: its range (23-67 room nights, 1,200.00-5,500.00), its pace.
    for (const QString& hidden :
         {QStringLiteral("1,200.00"), QStringLiteral("5,500.00"), QStringLiteral("pace point"),
          QStringLiteral("comparable"), QStringLiteral("P10"), QStringLiteral("-24")}) {
        EXPECT_FALSE(text.contains(hidden)) << hidden.toStdString();
    }
}

TEST_F(CliReminder, TheLanguageAndPaperAreTheCallers) {
    const QString pdf = dir_->filePath(QStringLiteral("es.pdf"));
    const CliRun r = run(QStringLiteral("reminder"),
                         {QStringLiteral("--db"), QStringLiteral("GRP-BEHIND"), QStringLiteral("--pdf"), pdf,
                          QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--page"),
                          QStringLiteral("letter"), QStringLiteral("--today"), QStringLiteral("2027-04-09")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("(letter)"))) << pdfInfo(pdf).toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("9 de abril de 2027"))) << text.toStdString();
    // Spanish writes four-digit amounts without a thousands separator.
    EXPECT_TRUE(text.contains(QStringLiteral("3500,00 USD"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("4400,00 USD"))) << text.toStdString();
}

TEST_F(CliReminder, BadRequestsAreNamed) {
    const CliRun help = cli({QStringLiteral("reminder"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("attrition-cli reminder --db REF --pdf OUT.pdf")))
        << help.out.toStdString();
    const QString pdf = dir_->filePath(QStringLiteral("bad.pdf"));
    CliRun r = run(QStringLiteral("reminder"), {QStringLiteral("--pdf"), pdf});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--db REFERENCE"))) << r.err.toStdString();
    r = run(QStringLiteral("reminder"), {QStringLiteral("--db"), QStringLiteral("GRP-BEHIND")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--pdf"))) << r.err.toStdString();
    r = run(QStringLiteral("reminder"),
            {QStringLiteral("--db"), QStringLiteral("GRP-BEHIND"), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--language"))) << r.err.toStdString();
    r = run(QStringLiteral("reminder"),
            {QStringLiteral("--db"), QStringLiteral("GRP-BEHIND"), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--today"), QStringLiteral("9/4/2027")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--today"))) << r.err.toStdString();
    r = run(QStringLiteral("reminder"),
            {QStringLiteral("--db"), QStringLiteral("NO-SUCH"), QStringLiteral("--pdf"), pdf});
    EXPECT_NE(r.exitCode, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("NO-SUCH"))) << r.err.toStdString();
}

TEST_F(CliReminder, ThePortfolioListsTheGroupsAtRiskAndThePipeline) {
    const QString pdf = dir_->filePath(QStringLiteral("portfolio.pdf"));
    const CliRun r =
        run(QStringLiteral("report"),
            {QStringLiteral("--portfolio"), QStringLiteral("--pdf"), pdf, QStringLiteral("--locale"),
             QStringLiteral("en_US"), QStringLiteral("--made-on"), QStringLiteral("2027-04-09")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    // The at-risk row of the early warning, as at-risk prints it.
    EXPECT_TRUE(text.contains(QStringLiteral("Groups at risk"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("GRP-BEHIND Harbour Dental Forum 5/9/2027 36 of 100")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("3,500.00 USD"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Before the review date"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("No pickup movement for 30 days"))) << text.toStdString();
    // The pipeline: five actualized groups of May 2026 (500 room nights, 450 picked up: 10% wash), one
    // definite.
    EXPECT_TRUE(text.contains(QStringLiteral("Pipeline")));
    EXPECT_TRUE(text.contains(QStringLiteral("USD 5 500 100,000.00 0.00 0.00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("May 2027 USD 1 100 10,000.00 0.00 4,400.00")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("6 won (definite or actualized), 0 lost")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("May 2026 5 500 450 90% 10% Total 5 500 450 90% 10%")))
        << text.toStdString();
}
