#pragma once

// Quoting a group: is it worth taking, and which attrition terms to ask for. The group's contribution after
// its expected wash against the transient business it displaces (group displacement, docs/QUOTE_METHODS.md),
// and what each performance level and damages factor would collect given the wash distribution.

#include "attrition/domain/contract.h"
#include "attrition/domain/hotel_night.h"
#include "attrition/domain/quantity.h"
#include "attrition/engine/forecast.h"
#include "attrition/engine/message.h"

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace attrition::quote {

/// The hotel's outlook for one night without the group (attrition/domain/hotel_night.h).
using HotelNight = attrition::HotelNight;

struct Margins {
    Money roomVariableCost;                               ///< per occupied room night, group or transient
    Percent groupCommission;                              ///< of the group's room revenue
    Percent foodBeverageMargin = Percent::fromPoints(30); ///< profit share of F&B revenue
    Percent meetingRoomMargin = Percent::fromPoints(80);  ///< profit share of the meeting room rental
    bool operator==(const Margins&) const = default;
};

/// Where the expected wash comes from.
enum class WashSource : std::uint8_t {
    Account,    ///< the account's own past groups (at least kMinAccountWashGroups)
    Comparable, ///< all past groups given (at least kMinComparableWashGroups)
    Default,    ///< too few past groups: 0%, 5%, 10%, 15% and 20%, equally likely
};
const char* washSourceName(WashSource source) noexcept;

constexpr std::int32_t kMinAccountWashGroups = forecast::kMinAccountGroups;
constexpr std::int32_t kMinComparableWashGroups = 10;

/// The washes (1 - final pickup / block) of past groups, each equally likely, sorted.
struct WashDistribution {
    WashSource source = WashSource::Default;
    std::int32_t groups = 0;        ///< the past groups behind it (0 for the default)
    std::int32_t accountGroups = 0; ///< the account's own past groups, used or not
    std::vector<Percent> washes;
};

/// The washes of past groups (those with a block and a final pickup): the account's own when it has enough of
/// them, else all of them, else the default.
WashDistribution washDistribution(std::span<const GroupHistory> past, std::string_view account);

struct QuoteOptions {
    Margins margins;
    std::uint64_t seed = 1;
    std::int32_t draws = 10'000; ///< wash draws, kMinDraws to kMaxDraws of the forecast
    std::vector<Percent> performanceLevels = {Percent::fromPoints(70), Percent::fromPoints(75),
                                              Percent::fromPoints(80), Percent::fromPoints(85),
                                              Percent::fromPoints(90), Percent::fromPoints(95)};
    std::vector<Percent> damagesFactors = {Percent::hundred(), Percent::fromPoints(80),
                                           Percent::fromPoints(70)};
};

/// One night of the stay, expected over the wash draws.
struct NightQuote {
    Date night;
    std::int32_t block = 0; ///< rooms of every room type
    std::int32_t capacity = 0;
    Quantity transientDemand;
    Quantity groupRooms;                ///< block x (1 - wash)
    Quantity displacedRooms;            ///< max(0, transient demand + group rooms - capacity)
    Money groupRevenue;                 ///< group rooms at the group rates
    Money groupRoomProfit;              ///< group revenue less commission and the rooms' variable cost
    Money displacementCost;             ///< displaced rooms x (transient net ADR - variable cost + ancillary)
    Money net;                          ///< group room profit - displacement cost
    std::optional<Money> breakEvenRate; ///< the least average group rate at which the night pays for itself
};

/// What a performance level and damages factor would collect if the contract were signed with them.
struct ClauseOption {
    Percent performanceLevel;
    Percent damagesFactor;
    Money expectedDamages;
    double probabilityOwed = 0; ///< share of the draws that owe anything
};

struct Quote {
    Currency currency;
    WashDistribution wash;
    Percent expectedWash; ///< the mean of the draws
    Percent washP10;
    Percent washP90;
    std::vector<NightQuote> nights;
    Money groupRoomProfit;
    Money displacementCost;
    Money foodBeverageProfit; ///< the F&B minimum x margin: the minimum is assumed to be spent
    Money meetingRoomProfit;  ///< the rental x margin
    Money net;                ///< the sum of the nights' net and the F&B and meeting room profit
    Money netP10;
    Money netP50;
    Money netP90;
    std::int32_t draws = 0;
    std::uint64_t seed = 0;
    std::vector<ClauseOption> clauses;
    std::vector<Message> explanation;
};

/// What stops a quote, each naming its night: a night of the stay without an outlook, a block above the
/// hotel's capacity, negative demand or capacity, an amount in another currency. Empty: the quote can run.
std::vector<Message> checkQuote(const Contract& contract, const std::vector<HotelNight>& outlook,
                                const QuoteOptions& options);

/// Thrown by quoteGroup for inputs that checkQuote refuses; what() is the first problem in English.
class QuoteError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

/// The quote of a proposed contract against the hotel's outlook for its nights (any other nights are
/// ignored), with the wash drawn from `wash`.
Quote quoteGroup(const Contract& contract, const std::vector<HotelNight>& outlook,
                 const WashDistribution& wash, const QuoteOptions& options);

} // namespace attrition::quote
