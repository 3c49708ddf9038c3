// The amount axes of the charts: from zero to a round top, in round steps. The date axes: ticks on the
// first day of months.

#include "charts/cancellationchart.h"
#include "charts/chartaxes.h"
#include "charts/pickuppacechart.h"
#include "democontracts.h"
#include "models/cancellationschedulemodel.h"
#include "models/pickuppacemodel.h"
#include "session/contractdocument.h"
#include "text/values.h"
#include "widget_test_support.h"

#include <QCategoryAxis>
#include <QDate>
#include <QDateTime>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QRegularExpression>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <iterator>

using attrition::ui::niceScale;

namespace {

bool roundStep(double step) {
    const double power = std::pow(10.0, std::floor(std::log10(step)));
    const double f = step / power;
    for (const double nice : {1.0, 2.0, 2.5, 5.0}) {
        if (std::abs(f - nice) < 1e-9) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST(NiceScale, RoundTopAndStep) {
    auto s = niceScale(116000); // not 0/29/58/88...
    EXPECT_EQ(s.step, 25000);
    EXPECT_EQ(s.top, 125000);
    EXPECT_EQ(s.tickCount, 6);

    s = niceScale(88);
    EXPECT_EQ(s.step, 20);
    EXPECT_EQ(s.top, 100);

    s = niceScale(2640);
    EXPECT_EQ(s.step, 1000);
    EXPECT_EQ(s.top, 3000);

    s = niceScale(50000);
    EXPECT_EQ(s.step, 10000);
    EXPECT_EQ(s.top, 50000);

    s = niceScale(0); // nothing to show: still a scale, of whole numbers (the labels have no decimals)
    EXPECT_EQ(s.step, 1);
    EXPECT_EQ(s.top, 1);
    EXPECT_EQ(s.tickCount, 2);

    s = niceScale(2, 6); // never a step under 1: 0, 1, 2, not 0, 0.5, 1, 1.5, 2
    EXPECT_EQ(s.step, 1);
    EXPECT_EQ(s.top, 2);
}

TEST(NiceScale, HoldsEveryAmountWithRoundSteps) {
    for (double most = 0.5; most < 1e9; most *= 1.37) {
        for (int ticks : {4, 5, 6, 7}) {
            const auto s = niceScale(most, ticks);
            EXPECT_GE(s.top, most) << most;
            EXPECT_LE(s.tickCount, ticks) << most;
            EXPECT_TRUE(roundStep(s.step)) << most << " step " << s.step;
            EXPECT_DOUBLE_EQ(s.top, s.step * (s.tickCount - 1));
            EXPECT_LT(s.top - s.step, most) << most; // no empty band above the top
        }
    }
}

// --- Date axes: ticks on the first day of months ------------------------------------------------------

namespace {

using attrition::ui::DateTick;
using attrition::ui::monthTicks;

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);

QStringList labelsOf(const std::vector<DateTick>& ticks) {
    QStringList out;
    for (const DateTick& t : ticks) {
        out << t.label;
    }
    return out;
}

/// Months from January of year 0, to count the months between two ticks.
int monthIndex(QDate d) {
    return d.year() * 12 + d.month() - 1;
}

} // namespace

TEST(MonthTicks, EveryMonthOfAYearAtItsFirstDay) {
    const auto ticks = monthTicks(QDate(2027, 1, 10), QDate(2027, 12, 20), 12, kEnglish);
    ASSERT_EQ(ticks.size(), 11U); // February to December: 10 January is past the month's start
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(ticks[i].date, QDate(2027, static_cast<int>(i) + 2, 1));
    }
    EXPECT_EQ(labelsOf(ticks), (QStringList{"Feb<br>2027", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                            "Oct", "Nov", "Dec"}));
}

TEST(MonthTicks, TheYearUnderEachJanuaryAndBothEndsCountWhenOnAMonthStart) {
    const auto ticks = monthTicks(QDate(2026, 11, 1), QDate(2027, 3, 1), 12, kEnglish);
    EXPECT_EQ(labelsOf(ticks), (QStringList{"Nov<br>2026", "Dec", "Jan<br>2027", "Feb", "Mar"}));
}

/// The ticks that carry a label.
std::vector<DateTick> labelledOf(const std::vector<DateTick>& ticks) {
    std::vector<DateTick> out;
    std::copy_if(ticks.begin(), ticks.end(), std::back_inserter(out),
                 [](const DateTick& t) { return !t.label.isEmpty(); });
    return out;
}

TEST(MonthTicks, TwoYearsTickEveryMonthAndLabelRegularMonthsWhenNotAllFit) {
    const QDate from(2026, 3, 15);
    const QDate to(2028, 3, 14); // 24 month starts: April 2026 to March 2028
    auto ticks = monthTicks(from, to, 24, kEnglish);
    ASSERT_EQ(ticks.size(), 24U);
    for (std::size_t i = 1; i < ticks.size(); ++i) {
        EXPECT_EQ(monthIndex(ticks[i].date) - monthIndex(ticks[i - 1].date), 1);
    }
    EXPECT_EQ(labelledOf(ticks).size(), 24U);
    for (int most : {4, 6, 8, 12, 16}) {
        ticks = monthTicks(from, to, most, kEnglish);
        if (most >= 8) { // up to a label every 3rd month: every month start is still a tick
            ASSERT_EQ(ticks.size(), 24U) << most;
            EXPECT_EQ(ticks.front().date, QDate(2026, 4, 1));
            EXPECT_EQ(ticks.back().date, QDate(2028, 3, 1));
        }
        const std::vector<DateTick> labelled = labelledOf(ticks);
        ASSERT_GE(labelled.size(), 2U) << most;
        EXPECT_LE(static_cast<int>(labelled.size()), most);
        const int step = monthIndex(labelled[1].date) - monthIndex(labelled[0].date);
        EXPECT_TRUE(step == 2 || step == 3 || step == 6 || step == 12) << most << ": " << step;
        for (std::size_t i = 0; i < labelled.size(); ++i) {
            EXPECT_EQ(labelled[i].date.day(), 1);
            EXPECT_EQ((labelled[i].date.month() - 1) % step, 0) << "counted from January";
            if (i > 0) {
                EXPECT_EQ(monthIndex(labelled[i].date) - monthIndex(labelled[i - 1].date), step);
            }
        }
        // No month start of that rhythm is left without its label at either end.
        EXPECT_LT(monthIndex(labelled.front().date) - step, monthIndex(QDate(2026, 4, 1)));
        EXPECT_GT(monthIndex(labelled.back().date) + step, monthIndex(QDate(2028, 3, 1)));
        EXPECT_TRUE(labelled.front().label.endsWith("<br>2026")) << labelled.front().label.toStdString();
    }
}

TEST(MonthTicks, OverTwoYearsQuarterStartsLabelled) {
    const auto ticks = monthTicks(QDate(2025, 2, 3), QDate(2028, 1, 20), 12, kEnglish);
    // 35 months, 18 odd months: too many labels. April 2025 to January 2028 has 12 quarter starts, which fit.
    ASSERT_EQ(ticks.size(), 35U); // March 2025 to January 2028, every month
    EXPECT_EQ(ticks.front().date, QDate(2025, 3, 1));
    EXPECT_EQ(ticks.front().label, "");
    const auto labelled = labelledOf(ticks);
    ASSERT_EQ(labelled.size(), 12U);
    EXPECT_EQ(labelled.front().date, QDate(2025, 4, 1));
    EXPECT_EQ(labelled.back().date, QDate(2028, 1, 1));
    EXPECT_EQ(labelled.front().label, "Apr<br>2025");
    EXPECT_EQ(labelled[3].label, "Jan<br>2026");
    EXPECT_EQ(labelled[4].label, "Apr");
}

TEST(MonthTicks, OverFiveYearsOnlyQuarterStartsAreTicks) {
    const auto ticks = monthTicks(QDate(2024, 1, 1), QDate(2030, 12, 31), 6, kEnglish);
    ASSERT_FALSE(ticks.empty());
    for (const DateTick& t : ticks) {
        EXPECT_EQ((t.date.month() - 1) % 3, 0) << t.date.toString().toStdString();
    }
    EXPECT_EQ(ticks.size(), 28U);
    EXPECT_LE(labelledOf(ticks).size(), 6U);
}

TEST(MonthTicks, UnderAMonthTicksDaysWithTheMonthsStart) {
    auto ticks = monthTicks(QDate(2027, 3, 3), QDate(2027, 3, 28), 12, kEnglish);
    EXPECT_EQ(labelsOf(ticks), (QStringList{"8 Mar<br>2027", "15 Mar", "22 Mar"}));
    ticks = monthTicks(QDate(2027, 2, 20), QDate(2027, 3, 20), 12, kEnglish);
    EXPECT_EQ(labelsOf(ticks), (QStringList{"22 Feb<br>2027", "1 Mar", "8 Mar", "15 Mar"}));
    ticks = monthTicks(QDate(2027, 2, 20), QDate(2027, 3, 20), 2, kEnglish);
    EXPECT_EQ(labelsOf(ticks), (QStringList{"1 Mar<br>2027", "15 Mar"}));
    EXPECT_TRUE(monthTicks(QDate(2027, 3, 20), QDate(2027, 3, 2), 12, kEnglish).empty());
}

TEST(MonthTicks, LabelsInTheLocalesMonthNames) {
    const QLocale german(QLocale::German, QLocale::Germany);
    const auto ticks = monthTicks(QDate(2027, 1, 1), QDate(2027, 4, 30), 12, german);
    ASSERT_EQ(ticks.size(), 4U);
    EXPECT_EQ(ticks[0].label, german.standaloneMonthName(1, QLocale::ShortFormat) + "<br>2027");
    EXPECT_EQ(ticks[2].label, german.standaloneMonthName(3, QLocale::ShortFormat));
    EXPECT_NE(ticks[2].label, "Mar");
}

// --- The charts' date axes ---------------------------------------------------------------------------

namespace {

/// The axis's ticks as dates (each must be a local midnight), and its labels without their markup.
struct AxisTicks {
    std::vector<QDate> dates;
    QStringList labels;
};

AxisTicks ticksOf(QCategoryAxis* axis) {
    AxisTicks out;
    for (const QString& label : axis->categoriesLabels()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->endValue(label)));
        EXPECT_EQ(at.time(), QTime(0, 0)) << label.toStdString();
        out.dates.push_back(at.date());
        QString plain = label;
        plain.remove(QRegularExpression(QStringLiteral("<!--.*-->"))).replace(QStringLiteral("<br>"), " ");
        out.labels << plain;
    }
    return out;
}

/// The ticks that carry a label, and that every one of them does.
std::vector<QDate> labelledTicks(const AxisTicks& ticks) {
    std::vector<QDate> labelled;
    for (qsizetype i = 0; i < ticks.labels.size(); ++i) {
        EXPECT_FALSE(ticks.labels[i].isEmpty())
            << ticks.dates[static_cast<std::size_t>(i)].toString().toStdString();
        labelled.push_back(ticks.dates[static_cast<std::size_t>(i)]);
    }
    return labelled;
}

/// Every month start from `from` to `to` is a tick, and nothing else is.
void expectEveryMonthStart(const AxisTicks& ticks, QDate from, QDate to) {
    std::vector<QDate> expected;
    for (QDate d(from.year(), from.month(), 1); d <= to; d = d.addMonths(1)) {
        if (d >= from) {
            expected.push_back(d);
        }
    }
    EXPECT_GE(expected.size(), 2U);
    EXPECT_EQ(ticks.dates, expected);
}

/// A cancellation chart of the cancelled demo group, shown at `width` x `height`, in US English.
struct CancelledGroupChart {
    CancelledGroupChart(int width, int height)
        : schedule(new attrition::ui::CancellationScheduleModel(&document, &document))
        , chart(&document, schedule) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        chart.resize(width, height);
        chart.show();
        document.load(attrition::demo::cancelledGroup(), {});
        attrition::uitest::settle();
    }
    ~CancelledGroupChart() { QLocale::setDefault(QLocale::c()); }

    attrition::ui::ContractDocument document;
    attrition::ui::CancellationScheduleModel* schedule;
    attrition::ui::CancellationChart chart;
};

} // namespace

TEST(DateAxes, TheCancellationChartTicksEveryMonthStartItsFeeRuns) {
    using namespace attrition::ui;
    CancelledGroupChart shown(1000, 420);
    ContractDocument& document = shown.document;
    CancellationChart& chart = shown.chart;
    QCategoryAxis* axis = chart.dateAxis();
    ASSERT_EQ(axis->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
    const QDate from = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->min())).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->max())).date();
    const Results& r = document.results();
    ASSERT_FALSE(r.cancellationSweep.empty());
    EXPECT_EQ(from, toQDate(r.cancellationSweep.front().notice));
    EXPECT_EQ(to, toQDate(r.cancellationSweep.back().notice.addDays(1)));
    const AxisTicks ticks = ticksOf(axis);
    expectEveryMonthStart(ticks, from, to);
    for (std::size_t i = 0; i < ticks.dates.size(); ++i) {
        const QString month = QLocale().standaloneMonthName(ticks.dates[i].month(), QLocale::ShortFormat);
        EXPECT_TRUE(ticks.labels[static_cast<qsizetype>(i)].startsWith(month))
            << ticks.labels[static_cast<qsizetype>(i)].toStdString();
    }
    EXPECT_TRUE(ticks.labels.front().endsWith(QString::number(ticks.dates.front().year())));
    EXPECT_EQ(attrition::uitest::cutChartTexts(&chart), QStringList());
    // As narrow as it is beside the editor on a laptop: fewer month starts labelled, and only those are
    // ticks (the axis shares its width among all its ticks: ticks between the labels would cut them), the
    // first one with its year; no label cut short.
    chart.resize(300, 300);
    attrition::uitest::settle();
    const AxisTicks narrow = ticksOf(axis);
    const std::vector<QDate> labelled = labelledTicks(narrow);
    ASSERT_GE(labelled.size(), 2U);
    EXPECT_LT(labelled.size(), ticks.dates.size());
    EXPECT_EQ(labelled.front().day(), 1);
    EXPECT_TRUE(narrow.labels.front().endsWith(QString::number(labelled.front().year())))
        << narrow.labels.front().toStdString();
    EXPECT_EQ(attrition::uitest::cutChartTexts(&chart), QStringList());
    chart.resize(1000, 420);
    attrition::uitest::settle();
    // The money axis in round steps.
    auto* fee = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    ASSERT_NE(fee, nullptr);
    const double step = fee->max() / (fee->tickCount() - 1);
    EXPECT_EQ(fee->min(), 0);
    EXPECT_TRUE(roundStep(step)) << step;
}

// On a short chart the axes' titles are left out rather than cut, and the chart's tooltip gives them.
TEST(DateAxes, AShortChartLeavesOutTheTitlesItHasNoRoomForAndItsTooltipGivesThem) {
    using namespace attrition::ui;
    CancelledGroupChart shown(600, 420);
    CancellationChart& chart = shown.chart;
    QAbstractAxis* x = chart.dateAxis();
    auto* y = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    ASSERT_NE(y, nullptr);
    EXPECT_TRUE(x->isTitleVisible());
    EXPECT_TRUE(y->isTitleVisible());
    EXPECT_EQ(chart.toolTip(), QString());

    chart.resize(600, 190);
    attrition::uitest::settle();
    EXPECT_FALSE(x->isTitleVisible());
    EXPECT_TRUE(chart.toolTip().contains(x->titleText())) << chart.toolTip().toStdString();
    EXPECT_EQ(attrition::uitest::cutChartTexts(&chart), QStringList());
    // Its vertical title too, once the plot is lower than the title is long.
    chart.resize(600, 180);
    y->setTitleText(QStringLiteral("A title much longer than the plot is high, USD"));
    attrition::uitest::settle();
    EXPECT_FALSE(y->isTitleVisible());
    EXPECT_TRUE(chart.toolTip().contains(y->titleText())) << chart.toolTip().toStdString();

    chart.resize(600, 420);
    y->setTitleText(QStringLiteral("Fee, USD"));
    attrition::uitest::settle();
    EXPECT_TRUE(x->isTitleVisible());
    EXPECT_TRUE(y->isTitleVisible());
    EXPECT_EQ(chart.toolTip(), QString());
}

TEST(DateAxes, ThePaceChartTicksMonthStartsAndNarrowsToFewerWhenSmall) {
    using namespace attrition::ui;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    PickupPaceModel model;
    PickupPaceChart chart(&model);
    chart.resize(1000, 420);
    chart.show();
    using attrition::demo::date;
    model.setReports({{date("2026-11-20"), 40}, {date("2027-01-12"), 120}, {date("2027-03-02"), 260}}, 400,
                     date("2027-04-10"));
    attrition::uitest::settle();
    QCategoryAxis* axis = chart.dateAxis();
    // The reports and the cutoff, three days either side.
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->min())).date(), QDate(2026, 11, 17));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->max())).date(), QDate(2027, 4, 13));
    AxisTicks ticks = ticksOf(axis);
    expectEveryMonthStart(ticks, QDate(2026, 11, 17), QDate(2027, 4, 13));
    EXPECT_EQ(ticks.labels, (QStringList{"Dec 2026", "Jan 2027", "Feb", "Mar", "Apr"}));
    auto* rooms = qobject_cast<QValueAxis*>(chart.chart()->axes(Qt::Vertical).value(0));
    ASSERT_NE(rooms, nullptr);
    EXPECT_TRUE(roundStep(rooms->max() / (rooms->tickCount() - 1)));

    EXPECT_EQ(attrition::uitest::cutChartTexts(&chart), QStringList());

    // Two and a half years on a narrow chart: fewer month starts labelled, evenly many months apart, and
    // only those are ticks (ticks between them would cut the labels); no label cut short.
    model.setReports({{date("2025-01-20"), 40}, {date("2027-06-12"), 260}}, 400, std::nullopt);
    chart.resize(260, 300);
    attrition::uitest::settle();
    ticks = ticksOf(axis);
    const std::vector<QDate> labelled = labelledTicks(ticks);
    ASSERT_GE(labelled.size(), 2U);
    EXPECT_LT(labelled.size(), 12U);
    const int step =
        (labelled[1].year() - labelled[0].year()) * 12 + labelled[1].month() - labelled[0].month();
    EXPECT_GT(step, 1);
    for (const QDate d : labelled) {
        EXPECT_EQ((d.month() - 1) % step, 0);
    }
    // Labelled every 6 months: every half year's start from the first to the last of the range.
    ASSERT_EQ(step, 6);
    const QDate narrowFrom = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->min())).date();
    const QDate narrowTo = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(axis->max())).date();
    std::vector<QDate> halfYears;
    for (QDate d(narrowFrom.year(), 1, 1); d <= narrowTo; d = d.addMonths(6)) {
        if (d >= narrowFrom) {
            halfYears.push_back(d);
        }
    }
    EXPECT_EQ(ticks.dates, halfYears);
    EXPECT_EQ(attrition::uitest::cutChartTexts(&chart), QStringList());
    QLocale::setDefault(QLocale::c());
}
