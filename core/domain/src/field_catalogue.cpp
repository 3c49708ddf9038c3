#include "attrition/domain/field_catalogue.h"

#include <array>

namespace attrition {

namespace {

// The catalogue's entry of a field: the comparison and the copy reach the member its descriptor reaches.
template <typename F> constexpr ContractField entry() {
    return ContractField{F::path,
                         F::kind,
                         F::section,
                         F::label,
                         F::fullLabel,
                         F::optional,
                         [](const Contract& a, const Contract& b) { return F::of(a) == F::of(b); },
                         [](Contract& to, const Contract& from) {
                             F::of(to) = F::of(from);
                         }};
}

#define ATTRITION_FIELD_ENTRY(name, ...) entry<field::name>(),

constexpr std::array fields{ATTRITION_CONTRACT_FIELDS(ATTRITION_FIELD_ENTRY)};

#undef ATTRITION_FIELD_ENTRY

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
