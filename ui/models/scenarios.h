#pragma once

#include "attrition/domain/scenario.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"
#include "text/values.h"
#include "widgets/gridediting.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QStyledItemDelegate>
#include <functional>
#include <optional>
#include <span>
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

    /// The name a scenario's settings suggest ("Pickup 75%, Notice 1 Mar 2027"), in the user's language
    /// and notation.
    static QString suggestedName(const ScenarioOverrides& overrides);
    /// Whether `name` is what the settings suggest (possibly numbered to tell it from another scenario's),
    /// so that it follows the settings until the user renames the scenario.
    static bool isSuggestedName(const std::string& name, const ScenarioOverrides& overrides);
    /// The suggested name, numbered " (2)", " (3)"... if another scenario than the one at `self` has it.
    static std::string uniqueSuggestedName(const ScenarioOverrides& overrides,
                                           const std::vector<Scenario>& all, std::ptrdiff_t self);

signals:
    void changed();

private:
    template <typename, typename, int> friend class SnapshotCommand;
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

/// Where a uniform pickup share, rounded half-up to whole rooms per block entry, counts another share
/// than the one set: one night where it does, with the rooms it counts.
struct PickupRounding {
    Date night;
    std::int64_t counted = 0; ///< rooms counted that night
    std::int64_t block = 0;   ///< rooms in the block that night
    int nights = 0;           ///< how many nights round
};

/// The first night (and how many) where `share` of the contract's block does not come to whole rooms;
/// nothing when every night comes out exact.
std::optional<PickupRounding> pickupRounding(const Contract& contract, Percent share);

/// The scenario assessed with the contract's rebooking credits (ContractDocument::credits()).
ScenarioResult evaluateScenario(const Contract& contract, const ScenarioOverrides& overrides,
                                std::span<const RebookingCredit> credits = {});

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
