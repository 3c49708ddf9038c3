#pragma once

// Customer attrition by account: for each organizer (Contract::account), its contracts by year, the room
// nights it blocked and picked up, its pickup % event by event, the damages the engine assessed, its last
// and next stay, how regularly it rebooks, and whether it is at risk of not coming back, each rule with a
// sentence that names its numbers. The rules and their defaults are written down in
// docs/FORECAST_METHODS.md ("Accounts").

#include "attrition/domain/contract.h"
#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"
#include "attrition/domain/quantity.h"
#include "attrition/engine/message.h"
#include "attrition/engine/pipeline.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace attrition {

/// The thresholds of the accounts at risk, with their documented defaults.
struct AccountOptions {
    /// (a) The usual rebooking cycle has passed: today minus the last event's arrival is more than the
    /// median interval between the account's events times this factor (exactly at it is not flagged).
    Percent cycleFactor = Percent::fromPoints(125);
    /// (a) Events needed before the account has a usual cycle (3 events give 2 intervals).
    std::int32_t minCycleEvents = 3;
    /// How many of the last events with a final pickup the pickup trend shows.
    std::int32_t trendEvents = 5;

    friend bool operator==(const AccountOptions&, const AccountOptions&) = default;
};

/// The contracts of an account arriving in one year, whatever their status.
struct AccountYear {
    int year = 0;
    std::int64_t contracts = 0;
};

/// Room nights of one kind of event: the original block and the pickup.
struct AccountRoomNights {
    std::int64_t events = 0;
    std::int64_t blockRoomNights = 0;  ///< the original block
    std::int64_t pickupRoomNights = 0; ///< as reported, before audit credits
    std::optional<Percent> pickup;     ///< pickup / block, truncated to 1 ppm; none without a block
};

/// One event of the account: a tentative, definite or actualized contract without a cancellation notice.
struct AccountEvent {
    std::string reference;
    Date arrival;
    ContractStatus status = ContractStatus::Tentative;
    std::int64_t blockRoomNights = 0;
    std::int64_t pickupRoomNights = 0;
    std::optional<Percent> pickup; ///< pickup / block, truncated to 1 ppm; none without a block
    /// True for an actualized group (the final pickup); false: the pickup on the books so far.
    bool finalPickup = false;
};

/// The damages the engine assesses for the account's actualized and cancelled contracts in one currency
/// (amounts in different currencies are never added together).
struct AccountDamages {
    Currency currency;
    std::int64_t actualizedGroups = 0;
    Money actualized;
    std::int64_t cancelledGroups = 0;
    Money cancelled;
    Money total; ///< actualized + cancelled
    /// What the settlements of those contracts record: the payments received, summed, and the amounts
    /// waived (zero when nothing was; a credit granted on another contract is part of what was waived).
    Money collected;
    Money waived;
};

/// A stay of the account seen from today.
struct AccountStay {
    std::string reference;
    Date arrival;
    std::int32_t days = 0; ///< days since arrival (last stay, 0 on the day) or until it (next stay)
};

/// How regularly the account rebooks: the days between the arrivals of consecutive events.
struct AccountCycle {
    std::vector<std::int32_t> intervalDays; ///< oldest first; empty with fewer than 2 events
    /// The median interval, the usual cycle, in days (a fixed-point number of days: the mean of the two
    /// middle intervals for an even count); none without intervals.
    std::optional<Quantity> medianDays;
    /// The spread: the median of the intervals' distances from the median, in days; none without intervals.
    std::optional<Quantity> spreadDays;
    std::int32_t shortestDays = 0;
    std::int32_t longestDays = 0;
};

enum class AccountRisk : std::uint8_t {
    CycleOverdue, ///< (a) the usual rebooking cycle has passed without a new contract
    PickupFalling ///< (b) the pickup % fell for two events in a row
};
/// A stable name for files and programs: "cycle-overdue", "pickup-falling".
const char* accountRiskName(AccountRisk risk) noexcept;

struct AccountRiskNote {
    AccountRisk risk = AccountRisk::CycleOverdue;
    Message reason; ///< a sentence that names the numbers behind the rule
};

struct Account {
    std::string name; ///< Contract::account, as written (may be empty)
    std::int64_t contracts = 0;
    std::vector<AccountYear> byYear; ///< years of arrival, in order

    /// The room nights of the events: the actualized groups at their final pickup, the tentative and
    /// definite ones at the pickup on the books (prospects, lost and cancelled contracts are in neither).
    AccountRoomNights finalPickup;
    AccountRoomNights onTheBooks;

    std::vector<AccountEvent> events; ///< by arrival, then reference
    /// The pickup % of the last AccountOptions::trendEvents events with a final pickup and a block, oldest
    /// first.
    std::vector<Percent> pickupTrend;

    std::vector<AccountDamages> damages; ///< by currency code
    /// Cancelled contracts: status cancelled, or a cancellation notice on a contract that is not lost (the
    /// engine assesses it as cancelled).
    std::int64_t cancelled = 0;
    std::int64_t lost = 0;

    std::optional<AccountStay> lastStay; ///< the latest event arriving on or before today
    std::optional<AccountStay> nextStay; ///< the earliest event arriving after today
    AccountCycle cycle;

    std::vector<AccountRiskNote> risks; ///< empty: not at risk
};

struct AccountList {
    Date today;
    std::vector<Account> accounts; ///< by name
    std::int64_t contracts = 0;    ///< the contracts the filter let through
    /// The references of contracts the engine refuses (validate() finds a problem, or an amount overflows):
    /// they are in no account.
    std::vector<std::string> invalid;
};

/// The accounts of the contracts the filter lets through, standing on `today`. Throws std::invalid_argument
/// for options out of range: a cycle factor not above 0% or above 1000%, fewer than 2 (or more than 1000)
/// events for a cycle, a trend of fewer than 1 (or more than 1000) events.
AccountList accounts(std::span<const Contract> contracts, Date today, const AccountOptions& options = {},
                     const PipelineFilter& filter = {});

} // namespace attrition
