#pragma once

#include <QString>
#include <QUndoCommand>
#include <utility>

namespace attrition::ui {

/// One undoable change as two snapshots: what `Target` held before it and after it. Undo and redo hand the
/// snapshot to `Target::apply()`. Changes pushed with the same non-empty merge key in the same merge session
/// (a run of keystrokes in one field) become one step that keeps the first "before" and the last "after".
/// `MergeId` tells the kinds of snapshot apart on one stack.
template <typename Target, typename State, int MergeId> class SnapshotCommand : public QUndoCommand {
public:
    SnapshotCommand(Target* target, const QString& text, QString mergeKey, int session, State before,
                    State after)
        : QUndoCommand(text)
        , target_(target)
        , mergeKey_(std::move(mergeKey))
        , session_(session)
        , before_(std::move(before))
        , after_(std::move(after)) {}

    void undo() override { target_->apply(before_); }
    void redo() override { target_->apply(after_); }
    int id() const override { return mergeKey_.isEmpty() ? -1 : MergeId; }
    bool mergeWith(const QUndoCommand* other) override {
        const auto* next = dynamic_cast<const SnapshotCommand*>(other);
        if (next == nullptr || next->mergeKey_ != mergeKey_ || next->session_ != session_) {
            return false;
        }
        after_ = next->after_;
        return true;
    }

private:
    Target* target_;
    QString mergeKey_;
    int session_;
    State before_;
    State after_;
};

} // namespace attrition::ui
