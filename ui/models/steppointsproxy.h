#pragma once

#include <QAbstractTableModel>

namespace attrition::ui {

/// Turns a model of spans (a from column, a to column, a value column) into the corner points of a step
/// line: two rows per span, (from, value) and (to + 1 day, value). The chart of a step function is fed
/// through it; the table of spans is the source model itself.
class StepPointsProxy : public QAbstractTableModel {
    Q_OBJECT
public:
    StepPointsProxy(QAbstractItemModel* source, int fromColumn, int toColumn, int valueColumn,
                    QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /// Column 0: the x (a QDateTime), column 1: the y (a number).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QAbstractItemModel* source_;
    int fromColumn_;
    int toColumn_;
    int valueColumn_;
};

} // namespace attrition::ui
