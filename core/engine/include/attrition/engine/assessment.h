#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/quantity.h"
#include "attrition/engine/message.h"

#include <optional>
#include <string>
#include <vector>

namespace attrition {

enum class Component : std::uint8_t { Rooms, FoodBeverage, MeetingRoom, Cancellation, Comps, Tax, Deposits };

std::string_view toString(Component component) noexcept;

/// One line of an itemized assessment. `amount` is what the line adds to the total owed (zero for an
/// informational line); `quantity`, `rate` and `factor` are the figures its formula used, when it has them.
struct AssessmentLine {
    Component component = Component::Rooms;
    std::optional<Date> night;
    std::optional<Quantity> quantity;
    std::optional<Money> rate;
    std::optional<Percent> factor;
    Money amount;
    Message explanation;
};

/// What a group owes under its contract, itemized, with totals.
struct Assessment {
    Currency currency;
    bool cancelled = false; ///< assessed under the cancellation clause instead of attrition
    std::vector<AssessmentLine> lines;
    std::vector<Message> warnings;

    // Figures of the stay.
    std::int64_t contractedRoomNights = 0; ///< the original block
    std::int64_t revisedRoomNights = 0;    ///< the block after honoured reductions
    std::int64_t pickedUpRoomNights = 0;   ///< pickup as reported
    std::int64_t countedRoomNights = 0;    ///< pickup plus the credits the contract counts
    std::int64_t compRoomNights = 0;       ///< comp room nights earned
    Percent pickupPercent;                 ///< counted / revised block, truncated to 1 ppm

    // Totals, each before tax, then tax, deposits and what remains.
    Money rooms;
    Money foodBeverage; ///< F&B damages and, where the contract adds it, service charge on them
    Money meetingRoom;
    Money cancellation;
    Money subtotal; ///< the components above
    Money tax;
    Money totalOwed; ///< subtotal + tax
    Money
        creditsApplied; ///< rebooking credits applied to the total owed (never more than it), before deposits
    Money depositsApplied; ///< deposits applied to what the credits leave (never more than it)
    Money netDue;          ///< totalOwed - creditsApplied - depositsApplied
    Money depositBalance;  ///< deposits left over, owed back to the group or held
};

} // namespace attrition
