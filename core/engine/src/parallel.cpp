#include "attrition/engine/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace attrition {

unsigned defaultThreads() noexcept {
    return std::max(1U, std::thread::hardware_concurrency());
}

void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads) {
    if (threads == 0) {
        threads = defaultThreads();
    }
    const std::size_t helpers = std::min<std::size_t>(threads, count) - (count > 0 ? 1 : 0);
    if (helpers == 0) {
        std::exception_ptr first;
        for (std::size_t i = 0; i < count; ++i) {
            try {
                work(i);
            } catch (...) {
                if (!first) {
                    first = std::current_exception();
                }
            }
        }
        if (first) {
            std::rethrow_exception(first);
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> failures(count);
    const auto run = [&] {
        for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) {
            try {
                work(i);
            } catch (...) {
                failures[i] = std::current_exception();
            }
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    try {
        for (std::size_t t = 0; t < helpers; ++t) {
            pool.emplace_back(run);
        }
    } catch (...) {
        // No more threads to be had: the ones started and this one do the rest.
    }
    run();
    for (std::thread& t : pool) {
        t.join();
    }
    for (const std::exception_ptr& failure : failures) {
        if (failure) {
            std::rethrow_exception(failure);
        }
    }
}

} // namespace attrition
