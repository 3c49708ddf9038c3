#pragma once

// The hotel's outlook for one night without the group: what a quote (attrition/engine/quote.h) weighs a
// proposed group against, and what the database keeps per hotel and night.

#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/quantity.h"

#include <cstdint>

namespace attrition {

/// The hotel's outlook for one night without the group.
struct HotelNight {
    Date night;
    std::int32_t capacity = 0; ///< rooms the hotel can sell that night
    Quantity transientDemand;  ///< unconstrained transient demand, in rooms
    Money transientNetAdr;     ///< the transient rate net of commissions and distribution costs
    Money transientAncillary;  ///< ancillary profit per occupied transient room (zero when not known)
    bool operator==(const HotelNight&) const = default;
};

} // namespace attrition
