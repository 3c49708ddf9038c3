#include "attrition/ui/contractdocument.h"
#include "attrition/ui/report.h"
#include "attrition/ui/theme.h"
#include "democontracts.h"
#include "widget_test_support.h"

using namespace attrition;
using namespace attrition::ui;

TEST(ReportTest, TheAssessmentReportEscapesWhatTheContractSays) {
    Contract c = demo::cancelledGroup();
    c.groupName = "<b>Smith & Sons</b>";
    const QString html = assessmentReportHtml(c, computeResults(c));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;Smith &amp; Sons&lt;/b&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>Smith")));
    EXPECT_TRUE(html.contains(QStringLiteral("18,680.00")));
    EXPECT_TRUE(html.contains(QStringLiteral("Assessment under the cancellation clause")));
}

TEST(ReportTest, AnInvalidContractsReportListsItsProblems) {
    Contract c = demo::shoulderNights();
    c.reference.clear();
    const QString html = assessmentReportHtml(c, computeResults(c));
    EXPECT_TRUE(html.contains(QStringLiteral("Reference: the contract reference is empty")));
}

TEST(ThemeTest, LightAndDarkPalettesAreReadable) {
    applyTheme(Theme::Dark);
    EXPECT_TRUE(isDark(QApplication::palette()));
    EXPECT_GT(QApplication::palette().color(QPalette::Text).lightness(), 180);
    applyTheme(Theme::Light);
    EXPECT_FALSE(isDark(QApplication::palette()));
    EXPECT_LT(QApplication::palette().color(QPalette::Text).lightness(), 60);
}
