#pragma once

#include "attrition/domain/contract.h"
#include "attrition/engine/assessment.h"
#include "attrition/engine/engine.h"
#include "attrition/engine/validation.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>
#include <span>
#include <vector>

class QUndoStack;

namespace attrition::ui {

/// What the engine makes of the contract being edited: its problems, or its assessment and the sweeps the
/// charts draw. Recomputed after every change.
struct Results {
    std::vector<ValidationIssue> issues;
    /// Likely mistakes that do not stop assessment (validationWarnings): values it ignores, pickup far
    /// above the block...
    std::vector<ValidationIssue> warnings;
    std::optional<Assessment> assessment;
    QString failure; ///< the engine could not assess a valid contract (an amount too large)

    /// Damages as pickup runs from 0% to 150%, under attrition (for a cancelled contract: as if it had not
    /// cancelled).
    std::vector<PickupSweepPoint> pickupSweep;
    /// The cancellation fee for every notice date from signing to arrival.
    std::vector<CancellationSweepPoint> cancellationSweep;

    qint64 nanoseconds = 0; ///< how long the last recalculation took
};

/// The contract being edited, its undo history and what the engine makes of it. Every edit goes through
/// edit(), which pushes one undoable step; views read contract() and results() and listen to changed().
class ContractDocument : public QObject {
    Q_OBJECT

public:
    explicit ContractDocument(QObject* parent = nullptr);
    ~ContractDocument() override;

    const Contract& contract() const noexcept { return contract_; }
    const Results& results() const noexcept { return results_; }
    QUndoStack* undoStack() const noexcept { return undoStack_; }

    /// Replaces the contract and forgets the undo history. `sourceId` says where it came from (a file path);
    /// empty for a new contract. `credits`: the rebooking credits other contracts' settlements grant it
    /// (ContractRepository::rebookingCredits), applied to every assessment of it.
    void load(Contract contract, const QString& sourceId, std::vector<RebookingCredit> credits = {});
    /// The rebooking credits applied to its assessments.
    const std::vector<RebookingCredit>& credits() const noexcept { return credits_; }
    /// Other rebooking credits (read again after a save): not an edit of the contract, no undo step.
    void setCredits(std::vector<RebookingCredit> credits);
    QString sourceId() const { return sourceId_; }
    void setSourceId(const QString& sourceId);

    bool isModified() const;
    /// The contract as it is now has been saved.
    void setSaved();

    /// Applies `change` to the contract as one undoable step named `text`. Steps with the same non-empty
    /// `mergeKey` pushed one after another merge into one (typing in a field), until endMerge().
    void edit(const QString& text, const QString& mergeKey, const std::function<void(Contract&)>& change);
    /// The next edit starts a new undo step even if it has the same merge key.
    void endMerge() noexcept { ++mergeSession_; }

    /// The first problem the engine reports for this exact field path, in the installed language, or an
    /// empty string.
    QString issueAt(const QString& path) const;
    /// Every problem whose field path is `path` or lies inside it ("cancellation.tiers" holds
    /// "cancellation.tiers[1].minDays").
    std::vector<const ValidationIssue*> issuesUnder(const QString& path) const;

signals:
    /// Another contract was loaded.
    void contractLoaded();
    /// The contract changed (an edit, an undo or a redo) and the results are up to date.
    void contractChanged();
    void modifiedChanged(bool modified);
    void sourceIdChanged(const QString& sourceId);

private:
    template <typename, typename, int> friend class SnapshotCommand;
    void apply(const Contract& contract);
    void recalculate();

    Contract contract_;
    std::vector<RebookingCredit> credits_;
    Results results_;
    QHash<QString, std::size_t> issueByPath_; ///< the first problem of each path (worded when asked: in the
                                              ///< language of the moment)
    QUndoStack* undoStack_;
    QString sourceId_;
    int mergeSession_ = 0;
};

/// Recomputes everything the application shows for a contract: validation, assessment (with the rebooking
/// credits `credits`) and the sweeps. A credit in another currency than the contract's is not assessed:
/// `failure` says which contract grants it (creditCurrencyProblem()).
Results computeResults(const Contract& contract, std::span<const RebookingCredit> credits = {});

/// What is wrong with the rebooking credits of `contract`: the first in another currency than the
/// contract's, naming both contracts and both currencies; empty when there is none.
QString creditCurrencyProblem(const Contract& contract, std::span<const RebookingCredit> credits);

} // namespace attrition::ui
