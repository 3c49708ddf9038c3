// The pickup reminder: one page for the client, in the client's language, with the engine's figures and none
// of the hotel's internal ones. And the portfolio's pages of groups at risk and of the pipeline.

#include "attrition/engine/engine.h"
#include "democontracts.h"
#include "reports/contractterms.h"
#include "reports/portfolioreport.h"
#include "reports/report.h"
#include "reports/reportlanguage.h"
#include "reports/reportoptions.h"
#include "session/outlook.h"
#include "text/language.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "widget_test_support.h"

#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <algorithm>
#include <cmath>

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

/// The association meeting still to arrive, on 2027-03-20: 50 days out, half its block reserved, a review
/// date and the cutoff ahead.
Contract upcomingMeeting() {
    Contract c = demo::associationMeeting();
    c.status = ContractStatus::Definite;
    c.auditCredits.clear();
    c.resale.clear();
    c.deposits.clear();
    c.foodBeverage.actualSpend = Money::zero(c.currency);
    c.pickup.clear();
    for (const BlockEntry& e : c.block) {
        c.pickup.push_back(PickupEntry{e.night, e.roomType, e.rooms / 2});
    }
    return c;
}

/// 14 nights of 3 room types: a stay the letter summarises by room type.
Contract longStay() {
    Contract c = upcomingMeeting();
    c.reference = "GRP-27-LONG";
    c.groupName = "International Congress of Marine Biology 2027";
    c.departure = c.arrival.addDays(14);
    c.block.clear();
    c.pickup.clear();
    const char* types[] = {"Deluxe King", "Deluxe Double", "Junior Suite"};
    for (int t = 0; t < 3; ++t) {
        for (int n = 0; n < 14; ++n) {
            const int rooms = 60 - t * 15 + (n * 7 + t * 3) % 11;
            c.block.push_back(
                BlockEntry{c.arrival.addDays(n), types[t], rooms, demo::money("219.00", c.currency)});
            c.pickup.push_back(PickupEntry{c.arrival.addDays(n), types[t], rooms * 2 / 3});
        }
    }
    return c;
}

const Date kToday = demo::date("2027-03-20");

/// The forward look as the window computes it, without a database: the default curve and range.
Outlook outlookOf(const Contract& c) {
    Forecaster forecaster;
    forecaster.setToday(kToday);
    return forecaster.outlook(c);
}

/// What the engine assesses at `pickup` per night and room type, tax included, the F&B minimum met.
Money engineOwed(Contract c, const std::vector<PickupEntry>& pickup) {
    c.pickup = pickup;
    ScenarioOverrides o;
    o.foodBeverageSpend = c.foodBeverage.minimum;
    o.withoutCancellation = true;
    return assess(c, o).totalOwed;
}

/// The forecast per night in whole rooms, half up.
std::vector<PickupEntry> forecastPerNight(const Outlook& o) {
    std::vector<PickupEntry> pickup;
    for (const forecast::NightForecast& n : o.forecast.nights) {
        pickup.push_back(
            PickupEntry{n.night, n.roomType, static_cast<std::int32_t>(std::floor(n.expected + 0.5))});
    }
    return pickup;
}

Letterhead miramar() {
    Letterhead l;
    l.hotel = QStringLiteral("Hotel Miramar Barcelona");
    l.address = QStringLiteral("Passeig de Colom 12\n08002 Barcelona, Spain");
    l.taxNumber = QStringLiteral("ESB12345678");
    return l;
}

class ReminderLetterTest : public ::testing::Test {
protected:
    void SetUp() override {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
        ASSERT_TRUE(dir_.isValid());
        options_.letterhead = miramar();
    }
    void TearDown() override {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
    }
    QString path(const QString& name) const { return dir_.filePath(name); }

    QTemporaryDir dir_;
    ReportOptions options_{QDate(2027, 3, 20)};
};

} // namespace

TEST_F(ReminderLetterTest, TheLetterFitsOnePageOfA4AndLetterInEveryLanguage) {
    for (const Contract& c : {upcomingMeeting(), longStay()}) {
        const Outlook outlook = outlookOf(c);
        ASSERT_TRUE(outlook.ready) << outlook.unavailable.toStdString();
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("it")}) {
            const ReportLanguage inLanguage(language);
            const std::unique_ptr<Report> letter = pickupReminderLetter(c, outlook, options_);
            for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
                const QString pdf = path(QStringLiteral("%1-%2-%3.pdf")
                                             .arg(QString::fromStdString(c.reference), language)
                                             .arg(static_cast<int>(size)));
                ASSERT_TRUE(letter->writePdf(pdf, ReportPageSetup{size, QPageLayout::Portrait}));
                EXPECT_EQ(letter->pageCount(), 1) << c.reference << " " << language.toStdString();
                EXPECT_EQ(pdfPages(pdf), 1) << c.reference << " " << language.toStdString();
                EXPECT_TRUE(letter->headingsEndingAPage().isEmpty());
            }
        }
    }
}

TEST_F(ReminderLetterTest, TheAmountsAreTheEnginesToTheCent) {
    const Contract c = upcomingMeeting();
    const Outlook outlook = outlookOf(c);
    ASSERT_TRUE(outlook.ready);
    const Money atPace = engineOwed(c, forecastPerNight(outlook));
    const Money today = engineOwed(c, c.pickup);
    // The forecast's own figure is the engine's at the forecast final pickup, and so is the letter's.
    EXPECT_EQ(outlook.risk.atExpectedPickup, atPace);
    EXPECT_EQ(owedAtPickupToDate(c), today);
    EXPECT_TRUE(today.isPositive());
    std::int64_t expected = 0;
    for (const PickupEntry& p : forecastPerNight(outlook)) {
        expected += p.rooms;
    }
    const QString pdf = path(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(pickupReminderLetter(c, outlook, options_)->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(
        text.contains(squeezed(QStringLiteral("we expect about %1 room nights").arg(formatCount(expected)))))
        << text.toStdString();
    const QString owedAtPace = atPace.isPositive()
                                   ? QStringLiteral("the group would owe %1 under the contract")
                                         .arg(squeezed(formatMoneyWithCode(atPace)))
                                   : QStringLiteral("the group would owe nothing under the contract");
    EXPECT_TRUE(text.contains(owedAtPace)) << owedAtPace.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("at today's 330 room nights, the group would owe %1")
                                  .arg(squeezed(formatMoneyWithCode(today)))))
        << text.toStdString();
}

TEST_F(ReminderLetterTest, ItReadsAsALetterToTheAccount) {
    const Contract c = upcomingMeeting();
    const QString pdf = path(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(pickupReminderLetter(c, outlookOf(c), options_)->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {QStringLiteral("Hotel Miramar Barcelona"), QStringLiteral("Passeig de Colom 12"),
          QStringLiteral("Saturday, March 20, 2027"),
          QStringLiteral("Re: American Society of Cardiac Nurses 2027, "
                         "reference GRP-27-0509"),
          QStringLiteral("Dear ASCN team,"), QStringLiteral("arriving on Sunday, May 9, 2027"),
          QStringLiteral("have reserved 330 of the 660 room nights in the block (50%)"),
          squeezed(attritionTerms(c).front()),
          QStringLiteral("Your next review date is Thursday, April 1, 2027"),
          QStringLiteral("up to 10% of the original block"), QStringLiteral("Thursday, April 15, 2027"),
          QStringLiteral("rooming list"), QStringLiteral("Kind regards,"), QStringLiteral("Dana Whitfield"),
          QStringLiteral("Page 1 of 1")}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    }
}

TEST_F(ReminderLetterTest, ItNeverShowsTheHotelsInternalFigures) {
    for (const Contract& c : {upcomingMeeting(), longStay()}) {
        const Outlook outlook = outlookOf(c);
        const QString pdf = path(QStringLiteral("letter.pdf"));
        ASSERT_TRUE(pickupReminderLetter(c, outlook, options_)->writePdf(pdf, ReportPageSetup{}));
        const QString text = pdfText(pdf);
        for (const QString& hidden :
             {QStringLiteral("P10"), QStringLiteral("P90"), QStringLiteral("pace point"),
              QStringLiteral("comparable"), QStringLiteral("other groups"), QStringLiteral("probab"),
              QStringLiteral("Monte Carlo"), QStringLiteral("isplace"), QStringLiteral("Net value"),
              QStringLiteral("reak-even"), QStringLiteral("booking curve"), QStringLiteral("multiplicative"),
              QStringLiteral("Net due"), QStringLiteral("Deposit")}) {
            EXPECT_FALSE(text.contains(hidden, Qt::CaseInsensitive)) << hidden.toStdString();
        }
        // The range of the forecast and the mean of the damages are the hotel's own figures.
        const Money shown[] = {outlook.risk.atExpectedPickup, owedAtPickupToDate(c)};
        for (const Money& internal : {outlook.risk.p10, outlook.risk.p90, outlook.risk.expected}) {
            if (std::find(std::begin(shown), std::end(shown), internal) == std::end(shown) &&
                internal.isPositive()) {
                EXPECT_FALSE(text.contains(squeezed(formatMoney(internal)))) << internal.toDecimalString();
            }
        }
    }
}

TEST_F(ReminderLetterTest, ALongStayIsSummarisedByRoomType) {
    const Contract c = longStay();
    const std::unique_ptr<Report> letter = pickupReminderLetter(c, outlookOf(c), options_);
    const QString plain = squeezed(letter->document()->toPlainText());
    EXPECT_TRUE(plain.contains(QStringLiteral("Room type"))) << plain.toStdString();
    for (const char* type : {"Deluxe King", "Deluxe Double", "Junior Suite"}) {
        EXPECT_EQ(plain.count(QLatin1String(type)), 1) << type;
    }
}

TEST_F(ReminderLetterTest, InSpanishDatesAndAmountsAreSpanish) {
    const Contract c = upcomingMeeting();
    const Outlook outlook = outlookOf(c);
    const ReportLanguage spanish(QStringLiteral("es"));
    const QString pdf = path(QStringLiteral("es.pdf"));
    ASSERT_TRUE(pickupReminderLetter(c, outlook, options_)->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("20 de marzo de 2027"))) << text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(formatMoneyWithCode(owedAtPickupToDate(c))))) << text.toStdString();
    EXPECT_TRUE(squeezed(formatMoneyWithCode(owedAtPickupToDate(c))).contains(QLatin1Char(',')));
}

TEST_F(ReminderLetterTest, WithoutAForecastTheLetterSaysOnlyWhatIsOwedToday) {
    const Contract c = upcomingMeeting();
    const std::unique_ptr<Report> letter = pickupReminderLetter(c, Outlook{}, options_);
    const QString plain = squeezed(letter->document()->toPlainText());
    EXPECT_FALSE(plain.contains(QStringLiteral("current pace")));
    EXPECT_TRUE(plain.contains(squeezed(formatMoneyWithCode(owedAtPickupToDate(c))))) << plain.toStdString();
}

// ---------------------------------------------------------------------------------------------------------
// The portfolio's pages of groups at risk and of the pipeline

TEST_F(ReminderLetterTest, ThePortfolioPagesListTheEnginesGroupsAtRiskAndPipeline) {
    std::vector<Contract> contracts = demo::portfolio();
    contracts.push_back(upcomingMeeting());
    contracts.back().reference = "GRP-27-UPCOMING";
    std::vector<forecast::UpcomingGroup> upcoming;
    forecast::AtRiskOptions risk;
    risk.today = kToday;
    risk.windowDays = 180;
    const auto [from, to] = forecast::atRiskWindow(risk);
    for (const Contract& c : contracts) {
        if (forecast::isUpcoming(c, from, to)) {
            upcoming.push_back(forecast::UpcomingGroup{&c, {}, {}});
        }
    }
    ASSERT_FALSE(upcoming.empty());
    // An actualized group whose damages were partly paid and partly waived.
    const auto actualized = std::find_if(contracts.begin(), contracts.end(), [](const Contract& c) {
        return c.status == ContractStatus::Actualized;
    });
    ASSERT_NE(actualized, contracts.end());
    actualized->settlement.payments.push_back(
        SettlementPayment{actualized->departure.addDays(30), Money(123456, actualized->currency)});
    actualized->settlement.assessed = Money(128456, actualized->currency);
    actualized->settlement.waived = Money(5000, actualized->currency);
    actualized->settlement.waiverReason = "Rebooking";
    const forecast::AtRiskList list =
        forecast::groupsAtRisk(upcoming, forecast::History(std::span<const GroupHistory>{}), risk);
    const Pipeline pipe = pipeline(contracts);
    ASSERT_FALSE(pipe.rows.empty());

    PortfolioReportBuilder builder(QStringLiteral("Every contract"), options_);
    for (const Contract& c : contracts) {
        builder.add(c);
    }
    builder.setGroupsAtRisk(list);
    builder.setPipeline(pipe);
    const std::unique_ptr<Report> report = builder.finish();
    // No heading ends a page with what it introduces on the next, on any paper.
    for (const ReportPageSetup& paper : {ReportPageSetup{QPageSize::Letter, QPageLayout::Portrait},
                                         ReportPageSetup{QPageSize::A4, QPageLayout::Landscape},
                                         ReportPageSetup{QPageSize::A4, QPageLayout::Portrait}}) {
        ASSERT_TRUE(report->writePdf(path(QStringLiteral("paper.pdf")), paper));
        EXPECT_TRUE(report->headingsEndingAPage().isEmpty())
            << report->headingsEndingAPage().join(QStringLiteral(", ")).toStdString();
    }
    const QString pdf = path(QStringLiteral("portfolio.pdf"));
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    const QString plain = squeezed(report->document()->toPlainText());
    EXPECT_TRUE(text.contains(QStringLiteral("Groups at risk")));
    EXPECT_TRUE(text.contains(QStringLiteral("Pipeline")));
    for (const forecast::AtRiskRow& r : list.rows) {
        const QString row = squeezed(
            QStringLiteral("%1 %2 %3 %4 of %5 %6 %7 %8")
                .arg(QString::fromStdString(r.reference), QString::fromStdString(r.groupName),
                     formatDate(r.arrival), formatCount(r.onTheBooks), formatCount(r.blockRoomNights),
                     formatPercentRounded(r.pickupPercent, 1), formatPercentRounded(r.expectedPercent, 1),
                     formatMoneyWithCode(r.expectedDamages)));
        EXPECT_TRUE(plain.contains(row)) << row.toStdString() << "\n" << plain.toStdString();
        EXPECT_TRUE(plain.contains(squeezed(messageText(r.action)))) << messageText(r.action).toStdString();
        for (const forecast::RiskFlagNote& f : r.flags) {
            EXPECT_TRUE(plain.contains(squeezed(messageText(f.explanation))));
        }
    }
    for (const PipelineRow& r : pipe.rows) {
        const PipelineFigures& f = r.figures;
        const QString row =
            squeezed(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(QLocale().standaloneMonthName(r.month, QLocale::ShortFormat) +
                                  QLatin1Char(' ') + QString::number(r.year),
                              QString::fromLatin1(r.currency.code().data(), 3), formatCount(f.contracts),
                              formatCount(f.roomNights), formatMoney(f.roomRevenue),
                              formatMoney(f.foodBeverageMinimum), formatMoney(f.damages)));
        EXPECT_TRUE(plain.contains(row)) << row.toStdString() << "\n" << plain.toStdString();
    }
    // The damages of the actualized and cancelled groups by month, with what was collected and waived.
    ASSERT_FALSE(pipe.damages.empty());
    bool someCollected = false;
    for (const PipelineDamages& d : pipe.damages) {
        const QString row =
            squeezed(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(QLocale().standaloneMonthName(d.month, QLocale::ShortFormat) +
                                  QLatin1Char(' ') + QString::number(d.year),
                              QString::fromLatin1(d.currency.code().data(), 3),
                              formatCount(d.actualizedGroups), formatCount(d.cancelledGroups),
                              formatMoney(d.total), formatMoney(d.collected), formatMoney(d.waived)));
        EXPECT_TRUE(plain.contains(row)) << row.toStdString() << "\n" << plain.toStdString();
        // The month of the group paid and waived above (other groups of its month may add to it).
        if (d.year == actualized->arrival.year() && d.month == actualized->arrival.month() &&
            d.currency == actualized->currency) {
            someCollected = d.collected.minorUnits() >= 123456 && d.waived.minorUnits() >= 5000;
        }
    }
    EXPECT_TRUE(someCollected);
    EXPECT_TRUE(text.contains(QStringLiteral("Damages assessed, collected and waived")));
    EXPECT_TRUE(
        plain.contains(QStringLiteral("%1 won (definite or actualized), %2 lost")
                           .arg(formatCount(pipe.conversion.won), formatCount(pipe.conversion.lost))));
}
