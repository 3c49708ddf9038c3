#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace attrition::detail {

// A portable pseudo-random generator: the same seed gives the same draws on every machine and compiler.

/// SplitMix64, used to expand the seed into the generator's state.
inline std::uint64_t splitMix(std::uint64_t& state) noexcept {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
}

/// xoshiro256** (Blackman and Vigna).
class Random {
public:
    explicit Random(std::uint64_t seed) noexcept {
        std::uint64_t s = seed;
        for (std::uint64_t& word : state_) {
            word = splitMix(s);
        }
    }
    std::uint64_t next() noexcept {
        const std::uint64_t result = rotl(state_[1] * 5U, 7) * 9U;
        const std::uint64_t t = state_[1] << 17U;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }
    /// An index in [0, n): the high word of next() x n (Lemire's multiply, without the rejection step; the
    /// bias is below n / 2^64).
    std::size_t index(std::size_t n) noexcept {
        __extension__ typedef unsigned __int128 UWide;
        const UWide product = static_cast<UWide>(next()) * n;
        return static_cast<std::size_t>(product >> 64U);
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) noexcept {
        return (x << static_cast<unsigned>(k)) | (x >> static_cast<unsigned>(64 - k));
    }
    std::array<std::uint64_t, 4> state_{};
};

} // namespace attrition::detail
