#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/currency.h"
#include "attrition/domain/date.h"
#include "attrition/domain/money.h"
#include "attrition/domain/percent.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attrition {

/// Which contracts the sales pipeline looks at. Empty texts and absent dates let every contract through;
/// texts match exactly.
struct PipelineFilter {
    std::optional<Date> arrivalFrom; ///< arrival on or after
    std::optional<Date> arrivalTo;   ///< arrival on or before
    std::string hotel;
    std::string salesManager;
    std::string account;

    bool matches(const Contract& contract) const noexcept;
};

/// A row's stage: the contract's status. Lost and cancelled contracts are kept apart from the open and won
/// stages (they come last).
enum class PipelineStage : std::uint8_t { Prospect, Tentative, Definite, Actualized, Lost, Cancelled };

std::string_view toString(PipelineStage stage) noexcept;
PipelineStage pipelineStageOf(ContractStatus status) noexcept;

/// The figures of the contracts of one stage, arrival month and currency.
struct PipelineFigures {
    std::int64_t contracts = 0;
    std::int64_t roomNights = 0; ///< the original block: rooms summed over every night and room type
    Money roomRevenue;           ///< the original block's rooms x their group rates
    Money foodBeverageMinimum;
    /// What the damages engine assesses at the pickup on the books (tax included; the cancellation fee for
    /// a contract with a cancellation notice; nothing for a lost contract). An upcoming contract
    /// (prospect, tentative or definite, no cancellation notice) with no pickup recorded yet adds nothing
    /// and is counted in `notMeasured`.
    Money damages;
    std::int64_t notMeasured = 0;
};

struct PipelineRow {
    PipelineStage stage = PipelineStage::Prospect;
    int year = 0;
    int month = 0; ///< 1 to 12: the month of arrival
    Currency currency;
    PipelineFigures figures;
};

/// The share of tentatives that became definite, from the contracts' current status (a contract does not
/// keep its former status): won are the definite and actualized contracts, lost the lost ones; cancelled
/// contracts count in neither, prospects and tentatives are still open. A lost contract counts whether it
/// was lost as a prospect or as a tentative.
struct PipelineConversion {
    std::int64_t won = 0;
    std::int64_t lost = 0;
    std::int64_t open = 0;       ///< prospects and tentatives
    std::optional<Percent> rate; ///< won / (won + lost), truncated to 1 ppm; none without won or lost
};

/// The wash of the actualized groups arriving in one month (or all of them): how much of the original block
/// the final pickup filled.
struct PipelineWash {
    int year = 0; ///< 0 for the total of every month
    int month = 0;
    std::int64_t groups = 0;
    std::int64_t blockRoomNights = 0;  ///< the original block
    std::int64_t pickupRoomNights = 0; ///< the final pickup as reported
    std::optional<Percent> pickup;     ///< pickup / block, truncated to 1 ppm; none without a block
    std::optional<Percent> wash;       ///< 100% - pickup (negative when the groups picked up more)
};

/// The damages the engine assesses for the actualized and the cancelled contracts arriving in one month,
/// in one currency, and what their settlements record as collected (the payments) and waived.
struct PipelineDamages {
    int year = 0;
    int month = 0;
    Currency currency;
    std::int64_t actualizedGroups = 0;
    Money actualized;
    std::int64_t cancelledGroups = 0;
    Money cancelled;
    Money total;     ///< actualized + cancelled
    Money collected; ///< the payments recorded in the settlements of these contracts
    Money waived;    ///< the amounts their settlements waived
};

struct Pipeline {
    /// By stage (in the order of PipelineStage), then arrival month, then currency code.
    std::vector<PipelineRow> rows;
    PipelineConversion conversion;
    std::vector<PipelineWash> washByMonth; ///< months with actualized groups, in order
    PipelineWash wash;                     ///< every actualized group
    std::vector<PipelineDamages> damages;  ///< by arrival month, then currency code
    std::int64_t contracts = 0;            ///< the contracts the filter let through
    /// The references of contracts the engine refuses (validate() finds a problem, or an amount overflows):
    /// they are in no figure above.
    std::vector<std::string> invalid;
};

/// The sales pipeline of the contracts the filter lets through.
Pipeline pipeline(std::span<const Contract> contracts, const PipelineFilter& filter = {});

} // namespace attrition
