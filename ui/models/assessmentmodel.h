#pragma once

#include "attrition/engine/assessment.h"

#include <QAbstractItemModel>
#include <optional>
#include <vector>

namespace attrition::ui {

class ContractDocument;

/// The itemized assessment as a tree: one row per component (rooms, F&B, meeting room, cancellation, comps,
/// tax, deposits) with its total, and under it the lines that make it, each with its explanation.
class AssessmentModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { DescriptionColumn, AmountColumn, ColumnCount };
    enum Role {
        ComponentRole = Qt::UserRole + 1, ///< the row's Component, as an int
        IsGroupRole,                      ///< true for a component's row
    };

    explicit AssessmentModel(ContractDocument* document, QObject* parent = nullptr);
    /// Shows this assessment instead of following a document.
    explicit AssessmentModel(QObject* parent = nullptr);
    void setAssessment(const std::optional<Assessment>& assessment);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The component's name as the panel shows it.
    static QString componentName(Component component);

protected:
    /// On QEvent::LanguageChange (the model is a child of the damages panel): the views ask for every text
    /// again (the lines are worded when shown), the folded groups and the selection kept.
    bool event(QEvent* event) override;

private:
    struct Group {
        Component component;
        Money total;
        bool hasTotal = true;
        std::vector<std::size_t> lines;
    };
    void rebuild(const std::optional<Assessment>& assessment);

    std::optional<Assessment> assessment_;
    std::vector<Group> groups_;
};

} // namespace attrition::ui
