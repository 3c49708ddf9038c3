#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/message.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace attrition {

/// How serious a problem is: an error stops assessment; a warning is a likely mistake (a value the
/// assessment ignores, a percentage written as a fraction) that does not.
enum class Severity : std::uint8_t { Error, Warning };

/// One problem with a contract: the field it is in, as a path ("block[2].rooms", "cancellation.tiers[1]"),
/// and the rule it breaks.
struct ValidationIssue {
    std::string field;
    Message message;
    Severity severity = Severity::Error;

    /// "block[2].rooms: rooms must not be negative (-5)".
    std::string toEnglish() const;
};

/// Every error found in the contract; empty when it can be assessed. Warnings are not included.
std::vector<ValidationIssue> validate(const Contract& contract);

/// Every warning about the contract (Severity::Warning): values that are valid but that the assessment
/// ignores or that look written by mistake. Warnings never stop assessment.
std::vector<ValidationIssue> validationWarnings(const Contract& contract);

/// Thrown by the engine when asked to assess an invalid contract: an invalid contract is never assessed.
class ContractInvalid : public std::runtime_error {
public:
    explicit ContractInvalid(std::vector<ValidationIssue> issues);
    const std::vector<ValidationIssue>& issues() const noexcept { return issues_; }

private:
    std::vector<ValidationIssue> issues_;
};

} // namespace attrition
