#include "attrition/storage/contract_changes.h"

#include <map>
#include <set>
#include <string_view>

namespace attrition::storage {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

std::string text(const Money& m) {
    if (!m.currency().isValid()) {
        return m.isZero() ? std::string("0") : std::to_string(m.minorUnits()) + " minor units (no currency)";
    }
    return m.toDecimalString() + " " + std::string(m.currency().code());
}
std::string text(Percent p) {
    return p.toString();
}
std::string text(Date d) {
    return d.toIso();
}
std::string text(bool b) {
    return b ? "yes" : "no";
}
std::string text(std::int32_t n) {
    return std::to_string(n);
}
/// An amount as people write it in a sentence: "1,200.00 USD" (an amount without currency as text() has it).
std::string shown(const Money& m) {
    if (!m.currency().isValid()) {
        return text(m);
    }
    return m.toDisplayString() + " " + std::string(m.currency().code());
}
template <typename T> std::string text(const std::optional<T>& value) {
    return value ? text(*value) : std::string();
}

/// Adds fields to a list, naming each entry by its key and numbering repeated keys ("#2").
class Collector {
public:
    explicit Collector(Fields& out)
        : out_(out) {}

    void field(std::string name, std::string value) { out_.emplace_back(std::move(name), std::move(value)); }

    void entry(std::string_view list, const std::string& key, std::string value) {
        std::string name = std::string(list) + "[" + key + "]";
        const int seen = ++seen_[name];
        if (seen > 1) {
            name.insert(name.size() - 1, " #" + std::to_string(seen));
        }
        out_.emplace_back(std::move(name), std::move(value));
    }

private:
    Fields& out_;
    std::map<std::string, int> seen_;
};

std::string nightAndType(Date night, const std::string& roomType) {
    return night.toIso() + " " + roomType;
}

std::string listOf(const std::string& field) {
    const std::size_t bracket = field.find('[');
    return bracket == std::string::npos ? field : field.substr(0, bracket);
}

std::vector<FieldChange> compare(const Fields& before, const Fields& after) {
    if (before == after) {
        return {};
    }
    std::map<std::string, std::string> oldValues(before.begin(), before.end());
    std::map<std::string, std::string> newValues(after.begin(), after.end());
    std::vector<FieldChange> changes;
    std::set<std::string> reported;
    // In the order of the new version, then what only the old version had, in its order.
    for (const auto& [field, value] : after) {
        const auto old = oldValues.find(field);
        if (old == oldValues.end()) {
            changes.push_back({field, "", value});
        } else if (old->second != value) {
            changes.push_back({field, old->second, value});
        }
    }
    for (const auto& [field, value] : before) {
        if (newValues.find(field) == newValues.end()) {
            changes.push_back({field, value, ""});
        }
    }
    if (changes.empty()) {
        // The same entries in a different order: name the first list whose order changed.
        for (std::size_t i = 0; i < before.size() && i < after.size(); ++i) {
            if (before[i].first != after[i].first) {
                changes.push_back(
                    {listOf(after[i].first), "entries in the earlier order", "entries reordered"});
                break;
            }
        }
    }
    return changes;
}

} // namespace

Fields describeFields(const Contract& c) {
    Fields out;
    Collector f(out);
    f.field("reference", c.reference);
    f.field("groupName", c.groupName);
    f.field("account", c.account);
    f.field("hotel", c.hotel);
    f.field("salesManager", c.salesManager);
    f.field("status", std::string(toString(c.status)));
    f.field("lostReason", c.lostReason ? std::string(toString(*c.lostReason)) : std::string());
    f.field("lostNote", c.lostNote);
    f.field("currency", c.currency.isValid() ? std::string(c.currency.code()) : std::string());
    f.field("signedOn", text(c.signedOn));
    f.field("arrival", text(c.arrival));
    f.field("departure", text(c.departure));
    f.field("cutoff", text(c.cutoff));
    f.field("rounding", std::string(toString(c.rounding)));

    for (const BlockEntry& e : c.block) {
        f.entry("block", nightAndType(e.night, e.roomType), text(e.rooms) + " rooms at " + text(e.rate));
    }
    for (std::size_t i = 0; i < c.reviewSchedule.size(); ++i) {
        const ReviewStep& s = c.reviewSchedule[i];
        f.entry("reviewSchedule", std::to_string(i),
                "by " + text(s.deadline) + " up to " + text(s.maxReduction));
    }
    for (const BlockReduction& r : c.reductions) {
        f.entry("reductions", text(r.recorded) + " " + nightAndType(r.night, r.roomType),
                "to " + text(r.rooms) + " rooms");
    }
    for (const PickupEntry& e : c.pickup) {
        f.entry("pickup", nightAndType(e.night, e.roomType), text(e.rooms) + " rooms");
    }
    for (const AuditCredit& e : c.auditCredits) {
        f.entry("auditCredits", text(e.night),
                "outside block " + text(e.outsideBlock) + ", billed no-shows " + text(e.billedNoShows) +
                    ", walked " + text(e.walked));
    }
    for (const ResaleEntry& e : c.resale) {
        f.entry("resale", text(e.night), text(e.roomNights) + " room nights at " + text(e.rate));
    }
    for (const NightOccupancy& e : c.occupancy) {
        f.entry("occupancy", text(e.night), text(e.occupancy));
    }

    const AttritionClause& a = c.attrition;
    f.field("attrition.enabled", text(a.enabled));
    f.field("attrition.performanceLevel", text(a.performanceLevel));
    f.field("attrition.method", std::string(toString(a.method)));
    f.field("attrition.overBlockCredit", text(a.overBlockCredit));
    f.field("attrition.thresholdRounding", std::string(toString(a.thresholdRounding)));
    f.field("attrition.damagesFactor", text(a.damagesFactor));
    f.field("attrition.rateBasis", std::string(toString(a.rateBasis)));
    f.field("attrition.resaleCredit", std::string(toString(a.resaleCredit)));
    f.field("attrition.resaleOnlyAtOccupancy", text(a.resaleOnlyAtOccupancy));
    f.field("attrition.countOutsideBlock", text(a.countOutsideBlock));
    f.field("attrition.countBilledNoShows", text(a.countBilledNoShows));
    f.field("attrition.countWalked", text(a.countWalked));
    f.field("attrition.capAmount", text(a.capAmount));
    f.field("attrition.capRoomsAtNightBlock", text(a.capRoomsAtNightBlock));
    f.field("attrition.taxable", text(a.taxable));
    f.field("attrition.taxRate", text(a.taxRate));

    const FoodBeverageClause& fb = c.foodBeverage;
    f.field("foodBeverage.minimum", text(fb.minimum));
    f.field("foodBeverage.allowance", text(fb.allowance));
    f.field("foodBeverage.actualSpend", text(fb.actualSpend));
    f.field("foodBeverage.damagesFactor", text(fb.damagesFactor));
    f.field("foodBeverage.serviceChargeRate", text(fb.serviceChargeRate));
    f.field("foodBeverage.serviceChargeOnDamages", text(fb.serviceChargeOnDamages));
    f.field("foodBeverage.taxRate", text(fb.taxRate));
    f.field("foodBeverage.taxOnDamages", text(fb.taxOnDamages));
    f.field("foodBeverage.taxOnServiceCharge", text(fb.taxOnServiceCharge));

    const MeetingRoomClause& m = c.meetingRoom;
    f.field("meetingRoom.rental", text(m.rental));
    for (std::size_t i = 0; i < m.scale.size(); ++i) {
        f.entry("meetingRoom.scale", std::to_string(i),
                "from " + text(m.scale[i].minPickup) + " pickup: " + text(m.scale[i].charged) +
                    " of the rental");
    }
    f.field("meetingRoom.policy", std::string(toString(m.policy)));
    f.field("meetingRoom.taxable", text(m.taxable));
    f.field("meetingRoom.taxRate", text(m.taxRate));

    f.field("comps.perRoomNights", text(c.comps.perRoomNights));
    f.field("comps.perNight", text(c.comps.perNight));
    f.field("comps.countTowardPickup", text(c.comps.countTowardPickup));

    const CancellationClause& k = c.cancellation;
    for (std::size_t i = 0; i < k.tiers.size(); ++i) {
        const CancellationTier& t = k.tiers[i];
        std::string days = text(t.minDays);
        if (t.maxDays) {
            days += '-';
            days += text(*t.maxDays);
            days += " days";
        } else {
            days += " days or more";
        }
        f.entry("cancellation.tiers", std::to_string(i),
                days + ": " + text(t.percent) + " (rooms " + text(t.roomsPercent) + ", F&B " +
                    text(t.foodBeveragePercent) + ", meeting room " + text(t.meetingRoomPercent) + ")");
    }
    f.field("cancellation.basis", std::string(toString(k.basis)));
    f.field("cancellation.roundToWholeUnits", text(k.roundToWholeUnits));
    f.field("cancellation.creditResale", text(k.creditResale));
    f.field("cancellation.taxable", text(k.taxable));
    f.field("cancellation.taxRate", text(k.taxRate));
    f.field("cancellation.waiveOnForceMajeure", text(k.waiveOnForceMajeure));
    f.field("cancellationNotice", text(c.cancellationNotice));
    f.field("forceMajeure", text(c.forceMajeure));

    for (std::size_t i = 0; i < c.deposits.size(); ++i) {
        const Deposit& d = c.deposits[i];
        f.entry("deposits", std::to_string(i),
                text(d.amount) + " received " + text(d.received) +
                    (d.note.empty() ? "" : " (" + d.note + ")"));
    }
    // Only what was recorded: the changes of every contract without a settlement read as they always did.
    const Settlement& s = c.settlement;
    if (s.assessed) {
        f.field("settlement.assessed", "Agreed " + shown(*s.assessed));
    }
    if (s.invoicedOn) {
        f.field("settlement.invoicedOn", "Invoiced on " + text(*s.invoicedOn));
    }
    if (!s.invoiceNumber.empty()) {
        f.field("settlement.invoiceNumber", s.invoiceNumber);
    }
    for (const SettlementPayment& p : s.payments) {
        f.entry("settlement.payments", text(p.received),
                "Collected " + shown(p.amount) + " on " + text(p.received));
    }
    if (s.waived != Money()) {
        f.field("settlement.waived", "Waived " + shown(s.waived));
    }
    if (!s.waiverReason.empty()) {
        f.field("settlement.waiverReason", s.waiverReason);
    }
    if (s.creditAmount != Money()) {
        f.field("settlement.creditAmount", "Credit of " + shown(s.creditAmount) + " on a future contract");
    }
    if (!s.creditContract.empty()) {
        f.field("settlement.creditContract", s.creditContract);
    }
    f.field("notes", c.notes);
    // Only when there are any: the changes of every contract without them read as they always did (and
    // confirming the last one is "their list -> nothing").
    if (!c.unconfirmedDefaults.empty()) {
        std::string unconfirmed;
        for (const std::string& path : c.unconfirmedDefaults) {
            unconfirmed += (unconfirmed.empty() ? "" : ", ") + path;
        }
        f.field("unconfirmedDefaults", unconfirmed);
    }
    return out;
}

Fields describeFields(const Scenario& s) {
    Fields out;
    Collector f(out);
    const ScenarioOverrides& o = s.overrides;
    f.field("name", s.name);
    f.field("uniformPickup", text(o.uniformPickup));
    f.field("pickup", o.pickup ? "overridden" : "");
    if (o.pickup) {
        for (const PickupEntry& e : *o.pickup) {
            f.entry("pickup", nightAndType(e.night, e.roomType), text(e.rooms) + " rooms");
        }
    }
    f.field("foodBeverageSpend", text(o.foodBeverageSpend));
    f.field("resale", o.resale ? "overridden" : "");
    if (o.resale) {
        for (const ResaleEntry& e : *o.resale) {
            f.entry("resale", text(e.night), text(e.roomNights) + " room nights at " + text(e.rate));
        }
    }
    f.field("cancellationNotice", text(o.cancellationNotice));
    f.field("withoutCancellation", text(o.withoutCancellation));
    return out;
}

std::vector<FieldChange> compareContracts(const Contract& before, const Contract& after) {
    return compare(describeFields(before), describeFields(after));
}

std::vector<FieldChange> compareScenarios(const Scenario& before, const Scenario& after) {
    return compare(describeFields(before), describeFields(after));
}

} // namespace attrition::storage
