// The amount axes of the charts: from zero to a round top, in round steps.

#include "attrition/ui/charts.h"

#include <cmath>
#include <gtest/gtest.h>

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

    s = niceScale(0); // nothing to show: still a scale
    EXPECT_GT(s.top, 0);
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
