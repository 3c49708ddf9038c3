#pragma once

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/rounding.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace attrition {

/// Where a contract stands in the sales pipeline. Lost: the hotel did not win the business (a prospect or a
/// tentative that never became definite); nothing is owed under it.
enum class ContractStatus : std::uint8_t { Prospect, Tentative, Definite, Cancelled, Actualized, Lost };

/// Why a lost contract was lost.
enum class LostReason : std::uint8_t { Price, Dates, Competitor, Other };

// ---------------------------------------------------------------------------------------------------------
// Rooms

/// Rooms held for the group on one night (the date the guest sleeps) of one room type, at the group rate.
struct BlockEntry {
    Date night;
    std::string roomType;
    std::int32_t rooms = 0;
    Money rate;
    bool operator==(const BlockEntry&) const = default;
};

/// Rooms the group actually reserved or occupied on one night of one room type.
struct PickupEntry {
    Date night;
    std::string roomType;
    std::int32_t rooms = 0;
    bool operator==(const PickupEntry&) const = default;
};

/// Room nights an audit credits to the group on one night, beyond the pickup itself.
struct AuditCredit {
    Date night;
    std::int32_t outsideBlock = 0;  ///< attendees found staying outside the block
    std::int32_t billedNoShows = 0; ///< no-shows the hotel billed
    std::int32_t walked = 0;        ///< guests the hotel walked to another hotel
    bool operator==(const AuditCredit&) const = default;
};

/// Room nights the hotel resold on a night, at the rate it received.
struct ResaleEntry {
    Date night;
    std::int32_t roomNights = 0;
    Money rate;
    bool operator==(const ResaleEntry&) const = default;
};

/// The hotel's occupancy on a night (for "credit resale only when sold out").
struct NightOccupancy {
    Date night;
    Percent occupancy;
    bool operator==(const NightOccupancy&) const = default;
};

/// "By this date the group may reduce the block by up to this share of the original block."
struct ReviewStep {
    Date deadline;
    Percent maxReduction;
    bool operator==(const ReviewStep&) const = default;
};

/// One night and room type of a block reduction the group asked for: the block becomes `rooms`.
/// Entries recorded on the same date form one reduction request, honoured or refused as a whole.
struct BlockReduction {
    Date recorded;
    Date night;
    std::string roomType;
    std::int32_t rooms = 0;
    bool operator==(const BlockReduction&) const = default;
};

enum class AttritionMethod : std::uint8_t { Cumulative, NightByNight };
enum class ThresholdRounding : std::uint8_t { Exact, Up, Down };
enum class RateBasis : std::uint8_t { PerNight, Average };
enum class ResaleCreditMethod : std::uint8_t { None, ByCount, ByRevenue };

struct AttritionClause {
    bool enabled = true;
    Percent performanceLevel = Percent::fromPoints(80); ///< share of the block the group must reach
    AttritionMethod method = AttritionMethod::Cumulative;
    bool overBlockCredit = false; ///< night by night: rooms above the block on one night offset others
    ThresholdRounding thresholdRounding = ThresholdRounding::Exact; ///< of the required room nights
    Percent damagesFactor = Percent::hundred();                     ///< 100%, or a lost-profit share
    RateBasis rateBasis = RateBasis::PerNight;
    ResaleCreditMethod resaleCredit = ResaleCreditMethod::None;
    std::optional<Percent> resaleOnlyAtOccupancy; ///< credit resale only on nights at/above this occupancy
    bool countOutsideBlock = true;
    bool countBilledNoShows = true;
    bool countWalked = true;
    std::optional<Money> capAmount;    ///< damages never exceed this
    bool capRoomsAtNightBlock = false; ///< never more rooms charged on a night than were blocked that night
    bool taxable = false;
    Percent taxRate;
    bool operator==(const AttritionClause&) const = default;
};

// ---------------------------------------------------------------------------------------------------------
// Food & beverage, meeting rooms, comps

struct FoodBeverageClause {
    Money minimum;                              ///< before tax and service charge; zero means no minimum
    Percent allowance;                          ///< the group may fall short of the minimum by this share
    Money actualSpend;                          ///< counted by the contract's rules
    Percent damagesFactor = Percent::hundred(); ///< 100%, or a lost-profit share
    Percent serviceChargeRate;
    bool serviceChargeOnDamages = false;
    Percent taxRate;
    bool taxOnDamages = false;
    bool taxOnServiceCharge = false;
    bool operator==(const FoodBeverageClause&) const = default;
};

/// "At least minPickup of the block picked up: pay `charged` of the rental."
struct MeetingScaleBand {
    Percent minPickup;
    Percent charged;
    bool operator==(const MeetingScaleBand&) const = default;
};

enum class MeetingRoomPolicy : std::uint8_t {
    WithAttrition,      ///< the scaled rental is owed besides room attrition
    GreaterOfTheTwo,    ///< the group owes the greater of scaled rental and room attrition, not both
    InsteadOfAttrition, ///< the scaled rental replaces room attrition
};

struct MeetingRoomClause {
    Money rental;                        ///< zero means no meeting room rental
    std::vector<MeetingScaleBand> scale; ///< empty: the rental is billed as rent, not assessed here
    MeetingRoomPolicy policy = MeetingRoomPolicy::WithAttrition;
    bool taxable = false;
    Percent taxRate;
    bool operator==(const MeetingRoomClause&) const = default;
};

struct CompPolicy {
    std::int32_t perRoomNights = 0; ///< one comp per this many room nights picked up; 0: no comps
    bool perNight = false;          ///< earned night by night rather than on the cumulative pickup
    bool countTowardPickup = false;
    bool operator==(const CompPolicy&) const = default;
};

// ---------------------------------------------------------------------------------------------------------
// Cancellation and deposits

enum class CancellationBasis : std::uint8_t {
    RoomRevenue,  ///< anticipated room revenue (block x rate)
    TotalRevenue, ///< rooms + F&B minimum + meeting room rental
    PerComponent, ///< a separate percentage of each component
};

/// Days before arrival from minDays to maxDays inclusive (no maxDays: and more).
struct CancellationTier {
    std::int32_t minDays = 0;
    std::optional<std::int32_t> maxDays;
    Percent percent;      ///< of the basis (RoomRevenue, TotalRevenue)
    Percent roomsPercent; ///< PerComponent
    Percent foodBeveragePercent;
    Percent meetingRoomPercent;
    bool operator==(const CancellationTier&) const = default;
};

struct CancellationClause {
    std::vector<CancellationTier> tiers; ///< empty: no cancellation clause
    CancellationBasis basis = CancellationBasis::RoomRevenue;
    bool roundToWholeUnits = false;
    bool creditResale = false; ///< mitigation: resold room revenue (capped at the rate) reduces the fee
    bool taxable = false;
    Percent taxRate;
    bool waiveOnForceMajeure = true;
    bool operator==(const CancellationClause&) const = default;
};

struct Deposit {
    Date received;
    Money amount;
    std::string note;
    bool operator==(const Deposit&) const = default;
};

// ---------------------------------------------------------------------------------------------------------
// Settlement of the damages

/// One payment the client made towards the damages.
struct SettlementPayment {
    Date received;
    Money amount;
    bool operator==(const SettlementPayment&) const = default;
};

/// Where the settlement of a contract's damages stands; derived from the settlement, never stored.
enum class SettlementState : std::uint8_t {
    NotAssessed,     ///< no damages agreed with the client yet
    Assessed,        ///< agreed, not invoiced, nothing collected or waived in full
    Invoiced,        ///< invoiced, nothing collected yet
    PartlyCollected, ///< some collected, some still open
    Collected,       ///< collected in full, nothing waived
    Waived,          ///< waived in full, nothing collected
    Settled,         ///< nothing open: partly collected and partly waived (or nothing was owed)
};

/// What became of the damages after the assessment: the amount agreed with the client, the invoice, the
/// payments, what the hotel waived, and the part of the waiver granted as a credit on a future contract of
/// the same account.
struct Settlement {
    std::optional<Money> assessed; ///< the damages as agreed with the client; none until assessed
    std::optional<Date> invoicedOn;
    std::string invoiceNumber;
    std::vector<SettlementPayment> payments;
    Money waived; ///< zero: nothing waived
    std::string waiverReason;
    Money creditAmount;         ///< of the waiver, granted as a credit on a future contract; zero: none
    std::string creditContract; ///< the reference of the contract that receives the credit

    /// The payments summed (a zero without currency when there are none).
    Money collected() const;
    /// assessed - collected - waived; zero when nothing is assessed.
    Money open() const;
    SettlementState state() const;
    bool isEmpty() const noexcept { return *this == Settlement{}; }
    bool operator==(const Settlement&) const = default;
};

/// A credit granted on a contract by the settlement of another contract of the same account: part of the
/// damages waived there, applied here to what is owed (never more than that).
struct RebookingCredit {
    std::string fromContract; ///< the reference of the contract whose settlement grants it
    Money amount;
    bool operator==(const RebookingCredit&) const = default;
};

// ---------------------------------------------------------------------------------------------------------

/// A hotel group contract and what has happened under it so far.
struct Contract {
    std::string reference;
    std::string groupName;
    std::string account; ///< the organizer
    std::string hotel;
    std::string salesManager;
    ContractStatus status = ContractStatus::Tentative;
    std::optional<LostReason> lostReason; ///< only, and always, for a lost contract
    std::string lostNote;                 ///< optional free text on why it was lost
    Currency currency;
    Date signedOn;
    Date arrival;
    Date departure; ///< the nights of the stay are arrival .. departure - 1
    std::optional<Date> cutoff;
    RoundingMode rounding = RoundingMode::HalfUp; ///< applied once per line item

    std::vector<BlockEntry> block;
    std::vector<ReviewStep> reviewSchedule;
    std::vector<BlockReduction> reductions;
    std::vector<PickupEntry> pickup;
    std::vector<AuditCredit> auditCredits;
    std::vector<ResaleEntry> resale;
    std::vector<NightOccupancy> occupancy;

    AttritionClause attrition;
    FoodBeverageClause foodBeverage;
    MeetingRoomClause meetingRoom;
    CompPolicy comps;
    CancellationClause cancellation;
    std::optional<Date> cancellationNotice; ///< the date written notice of cancellation was received
    bool forceMajeure = false;              ///< the cancellation was caused by force majeure
    std::vector<Deposit> deposits;
    Settlement settlement;
    std::string notes;
    /// The catalogue paths ("cancellation.tiers", "attrition.performanceLevel") whose values are the
    /// program's defaults, filled in for a new contract and not yet confirmed from the signed contract.
    /// Empty for a contract whose every value was typed or confirmed (and for every contract read from a
    /// file or database that does not mention it). See clause_defaults.h.
    std::set<std::string> unconfirmedDefaults;

    std::int32_t nightCount() const noexcept { return departure.daysSince(arrival); }
    bool isCancelled() const noexcept { return cancellationNotice.has_value(); }
    bool operator==(const Contract&) const = default;
};

std::string_view toString(ContractStatus status) noexcept;
std::optional<ContractStatus> contractStatusFromString(std::string_view text) noexcept;
std::string_view toString(LostReason value) noexcept;
std::optional<LostReason> lostReasonFromString(std::string_view text) noexcept;
std::string_view toString(AttritionMethod value) noexcept;
std::optional<AttritionMethod> attritionMethodFromString(std::string_view text) noexcept;
std::string_view toString(ThresholdRounding value) noexcept;
std::optional<ThresholdRounding> thresholdRoundingFromString(std::string_view text) noexcept;
std::string_view toString(RateBasis value) noexcept;
std::optional<RateBasis> rateBasisFromString(std::string_view text) noexcept;
std::string_view toString(ResaleCreditMethod value) noexcept;
std::optional<ResaleCreditMethod> resaleCreditMethodFromString(std::string_view text) noexcept;
std::string_view toString(MeetingRoomPolicy value) noexcept;
std::optional<MeetingRoomPolicy> meetingRoomPolicyFromString(std::string_view text) noexcept;
std::string_view toString(CancellationBasis value) noexcept;
std::optional<CancellationBasis> cancellationBasisFromString(std::string_view text) noexcept;
std::string_view toString(SettlementState value) noexcept;

} // namespace attrition
