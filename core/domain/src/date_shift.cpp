#include "attrition/domain/date_shift.h"

namespace attrition {

void shiftDates(Contract& contract, std::int32_t days) {
    Contract& c = contract;
    c.signedOn = c.signedOn.addDays(days);
    c.arrival = c.arrival.addDays(days);
    c.departure = c.departure.addDays(days);
    if (c.cutoff) {
        c.cutoff = c.cutoff->addDays(days);
    }
    for (BlockEntry& e : c.block) {
        e.night = e.night.addDays(days);
    }
    for (ReviewStep& s : c.reviewSchedule) {
        s.deadline = s.deadline.addDays(days);
    }
    for (BlockReduction& r : c.reductions) {
        r.recorded = r.recorded.addDays(days);
        r.night = r.night.addDays(days);
    }
    for (PickupEntry& e : c.pickup) {
        e.night = e.night.addDays(days);
    }
    for (AuditCredit& e : c.auditCredits) {
        e.night = e.night.addDays(days);
    }
    for (ResaleEntry& e : c.resale) {
        e.night = e.night.addDays(days);
    }
    for (NightOccupancy& e : c.occupancy) {
        e.night = e.night.addDays(days);
    }
    if (c.cancellationNotice) {
        c.cancellationNotice = c.cancellationNotice->addDays(days);
    }
    for (Deposit& d : c.deposits) {
        d.received = d.received.addDays(days);
    }
    if (c.settlement.invoicedOn) {
        c.settlement.invoicedOn = c.settlement.invoicedOn->addDays(days);
    }
    for (SettlementPayment& p : c.settlement.payments) {
        p.received = p.received.addDays(days);
    }
}

void shiftDates(std::vector<PickupSnapshot>& reports, std::int32_t days) {
    for (PickupSnapshot& s : reports) {
        s.reportDate = s.reportDate.addDays(days);
        for (PickupEntry& e : s.entries) {
            e.night = e.night.addDays(days);
        }
    }
}

} // namespace attrition
