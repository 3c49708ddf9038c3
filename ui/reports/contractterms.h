#pragma once

// The contract's terms in plain language, shared by the reports that state them to the group: the
// attrition and cancellation statement and the proposal. A clause value the program filled in and nobody
// confirmed is labelled "Program default, not confirmed" wherever it is stated.

#include "attrition/domain/contract.h"
#include "reports/reportbuilder.h"

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace attrition::ui {

/// The notice that the report rests on program defaults not yet confirmed (naming them), in warning tone;
/// nothing when every value is confirmed.
void unconfirmedNotice(ReportBuilder& b, const Contract& c);

/// The rules of the room attrition clause, a sentence each; one sentence when the contract has none.
QStringList attritionTerms(const Contract& c);
/// The F&B minimum, its allowance, damages factor, service charge and tax on the damages.
QStringList foodBeverageTerms(const Contract& c);
/// The meeting room rental, its scale by room pickup (the scale itself is the caller's table) and policy.
QStringList meetingRoomTerms(const Contract& c);
/// What a cancelling group owes and on what basis (the tiers themselves are the caller's table), rounding,
/// mitigation, force majeure and tax.
QStringList cancellationTerms(const Contract& c);
/// The review dates: by when the block may be reduced and by how much; nothing without a schedule.
QStringList reviewTerms(const Contract& c);
/// How comp rooms are earned; nothing when the contract gives none.
QStringList compTerms(const Contract& c);
/// A cancellation tier's range of days: "91 to 180 days", "181 days or more".
QString daysText(const CancellationTier& tier);

/// The block's room types in the order the block first names them.
std::vector<std::string> blockRoomTypes(const Contract& c);
/// The block as a table: a row per night, a column per room type of `types` ("20 at 150.00") and the
/// night's rooms; with `totals`, a last row of the room nights of each room type and in all.
void blockPerNightTable(ReportBuilder& b, const Contract& c, const std::vector<std::string>& types,
                        bool totals);

} // namespace attrition::ui
