#include "attrition/domain/contract.h"

#include <array>
#include <utility>

namespace attrition {

namespace {

template <typename E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) noexcept {
    for (const auto& [v, name] : table) {
        if (v == value) {
            return name;
        }
    }
    return table[0].second;
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, std::string_view>, N>& table,
                         std::string_view text) noexcept {
    for (const auto& [v, name] : table) {
        if (name == text) {
            return v;
        }
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ContractStatus, std::string_view>, 6> kStatus{{
    {ContractStatus::Prospect, "prospect"},
    {ContractStatus::Tentative, "tentative"},
    {ContractStatus::Definite, "definite"},
    {ContractStatus::Cancelled, "cancelled"},
    {ContractStatus::Actualized, "actualized"},
    {ContractStatus::Lost, "lost"},
}};
constexpr std::array<std::pair<LostReason, std::string_view>, 4> kLostReason{{
    {LostReason::Price, "price"},
    {LostReason::Dates, "dates"},
    {LostReason::Competitor, "competitor"},
    {LostReason::Other, "other"},
}};
constexpr std::array<std::pair<AttritionMethod, std::string_view>, 2> kMethod{{
    {AttritionMethod::Cumulative, "cumulative"},
    {AttritionMethod::NightByNight, "night-by-night"},
}};
constexpr std::array<std::pair<ThresholdRounding, std::string_view>, 3> kThreshold{{
    {ThresholdRounding::Exact, "exact"},
    {ThresholdRounding::Up, "up"},
    {ThresholdRounding::Down, "down"},
}};
constexpr std::array<std::pair<RateBasis, std::string_view>, 2> kRateBasis{{
    {RateBasis::PerNight, "per-night"},
    {RateBasis::Average, "average"},
}};
constexpr std::array<std::pair<ResaleCreditMethod, std::string_view>, 3> kResale{{
    {ResaleCreditMethod::None, "none"},
    {ResaleCreditMethod::ByCount, "by-count"},
    {ResaleCreditMethod::ByRevenue, "by-revenue"},
}};
constexpr std::array<std::pair<MeetingRoomPolicy, std::string_view>, 3> kMeeting{{
    {MeetingRoomPolicy::WithAttrition, "with-attrition"},
    {MeetingRoomPolicy::GreaterOfTheTwo, "greater-of-the-two"},
    {MeetingRoomPolicy::InsteadOfAttrition, "instead-of-attrition"},
}};
constexpr std::array<std::pair<CancellationBasis, std::string_view>, 3> kBasis{{
    {CancellationBasis::RoomRevenue, "room-revenue"},
    {CancellationBasis::TotalRevenue, "total-revenue"},
    {CancellationBasis::PerComponent, "per-component"},
}};
constexpr std::array<std::pair<SettlementState, std::string_view>, 7> kSettlementState{{
    {SettlementState::NotAssessed, "not-assessed"},
    {SettlementState::Assessed, "assessed"},
    {SettlementState::Invoiced, "invoiced"},
    {SettlementState::PartlyCollected, "partly-collected"},
    {SettlementState::Collected, "collected"},
    {SettlementState::Waived, "waived"},
    {SettlementState::Settled, "settled"},
}};

} // namespace

std::string_view toString(ContractStatus v) noexcept {
    return nameOf(kStatus, v);
}
std::optional<ContractStatus> contractStatusFromString(std::string_view t) noexcept {
    return valueOf(kStatus, t);
}
std::string_view toString(LostReason v) noexcept {
    return nameOf(kLostReason, v);
}
std::optional<LostReason> lostReasonFromString(std::string_view t) noexcept {
    return valueOf(kLostReason, t);
}
std::string_view toString(AttritionMethod v) noexcept {
    return nameOf(kMethod, v);
}
std::optional<AttritionMethod> attritionMethodFromString(std::string_view t) noexcept {
    return valueOf(kMethod, t);
}
std::string_view toString(ThresholdRounding v) noexcept {
    return nameOf(kThreshold, v);
}
std::optional<ThresholdRounding> thresholdRoundingFromString(std::string_view t) noexcept {
    return valueOf(kThreshold, t);
}
std::string_view toString(RateBasis v) noexcept {
    return nameOf(kRateBasis, v);
}
std::optional<RateBasis> rateBasisFromString(std::string_view t) noexcept {
    return valueOf(kRateBasis, t);
}
std::string_view toString(ResaleCreditMethod v) noexcept {
    return nameOf(kResale, v);
}
std::optional<ResaleCreditMethod> resaleCreditMethodFromString(std::string_view t) noexcept {
    return valueOf(kResale, t);
}
std::string_view toString(MeetingRoomPolicy v) noexcept {
    return nameOf(kMeeting, v);
}
std::optional<MeetingRoomPolicy> meetingRoomPolicyFromString(std::string_view t) noexcept {
    return valueOf(kMeeting, t);
}
std::string_view toString(CancellationBasis v) noexcept {
    return nameOf(kBasis, v);
}
std::optional<CancellationBasis> cancellationBasisFromString(std::string_view t) noexcept {
    return valueOf(kBasis, t);
}
std::string_view toString(SettlementState v) noexcept {
    return nameOf(kSettlementState, v);
}

Money Settlement::collected() const {
    Money sum;
    for (const SettlementPayment& p : payments) {
        sum += p.amount;
    }
    return sum;
}

Money Settlement::open() const {
    if (!assessed) {
        return {};
    }
    return *assessed - collected() - waived;
}

SettlementState Settlement::state() const {
    if (!assessed) {
        return SettlementState::NotAssessed;
    }
    const Money got = collected();
    if (!open().isPositive()) {
        if (got.isZero() && waived.isPositive()) {
            return SettlementState::Waived;
        }
        if (waived.isZero() && got.isPositive()) {
            return SettlementState::Collected;
        }
        return SettlementState::Settled;
    }
    if (got.isPositive()) {
        return SettlementState::PartlyCollected;
    }
    if (invoicedOn) {
        return SettlementState::Invoiced;
    }
    return SettlementState::Assessed;
}

} // namespace attrition
