// The engine's message templates marked for translation (context "EngineMessage"), one per MessageId in
// the order of attrition/engine/messages.def. lupdate reads the literals here: it does not expand the .def.
// The placeholders {0}, {1}, ... stay in the translation, in any order. A test checks that each entry is the
// engine's English template, so that a template changed in messages.def is changed here too.

#include "text/messagetext.h"

#include <QtGlobal>
#include <array>

namespace attrition::ui {

namespace {

constexpr std::size_t kMessageCount = 0
#define ATTRITION_MESSAGE(id, english) +1
#include "attrition/engine/messages.def"
#undef ATTRITION_MESSAGE
    ;

constexpr std::array<const char*, kMessageCount> kTemplates = {
    QT_TRANSLATE_NOOP("EngineMessage", "the contract reference is empty"),           // ValEmptyReference
    QT_TRANSLATE_NOOP("EngineMessage", "the currency is not a known ISO 4217 code"), // ValUnknownCurrency
    QT_TRANSLATE_NOOP("EngineMessage",
                      "departure ({0}) must be after arrival ({1})"), // ValDepartureNotAfterArrival
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the signing date ({0}) is after arrival ({1})"),               // ValSignedAfterArrival
    QT_TRANSLATE_NOOP("EngineMessage", "night {0} is outside the stay ({1} to {2})"), // ValNightOutsideStay
    QT_TRANSLATE_NOOP("EngineMessage", "rooms must not be negative ({0})"),           // ValNegativeRooms
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} rooms is more than the largest block allowed ({1})"), // ValTooManyRooms
    QT_TRANSLATE_NOOP("EngineMessage", "the room type is empty"),                // ValEmptyRoomType
    QT_TRANSLATE_NOOP("EngineMessage",
                      "night {0} and this room type appear more than once"),            // ValDuplicateNight
    QT_TRANSLATE_NOOP("EngineMessage", "the amount must not be negative ({0})"),        // ValNegativeAmount
    QT_TRANSLATE_NOOP("EngineMessage", "the amount is not in the contract's currency"), // ValWrongCurrency
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the percentage {0} must be between 0% and 100%"), // ValPercentOutOfRange
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the tier starts at {0} days but ends at {1} days"), // ValTierDaysReversed
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the tier from {0} days overlaps the tier covering {1} to {2} days"), // ValTierOverlap
    QT_TRANSLATE_NOOP("EngineMessage", "no tier covers notice {0} to {1} days before arrival"), // ValTierGap
    QT_TRANSLATE_NOOP("EngineMessage",
                      "no tier covers notice {0} days or more before arrival"),           // ValTierNoOpenEnd
    QT_TRANSLATE_NOOP("EngineMessage", "days before arrival must not be negative ({0})"), // ValNegativeDays
    QT_TRANSLATE_NOOP("EngineMessage", "a reduction cannot raise the block ({0} rooms where {1} were "
                                       "contracted)"), // ValReductionRaisesBlock
    QT_TRANSLATE_NOOP("EngineMessage",
                      "no block entry for night {0} and this room type"), // ValReductionWithoutBlock
    QT_TRANSLATE_NOOP("EngineMessage", "the comp ratio must not be negative ({0})"), // ValNegativeCompRatio
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "the cancellation notice ({0}) is before the signing date ({1})"), // ValNoticeBeforeSigning
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the amounts are too large to be computed exactly (at most {0})"), // ValAmountOverflow
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} entries is more than the largest allowed ({1})"), // ValTooManyEntries
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "the tier from {0} days overlaps the tier covering {1} days or more"), // ValTierOverlapOpen
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the scenario pickup {0} must be between 0% and 1000%"), // ValScenarioPickupRange
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the stay of {0} nights is longer than the longest allowed ({1})"), // ValStayTooLong
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Block: {0} room nights contracted, {1} after honoured reductions"), // BlockSummary
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Reduction recorded {0}: block {1} to {2} room nights ({3} of the original block), "
                      "within the {4} allowed by {5}: honoured"), // ReductionHonoured
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Counted pickup: {0} picked up + {1} outside the block + {2} billed no-shows + {3} "
                      "walked + {4} comp = {5} room nights ({6} of the block)"), // CountedPickup
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Average contracted rate of the {0} room nights not picked up: {1} / {0} = {2}"), // UnusedRoomsRate
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Average contracted rate: room revenue {0} / {1} room nights = {2}"), // AverageRate
    QT_TRANSLATE_NOOP("EngineMessage", "Cumulative: required {0} x {1} room nights = {2}; counted {3}; "
                                       "shortfall {4} room nights"), // RequiredCumulative
    QT_TRANSLATE_NOOP("EngineMessage", "Cumulative: required {0} x {1} room nights = {2}, rounded to {3}; "
                                       "counted {4}; shortfall {5} room nights"), // RequiredCumulativeRounded
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0}: required {1} x {2} rooms = {3}; counted {4}; shortfall {5}"), // RequiredNight
    QT_TRANSLATE_NOOP("EngineMessage", "{0}: required {1} x {2} rooms = {3}, rounded to {4}; counted {5}; "
                                       "shortfall {6}"), // RequiredNightRounded
    QT_TRANSLATE_NOOP("EngineMessage", "Over-block credit: {0} room nights picked up above the block offset "
                                       "the shortfall: {1} - {0} = {2} room nights"), // OverBlockCredit
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0}: rooms charged limited to the {1} blocked that night"), // NightCappedAtBlock
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Counted pickup {0} reaches the performance level {1}: no attrition damages"), // PerformanceMet
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Resale credit: {0} room nights resold; liable {1} - {0} = {2} room nights"), // ResaleByCount
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "{0}: {1} room nights resold not credited: occupancy {2} is below {3}"),  // ResaleNotCredited
    QT_TRANSLATE_NOOP("EngineMessage", "{0} room nights x {1} x {2} = {3}"),      // RoomDamages
    QT_TRANSLATE_NOOP("EngineMessage", "{0}: {1} room nights x {2} x {3} = {4}"), // RoomDamagesNight
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "{0}: {1} room nights resold; liable {2} - {1} = {3} room nights"), // ResaleByCountNight
    QT_TRANSLATE_NOOP("EngineMessage", "{0} comp room nights counted toward pickup offset the shortfall: {1} "
                                       "- {0} = {2} room nights"), // CompsOffset
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0}: resale credit, {1} room nights resold for {2}, credited at no more than the "
                      "contracted rate: {3} x {4} = -{5}"),                            // ResaleByRevenueNight
    QT_TRANSLATE_NOOP("EngineMessage", "Resale credit limited to the damages of {0}"), // ResaleCreditLimited
    QT_TRANSLATE_NOOP("EngineMessage", "Resale credit: {0} room nights resold for {1}, credited at no more "
                                       "than the contracted rate: {2} x {3} = -{4}"), // ResaleByRevenue
    QT_TRANSLATE_NOOP("EngineMessage", "Damages capped at {0} (before the cap {1})"), // DamagesCapped
    QT_TRANSLATE_NOOP("EngineMessage", "Room attrition {0} not charged: the meeting room rental applies "
                                       "instead"), // AttritionInsteadOfMeeting
    QT_TRANSLATE_NOOP("EngineMessage",
                      "The greater of room attrition ({0}) and the meeting room rental ({1}) applies: the "
                      "meeting room rental is not charged"), // GreaterOfAttrition
    QT_TRANSLATE_NOOP("EngineMessage", "The greater of room attrition ({0}) and the meeting room rental "
                                       "({1}) applies: room attrition is not charged"), // GreaterOfMeeting
    QT_TRANSLATE_NOOP("EngineMessage", "The contract has no room attrition clause"),    // AttritionDisabled
    QT_TRANSLATE_NOOP("EngineMessage", "Tax {0} on room damages {1} = {2}"),            // TaxOnRooms
    QT_TRANSLATE_NOOP("EngineMessage", "F&B minimum {0} less the {1} allowance: required {2}; actual spend "
                                       "{3}; shortfall {4}"), // FbRequired
    QT_TRANSLATE_NOOP("EngineMessage", "F&B spend {0} reaches the required {1}: no F&B damages"), // FbMet
    QT_TRANSLATE_NOOP("EngineMessage", "F&B shortfall {0} x {1} = {2}"),                          // FbDamages
    QT_TRANSLATE_NOOP("EngineMessage", "Service charge {0} on F&B damages {1} = {2}"), // FbServiceCharge
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Tax {0} on F&B damages and service charge {1} = {2}"), // TaxOnFoodBeverage
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Meeting room rental {0}; pickup {1} is in the band from {2}: {3} charged = {4}"), // MeetingScaled
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Meeting room rental {0}; pickup {1} is below every band: nothing charged"),    // MeetingNoBand
    QT_TRANSLATE_NOOP("EngineMessage", "Tax {0} on the meeting room rental {1} = {2}"), // TaxOnMeetingRoom
    QT_TRANSLATE_NOOP("EngineMessage", "Comp rooms: 1 per {0} room nights, {1} room nights picked up: {2} "
                                       "comp room nights, worth {3} at the average rate {4}"), // CompsEarned
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Comp rooms: 1 per {0} room nights earned night by night: {1} comp room nights, worth "
                      "{2} at the average rate {3}"), // CompsEarnedPerNight
    QT_TRANSLATE_NOOP("EngineMessage", "Notice received {0}, {1} days before arrival on {2}: the {3} to {4} "
                                       "days tier applies"), // CancelNoticeTier
    QT_TRANSLATE_NOOP("EngineMessage", "Notice received {0}, {1} days before arrival on {2}: the {3} days or "
                                       "more tier applies"),                        // CancelNoticeOpenTier
    QT_TRANSLATE_NOOP("EngineMessage", "Anticipated room revenue {0} x {1} = {2}"), // CancelRoomRevenue
    QT_TRANSLATE_NOOP("EngineMessage", "Anticipated revenue {0} (rooms {1} + F&B minimum {2} + meeting room "
                                       "{3}) x {4} = {5}"),                    // CancelTotalRevenue
    QT_TRANSLATE_NOOP("EngineMessage", "Room revenue {0} x {1} = {2}"),        // CancelComponentRooms
    QT_TRANSLATE_NOOP("EngineMessage", "F&B minimum {0} x {1} = {2}"),         // CancelComponentFb
    QT_TRANSLATE_NOOP("EngineMessage", "Meeting room rental {0} x {1} = {2}"), // CancelComponentMeeting
    QT_TRANSLATE_NOOP("EngineMessage", "Resale credit: {0} room nights resold, credited at no more than the "
                                       "contracted rate: -{1}"),                      // CancelMitigation
    QT_TRANSLATE_NOOP("EngineMessage", "Fee rounded to whole units: {0} to {1}"),     // CancelRounded
    QT_TRANSLATE_NOOP("EngineMessage", "Cancellation fee {0} waived: force majeure"), // CancelForceMajeure
    QT_TRANSLATE_NOOP("EngineMessage", "Tax {0} on the cancellation fee {1} = {2}"),  // TaxOnCancellation
    QT_TRANSLATE_NOOP("EngineMessage", "Deposit received {0}: {1}, {2} applied"),     // DepositApplied
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Reduction recorded {0} ({1} of the original block) not honoured: it was made after "
                      "the last review date, {2}; those rooms stay in the block"), // WarnReductionLate
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Reduction recorded {0} ({1} of the original block) not honoured: the contract has no "
                      "review schedule; those rooms stay in the block"), // WarnReductionNoSchedule
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Reduction recorded {0} ({1} of the original block) not honoured: more than the {2} "
                      "allowed by {3}; those rooms stay in the block"), // WarnReductionTooLarge
    QT_TRANSLATE_NOOP("EngineMessage",
                      "No pickup is recorded: the assessment assumes no room was picked up"), // WarnNoPickup
    QT_TRANSLATE_NOOP("EngineMessage", "The contract is marked cancelled but has no cancellation notice "
                                       "date: assessed under attrition"), // WarnCancelledWithoutNotice
    QT_TRANSLATE_NOOP("EngineMessage", "The group cancelled but the contract has no cancellation tiers: no "
                                       "cancellation fee assessed"), // WarnNoCancellationTiers
    QT_TRANSLATE_NOOP("EngineMessage", "Notice received {0}, after arrival on {1}: assessed as 0 days before "
                                       "arrival"),                                // WarnNoticeAfterArrival
    QT_TRANSLATE_NOOP("EngineMessage", "Deposits exceed the amount owed by {0}"), // WarnDepositsExceedOwed
    QT_TRANSLATE_NOOP("EngineMessage", "another band of the scale also starts at {0} pickup: each band needs "
                                       "its own lowest pickup"), // ValDuplicateScaleBand
    // ForecastCurveGroups
    QT_TRANSLATE_NOOP("EngineMessage", "Booking curve of {0} comparable groups: {1} of their final pickup "
                                       "was on the books {2} days before arrival"),
    // ForecastCurveFallback
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Only {0} comparable groups have a pickup history (at least {1} are needed): the "
                      "default booking curve is used, {2} on the books {3} days before arrival"),
    // ForecastMultiplicative
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Multiplicative pickup: {0} room nights on the books / {1} = {2} room nights expected at arrival"),
    // ForecastAdditive
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Additive pickup: {0} room nights on the books + {1} room nights still to come per "
                      "blocked room x {2} room nights blocked = {3} room nights expected at arrival"),
    // ForecastAccount
    QT_TRANSLATE_NOOP("EngineMessage", "The account's own {0} past groups: {1} room nights on the books / "
                                       "{2} = {3} room nights expected at arrival"),
    // ForecastRegression
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Regression pickup fitted on {0} past groups: final pickup = {1} x on the books {2} days "
        "before arrival + {3} x the block, so {4} room nights on the books and {5} room nights "
        "blocked give {6} room nights expected at arrival"),
    // ForecastMethodChosen
    QT_TRANSLATE_NOOP("EngineMessage", "Method chosen by backtest over {0} past groups {1} days before "
                                       "arrival: the lowest weighted error, {2}"),
    // ForecastRange
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Past forecast errors of {0} groups {1} days before arrival: {2} to {3} room nights (P10 to P90)"),
    // ForecastDefaultRange
    QT_TRANSLATE_NOOP("EngineMessage", "Too few past forecast errors {0} days before arrival: the default "
                                       "range of {1} either way gives {2} to {3} room nights (P10 to P90)"),
    // ForecastArrived
    QT_TRANSLATE_NOOP("EngineMessage", "The group arrived on {0}: the pickup recorded is its final pickup"),
    // ForecastBeyondHorizon
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Arrival is {0} days away: the forecast looks {1} days ahead at most and uses the curve at {1} days"),
    // ForecastSnapshotsIgnored
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "{0} pickup reports dated after arrival and {1} dated before signing were left out of the history"),
    // RiskSummary
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Expected damages {0} over {1} draws of the final pickup (seed {2}); {3} of the draws owe anything"),
    // RiskRange
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Damages P10 {0}, P50 {1}, P90 {2}; at the expected pickup the group would owe {3}"),
    // RiskFoodBeverageAssumed
    QT_TRANSLATE_NOOP("EngineMessage", "F&B spend not forecast: assumed to reach the F&B minimum"),
    // AdviceCriticalRatio
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Release rule: keep the rooms the group picks up with a probability of {0} (a room "
                      "held unused costs {1} times a room released and then needed)"),
    // AdviceNight
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Night of {0}: the forecast supports keeping {1} of {2} rooms; release {3}"),
    // AdviceNightLimited
    QT_TRANSLATE_NOOP("EngineMessage", "Night of {0}: the forecast supports keeping {1} of {2} rooms, but "
                                       "the contract allows reducing to {3} at the least: release {4}"),
    // AdviceReviewDate
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Next review date {0}: the block may be reduced by up to {1} of the original block"),
    // AdviceNoReviewDate
    QT_TRANSLATE_NOOP("EngineMessage", "No review date is ahead: the contract allows no release"),
    // AdviceSummary
    QT_TRANSLATE_NOOP("EngineMessage", "Hold the block: expected damages {0}. Release {1} room nights by "
                                       "{2}: expected damages {3}, and those rooms return to inventory"),
    // AdviceKeep
    QT_TRANSLATE_NOOP("EngineMessage", "Keep the block held: expected damages {0}. The forecast supports no "
                                       "release by {1} that the contract allows"),
    // AdviceRefused
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "The release was not honoured under the contract's review schedule: nothing is proposed"),
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Expected wash {0} (P10 {1}, P90 {2}) from the account's own {3} past groups"), // QuoteWashAccount
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Expected wash {0} (P10 {1}, P90 {2}) from {3} past groups: the account has {4} of its "
                      "own, fewer than the {5} needed"), // QuoteWashComparable
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Only {0} past groups have a block and a final pickup (at least {1} are needed): a "
                      "wash of 0%, 5%, 10%, 15% or 20%, equally likely, is assumed"), // QuoteWashDefault
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Per night: group rooms = block x (1 - wash); displaced transient rooms = max(0, transient demand + "
        "group rooms - capacity); net = group rooms x (group rate x (1 - commission) - variable cost) - "
        "displaced rooms x (transient net ADR - variable cost + ancillary profit)"), // QuoteFormula
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Night of {0}: {1} group rooms and a transient demand of {2} for {3} rooms displace {4} transient "
        "rooms; net {5}; the group breaks even at an average rate of {6}"), // QuoteNight
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Night of {0}: no group rooms are expected after the wash"), // QuoteNightNoRooms
    QT_TRANSLATE_NOOP("EngineMessage", "F&B profit {0}: the minimum of {1} at a {2} margin, assuming the "
                                       "minimum is spent"), // QuoteFoodBeverage
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Meeting room profit {0}: the rental of {1} at a {2} margin"), // QuoteMeetingRoom
    QT_TRANSLATE_NOOP("EngineMessage", "Net value of the group {0}; over {1} wash draws (seed {2}) it ranges "
                                       "from {3} to {4} (P10 to P90)"), // QuoteNet
    QT_TRANSLATE_NOOP("EngineMessage",
                      "The contract has no block: there is nothing to quote"), // QuoteNoBlock
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "The night of {0} has no hotel outlook (capacity, transient demand and net ADR)"), // QuoteNoOutlook
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "The night of {0} has two hotel outlooks: each night is entered once"), // QuoteOutlookTwice
    QT_TRANSLATE_NOOP("EngineMessage", "The block of {1} rooms on the night of {0} is above the hotel's "
                                       "capacity of {2} rooms"), // QuoteCapacityBelowBlock
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "The transient demand of {1} rooms for the night of {0} is negative"), // QuoteNegativeDemand
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "The amount {1} for the night of {0} is not in the contract's currency"), // QuoteNightCurrency
    QT_TRANSLATE_NOOP("EngineMessage",
                      "The variable cost {0} is not in the contract's currency"), // QuoteCostCurrency
    QT_TRANSLATE_NOOP("EngineMessage", "A group commission of {0} is out of range: it must be at least 0% "
                                       "and below 100%"), // QuoteCommissionRange
    QT_TRANSLATE_NOOP("EngineMessage",
                      "A margin of {0} is out of range: margins are from 0% to 100%"), // QuoteMarginRange
    QT_TRANSLATE_NOOP("EngineMessage", "the {0} cancellation basis does not use this percentage ({1}): it "
                                       "charges nothing"), // ValWarnTierPercentUnused
    QT_TRANSLATE_NOOP("EngineMessage", "occupancy is recorded but the attrition clause has no "
                                       "resaleOnlyAtOccupancy: it is ignored"), // ValWarnOccupancyUnused
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "the room type is not in the block: this entry is ignored"), // ValWarnRoomTypeNotInBlock
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the room type is not in the block, which has it in other capitals: "
                      "room types must match exactly, this entry is ignored"), // ValWarnRoomTypeCase
    QT_TRANSLATE_NOOP("EngineMessage",
                      "the percentage {0} is below 1%: percentages are written in points (85 "
                      "for 85%), not as fractions (0.85)"), // ValWarnPercentFraction
    QT_TRANSLATE_NOOP("EngineMessage",
                      "a cancellation notice is recorded but the status is not cancelled: the "
                      "contract is assessed as cancelled"), // ValWarnNoticeNotCancelled
    QT_TRANSLATE_NOOP("EngineMessage",
                      "this value is the program's default, not confirmed from the contract: confirm it "
                      "or enter the contract's own"), // ValWarnUnconfirmedDefault
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "the pickup of {0} rooms on {1} is {2} of the {3} rooms of this room type blocked that "
        "night, more than {4}: check that it was entered right"), // ValWarnPickupAboveBlockNight
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "the pickup of {0} room nights is {1} of the {2} room nights blocked, more than {3}: check "
        "that it was entered right (this entry, {4} rooms on {5} where {6} of this room type were "
        "blocked, is the furthest above its block)"), // ValWarnPickupAboveBlockStay
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} of the block is on the books {1} days before arrival: {2} points ahead of the {3} "
                      "comparable groups, which had {4} of their block at that day"), // AtRiskPaceAhead
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} of the block is on the books {1} days before arrival: {2} points behind the {3} "
                      "comparable groups, which had {4} of their block at that day"), // AtRiskPaceBehind
    QT_TRANSLATE_NOOP("EngineMessage", "Pace not known: only {0} comparable groups have a pickup history and "
                                       "a block (at least {1} are needed)"),         // AtRiskPaceFewGroups
    QT_TRANSLATE_NOOP("EngineMessage", "Pace not known: the contract has no block"), // AtRiskPaceNoBlock
    QT_TRANSLATE_NOOP("EngineMessage", "Pace not known: arrival is {0} days away, beyond the {1} days the "
                                       "pickup history covers"), // AtRiskPaceFarOut
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Expected damages {0}, P10 {1} to P90 {2}, over {3} equally likely final pickups from "
                      "the forecast's past errors; {4} of them owe anything"), // AtRiskDamages
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Pace behind: {0} of the block is on the books {1} days before arrival, where the {2} comparable "
        "groups had {3}: {4} points behind, more than the {5} points allowed"), // AtRiskFlagPaceBehind
    QT_TRANSLATE_NOOP("EngineMessage", "No pickup movement for {0} days: {1} room nights on the books since "
                                       "{2}, while the booking curve expects {3} of the final pickup, about "
                                       "{4} room nights, to arrive over those days"), // AtRiskFlagNoMovement
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Review date {0} in {1} days: the forecast final pickup of {2} room nights is {3} of "
                      "the block, below the performance level of {4}"), // AtRiskFlagReviewBelowPerformance
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Cutoff {0} passed {1} days ago with {2} of the {3} room nights blocked unsold ({4} of "
                      "the block picked up)"), // AtRiskFlagCutoffUnsold
    QT_TRANSLATE_NOOP("EngineMessage",
                      "F&B spend forecast {0} is below the {1} required (the minimum {2} less the {3} "
                      "allowance): a shortfall of {4}"), // AtRiskFlagFoodBeverage
    QT_TRANSLATE_NOOP("EngineMessage",
                      "F&B spend forecast {0} ({1} recorded for {2} room nights on the books, carried to the "
                      "{3} room nights expected) is below the {4} required (the minimum {5} less the {6} "
                      "allowance)"), // AtRiskFlagFoodBeverageCarried
    QT_TRANSLATE_NOOP("EngineMessage", "Return the {0} unsold room nights to inventory, or agree a later "
                                       "cutoff with the organizer"), // AtRiskActionCutoff
    QT_TRANSLATE_NOOP("EngineMessage", "Before the review date {0}, agree with the organizer what to "
                                       "release: up to {1} of the block may go then"), // AtRiskActionReview
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "Call the organizer about the pace of pickup and ask for the rooming list"), // AtRiskActionPace
    QT_TRANSLATE_NOOP("EngineMessage", "Confirm the F&B plans with the organizer: the forecast spend is "
                                       "below the minimum"), // AtRiskActionFoodBeverage
    QT_TRANSLATE_NOOP("EngineMessage", "Nothing due now; the next date to watch is {0}"), // AtRiskActionWatch
    QT_TRANSLATE_NOOP("EngineMessage", "Nothing due now"),                                // AtRiskActionNone
    QT_TRANSLATE_NOOP("EngineMessage", "a lost contract needs a lostReason: price, dates, competitor or "
                                       "other"), // ValLostWithoutReason
    QT_TRANSLATE_NOOP("EngineMessage",
                      "a lostReason is given but the status is {0}, not lost: only a lost contract has a "
                      "lost reason"), // ValLostReasonNotLost
    QT_TRANSLATE_NOOP("EngineMessage", "The contract is lost: the hotel did not win the business, so "
                                       "nothing is owed under it"), // LostNothingOwed
    QT_TRANSLATE_NOOP("EngineMessage",
                      "No new contract for {0} days since the last event arrived on {1}: more than {2} days, "
                      "{3} of the usual rebooking cycle of {4} days (the median of the {5} intervals between "
                      "its events)"), // AccountCycleOverdue
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Pickup fell for two events in a row: {0} of the block at the event arriving {1}, {2} "
                      "at the one arriving {3}, {4} at the one arriving {5}"), // AccountPickupFalling
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} collected and {1} waived come to {2}, more than the {3} of damages agreed with "
                      "the client (settlement.assessed)"), // ValSettlementOverAssessed
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} collected and {1} waived, but no damages are agreed with the client yet: enter "
                      "settlement.assessed first"), // ValSettlementNothingAssessed
    QT_TRANSLATE_NOOP("EngineMessage", "an invoice date needs the damages agreed with the client: enter "
                                       "settlement.assessed first"), // ValSettlementInvoiceWithoutAssessed
    QT_TRANSLATE_NOOP("EngineMessage", "{0} is before the arrival on {1}: damages are invoiced and collected "
                                       "after the stay begins"), // ValSettlementDateBeforeArrival
    QT_TRANSLATE_NOOP("EngineMessage",
                      "{0} is before the cancellation notice of {1}: cancellation damages are invoiced and "
                      "collected after the notice"), // ValSettlementDateBeforeNotice
    QT_TRANSLATE_NOOP("EngineMessage", "the credit of {0} on a future contract is more than the {1} waived: "
                                       "the credit is a part of the waiver"), // ValSettlementCreditOverWaived
    QT_TRANSLATE_NOOP("EngineMessage", "a credit of {0} on a future contract needs that contract's reference "
                                       "in settlement.creditContract"), // ValSettlementCreditWithoutContract
    QT_TRANSLATE_NOOP("EngineMessage",
                      "a contract to credit is named but settlement.creditAmount is zero: enter the amount "
                      "of the credit"), // ValSettlementContractWithoutCredit
    QT_TRANSLATE_NOOP("EngineMessage", "the credit must go to another contract of the account, not to this "
                                       "one"), // ValSettlementCreditToItself
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "{0} is waived without a reason: say why in settlement.waiverReason"), // ValWarnWaiverWithoutReason
    QT_TRANSLATE_NOOP("EngineMessage",
                      "Rebooking credit from contract {0}: {1} of the damages waived there granted on this "
                      "contract, {2} applied (never more than owed here)"), // RebookingCreditApplied
};

} // namespace

const char* engineMessageTemplate(MessageId id) noexcept {
    const auto index = static_cast<std::size_t>(id);
    return index < kTemplates.size() ? kTemplates[index] : "";
}

std::size_t engineMessageCount() noexcept {
    return kTemplates.size();
}

} // namespace attrition::ui
