#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/message.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace attrition {

/// One problem with a contract: the field it is in, as a path ("block[2].rooms", "cancellation.tiers[1]"),
/// and the rule it breaks.
struct ValidationIssue {
    std::string field;
    Message message;

    /// "block[2].rooms: rooms must not be negative (-5)".
    std::string toEnglish() const;
};

/// Every problem found in the contract; empty when it can be assessed.
std::vector<ValidationIssue> validate(const Contract& contract);

/// Thrown by the engine when asked to assess an invalid contract: an invalid contract is never assessed.
class ContractInvalid : public std::runtime_error {
public:
    explicit ContractInvalid(std::vector<ValidationIssue> issues);
    const std::vector<ValidationIssue>& issues() const noexcept { return issues_; }

private:
    std::vector<ValidationIssue> issues_;
};

} // namespace attrition
