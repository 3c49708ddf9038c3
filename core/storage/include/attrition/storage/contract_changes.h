#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/storage/repository.h"

#include <string>
#include <utility>
#include <vector>

namespace attrition::storage {

/// Every value of a contract as (field, text) pairs, one field of the catalogue (field_catalogue.h) after the
/// other, named by its path. List entries are named by what identifies them: "block[2027-05-10 KING]",
/// "auditCredits[2027-05-10]", "deposits[1]".
std::vector<std::pair<std::string, std::string>> describeFields(const Contract& contract);
std::vector<std::pair<std::string, std::string>> describeFields(const Scenario& scenario);

/// The fields whose values differ between two versions of a contract (what the audit trail records).
std::vector<FieldChange> compareContracts(const Contract& before, const Contract& after);
std::vector<FieldChange> compareScenarios(const Scenario& before, const Scenario& after);

} // namespace attrition::storage
