#include "attrition/engine/parallel.h"

#include <atomic>
#include <gtest/gtest.h>
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

} // namespace
} // namespace attrition
