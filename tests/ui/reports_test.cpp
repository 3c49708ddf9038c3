// The printed reports: built as documents, written as PDF, read back with poppler's pdftotext and pdfinfo.

#include "attrition/engine/engine.h"
#include "attrition/io/contract_json.h"
#include "democontracts.h"
#include "dialogs/letterheaddialog.h"
#include "models/assessmentmodel.h"
#include "reports/portfolioreport.h"
#include "reports/report.h"
#include "reports/reportoptions.h"
#include "reports/spreadsheets.h"
#include "session/contractdocument.h"
#include "style/theme.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "widget_test_support.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextTable>
#include <set>

using namespace attrition;
using namespace attrition::ui;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << QString::fromUtf8(p.readAllStandardError()).toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text of a PDF with every run of white space one space, so that wrapped lines still match.
QString pdfText(const QString& pdf) {
    // The fonts' ligatures are read back as one character each: "ﬁ" for "fi".
    return run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

QString pdfInfo(const QString& pdf, const QString& key) {
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(key), QRegularExpression::MultilineOption)
            .match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

int pages(const QString& pdf) {
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

QString squeeze(QString s) {
    return s.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}]+")), QStringLiteral(" "));
}

class ReportsTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(dir_.isValid());
    }
    QString path(const char* name) const { return dir_.filePath(QLatin1String(name)); }

    QTemporaryDir dir_;
    const ReportOptions options_{QDate(2027, 4, 2)};
};

} // namespace

TEST_F(ReportsTest, TheContractReportPrintsEveryLineAndTotalAndTheHostileNameLiterally) {
    Contract c = demo::cancelledGroup();
    c.groupName = "<img src=\"file:///etc/passwd\"> & <b>Sons</b>";
    const std::unique_ptr<Report> report = contractReport(c, options_);
    // The name is text in the document, never markup.
    EXPECT_TRUE(report->document()->toPlainText().contains(QString::fromStdString(c.groupName)));

    const QString pdf = path("cancelled.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=\"file:///etc/passwd\"> & <b>Sons</b>")))
        << text.toStdString();
    const Assessment a = assess(c);
    for (const AssessmentLine& line : a.lines) {
        const QString explanation = squeeze(messageText(line.explanation));
        EXPECT_TRUE(text.contains(explanation)) << explanation.toStdString();
    }
    for (const Money& m : {a.cancellation, a.subtotal, a.tax, a.totalOwed}) {
        EXPECT_TRUE(text.contains(formatMoney(m))) << formatMoney(m).toStdString();
    }
    // The totals' last row, read as laid out (the plain text's reading order may put a footer between).
    const QString laidOut =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(laidOut.contains(QRegularExpression(QStringLiteral("Net due\\s+18,680\\.00 USD"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Assessment under the cancellation clause")));
    EXPECT_TRUE(text.contains(QStringLiteral("91 to 180 days")));
    // Headers and footers on every page.
    const int n = pages(pdf);
    EXPECT_GE(n, 2);
    EXPECT_LE(n, 8);
    EXPECT_EQ(n, report->pageCount());
    for (int page = 1; page <= n; ++page) {
        EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(n))) << page;
    }
    EXPECT_EQ(text.count(QStringLiteral("Attrition and cancellation statement \u00b7 ") +
                         QString::fromStdString(c.reference)),
              n);
    EXPECT_TRUE(text.contains(QStringLiteral("Made Friday, April 2, 2027"))) << text.left(400).toStdString();
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("595 x 842")));
}

TEST_F(ReportsTest, TheLetterheadHeadsTheFirstPageAndSignsEveryFooter) {
    const Contract c = demo::cancelledGroup();
    // Without a letterhead: the contract's hotel in every footer, never the program.
    {
        const std::unique_ptr<Report> report = contractReport(c, options_);
        const QString pdf = path("plain.pdf");
        ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
        const QString text = pdfText(pdf);
        EXPECT_EQ(report->title(), QStringLiteral("Attrition and cancellation statement"));
        EXPECT_FALSE(text.contains(QStringLiteral("Attrition Desk"))) << text.toStdString();
        EXPECT_GE(text.count(QString::fromStdString(c.hotel)), pages(pdf));
        EXPECT_FALSE(text.contains(QStringLiteral("Payment terms")));
    }
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(20, 60, 120));
    const QString logoFile = path("logo.png");
    ASSERT_TRUE(logo.save(logoFile));
    ReportOptions options = options_;
    options.letterhead.title = QStringLiteral("Group damages statement");
    options.letterhead.hotel = QStringLiteral("Hotel Miramar Barcelona");
    options.letterhead.address = QStringLiteral("Passeig de Colom 12\n08002 Barcelona, Spain");
    options.letterhead.taxNumber = QStringLiteral("ESB12345678");
    options.letterhead.paymentTerms =
        QStringLiteral("Due within 30 days, by bank transfer to ES91 2100 0418.");
    options.letterhead.logoFile = logoFile;
    const std::unique_ptr<Report> report = contractReport(c, options);
    EXPECT_EQ(report->title(), QStringLiteral("Group damages statement"));
    const QString pdf = path("letterhead.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    const int n = pages(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Passeig de Colom 12 08002 Barcelona, Spain")))
        << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("Hotel Miramar Barcelona \u00b7 Tax number ESB12345678")), n)
        << "every footer";
    EXPECT_EQ(text.count(QStringLiteral("Group damages statement \u00b7 ")), n) << "every header";
    EXPECT_TRUE(text.contains(
        QStringLiteral("Payment terms: Due within 30 days, by bank transfer to ES91 2100 0418.")));
    EXPECT_TRUE(text.indexOf(QStringLiteral("Net due")) < text.indexOf(QStringLiteral("Payment terms")));
    // The logo is an image on the first page.
    const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    EXPECT_TRUE(images.contains(QRegularExpression(QStringLiteral("\\n\\s+1\\s+0\\s+image"))))
        << images.toStdString();

    // A logo that cannot be read is left out; the rest prints.
    options.letterhead.logoFile = path("missing.png");
    const QString without = path("without-logo.pdf");
    ASSERT_TRUE(contractReport(c, options)->writePdf(without, ReportPageSetup{}));
    EXPECT_TRUE(pdfText(without).contains(QStringLiteral("Tax number ESB12345678")));
}

TEST_F(ReportsTest, TheLetterheadIsKeptInTheSettings) {
    QSettings().remove(QStringLiteral("letterhead"));
    EXPECT_EQ(Letterhead::fromSettings(), Letterhead{});
    Letterhead l;
    l.title = QStringLiteral("  Statement  ");
    l.hotel = QStringLiteral("Hotel Miramar");
    l.address = QStringLiteral("Line 1\nLine 2");
    l.saveToSettings();
    Letterhead expected = l;
    expected.title = QStringLiteral("Statement");
    EXPECT_EQ(Letterhead::fromSettings(), expected);
    EXPECT_EQ(Letterhead::fromSettings().contractTitle(), QStringLiteral("Statement"));
    Letterhead{}.saveToSettings();
    EXPECT_EQ(Letterhead::fromSettings(), Letterhead{});
    EXPECT_EQ(Letterhead{}.contractTitle(), QStringLiteral("Attrition and cancellation statement"));
}

TEST_F(ReportsTest, TheLetterheadDialogTakesOnlyALogoItCanRead) {
    Letterhead start;
    start.hotel = QStringLiteral("Hotel Miramar");
    LetterheadDialog dialog(start);
    EXPECT_EQ(dialog.titleEdit()->placeholderText(), QStringLiteral("Attrition and cancellation statement"));
    dialog.addressEdit()->setPlainText(QStringLiteral("  Passeig de Colom 12\n08002 Barcelona  "));
    dialog.taxNumberEdit()->setText(QStringLiteral(" ESB12345678 "));
    const QString notAnImage = path("notes.png");
    {
        QFile f(notAnImage);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not an image");
    }
    const QString refused = dialog.useLogo(notAnImage);
    EXPECT_TRUE(refused.startsWith(QStringLiteral("notes.png cannot be used as a logo")))
        << refused.toStdString();
    EXPECT_TRUE(dialog.letterhead().logoFile.isEmpty());
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    ASSERT_TRUE(logo.save(path("logo.png")));
    EXPECT_TRUE(dialog.useLogo(path("logo.png")).isEmpty());
    EXPECT_FALSE(dialog.logoLabel()->pixmap().isNull());
    const Letterhead l = dialog.letterhead();
    EXPECT_EQ(l.hotel, QStringLiteral("Hotel Miramar"));
    EXPECT_EQ(l.address, QStringLiteral("Passeig de Colom 12\n08002 Barcelona"));
    EXPECT_EQ(l.taxNumber, QStringLiteral("ESB12345678"));
    EXPECT_EQ(l.logoFile, QFileInfo(path("logo.png")).absoluteFilePath());
}

namespace {

/// The texts of the assessment's group rows ("Attrition", "Cancellation"...), as the report shows them.
QStringList assessmentGroups(const Contract& c) {
    QStringList groups;
    const Results r = computeResults(c);
    if (!r.assessment) {
        return groups;
    }
    AssessmentModel model;
    model.setAssessment(r.assessment);
    for (int g = 0; g < model.rowCount(); ++g) {
        groups << model.index(g, AssessmentModel::DescriptionColumn).data().toString();
    }
    return groups;
}

struct GroupRows {
    int found = 0;           ///< group rows of a table in the report
    int atAPageTop = 0;      ///< of them, those that start a page after the first
    QStringList endingAPage; ///< the group rows on one page while the row under them is on the next
};

/// Where the painted report's group rows fell: each is found by its text in a filled table cell.
GroupRows groupRowsOf(const Report& report, const QStringList& groups) {
    GroupRows out;
    QTextDocument* doc = report.document();
    const qreal pageHeight = doc->pageSize().height();
    QAbstractTextDocumentLayout* layout = doc->documentLayout();
    const auto pageOf = [&](const QTextBlock& b) {
        return static_cast<int>(std::floor((layout->blockBoundingRect(b).top() + 0.5) / pageHeight));
    };
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        QTextTable* table = QTextCursor(b).currentTable();
        if (table == nullptr || !groups.contains(b.text())) {
            continue;
        }
        // A group row is filled; a table that only names the same items (the damages by kind) is not.
        const QTextTableCell cell = table->cellAt(b.position());
        if (cell.column() != 0 || cell.format().background().style() == Qt::NoBrush) {
            continue;
        }
        if (cell.row() + 1 >= table->rows()) {
            ADD_FAILURE() << "a group row without a row under it: " << b.text().toStdString();
            continue;
        }
        ++out.found;
        const QTextBlock under = table->cellAt(cell.row() + 1, 0).firstCursorPosition().block();
        const int page = pageOf(b);
        if (pageOf(under) != page) {
            out.endingAPage << b.text();
        }
        const QTextBlock before = table->cellAt(std::max(cell.row() - 1, 0), 0).firstCursorPosition().block();
        if (page > 0 && (cell.row() == 0 ? pageOf(b.previous()) : pageOf(before)) < page) {
            ++out.atAPageTop;
        }
    }
    return out;
}

/// The pages of the painted report on which no block of text, table cell or chart starts.
std::vector<int> emptyPages(const Report& report) {
    QTextDocument* doc = report.document();
    const qreal pageHeight = doc->pageSize().height();
    std::set<int> used;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QRectF r = doc->documentLayout()->blockBoundingRect(b);
        used.insert(static_cast<int>(std::floor((r.top() + 0.5) / pageHeight)));
        used.insert(static_cast<int>(std::floor((r.bottom() - 0.5) / pageHeight)));
    }
    std::vector<int> empty;
    for (int page = 0; page < report.pageCount(); ++page) {
        if (!used.contains(page)) {
            empty.push_back(page + 1);
        }
    }
    return empty;
}

} // namespace

TEST_F(ReportsTest, NoHeadingEndsAPageWithWhatItIntroducesOnTheNext) {
    std::vector<Contract> contracts{demo::associationMeeting(), demo::cancelledGroup(),
                                    demo::shoulderNights()};
    const QDir samples(QStringLiteral(ATTRITION_SAMPLES_DIR));
    for (const QString& name : samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const io::ReadResult read = io::readContractFile(samples.absoluteFilePath(name));
        ASSERT_TRUE(read.ok()) << name.toStdString();
        contracts.insert(contracts.end(), read.contracts.begin(), read.contracts.end());
    }
    ASSERT_GE(contracts.size(), 20U);
    Letterhead letterhead;
    letterhead.hotel = QStringLiteral("Hotel Miramar Barcelona");
    letterhead.address = QStringLiteral("Passeig de Colom 12\n08002 Barcelona, Spain");
    letterhead.paymentTerms = QStringLiteral("Due within 30 days, by bank transfer.");
    int pagesChecked = 0;
    int groupRows = 0;
    int groupRowsAtAPageTop = 0;
    for (const Contract& c : contracts) {
        const QStringList groups = assessmentGroups(c);
        for (const ReportPageSetup& paper : {ReportPageSetup{QPageSize::A4, QPageLayout::Portrait},
                                             ReportPageSetup{QPageSize::Letter, QPageLayout::Portrait},
                                             ReportPageSetup{QPageSize::A4, QPageLayout::Landscape}}) {
            for (const bool withLetterhead : {false, true}) {
                ReportOptions options = options_;
                if (withLetterhead) {
                    options.letterhead = letterhead;
                }
                const std::unique_ptr<Report> report = contractReport(c, options);
                QPrinter printer(QPrinter::HighResolution);
                printer.setOutputFormat(QPrinter::PdfFormat);
                printer.setOutputFileName(path("keep.pdf"));
                printer.setPageLayout(paper.pageLayout());
                pagesChecked += report->paint(&printer);
                EXPECT_TRUE(report->headingsEndingAPage().isEmpty())
                    << c.reference << ": "
                    << report->headingsEndingAPage().join(QStringLiteral(", ")).toStdString();
                EXPECT_EQ(emptyPages(*report), std::vector<int>{}) << c.reference << ": empty pages";
                // A group row of the assessment stays with the first row of its group.
                const GroupRows rows = groupRowsOf(*report, groups);
                EXPECT_TRUE(rows.endingAPage.isEmpty())
                    << c.reference << ": " << rows.endingAPage.join(QStringLiteral(", ")).toStdString();
                groupRows += rows.found;
                groupRowsAtAPageTop += rows.atAPageTop;
            }
        }
    }
    EXPECT_GT(pagesChecked, 200);
    EXPECT_GT(groupRows, 100);
    // Some group rows fall where a page breaks: the check above met that case.
    EXPECT_GT(groupRowsAtAPageTop, 0);
}

TEST_F(ReportsTest, AnAttritionReportShowsTermsPickupAndCharts) {
    const Contract c = demo::associationMeeting();
    const std::unique_ptr<Report> report = contractReport(c, options_);
    const QString pdf = path("association.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{QPageSize::Letter, QPageLayout::Portrait}));
    const QString text = pdfText(pdf);
    const Assessment a = assess(c);
    EXPECT_TRUE(text.contains(squeeze(formatMoneyWithCode(a.netDue)))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatMoney(a.totalOwed)));
    for (const AssessmentLine& line : a.lines) {
        EXPECT_TRUE(text.contains(squeeze(messageText(line.explanation))));
    }
    EXPECT_TRUE(text.contains(QStringLiteral("The contract's terms")));
    EXPECT_TRUE(text.contains(QStringLiteral("Performance level")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pickup per night")));
    EXPECT_TRUE(text.contains(QStringLiteral("Damages owed against pickup")));
    // The charts are vectors: their axis titles are text in the PDF.
    EXPECT_TRUE(text.contains(QStringLiteral("Pickup, % of the block")));
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
}

TEST_F(ReportsTest, LandscapePagesAreWiderThanTall) {
    const std::unique_ptr<Report> report = contractReport(demo::shoulderNights(), options_);
    const QString pdf = path("landscape.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{QPageSize::A4, QPageLayout::Landscape}));
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("842 x 595")));
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("2,640.00")));
}

TEST_F(ReportsTest, AnInvalidContractsReportListsItsProblems) {
    Contract c = demo::shoulderNights();
    c.reference.clear();
    const std::unique_ptr<Report> report = contractReport(c, options_);
    const QString pdf = path("invalid.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Reference: the contract reference is empty")));
}

TEST_F(ReportsTest, TheScenarioComparisonShowsEachScenarioAndItsDifference) {
    const Contract c = demo::shoulderNights();
    std::vector<Scenario> scenarios(2);
    scenarios[0].name = "Everyone comes <script>";
    scenarios[0].overrides.uniformPickup = Percent::fromPoints(100);
    scenarios[1].name = "Half";
    scenarios[1].overrides.uniformPickup = Percent::fromPoints(50);
    const std::unique_ptr<Report> report = scenarioReport(c, scenarios, options_);
    const QString pdf = path("scenarios.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Everyone comes <script>")));
    EXPECT_TRUE(text.contains(QStringLiteral("2,640.00")));  // the contract
    EXPECT_TRUE(text.contains(QStringLiteral("-2,640.00"))); // everyone comes: nothing owed
    const Assessment half = assess(c, scenarios[1].overrides);
    EXPECT_TRUE(text.contains(formatMoney(half.totalOwed)));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));

    const QByteArray csv = scenarioComparisonCsv(c, scenarios);
    EXPECT_TRUE(csv.contains("Figure,Currency,Contract,Everyone comes <script>,"));
    EXPECT_TRUE(csv.contains("Total owed,USD,2640.00,0.00,-2640.00,"));
}

TEST_F(ReportsTest, APortfolioRepeatsItsTableHeaderOnEveryPage) {
    PortfolioReportBuilder builder(QStringLiteral("Every contract"), options_);
    const std::vector<Contract> contracts = demo::portfolio();
    for (int round = 0; round < 8; ++round) {
        for (Contract c : contracts) {
            c.reference += std::to_string(round);
            builder.add(c);
        }
    }
    const std::unique_ptr<Report> report = builder.finish();
    const QString pdf = path("portfolio.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    const int n = pages(pdf);
    EXPECT_GE(n, 3);
    // The header row of the contracts table on each of its pages.
    EXPECT_GE(text.count(QStringLiteral("Group and hotel")), n - 1);
    EXPECT_TRUE(text.contains(QString::fromStdString(contracts.front().reference) + QStringLiteral("7")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(n)));
}

TEST_F(ReportsTest, ThePrintersOwnPagesAsThePrintPreviewGivesThem) {
    // File > Print paints the report on the QPrinter of the print preview; a PDF printer stands in for it.
    const std::unique_ptr<Report> report = contractReport(demo::associationMeeting(), options_);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = path("printer.pdf");
    printer.setOutputFileName(pdf);
    printer.setPageLayout(ReportPageSetup{QPageSize::Letter, QPageLayout::Portrait}.pageLayout());
    const int pages = report->paint(&printer);
    ASSERT_GT(pages, 1);
    EXPECT_EQ(pdfInfo(pdf, QStringLiteral("Pages")).toInt(), pages);
    EXPECT_TRUE(pdfInfo(pdf, QStringLiteral("Page size")).startsWith(QStringLiteral("612 x 792")));
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

TEST_F(ReportsTest, PageSetupIsKeptInTheSettings) {
    const ReportPageSetup letter{QPageSize::Letter, QPageLayout::Landscape};
    letter.saveToSettings();
    EXPECT_EQ(ReportPageSetup::fromSettings(), letter);
    ReportPageSetup{}.saveToSettings();
    EXPECT_EQ(ReportPageSetup::fromSettings(), ReportPageSetup{});
}

TEST_F(ReportsTest, TheAssessmentAsAWorkbook) {
    if (!xlsxAvailable()) {
        GTEST_SKIP() << "built without libxlsxwriter";
    }
    const QString xlsx = path("assessment.xlsx");
    ASSERT_TRUE(writeAssessmentXlsx(xlsx, demo::shoulderNights()));
    QFile f(xlsx);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK"); // a zip archive, as every XLSX workbook is
}

TEST(ThemeTest, LightAndDarkPalettesAreReadable) {
    applyTheme(Theme::Dark);
    EXPECT_TRUE(isDark(QApplication::palette()));
    EXPECT_GT(QApplication::palette().color(QPalette::Text).lightness(), 180);
    applyTheme(Theme::Light);
    EXPECT_FALSE(isDark(QApplication::palette()));
    EXPECT_LT(QApplication::palette().color(QPalette::Text).lightness(), 60);
}
