#include "attrition/engine/at_risk.h"

#include "attrition/domain/pickup.h"
#include "attrition/engine/parallel.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace attrition::forecast {

namespace {

constexpr std::int32_t kDays = kMaxDaysBeforeArrival + 1;

/// The comparable groups' mean share of their block on the books at each day before arrival, over the
/// groups with a block.
struct PaceTable {
    std::array<double, kDays> meanShare{};
    std::int32_t groups = 0;
};

PaceTable paceTable(const History& history) {
    PaceTable t;
    std::array<double, kDays> sum{};
    for (const History::Group& g : history.groups()) {
        if (g.blockRoomNights <= 0) {
            continue;
        }
        const auto block = static_cast<double>(g.blockRoomNights);
        for (std::size_t x = 0; x < sum.size(); ++x) {
            sum[x] += static_cast<double>(g.onTheBooks[x]) / block;
        }
        ++t.groups;
    }
    if (t.groups > 0) {
        for (std::size_t x = 0; x < sum.size(); ++x) {
            t.meanShare[x] = sum[x] / t.groups;
        }
    }
    return t;
}

/// A share as a Percent to a tenth of a point, half away from zero.
Percent tenthOfPoint(double share) {
    if (!std::isfinite(share)) {
        return Percent::zero();
    }
    return Percent::fromPartsPerMillion(static_cast<std::int64_t>(std::llround(share * 1e3)) * 1'000);
}

/// part / whole as a Percent to a tenth of a point, half up, in exact integers (0 for no whole).
Percent ratioPercent(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) {
        return Percent::zero();
    }
    const Wide tenths = divideRounded(static_cast<Wide>(part) * 1000, whole, RoundingMode::HalfUp);
    return Percent::fromPartsPerMillion(static_cast<std::int64_t>(tenths) * 1'000);
}

/// Room nights to a tenth, half away from zero.
Quantity tenthOfRoomNight(double value) {
    if (!std::isfinite(value)) {
        return Quantity::fromMicro(0);
    }
    return Quantity::fromMicro(static_cast<std::int64_t>(std::llround(value * 10)) * 100'000);
}

std::int64_t wholeRoomNights(double value) {
    return value > 0 ? static_cast<std::int64_t>(std::floor(value + 0.5)) : 0;
}

void requireAtRiskOptions(const AtRiskOptions& o) {
    if (o.today == Date()) {
        throw ForecastError("the early warning needs today's date");
    }
    if (o.windowDays < 0 || o.windowDays > 3660) {
        throw ForecastError("the window must be from 0 to 3660 days (it is " + std::to_string(o.windowDays) +
                            ")");
    }
    if (o.paceBehind.partsPerMillion() < 0 || o.paceBehind > Percent::hundred()) {
        throw ForecastError("the pace threshold must be from 0 to 100 points (it is " +
                            o.paceBehind.toPointsString() + ")");
    }
    if (o.minPaceGroups < 1) {
        throw ForecastError("the comparable groups needed for the pace must be at least 1 (it is " +
                            std::to_string(o.minPaceGroups) + ")");
    }
    if (o.stallDays < 1) {
        throw ForecastError("the days without pickup movement must be at least 1 (it is " +
                            std::to_string(o.stallDays) + ")");
    }
    if (o.reviewWithinDays < 0) {
        throw ForecastError("the days before a review date must not be negative (it is " +
                            std::to_string(o.reviewWithinDays) + ")");
    }
    if (o.damagesPoints < 1 || o.damagesPoints > 1000) {
        throw ForecastError("the final pickups behind the expected damages must be from 1 to 1000 (it is " +
                            std::to_string(o.damagesPoints) + ")");
    }
}

/// The date of the last movement of the pickup reports up to today, when the contract's pickup is still
/// the latest report's (otherwise it moved since, on a day not known).
struct LastMovement {
    Date date;
    std::int64_t roomNights = 0;
};

std::optional<LastMovement> lastMovement(const UpcomingGroup& group, Date today) {
    std::vector<std::pair<Date, std::int64_t>> points;
    points.reserve(group.snapshots.size());
    for (const PickupSnapshot& s : group.snapshots) {
        if (s.reportDate <= today) {
            points.emplace_back(s.reportDate, roomsCounted(s.entries));
        }
    }
    if (points.empty()) {
        return std::nullopt;
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // A later report of the same date wins.
    std::vector<std::pair<Date, std::int64_t>> reports;
    for (const auto& p : points) {
        if (!reports.empty() && reports.back().first == p.first) {
            reports.back() = p;
        } else {
            reports.push_back(p);
        }
    }
    const std::int64_t current = reports.back().second;
    if (roomsCounted(group.contract->pickup) != current) {
        return std::nullopt;
    }
    std::size_t first = reports.size() - 1;
    while (first > 0 && reports[first - 1].second == current) {
        --first;
    }
    return LastMovement{reports[first].first, current};
}

AtRiskRow rowOf(const UpcomingGroup& group, const History& comparable, const AtRiskOptions& options,
                const PaceTable& pace) {
    if (group.contract == nullptr) {
        throw ForecastError("an upcoming group without a contract");
    }
    const Contract& c = *group.contract;
    const Date today = options.today;
    AtRiskRow r;
    r.reference = c.reference;
    r.groupName = c.groupName;
    r.account = c.account;
    r.hotel = c.hotel;
    r.salesManager = c.salesManager;
    r.status = c.status;
    r.currency = c.currency;
    r.arrival = c.arrival;
    const std::int32_t away = c.arrival.daysSince(today);
    r.daysBeforeArrival = away;

    // The forecast.
    ForecastOptions fo;
    fo.today = today;
    fo.method = options.method;
    const Forecast f = forecastPickup(c, comparable, fo);
    r.method = f.method;
    r.blockRoomNights = f.blockRoomNights;
    r.onTheBooks = f.onTheBooks;
    r.pickupPercent = ratioPercent(f.onTheBooks, f.blockRoomNights);
    r.expectedRoomNights = f.expected;
    r.p10RoomNights = f.p10;
    r.p90RoomNights = f.p90;
    if (f.blockRoomNights > 0) {
        const auto block = static_cast<double>(f.blockRoomNights);
        r.expectedPercent = tenthOfPoint(f.expected / block);
        r.p10Percent = ratioPercent(f.p10, f.blockRoomNights);
        r.p90Percent = ratioPercent(f.p90, f.blockRoomNights);
    }
    const auto x = static_cast<std::size_t>(f.daysBeforeArrival);

    // Pace against the comparable groups at the same day before arrival.
    r.paceGroups = pace.groups;
    std::int64_t paceTenths = 0;
    if (f.blockRoomNights <= 0) {
        r.pace = Message(MessageId::AtRiskPaceNoBlock);
    } else if (away > kMaxDaysBeforeArrival) {
        r.pace = Message(MessageId::AtRiskPaceFarOut, MessageArg::integer(away),
                         MessageArg::integer(kMaxDaysBeforeArrival));
    } else if (pace.groups < options.minPaceGroups) {
        r.pace = Message(MessageId::AtRiskPaceFewGroups, MessageArg::integer(pace.groups),
                         MessageArg::integer(options.minPaceGroups));
    } else {
        const double share = static_cast<double>(f.onTheBooks) / static_cast<double>(f.blockRoomNights);
        const double mean = pace.meanShare[x];
        paceTenths = std::llround((share - mean) * 1e3);
        r.pacePoints = static_cast<double>(paceTenths) / 10;
        r.comparablePercent = tenthOfPoint(mean);
        const Quantity points = Quantity::fromMicro((paceTenths < 0 ? -paceTenths : paceTenths) * 100'000);
        r.pace = Message(paceTenths < 0 ? MessageId::AtRiskPaceBehind : MessageId::AtRiskPaceAhead,
                         MessageArg::percent(r.pickupPercent), MessageArg::integer(f.daysBeforeArrival),
                         MessageArg::quantity(points), MessageArg::integer(pace.groups),
                         MessageArg::percent(r.comparablePercent));
    }

    // (a) Pace behind by more than the threshold.
    if (r.pacePoints && -paceTenths * 1'000 > options.paceBehind.partsPerMillion()) {
        r.flags.push_back({RiskFlag::PaceBehind,
                           Message(MessageId::AtRiskFlagPaceBehind, MessageArg::percent(r.pickupPercent),
                                   MessageArg::integer(f.daysBeforeArrival), MessageArg::integer(pace.groups),
                                   MessageArg::percent(r.comparablePercent),
                                   MessageArg::quantity(Quantity::fromMicro(-paceTenths * 100'000)),
                                   MessageArg::quantity(Quantity::fromMicro(
                                       options.paceBehind.partsPerMillion() * Quantity::kScale /
                                       Percent::fromPoints(1).partsPerMillion())))});
    }

    // (b) No pickup movement while the curve expects rooms to arrive.
    if (const std::optional<LastMovement> last = lastMovement(group, today)) {
        const std::int32_t still = today.daysSince(last->date);
        if (still >= options.stallDays) {
            const auto dayOf = [&](Date d) {
                return static_cast<std::size_t>(std::clamp(c.arrival.daysSince(d), 0, kMaxDaysBeforeArrival));
            };
            const double rise = f.curve.share[dayOf(today)] - f.curve.share[dayOf(last->date)];
            const std::int64_t rooms = wholeRoomNights(f.expected * rise);
            if (rooms >= 1) {
                r.flags.push_back(
                    {RiskFlag::NoPickupMovement,
                     Message(MessageId::AtRiskFlagNoMovement, MessageArg::integer(still),
                             MessageArg::integer(last->roomNights), MessageArg::date(last->date),
                             MessageArg::percent(tenthOfPoint(rise)), MessageArg::integer(rooms))});
            }
        }
    }

    // The next review date and the next date to watch (review date or cutoff).
    const ReviewStep* review = nullptr;
    for (const ReviewStep& step : c.reviewSchedule) {
        if (step.deadline >= today && (review == nullptr || step.deadline < review->deadline)) {
            review = &step;
        }
    }
    if (review != nullptr) {
        r.nextDate = review->deadline;
        r.nextKind = NextDateKind::ReviewDate;
    }
    if (c.cutoff && *c.cutoff >= today && (!r.nextDate || *c.cutoff < *r.nextDate)) {
        r.nextDate = *c.cutoff;
        r.nextKind = NextDateKind::Cutoff;
    }
    if (r.nextDate) {
        r.daysToNext = r.nextDate->daysSince(today);
    }

    // (c) A review date close with the forecast below the performance level.
    bool reviewDue = false;
    if (review != nullptr && review->deadline.daysSince(today) <= options.reviewWithinDays &&
        c.attrition.enabled && f.blockRoomNights > 0 &&
        f.expected * static_cast<double>(Percent::kScale) <
            static_cast<double>(c.attrition.performanceLevel.partsPerMillion()) *
                static_cast<double>(f.blockRoomNights)) {
        reviewDue = true;
        r.flags.push_back(
            {RiskFlag::ReviewBelowPerformance,
             Message(MessageId::AtRiskFlagReviewBelowPerformance, MessageArg::date(review->deadline),
                     MessageArg::integer(review->deadline.daysSince(today)),
                     MessageArg::quantity(tenthOfRoomNight(f.expected)),
                     MessageArg::percent(r.expectedPercent),
                     MessageArg::percent(c.attrition.performanceLevel))});
    }

    // (d) Cutoff passed with rooms unsold.
    const std::int64_t unsold = f.blockRoomNights - f.onTheBooks;
    const bool cutoffPassed = c.cutoff && *c.cutoff < today && unsold > 0;
    if (cutoffPassed) {
        r.flags.push_back(
            {RiskFlag::CutoffPassedUnsold,
             Message(MessageId::AtRiskFlagCutoffUnsold, MessageArg::date(*c.cutoff),
                     MessageArg::integer(today.daysSince(*c.cutoff)), MessageArg::integer(unsold),
                     MessageArg::integer(f.blockRoomNights), MessageArg::percent(r.pickupPercent))});
    }

    // (e) F&B spend forecast below the minimum, when the contract carries what that needs.
    ForecastOptions risk = fo;
    bool foodBeverageShort = false;
    if (!c.foodBeverage.minimum.isZero()) {
        if (const std::optional<Money> spend = foodBeverageSpendForecast(group, f.onTheBooks, f.expected)) {
            risk.foodBeverageSpend = *spend;
            const Money required =
                c.foodBeverage.minimum.times(c.foodBeverage.allowance.complement(), c.rounding);
            if (*spend < required) {
                foodBeverageShort = true;
                if (group.foodBeverageForecast) {
                    r.flags.push_back(
                        {RiskFlag::FoodBeverageBelowMinimum,
                         Message(MessageId::AtRiskFlagFoodBeverage, MessageArg::money(*spend),
                                 MessageArg::money(required), MessageArg::money(c.foodBeverage.minimum),
                                 MessageArg::percent(c.foodBeverage.allowance),
                                 MessageArg::money(required - *spend))});
                } else {
                    r.flags.push_back(
                        {RiskFlag::FoodBeverageBelowMinimum,
                         Message(MessageId::AtRiskFlagFoodBeverageCarried, MessageArg::money(*spend),
                                 MessageArg::money(c.foodBeverage.actualSpend),
                                 MessageArg::integer(f.onTheBooks),
                                 MessageArg::quantity(
                                     Quantity::fromMicro(std::llround(f.expected * 100) * 10'000)),
                                 MessageArg::money(required), MessageArg::money(c.foodBeverage.minimum),
                                 MessageArg::percent(c.foodBeverage.allowance))});
                }
            }
        }
    }

    // Expected damages: the mean over equally likely final pickups, the forecast times the error quantiles.
    const auto n = static_cast<std::size_t>(options.damagesPoints);
    std::vector<double> errors(n);
    for (std::size_t k = 0; k < n; ++k) {
        errors[k] = quantile(f.errors(), (static_cast<double>(k) + 0.5) / static_cast<double>(n));
    }
    const std::vector<Money> owed = damagesAtErrors(c, f, risk, errors);
    std::vector<std::int64_t> minor;
    minor.reserve(owed.size());
    Wide sum = 0;
    std::int64_t owing = 0;
    for (const Money& m : owed) {
        minor.push_back(m.minorUnits());
        sum += m.minorUnits();
        owing += m.minorUnits() > 0 ? 1 : 0;
    }
    std::sort(minor.begin(), minor.end());
    const auto rank = [&](double p) {
        const auto k = static_cast<std::size_t>(std::max(1.0, std::ceil(p * static_cast<double>(n))));
        return Money(minor[std::min(k, n) - 1], c.currency);
    };
    r.expectedDamages = Money::fromRatio(sum, static_cast<Wide>(n), c.currency, c.rounding);
    r.damagesP10 = rank(0.10);
    r.damagesP90 = rank(0.90);
    r.probabilityOwed = static_cast<double>(owing) / static_cast<double>(n);
    r.damages = Message(MessageId::AtRiskDamages, MessageArg::money(r.expectedDamages),
                        MessageArg::money(r.damagesP10), MessageArg::money(r.damagesP90),
                        MessageArg::integer(options.damagesPoints),
                        MessageArg::percent(ratioPercent(owing, static_cast<std::int64_t>(n))));

    // The action due: the most pressing first.
    if (cutoffPassed) {
        r.action = Message(MessageId::AtRiskActionCutoff, MessageArg::integer(unsold));
    } else if (reviewDue) {
        r.action = Message(MessageId::AtRiskActionReview, MessageArg::date(review->deadline),
                           MessageArg::percent(review->maxReduction));
    } else if (std::any_of(r.flags.begin(), r.flags.end(), [](const RiskFlagNote& note) {
                   return note.flag == RiskFlag::PaceBehind || note.flag == RiskFlag::NoPickupMovement;
               })) {
        r.action = Message(MessageId::AtRiskActionPace);
    } else if (foodBeverageShort) {
        r.action = Message(MessageId::AtRiskActionFoodBeverage);
    } else if (r.nextDate) {
        r.action = Message(MessageId::AtRiskActionWatch, MessageArg::date(*r.nextDate));
    } else {
        r.action = Message(MessageId::AtRiskActionNone);
    }
    return r;
}

/// a x 10^(db) against b x 10^(da): the amounts in major units, compared exactly.
int compareMajor(const Money& a, const Money& b) {
    const Wide left = static_cast<Wide>(a.minorUnits()) * b.currency().minorPerMajor();
    const Wide right = static_cast<Wide>(b.minorUnits()) * a.currency().minorPerMajor();
    return left < right ? -1 : (left > right ? 1 : 0);
}

} // namespace

const char* riskFlagName(RiskFlag flag) noexcept {
    switch (flag) {
    case RiskFlag::PaceBehind:
        return "pace-behind";
    case RiskFlag::NoPickupMovement:
        return "no-pickup-movement";
    case RiskFlag::ReviewBelowPerformance:
        return "review-below-performance";
    case RiskFlag::CutoffPassedUnsold:
        return "cutoff-passed-unsold";
    case RiskFlag::FoodBeverageBelowMinimum:
        return "fb-below-minimum";
    }
    return "";
}

const char* nextDateKindName(NextDateKind kind) noexcept {
    switch (kind) {
    case NextDateKind::ReviewDate:
        return "review-date";
    case NextDateKind::Cutoff:
        return "cutoff";
    case NextDateKind::None:
        return "";
    }
    return "";
}

bool isUpcoming(const Contract& contract, Date from, Date to) noexcept {
    return !contract.isCancelled() && contract.status != ContractStatus::Cancelled &&
           contract.status != ContractStatus::Actualized && contract.arrival >= from &&
           contract.arrival <= to;
}

std::pair<Date, Date> atRiskWindow(const AtRiskOptions& options) {
    requireAtRiskOptions(options);
    const Date from = std::max(options.today, options.from.value_or(options.today));
    const Date to = options.to.value_or(options.today.addDays(options.windowDays));
    if (to < from) {
        throw ForecastError("the arrival window ends (" + to.toIso() + ") before it starts (" + from.toIso() +
                            "; never before today)");
    }
    return {from, to};
}

std::optional<Money> foodBeverageSpendForecast(const UpcomingGroup& group, std::int64_t onTheBooks,
                                               double expectedRoomNights) {
    if (group.contract == nullptr) {
        return std::nullopt;
    }
    const Contract& c = *group.contract;
    if (c.foodBeverage.minimum.isZero()) {
        return std::nullopt;
    }
    if (group.foodBeverageForecast) {
        if (group.foodBeverageForecast->currency() != c.currency) {
            throw ForecastError("the F&B spend forecast of " + c.reference +
                                " is not in the contract's currency");
        }
        if (group.foodBeverageForecast->isNegative()) {
            throw ForecastError("the F&B spend forecast of " + c.reference + " is negative");
        }
        return group.foodBeverageForecast;
    }
    if (!c.foodBeverage.actualSpend.isPositive() || onTheBooks <= 0 || !std::isfinite(expectedRoomNights)) {
        return std::nullopt;
    }
    // The spend per room night on the books, carried to the expected final pickup (to a hundredth).
    const auto expectedHundredths = static_cast<Wide>(std::llround(std::max(0.0, expectedRoomNights) * 100));
    return Money::fromRatio(static_cast<Wide>(c.foodBeverage.actualSpend.minorUnits()) * expectedHundredths,
                            static_cast<Wide>(onTheBooks) * 100, c.currency, c.rounding);
}

AtRiskRow atRiskRow(const UpcomingGroup& group, const History& comparable, const AtRiskOptions& options) {
    requireAtRiskOptions(options);
    return rowOf(group, comparable, options, paceTable(comparable));
}

bool riskBefore(const AtRiskRow& a, const AtRiskRow& b) {
    if (const int money = compareMajor(a.expectedDamages, b.expectedDamages); money != 0) {
        return money > 0;
    }
    if (a.flags.size() != b.flags.size()) {
        return a.flags.size() > b.flags.size();
    }
    if (a.arrival != b.arrival) {
        return a.arrival < b.arrival;
    }
    return a.reference < b.reference;
}

void sortByRisk(std::vector<AtRiskRow>& rows) {
    std::stable_sort(rows.begin(), rows.end(), riskBefore);
}

AtRiskList groupsAtRisk(std::span<const UpcomingGroup> upcoming, const History& comparable,
                        const AtRiskOptions& options) {
    AtRiskList list;
    const auto [from, to] = atRiskWindow(options);
    list.today = options.today;
    list.from = from;
    list.to = to;
    const PaceTable pace = paceTable(comparable);
    for (const UpcomingGroup& g : upcoming) {
        if (g.contract == nullptr || !isUpcoming(*g.contract, from, to)) {
            continue;
        }
        try {
            list.rows.push_back(rowOf(g, comparable, options, pace));
        } catch (const std::exception& e) {
            list.skipped.push_back({g.contract->reference, e.what()});
        }
    }
    sortByRisk(list.rows);
    return list;
}

AtRiskList groupsAtRiskByHotel(std::span<const UpcomingGroup> upcoming, std::span<const GroupHistory> past,
                               const AtRiskOptions& options) {
    static_cast<void>(atRiskWindow(options));
    std::set<std::string> hotels;
    for (const UpcomingGroup& g : upcoming) {
        if (g.contract != nullptr) {
            hotels.insert(g.contract->hotel);
        }
    }
    // Each hotel's past groups, by reference (not copied), in the order of `past`.
    std::map<std::string, std::vector<const GroupHistory*>> pastByHotel;
    for (const GroupHistory& g : past) {
        if (g.contract != nullptr && hotels.count(g.contract->hotel) > 0) {
            pastByHotel[g.contract->hotel].push_back(&g);
        }
    }
    std::map<std::string, History> histories;
    for (const auto& [hotel, groups] : pastByHotel) {
        histories.emplace(hotel, History::of(groups));
    }
    return groupsAtRiskByHotel(upcoming, histories, options);
}

AtRiskList groupsAtRiskByHotel(std::span<const UpcomingGroup> upcoming,
                               const std::map<std::string, History>& pastByHotel,
                               const AtRiskOptions& options) {
    const auto [from, to] = atRiskWindow(options);
    std::map<std::string, std::vector<UpcomingGroup>> byHotel;
    for (const UpcomingGroup& g : upcoming) {
        if (g.contract != nullptr && isUpcoming(*g.contract, from, to)) {
            byHotel[g.contract->hotel].push_back(g);
        }
    }
    static const History none{std::span<const GroupHistory>{}};
    AtRiskList list;
    list.today = options.today;
    list.from = from;
    list.to = to;
    // The hotels are independent of each other: computed side by side, merged in the order of their names.
    std::vector<AtRiskList> parts = parallelTransform(byHotel, [&](const auto& hotel) {
        const auto found = pastByHotel.find(hotel.first);
        return groupsAtRisk(hotel.second, found != pastByHotel.end() ? found->second : none, options);
    });
    for (AtRiskList& part : parts) {
        for (AtRiskRow& r : part.rows) {
            list.rows.push_back(std::move(r));
        }
        for (AtRiskSkipped& s : part.skipped) {
            list.skipped.push_back(std::move(s));
        }
    }
    sortByRisk(list.rows);
    return list;
}

} // namespace attrition::forecast
