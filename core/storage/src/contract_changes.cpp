#include "attrition/storage/contract_changes.h"

#include "attrition/domain/field_catalogue.h"

#include <map>
#include <set>
#include <string_view>
#include <type_traits>

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
std::string text(const std::string& s) {
    return s;
}
std::string text(const Currency& currency) {
    return currency.isValid() ? std::string(currency.code()) : std::string();
}
template <typename E> std::string text(E value) requires std::is_enum_v<E> {
    return std::string(toString(value));
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

    void field(std::string_view name, std::string value) { out_.emplace_back(name, std::move(value)); }

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

// The description of each field of a contract, by its descriptor (field_catalogue.h): a field is its value
// as text, unless an overload below tells it otherwise. A field whose type has no text() does not compile.

template <typename F> void describe(Collector& f, const Contract& c, F) {
    f.field(F::path, text(F::of(c)));
}

void describe(Collector& f, const Contract& c, field::Block) {
    for (const BlockEntry& e : field::Block::of(c)) {
        f.entry(field::Block::path, nightAndType(e.night, e.roomType),
                text(e.rooms) + " rooms at " + text(e.rate));
    }
}
void describe(Collector& f, const Contract& c, field::ReviewSchedule) {
    const std::vector<ReviewStep>& steps = field::ReviewSchedule::of(c);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        f.entry(field::ReviewSchedule::path, std::to_string(i),
                "by " + text(steps[i].deadline) + " up to " + text(steps[i].maxReduction));
    }
}
void describe(Collector& f, const Contract& c, field::Reductions) {
    for (const BlockReduction& r : field::Reductions::of(c)) {
        f.entry(field::Reductions::path, text(r.recorded) + " " + nightAndType(r.night, r.roomType),
                "to " + text(r.rooms) + " rooms");
    }
}
void describe(Collector& f, const Contract& c, field::Pickup) {
    for (const PickupEntry& e : field::Pickup::of(c)) {
        f.entry(field::Pickup::path, nightAndType(e.night, e.roomType), text(e.rooms) + " rooms");
    }
}
void describe(Collector& f, const Contract& c, field::AuditCredits) {
    for (const AuditCredit& e : field::AuditCredits::of(c)) {
        f.entry(field::AuditCredits::path, text(e.night),
                "outside block " + text(e.outsideBlock) + ", billed no-shows " + text(e.billedNoShows) +
                    ", walked " + text(e.walked));
    }
}
void describe(Collector& f, const Contract& c, field::Resale) {
    for (const ResaleEntry& e : field::Resale::of(c)) {
        f.entry(field::Resale::path, text(e.night), text(e.roomNights) + " room nights at " + text(e.rate));
    }
}
void describe(Collector& f, const Contract& c, field::Occupancy) {
    for (const NightOccupancy& e : field::Occupancy::of(c)) {
        f.entry(field::Occupancy::path, text(e.night), text(e.occupancy));
    }
}
void describe(Collector& f, const Contract& c, field::MeetingRoomScale) {
    const std::vector<MeetingScaleBand>& scale = field::MeetingRoomScale::of(c);
    for (std::size_t i = 0; i < scale.size(); ++i) {
        f.entry(field::MeetingRoomScale::path, std::to_string(i),
                "from " + text(scale[i].minPickup) + " pickup: " + text(scale[i].charged) + " of the rental");
    }
}
void describe(Collector& f, const Contract& c, field::CancellationTiers) {
    const std::vector<CancellationTier>& tiers = field::CancellationTiers::of(c);
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const CancellationTier& t = tiers[i];
        std::string days = text(t.minDays);
        if (t.maxDays) {
            days += '-';
            days += text(*t.maxDays);
            days += " days";
        } else {
            days += " days or more";
        }
        f.entry(field::CancellationTiers::path, std::to_string(i),
                days + ": " + text(t.percent) + " (rooms " + text(t.roomsPercent) + ", F&B " +
                    text(t.foodBeveragePercent) + ", meeting room " + text(t.meetingRoomPercent) + ")");
    }
}
void describe(Collector& f, const Contract& c, field::Deposits) {
    const std::vector<Deposit>& deposits = field::Deposits::of(c);
    for (std::size_t i = 0; i < deposits.size(); ++i) {
        const Deposit& d = deposits[i];
        f.entry(field::Deposits::path, std::to_string(i),
                text(d.amount) + " received " + text(d.received) +
                    (d.note.empty() ? "" : " (" + d.note + ")"));
    }
}

// The settlement: only what was recorded, so that the changes of every contract without a settlement read
// as they always did.
void describe(Collector& f, const Contract& c, field::SettlementAssessed) {
    if (const std::optional<Money>& assessed = field::SettlementAssessed::of(c)) {
        f.field(field::SettlementAssessed::path, "Agreed " + shown(*assessed));
    }
}
void describe(Collector& f, const Contract& c, field::SettlementInvoicedOn) {
    if (const std::optional<Date>& invoicedOn = field::SettlementInvoicedOn::of(c)) {
        f.field(field::SettlementInvoicedOn::path, "Invoiced on " + text(*invoicedOn));
    }
}
void describe(Collector& f, const Contract& c, field::SettlementInvoiceNumber) {
    if (const std::string& number = field::SettlementInvoiceNumber::of(c); !number.empty()) {
        f.field(field::SettlementInvoiceNumber::path, number);
    }
}
void describe(Collector& f, const Contract& c, field::SettlementPayments) {
    for (const SettlementPayment& p : field::SettlementPayments::of(c)) {
        f.entry(field::SettlementPayments::path, text(p.received),
                "Collected " + shown(p.amount) + " on " + text(p.received));
    }
}
void describe(Collector& f, const Contract& c, field::SettlementWaived) {
    if (const Money& waived = field::SettlementWaived::of(c); waived != Money()) {
        f.field(field::SettlementWaived::path, "Waived " + shown(waived));
    }
}
void describe(Collector& f, const Contract& c, field::SettlementWaiverReason) {
    if (const std::string& reason = field::SettlementWaiverReason::of(c); !reason.empty()) {
        f.field(field::SettlementWaiverReason::path, reason);
    }
}
void describe(Collector& f, const Contract& c, field::SettlementCreditAmount) {
    if (const Money& credit = field::SettlementCreditAmount::of(c); credit != Money()) {
        f.field(field::SettlementCreditAmount::path, "Credit of " + shown(credit) + " on a future contract");
    }
}
void describe(Collector& f, const Contract& c, field::SettlementCreditContract) {
    if (const std::string& reference = field::SettlementCreditContract::of(c); !reference.empty()) {
        f.field(field::SettlementCreditContract::path, reference);
    }
}

// Only when there are any: the changes of every contract without them read as they always did (and
// confirming the last one is "their list -> nothing").
void describe(Collector& f, const Contract& c, field::UnconfirmedDefaults) {
    const std::set<std::string>& paths = field::UnconfirmedDefaults::of(c);
    if (paths.empty()) {
        return;
    }
    std::string unconfirmed;
    for (const std::string& path : paths) {
        unconfirmed += (unconfirmed.empty() ? "" : ", ") + path;
    }
    f.field(field::UnconfirmedDefaults::path, unconfirmed);
}

} // namespace

Fields describeFields(const Contract& c) {
    Fields out;
    Collector f(out);
#define ATTRITION_DESCRIBE_FIELD(name, ...) describe(f, c, field::name{});
    ATTRITION_CONTRACT_FIELDS(ATTRITION_DESCRIBE_FIELD)
#undef ATTRITION_DESCRIBE_FIELD
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
