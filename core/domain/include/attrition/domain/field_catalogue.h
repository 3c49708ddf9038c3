#pragma once

#include "attrition/domain/contract.h"

#include <cstdint>
#include <span>
#include <string_view>

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
    std::string_view label; ///< the English label the screen and report translate
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

/// Every field of a Contract, in the order of the contract file. A field of Contract missing here fails
/// the catalogue's test (tests/domain/field_catalogue_test.cpp).
std::span<const ContractField> contractFields() noexcept;

/// The catalogued field with this path, or nullptr.
const ContractField* findContractField(std::string_view path) noexcept;

} // namespace attrition
