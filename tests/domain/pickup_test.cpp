#include "attrition/domain/pickup.h"

#include <gtest/gtest.h>

using namespace attrition;

namespace {

Date night(const char* iso) {
    return Date::parseIso(iso).value();
}

} // namespace

TEST(ApplyPickup, ReplacesTheSameNightAndRoomTypeAndAddsNewOnesAfterTheOthers) {
    Contract c;
    c.pickup = {{night("2027-05-09"), "KING", 10},
                {night("2027-05-09"), "QUEEN", 4},
                {night("2027-05-10"), "KING", 12}};
    const bool changed =
        applyPickup(c, {{night("2027-05-10"), "KING", 15}, {night("2027-05-11"), "KING", 2}});
    EXPECT_TRUE(changed);
    ASSERT_EQ(c.pickup.size(), 4U);
    EXPECT_EQ(c.pickup[0].rooms, 10);
    EXPECT_EQ(c.pickup[1].roomType, "QUEEN");
    EXPECT_EQ(c.pickup[1].rooms, 4);
    EXPECT_EQ(c.pickup[2].night, night("2027-05-10"));
    EXPECT_EQ(c.pickup[2].rooms, 15);
    EXPECT_EQ(c.pickup[3].night, night("2027-05-11"));
    EXPECT_EQ(c.pickup[3].rooms, 2);
}

TEST(ApplyPickup, TheSameFiguresAgainChangeNothing) {
    Contract c;
    c.pickup = {{night("2027-05-09"), "KING", 10}};
    EXPECT_FALSE(applyPickup(c, {{night("2027-05-09"), "KING", 10}}));
    EXPECT_FALSE(applyPickup(c, {}));
    // Room types are told apart exactly: "king" is another room type than "KING".
    EXPECT_TRUE(applyPickup(c, {{night("2027-05-09"), "king", 10}}));
    EXPECT_EQ(c.pickup.size(), 2U);
}
