#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

namespace attrition {

/// The threads parallelFor() uses by default: the processor's cores (at least one).
unsigned defaultThreads() noexcept;

/// Calls `work(i)` once for each i from 0 to count - 1, on up to `threads` threads (0: defaultThreads()), the
/// calling thread among them; the indexes are taken in order, each by the first thread free. Returns when
/// every call has returned. If calls throw, the exception of the smallest index is rethrown then, so that the
/// outcome does not depend on which thread ran what. `work` must be safe to call from several threads at
/// once for different indexes.
void parallelFor(std::size_t count, const std::function<void(std::size_t)>& work, unsigned threads = 0);

/// `work(element)` of each element of `elements`, computed as parallelFor() calls its work (each element
/// once, side by side, the exception of the first element that threw rethrown once every call has returned),
/// and given in the order of the elements. `elements` must not change meanwhile; `work` must be safe to call
/// from several threads at once for different elements. Its results need not be default-constructible.
template <std::ranges::forward_range Elements, typename Work>
requires std::is_lvalue_reference_v<std::ranges::range_reference_t<const Elements>>
auto parallelTransform(const Elements& elements, const Work& work, unsigned threads = 0) {
    using Element = std::ranges::range_reference_t<const Elements>;
    using Result = std::remove_cvref_t<std::invoke_result_t<const Work&, Element>>;
    std::vector<std::remove_reference_t<Element>*> each;
    if constexpr (std::ranges::sized_range<const Elements>) {
        each.reserve(std::ranges::size(elements));
    }
    for (auto&& element : elements) {
        each.push_back(std::addressof(element));
    }
    std::vector<std::optional<Result>> computed(each.size());
    parallelFor(
        each.size(), [&](std::size_t i) { computed[i].emplace(work(*each[i])); }, threads);
    std::vector<Result> results;
    results.reserve(computed.size());
    for (std::optional<Result>& r : computed) {
        results.push_back(std::move(*r));
    }
    return results;
}

} // namespace attrition
