#pragma once

#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"
#include "attrition/ui/gridview.h"
#include "attrition/ui/values.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QStyledItemDelegate>
#include <functional>
#include <optional>
#include <vector>

class QUndoStack;

namespace attrition::ui {

class ContractDocument;

/// The what-if scenarios of one contract, with their own undo history. The main window stores them with
/// the contract in the repository.
class ScenarioSet : public QObject {
    Q_OBJECT

public:
    explicit ScenarioSet(QObject* parent = nullptr);
    ~ScenarioSet() override;

    const std::vector<Scenario>& scenarios() const noexcept { return scenarios_; }
    QUndoStack* undoStack() const noexcept { return undoStack_; }

    /// Changes the scenarios as one undoable step named `text`; successive steps with the same non-empty
    /// `mergeKey` merge until endMerge().
    void edit(const QString& text, const QString& mergeKey,
              const std::function<void(std::vector<Scenario>&)>& change);
    void endMerge() noexcept { ++mergeSession_; }
    /// Replaces the scenarios (as read from where they are stored) and forgets the undo history.
    void reset(std::vector<Scenario> scenarios);

signals:
    void changed();

private:
    friend class ScenarioCommand;
    void apply(const std::vector<Scenario>& scenarios);

    std::vector<Scenario> scenarios_;
    QUndoStack* undoStack_;
    int mergeSession_ = 0;
};

/// What the engine makes of a scenario.
struct ScenarioResult {
    std::optional<Assessment> assessment;
    QString problem; ///< why it could not be assessed
    /// Damages as pickup runs from 0% to 150%, with the scenario's other overrides.
    std::vector<PickupSweepPoint> curve;
};

ScenarioResult evaluateScenario(const Contract& contract, const ScenarioOverrides& overrides);

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

/// Draws a comparison cell: the amount, and under it the difference from the contract.
class ComparisonDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

/// One scenario's figures per night of the stay: its pickup per room type, or its resold rooms.
class ScenarioNightsModel : public QAbstractTableModel, public GridEditing {
    Q_OBJECT

public:
    enum class Kind : std::uint8_t { Pickup, Resale };
    ScenarioNightsModel(Kind kind, ContractDocument* document, ScenarioSet* scenarios,
                        QObject* parent = nullptr);
    void setScenario(ScenarioSet* scenarios, int index);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString paste(const QString& text, const QModelIndex& at, const QModelIndexList& selection) override;
    void clearCells(const QModelIndexList& cells) override;

private:
    struct Write {
        int row;
        int column;
        std::optional<std::int64_t> value;
    };
    void refresh();
    const Scenario* scenario() const;
    std::optional<std::int64_t> cell(int row, int column) const;
    void write(const QString& text, const std::vector<Write>& writes);
    ValueKind kind(int column) const;

    Kind kind_;
    ContractDocument* document_;
    ScenarioSet* scenarios_;
    int index_ = -1;
    std::vector<Date> nights_;
    QStringList types_;
};

} // namespace attrition::ui
