#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/validation.h"

#include <span>
#include <vector>

namespace attrition {

/// Validates the contract and assesses what the group owes. A contract with a cancellation notice is
/// assessed under the cancellation clause; otherwise under attrition, F&B and meeting room clauses.
/// Throws ContractInvalid if validate() finds any problem, MoneyOverflow if an amount cannot be represented.
Assessment assess(const Contract& contract, const ScenarioOverrides& overrides = {});

/// The same validation and the same figures and totals as assess(), without the itemized lines and the
/// warnings (both empty): for many scenarios of one contract, where only the totals are written.
Assessment assessTotals(const Contract& contract, const ScenarioOverrides& overrides = {});

/// The same, with the rebooking credits other contracts' settlements grant this one (rebookingCreditsFor()):
/// each is its own line ("Rebooking credit from contract REF: ..."), applied to the total owed before the
/// deposits and never more than what is left of it. Credits not in the contract's currency throw
/// CurrencyMismatch.
Assessment assess(const Contract& contract, const ScenarioOverrides& overrides,
                  std::span<const RebookingCredit> credits);

/// assessTotals() with the rebooking credits: the totals and the net due assess(contract, overrides, credits)
/// gives, without the itemized lines and the warnings.
Assessment assessTotals(const Contract& contract, const ScenarioOverrides& overrides,
                        std::span<const RebookingCredit> credits);

/// The rebooking credits the settlements of `contracts` grant `receiving`: every settlement that names
/// receiving's reference as its creditContract, from another contract of the same account, with a credit
/// amount. In the order of `contracts`; a settlement of another account grants nothing.
std::vector<RebookingCredit> rebookingCreditsFor(const Contract& receiving,
                                                 std::span<const Contract> contracts);

struct PickupSweepPoint {
    Percent pickup;    ///< share of the revised block picked up
    Money roomDamages; ///< room attrition damages at that pickup
    Money meetingRoom; ///< scaled meeting room rental at that pickup
    Money totalOwed;   ///< everything owed at that pickup, tax included
};

/// Damages as pickup runs from `fromPoints`% to `toPoints`% of the block in steps of `stepPoints`, every
/// night and room type at that share (rounded half-up to whole rooms), everything else as contracted.
std::vector<PickupSweepPoint> sweepPickup(const Contract& contract, int fromPoints = 0, int toPoints = 150,
                                          int stepPoints = 1);

/// The same sweep with fractional percentages: from `from` to `to` inclusive in steps of `step` (any exact
/// Percent, down to 0.0001%). Nothing for a step that is not positive, a negative start or an empty range.
std::vector<PickupSweepPoint> sweepPickup(const Contract& contract, Percent from, Percent to, Percent step);

struct CancellationSweepPoint {
    Date notice;
    std::int32_t daysBeforeArrival = 0; ///< negative for notice after arrival (assessed as 0 days)
    Money fee;                          ///< the cancellation fee before tax
    Money totalOwed;                    ///< fee plus tax
};

/// The cancellation fee for notice received on each day from `from` to `to` inclusive.
std::vector<CancellationSweepPoint> sweepCancellation(const Contract& contract, Date from, Date to);

struct SpendSweepPoint {
    Money spend;
    Money damages;   ///< F&B damages and service charge, before tax
    Money totalOwed; ///< F&B damages with service charge and tax
};

/// F&B damages as actual spend runs from `from` to `to` in `steps` equal intervals (steps + 1 points;
/// none for a negative count).
std::vector<SpendSweepPoint> sweepFoodBeverage(const Contract& contract, Money from, Money to, int steps);

} // namespace attrition
