#include "attrition/domain/field_catalogue.h"

#include <array>
#include <type_traits>

namespace attrition {

namespace {

template <typename T> struct IsOptional : std::false_type {};
template <typename T> struct IsOptional<std::optional<T>> : std::true_type {};

// One entry: the member expression serves as the path's source, the comparison and the copy alike, so the
// three cannot drift apart. Then the field's label among the fields of its section, and its full label (""
// for none).
#define ATTRITION_FIELD(member, kind, section, label, fullLabel)                                             \
    ContractField {                                                                                          \
#member, FieldKind::kind, FieldSection::section, label, fullLabel,                                   \
            IsOptional < std::remove_cvref_t < decltype(Contract{}.member)>> ::value,                        \
            [](const Contract& a, const Contract& b) {                                                       \
                return a.member == b.member;                                                                 \
        }, [](Contract & to, const Contract& from) {                                                         \
            to.member = from.member;                                                                         \
        }                                                                                                    \
    }

constexpr std::array fields{
    ATTRITION_FIELD(reference, Text, General, "Reference", "Reference"),
    ATTRITION_FIELD(groupName, Text, General, "Group name", ""),
    ATTRITION_FIELD(account, Text, General, "Account", ""),
    ATTRITION_FIELD(hotel, Text, General, "Hotel", ""),
    ATTRITION_FIELD(salesManager, Text, General, "Sales manager", ""),
    ATTRITION_FIELD(status, Enum, General, "Status", ""),
    ATTRITION_FIELD(lostReason, Enum, General, "Lost reason", "Lost reason"),
    ATTRITION_FIELD(lostNote, Text, General, "Lost note", ""),
    ATTRITION_FIELD(currency, Enum, General, "Currency", "Currency"),
    ATTRITION_FIELD(signedOn, Date, General, "Signed on", "Signed on"),
    ATTRITION_FIELD(arrival, Date, General, "Arrival", "Arrival"),
    ATTRITION_FIELD(departure, Date, General, "Departure", "Departure"),
    ATTRITION_FIELD(cutoff, Date, General, "Cutoff", "Cutoff date"),
    ATTRITION_FIELD(rounding, Enum, General, "Rounding", ""),
    ATTRITION_FIELD(block, List, Block, "Block", "Room block"),
    ATTRITION_FIELD(reviewSchedule, List, Reviews, "Review schedule", "Review schedule"),
    ATTRITION_FIELD(reductions, List, Reviews, "Block reductions", "Block reductions"),
    ATTRITION_FIELD(pickup, List, Pickup, "Pickup", "Pickup"),
    ATTRITION_FIELD(auditCredits, List, Pickup, "Audit credits", "Audit credits"),
    ATTRITION_FIELD(resale, List, Pickup, "Resale", "Resold rooms"),
    ATTRITION_FIELD(occupancy, List, Pickup, "Occupancy", "Hotel occupancy"),
    ATTRITION_FIELD(attrition.enabled, Bool, Attrition, "Attrition clause", "Attrition clause"),
    ATTRITION_FIELD(attrition.performanceLevel, Percent, Attrition, "Performance level", "Performance level"),
    ATTRITION_FIELD(attrition.method, Enum, Attrition, "Method", "Attrition assessment"),
    ATTRITION_FIELD(attrition.overBlockCredit, Bool, Attrition, "Credit rooms above the block", ""),
    ATTRITION_FIELD(attrition.thresholdRounding, Enum, Attrition, "Threshold rounding",
                    "Rounding of the required rooms"),
    ATTRITION_FIELD(attrition.damagesFactor, Percent, Attrition, "Damages factor", "Room damages factor"),
    ATTRITION_FIELD(attrition.rateBasis, Enum, Attrition, "Rate basis", "Attrition rate basis"),
    ATTRITION_FIELD(attrition.resaleCredit, Enum, Attrition, "Resale credit", "Resale credit"),
    ATTRITION_FIELD(attrition.resaleOnlyAtOccupancy, Percent, Attrition, "Credit resale only at occupancy",
                    "Resale credited from occupancy"),
    ATTRITION_FIELD(attrition.countOutsideBlock, Bool, Attrition, "Count attendees outside the block", ""),
    ATTRITION_FIELD(attrition.countBilledNoShows, Bool, Attrition, "Count billed no-shows", ""),
    ATTRITION_FIELD(attrition.countWalked, Bool, Attrition, "Count walked guests", ""),
    ATTRITION_FIELD(attrition.capAmount, Money, Attrition, "Cap", "Damages cap"),
    ATTRITION_FIELD(attrition.capRoomsAtNightBlock, Bool, Attrition, "Cap rooms at the night's block", ""),
    ATTRITION_FIELD(attrition.taxable, Bool, Attrition, "Taxable", ""),
    ATTRITION_FIELD(attrition.taxRate, Percent, Attrition, "Tax rate", "Tax on room damages"),
    ATTRITION_FIELD(foodBeverage.minimum, Money, FoodBeverage, "Minimum", "F&B minimum"),
    ATTRITION_FIELD(foodBeverage.allowance, Percent, FoodBeverage, "Allowance", "F&B allowance"),
    ATTRITION_FIELD(foodBeverage.actualSpend, Money, FoodBeverage, "Actual spend", "F&B actual spend"),
    ATTRITION_FIELD(foodBeverage.damagesFactor, Percent, FoodBeverage, "Damages factor",
                    "F&B damages factor"),
    ATTRITION_FIELD(foodBeverage.serviceChargeRate, Percent, FoodBeverage, "Service charge",
                    "Service charge"),
    ATTRITION_FIELD(foodBeverage.serviceChargeOnDamages, Bool, FoodBeverage, "Service charge on damages", ""),
    ATTRITION_FIELD(foodBeverage.taxRate, Percent, FoodBeverage, "Tax rate", "F&B tax"),
    ATTRITION_FIELD(foodBeverage.taxOnDamages, Bool, FoodBeverage, "Tax on damages", ""),
    ATTRITION_FIELD(foodBeverage.taxOnServiceCharge, Bool, FoodBeverage, "Tax on the service charge", ""),
    ATTRITION_FIELD(meetingRoom.rental, Money, MeetingRoom, "Rental", "Meeting room rental"),
    ATTRITION_FIELD(meetingRoom.scale, List, MeetingRoom, "Sliding scale", "Meeting room scale"),
    ATTRITION_FIELD(meetingRoom.policy, Enum, MeetingRoom, "Policy", ""),
    ATTRITION_FIELD(meetingRoom.taxable, Bool, MeetingRoom, "Taxable", ""),
    ATTRITION_FIELD(meetingRoom.taxRate, Percent, MeetingRoom, "Tax rate", "Meeting room tax"),
    ATTRITION_FIELD(comps.perRoomNights, Integer, Comps, "One comp per room nights", "Comp ratio"),
    ATTRITION_FIELD(comps.perNight, Bool, Comps, "Earned night by night", ""),
    ATTRITION_FIELD(comps.countTowardPickup, Bool, Comps, "Comps count toward pickup", ""),
    ATTRITION_FIELD(cancellation.tiers, List, Cancellation, "Cancellation tiers", "Cancellation tiers"),
    ATTRITION_FIELD(cancellation.basis, Enum, Cancellation, "Basis", "Cancellation basis"),
    ATTRITION_FIELD(cancellation.roundToWholeUnits, Bool, Cancellation, "Round to whole units", ""),
    ATTRITION_FIELD(cancellation.creditResale, Bool, Cancellation, "Credit resale", ""),
    ATTRITION_FIELD(cancellation.taxable, Bool, Cancellation, "Taxable", ""),
    ATTRITION_FIELD(cancellation.taxRate, Percent, Cancellation, "Tax rate", "Cancellation tax"),
    ATTRITION_FIELD(cancellation.waiveOnForceMajeure, Bool, Cancellation, "Waive on force majeure",
                    "Cancellation fee waived on force majeure"),
    ATTRITION_FIELD(cancellationNotice, Date, Cancellation, "Cancellation notice", "Cancellation notice"),
    ATTRITION_FIELD(forceMajeure, Bool, Cancellation, "Force majeure", ""),
    ATTRITION_FIELD(deposits, List, Deposits, "Deposits", "Deposits"),
    ATTRITION_FIELD(settlement.assessed, Money, Settlement, "Damages agreed", "Damages agreed"),
    ATTRITION_FIELD(settlement.invoicedOn, Date, Settlement, "Invoiced on", "Damages invoiced on"),
    ATTRITION_FIELD(settlement.invoiceNumber, Text, Settlement, "Invoice number", ""),
    ATTRITION_FIELD(settlement.payments, List, Settlement, "Payments", "Payments received"),
    ATTRITION_FIELD(settlement.waived, Money, Settlement, "Waived", "Damages waived"),
    ATTRITION_FIELD(settlement.waiverReason, Text, Settlement, "Waiver reason", "Waiver reason"),
    ATTRITION_FIELD(settlement.creditAmount, Money, Settlement, "Credit on a future contract",
                    "Credit on a future contract"),
    ATTRITION_FIELD(settlement.creditContract, Text, Settlement, "Credit to contract", "Credit to contract"),
    ATTRITION_FIELD(notes, Text, General, "Notes", ""),
    ATTRITION_FIELD(unconfirmedDefaults, List, General, "Unconfirmed defaults", ""),
};

#undef ATTRITION_FIELD

} // namespace

std::span<const ContractField> contractFields() noexcept {
    return fields;
}

const ContractField* findContractField(std::string_view path) noexcept {
    for (const ContractField& field : fields) {
        if (field.path == path) {
            return &field;
        }
    }
    return nullptr;
}

} // namespace attrition
