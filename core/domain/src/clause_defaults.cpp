#include "attrition/domain/clause_defaults.h"

#include "attrition/domain/field_catalogue.h"

#include <algorithm>
#include <array>

namespace attrition {

namespace {

// The values blank contracts take from the program rather than from the signed contract: each decides
// an amount the group owes, so each must be confirmed before it is stated as the contract's terms.
constexpr std::array<std::string_view, 10> kProgramDefaults{
    field::AttritionPerformanceLevel::path,  field::AttritionMethod::path,
    field::AttritionThresholdRounding::path, field::AttritionDamagesFactor::path,
    field::AttritionRateBasis::path,         field::AttritionResaleCredit::path,
    field::FoodBeverageDamagesFactor::path,  field::CancellationTiers::path,
    field::CancellationBasis::path,          field::CancellationWaiveOnForceMajeure::path,
};

} // namespace

std::span<const std::string_view> programDefaultPaths() noexcept {
    return kProgramDefaults;
}

bool isProgramDefaultPath(std::string_view path) noexcept {
    return std::find(kProgramDefaults.begin(), kProgramDefaults.end(), path) != kProgramDefaults.end();
}

void markProgramDefaults(Contract& contract) {
    for (std::string_view path : kProgramDefaults) {
        contract.unconfirmedDefaults.emplace(path);
    }
}

bool isUnconfirmedDefault(const Contract& contract, std::string_view path) {
    return contract.unconfirmedDefaults.find(std::string(path)) != contract.unconfirmedDefaults.end();
}

std::vector<std::string_view> unconfirmedDefaultsIn(const Contract& contract, FieldSection section) {
    std::vector<std::string_view> out;
    for (const ContractField& field : contractFields()) {
        if (field.section == section && isUnconfirmedDefault(contract, field.path)) {
            out.push_back(field.path);
        }
    }
    return out;
}

bool confirmDefault(Contract& contract, std::string_view path) {
    return contract.unconfirmedDefaults.erase(std::string(path)) > 0;
}

int confirmDefaultsIn(Contract& contract, FieldSection section) {
    int confirmed = 0;
    for (std::string_view path : unconfirmedDefaultsIn(contract, section)) {
        confirmed += confirmDefault(contract, path) ? 1 : 0;
    }
    return confirmed;
}

void confirmChangedDefaults(const Contract& before, Contract& after) {
    if (after.unconfirmedDefaults.empty()) {
        return;
    }
    for (auto it = after.unconfirmedDefaults.begin(); it != after.unconfirmedDefaults.end();) {
        const ContractField* field = findContractField(*it);
        if (field != nullptr && !field->same(before, after)) {
            it = after.unconfirmedDefaults.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace attrition
