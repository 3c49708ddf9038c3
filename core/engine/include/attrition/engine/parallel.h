#pragma once

#include <cstddef>
#include <functional>

namespace attrition {

/// The threads parallelFor() uses by default: the processor's cores (at least one).
unsigned defaultThreads() noexcept;

/// Calls `work(i)` once for each i from 0 to count - 1, on up to `threads` threads (0: defaultThreads()), the
/// calling thread among them; the indexes are taken in order, each by the first thread free. Returns when
/// every call has returned. If calls throw, the exception of the smallest index is rethrown then, so that the
/// outcome does not depend on which thread ran what. `work` must be safe to call from several threads at
/// once for different indexes.
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads = 0);

} // namespace attrition
