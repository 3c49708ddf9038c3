#include "models/chartvalues.h"

#include "text/values.h"

#include <QDateTime>

namespace attrition::ui {

double chartAmount(const Money& m) {
    return static_cast<double>(m.minorUnits()) / static_cast<double>(m.currency().minorPerMajor());
}

QDateTime chartDateTime(Date d) {
    return QDateTime(toQDate(d), QTime(0, 0));
}

QVariant rightAligned() {
    return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant ChartValueProxy::data(const QModelIndex& index, int role) const {
    return QIdentityProxyModel::data(index, role == Qt::DisplayRole ? ChartRole : role);
}

} // namespace attrition::ui
