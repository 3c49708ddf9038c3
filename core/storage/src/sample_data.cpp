#include "attrition/storage/sample_data.h"

#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/date_shift.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <string_view>

namespace attrition::storage {

namespace {

/// A small, fast generator whose sequence is the same on every platform (SplitMix64).
class Random {
public:
    explicit Random(std::uint64_t seed)
        : state_(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// A whole number from lo to hi inclusive.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    std::int32_t between32(std::int32_t lo, std::int32_t hi) {
        return static_cast<std::int32_t>(between(lo, hi));
    }
    /// True with a chance of `percent` in 100.
    bool chance(int percent) { return between(0, 99) < percent; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(between(0, static_cast<std::int64_t>(N) - 1))];
    }

private:
    std::uint64_t state_;
};

struct Hotel {
    std::string_view name;
    std::string_view currency;
};

constexpr std::array<Hotel, 36> kHotels{{
    {"Harborview Grand Boston", "USD"},
    {"Lakeshore Convention Hotel Chicago", "USD"},
    {"Desert Palms Resort Phoenix", "USD"},
    {"Riverside Marriott Nashville", "USD"},
    {"Bayfront Hilton San Diego", "USD"},
    {"Peachtree Plaza Atlanta", "USD"},
    {"Gaslamp Suites San Diego", "USD"},
    {"Capitol Hill Conference Center", "USD"},
    {"Magnolia Hotel Dallas", "USD"},
    {"Seaport Hotel Seattle", "USD"},
    {"Mile High Summit Denver", "USD"},
    {"Bourbon Street Royal New Orleans", "USD"},
    {"Strip Tower Convention Las Vegas", "USD"},
    {"Orlando Lakes Resort", "USD"},
    {"Union Square Hotel San Francisco", "USD"},
    {"Midtown Meridian New York", "USD"},
    {"Inner Harbor Hotel Baltimore", "USD"},
    {"Sawgrass Golf Resort", "USD"},
    {"Hotel am Messeplatz Frankfurt", "EUR"},
    {"Grand Hotel Opera Wien", "EUR"},
    {"Parc des Expositions Hotel Paris", "EUR"},
    {"Hotel Rai Amsterdam", "EUR"},
    {"Palacio de Congresos Madrid", "EUR"},
    {"Centro Congressi Milano", "EUR"},
    {"Harbour Hotel Dublin", "EUR"},
    {"Alster Conference Hotel Hamburg", "EUR"},
    {"Thameside Conference Hotel London", "GBP"},
    {"Royal Mile Hotel Edinburgh", "GBP"},
    {"Canal Street Manchester", "GBP"},
    {"Cotswolds Manor Retreat", "GBP"},
    {"Shinagawa Bay Hotel Tokyo", "JPY"},
    {"Osaka Castle Convention Hotel", "JPY"},
    {"Kyoto Garden Hotel", "JPY"},
    {"Gulf Pearl Hotel Kuwait City", "KWD"},
    {"Marina Towers Kuwait", "KWD"},
    {"Arabian Gulf Conference Resort", "KWD"},
}};

constexpr std::array<std::string_view, 32> kSalesManagers{{
    "Ana Ruiz",      "Ben Okafor",      "Carla Jensen",  "David Kim",     "Elena Petrova", "Farid Haddad",
    "Grace Liu",     "Hiro Tanaka",     "Isabel Moreau", "Jamal Carter",  "Katrin Vogel",  "Liam O'Brien",
    "Maya Patel",    "Nils Andersen",   "Olivia Brooks", "Pedro Alves",   "Quinn Murphy",  "Rosa Bianchi",
    "Sam Whitfield", "Tara Singh",      "Umar Siddiqui", "Vera Novak",    "Will Turner",   "Xin Zhao",
    "Yara Haddad",   "Zoe Martin",      "Aaron Feld",    "Bea Lindqvist", "Chris Duarte",  "Dana Schultz",
    "Emil Horvat",   "Fiona Gallagher",
}};

constexpr std::array<std::string_view, 24> kOrganizerFirst{{
    "American", "National", "International", "Pacific", "Atlantic", "Midwest",  "Northern",  "Southern",
    "Global",   "United",   "Western",       "Eastern", "Royal",    "European", "Allied",    "Continental",
    "Coastal",  "Summit",   "Pioneer",       "Liberty", "Heritage", "Metro",    "Northwind", "Evergreen",
}};
constexpr std::array<std::string_view, 30> kOrganizerField{{
    "Cardiology",     "Dental",        "Orthopedic",  "Nursing",    "Pharmacy",  "Radiology",
    "Engineering",    "Software",      "Insurance",   "Banking",    "Realtors",  "Teachers",
    "Librarians",     "Veterinary",    "Agriculture", "Automotive", "Aviation",  "Logistics",
    "Hospitality",    "Architecture",  "Chemistry",   "Geology",    "Marketing", "Accounting",
    "Pharmaceutical", "Semiconductor", "Retail",      "Energy",     "Biotech",   "Legal",
}};
constexpr std::array<std::string_view, 10> kOrganizerKind{{
    "Association",
    "Society",
    "Council",
    "Institute",
    "Federation",
    "Group",
    "Partners",
    "Holdings",
    "Alliance",
    "Foundation",
}};
constexpr std::array<std::string_view, 12> kEvents{{
    "Annual Meeting",
    "Sales Kickoff",
    "Leadership Summit",
    "Board Retreat",
    "Regional Conference",
    "User Conference",
    "Incentive Trip",
    "Training Week",
    "Product Launch",
    "Symposium",
    "Expo",
    "Congress",
}};
constexpr std::array<std::string_view, 5> kRoomTypes{{"KING", "DBL", "QUEEN", "SUITE", "STUDIO"}};

/// Today for the generator: contracts arriving before it have happened.
const Date kToday = *Date::fromYmd(2026, 6, 1);

Currency currencyOf(std::string_view code) {
    return *Currency::fromCode(code);
}

/// A group rate in minor units for a currency (a typical room night there).
std::int64_t sampleRate(Random& r, Currency currency) {
    const std::string_view code = currency.code();
    if (code == "JPY") {
        return r.between(180, 650) * 100; // 18,000 - 65,000 yen
    }
    if (code == "KWD") {
        return r.between(35, 140) * 1000 + r.between(0, 3) * 250; // 35.000 - 140.750
    }
    if (code == "GBP") {
        return r.between(119, 389) * 100;
    }
    if (code == "EUR") {
        return r.between(129, 429) * 100;
    }
    return r.between(139, 479) * 100 - (r.chance(50) ? 0 : 1); // 139.00, or 138.99
}

Money amount(std::int64_t minor, Currency currency) {
    return Money(minor, currency);
}

/// Whole major units of a currency, rounded down to `step` units.
Money wholeUnits(std::int64_t major, std::int64_t step, Currency currency) {
    return Money((major / step) * step * currency.minorPerMajor(), currency);
}

std::string organizerName(std::int64_t number) {
    const auto n = static_cast<std::size_t>(number);
    const std::size_t first = n % kOrganizerFirst.size();
    const std::size_t field = (n / kOrganizerFirst.size()) % kOrganizerField.size();
    const std::size_t kind = (n / (kOrganizerFirst.size() * kOrganizerField.size())) % kOrganizerKind.size();
    return std::string(kOrganizerFirst[first]) + " " + std::string(kOrganizerField[field]) + " " +
           std::string(kOrganizerKind[kind]);
}

std::vector<CancellationTier> standardTiers(Random& r, CancellationBasis basis) {
    struct Row {
        std::int32_t min;
        std::optional<std::int32_t> max;
        std::int64_t percent;
    };
    const bool longLead = r.chance(50);
    const std::array<Row, 4> rows =
        longLead ? std::array<Row, 4>{{{0, 30, 100}, {31, 90, 75}, {91, 180, 50}, {181, std::nullopt, 10}}}
                 : std::array<Row, 4>{{{0, 14, 100}, {15, 60, 80}, {61, 120, 40}, {121, std::nullopt, 20}}};
    std::vector<CancellationTier> tiers;
    for (const Row& row : rows) {
        CancellationTier t;
        t.minDays = row.min;
        t.maxDays = row.max;
        if (basis == CancellationBasis::PerComponent) {
            // A per-component tier charges each component's own percentage; its `percent` stays empty.
            t.roomsPercent = Percent::fromPoints(row.percent);
            t.foodBeveragePercent = Percent::fromPoints(std::min<std::int64_t>(100, row.percent / 2 + 25));
            t.meetingRoomPercent = Percent::fromPoints(row.percent / 2);
        } else {
            t.percent = Percent::fromPoints(row.percent);
        }
        tiers.push_back(t);
    }
    return tiers;
}

/// The share of the block a group picks up in the end (final pickup / block, in points), drawn from a stream
/// of its own so that the contract's other draws do not move. Like real groups: most between 70% and 105%
/// (a bell around 88%), some over-performers, and a tail of bad ones, some below 60%.
std::int32_t samplePerformance(std::uint64_t seed, std::int64_t index) {
    Random w(seed * 0xA0761D6478BD642FULL + static_cast<std::uint64_t>(index) * 0xE7037ED1A0B428DBULL + 7);
    const std::int64_t roll = w.between(0, 99);
    if (roll < 12) {
        return w.between32(38, 72); // a bad group
    }
    if (roll < 20) {
        return w.between32(98, 112); // over the block
    }
    return 70 + w.between32(0, 12) + w.between32(0, 12) + w.between32(0, 12); // 70..106, mostly near 88
}

/// The S-shaped booking curve of a segment: c(x) = s((m - x) / w) / s(m / w), s the logistic function, x
/// the days before arrival, m the days before arrival by which half of the final pickup is on the books and
/// w how gradual the curve is. See docs/FORECAST_METHODS.md ("Sample data").
struct CurveShape {
    double midpoint = 60;
    double width = 20;
};

constexpr std::array<CurveShape, 4> kSegmentCurves{{
    {80, 30}, // association: a housing block opened early, steady pickup well before the cutoff
    {32, 12}, // corporate: rooming lists close to arrival
    {60, 25}, // SMERF (social, military, educational, religious, fraternal): in between
    {24, 8},  // incentive: the whole rooming list in the last weeks
}};

double logistic(double t) {
    return 1.0 / (1.0 + std::exp(-t));
}

double curveShare(const CurveShape& shape, double daysBefore) {
    return logistic((shape.midpoint - daysBefore) / shape.width) / logistic(shape.midpoint / shape.width);
}

} // namespace

const char* segmentName(Segment segment) noexcept {
    switch (segment) {
    case Segment::Association:
        return "association";
    case Segment::Corporate:
        return "corporate";
    case Segment::Smerf:
        return "SMERF";
    case Segment::Incentive:
        return "incentive";
    }
    return "association";
}

Segment sampleSegment(std::string_view account) {
    // A hash of the account's name (FNV-1a, the same on every platform), so that an organizer's groups all
    // share one segment and the segments are about equally common.
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const char ch : account) {
        h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001B3ULL;
    }
    return static_cast<Segment>((h >> 32) % 4);
}

namespace {

/// Some of the groups that came or cancelled before today have settled their damages, or are settling
/// them: agreed with the client (near what they owe), then invoiced, partly or wholly
/// collected, waived with a reason, or part collected and part waived. Drawn from a generator of its own,
/// so that the contract's other draws stay as they were.
void sampleSettlement(Contract& c, std::uint64_t seed, std::int64_t index) {
    const bool past = c.status == ContractStatus::Actualized || c.status == ContractStatus::Cancelled;
    if (!past || (c.status == ContractStatus::Cancelled && !c.cancellationNotice.has_value())) {
        return;
    }
    Random r(seed * 0xC2B2AE3D27D4EB4FULL + static_cast<std::uint64_t>(index) * 0x165667B19E3779F9ULL + 11);
    if (!r.chance(50)) {
        return;
    }
    // Settled after the stay, or after the notice of a cancelled group but no sooner than 60 days before its
    // arrival (where the samples' scenario "Cancel 60 days out" puts the notice).
    const Date from =
        c.cancellationNotice ? std::max(*c.cancellationNotice, c.arrival.addDays(-60)) : c.departure;
    const Date invoiced = from.addDays(r.between32(7, 30));
    if (invoiced >= kToday) {
        return; // too recent to have been agreed
    }
    // What the group owes, roughly as the engine would put it: for a group that came, the room nights short
    // of the performance level at the block's average rate and the damages factor; for a cancelled one, a
    // share of the block's room revenue (the tier its notice fell in). Then what was agreed: that, less what
    // the sales manager conceded.
    std::int64_t blockNights = 0;
    std::int64_t revenue = 0;
    for (const BlockEntry& e : c.block) {
        blockNights += e.rooms;
        revenue += e.rooms * e.rate.minorUnits();
    }
    std::int64_t picked = 0;
    for (const PickupEntry& e : c.pickup) {
        picked += e.rooms;
    }
    std::int64_t owed = 0;
    if (c.status == ContractStatus::Cancelled) {
        owed = revenue * r.between(25, 100) / 100;
    } else if (blockNights > 0) {
        const std::int64_t level = c.attrition.performanceLevel.partsPerMillion();
        const std::int64_t threshold = (blockNights * level + Percent::kScale - 1) / Percent::kScale;
        const std::int64_t shortfall = std::max<std::int64_t>(0, threshold - picked);
        owed = shortfall * (revenue / blockNights) * c.attrition.damagesFactor.partsPerMillion() /
               Percent::kScale;
    }
    const std::int64_t step = c.currency.code() == "JPY" ? 1000 : 50;
    const std::int64_t major = owed / c.currency.minorPerMajor() * r.between(80, 100) / 100;
    if (major < step) {
        return; // nothing, or too little to pursue
    }
    const Money agreed = wholeUnits(major, step, c.currency);
    const std::int64_t a = agreed.minorUnits();
    Settlement& s = c.settlement;
    s.assessed = agreed;
    const std::int64_t roll = r.between(0, 99);
    if (roll < 12) {
        return; // agreed, not invoiced yet
    }
    s.invoicedOn = invoiced;
    char number[32];
    std::snprintf(number, sizeof number, "INV-%06lld", static_cast<long long>(index + 1));
    s.invoiceNumber = number;
    // Payments a few weeks apart after the invoice, never on or after today.
    const auto pay = [&](std::int64_t minor, Date after) {
        const Date on = after.addDays(r.between32(10, 45));
        if (on >= kToday || minor <= 0) {
            return after;
        }
        s.payments.push_back(SettlementPayment{on, Money(minor, c.currency)});
        return on;
    };
    const std::int64_t unit = c.currency.minorPerMajor();
    if (roll < 35) {
        return; // invoiced, nothing collected yet
    }
    if (roll < 55) {
        pay(a * r.between(20, 60) / 100 / unit * unit, invoiced); // partly collected
    } else if (roll < 80) {
        const std::int64_t first = r.chance(50) ? a / 2 / unit * unit : a;
        const Date on = pay(first, invoiced);
        if (first < a) {
            pay(a - first, on);
        }
    } else if (roll < 90) {
        s.waived = agreed;
        s.waiverReason = "Waived to keep the account's business";
    } else {
        const std::int64_t paid = a * r.between(50, 80) / 100 / unit * unit;
        pay(paid, invoiced);
        s.waived = Money(a - s.collected().minorUnits(), c.currency);
        s.waiverReason = "Goodwill: the rest waived on payment";
    }
}

} // namespace

Contract sampleContract(std::uint64_t seed, std::int64_t index) {
    Random r(seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index) * 0xD1B54A32D192ED03ULL + 1);
    Contract c;

    char reference[32];
    std::snprintf(reference, sizeof reference, "GRP-%07lld", static_cast<long long>(index + 1));
    c.reference = reference;

    const Hotel& hotel = r.pick(kHotels);
    c.hotel = std::string(hotel.name);
    c.currency = currencyOf(hotel.currency);
    c.salesManager = std::string(r.pick(kSalesManagers));
    // Repeat business: most contracts come from a few thousand organizers, some from many more.
    const std::int64_t organizer = r.chance(80) ? r.between(0, 2999) : r.between(3000, 7199);
    c.account = organizerName(organizer);

    // Arrivals from 2024 to 2029.
    c.arrival = Date::fromYmd(2024, 1, 1)->addDays(r.between32(0, 6 * 365));
    const std::int32_t nights =
        std::array<std::int32_t, 8>{1, 2, 3, 3, 3, 4, 4, 5}[static_cast<std::size_t>(r.between(0, 7))] +
        (r.chance(10) ? 1 : 0);
    c.departure = c.arrival.addDays(nights);
    c.signedOn = c.arrival.addDays(-r.between32(45, 720));
    c.groupName = c.account + " " + std::string(r.pick(kEvents)) + " " + std::to_string(c.arrival.year());
    c.cutoff = r.chance(85) ? std::optional<Date>(c.arrival.addDays(-r.between32(21, 35))) : std::nullopt;
    c.rounding = r.chance(90) ? RoundingMode::HalfUp : RoundingMode::HalfEven;

    // The block: a peak in the middle of the stay, lighter shoulder nights.
    const std::int32_t peak = r.between32(12, 380);
    const std::size_t typeCount = static_cast<std::size_t>(r.between(1, 3));
    std::vector<std::string> types;
    const std::size_t firstType =
        static_cast<std::size_t>(r.between(0, static_cast<std::int64_t>(kRoomTypes.size()) - 1));
    for (std::size_t t = 0; t < typeCount; ++t) {
        types.emplace_back(kRoomTypes[(firstType + t) % kRoomTypes.size()]);
    }
    std::vector<std::int64_t> rates;
    for (std::size_t t = 0; t < typeCount; ++t) {
        rates.push_back(sampleRate(r, c.currency) +
                        static_cast<std::int64_t>(t) * c.currency.minorPerMajor() * 40);
    }
    for (std::int32_t n = 0; n < nights; ++n) {
        const bool shoulder = nights > 2 && (n == 0 || n == nights - 1);
        const std::int32_t night = shoulder ? peak * r.between32(30, 60) / 100 : peak;
        for (std::size_t t = 0; t < typeCount; ++t) {
            const std::int32_t share = t == 0 ? 100 : (t == 1 ? 30 : 10);
            const std::int32_t rooms = std::max(1, night * share / 100);
            c.block.push_back(
                BlockEntry{c.arrival.addDays(n), types[t], rooms, amount(rates[t], c.currency)});
        }
    }

    // Review dates, and a reduction honoured by the first one.
    if (r.chance(50) && c.arrival.daysSince(c.signedOn) > 200) {
        c.reviewSchedule.push_back(ReviewStep{c.arrival.addDays(-180), Percent::fromPoints(20)});
        c.reviewSchedule.push_back(ReviewStep{c.arrival.addDays(-90), Percent::fromPoints(10)});
        if (r.chance(30)) {
            const Date recorded = c.arrival.addDays(-r.between32(185, 200));
            if (recorded >= c.signedOn) {
                for (const BlockEntry& e : c.block) {
                    if (e.roomType == types[0]) {
                        c.reductions.push_back(
                            BlockReduction{recorded, e.night, e.roomType, e.rooms * 9 / 10});
                    }
                }
            }
        }
    }

    // Status, pickup and the audit after the stay.
    // A group that arrived before today has come (actualized) or cancelled; a cancelled group gave notice
    // before today and by its arrival, so one signed only yesterday or later has not cancelled.
    const bool happened = c.arrival < kToday;
    const bool cancelled = r.chance(5) && c.signedOn < kToday.addDays(-1);
    if (cancelled) {
        c.status = ContractStatus::Cancelled;
        const Date latest = std::min(c.arrival, kToday.addDays(-1));
        const std::int32_t span = std::max(1, latest.daysSince(c.signedOn));
        c.cancellationNotice = c.signedOn.addDays(r.between32(1, span));
        c.forceMajeure = r.chance(5);
    } else if (happened) {
        (void)r.chance(
            90); // once a share of past groups stayed definite: drawn still, so the draws after stay
        c.status = ContractStatus::Actualized;
    } else {
        const std::int64_t roll = r.between(0, 99);
        c.status = roll < 60 ? ContractStatus::Definite
                             : (roll < 88 ? ContractStatus::Tentative : ContractStatus::Prospect);
    }
    (void)r.between32(55, 110); // the former uniform performance: drawn still, so the draws after it stay
    const std::int32_t performance = samplePerformance(seed, index);
    const std::int32_t progress =
        happened ? 100 : (c.arrival.daysSince(kToday) < 120 ? r.between32(40, 95) : r.between32(0, 40));
    if (!cancelled && progress > 0) {
        for (const BlockEntry& e : c.block) {
            const std::int32_t picked = e.rooms * performance / 100 * progress / 100 + r.between32(-2, 2);
            c.pickup.push_back(PickupEntry{e.night, e.roomType, std::max(0, picked)});
        }
    }
    if (happened && !cancelled && r.chance(30)) {
        for (std::int32_t n = 0; n < nights; ++n) {
            if (r.chance(50)) {
                c.auditCredits.push_back(AuditCredit{c.arrival.addDays(n), r.between32(0, 8),
                                                     r.between32(0, 3), r.between32(0, 2)});
            }
        }
    }

    // The attrition clause.
    AttritionClause& a = c.attrition;
    a.performanceLevel = Percent::fromPoints(
        std::array<std::int64_t, 5>{80, 80, 80, 85, 90}[static_cast<std::size_t>(r.between(0, 4))]);
    a.method = r.chance(70) ? AttritionMethod::Cumulative : AttritionMethod::NightByNight;
    a.overBlockCredit = a.method == AttritionMethod::NightByNight && r.chance(40);
    a.thresholdRounding =
        std::array<ThresholdRounding, 3>{ThresholdRounding::Exact, ThresholdRounding::Up,
                                         ThresholdRounding::Down}[static_cast<std::size_t>(r.between(0, 2))];
    a.damagesFactor = Percent::fromPoints(
        std::array<std::int64_t, 4>{100, 100, 80, 70}[static_cast<std::size_t>(r.between(0, 3))]);
    a.rateBasis = r.chance(75) ? RateBasis::PerNight : RateBasis::Average;
    const std::int64_t resaleRoll = r.between(0, 99);
    a.resaleCredit = resaleRoll < 40
                         ? ResaleCreditMethod::None
                         : (resaleRoll < 70 ? ResaleCreditMethod::ByCount : ResaleCreditMethod::ByRevenue);
    if (a.resaleCredit != ResaleCreditMethod::None && r.chance(40)) {
        a.resaleOnlyAtOccupancy = Percent::fromPoints(95);
    }
    a.countWalked = r.chance(80);
    if (r.chance(15)) {
        a.capAmount = wholeUnits(r.between(5'000, 60'000), 500, c.currency);
    }
    a.capRoomsAtNightBlock = r.chance(20);
    if (r.chance(10)) {
        a.taxable = true;
        a.taxRate = Percent::fromPartsPerMillion(r.between(50, 150) * 1000);
    }
    if (happened && !cancelled && a.resaleCredit != ResaleCreditMethod::None && r.chance(50)) {
        const std::int32_t n = r.between32(0, nights - 1);
        c.resale.push_back(ResaleEntry{c.arrival.addDays(n), r.between32(1, std::max(1, peak / 10)),
                                       amount(rates[0] * r.between(80, 110) / 100, c.currency)});
        if (a.resaleOnlyAtOccupancy) {
            for (std::int32_t k = 0; k < nights; ++k) {
                c.occupancy.push_back(
                    NightOccupancy{c.arrival.addDays(k), Percent::fromPoints(r.between(82, 100))});
            }
        }
    }

    // Food & beverage.
    FoodBeverageClause& fb = c.foodBeverage;
    std::int64_t roomNights = 0;
    for (const BlockEntry& e : c.block) {
        roomNights += e.rooms;
    }
    if (r.chance(80)) {
        const std::int64_t perNight =
            c.currency.code() == "JPY" ? r.between(50, 150) * 100 : r.between(40, 150);
        fb.minimum = wholeUnits(roomNights * perNight, c.currency.code() == "JPY" ? 10'000 : 100, c.currency);
        fb.allowance = Percent::fromPoints(
            std::array<std::int64_t, 4>{0, 10, 15, 20}[static_cast<std::size_t>(r.between(0, 3))]);
        fb.damagesFactor = Percent::fromPoints(
            std::array<std::int64_t, 4>{100, 35, 30, 40}[static_cast<std::size_t>(r.between(0, 3))]);
        fb.serviceChargeRate = Percent::fromPoints(
            std::array<std::int64_t, 4>{20, 22, 24, 25}[static_cast<std::size_t>(r.between(0, 3))]);
        fb.serviceChargeOnDamages = r.chance(50);
        fb.taxRate = Percent::fromPartsPerMillion(std::array<std::int64_t, 4>{
            88'750, 70'000, 100'000, 60'000}[static_cast<std::size_t>(r.between(0, 3))]);
        fb.taxOnDamages = r.chance(40);
        fb.taxOnServiceCharge = fb.taxOnDamages && r.chance(50);
        fb.actualSpend = happened && !cancelled
                             ? amount(fb.minimum.minorUnits() * r.between(60, 120) / 100, c.currency)
                             : Money::zero(c.currency);
    } else {
        fb.minimum = Money::zero(c.currency);
        fb.actualSpend = Money::zero(c.currency);
    }

    // Meeting room rental and its scale.
    MeetingRoomClause& m = c.meetingRoom;
    if (r.chance(60)) {
        m.rental =
            wholeUnits(r.between(1'000, 15'000) * (c.currency.code() == "JPY" ? 100 : 1), 250, c.currency);
        if (r.chance(70)) {
            m.scale = {MeetingScaleBand{Percent::fromPoints(90), Percent::zero()},
                       MeetingScaleBand{Percent::fromPoints(80), Percent::fromPoints(50)},
                       MeetingScaleBand{Percent::fromPoints(70), Percent::fromPoints(75)},
                       MeetingScaleBand{Percent::zero(), Percent::hundred()}};
        }
        m.policy = std::array<MeetingRoomPolicy, 3>{
            MeetingRoomPolicy::WithAttrition, MeetingRoomPolicy::GreaterOfTheTwo,
            MeetingRoomPolicy::InsteadOfAttrition}[static_cast<std::size_t>(r.between(0, 2))];
        m.taxable = r.chance(30);
        m.taxRate = m.taxable ? Percent::fromPoints(8) : Percent::zero();
    } else {
        m.rental = Money::zero(c.currency);
    }

    // Comps, cancellation, deposits.
    c.comps.perRoomNights = r.chance(85) ? (r.chance(50) ? 40 : 50) : 0;
    c.comps.perNight = c.comps.perRoomNights > 0 && r.chance(20);
    c.comps.countTowardPickup = r.chance(30);
    if (r.chance(95)) {
        const std::int64_t basisRoll = r.between(0, 99);
        c.cancellation.basis = basisRoll < 60 ? CancellationBasis::RoomRevenue
                                              : (basisRoll < 85 ? CancellationBasis::TotalRevenue
                                                                : CancellationBasis::PerComponent);
        c.cancellation.tiers = standardTiers(r, c.cancellation.basis);
        c.cancellation.roundToWholeUnits = r.chance(20);
        c.cancellation.creditResale = r.chance(30);
        c.cancellation.waiveOnForceMajeure = r.chance(90);
    }
    if (r.chance(60)) {
        const std::int64_t deposits = r.between(1, 2);
        Date received = c.signedOn.addDays(r.between32(7, 30));
        for (std::int64_t k = 0; k < deposits; ++k) {
            c.deposits.push_back(Deposit{received, wholeUnits(r.between(2'000, 25'000), 500, c.currency),
                                         k == 0 ? "Signing deposit" : "Second deposit"});
            received = received.addDays(r.between32(30, std::max(31, c.arrival.daysSince(c.signedOn) / 2)));
        }
    }
    if (r.chance(10)) {
        c.notes = "VIP group; confirm the rooming list two weeks out.";
    }
    sampleSettlement(c, seed, index);
    return c;
}

Date sampleToday() {
    return kToday;
}

namespace {

/// The largest multiple of 7 not above `days`.
std::int32_t weeksDown(std::int32_t days) {
    const std::int32_t weeks = days >= 0 ? days / 7 : -((-days + 6) / 7);
    return weeks * 7;
}

/// The smallest multiple of 7 not below `days`.
std::int32_t weeksUp(std::int32_t days) {
    return -weeksDown(-days);
}

/// The latest of the contract's dates that lie in the past of a group in its state: every date of an
/// actualized group; the signing, notice, reductions, deposits and pickup reports of a cancelled one; the
/// signing, reductions, deposits and pickup reports of one still to come.
Date latestPastDate(const Contract& c, const std::vector<PickupSnapshot>& history) {
    Date latest = c.signedOn;
    const auto take = [&latest](Date d) {
        latest = std::max(latest, d);
    };
    for (const BlockReduction& r : c.reductions) {
        take(r.recorded);
    }
    for (const Deposit& d : c.deposits) {
        take(d.received);
    }
    for (const PickupSnapshot& s : history) {
        take(s.reportDate);
    }
    if (c.cancellationNotice) {
        take(*c.cancellationNotice);
    }
    if (c.status == ContractStatus::Actualized) {
        take(c.departure);
        if (c.cutoff) {
            take(*c.cutoff);
        }
        for (const ReviewStep& s : c.reviewSchedule) {
            take(s.deadline);
        }
    }
    return latest;
}

} // namespace

std::vector<std::int32_t> placeBeforeToday(std::vector<Contract>& contracts,
                                           std::vector<std::vector<PickupSnapshot>>& histories, Date today) {
    static const std::vector<PickupSnapshot> kNone;
    const auto historyOf = [&](std::size_t i) -> const std::vector<PickupSnapshot>& {
        return i < histories.size() ? histories[i] : kNone;
    };
    // Each contract's range of shifts: its past dates before today (at most `latest`), and the arrival of a
    // group still to come after it (at least `earliest`).
    std::vector<std::pair<std::int32_t, std::int32_t>> ranges;
    std::optional<std::int32_t> common;
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        const Contract& c = contracts[i];
        const std::int32_t latest = weeksDown(today.addDays(-1).daysSince(latestPastDate(c, historyOf(i))));
        const bool upcoming = c.status != ContractStatus::Actualized && !c.isCancelled();
        const std::int32_t earliest = upcoming ? weeksUp(today.addDays(1).daysSince(c.arrival))
                                               : std::numeric_limits<std::int32_t>::min();
        ranges.emplace_back(earliest, latest);
        common = common ? std::min(*common, latest) : latest;
    }
    std::vector<std::int32_t> shifts;
    for (std::size_t i = 0; i < contracts.size(); ++i) {
        const auto [earliest, latest] = ranges[i];
        const std::int32_t shift = earliest > latest ? latest : std::clamp(*common, earliest, latest);
        shiftDates(contracts[i], shift);
        if (i < histories.size()) {
            shiftDates(histories[i], shift);
        }
        shifts.push_back(shift);
    }
    return shifts;
}

std::vector<PickupSnapshot> samplePickupSnapshots(const Contract& contract, std::uint64_t seed) {
    std::vector<PickupSnapshot> snapshots;
    // A cancelled group reports up to its notice, when its rooms go back to the hotel; it was heading for a
    // share of its block it never reached.
    const bool cancelled = contract.isCancelled() && contract.cancellationNotice.has_value() &&
                           contract.pickup.empty() && !contract.block.empty();
    if (contract.pickup.empty() && !cancelled) {
        return snapshots;
    }
    // Past groups report up to their arrival day, when the pickup is final; upcoming ones up to today, when
    // it is the contract's pickup. Nothing before signing.
    Date last = contract.arrival < kToday ? contract.arrival : kToday;
    if (cancelled && *contract.cancellationNotice < last) {
        last = *contract.cancellationNotice;
    }
    if (last < contract.signedOn) {
        return snapshots;
    }
    std::uint64_t mix = static_cast<std::uint32_t>(contract.arrival.dayNumber()) * 0x2545F4914F6CDD1DULL;
    for (const char ch : contract.reference) {
        mix = (mix ^ static_cast<unsigned char>(ch)) * 0x100000001B3ULL;
    }
    Random r(seed ^ mix);

    // What the pace heads for: the final pickup of a group that came (today's pickup for one still to
    // come); for a cancelled group, the pickup it would have reached, 45% to 95% of its block.
    std::vector<PickupEntry> target = contract.pickup;
    if (cancelled) {
        const std::int64_t wash = r.between(45, 95);
        for (const BlockEntry& e : contract.block) {
            target.push_back(
                PickupEntry{e.night, e.roomType, static_cast<std::int32_t>(e.rooms * wash / 100)});
        }
    }

    // The report days, counted back from the last one: every 3 days in the last 30 days before arrival,
    // weekly to 180 days, every 4 weeks before that.
    const std::int32_t lastDays = contract.arrival.daysSince(last);
    const std::int32_t lead = contract.arrival.daysSince(contract.signedOn);
    std::vector<std::int32_t> days;
    for (std::int32_t x = lastDays; x <= lead; x += x < 30 ? 3 : (x < 180 ? 7 : 28)) {
        days.push_back(x);
    }
    std::reverse(days.begin(), days.end());

    // The group's curve: its segment's, a little earlier or later, and for some groups a late surge or a
    // stall (silent attrition: the pace stops weeks before arrival and the rooms never come).
    std::int64_t finalRooms = 0;
    std::int64_t blockRooms = 0;
    for (const PickupEntry& e : target) {
        finalRooms += e.rooms;
    }
    for (const BlockEntry& e : contract.block) {
        blockRooms += e.rooms;
    }
    const double ratio =
        blockRooms > 0 ? static_cast<double>(finalRooms) / static_cast<double>(blockRooms) : 1;
    CurveShape shape = kSegmentCurves[static_cast<std::size_t>(sampleSegment(contract.account))];
    shape.midpoint *= 0.75 + 0.5 * static_cast<double>(r.between(0, 100)) / 100.0;
    shape.width *= 0.8 + 0.4 * static_cast<double>(r.between(0, 100)) / 100.0;
    const bool stall = (ratio < 0.78 && r.chance(60)) || r.chance(5);
    const bool surge = !stall && ((ratio >= 0.98 && r.chance(50)) || r.chance(8));
    if (surge) {
        shape.midpoint *= 0.45;
    }
    const double stallAt = stall ? static_cast<double>(r.between(35, 100)) : 0.0;
    const auto share = [&](std::int32_t x) {
        const double at = std::max(static_cast<double>(x), stallAt);
        return curveShare(shape, at);
    };
    // A group that came reaches its pickup on the last report; a cancelled one was on its way to the target.
    const double shareAtLast = cancelled ? 1.0 : share(lastDays);
    const bool noticeReported = cancelled && last == *contract.cancellationNotice;

    std::vector<std::int32_t> previous(target.size(), 0);
    snapshots.reserve(days.size());
    for (std::size_t k = 0; k < days.size(); ++k) {
        const bool final = k + 1 == days.size();
        const double groupShare = std::min(1.0, share(days[k]) / shareAtLast) *
                                  (final ? 1.0 : 1.0 + static_cast<double>(r.between(-3, 3)) / 100.0);
        PickupSnapshot s;
        s.reportDate = contract.arrival.addDays(-days[k]);
        s.entries.reserve(target.size());
        for (std::size_t e = 0; e < target.size(); ++e) {
            const PickupEntry& p = target[e];
            std::int32_t rooms = p.rooms;
            if (final && noticeReported) {
                rooms = 0; // the notice: the rooms go back
            } else if (!final || cancelled) {
                rooms = static_cast<std::int32_t>(std::lround(p.rooms * groupShare)) + r.between32(-1, 1);
                // A few rooms cancelled between reports, never a collapse: at most 5% of the final.
                rooms = std::clamp(rooms, std::max(0, previous[e] - std::max(1, p.rooms / 20)), p.rooms);
            }
            previous[e] = rooms;
            s.entries.push_back(PickupEntry{p.night, p.roomType, rooms});
        }
        snapshots.push_back(std::move(s));
    }
    return snapshots;
}

std::vector<Scenario> sampleScenarios(const Contract& contract) {
    std::vector<Scenario> scenarios;
    Scenario low;
    low.name = "Pickup at 70%";
    low.overrides.uniformPickup = Percent::fromPoints(70);
    low.overrides.withoutCancellation = contract.isCancelled();
    scenarios.push_back(low);
    const Date notice = contract.arrival.addDays(-60);
    if (notice >= contract.signedOn) {
        Scenario cancel;
        cancel.name = "Cancel 60 days out";
        cancel.overrides.cancellationNotice = notice;
        scenarios.push_back(cancel);
    }
    return scenarios;
}

namespace {

/// FNV-1a of a name mixed with the seed: the same on every platform.
std::uint64_t hotelHash(std::string_view hotel, std::uint64_t seed) {
    std::uint64_t h = 0xCBF29CE484222325ULL;
    for (const char ch : hotel) {
        h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001B3ULL;
    }
    return h ^ (seed * 0xD6E8FEB86659FD93ULL + 0x5851F42D4C957F2DULL);
}

/// A hotel that fills at the weekend rather than from Monday to Thursday.
bool leisureHotel(std::string_view hotel) {
    for (const std::string_view word : {"Resort", "Retreat", "Lodge", "Manor", "Spa"}) {
        if (hotel.find(word) != std::string_view::npos) {
            return true;
        }
    }
    return false;
}

/// A hotel's transient rate on an average night, in minor units, whole major units.
std::int64_t sampleTransientRate(Random& r, Currency currency) {
    const std::string_view code = currency.code();
    std::int64_t major = 0;
    if (code == "JPY") {
        major = r.between(220, 520) * 100;
    } else if (code == "KWD") {
        major = r.between(45, 110);
    } else if (code == "GBP") {
        major = r.between(140, 300);
    } else if (code == "EUR") {
        major = r.between(150, 340);
    } else {
        major = r.between(170, 380);
    }
    return major * currency.minorPerMajor();
}

} // namespace

std::int32_t sampleCapacity(std::string_view hotel, std::uint64_t seed, std::int32_t largestNight) {
    Random r(hotelHash(hotel, seed) + 3);
    const std::int32_t drawn = r.between32(70, 160) * 10;
    const std::int64_t needed = (static_cast<std::int64_t>(std::max(0, largestNight)) * 5 + 3) / 4;
    return std::max<std::int32_t>(drawn, static_cast<std::int32_t>((needed + 9) / 10 * 10));
}

std::vector<HotelNight> sampleHotelOutlook(std::string_view hotel, Currency currency, std::int32_t capacity,
                                           Date first, Date last, std::uint64_t seed) {
    std::vector<HotelNight> nights;
    if (last < first) {
        return nights;
    }
    const std::uint64_t key = hotelHash(hotel, seed);
    Random r(key);
    const std::int64_t occupancy = r.between(58, 76); // transient demand on an average night, % of capacity
    const std::int32_t peakDay = r.between32(0, 364); // the day of the year the season peaks
    const std::int64_t swing = r.between(10, 25);     // the season's swing around the year's mean, %
    const std::int64_t rate = sampleTransientRate(r, currency);
    const std::int64_t ancillaryShare = r.between(6, 14); // ancillary profit, % of the rate
    // Demand by night of the week, Monday first, in %.
    static constexpr std::array<std::int64_t, 7> kCity{100, 110, 110, 100, 80, 78, 72};
    static constexpr std::array<std::int64_t, 7> kLeisure{72, 70, 75, 88, 112, 118, 80};
    const std::array<std::int64_t, 7>& week = leisureHotel(hotel) ? kLeisure : kCity;
    const std::int64_t unit = currency.minorPerMajor() * (currency.code() == "JPY" ? 100 : 1);
    const auto wholeUnitsOf = [unit](std::int64_t minor) {
        return (minor + unit / 2) / unit * unit;
    };
    const Money ancillary(wholeUnitsOf(rate * ancillaryShare / 100), currency);
    constexpr double kTwoPi = 6.283185307179586;
    nights.reserve(static_cast<std::size_t>(last.daysSince(first)) + 1);
    for (Date night = first; night <= last; night = night.addDays(1)) {
        Random n(key ^ (static_cast<std::uint64_t>(static_cast<std::uint32_t>(night.dayNumber())) *
                        0x9FB21C651E98DF25ULL));
        const std::int32_t dayOfYear = night.daysSince(*Date::fromYmd(night.year(), 1, 1));
        const auto season = static_cast<std::int64_t>(
            std::lround(1000.0 + static_cast<double>(swing) * 10.0 *
                                     std::cos(kTwoPi * static_cast<double>(dayOfYear - peakDay) / 365.25)));
        // The night's pressure: demand in thousandths of the capacity.
        std::int64_t pressure = occupancy * 10 * week[static_cast<std::size_t>(night.isoWeekday() - 1)] /
                                100 * season / 1000 * (100 + n.between(-8, 8)) / 100;
        if (n.chance(3)) {
            pressure = pressure * n.between(115, 130) / 100; // a city-wide event
        }
        HotelNight h;
        h.night = night;
        h.capacity = capacity;
        h.transientDemand = Quantity::fromMicro(capacity * pressure / 100 * (Quantity::kScale / 10));
        // The rate follows the demand: 88% of the hotel's rate at 40% full, 115% when sold out.
        h.transientNetAdr = Money(wholeUnitsOf(rate * (700 + pressure * 45 / 100) / 1000), currency);
        h.transientAncillary = ancillary;
        nights.push_back(h);
    }
    return nights;
}

void SampleOutlookCover::add(const Contract& c) {
    if (c.hotel.empty() || !c.currency.isValid() || c.departure <= c.arrival) {
        return;
    }
    std::map<Date, std::int32_t> rooms;
    for (const BlockEntry& e : c.block) {
        rooms[e.night] += e.rooms;
    }
    std::int32_t largest = 0;
    for (const auto& [night, count] : rooms) {
        largest = std::max(largest, count);
    }
    const Date last = c.departure.addDays(-1);
    const auto [it, added] = hotels_.try_emplace(c.hotel, Hotel{c.currency, c.arrival, last, largest});
    if (!added) {
        Hotel& h = it->second;
        h.first = std::min(h.first, c.arrival);
        h.last = std::max(h.last, last);
        h.largestNight = std::max(h.largestNight, largest);
    }
}

Result<void> SampleOutlookCover::save(ContractRepository& repository, std::uint64_t seed,
                                      std::string_view user) const {
    // Every night a hotel has stored, from any year the program can hold.
    const Date ever = *Date::fromYmd(1900, 1, 1);
    const Date never = *Date::fromYmd(2200, 12, 31);
    for (const auto& [hotel, h] : hotels_) {
        Result<std::vector<HotelNight>> stored = repository.hotelOutlook(hotel, ever, never);
        if (!stored) {
            return stored.takeError();
        }
        // What is stored stays: a hotel whose outlook is in another currency keeps it whole, and the samples
        // only fill the nights that have none.
        const bool otherCurrency = std::any_of(stored->begin(), stored->end(), [&](const HotelNight& n) {
            return n.transientNetAdr.currency() != h.currency;
        });
        if (otherCurrency) {
            continue;
        }
        std::vector<HotelNight> nights = sampleHotelOutlook(
            hotel, h.currency, sampleCapacity(hotel, seed, h.largestNight), h.first, h.last, seed);
        std::erase_if(nights, [&](const HotelNight& n) {
            return std::binary_search(
                stored->begin(), stored->end(), n,
                [](const HotelNight& a, const HotelNight& b) { return a.night < b.night; });
        });
        if (Result<void> saved = repository.saveHotelOutlook(hotel, nights, user); !saved) {
            return saved;
        }
    }
    return {};
}

namespace {

/// Moves a generated contract and its pickup reports by `days`; the year its name ends with follows its
/// arrival.
void moveSample(Contract& c, std::vector<PickupSnapshot>& history, std::int32_t days) {
    const std::string year = " " + std::to_string(c.arrival.year());
    shiftDates(c, days);
    shiftDates(history, days);
    if (c.groupName.ends_with(year)) {
        c.groupName.replace(c.groupName.size() - year.size(), year.size(),
                            " " + std::to_string(c.arrival.year()));
    }
}

/// One credit on a later contract of the same account: the first group of the batch with damages agreed
/// whose account has a later stay in the batch (not cancelled) is settled again as half collected (when
/// invoiced) and the rest waived, granted as a credit on that later contract. A batch without such a pair
/// makes one: the last group of the batch still to come after the first group with damages agreed becomes
/// that account's next event (its account and the start of its name change).
void grantSampleCredit(std::vector<Contract>& contracts) {
    Contract* settled = nullptr;
    Contract* later = nullptr;
    for (Contract& c : contracts) {
        if (!c.settlement.assessed) {
            continue;
        }
        for (Contract& other : contracts) {
            if (other.account == c.account && other.arrival > c.departure && !other.isCancelled() &&
                (later == nullptr || other.arrival < later->arrival)) {
                later = &other;
            }
        }
        if (later != nullptr) {
            settled = &c;
            break;
        }
    }
    if (settled == nullptr) {
        for (Contract& c : contracts) {
            if (c.settlement.assessed) {
                settled = &c;
                break;
            }
        }
        if (settled == nullptr) {
            return;
        }
        for (auto it = contracts.rbegin(); it != contracts.rend(); ++it) {
            Contract& other = *it;
            if (other.arrival > kToday && other.arrival > settled->departure && !other.isCancelled() &&
                other.groupName.starts_with(other.account)) {
                other.groupName = settled->account + other.groupName.substr(other.account.size());
                other.account = settled->account;
                later = &other;
                break;
            }
        }
        if (later == nullptr) {
            return;
        }
    }
    Contract& c = *settled;
    Settlement& s = c.settlement;
    const std::int64_t unit = c.currency.minorPerMajor();
    const std::int64_t half = s.assessed->minorUnits() / 2 / unit * unit;
    s.payments.clear();
    if (s.invoicedOn && s.invoicedOn->addDays(21) < kToday && half > 0) {
        s.payments.push_back(SettlementPayment{s.invoicedOn->addDays(21), Money(half, c.currency)});
    }
    s.waived = Money(s.assessed->minorUnits() - s.collected().minorUnits(), c.currency);
    s.waiverReason = "Credited on the account's next event";
    s.creditAmount = s.waived;
    s.creditContract = later->reference;
}

} // namespace

Result<std::int64_t> populateSampleData(ContractRepository& repository, const SampleDataOptions& options) {
    const std::int64_t batch = std::max<std::int64_t>(1, options.batchSize);
    const std::int32_t shift = options.today ? options.today->daysSince(kToday) : 0;
    std::int64_t done = 0;
    SampleOutlookCover cover;
    if (options.withOutlook) {
        for (const Contract& c : options.outlookAlsoFor) {
            cover.add(c);
        }
    }
    while (done < options.contracts) {
        const std::int64_t count = std::min(batch, options.contracts - done);
        std::vector<Contract> contracts;
        contracts.reserve(static_cast<std::size_t>(count));
        for (std::int64_t i = 0; i < count; ++i) {
            contracts.push_back(sampleContract(options.seed, options.firstIndex + done + i));
        }
        std::vector<std::vector<PickupSnapshot>> histories(contracts.size());
        if (options.withSnapshots) {
            for (std::size_t i = 0; i < contracts.size(); ++i) {
                histories[i] = samplePickupSnapshots(contracts[i], options.seed);
            }
        }
        grantSampleCredit(contracts);
        if (shift != 0) {
            for (std::size_t i = 0; i < contracts.size(); ++i) {
                moveSample(contracts[i], histories[i], shift);
            }
        }
        if (options.withOutlook) {
            for (const Contract& c : contracts) {
                cover.add(c);
            }
        }
        Result<std::vector<SaveReceipt>> saved = repository.saveNew(contracts, options.user);
        if (!saved) {
            return saved.takeError();
        }
        for (std::size_t i = 0; i < contracts.size(); ++i) {
            const std::int64_t index = options.firstIndex + done + static_cast<std::int64_t>(i);
            const ContractId id = (*saved)[i].id;
            if (options.withSnapshots) {
                const std::vector<PickupSnapshot>& history = histories[i];
                if (!history.empty()) {
                    if (Result<void> recorded = repository.recordPickupSnapshots(id, history, options.user);
                        !recorded) {
                        return recorded.takeError();
                    }
                }
            }
            if (options.withScenarios && index % 10 == 0) {
                for (const Scenario& s : sampleScenarios(contracts[i])) {
                    if (Result<void> kept = repository.saveScenario(id, s, options.user); !kept) {
                        return kept.takeError();
                    }
                }
            }
        }
        done += count;
        if (options.progress) {
            options.progress(done, options.contracts);
        }
    }
    if (options.withOutlook) {
        if (Result<void> saved = cover.save(repository, options.seed, options.user); !saved) {
            return saved.takeError();
        }
    }
    return done;
}

} // namespace attrition::storage
