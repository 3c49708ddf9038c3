// attrition-cli report: PDF files written headless, read back with poppler's pdftotext and pdfinfo.

#include "cli_test_support.h"

#include <QFile>
#include <QJsonArray>
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

/// The PDF's text as read in order and, after it, as laid out on the page (a row of a table stays on one
/// line there), each run of white space one space.
QString pdfTextBothWays(const QString& pdf) {
    QString both = tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}) + QLatin1Char('\n') +
                   tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    return both.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "));
}

QString pdfText(const QString& pdf) {
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "));
}

QString pdfInfo(const QString& pdf) {
    return tool(QStringLiteral("pdfinfo"), {pdf});
}

/// Without a display: the report command must choose the offscreen platform itself.
QProcessEnvironment headless() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

} // namespace

TEST(CliReportTest, AContractFileBecomesAPdfReport) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("e.pdf"));
    const CliRun r = cli({QStringLiteral("report"), sample("example-e-cancellation.json"),
                          QStringLiteral("--pdf"), pdf, QStringLiteral("--locale"), QStringLiteral("en_US")},
                         headless());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Attrition and cancellation statement")));
    EXPECT_TRUE(text.contains(QStringLiteral("28,680.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("18,680.00 USD")));
    EXPECT_TRUE(text.contains(QStringLiteral("the 91 to 180 days tier applies")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("(A4)")));
}

TEST(CliReportTest, TheLocaleChoosesTheReportsLanguage) {
    QTemporaryDir dir;
    struct Case {
        const char* locale;
        QStringList expected;
    };
    const Case cases[] = {
        {"es_ES",
         {QStringLiteral("Liquidación por deserción y cancelación"), QStringLiteral("28.680,00"),
          QStringLiteral("Neto a pagar 18.680,00 USD"), QStringLiteral("se aplica el tramo de 91 a 180 días"),
          QStringLiteral("Página 1 de")}},
        {"it_IT",
         {QStringLiteral("Rendiconto di attrito e cancellazione"), QStringLiteral("28.680,00"),
          QStringLiteral("Netto dovuto 18.680,00 USD"),
          QStringLiteral("si applica lo scaglione da 91 a 180 giorni"), QStringLiteral("Pagina 1 di")}},
    };
    for (const Case& k : cases) {
        const QString pdf = dir.filePath(QLatin1String(k.locale) + QStringLiteral(".pdf"));
        const CliRun r =
            cli({QStringLiteral("report"), sample("example-e-cancellation.json"), QStringLiteral("--pdf"),
                 pdf, QStringLiteral("--locale"), QLatin1String(k.locale)},
                headless());
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString text = pdfTextBothWays(pdf);
        for (const QString& e : k.expected) {
            EXPECT_TRUE(text.contains(e)) << k.locale << ": " << e.toStdString() << "\n"
                                          << text.toStdString();
        }
        EXPECT_FALSE(text.contains(QStringLiteral("Attrition and cancellation statement"))) << k.locale;
    }
}

TEST(CliReportTest, LetterAndLandscape) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    const CliRun r =
        cli({QStringLiteral("report"), sample("example-a-night-by-night.json"), QStringLiteral("--pdf"), pdf,
             QStringLiteral("--page"), QStringLiteral("letter"), QStringLiteral("--landscape")},
            headless());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfInfo(pdf).contains(QStringLiteral("792 x 612 pts (letter)")))
        << pdfInfo(pdf).toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("2,640.00")));
}

TEST(CliReportTest, UsageProblems) {
    QTemporaryDir dir;
    EXPECT_EQ(cli({QStringLiteral("report"), sample("example-a-cumulative.json")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("report"), sample("example-a-cumulative.json"), QStringLiteral("--pdf"),
                   dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--page"), QStringLiteral("a5")})
                  .exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--pdf"),
                   dir.filePath(QStringLiteral("x.pdf"))})
                  .exitCode,
              2);
    const CliRun missing = cli({QStringLiteral("report"), dir.filePath(QStringLiteral("none.json")),
                                QStringLiteral("--pdf"), dir.filePath(QStringLiteral("x.pdf"))},
                               headless());
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST(CliReportTest, TheBatchWritesOnePdfPerContractInTheFilter) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("contracts.sqlite"));
    QStringList import{QStringLiteral("import")};
    import << jsonFilesIn(ATTRITION_SAMPLES_DIR) << QStringLiteral("--database") << db;
    ASSERT_EQ(cli(import).exitCode, 0);

    const QString out = dir.filePath(QStringLiteral("reports"));
    const CliRun r =
        cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--status"),
             QStringLiteral("cancelled,actualized"), QStringLiteral("--arriving-from"),
             QStringLiteral("2027-06-01"), QStringLiteral("--arriving-to"), QStringLiteral("2027-06-30"),
             QStringLiteral("--out-dir"), out, QStringLiteral("--database"), db},
            headless());
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const CliRun listed =
        cli({QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("cancelled,actualized"),
             QStringLiteral("--arriving-from"), QStringLiteral("2027-06-01"), QStringLiteral("--arriving-to"),
             QStringLiteral("2027-06-30"), QStringLiteral("--json"), QStringLiteral("--database"), db});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray rows = json(listed).value(QStringLiteral("contracts")).toArray();
    ASSERT_GT(rows.size(), 1);
    const QStringList files = QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files);
    EXPECT_EQ(files.size(), rows.size());
    for (const QJsonValue& row : rows) {
        const QString reference = row.toObject().value(QStringLiteral("reference")).toString();
        const QString pdf = QDir(out).filePath(reference + QStringLiteral(".pdf"));
        ASSERT_TRUE(QFile::exists(pdf)) << reference.toStdString();
        EXPECT_TRUE(pdfText(pdf).contains(reference));
    }
    EXPECT_TRUE(r.err.contains(QStringLiteral("report: %1 of %1").arg(rows.size()))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("wrote %1 PDF files").arg(rows.size())));

    const QString portfolio = dir.filePath(QStringLiteral("portfolio.pdf"));
    ASSERT_EQ(cli({QStringLiteral("report"), QStringLiteral("--portfolio"), QStringLiteral("--pdf"),
                   portfolio, QStringLiteral("--database"), db},
                  headless())
                  .exitCode,
              0);
    const QString text = pdfText(portfolio);
    EXPECT_TRUE(text.contains(QStringLiteral("Contracts and their exposure")));
    for (const QJsonValue& row : rows) {
        EXPECT_TRUE(text.contains(row.toObject().value(QStringLiteral("reference")).toString()));
    }
}

namespace {

/// A PDF with what makes two writings of the same document differ taken out: the creation date (in the
/// information dictionary and the XMP metadata) and the document's identifiers, which are new each time.
QByteArray withoutDateAndIds(const QString& pdf) {
    QFile file(pdf);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << pdf.toStdString();
    QString bytes = QString::fromLatin1(file.readAll());
    bytes.replace(QRegularExpression(QStringLiteral("D:[0-9]{14}[^)]*")), QStringLiteral("D:"));
    bytes.replace(QRegularExpression(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9:]+)?")),
                  QStringLiteral("DATE"));
    bytes.replace(QRegularExpression(QStringLiteral("uuid:[0-9a-fA-F-]+")), QStringLiteral("uuid:"));
    bytes.replace(QRegularExpression(QStringLiteral("/ID *\\[ *<[0-9a-fA-F]*> *<[0-9a-fA-F]*> *\\]")),
                  QStringLiteral("/ID"));
    return bytes.toLatin1();
}

QString importedSamples(const QTemporaryDir& dir) {
    const QString db = dir.filePath(QStringLiteral("contracts.sqlite"));
    QStringList import{QStringLiteral("import")};
    import << jsonFilesIn(ATTRITION_SAMPLES_DIR) << QStringLiteral("--database") << db;
    EXPECT_EQ(cli(import).exitCode, 0);
    return db;
}

} // namespace

TEST(CliReportTest, TheBatchWritesTheSameFilesWithAnyNumberOfJobs) {
    QTemporaryDir dir;
    const QString db = importedSamples(dir);
    const QString one = dir.filePath(QStringLiteral("one"));
    const QString three = dir.filePath(QStringLiteral("three"));
    const CliRun alone = cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
                              one, QStringLiteral("--jobs"), QStringLiteral("1"), QStringLiteral("--made-on"),
                              QStringLiteral("2027-01-15"), QStringLiteral("--database"), db},
                             headless());
    ASSERT_EQ(alone.exitCode, 0) << alone.err.toStdString();
    const CliRun spread = cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
                               three, QStringLiteral("--jobs=3"), QStringLiteral("--made-on"),
                               QStringLiteral("2027-01-15"), QStringLiteral("--database"), db},
                              headless());
    ASSERT_EQ(spread.exitCode, 0) << spread.err.toStdString();

    const QStringList files = QDir(one).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    ASSERT_GT(files.size(), 3);
    EXPECT_EQ(QDir(three).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name), files);
    for (const QString& name : files) {
        const QString a = QDir(one).filePath(name);
        const QString b = QDir(three).filePath(name);
        EXPECT_EQ(withoutDateAndIds(a).size(), withoutDateAndIds(b).size()) << name.toStdString();
        const QRegularExpression pages(QStringLiteral("Pages: *([0-9]+)"));
        EXPECT_EQ(pages.match(pdfInfo(a)).captured(1), pages.match(pdfInfo(b)).captured(1))
            << name.toStdString();
        EXPECT_EQ(pdfText(a), pdfText(b)) << name.toStdString();
    }
    // The progress counts the reports of every process, up to the whole batch, once each.
    const QString last = QStringLiteral("report: %1 of %1").arg(files.size());
    EXPECT_EQ(spread.err.count(last), 1) << spread.err.toStdString();
    EXPECT_TRUE(spread.err.contains(QStringLiteral("wrote %1 PDF files").arg(files.size())))
        << spread.err.toStdString();
    EXPECT_TRUE(alone.err.contains(last)) << alone.err.toStdString();
}

TEST(CliReportTest, AReportThatCannotBeWrittenFailsTheBatchWithAnyNumberOfJobs) {
    QTemporaryDir dir;
    const QString db = importedSamples(dir);
    const CliRun listed =
        cli({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--database"), db});
    ASSERT_EQ(listed.exitCode, 0);
    const QJsonArray rows = json(listed).value(QStringLiteral("contracts")).toArray();
    ASSERT_GT(rows.size(), 3);
    const QString reference = rows.at(2).toObject().value(QStringLiteral("reference")).toString();
    for (const QString& jobs : {QStringLiteral("1"), QStringLiteral("2")}) {
        const QString out = dir.filePath(QStringLiteral("reports-") + jobs);
        // A folder where the report's file should go: the report cannot be written.
        ASSERT_TRUE(QDir().mkpath(QDir(out).filePath(reference + QStringLiteral(".pdf"))));
        const CliRun r = cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
                              out, QStringLiteral("--jobs"), jobs, QStringLiteral("--database"), db},
                             headless());
        EXPECT_EQ(r.exitCode, 1) << jobs.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(reference)) << r.err.toStdString();
        EXPECT_FALSE(r.err.contains(QStringLiteral("wrote "))) << r.err.toStdString();
    }
    EXPECT_EQ(cli({QStringLiteral("report"), QStringLiteral("--all"), QStringLiteral("--out-dir"),
                   dir.filePath(QStringLiteral("x")), QStringLiteral("--jobs"), QStringLiteral("0"),
                   QStringLiteral("--database"), db},
                  headless())
                  .exitCode,
              2);
}
