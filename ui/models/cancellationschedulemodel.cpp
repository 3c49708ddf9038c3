#include "models/cancellationschedulemodel.h"

#include "models/chartvalues.h"
#include "text/language.h"
#include "text/values.h"

#include <algorithm>

namespace attrition::ui {

CancellationScheduleModel::CancellationScheduleModel(ContractDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document) {
    refresh();
    connect(document, &ContractDocument::contractChanged, this, &CancellationScheduleModel::refresh);
    refreshOnLanguageChange(this);
}

void CancellationScheduleModel::refresh() {
    std::vector<Step> steps;
    for (const CancellationSweepPoint& p : document_->results().cancellationSweep) {
        if (!steps.empty() && steps.back().fee == p.fee && steps.back().totalOwed == p.totalOwed) {
            steps.back().to = p.notice;
            steps.back().daysTo = p.daysBeforeArrival;
            continue;
        }
        steps.push_back(
            Step{p.notice, p.notice, p.daysBeforeArrival, p.daysBeforeArrival, p.fee, p.totalOwed});
    }
    const bool same =
        steps.size() == steps_.size() &&
        std::equal(steps.begin(), steps.end(), steps_.begin(), [](const Step& a, const Step& b) {
            return a.from == b.from && a.to == b.to && a.fee == b.fee && a.totalOwed == b.totalOwed;
        });
    if (same) {
        return;
    }
    beginResetModel();
    steps_ = std::move(steps);
    endResetModel();
}

int CancellationScheduleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(steps_.size());
}

int CancellationScheduleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CancellationScheduleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Step& s = steps_[static_cast<std::size_t>(index.row())];
    switch (index.column()) {
    case FromColumn:
        return role == Qt::DisplayRole ? QVariant(formatDate(s.from))
               : role == ChartRole     ? chartDateTime(s.from)
                                       : QVariant();
    case ToColumn:
        return role == Qt::DisplayRole ? QVariant(formatDate(s.to))
               : role == ChartRole     ? chartDateTime(s.to)
                                       : QVariant();
    case DaysColumn:
        if (role == Qt::DisplayRole) {
            return s.daysFrom == s.daysTo
                       ? QString::number(s.daysFrom)
                       : QStringLiteral("%1\u2013%2").arg(s.daysFrom).arg(std::max(0, s.daysTo));
        }
        return role == Qt::TextAlignmentRole ? rightAligned() : QVariant();
    case FeeColumn:
    case TotalOwedColumn: {
        const Money& m = index.column() == FeeColumn ? s.fee : s.totalOwed;
        if (role == Qt::DisplayRole) {
            return formatMoney(m);
        }
        if (role == ChartRole) {
            return chartAmount(m);
        }
        return role == Qt::TextAlignmentRole ? rightAligned() : QVariant();
    }
    default:
        return {};
    }
}

QVariant CancellationScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FromColumn:
        return tr("Notice from");
    case ToColumn:
        return tr("Notice to");
    case DaysColumn:
        return tr("Days before arrival");
    case FeeColumn:
        return tr("Fee");
    case TotalOwedColumn:
        return tr("With tax");
    default:
        return {};
    }
}

double CancellationScheduleModel::maximum() const {
    double most = 0;
    for (const Step& s : steps_) {
        most = std::max(most, chartAmount(s.fee));
    }
    return most;
}

} // namespace attrition::ui
