#include "models/steppointsproxy.h"

#include "models/chartvalues.h"

#include <QDateTime>

namespace attrition::ui {

StepPointsProxy::StepPointsProxy(QAbstractItemModel* source, int fromColumn, int toColumn, int valueColumn,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , source_(source)
    , fromColumn_(fromColumn)
    , toColumn_(toColumn)
    , valueColumn_(valueColumn) {
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(source_, &QAbstractItemModel::modelReset, this, reset);
    connect(source_, &QAbstractItemModel::dataChanged, this, reset);
    connect(source_, &QAbstractItemModel::rowsInserted, this, reset);
    connect(source_, &QAbstractItemModel::rowsRemoved, this, reset);
}

int StepPointsProxy::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : source_->rowCount() * 2;
}

int StepPointsProxy::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2;
}

QVariant StepPointsProxy::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || role != Qt::DisplayRole) {
        return {};
    }
    const int sourceRow = index.row() / 2;
    const bool end = index.row() % 2 == 1;
    if (index.column() == 1) {
        return source_->index(sourceRow, valueColumn_).data(ChartRole);
    }
    const QDateTime at =
        source_->index(sourceRow, end ? toColumn_ : fromColumn_).data(ChartRole).toDateTime();
    return end ? at.addDays(1) : at;
}

} // namespace attrition::ui
