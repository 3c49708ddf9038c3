// A report made in another language than the program's, for a client abroad: the report speaks that language
// in its locale's notation, and the program's windows keep theirs.

#include "attrition/engine/engine.h"
#include "democontracts.h"
#include "reports/report.h"
#include "reports/reportlanguage.h"
#include "reports/reportoptions.h"
#include "text/language.h"
#include "text/values.h"
#include "views/mainwindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QWidget>
#include <gtest/gtest.h>

using namespace attrition;
using namespace attrition::ui;

namespace {

QString squeezed(QString s) {
    return s.replace(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}]+")), QStringLiteral(" "));
}

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return squeezed(QString::fromUtf8(p.readAllStandardOutput()));
}

/// A widget that counts the language changes it is told of.
class Listener : public QWidget {
public:
    int changes = 0;

protected:
    void changeEvent(QEvent* event) override {
        if (event->type() == QEvent::LanguageChange) {
            ++changes;
        }
        QWidget::changeEvent(event);
    }
};

const QLocale kUs(QLocale::English, QLocale::UnitedStates);

class ReportLanguageTest : public ::testing::Test {
protected:
    void SetUp() override {
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
        QCoreApplication::processEvents();
    }
    void TearDown() override {
        setReportLanguageSetting(QString());
        installLanguage(QStringLiteral("en"));
        QLocale::setDefault(kUs);
    }
};

} // namespace

TEST_F(ReportLanguageTest, TheReportSpeaksItsLanguageAndTheWindowsKeepTheirs) {
    MainWindow window;
    Listener listener;
    QCoreApplication::processEvents();
    const QString file = window.menuBar()->actions().value(0)->text();
    ASSERT_EQ(file, QStringLiteral("&File"));
    listener.changes = 0;

    const Contract c = demo::cancelledGroup();
    const Assessment a = assess(c);
    std::unique_ptr<Report> report;
    {
        const ReportLanguage language(QStringLiteral("es"));
        EXPECT_EQ(language.language(), QStringLiteral("es"));
        EXPECT_EQ(installedLanguage(), QStringLiteral("es"));
        EXPECT_EQ(QLocale().language(), QLocale::Spanish);
        report = contractReport(c, ReportOptions{QDate(2027, 4, 2)});
    }
    // The program's language and notation are back, and no window was told of the change.
    EXPECT_EQ(installedLanguage(), QStringLiteral("en"));
    EXPECT_EQ(QLocale(), kUs);
    QCoreApplication::processEvents();
    EXPECT_EQ(listener.changes, 0);
    EXPECT_EQ(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));

    // Painted after the program's language came back (as the print preview paints), still in Spanish.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(report->writePdf(pdf, ReportPageSetup{}));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Liquidación por deserción y cancelación")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Página 1 de"))) << text.toStdString();
    EXPECT_TRUE(text.contains(squeezed(formatMoney(a.netDue, QLocale(QLocale::Spanish, QLocale::Spain)))))
        << "18.680,00";
    EXPECT_FALSE(text.contains(QStringLiteral("Net due")));
    EXPECT_FALSE(text.contains(QStringLiteral("Page 1 of")));
}

TEST_F(ReportLanguageTest, ItalianWhileTheProgramSpeaksSpanish) {
    installLanguage(QStringLiteral("es"));
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    QLocale::setDefault(mexico);
    std::unique_ptr<Report> report;
    {
        const ReportLanguage language(QStringLiteral("it"));
        EXPECT_EQ(QLocale().language(), QLocale::Italian);
        report = contractReport(demo::cancelledGroup(), ReportOptions{QDate(2027, 4, 2)});
    }
    EXPECT_EQ(installedLanguage(), QStringLiteral("es"));
    EXPECT_EQ(QLocale(), mexico);
    EXPECT_EQ(report->title(), QStringLiteral("Rendiconto di attrito e cancellazione"));
}

TEST_F(ReportLanguageTest, TheProgramsOwnLanguageChangesNothing) {
    const ReportLanguage same{QString()};
    EXPECT_EQ(same.language(), QStringLiteral("en"));
    EXPECT_EQ(QLocale(), kUs);
    EXPECT_EQ(contractReport(demo::cancelledGroup(), {})->title(),
              QStringLiteral("Attrition and cancellation statement"));
}

TEST_F(ReportLanguageTest, TheChoiceIsKeptInTheSettings) {
    EXPECT_EQ(reportLanguageSetting(), QString());
    setReportLanguageSetting(QStringLiteral("it"));
    EXPECT_EQ(reportLanguageSetting(), QStringLiteral("it"));
    setReportLanguageSetting(QStringLiteral("xx"));
    EXPECT_EQ(reportLanguageSetting(), QString()) << "an unknown language means the program's own";
}

TEST_F(ReportLanguageTest, TheWindowsNotationIsTheSystemsUnlessTheSystemNamesNoRegion) {
    ASSERT_TRUE(applyLanguage(QStringLiteral("es")));
    EXPECT_EQ(installedLanguage(), QStringLiteral("es"));
    if (QLocale::system().language() == QLocale::C) {
        // LANG=C: Spanish windows write 1.234,56.
        EXPECT_EQ(QLocale(), QLocale(QLocale::Spanish, QLocale::Spain));
    } else {
        // A region the user chose stays: the notation is left as it was.
        EXPECT_EQ(QLocale(), kUs);
    }
}
