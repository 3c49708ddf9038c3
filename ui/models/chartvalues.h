#pragma once

#include "attrition/domain/contract.h"

#include <QDateTime>
#include <QIdentityProxyModel>
#include <QVariant>

namespace attrition::ui {

/// The role under which the chart models give a cell as a number for a chart axis: amounts in major
/// units, percentages in points, dates as a QDateTime. Only charts read it; tables show the exact text.
inline constexpr int ChartRole = Qt::UserRole + 10;
/// The role under which a model by month gives a row's month as the QDate of its first day, for a chart's
/// categories (which may name it shorter than the table does).
inline constexpr int MonthRole = Qt::UserRole + 11;

/// An amount as a number of the currency's major units, for an axis (tables show the exact text). For
/// drawing only: never computed with.
double chartAmount(const Money& m);
/// A day on a chart's date axis: the milliseconds of its local midnight, as Qt Charts counts them.
QDateTime chartDateTime(Date d);
/// The alignment of a column of figures.
QVariant rightAligned();

/// Shows a model's ChartRole as its DisplayRole, the role Qt Charts' model mappers read, so that a chart
/// and a table are fed by the same model.
class ChartValueProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace attrition::ui
