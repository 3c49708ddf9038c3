// attrition-cli proposal: the one-page group proposal written headless, read back with poppler's pdftotext
// and pdfinfo.

#include "cli_test_support.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

QString tool(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << QString::fromUtf8(p.readAllStandardError()).toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf) {
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+")), QStringLiteral(" "));
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

} // namespace

TEST(CliProposalTest, AContractFileBecomesAOnePageProposal) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("proposal.pdf"));
    const CliRun r =
        cli({QStringLiteral("proposal"), sample("tentative-pickup-to-date.json"), QStringLiteral("--pdf"),
             pdf, QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--locale"),
             QStringLiteral("en_US"), QStringLiteral("--made-on"), QStringLiteral("2027-01-15")},
            headless(dir));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Group proposal"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("valid until Friday, January 29, 2027"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Pickup of the block")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of 1")));
    EXPECT_FALSE(text.contains(QStringLiteral("Net due")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("valid until 2027-01-29"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1 page"))) << r.err.toStdString();
}

TEST(CliProposalTest, TheLanguageValidUntilAndPaperAreTheCallers) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("es.pdf"));
    const CliRun r =
        cli({QStringLiteral("proposal"), sample("example-d-meeting-room-scale.json"), QStringLiteral("--pdf"),
             pdf, QStringLiteral("--language"), QStringLiteral("es"), QStringLiteral("--valid-until"),
             QStringLiteral("2027-03-31"), QStringLiteral("--page"), QStringLiteral("letter")},
            headless(dir));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("612 x 792 pts (letter)")))
        << pdfInfo(pdf).toStdString();
    const QString text = pdfText(pdf);
    // Spanish in Spain's notation: the date and the footer.
    EXPECT_TRUE(text.contains(QStringLiteral("31 de marzo de 2027"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Página 1 de 1"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Page 1 of 1")));
    // A contract already signed is written too, with a warning (in the language asked for) that a proposal is
    // for a group not yet signed.
    EXPECT_TRUE(r.err.contains(QStringLiteral("aviso: EX-D-2027"))) << r.err.toStdString();
}

TEST(CliProposalTest, AStoredContractByReference) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("contracts.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("import"), sample("tentative-pickup-to-date.json"),
                   QStringLiteral("--database"), db})
                  .exitCode,
              0);
    QFile file(sample("tentative-pickup-to-date.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString reference =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("reference")).toString();
    ASSERT_FALSE(reference.isEmpty());
    const QString pdf = dir.filePath(QStringLiteral("stored.pdf"));
    const CliRun r =
        cli({QStringLiteral("proposal"), QStringLiteral("--db"), reference, QStringLiteral("--pdf"), pdf,
             QStringLiteral("--database"), db, QStringLiteral("--language"), QStringLiteral("it")},
            headless(dir));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pages(pdf), 1);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(reference));
    EXPECT_TRUE(text.contains(QStringLiteral("Pagina 1 di 1"))) << text.toStdString();
}

TEST(CliProposalTest, UsageProblemsAndHelp) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("x.pdf"));
    const QString file = sample("tentative-pickup-to-date.json");
    EXPECT_EQ(cli({QStringLiteral("proposal"), file}).exitCode, 2) << "no --pdf";
    EXPECT_EQ(cli({QStringLiteral("proposal"), QStringLiteral("--pdf"), pdf}).exitCode, 2) << "no contract";
    const CliRun language = cli({QStringLiteral("proposal"), file, QStringLiteral("--pdf"), pdf,
                                 QStringLiteral("--language"), QStringLiteral("fr")});
    EXPECT_EQ(language.exitCode, 2);
    EXPECT_TRUE(language.err.contains(QStringLiteral("--language"))) << language.err.toStdString();
    const CliRun until = cli({QStringLiteral("proposal"), file, QStringLiteral("--pdf"), pdf,
                              QStringLiteral("--valid-until"), QStringLiteral("31/03/2027")});
    EXPECT_EQ(until.exitCode, 2);
    EXPECT_TRUE(until.err.contains(QStringLiteral("--valid-until"))) << until.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("proposal"), file, QStringLiteral("--pdf"), pdf, QStringLiteral("--page"),
                   QStringLiteral("a5")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(pdf));
    const CliRun missing = cli(
        {QStringLiteral("proposal"), dir.filePath(QStringLiteral("none.json")), QStringLiteral("--pdf"), pdf},
        headless(dir));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(pdf));

    const CliRun help = cli({QStringLiteral("proposal"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* word : {"attrition-cli proposal FILE.json|--db REF --pdf OUT.pdf", "--valid-until",
                             "--language", "--database", "one-page group proposal"}) {
        EXPECT_TRUE(help.out.contains(QLatin1String(word))) << word << "\n" << help.out.toStdString();
    }
    EXPECT_TRUE(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("attrition-cli proposal")));
}
