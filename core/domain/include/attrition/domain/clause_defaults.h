#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/field_catalogue.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attrition {

/// The clause values a new contract starts with that nobody typed: the program's defaults (the common
/// cancellation tiers, an 80% performance level, the full rate as damages...). Each is a catalogue path.
/// Until the user confirms such a value or changes it, it is an unconfirmed default
/// (Contract::unconfirmedDefaults): the editor marks it, validation warns about it and a report never
/// presents it as the contract's terms.
std::span<const std::string_view> programDefaultPaths() noexcept;

/// Whether `path` is one of programDefaultPaths().
bool isProgramDefaultPath(std::string_view path) noexcept;

/// Marks every program default of `contract` as unconfirmed (for a new contract).
void markProgramDefaults(Contract& contract);

/// Whether the value at `path` is an unconfirmed default of `contract`.
bool isUnconfirmedDefault(const Contract& contract, std::string_view path);

/// The unconfirmed defaults of `contract` in one editor section, in catalogue order.
std::vector<std::string_view> unconfirmedDefaultsIn(const Contract& contract, FieldSection section);

/// Confirms the value at `path` as the contract's own without changing it. False if it was not an
/// unconfirmed default.
bool confirmDefault(Contract& contract, std::string_view path);

/// Confirms every unconfirmed default of one section. The number confirmed.
int confirmDefaultsIn(Contract& contract, FieldSection section);

/// Confirms each unconfirmed default of `after` whose value differs from `before`: a value the user
/// changed is the user's, no longer the program's.
void confirmChangedDefaults(const Contract& before, Contract& after);

} // namespace attrition
