#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/at_risk.h"
#include "attrition/engine/pipeline.h"
#include "reports/report.h"
#include "reports/reportoptions.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace attrition::ui {

/// A portfolio report, built one contract at a time (a database of any size is read contract by contract):
/// every contract with its pickup and exposure (what it would owe if assessed now), then the totals per
/// currency and status.
class PortfolioReportBuilder {
public:
    /// `filter` says in words which contracts these are ("Arriving 1/1/2027 to 3/31/2027, definite").
    explicit PortfolioReportBuilder(QString filter, const ReportOptions& options = {});
    ~PortfolioReportBuilder();
    /// Adds a contract, assessed with the rebooking credits other contracts' settlements grant it.
    void add(const Contract& contract, std::span<const RebookingCredit> credits = {});
    std::int64_t count() const;
    /// A page of the groups at risk (the early warning's rows, in its order): each group with its arrival,
    /// pickup, forecast final pickup, expected damages, next review date or cutoff, then its action and
    /// flags in sentences. Not set: no such page.
    void setGroupsAtRisk(forecast::AtRiskList list);
    /// A page of the sales pipeline: by stage, arrival month and currency, the conversion and the wash of
    /// the actualized groups. Not set: no such page.
    void setPipeline(Pipeline pipeline);
    std::unique_ptr<Report> finish();

private:
    struct Row;
    QString filter_;
    ReportOptions options_;
    std::vector<Row> rows_;
    std::optional<forecast::AtRiskList> atRisk_;
    std::optional<Pipeline> pipeline_;
};

} // namespace attrition::ui
