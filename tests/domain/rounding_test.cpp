#include "attrition/domain/rounding.h"

#include <array>
#include <gtest/gtest.h>

using namespace attrition;

namespace {

struct Case {
    int numerator;
    int denominator;
    std::array<int, 7> expected; // HalfUp, HalfEven, HalfDown, Up, Down, Ceiling, Floor
};

constexpr std::array<RoundingMode, 7> kModes{
    RoundingMode::HalfUp, RoundingMode::HalfEven, RoundingMode::HalfDown, RoundingMode::Up,
    RoundingMode::Down,   RoundingMode::Ceiling,  RoundingMode::Floor};

// Ties and non-ties on both sides of zero, and exact quotients.
constexpr std::array<Case, 12> kCases{{
    {25, 10, {3, 2, 2, 3, 2, 3, 2}},         // 2.5
    {35, 10, {4, 4, 3, 4, 3, 4, 3}},         // 3.5
    {-25, 10, {-3, -2, -2, -3, -2, -2, -3}}, // -2.5
    {-35, 10, {-4, -4, -3, -4, -3, -3, -4}}, // -3.5
    {24, 10, {2, 2, 2, 3, 2, 3, 2}},         // 2.4
    {26, 10, {3, 3, 3, 3, 2, 3, 2}},         // 2.6
    {-24, 10, {-2, -2, -2, -3, -2, -2, -3}}, // -2.4
    {-26, 10, {-3, -3, -3, -3, -2, -2, -3}}, // -2.6
    {30, 10, {3, 3, 3, 3, 3, 3, 3}},         // exact
    {0, 7, {0, 0, 0, 0, 0, 0, 0}},           // zero
    {1, 3, {0, 0, 0, 1, 0, 1, 0}},           // 0.333...
    {5, -10, {-1, 0, 0, -1, 0, 0, -1}},      // -0.5 with a negative denominator
}};

} // namespace

TEST(Rounding, EveryModeOnTiesAndNonTies) {
    for (const Case& c : kCases) {
        for (std::size_t m = 0; m < kModes.size(); ++m) {
            EXPECT_EQ(divideRounded(c.numerator, c.denominator, kModes[m]), c.expected[m])
                << c.numerator << "/" << c.denominator << " " << toString(kModes[m]);
        }
    }
}

TEST(Rounding, WideOperandsStayExact) {
    const Wide big = static_cast<Wide>(INT64_MAX) * 1'000'000 + 500'000;
    EXPECT_EQ(divideRounded(big, 1'000'000, RoundingMode::HalfUp), static_cast<Wide>(INT64_MAX) + 1);
    EXPECT_EQ(divideRounded(big, 1'000'000, RoundingMode::HalfDown), static_cast<Wide>(INT64_MAX));
}

TEST(Rounding, NamesRoundTrip) {
    for (RoundingMode m : kModes) {
        EXPECT_EQ(roundingModeFromString(toString(m)), m);
    }
    EXPECT_EQ(roundingModeFromString("nearest"), std::nullopt);
}
