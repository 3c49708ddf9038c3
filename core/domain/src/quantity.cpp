#include "attrition/domain/quantity.h"

#include "attrition/domain/fixed_point.h"

namespace attrition {

std::string Quantity::toString() const {
    return formatScaledDecimal(micro_, 6, true);
}

} // namespace attrition
