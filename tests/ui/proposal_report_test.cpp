// The group proposal: one page for the client, before the contract is signed, in the client's language.

#include "attrition/engine/engine.h"
#include "attrition/io/contract_json.h"
#include "democontracts.h"
#include "reports/report.h"
#include "reports/reportlanguage.h"
#include "reports/reportoptions.h"
#include "text/language.h"
#include "text/values.h"
#include "views/mainwindow.h"
#include "widget_test_support.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextDocument>

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

QString squeezed(QString s) {
    return s.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+")), QStringLiteral(" "));
}

QString pdfText(const QString& pdf) {
    return squeezed(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}))
        .replace(QChar(0xFB00), QStringLiteral("ff"))
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

int pdfPages(const QString& pdf) {
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s*(\\d+)")).match(run(QStringLiteral("pdfinfo"), {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

const QLocale kUs(QLocale::English, QLocale::UnitedStates);

/// What the group would owe in room attrition at `points`% pickup, as the engine assesses the contract as
/// proposed: every night at that share of its block, nothing recorded under the contract yet.
Money engineDamages(Contract c, int points) {
    c.pickup.clear();
    c.auditCredits.clear();
    c.resale.clear();
    c.occupancy.clear();
    c.reductions.clear();
    c.deposits.clear();
    c.cancellationNotice.reset();
    ScenarioOverrides o;
    o.uniformPickup = Percent::fromPoints(points);
    o.withoutCancellation = true;
    return assess(c, o).rooms;
}

Money roomRevenue(const Contract& c) {
    Money total = Money::zero(c.currency);
    for (const BlockEntry& e : c.block) {
        total += e.rate * e.rooms;
    }
    return total;
}

Letterhead miramar(const QString& logo = {}) {
    Letterhead l;
    l.hotel = QStringLiteral("Hotel Miramar Barcelona");
    l.address = QStringLiteral("Passeig de Colom 12\n08002 Barcelona, Spain");
    l.taxNumber = QStringLiteral("ESB12345678");
    l.paymentTerms = QStringLiteral("Due within 30 days, by bank transfer.");
    l.logoFile = logo;
    return l;
}

/// 14 nights of 4 room types, the rooms changing every night: a block that cannot be shown night by night
/// on one page.
Contract longStay() {
    Contract c = demo::associationMeeting();
    c.reference = "GRP-27-LONG";
    c.groupName = "International Congress of Marine Biology 2027";
    c.status = ContractStatus::Tentative;
    c.departure = c.arrival.addDays(14);
    c.block.clear();
    c.pickup.clear();
    c.reductions.clear();
    c.auditCredits.clear();
    c.resale.clear();
    c.occupancy.clear();
    const char* types[] = {"Deluxe King", "Deluxe Double", "Junior Suite", "Executive Suite"};
    const char* rates[] = {"219.00", "209.00", "329.00", "489.00"};
    for (int t = 0; t < 4; ++t) {
        for (int n = 0; n < 14; ++n) {
            const int rooms = (t == 3 ? 4 : 60 - t * 15) + (n * 7 + t * 3) % 11;
            c.block.push_back(BlockEntry{c.arrival.addDays(n), types[t], rooms,
                                         demo::money(n >= 10 ? "199.00" : rates[t], c.currency)});
        }
    }
    return c;
}

class ProposalTest : public ::testing::Test {
protected:
    void SetUp() override {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
        ASSERT_TRUE(dir_.isValid());
    }
    void TearDown() override {
        setReportLanguageSetting(QString());
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
    }
    QString path(const char* name) const { return dir_.filePath(QLatin1String(name)); }

    QTemporaryDir dir_;
    const ReportOptions options_{QDate(2027, 4, 2)};
};

} // namespace

TEST_F(ProposalTest, TheProposalStatesTheOfferAndNoneOfTheHotelsOwnFigures) {
    Contract c = demo::associationMeeting();
    c.status = ContractStatus::Tentative;
    ReportOptions options = options_;
    options.letterhead = miramar();
    const std::unique_ptr<Report> report = proposalReport(c, options);
    EXPECT_EQ(report->title(), QStringLiteral("Group proposal"));
    const QString pdf = path("proposal.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    EXPECT_EQ(report->pageCount(), 1);
    EXPECT_EQ(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("Group proposal"), QString::fromStdString(c.groupName),
          QString::fromStdString(c.account), QStringLiteral("Passeig de Colom 12"), formatDate(c.arrival),
          squeezed(formatMoney(roomRevenue(c))), squeezed(formatMoney(c.foodBeverage.minimum)),
          squeezed(formatMoney(c.meetingRoom.rental)), QStringLiteral("Performance level"),
          QStringLiteral("If the group cancels"), QStringLiteral("Valid until Friday, April 16, 2027"),
          QStringLiteral("This proposal is valid until Friday, April 16, 2027"),
          QStringLiteral("Name and title"), QStringLiteral("Signature and date"),
          QStringLiteral("Accepted for ASCN"), QStringLiteral("For Hotel Miramar Barcelona")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    }
    // The illustration: the engine's figures at 100%, 90%, 80% and 70% pickup, to the cent.
    for (const int points : {100, 90, 80, 70}) {
        const QString damages = squeezed(formatMoney(engineDamages(c, points)));
        EXPECT_TRUE(text.contains(damages)) << points << "%: " << damages.toStdString();
    }
    EXPECT_TRUE(squeezed(report->document()->toPlainText())
                    .contains(QStringLiteral("Pickup of the block 100% 90% 80% 70%")));
    // Client-facing: none of the hotel's quote figures, nothing of a statement.
    for (const QString& hidden :
         {QStringLiteral("isplace"), QStringLiteral("Net value"), QStringLiteral("reak-even"),
          QStringLiteral("reak even"), QStringLiteral("Net due"), QStringLiteral("Pickup per night"),
          QStringLiteral("Actual spend"), QStringLiteral("Deposit")}) {
        EXPECT_FALSE(text.contains(hidden, Qt::CaseInsensitive)) << hidden.toStdString();
    }
}

TEST_F(ProposalTest, TheIllustrationIsTheEnginesToTheCent) {
    // Worked example A, night by night: the shoulder nights cost even when the peak is full.
    Contract c = demo::shoulderNights();
    c.attrition.method = AttritionMethod::NightByNight;
    const std::unique_ptr<Report> report = proposalReport(c, options_);
    const QString plain = squeezed(report->document()->toPlainText());
    QStringList figures;
    for (const int points : {100, 90, 80, 70}) {
        figures << squeezed(formatMoney(engineDamages(c, points)));
    }
    EXPECT_EQ(figures.front(), QStringLiteral("0.00"));
    EXPECT_NE(figures.back(), QStringLiteral("0.00"));
    EXPECT_TRUE(plain.contains(QStringLiteral("Attrition damages, USD ") + figures.join(QLatin1Char(' '))))
        << plain.toStdString();
    // Nothing recorded under the contract counts: its pickup of 210 room nights is not the illustration's.
    EXPECT_TRUE(plain.contains(QStringLiteral("Room nights picked up 240 216 192 168")))
        << plain.toStdString();
}

TEST_F(ProposalTest, ValidUntilIsTheCallersDateOrFourteenDaysAfterItIsMade) {
    EXPECT_EQ(options_.proposalValidUntil(), QDate(2027, 4, 16));
    ReportOptions options = options_;
    options.validUntil = QDate(2027, 5, 1);
    EXPECT_EQ(options.proposalValidUntil(), QDate(2027, 5, 1));
    const QString plain =
        squeezed(proposalReport(demo::shoulderNights(), options)->document()->toPlainText());
    EXPECT_TRUE(plain.contains(QStringLiteral("This proposal is valid until Saturday, May 1, 2027")))
        << plain.toStdString();
    EXPECT_FALSE(plain.contains(QStringLiteral("April 16, 2027")));
}

TEST_F(ProposalTest, EverySampleAndDemoContractFitsOnePageOnA4AndLetterInEveryLanguage) {
    std::vector<Contract> contracts = demo::portfolio();
    contracts.push_back(demo::shoulderNights());
    const QDir samples(QStringLiteral(ATTRITION_SAMPLES_DIR));
    for (const QString& name : samples.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const io::ReadResult read = io::readContractFile(samples.absoluteFilePath(name));
        ASSERT_TRUE(read.ok()) << name.toStdString();
        contracts.insert(contracts.end(), read.contracts.begin(), read.contracts.end());
    }
    contracts.push_back(longStay());
    ASSERT_GE(contracts.size(), 30U);
    QImage logo(240, 80, QImage::Format_RGB32);
    logo.fill(QColor(20, 60, 120));
    ASSERT_TRUE(logo.save(path("logo.png")));
    int checked = 0;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("it")}) {
        for (const bool withLetterhead : {false, true}) {
            for (const Contract& c : contracts) {
                std::unique_ptr<Report> report;
                {
                    const ReportLanguage in(language);
                    ReportOptions options = options_;
                    if (withLetterhead) {
                        options.letterhead = miramar(path("logo.png"));
                    }
                    report = proposalReport(c, options);
                }
                for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
                    QPrinter printer(QPrinter::HighResolution);
                    printer.setOutputFormat(QPrinter::PdfFormat);
                    printer.setOutputFileName(path("fit.pdf"));
                    printer.setPageLayout(ReportPageSetup{size, QPageLayout::Portrait}.pageLayout());
                    EXPECT_EQ(report->paint(&printer), 1) << c.reference << " " << language.toStdString()
                                                          << (withLetterhead ? " letterhead " : " ")
                                                          << (size == QPageSize::A4 ? "A4" : "Letter");
                    EXPECT_EQ(report->pageCount(), 1);
                    EXPECT_TRUE(report->headingsEndingAPage().isEmpty())
                        << c.reference << ": "
                        << report->headingsEndingAPage().join(QStringLiteral(", ")).toStdString();
                    ++checked;
                }
            }
        }
    }
    EXPECT_EQ(checked, static_cast<int>(contracts.size()) * 12);
}

TEST_F(ProposalTest, ALongStayIsSummarisedByRoomTypeToFitOnePage) {
    const Contract c = longStay();
    ReportOptions options = options_;
    options.letterhead = miramar();
    const std::unique_ptr<Report> report = proposalReport(c, options);
    const QString pdf = path("long.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{QPageSize::Letter, QPageLayout::Portrait}));
    EXPECT_EQ(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    // A row per room type with its nights and the range of its rooms and rates, not a row per night.
    EXPECT_TRUE(text.contains(QStringLiteral("Rooms a night"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("rooms at rate")));
    for (const char* type : {"Deluxe King", "Deluxe Double", "Junior Suite", "Executive Suite"}) {
        EXPECT_EQ(text.count(QLatin1String(type)), 1) << type;
    }
    EXPECT_TRUE(text.contains(squeezed(formatMoney(roomRevenue(c))))) << text.toStdString();
    std::int64_t nights = 0;
    for (const BlockEntry& e : c.block) {
        nights += e.rooms;
    }
    EXPECT_TRUE(text.contains(formatCount(nights)));
    EXPECT_TRUE(text.contains(
        QStringLiteral("%1 \u2013 %2").arg(formatNight(c.arrival), formatNight(c.departure.addDays(-1)))))
        << text.toStdString();
    for (const int points : {90, 80, 70}) {
        EXPECT_TRUE(text.contains(squeezed(formatMoney(engineDamages(c, points))))) << points;
    }

    // A short stay keeps its night-by-night grid.
    const QString grid =
        squeezed(proposalReport(demo::associationMeeting(), options_)->document()->toPlainText());
    EXPECT_TRUE(grid.contains(QStringLiteral("rooms at rate"))) << grid.toStdString();
}

TEST_F(ProposalTest, InSpanishWithTheClientsNotation) {
    Contract c = demo::associationMeeting();
    c.status = ContractStatus::Prospect;
    std::unique_ptr<Report> report;
    {
        const ReportLanguage language(QStringLiteral("es"));
        report = proposalReport(c, options_);
    }
    EXPECT_EQ(installedLanguage(), QStringLiteral("en"));
    const QString pdf = path("es.pdf");
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    EXPECT_EQ(pdfPages(pdf), 1);
    const QString text = pdfText(pdf);
    const QLocale spain(QLocale::Spanish, QLocale::Spain);
    EXPECT_TRUE(text.contains(squeezed(formatMoney(roomRevenue(c), spain)))) << text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(formatMoney(engineDamages(c, 70), spain))));
    EXPECT_TRUE(text.contains(QStringLiteral("Página 1 de 1")));
    // The clause in the statement's Spanish words.
    EXPECT_TRUE(text.contains(
        QStringLiteral("La penalización por deserción de habitaciones es una indemnización pactada")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Room attrition damages are liquidated damages")));
}

TEST_F(ProposalTest, TheWindowExportsTheProposalOfTheOpenContract) {
    QSettings().remove(QStringLiteral("letterhead"));
    MainWindow window;
    QAction* proposal = window.proposalAction();
    ASSERT_NE(proposal, nullptr);
    EXPECT_TRUE(proposal->isEnabled());
    EXPECT_EQ(proposal->text(), QStringLiteral("Export Propos&al as PDF\u2026"));
    QMenu* file = window.menuBar()->actions().value(0)->menu();
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->actions().contains(proposal));
    // A slot other pages can call.
    EXPECT_GE(window.metaObject()->indexOfSlot("exportProposal()"), 0);

    setReportLanguageSetting(QStringLiteral("es"));
    const QString pdf = path("window.pdf");
    ASSERT_TRUE(window.exportProposalTo(pdf));
    EXPECT_EQ(pdfPages(pdf), 1);
    EXPECT_TRUE(pdfText(pdf).contains(QStringLiteral("Página 1 de 1")));
    EXPECT_EQ(installedLanguage(), QStringLiteral("en")) << "the window keeps its language";
}
