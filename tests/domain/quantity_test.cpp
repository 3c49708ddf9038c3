#include "attrition/domain/quantity.h"

#include <gtest/gtest.h>

using namespace attrition;

TEST(Quantity, FractionalRoomNightsAreExact) {
    const Quantity required = Quantity::fromMicro(50 * 850'000); // 85% of 50 rooms
    EXPECT_EQ(required.toString(), "42.5");
    EXPECT_FALSE(required.isWhole());
    EXPECT_EQ((required - Quantity::whole(40)).toString(), "2.5");
    EXPECT_EQ(Quantity::whole(43).toString(), "43");
    EXPECT_EQ(Quantity::max(Quantity(), Quantity::whole(40) - required), Quantity());
    EXPECT_EQ(Quantity::min(Quantity::whole(3), required), Quantity::whole(3));
}
