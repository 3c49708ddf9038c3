#include "attrition/engine/parallel.h"

#include <atomic>
#include <gtest/gtest.h>
#include <list>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace attrition {
namespace {

TEST(ParallelFor, CallsTheWorkOnceForEachIndex) {
    for (const unsigned threads : {0U, 1U, 2U, 7U}) {
        std::vector<std::atomic<int>> calls(1000);
        parallelFor(
            calls.size(), [&](std::size_t i) { ++calls[i]; }, threads);
        for (std::size_t i = 0; i < calls.size(); ++i) {
            EXPECT_EQ(calls[i].load(), 1) << "index " << i << ", threads " << threads;
        }
    }
}

TEST(ParallelFor, OneThreadRunsEveryIndexInOrderOnTheCallingThread) {
    std::vector<std::size_t> order;
    const std::thread::id caller = std::this_thread::get_id();
    bool elsewhere = false;
    parallelFor(
        5,
        [&](std::size_t i) {
            order.push_back(i);
            elsewhere = elsewhere || std::this_thread::get_id() != caller;
        },
        1);
    EXPECT_EQ(order, (std::vector<std::size_t>{0, 1, 2, 3, 4}));
    EXPECT_FALSE(elsewhere);
}

TEST(ParallelFor, NothingToDoCallsNothing) {
    int calls = 0;
    parallelFor(
        0, [&](std::size_t) { ++calls; }, 4);
    EXPECT_EQ(calls, 0);
}

TEST(ParallelFor, RethrowsTheFailureOfTheSmallestIndexOnceEveryCallHasEnded) {
    for (const unsigned threads : {1U, 2U, 4U}) {
        std::vector<std::atomic<int>> calls(50);
        try {
            parallelFor(
                calls.size(),
                [&](std::size_t i) {
                    ++calls[i];
                    if (i == 31 || i == 7) {
                        throw std::runtime_error("index " + std::to_string(i));
                    }
                },
                threads);
            ADD_FAILURE() << "nothing was thrown";
        } catch (const std::runtime_error& e) {
            EXPECT_STREQ(e.what(), "index 7") << threads << " threads";
        }
        for (std::size_t i = 0; i < calls.size(); ++i) {
            EXPECT_EQ(calls[i].load(), 1) << "index " << i << ", threads " << threads;
        }
    }
}

TEST(ParallelTransform, GivesEachElementsResultInTheOrderOfTheElements) {
    std::map<std::string, int> hotels;
    for (int i = 0; i < 300; ++i) {
        hotels.emplace("hotel " + std::to_string(1000 + i), i);
    }
    for (const unsigned threads : {0U, 1U, 2U, 7U}) {
        std::vector<std::atomic<int>> calls(hotels.size());
        const std::vector<std::string> results = parallelTransform(
            hotels,
            [&](const std::pair<const std::string, int>& hotel) {
                ++calls[static_cast<std::size_t>(hotel.second)];
                return hotel.first + ": " + std::to_string(hotel.second * 2);
            },
            threads);
        ASSERT_EQ(results.size(), hotels.size()) << threads << " threads";
        std::size_t i = 0;
        for (const auto& [name, value] : hotels) {
            EXPECT_EQ(results[i], name + ": " + std::to_string(value * 2)) << threads << " threads";
            EXPECT_EQ(calls[i].load(), 1) << "element " << i << ", threads " << threads;
            ++i;
        }
    }
}

TEST(ParallelTransform, HandsTheWorkTheElementsThemselves) {
    const std::list<int> numbers{5, 3, 8};
    const std::vector<const int*> seen = parallelTransform(
        numbers, [](const int& n) { return &n; }, 2);
    ASSERT_EQ(seen.size(), 3U);
    auto n = numbers.begin();
    for (const int* s : seen) {
        EXPECT_EQ(s, &*n++);
    }
}

TEST(ParallelTransform, TakesResultsThatCannotBeMadeEmpty) {
    struct Total {
        explicit Total(int v)
            : value(v) {}
        int value;
    };
    const std::vector<int> numbers{4, 1, 9, 16};
    const std::vector<Total> totals = parallelTransform(
        numbers, [](int n) { return Total(n + 1); }, 3);
    ASSERT_EQ(totals.size(), 4U);
    EXPECT_EQ(totals[0].value, 5);
    EXPECT_EQ(totals[1].value, 2);
    EXPECT_EQ(totals[2].value, 10);
    EXPECT_EQ(totals[3].value, 17);
}

TEST(ParallelTransform, NothingToDoGivesNothing) {
    int calls = 0;
    const std::map<std::string, int> none;
    const std::vector<int> results = parallelTransform(
        none,
        [&](const std::pair<const std::string, int>& e) {
            ++calls;
            return e.second;
        },
        4);
    EXPECT_TRUE(results.empty());
    EXPECT_EQ(calls, 0);
}

TEST(ParallelTransform, RethrowsTheFailureOfTheFirstElementOnceEveryCallHasEnded) {
    std::vector<int> numbers(50);
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        numbers[i] = static_cast<int>(i);
    }
    for (const unsigned threads : {1U, 2U, 4U}) {
        std::vector<std::atomic<int>> calls(numbers.size());
        try {
            parallelTransform(
                numbers,
                [&](int n) {
                    ++calls[static_cast<std::size_t>(n)];
                    if (n == 31 || n == 7) {
                        throw std::runtime_error("element " + std::to_string(n));
                    }
                    return n;
                },
                threads);
            ADD_FAILURE() << "nothing was thrown";
        } catch (const std::runtime_error& e) {
            EXPECT_STREQ(e.what(), "element 7") << threads << " threads";
        }
        for (std::size_t i = 0; i < calls.size(); ++i) {
            EXPECT_EQ(calls[i].load(), 1) << "element " << i << ", threads " << threads;
        }
    }
}

} // namespace
} // namespace attrition
