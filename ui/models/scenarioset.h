#pragma once

#include "attrition/domain/scenario.h"

#include <QObject>
#include <QString>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

class QUndoStack;

namespace attrition::ui {

/// The what-if scenarios of one contract, with their own undo history. The contract session keeps them and
/// stores them with the contract in the repository (ContractSession::scenarioSet()).
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

} // namespace attrition::ui
