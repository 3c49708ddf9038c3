#include "attrition/engine/validation.h"

#include "attrition/domain/clause_defaults.h"
#include "attrition/domain/field_catalogue.h"
#include "limits.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace attrition {

std::string ValidationIssue::toEnglish() const {
    return field + ": " + renderEnglish(message);
}

namespace {

std::string joinMessages(const std::vector<ValidationIssue>& issues) {
    std::string text = "the contract is invalid";
    for (const ValidationIssue& issue : issues) {
        text += "\n  ";
        text += issue.toEnglish();
    }
    return text;
}

/// Where a problem is: a field path built only when a problem is reported ("block[2].rooms").
struct Where {
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
    std::string_view base;
    std::size_t index = kNoIndex;
    std::string_view member;

    Where operator/(std::string_view m) const { return {base, index, m}; }
    std::string str() const {
        std::string out(base);
        if (index != kNoIndex) {
            out += '[';
            out += std::to_string(index);
            out += ']';
        }
        out += member;
        return out;
    }
};

/// Where the catalogued field F is, at its path: fieldAt<field::AttritionTaxRate>() is attrition.taxRate.
template <typename F> Where fieldAt() {
    return Where{F::path, Where::kNoIndex, {}};
}

/// An entry of the catalogued list F: indexed<field::CancellationTiers>(1) is "cancellation.tiers[1]".
template <typename F> std::string indexed(std::size_t index) {
    return Where{F::path, index, {}}.str();
}

class Validator {
public:
    explicit Validator(const Contract& c)
        : c_(c) {}

    std::vector<ValidationIssue> run() {
        general();
        entries<field::Block>([&](const Where& at, const BlockEntry& e) {
            night(at, e.night);
            roomType(at, e.roomType);
            rooms(at / ".rooms", e.rooms);
            amount(at / ".rate", e.rate);
        });
        duplicates<field::Block>();
        entries<field::Pickup>([&](const Where& at, const PickupEntry& e) {
            night(at, e.night);
            roomType(at, e.roomType);
            rooms(at / ".rooms", e.rooms);
        });
        duplicates<field::Pickup>();
        entries<field::AuditCredits>([&](const Where& at, const AuditCredit& e) {
            night(at, e.night);
            rooms(at / ".outsideBlock", e.outsideBlock);
            rooms(at / ".billedNoShows", e.billedNoShows);
            rooms(at / ".walked", e.walked);
        });
        entries<field::Resale>([&](const Where& at, const ResaleEntry& e) {
            night(at, e.night);
            rooms(at / ".roomNights", e.roomNights);
            amount(at / ".rate", e.rate);
        });
        entries<field::Occupancy>([&](const Where& at, const NightOccupancy& e) {
            night(at, e.night);
            percent(at / ".occupancy", e.occupancy);
        });
        entries<field::ReviewSchedule>(
            [&](const Where& at, const ReviewStep& e) { percent(at / ".maxReduction", e.maxReduction); });
        reductions();
        attrition();
        foodBeverage();
        meetingRoom();
        if (const std::int32_t ratio = field::CompsPerRoomNights::of(c_); ratio < 0) {
            add<field::CompsPerRoomNights>(
                Message(MessageId::ValNegativeCompRatio, MessageArg::integer(ratio)));
        }
        cancellation();
        entries<field::Deposits>(
            [&](const Where& at, const Deposit& e) { amount(at / ".amount", e.amount); });
        settlement();
        revenueLimit();
        return std::move(issues_);
    }

private:
    void add(std::string field, Message message) { issues_.push_back({std::move(field), message}); }
    void add(const Where& at, Message message) { issues_.push_back({at.str(), message}); }
    /// A problem with the catalogued field F, named at its path.
    template <typename F> void add(Message message) { add(std::string(F::path), message); }

    /// The value of the catalogued field F; nullptr for an optional field that is not set.
    template <typename F> auto valueOf() const {
        const auto& value = F::of(c_);
        if constexpr (F::optional) {
            return value ? &*value : nullptr;
        } else {
            return &value;
        }
    }

    bool currencyKnown() const { return c_.currency.isValid(); }

    void general() {
        if (field::Reference::of(c_).empty()) {
            add<field::Reference>(Message(MessageId::ValEmptyReference));
        }
        if (!currencyKnown()) {
            add<field::Currency>(Message(MessageId::ValUnknownCurrency));
        }
        if (const Date departure = field::Departure::of(c_); departure <= c_.arrival) {
            add<field::Departure>(Message(MessageId::ValDepartureNotAfterArrival, MessageArg::date(departure),
                                          MessageArg::date(c_.arrival)));
            stayValid_ = false;
        } else if (c_.nightCount() > detail::kMaxNights) {
            add<field::Departure>(Message(MessageId::ValStayTooLong, MessageArg::integer(c_.nightCount()),
                                          MessageArg::integer(detail::kMaxNights)));
            stayValid_ = false;
        }
        if (const Date signedOn = field::SignedOn::of(c_); signedOn > c_.arrival) {
            add<field::SignedOn>(Message(MessageId::ValSignedAfterArrival, MessageArg::date(signedOn),
                                         MessageArg::date(c_.arrival)));
        }
        const bool lostReason = field::LostReason::of(c_).has_value();
        if (c_.status == ContractStatus::Lost && !lostReason) {
            add<field::LostReason>(Message(MessageId::ValLostWithoutReason));
        } else if (c_.status != ContractStatus::Lost && lostReason) {
            add<field::LostReason>(
                Message(MessageId::ValLostReasonNotLost, MessageArg::staticText(toString(c_.status).data())));
        }
        if (const Date* notice = valueOf<field::CancellationNotice>(); notice && *notice < c_.signedOn) {
            add<field::CancellationNotice>(Message(MessageId::ValNoticeBeforeSigning,
                                                   MessageArg::date(*notice), MessageArg::date(c_.signedOn)));
        }
    }

    /// Each entry of the catalogued list F, checked by `check` at its place ("block[2]"); none when the list
    /// holds more entries than a contract may.
    template <typename F, typename Check> void entries(Check&& check) {
        const auto& items = F::of(c_);
        if (static_cast<std::int64_t>(items.size()) > detail::kMaxEntries) {
            add<F>(Message(MessageId::ValTooManyEntries,
                           MessageArg::integer(static_cast<std::int64_t>(items.size())),
                           MessageArg::integer(detail::kMaxEntries)));
            return;
        }
        for (std::size_t i = 0; i < items.size(); ++i) {
            check(Where{F::path, i, {}}, items[i]);
        }
    }

    /// The entries of the catalogued list F that repeat an earlier entry's night and room type.
    template <typename F> void duplicates() {
        const auto& items = F::of(c_);
        if (static_cast<std::int64_t>(items.size()) > detail::kMaxEntries) {
            return;
        }
        if (items.size() <= 64) { // the usual size: compare pairs, no allocation
            for (std::size_t i = 1; i < items.size(); ++i) {
                for (std::size_t j = 0; j < i; ++j) {
                    if (items[j].night == items[i].night && items[j].roomType == items[i].roomType) {
                        add(Where{F::path, i, {}},
                            Message(MessageId::ValDuplicateNight, MessageArg::date(items[i].night)));
                        break;
                    }
                }
            }
            return;
        }
        // Sort positions by (night, room type) and compare neighbours; report every repeat after the first.
        std::vector<std::size_t> order(items.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        const auto key = [&](std::size_t i) {
            return std::tie(items[i].night, items[i].roomType);
        };
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return key(x) < key(y) || (key(x) == key(y) && x < y);
        });
        std::vector<std::size_t> repeats;
        for (std::size_t k = 1; k < order.size(); ++k) {
            if (key(order[k]) == key(order[k - 1])) {
                repeats.push_back(order[k]);
            }
        }
        std::sort(repeats.begin(), repeats.end());
        for (std::size_t i : repeats) {
            add(Where{F::path, i, {}},
                Message(MessageId::ValDuplicateNight, MessageArg::date(items[i].night)));
        }
    }

    void night(const Where& at, Date d) {
        if (stayValid_ && (d < c_.arrival || d >= c_.departure)) {
            add(at / ".night",
                Message(MessageId::ValNightOutsideStay, MessageArg::date(d), MessageArg::date(c_.arrival),
                        MessageArg::date(c_.departure.addDays(-1))));
        }
    }

    void roomType(const Where& at, const std::string& type) {
        if (type.empty()) {
            add(at / ".roomType", Message(MessageId::ValEmptyRoomType));
        }
    }

    void rooms(const Where& at, std::int32_t n) {
        if (n < 0) {
            add(at, Message(MessageId::ValNegativeRooms, MessageArg::integer(n)));
        } else if (n > detail::kMaxRooms) {
            add(at, Message(MessageId::ValTooManyRooms, MessageArg::integer(n),
                            MessageArg::integer(detail::kMaxRooms)));
        }
    }

    void amount(const Where& at, const Money& m) {
        const bool unsetZero = !m.currency().isValid() && m.isZero();
        if (currencyKnown() && m.currency() != c_.currency && !unsetZero) {
            add(at, Message(MessageId::ValWrongCurrency));
            return;
        }
        if (m.isNegative()) {
            add(at, Message(MessageId::ValNegativeAmount, MessageArg::money(m)));
        } else if (m.minorUnits() > detail::kMaxAmountMinor) {
            add(at, Message(MessageId::ValAmountOverflow,
                            MessageArg::money(Money(detail::kMaxAmountMinor, m.currency()))));
        }
    }

    /// The catalogued amount F, when set: in the contract's currency, not negative, not too large.
    template <typename F> void amount() {
        if (const Money* m = valueOf<F>()) {
            amount(fieldAt<F>(), *m);
        }
    }

    /// The settlement: amounts in the contract's currency and not negative; what was collected and waived
    /// never more than what was agreed; dates not before the arrival (the cancellation notice for a
    /// cancelled contract); the credit on a future contract a part of the waiver, with the contract named.
    void settlement() {
        const Settlement& s = c_.settlement;
        const std::size_t before = issues_.size();
        amount<field::SettlementAssessed>();
        entries<field::SettlementPayments>([&](const Where& at, const SettlementPayment& e) {
            amount(at / ".amount", e.amount);
            settlementDate(at / ".received", e.received);
        });
        amount<field::SettlementWaived>();
        amount<field::SettlementCreditAmount>();
        if (const Date* invoicedOn = valueOf<field::SettlementInvoicedOn>()) {
            settlementDate(fieldAt<field::SettlementInvoicedOn>(), *invoicedOn);
            if (!s.assessed) {
                add<field::SettlementInvoicedOn>(Message(MessageId::ValSettlementInvoiceWithoutAssessed));
            }
        }
        if (issues_.size() != before || !currencyKnown() ||
            static_cast<std::int64_t>(s.payments.size()) > detail::kMaxEntries) {
            return; // the sums below need amounts of one currency
        }
        Wide collected = 0;
        for (const SettlementPayment& p : s.payments) {
            collected += p.amount.minorUnits();
        }
        const Wide waived = s.waived.minorUnits();
        const std::string where(waived > 0 ? field::SettlementWaived::path : field::SettlementPayments::path);
        if (collected + waived > 0) {
            if (!s.assessed) {
                add(where, Message(MessageId::ValSettlementNothingAssessed, wideMoney(collected),
                                   wideMoney(waived)));
            } else if (collected + waived > s.assessed->minorUnits()) {
                add(where,
                    Message(MessageId::ValSettlementOverAssessed, wideMoney(collected), wideMoney(waived),
                            wideMoney(collected + waived), MessageArg::money(*s.assessed)));
            }
        }
        if (s.creditAmount.minorUnits() > s.waived.minorUnits()) {
            add<field::SettlementCreditAmount>(Message(MessageId::ValSettlementCreditOverWaived,
                                                       MessageArg::money(money(s.creditAmount)),
                                                       MessageArg::money(money(s.waived))));
        }
        if (s.creditAmount.isPositive() && s.creditContract.empty()) {
            add<field::SettlementCreditContract>(Message(MessageId::ValSettlementCreditWithoutContract,
                                                         MessageArg::money(money(s.creditAmount))));
        } else if (!s.creditContract.empty() && s.creditAmount.isZero()) {
            add<field::SettlementCreditAmount>(Message(MessageId::ValSettlementContractWithoutCredit));
        }
        if (!s.creditContract.empty() && s.creditContract == c_.reference) {
            add<field::SettlementCreditContract>(Message(MessageId::ValSettlementCreditToItself));
        }
    }

    /// An amount of the contract's currency (a zero without currency gains it).
    Money money(const Money& m) const { return Money(m.minorUnits(), c_.currency); }

    /// A sum of checked amounts (each at most kMaxAmountMinor, at most kMaxEntries of them), shown at most
    /// as the largest amount a figure may hold.
    MessageArg wideMoney(Wide minor) const {
        const Wide shown = minor > detail::kMaxAmountMinor ? detail::kMaxAmountMinor : minor;
        return MessageArg::money(Money(static_cast<std::int64_t>(shown), c_.currency));
    }

    /// A settlement date: not before the arrival, or for a cancelled contract not before the notice.
    void settlementDate(const Where& at, Date d) {
        if (c_.cancellationNotice) {
            if (d < *c_.cancellationNotice) {
                add(at, Message(MessageId::ValSettlementDateBeforeNotice, MessageArg::date(d),
                                MessageArg::date(*c_.cancellationNotice)));
            }
        } else if (d < c_.arrival) {
            add(at, Message(MessageId::ValSettlementDateBeforeArrival, MessageArg::date(d),
                            MessageArg::date(c_.arrival)));
        }
    }

    void percent(const Where& at, Percent p) {
        if (!p.isBetweenZeroAndHundred()) {
            add(at, Message(MessageId::ValPercentOutOfRange, MessageArg::percent(p)));
        }
    }

    /// The catalogued percentage F, when set: between 0% and 100%.
    template <typename F> void percent() {
        if (const Percent* p = valueOf<F>()) {
            percent(fieldAt<F>(), *p);
        }
    }

    void reductions() {
        entries<field::Reductions>([&](const Where& at, const BlockReduction& r) {
            night(at, r.night);
            roomType(at, r.roomType);
            rooms(at / ".rooms", r.rooms);
            const auto it = std::find_if(c_.block.begin(), c_.block.end(), [&](const BlockEntry& b) {
                return b.night == r.night && b.roomType == r.roomType;
            });
            if (it == c_.block.end()) {
                add(at, Message(MessageId::ValReductionWithoutBlock, MessageArg::date(r.night)));
            } else if (it->rooms >= 0 && r.rooms > it->rooms) {
                add(at / ".rooms", Message(MessageId::ValReductionRaisesBlock, MessageArg::integer(r.rooms),
                                           MessageArg::integer(it->rooms)));
            }
        });
    }

    void attrition() {
        percent<field::AttritionPerformanceLevel>();
        percent<field::AttritionDamagesFactor>();
        percent<field::AttritionResaleOnlyAtOccupancy>();
        amount<field::AttritionCapAmount>();
        percent<field::AttritionTaxRate>();
    }

    void foodBeverage() {
        amount<field::FoodBeverageMinimum>();
        amount<field::FoodBeverageActualSpend>();
        percent<field::FoodBeverageAllowance>();
        percent<field::FoodBeverageDamagesFactor>();
        percent<field::FoodBeverageServiceChargeRate>();
        percent<field::FoodBeverageTaxRate>();
    }

    void meetingRoom() {
        amount<field::MeetingRoomRental>();
        std::vector<Percent> starts; // a band's lowest pickup decides which band applies: never twice
        entries<field::MeetingRoomScale>([&](const Where& at, const MeetingScaleBand& b) {
            percent(at / ".minPickup", b.minPickup);
            percent(at / ".charged", b.charged);
            if (std::find(starts.begin(), starts.end(), b.minPickup) != starts.end()) {
                add(at / ".minPickup",
                    Message(MessageId::ValDuplicateScaleBand, MessageArg::percent(b.minPickup)));
            }
            starts.push_back(b.minPickup);
        });
        percent<field::MeetingRoomTaxRate>();
    }

    void cancellation() {
        percent<field::CancellationTaxRate>();
        bool tiersWellFormed = true;
        entries<field::CancellationTiers>([&](const Where& at, const CancellationTier& t) {
            if (t.minDays < 0) {
                add(at / ".minDays", Message(MessageId::ValNegativeDays, MessageArg::integer(t.minDays)));
                tiersWellFormed = false;
            }
            if (t.maxDays && *t.maxDays < t.minDays) {
                add(at / ".maxDays", Message(MessageId::ValTierDaysReversed, MessageArg::integer(t.minDays),
                                             MessageArg::integer(*t.maxDays)));
                tiersWellFormed = false;
            }
            percent(at / ".percent", t.percent);
            percent(at / ".roomsPercent", t.roomsPercent);
            percent(at / ".foodBeveragePercent", t.foodBeveragePercent);
            percent(at / ".meetingRoomPercent", t.meetingRoomPercent);
        });
        const std::vector<CancellationTier>& tiers = field::CancellationTiers::of(c_);
        if (!tiersWellFormed || tiers.empty() ||
            static_cast<std::int64_t>(tiers.size()) > detail::kMaxEntries) {
            return;
        }
        // The tiers, in order of their first day, must cover 0 days and up with no overlap and no gap.
        std::vector<std::size_t> order(tiers.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            order[i] = i;
        }
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return tiers[a].minDays < tiers[b].minDays; });
        std::int64_t expected = 0; // the first day not yet covered
        bool open = false;         // a tier already covers every day from `expected` on
        const CancellationTier* previous = nullptr;
        for (std::size_t i : order) {
            const CancellationTier& t = tiers[i];
            if (open || t.minDays < expected) {
                if (previous->maxDays) {
                    add(indexed<field::CancellationTiers>(i),
                        Message(MessageId::ValTierOverlap, MessageArg::integer(t.minDays),
                                MessageArg::integer(previous->minDays),
                                MessageArg::integer(*previous->maxDays)));
                } else {
                    add(indexed<field::CancellationTiers>(i),
                        Message(MessageId::ValTierOverlapOpen, MessageArg::integer(t.minDays),
                                MessageArg::integer(previous->minDays)));
                }
            } else if (t.minDays > expected) {
                add<field::CancellationTiers>(Message(MessageId::ValTierGap, MessageArg::integer(expected),
                                                      MessageArg::integer(t.minDays - 1)));
            }
            if (t.maxDays) {
                expected = std::max<std::int64_t>(expected, static_cast<std::int64_t>(*t.maxDays) + 1);
            } else {
                open = true;
            }
            previous = &t;
        }
        if (!open) {
            add<field::CancellationTiers>(
                Message(MessageId::ValTierNoOpenEnd, MessageArg::integer(expected)));
        }
    }

    void revenueLimit() {
        if (!currencyKnown()) {
            return;
        }
        Wide total = 0;
        for (const BlockEntry& b : c_.block) {
            total += static_cast<Wide>(b.rooms) * b.rate.minorUnits();
        }
        total += c_.foodBeverage.minimum.minorUnits();
        total += c_.meetingRoom.rental.minorUnits();
        if (total > detail::kMaxAmountMinor) {
            add<field::Block>(Message(MessageId::ValAmountOverflow,
                                      MessageArg::money(Money(detail::kMaxAmountMinor, c_.currency))));
        }
    }

    const Contract& c_;
    bool stayValid_ = true;
    std::vector<ValidationIssue> issues_;
};

} // namespace

ContractInvalid::ContractInvalid(std::vector<ValidationIssue> issues)
    : std::runtime_error(joinMessages(issues))
    , issues_(std::move(issues)) {}

std::vector<ValidationIssue> validate(const Contract& contract) {
    return Validator(contract).run();
}

namespace {

/// Likely mistakes in a valid-looking contract: values the assessment ignores, percentages written as
/// fractions. Each is reported with Severity::Warning.
class Warner {
public:
    explicit Warner(const Contract& c)
        : c_(c) {}

    std::vector<ValidationIssue> run() {
        if (field::CancellationNotice::of(c_) && c_.status != ContractStatus::Cancelled &&
            c_.status != ContractStatus::Lost) {
            add<field::CancellationNotice>(Message(MessageId::ValWarnNoticeNotCancelled));
        }
        fraction<field::AttritionPerformanceLevel>();
        fraction<field::AttritionDamagesFactor>();
        fraction<field::FoodBeverageDamagesFactor>();
        const std::vector<MeetingScaleBand>& scale = field::MeetingRoomScale::of(c_);
        for (std::size_t i = 0; i < scale.size(); ++i) {
            fraction(indexed<field::MeetingRoomScale>(i) + ".minPickup", scale[i].minPickup);
            fraction(indexed<field::MeetingRoomScale>(i) + ".charged", scale[i].charged);
        }
        tiers();
        if (!field::Occupancy::of(c_).empty() && !c_.attrition.resaleOnlyAtOccupancy) {
            add<field::Occupancy>(Message(MessageId::ValWarnOccupancyUnused));
        }
        const std::vector<PickupEntry>& pickup = field::Pickup::of(c_);
        for (std::size_t i = 0; i < pickup.size(); ++i) {
            roomTypeInBlock(indexed<field::Pickup>(i) + ".roomType", pickup[i].roomType);
        }
        // In the order of the catalogue (the contract file), each at its own path.
        for (const ContractField& field : contractFields()) {
            if (isUnconfirmedDefault(c_, field.path)) {
                add(std::string(field.path), Message(MessageId::ValWarnUnconfirmedDefault));
            }
        }
        pickupAboveBlock();
        if (c_.settlement.waived.isPositive() && field::SettlementWaiverReason::of(c_).empty()) {
            add<field::SettlementWaiverReason>(
                Message(MessageId::ValWarnWaiverWithoutReason, MessageArg::money(c_.settlement.waived)));
        }
        return std::move(issues_);
    }

private:
    void add(std::string field, Message message) {
        issues_.push_back({std::move(field), message, Severity::Warning});
    }
    /// A likely mistake in the catalogued field F, named at its path.
    template <typename F> void add(Message message) { add(std::string(F::path), message); }

    /// A level written as a fraction: above 0% but below 1% ("0.85" read as 0.85%).
    void fraction(std::string field, Percent p) {
        if (p.partsPerMillion() > 0 && p.partsPerMillion() < Percent::kScale / 100) {
            add(std::move(field), Message(MessageId::ValWarnPercentFraction, MessageArg::percent(p)));
        }
    }
    /// The catalogued percentage F written as a fraction.
    template <typename F> void fraction() { fraction(std::string(F::path), F::of(c_)); }

    void tiers() {
        const CancellationClause& k = c_.cancellation;
        const bool perComponent = k.basis == CancellationBasis::PerComponent;
        const char* basis = perComponent                                 ? "per-component"
                            : k.basis == CancellationBasis::TotalRevenue ? "total-revenue"
                                                                         : "room-revenue";
        const std::vector<CancellationTier>& tiers = field::CancellationTiers::of(c_);
        for (std::size_t i = 0; i < tiers.size(); ++i) {
            const CancellationTier& t = tiers[i];
            const std::string at = indexed<field::CancellationTiers>(i);
            const auto unused = [&](const char* member, Percent p) {
                if (!p.isZero()) {
                    add(at + member, Message(MessageId::ValWarnTierPercentUnused,
                                             MessageArg::staticText(basis), MessageArg::percent(p)));
                }
            };
            if (perComponent) {
                unused(".percent", t.percent);
                fraction(at + ".roomsPercent", t.roomsPercent);
                fraction(at + ".foodBeveragePercent", t.foodBeveragePercent);
                fraction(at + ".meetingRoomPercent", t.meetingRoomPercent);
            } else {
                unused(".roomsPercent", t.roomsPercent);
                unused(".foodBeveragePercent", t.foodBeveragePercent);
                unused(".meetingRoomPercent", t.meetingRoomPercent);
                fraction(at + ".percent", t.percent);
            }
        }
    }

    /// Pickup more than kPickupWarnPoints% of the block, most likely a typing mistake (500 for 50). Night
    /// by night each night and room type is assessed on its own, so each is checked; a cumulative
    /// assessment looks at the whole stay, where a shoulder night above its block is common, so the stay is
    /// checked and the entry furthest above its block named.
    void pickupAboveBlock() {
        static constexpr std::int64_t kPickupWarnPoints = 120;
        std::map<std::pair<Date, std::string>, std::int64_t> blocked;
        std::int64_t blockRooms = 0;
        for (const BlockEntry& b : c_.block) {
            if (b.rooms > 0) {
                blocked[{b.night, b.roomType}] += b.rooms;
                blockRooms += b.rooms;
            }
        }
        const Percent limit = Percent::fromPoints(kPickupWarnPoints);
        // The share of `rooms` in `block`, to a tenth of a point below.
        const auto share = [](std::int64_t rooms, std::int64_t block) {
            return Percent::fromPartsPerMillion(rooms * 1000 / block * (Percent::kScale / 1000));
        };
        const auto above = [](std::int64_t rooms, std::int64_t block) {
            return rooms * 100 > block * kPickupWarnPoints;
        };
        const std::vector<PickupEntry>& pickup = field::Pickup::of(c_);
        std::int64_t pickupRooms = 0;
        std::optional<std::size_t> furthest;
        for (std::size_t i = 0; i < pickup.size(); ++i) {
            const PickupEntry& p = pickup[i];
            const auto block = blocked.find({p.night, p.roomType});
            if (block == blocked.end()) {
                continue; // not in the block: warned about above
            }
            pickupRooms += std::max(0, p.rooms);
            if (!above(p.rooms, block->second)) {
                continue;
            }
            if (c_.attrition.method == AttritionMethod::NightByNight) {
                add(indexed<field::Pickup>(i) + ".rooms",
                    Message(MessageId::ValWarnPickupAboveBlockNight, MessageArg::integer(p.rooms),
                            MessageArg::date(p.night), MessageArg::percent(share(p.rooms, block->second)),
                            MessageArg::integer(block->second), MessageArg::percent(limit)));
                continue;
            }
            const auto blockOf = [&](std::size_t k) {
                return blocked.at({pickup[k].night, pickup[k].roomType});
            };
            // The furthest above: the largest share of its block (compared exactly, without division).
            if (!furthest || p.rooms * blockOf(*furthest) > pickup[*furthest].rooms * block->second) {
                furthest = i;
            }
        }
        if (c_.attrition.method == AttritionMethod::Cumulative && furthest && blockRooms > 0 &&
            above(pickupRooms, blockRooms)) {
            const PickupEntry& p = pickup[*furthest];
            add(indexed<field::Pickup>(*furthest) + ".rooms",
                Message(MessageId::ValWarnPickupAboveBlockStay, MessageArg::integer(pickupRooms),
                        MessageArg::percent(share(pickupRooms, blockRooms)), MessageArg::integer(blockRooms),
                        MessageArg::percent(limit), MessageArg::integer(p.rooms), MessageArg::date(p.night),
                        MessageArg::integer(blocked.at({p.night, p.roomType}))));
        }
    }

    static bool sameIgnoringCase(const std::string& a, const std::string& b) {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   const auto lower = [](char ch) {
                       return ch >= 'A' && ch <= 'Z' ? char(ch - 'A' + 'a') : ch;
                   };
                   return lower(x) == lower(y);
               });
    }

    void roomTypeInBlock(std::string field, const std::string& type) {
        if (type.empty() || c_.block.empty()) {
            return;
        }
        bool caseOnly = false;
        for (const BlockEntry& b : c_.block) {
            if (b.roomType == type) {
                return;
            }
            caseOnly = caseOnly || sameIgnoringCase(b.roomType, type);
        }
        add(std::move(field),
            Message(caseOnly ? MessageId::ValWarnRoomTypeCase : MessageId::ValWarnRoomTypeNotInBlock));
    }

    const Contract& c_;
    std::vector<ValidationIssue> issues_;
};

} // namespace

std::vector<ValidationIssue> validationWarnings(const Contract& contract) {
    return Warner(contract).run();
}

} // namespace attrition
