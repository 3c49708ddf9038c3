#pragma once

#include "attrition/domain/contract.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>
#include <utility>

namespace attrition {

/// What kind of value a contract field holds.
enum class FieldKind : std::uint8_t { Text, Date, Money, Percent, Integer, Bool, Enum, List };

/// The editor's sections, in the order it shows them.
enum class FieldSection : std::uint8_t {
    General,
    Block,
    Reviews,
    Pickup,
    FoodBeverage,
    MeetingRoom,
    Attrition,
    Comps,
    Cancellation,
    Deposits,
    Settlement,
};

/// One field of a Contract: where it lives in the contract file, what it holds, how the screen names it
/// and how to reach it. A list (the block, the tiers...) is one field; its entries travel together.
struct ContractField {
    std::string_view path; ///< as in the contract file and validation messages, e.g. "attrition.taxRate"
    FieldKind kind;
    FieldSection section;
    /// The English label the editor shows for the field among the fields of its section, which the reports
    /// also use where they name the field: the label of its row, or the text of its check box for a yes-or-no
    /// field.
    std::string_view label;
    /// The English label that names the field on its own, outside its section, as validation messages do:
    /// "Tax on room damages" for attrition.taxRate, labelled "Tax rate" among the attrition clause's fields.
    /// Empty when the field has none (a message then names it by its path).
    std::string_view fullLabel;
    bool optional; ///< the value may be absent (std::optional)
    /// Whether the field is the same in both contracts.
    bool (*same)(const Contract& a, const Contract& b);
    /// Sets the field of `to` to the field of `from`.
    void (*copy)(Contract& to, const Contract& from);
};

/// Every field of a Contract, in the order of the contract file, one entry a field: the name of its typed
/// descriptor (namespace field), the member expression, which serves as its path and as its accessor, its
/// kind and section, its label among the fields of its section, and its full label ("" for none). The
/// catalogue (contractFields()) and the descriptors are both made from this one list, so they cannot drift
/// apart. A field of Contract missing here fails the catalogue's test (tests/io/field_catalogue_test.cpp).
#define ATTRITION_CONTRACT_FIELDS(X)                                                                         \
    X(Reference, reference, Text, General, "Reference", "Reference")                                         \
    X(GroupName, groupName, Text, General, "Group", "")                                                      \
    X(Account, account, Text, General, "Account", "")                                                        \
    X(Hotel, hotel, Text, General, "Hotel", "")                                                              \
    X(SalesManager, salesManager, Text, General, "Sales manager", "")                                        \
    X(Status, status, Enum, General, "Status", "")                                                           \
    X(LostReason, lostReason, Enum, General, "Lost reason", "Lost reason")                                   \
    X(LostNote, lostNote, Text, General, "Lost note", "")                                                    \
    X(Currency, currency, Enum, General, "Currency", "Currency")                                             \
    X(SignedOn, signedOn, Date, General, "Signed on", "Signed on")                                           \
    X(Arrival, arrival, Date, General, "Arrival", "Arrival")                                                 \
    X(Departure, departure, Date, General, "Departure", "Departure")                                         \
    X(Cutoff, cutoff, Date, General, "Cutoff", "Cutoff date")                                                \
    X(Rounding, rounding, Enum, General, "Rounding", "")                                                     \
    X(Block, block, List, Block, "Block", "Room block")                                                      \
    X(ReviewSchedule, reviewSchedule, List, Reviews, "Review schedule", "Review schedule")                   \
    X(Reductions, reductions, List, Reviews, "Block reductions", "Block reductions")                         \
    X(Pickup, pickup, List, Pickup, "Pickup", "Pickup")                                                      \
    X(AuditCredits, auditCredits, List, Pickup, "Audit credits", "Audit credits")                            \
    X(Resale, resale, List, Pickup, "Resale", "Resold rooms")                                                \
    X(Occupancy, occupancy, List, Pickup, "Occupancy", "Hotel occupancy")                                    \
    X(AttritionEnabled, attrition.enabled, Bool, Attrition, "The contract has an attrition clause",          \
      "Attrition clause")                                                                                    \
    X(AttritionPerformanceLevel, attrition.performanceLevel, Percent, Attrition, "Performance level",        \
      "Performance level")                                                                                   \
    X(AttritionMethod, attrition.method, Enum, Attrition, "Assessed", "Attrition assessment")                \
    X(AttritionOverBlockCredit, attrition.overBlockCredit, Bool, Attrition,                                  \
      "Rooms above the block offset other nights' shortfalls", "")                                           \
    X(AttritionThresholdRounding, attrition.thresholdRounding, Enum, Attrition, "Required rooms",            \
      "Rounding of the required rooms")                                                                      \
    X(AttritionDamagesFactor, attrition.damagesFactor, Percent, Attrition, "Damages factor",                 \
      "Room damages factor")                                                                                 \
    X(AttritionRateBasis, attrition.rateBasis, Enum, Attrition, "Rate basis", "Attrition rate basis")        \
    X(AttritionResaleCredit, attrition.resaleCredit, Enum, Attrition, "Resale credit", "Resale credit")      \
    X(AttritionResaleOnlyAtOccupancy, attrition.resaleOnlyAtOccupancy, Percent, Attrition,                   \
      "Only when occupancy reaches", "Resale credited from occupancy")                                       \
    X(AttritionCountOutsideBlock, attrition.countOutsideBlock, Bool, Attrition,                              \
      "Count bookings found outside the block", "")                                                          \
    X(AttritionCountBilledNoShows, attrition.countBilledNoShows, Bool, Attrition, "Count billed no-shows",   \
      "")                                                                                                    \
    X(AttritionCountWalked, attrition.countWalked, Bool, Attrition, "Count walked guests", "")               \
    X(AttritionCapAmount, attrition.capAmount, Money, Attrition, "Damages cap", "Damages cap")               \
    X(AttritionCapRoomsAtNightBlock, attrition.capRoomsAtNightBlock, Bool, Attrition,                        \
      "Charge no more rooms on a night than it blocked", "")                                                 \
    X(AttritionTaxable, attrition.taxable, Bool, Attrition, "Tax the room damages", "")                      \
    X(AttritionTaxRate, attrition.taxRate, Percent, Attrition, "Tax rate", "Tax on room damages")            \
    X(FoodBeverageMinimum, foodBeverage.minimum, Money, FoodBeverage, "F&B minimum", "F&B minimum")          \
    X(FoodBeverageAllowance, foodBeverage.allowance, Percent, FoodBeverage, "Allowance", "F&B allowance")    \
    X(FoodBeverageActualSpend, foodBeverage.actualSpend, Money, FoodBeverage, "Actual spend",                \
      "F&B actual spend")                                                                                    \
    X(FoodBeverageDamagesFactor, foodBeverage.damagesFactor, Percent, FoodBeverage, "Damages factor",        \
      "F&B damages factor")                                                                                  \
    X(FoodBeverageServiceChargeRate, foodBeverage.serviceChargeRate, Percent, FoodBeverage,                  \
      "Service charge", "Service charge")                                                                    \
    X(FoodBeverageServiceChargeOnDamages, foodBeverage.serviceChargeOnDamages, Bool, FoodBeverage,           \
      "Add the service charge to the damages", "")                                                           \
    X(FoodBeverageTaxRate, foodBeverage.taxRate, Percent, FoodBeverage, "Tax rate", "F&B tax")               \
    X(FoodBeverageTaxOnDamages, foodBeverage.taxOnDamages, Bool, FoodBeverage, "Tax the damages", "")        \
    X(FoodBeverageTaxOnServiceCharge, foodBeverage.taxOnServiceCharge, Bool, FoodBeverage,                   \
      "Tax the service charge", "")                                                                          \
    X(MeetingRoomRental, meetingRoom.rental, Money, MeetingRoom, "Rental", "Meeting room rental")            \
    X(MeetingRoomScale, meetingRoom.scale, List, MeetingRoom, "Sliding scale", "Meeting room scale")         \
    X(MeetingRoomPolicy, meetingRoom.policy, Enum, MeetingRoom, "With attrition", "")                        \
    X(MeetingRoomTaxable, meetingRoom.taxable, Bool, MeetingRoom, "Taxable", "")                             \
    X(MeetingRoomTaxRate, meetingRoom.taxRate, Percent, MeetingRoom, "Tax rate", "Meeting room tax")         \
    X(CompsPerRoomNights, comps.perRoomNights, Integer, Comps, "One per", "Comp ratio")                      \
    X(CompsPerNight, comps.perNight, Bool, Comps, "Earned night by night", "")                               \
    X(CompsCountTowardPickup, comps.countTowardPickup, Bool, Comps, "Comp rooms count toward pickup", "")    \
    X(CancellationTiers, cancellation.tiers, List, Cancellation, "Cancellation tiers", "Cancellation tiers") \
    X(CancellationBasis, cancellation.basis, Enum, Cancellation, "Fee basis", "Cancellation basis")          \
    X(CancellationRoundToWholeUnits, cancellation.roundToWholeUnits, Bool, Cancellation,                     \
      "Round the fee to whole currency units", "")                                                           \
    X(CancellationCreditResale, cancellation.creditResale, Bool, Cancellation,                               \
      "Credit rooms the hotel resold", "")                                                                   \
    X(CancellationTaxable, cancellation.taxable, Bool, Cancellation, "Taxable", "")                          \
    X(CancellationTaxRate, cancellation.taxRate, Percent, Cancellation, "Tax rate", "Cancellation tax")      \
    X(CancellationWaiveOnForceMajeure, cancellation.waiveOnForceMajeure, Bool, Cancellation,                 \
      "Waived on force majeure", "Cancellation fee waived on force majeure")                                 \
    X(CancellationNotice, cancellationNotice, Date, Cancellation, "Cancellation notice",                     \
      "Cancellation notice")                                                                                 \
    X(ForceMajeure, forceMajeure, Bool, Cancellation, "Cancelled by force majeure", "")                      \
    X(Deposits, deposits, List, Deposits, "Deposits", "Deposits")                                            \
    X(SettlementAssessed, settlement.assessed, Money, Settlement, "Damages agreed", "Damages agreed")        \
    X(SettlementInvoicedOn, settlement.invoicedOn, Date, Settlement, "Invoiced on", "Damages invoiced on")   \
    X(SettlementInvoiceNumber, settlement.invoiceNumber, Text, Settlement, "Invoice number", "")             \
    X(SettlementPayments, settlement.payments, List, Settlement, "Payments", "Payments received")            \
    X(SettlementWaived, settlement.waived, Money, Settlement, "Waived", "Damages waived")                    \
    X(SettlementWaiverReason, settlement.waiverReason, Text, Settlement, "Waiver reason", "Waiver reason")   \
    X(SettlementCreditAmount, settlement.creditAmount, Money, Settlement, "Credit on a future contract",     \
      "Credit on a future contract")                                                                         \
    X(SettlementCreditContract, settlement.creditContract, Text, Settlement, "Credit to contract",           \
      "Credit to contract")                                                                                  \
    X(Notes, notes, Text, General, "Notes", "")                                                              \
    X(UnconfirmedDefaults, unconfirmedDefaults, List, General, "Unconfirmed defaults", "")

namespace detail {

template <typename T> struct IsOptional : std::false_type {};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {};

} // namespace detail

/// The fields of a Contract as types, one per entry of the catalogue: what the catalogue says of the field,
/// known at compile time, and of() to reach its member, e.g. field::AttritionTaxRate::of(contract).
namespace field {

#define ATTRITION_FIELD_DESCRIPTOR(name, member, kind_, section_, label_, fullLabel_)                        \
    struct name {                                                                                            \
        static constexpr std::string_view path = #member;                                                    \
        static constexpr FieldKind kind = FieldKind::kind_;                                                  \
        static constexpr FieldSection section = FieldSection::section_;                                      \
        static constexpr std::string_view label = label_;                                                    \
        static constexpr std::string_view fullLabel = fullLabel_;                                            \
        using Type = decltype(std::declval<Contract&>().member);                                             \
        static constexpr bool optional = detail::IsOptional<Type>::value;                                    \
        static constexpr Type& of(Contract& c) noexcept { return c.member; }                                 \
        static constexpr const Type& of(const Contract& c) noexcept { return c.member; }                     \
    };

ATTRITION_CONTRACT_FIELDS(ATTRITION_FIELD_DESCRIPTOR)

#undef ATTRITION_FIELD_DESCRIPTOR

} // namespace field

/// Every field of a Contract, in the order of the contract file (ATTRITION_CONTRACT_FIELDS).
std::span<const ContractField> contractFields() noexcept;

/// The catalogued field with this path, or nullptr.
const ContractField* findContractField(std::string_view path) noexcept;

} // namespace attrition
