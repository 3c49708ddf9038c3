#include "contract_rows.h"

#include "attrition/domain/clause_defaults.h"

#include <sstream>

namespace attrition::storage::detail {

namespace {

struct Column {
    const char* name;
    SqlValue (*get)(const Contract&);
    bool (*set)(Contract&, const RowReader&, int column);
};

/// The unconfirmed defaults as stored: the paths in sorted order, separated by single spaces.
SqlValue sqlUnconfirmedDefaults(const Contract& c) {
    std::string joined;
    for (const std::string& path : c.unconfirmedDefaults) {
        joined += (joined.empty() ? "" : " ") + path;
    }
    return SqlValue::text(std::move(joined));
}

/// Reads the stored unconfirmed defaults; false for text naming anything but a program default.
bool readUnconfirmedDefaults(const RowReader& r, int column, Contract& c) {
    std::string joined;
    if (!r.text(column, joined)) {
        return false;
    }
    c.unconfirmedDefaults.clear();
    std::istringstream words(joined);
    std::string path;
    while (words >> path) {
        if (!isProgramDefaultPath(path)) {
            return false;
        }
        c.unconfirmedDefaults.insert(path);
    }
    return true;
}

template <typename E, typename Parse> bool readEnum(const RowReader& r, int column, E& out, Parse parse) {
    thread_local std::string name;
    if (!r.text(column, name)) {
        return false;
    }
    const std::optional<E> value = parse(name);
    if (!value) {
        return false;
    }
    out = *value;
    return true;
}

/// An enumeration that may be absent: NULL for none.
template <typename E, typename Parse>
bool readOptionalEnum(const RowReader& r, int column, std::optional<E>& out, Parse parse) {
    if (r.isNull(column)) {
        out.reset();
        return true;
    }
    E value{};
    if (!readEnum(r, column, value, parse)) {
        return false;
    }
    out = value;
    return true;
}

// clang-format off
const Column kColumns[] = {
    {"reference",
     [](const Contract& c) { return sqlText(c.reference); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.reference); }},
    {"group_name",
     [](const Contract& c) { return sqlText(c.groupName); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.groupName); }},
    {"hotel",
     [](const Contract& c) { return sqlText(c.hotel); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.hotel); }},
    {"sales_manager",
     [](const Contract& c) { return sqlText(c.salesManager); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.salesManager); }},
    {"status",
     [](const Contract& c) { return sqlText(toString(c.status)); },
     [](Contract& c, const RowReader& r, int i) { return readEnum(r, i, c.status, contractStatusFromString); }},
    {"lost_reason",
     [](const Contract& c) { return c.lostReason ? sqlText(toString(*c.lostReason)) : sqlNullText(); },
     [](Contract& c, const RowReader& r, int i) { return readOptionalEnum(r, i, c.lostReason, lostReasonFromString); }},
    {"lost_note",
     [](const Contract& c) { return sqlText(c.lostNote); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.lostNote); }},
    {"currency",
     [](const Contract& c) { return sqlCurrency(c.currency); },
     [](Contract& c, const RowReader& r, int i) { return r.currency(i, c.currency); }},
    {"signed_on",
     [](const Contract& c) { return sqlDate(c.signedOn); },
     [](Contract& c, const RowReader& r, int i) { return r.date(i, c.signedOn); }},
    {"arrival",
     [](const Contract& c) { return sqlDate(c.arrival); },
     [](Contract& c, const RowReader& r, int i) { return r.date(i, c.arrival); }},
    {"departure",
     [](const Contract& c) { return sqlDate(c.departure); },
     [](Contract& c, const RowReader& r, int i) { return r.date(i, c.departure); }},
    {"cutoff",
     [](const Contract& c) { return sqlDate(c.cutoff); },
     [](Contract& c, const RowReader& r, int i) { return r.date(i, c.cutoff); }},
    {"rounding",
     [](const Contract& c) { return sqlText(toString(c.rounding)); },
     [](Contract& c, const RowReader& r, int i) { return readEnum(r, i, c.rounding, roundingModeFromString); }},
    {"cancellation_notice",
     [](const Contract& c) { return sqlDate(c.cancellationNotice); },
     [](Contract& c, const RowReader& r, int i) { return r.date(i, c.cancellationNotice); }},
    {"force_majeure",
     [](const Contract& c) { return sqlBool(c.forceMajeure); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.forceMajeure); }},
    // Settlement (schema version 6). The agreed damages are present when their minor units are.
    {"settlement_assessed_minor",
     [](const Contract& c) { return c.settlement.assessed ? sqlInt(c.settlement.assessed->minorUnits()) : sqlNullInt(); },
     [](Contract& c, const RowReader& r, int i) {
         if (r.isNull(i)) {
             c.settlement.assessed.reset();
             return true;
         }
         Money agreed;
         if (!r.minorUnits(i, agreed)) {
             return false;
         }
         c.settlement.assessed = agreed;
         return true;
     }},
    {"settlement_assessed_currency",
     [](const Contract& c) { return c.settlement.assessed ? sqlCurrency(c.settlement.assessed->currency()) : sqlNullText(); },
     [](Contract& c, const RowReader& r, int i) {
         if (!c.settlement.assessed) {
             return true;
         }
         return !r.isNull(i) && r.moneyCurrency(i, *c.settlement.assessed);
     }},
    {"settlement_invoiced_on",
     [](const Contract& c) { return sqlDate(c.settlement.invoicedOn); },
     [](Contract& c, const RowReader& r, int i) { return r.date(i, c.settlement.invoicedOn); }},
    {"settlement_invoice_number",
     [](const Contract& c) { return sqlText(c.settlement.invoiceNumber); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.settlement.invoiceNumber); }},
    {"settlement_waived_minor",
     [](const Contract& c) { return sqlInt(c.settlement.waived.minorUnits()); },
     [](Contract& c, const RowReader& r, int i) { return r.minorUnits(i, c.settlement.waived); }},
    {"settlement_waived_currency",
     [](const Contract& c) { return sqlCurrency(c.settlement.waived.currency()); },
     [](Contract& c, const RowReader& r, int i) { return r.moneyCurrency(i, c.settlement.waived); }},
    {"settlement_waiver_reason",
     [](const Contract& c) { return sqlText(c.settlement.waiverReason); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.settlement.waiverReason); }},
    {"settlement_credit_minor",
     [](const Contract& c) { return sqlInt(c.settlement.creditAmount.minorUnits()); },
     [](Contract& c, const RowReader& r, int i) { return r.minorUnits(i, c.settlement.creditAmount); }},
    {"settlement_credit_currency",
     [](const Contract& c) { return sqlCurrency(c.settlement.creditAmount.currency()); },
     [](Contract& c, const RowReader& r, int i) { return r.moneyCurrency(i, c.settlement.creditAmount); }},
    {"settlement_credit_contract",
     [](const Contract& c) { return sqlText(c.settlement.creditContract); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.settlement.creditContract); }},
    {"notes",
     [](const Contract& c) { return sqlText(c.notes); },
     [](Contract& c, const RowReader& r, int i) { return r.text(i, c.notes); }},
    {"unconfirmed_defaults",
     [](const Contract& c) { return sqlUnconfirmedDefaults(c); },
     [](Contract& c, const RowReader& r, int i) { return readUnconfirmedDefaults(r, i, c); }},

    // Attrition
    {"attrition_enabled",
     [](const Contract& c) { return sqlBool(c.attrition.enabled); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.enabled); }},
    {"attrition_performance_ppm",
     [](const Contract& c) { return sqlPercent(c.attrition.performanceLevel); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.attrition.performanceLevel); }},
    {"attrition_method",
     [](const Contract& c) { return sqlText(toString(c.attrition.method)); },
     [](Contract& c, const RowReader& r, int i) { return readEnum(r, i, c.attrition.method, attritionMethodFromString); }},
    {"attrition_over_block_credit",
     [](const Contract& c) { return sqlBool(c.attrition.overBlockCredit); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.overBlockCredit); }},
    {"attrition_threshold_rounding",
     [](const Contract& c) { return sqlText(toString(c.attrition.thresholdRounding)); },
     [](Contract& c, const RowReader& r, int i) {
         return readEnum(r, i, c.attrition.thresholdRounding, thresholdRoundingFromString);
     }},
    {"attrition_damages_factor_ppm",
     [](const Contract& c) { return sqlPercent(c.attrition.damagesFactor); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.attrition.damagesFactor); }},
    {"attrition_rate_basis",
     [](const Contract& c) { return sqlText(toString(c.attrition.rateBasis)); },
     [](Contract& c, const RowReader& r, int i) { return readEnum(r, i, c.attrition.rateBasis, rateBasisFromString); }},
    {"attrition_resale_credit",
     [](const Contract& c) { return sqlText(toString(c.attrition.resaleCredit)); },
     [](Contract& c, const RowReader& r, int i) {
         return readEnum(r, i, c.attrition.resaleCredit, resaleCreditMethodFromString);
     }},
    {"attrition_resale_min_occupancy_ppm",
     [](const Contract& c) { return sqlPercent(c.attrition.resaleOnlyAtOccupancy); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.attrition.resaleOnlyAtOccupancy); }},
    {"attrition_count_outside_block",
     [](const Contract& c) { return sqlBool(c.attrition.countOutsideBlock); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.countOutsideBlock); }},
    {"attrition_count_billed_no_shows",
     [](const Contract& c) { return sqlBool(c.attrition.countBilledNoShows); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.countBilledNoShows); }},
    {"attrition_count_walked",
     [](const Contract& c) { return sqlBool(c.attrition.countWalked); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.countWalked); }},
    // The cap is present when its minor units are; its currency column follows.
    {"attrition_cap_minor",
     [](const Contract& c) { return c.attrition.capAmount ? sqlInt(c.attrition.capAmount->minorUnits()) : sqlNullInt(); },
     [](Contract& c, const RowReader& r, int i) {
         if (r.isNull(i)) {
             c.attrition.capAmount.reset();
             return true;
         }
         Money cap;
         if (!r.minorUnits(i, cap)) {
             return false;
         }
         c.attrition.capAmount = cap;
         return true;
     }},
    {"attrition_cap_currency",
     [](const Contract& c) { return c.attrition.capAmount ? sqlCurrency(c.attrition.capAmount->currency()) : sqlNullText(); },
     [](Contract& c, const RowReader& r, int i) {
         if (!c.attrition.capAmount) {
             return true;
         }
         return !r.isNull(i) && r.moneyCurrency(i, *c.attrition.capAmount);
     }},
    {"attrition_cap_rooms_at_night_block",
     [](const Contract& c) { return sqlBool(c.attrition.capRoomsAtNightBlock); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.capRoomsAtNightBlock); }},
    {"attrition_taxable",
     [](const Contract& c) { return sqlBool(c.attrition.taxable); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.attrition.taxable); }},
    {"attrition_tax_rate_ppm",
     [](const Contract& c) { return sqlPercent(c.attrition.taxRate); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.attrition.taxRate); }},

    // Food & beverage
    {"fb_minimum_minor",
     [](const Contract& c) { return sqlInt(c.foodBeverage.minimum.minorUnits()); },
     [](Contract& c, const RowReader& r, int i) { return r.minorUnits(i, c.foodBeverage.minimum); }},
    {"fb_minimum_currency",
     [](const Contract& c) { return sqlCurrency(c.foodBeverage.minimum.currency()); },
     [](Contract& c, const RowReader& r, int i) { return r.moneyCurrency(i, c.foodBeverage.minimum); }},
    {"fb_allowance_ppm",
     [](const Contract& c) { return sqlPercent(c.foodBeverage.allowance); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.foodBeverage.allowance); }},
    {"fb_actual_spend_minor",
     [](const Contract& c) { return sqlInt(c.foodBeverage.actualSpend.minorUnits()); },
     [](Contract& c, const RowReader& r, int i) { return r.minorUnits(i, c.foodBeverage.actualSpend); }},
    {"fb_actual_spend_currency",
     [](const Contract& c) { return sqlCurrency(c.foodBeverage.actualSpend.currency()); },
     [](Contract& c, const RowReader& r, int i) { return r.moneyCurrency(i, c.foodBeverage.actualSpend); }},
    {"fb_damages_factor_ppm",
     [](const Contract& c) { return sqlPercent(c.foodBeverage.damagesFactor); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.foodBeverage.damagesFactor); }},
    {"fb_service_charge_ppm",
     [](const Contract& c) { return sqlPercent(c.foodBeverage.serviceChargeRate); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.foodBeverage.serviceChargeRate); }},
    {"fb_service_charge_on_damages",
     [](const Contract& c) { return sqlBool(c.foodBeverage.serviceChargeOnDamages); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.foodBeverage.serviceChargeOnDamages); }},
    {"fb_tax_rate_ppm",
     [](const Contract& c) { return sqlPercent(c.foodBeverage.taxRate); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.foodBeverage.taxRate); }},
    {"fb_tax_on_damages",
     [](const Contract& c) { return sqlBool(c.foodBeverage.taxOnDamages); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.foodBeverage.taxOnDamages); }},
    {"fb_tax_on_service_charge",
     [](const Contract& c) { return sqlBool(c.foodBeverage.taxOnServiceCharge); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.foodBeverage.taxOnServiceCharge); }},

    // Meeting room
    {"meeting_rental_minor",
     [](const Contract& c) { return sqlInt(c.meetingRoom.rental.minorUnits()); },
     [](Contract& c, const RowReader& r, int i) { return r.minorUnits(i, c.meetingRoom.rental); }},
    {"meeting_rental_currency",
     [](const Contract& c) { return sqlCurrency(c.meetingRoom.rental.currency()); },
     [](Contract& c, const RowReader& r, int i) { return r.moneyCurrency(i, c.meetingRoom.rental); }},
    {"meeting_policy",
     [](const Contract& c) { return sqlText(toString(c.meetingRoom.policy)); },
     [](Contract& c, const RowReader& r, int i) { return readEnum(r, i, c.meetingRoom.policy, meetingRoomPolicyFromString); }},
    {"meeting_taxable",
     [](const Contract& c) { return sqlBool(c.meetingRoom.taxable); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.meetingRoom.taxable); }},
    {"meeting_tax_rate_ppm",
     [](const Contract& c) { return sqlPercent(c.meetingRoom.taxRate); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.meetingRoom.taxRate); }},

    // Comp rooms
    {"comp_per_room_nights",
     [](const Contract& c) { return sqlInt(c.comps.perRoomNights); },
     [](Contract& c, const RowReader& r, int i) { return r.int32(i, c.comps.perRoomNights); }},
    {"comp_per_night",
     [](const Contract& c) { return sqlBool(c.comps.perNight); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.comps.perNight); }},
    {"comp_count_toward_pickup",
     [](const Contract& c) { return sqlBool(c.comps.countTowardPickup); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.comps.countTowardPickup); }},

    // Cancellation
    {"cancellation_basis",
     [](const Contract& c) { return sqlText(toString(c.cancellation.basis)); },
     [](Contract& c, const RowReader& r, int i) { return readEnum(r, i, c.cancellation.basis, cancellationBasisFromString); }},
    {"cancellation_round_to_whole_units",
     [](const Contract& c) { return sqlBool(c.cancellation.roundToWholeUnits); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.cancellation.roundToWholeUnits); }},
    {"cancellation_credit_resale",
     [](const Contract& c) { return sqlBool(c.cancellation.creditResale); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.cancellation.creditResale); }},
    {"cancellation_taxable",
     [](const Contract& c) { return sqlBool(c.cancellation.taxable); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.cancellation.taxable); }},
    {"cancellation_tax_rate_ppm",
     [](const Contract& c) { return sqlPercent(c.cancellation.taxRate); },
     [](Contract& c, const RowReader& r, int i) { return r.percent(i, c.cancellation.taxRate); }},
    {"cancellation_waive_on_force_majeure",
     [](const Contract& c) { return sqlBool(c.cancellation.waiveOnForceMajeure); },
     [](Contract& c, const RowReader& r, int i) { return r.flag(i, c.cancellation.waiveOnForceMajeure); }},
};
// clang-format on

SqlValue roomType(const std::string& type) {
    return sqlText(type);
}

std::vector<ChildTable> makeChildTables() {
    std::vector<ChildTable> tables;
    tables.push_back(ChildTable{QStringLiteral("block_entries"),
                                QStringLiteral("night, room_type, rooms, rate_minor, rate_currency"), 5,
                                [](const Contract& c) { return c.block.size(); },
                                [](const Contract& c, std::size_t i, SqlValues& out) {
                                    const BlockEntry& e = c.block[i];
                                    out << sqlDate(e.night) << roomType(e.roomType) << sqlInt(e.rooms)
                                        << sqlInt(e.rate.minorUnits()) << sqlCurrency(e.rate.currency());
                                },
                                [](Contract& c, const RowReader& r, int f) {
                                    BlockEntry e;
                                    if (!r.date(f, e.night) || !r.text(f + 1, e.roomType) ||
                                        !r.int32(f + 2, e.rooms) || !r.money(f + 3, e.rate)) {
                                        return false;
                                    }
                                    c.block.push_back(std::move(e));
                                    return true;
                                }});
    tables.push_back(ChildTable{QStringLiteral("review_steps"), QStringLiteral("deadline, max_reduction_ppm"),
                                2, [](const Contract& c) { return c.reviewSchedule.size(); },
                                [](const Contract& c, std::size_t i, SqlValues& out) {
                                    out << sqlDate(c.reviewSchedule[i].deadline)
                                        << sqlPercent(c.reviewSchedule[i].maxReduction);
                                },
                                [](Contract& c, const RowReader& r, int f) {
                                    ReviewStep s;
                                    if (!r.date(f, s.deadline) || !r.percent(f + 1, s.maxReduction)) {
                                        return false;
                                    }
                                    c.reviewSchedule.push_back(s);
                                    return true;
                                }});
    tables.push_back(ChildTable{
        QStringLiteral("reductions"), QStringLiteral("recorded, night, room_type, rooms"), 4,
        [](const Contract& c) { return c.reductions.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            const BlockReduction& e = c.reductions[i];
            out << sqlDate(e.recorded) << sqlDate(e.night) << roomType(e.roomType) << sqlInt(e.rooms);
        },
        [](Contract& c, const RowReader& r, int f) {
            BlockReduction e;
            if (!r.date(f, e.recorded) || !r.date(f + 1, e.night) || !r.text(f + 2, e.roomType) ||
                !r.int32(f + 3, e.rooms)) {
                return false;
            }
            c.reductions.push_back(std::move(e));
            return true;
        }});
    tables.push_back(ChildTable{QStringLiteral("pickup_entries"), QStringLiteral("night, room_type, rooms"),
                                3, [](const Contract& c) { return c.pickup.size(); },
                                [](const Contract& c, std::size_t i, SqlValues& out) {
                                    const PickupEntry& e = c.pickup[i];
                                    out << sqlDate(e.night) << roomType(e.roomType) << sqlInt(e.rooms);
                                },
                                [](Contract& c, const RowReader& r, int f) {
                                    PickupEntry e;
                                    if (!r.date(f, e.night) || !r.text(f + 1, e.roomType) ||
                                        !r.int32(f + 2, e.rooms)) {
                                        return false;
                                    }
                                    c.pickup.push_back(std::move(e));
                                    return true;
                                }});
    tables.push_back(ChildTable{
        QStringLiteral("audit_credits"), QStringLiteral("night, outside_block, billed_no_shows, walked"), 4,
        [](const Contract& c) { return c.auditCredits.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            const AuditCredit& e = c.auditCredits[i];
            out << sqlDate(e.night) << sqlInt(e.outsideBlock) << sqlInt(e.billedNoShows) << sqlInt(e.walked);
        },
        [](Contract& c, const RowReader& r, int f) {
            AuditCredit e;
            if (!r.date(f, e.night) || !r.int32(f + 1, e.outsideBlock) || !r.int32(f + 2, e.billedNoShows) ||
                !r.int32(f + 3, e.walked)) {
                return false;
            }
            c.auditCredits.push_back(e);
            return true;
        }});
    tables.push_back(ChildTable{
        QStringLiteral("resale_entries"), QStringLiteral("night, room_nights, rate_minor, rate_currency"), 4,
        [](const Contract& c) { return c.resale.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            const ResaleEntry& e = c.resale[i];
            out << sqlDate(e.night) << sqlInt(e.roomNights) << sqlInt(e.rate.minorUnits())
                << sqlCurrency(e.rate.currency());
        },
        [](Contract& c, const RowReader& r, int f) {
            ResaleEntry e;
            if (!r.date(f, e.night) || !r.int32(f + 1, e.roomNights) || !r.money(f + 2, e.rate)) {
                return false;
            }
            c.resale.push_back(e);
            return true;
        }});
    tables.push_back(ChildTable{QStringLiteral("occupancy"), QStringLiteral("night, occupancy_ppm"), 2,
                                [](const Contract& c) { return c.occupancy.size(); },
                                [](const Contract& c, std::size_t i, SqlValues& out) {
                                    out << sqlDate(c.occupancy[i].night)
                                        << sqlPercent(c.occupancy[i].occupancy);
                                },
                                [](Contract& c, const RowReader& r, int f) {
                                    NightOccupancy e;
                                    if (!r.date(f, e.night) || !r.percent(f + 1, e.occupancy)) {
                                        return false;
                                    }
                                    c.occupancy.push_back(e);
                                    return true;
                                }});
    tables.push_back(ChildTable{
        QStringLiteral("meeting_scale_bands"), QStringLiteral("min_pickup_ppm, charged_ppm"), 2,
        [](const Contract& c) { return c.meetingRoom.scale.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            out << sqlPercent(c.meetingRoom.scale[i].minPickup) << sqlPercent(c.meetingRoom.scale[i].charged);
        },
        [](Contract& c, const RowReader& r, int f) {
            MeetingScaleBand b;
            if (!r.percent(f, b.minPickup) || !r.percent(f + 1, b.charged)) {
                return false;
            }
            c.meetingRoom.scale.push_back(b);
            return true;
        }});
    tables.push_back(ChildTable{
        QStringLiteral("cancellation_tiers"),
        QStringLiteral("min_days, max_days, percent_ppm, rooms_ppm, food_beverage_ppm, meeting_room_ppm"), 6,
        [](const Contract& c) { return c.cancellation.tiers.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            const CancellationTier& t = c.cancellation.tiers[i];
            out << sqlInt(t.minDays) << (t.maxDays ? sqlInt(*t.maxDays) : sqlNullInt())
                << sqlPercent(t.percent) << sqlPercent(t.roomsPercent) << sqlPercent(t.foodBeveragePercent)
                << sqlPercent(t.meetingRoomPercent);
        },
        [](Contract& c, const RowReader& r, int f) {
            CancellationTier t;
            if (!r.int32(f, t.minDays)) {
                return false;
            }
            if (!r.isNull(f + 1)) {
                std::int32_t days = 0;
                if (!r.int32(f + 1, days)) {
                    return false;
                }
                t.maxDays = days;
            }
            if (!r.percent(f + 2, t.percent) || !r.percent(f + 3, t.roomsPercent) ||
                !r.percent(f + 4, t.foodBeveragePercent) || !r.percent(f + 5, t.meetingRoomPercent)) {
                return false;
            }
            c.cancellation.tiers.push_back(t);
            return true;
        }});
    tables.push_back(ChildTable{
        QStringLiteral("deposits"), QStringLiteral("received, amount_minor, amount_currency, note"), 4,
        [](const Contract& c) { return c.deposits.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            const Deposit& d = c.deposits[i];
            out << sqlDate(d.received) << sqlInt(d.amount.minorUnits()) << sqlCurrency(d.amount.currency())
                << sqlText(d.note);
        },
        [](Contract& c, const RowReader& r, int f) {
            Deposit d;
            if (!r.date(f, d.received) || !r.money(f + 1, d.amount) || !r.text(f + 3, d.note)) {
                return false;
            }
            c.deposits.push_back(std::move(d));
            return true;
        }});
    tables.push_back(ChildTable{
        QStringLiteral("settlement_payments"), QStringLiteral("received, amount_minor, amount_currency"), 3,
        [](const Contract& c) { return c.settlement.payments.size(); },
        [](const Contract& c, std::size_t i, SqlValues& out) {
            const SettlementPayment& p = c.settlement.payments[i];
            out << sqlDate(p.received) << sqlInt(p.amount.minorUnits()) << sqlCurrency(p.amount.currency());
        },
        [](Contract& c, const RowReader& r, int f) {
            SettlementPayment p;
            if (!r.date(f, p.received) || !r.money(f + 1, p.amount)) {
                return false;
            }
            c.settlement.payments.push_back(p);
            return true;
        }});
    return tables;
}

} // namespace

const QStringList& contractColumns() {
    static const QStringList columns = [] {
        QStringList names;
        for (const Column& c : kColumns) {
            names << QString::fromLatin1(c.name);
        }
        return names;
    }();
    return columns;
}

void appendContractValues(const Contract& contract, SqlValues& out) {
    for (const Column& c : kColumns) {
        out.push_back(c.get(contract));
    }
}

std::optional<QString> readContractValues(const RowReader& row, int first, Contract& contract) {
    int column = first;
    for (const Column& c : kColumns) {
        if (!c.set(contract, row, column)) {
            return QString::fromLatin1(c.name);
        }
        ++column;
    }
    return std::nullopt;
}

const std::vector<ChildTable>& childTables() {
    static const std::vector<ChildTable> tables = makeChildTables();
    return tables;
}

std::int64_t contractedRoomNights(const Contract& contract) {
    std::int64_t total = 0;
    for (const BlockEntry& e : contract.block) {
        total += e.rooms;
    }
    return total;
}

} // namespace attrition::storage::detail
