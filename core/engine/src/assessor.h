#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace attrition::detail {

/// The engine proper. Assesses a contract already known to be valid, with a scenario's overrides.
/// With `explain` false it computes the totals only and records no lines or warnings (for sweeps).
class Assessor {
public:
    Assessor(const Contract& contract, const ScenarioOverrides& overrides, bool explain);

    Assessment run();
    /// Rebooking credits to apply (before run()); `credits` must outlive run().
    void applyCredits(std::span<const RebookingCredit> credits) noexcept { rebookingCredits_ = credits; }
    /// Tax on the F&B damages and service charge, after run().
    const Money& foodBeverageTax() const noexcept { return fbTax_; }

private:
    struct Night {
        std::int64_t block = 0;        ///< revised block rooms
        std::int64_t blockRevenue = 0; ///< revised block rooms x their rates
        std::int64_t pickup = 0;
        std::int64_t credits = 0;        ///< audit credits the contract counts
        std::int64_t comps = 0;          ///< comp rooms counted toward pickup on this night
        std::int64_t resold = 0;         ///< resold room nights credited on this night
        std::int64_t resoldRevenue = 0;  ///< resale revenue credited, capped at the night's rate
        std::int64_t resoldReceived = 0; ///< resale revenue received for the credited room nights
        std::int64_t resoldCount = 0;    ///< resold room nights recorded, credited or not
        std::int64_t occupancyPpm = -1;  ///< -1: not recorded
    };

    // Preparation
    void reviseBlock();
    void gatherNights();
    void gatherResale();

    // Components
    void rooms();
    void roomsCumulative();
    void roomsNightByNight();
    void comps();
    void foodBeverage();
    void meetingRoom();
    void combineRoomsAndMeeting();
    void roomAndMeetingTaxes();
    void cancellation();
    void deposits();
    void warnings();

    // Helpers
    Money money(std::int64_t minor) const { return {minor, currency_}; }
    Money product(Quantity quantity, const Money& rate, Percent factor) const;
    Money rateOf(std::int64_t revenue, std::int64_t rooms) const;
    Money averageRate() const;
    Money averageRateWithLine();
    Money unusedRoomsRate();
    void resaleRevenueCredit(std::int64_t resold, std::int64_t received, std::int64_t capped,
                             const Money& damages, std::optional<Date> night = std::nullopt);
    Date nightDate(std::size_t index) const;
    Quantity required(std::int64_t blockRooms) const;
    void line(Component component, const Money& amount, const Message& message,
              std::optional<Quantity> quantity = std::nullopt, std::optional<Money> rate = std::nullopt,
              std::optional<Percent> factor = std::nullopt, std::optional<Date> night = std::nullopt);
    void warn(const Message& message);
    Money& totalOf(Component component);
    bool resaleCreditedOn(const Night& night) const;

    const Contract& c_;
    const ScenarioOverrides& o_;
    const bool explain_;
    const Currency currency_;
    const RoundingMode mode_;
    const std::vector<PickupEntry>& pickup_;
    const std::vector<ResaleEntry>& resale_;
    const Money fbSpend_;
    const std::optional<Date> notice_;

    Assessment a_;
    std::vector<std::int32_t> revised_; ///< revised rooms per block entry
    std::vector<Night> nights_;
    std::int64_t blockRooms_ = 0;   ///< revised, all nights
    std::int64_t blockRevenue_ = 0; ///< revised, all nights
    std::int64_t pickedUp_ = 0;
    std::int64_t credits_ = 0;
    std::int64_t creditOutside_ = 0;
    std::int64_t creditNoShows_ = 0;
    std::int64_t creditWalked_ = 0;
    std::int64_t compsEarned_ = 0;
    std::int64_t compsPooled_ = 0; ///< comps earned on the whole stay, counted toward pickup
    bool uniformRate_ = true;      ///< every block entry has the same rate
    Money fbTax_;
    Money scratch_;
    std::span<const RebookingCredit> rebookingCredits_;
};

/// The tier whose day range holds `days`, or nullptr.
const CancellationTier* findTier(const std::vector<CancellationTier>& tiers, std::int32_t days) noexcept;

/// Throws ContractInvalid if the contract, with the scenario's overrides, is not valid.
void requireValid(const Contract& contract, const ScenarioOverrides& overrides);

} // namespace attrition::detail
