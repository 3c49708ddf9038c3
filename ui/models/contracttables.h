#pragma once

#include "models/contracttablemodel.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace attrition::ui {

/// The nights the grids show: every night of the stay, and any night an entry names outside it (so that
/// such entries can be seen and corrected). At most 400.
std::vector<Date> gridNights(const Contract& contract);
/// The room types of the block, in the order they first appear, then those only the pickup names.
QStringList roomTypes(const Contract& contract);

/// The room block: a row per night, a rooms and a rate column per room type.
ContractTableModel* makeBlockModel(ContractDocument* document, QObject* parent);
/// Pickup per night and room type, with the audit credits and the hotel's occupancy of each night.
ContractTableModel* makePickupModel(ContractDocument* document, QObject* parent);
ContractTableModel* makeResaleModel(ContractDocument* document, QObject* parent);
ContractTableModel* makeReviewScheduleModel(ContractDocument* document, QObject* parent);
ContractTableModel* makeReductionsModel(ContractDocument* document, QObject* parent);
ContractTableModel* makeCancellationTiersModel(ContractDocument* document, QObject* parent);
ContractTableModel* makeMeetingScaleModel(ContractDocument* document, QObject* parent);
ContractTableModel* makeDepositsModel(ContractDocument* document, QObject* parent);
/// The payments the client made towards the damages (Contract::settlement): date and amount.
ContractTableModel* makeSettlementPaymentsModel(ContractDocument* document, QObject* parent);

/// Column positions of the cancellation tiers table (its views hide the ones the basis does not use).
enum TierColumn { TierFromDays, TierToDays, TierPercent, TierRooms, TierFoodBeverage, TierMeetingRoom };

/// A new contract to start from: arriving in six months for three nights, one room type, the common
/// attrition terms (80%, cumulative) and cancellation tiers.
Contract blankContract(Date today, Currency currency);
/// The group name a new contract starts with ("New group"), in the current language.
QString blankGroupName();

/// Adds a room type with no rooms on every night of the stay.
void addRoomType(Contract& contract, const std::string& roomType);
/// Renames a room type everywhere it appears (block, pickup, reductions).
void renameRoomType(Contract& contract, const std::string& from, const std::string& to);
/// Removes a room type from the block, the pickup and the reductions.
void removeRoomType(Contract& contract, const std::string& roomType);

/// Moves the stay to a new arrival date: departure and every night of the block, pickup, reductions, audit
/// credits, resale and occupancy move by the same number of days, so the stay keeps its length and its
/// figures. Signing, review, cutoff, notice and deposit dates stay as they are.
void moveArrival(Contract& contract, Date arrival);
/// Makes `departure` the contract's departure; each room type of the block gets an entry (no rooms, the
/// rate of its nearest night) on every night the stay gains. Nothing is removed from nights the stay no
/// longer covers: they stay in the grids, marked, until the user clears them (or undoes the change).
void setDeparture(Contract& contract, Date departure);

/// The reference a new contract gets from `pattern`: {yyyy} is `year`, a run of n's in braces ({nnnn}) the
/// smallest number from 1, zero-padded to that width, for which `taken` is false. A pattern without a
/// number run gets "-{n}" appended when its plain expansion is taken.
QString nextReference(const QString& pattern, int year, const std::function<bool(const QString&)>& taken);
/// The reference pattern of new contracts: GRP-{yyyy}-{nnnn}.
QString defaultReferencePattern();

} // namespace attrition::ui
