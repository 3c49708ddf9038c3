#pragma once

// The hotel's outlook per night (CSV), what a quote weighs a group against: capacity, unconstrained
// transient demand and the transient net ADR.

#include "attrition/domain/hotel_night.h"
#include "attrition/io/csv.h"

#include <QByteArray>
#include <vector>

namespace attrition::io {

struct HotelOutlookResult {
    std::vector<HotelNight> nights; ///< in the order of the file; empty when there are errors
    std::vector<CsvError> errors;   ///< every problem, each naming its line and column

    bool ok() const { return errors.empty(); }
};

/// Reads a hotel outlook (docs/IMPORT_EXPORT.md): the first record names the columns, matched without regard
/// to case: `date` (YYYY-MM-DD), `capacity` (whole rooms), `demand` (unconstrained transient demand in
/// rooms, up to six decimals), `net-adr` (the transient rate net of commissions) and, optionally,
/// `ancillary` (profit per occupied transient room; empty or missing: zero). Amounts are in `currency`.
/// A date given twice, a negative capacity or demand and a negative rate are errors.
HotelOutlookResult readHotelOutlook(const QByteArray& bytes, Currency currency);

/// Writes nights as a hotel outlook that readHotelOutlook reads back the same (in the currency of their
/// amounts): the columns date, capacity, demand, net-adr and ancillary, one night a row in the order given,
/// demand with up to six decimals and amounts with the currency's decimals, without currency codes.
QByteArray writeHotelOutlook(const std::vector<HotelNight>& nights);

} // namespace attrition::io
