#pragma once

#include "models/scenarioresult.h"

#include <QAbstractTableModel>
#include <cstdint>
#include <optional>
#include <vector>

namespace attrition::ui {

class ContractDocument;
class ScenarioSet;

/// The contract and its scenarios side by side: a column each, a row per total.
class ScenarioComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Row {
        PickupRow,
        RoomsRow,
        FoodBeverageRow,
        MeetingRoomRow,
        CancellationRow,
        SubtotalRow,
        TaxRow,
        TotalOwedRow,
        CreditsRow, ///< rebooking credits granted by other contracts' settlements
        DepositsRow,
        NetDueRow,
        RowCount
    };
    enum Role {
        DeltaRole = Qt::UserRole + 1, ///< the difference from the contract, as text ("+1,200.00")
        DeltaSignRole,                ///< -1, 0 or 1: the group owes less, the same or more
    };

    ScenarioComparisonModel(ContractDocument* document, ScenarioSet* scenarios, QObject* parent = nullptr);
    void setScenarios(ScenarioSet* scenarios);
    /// Recomputes the results (the panel calls it while shown).
    void recompute();
    const std::vector<ScenarioResult>& results() const { return results_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<std::int64_t> figure(const Assessment& a, int row) const;

    ContractDocument* document_;
    ScenarioSet* scenarios_;
    std::vector<ScenarioResult> results_; ///< [0] the contract, then each scenario
};

} // namespace attrition::ui
