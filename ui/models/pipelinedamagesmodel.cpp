#include "models/pipelinedamagesmodel.h"

#include "models/chartvalues.h"
#include "session/desk.h"
#include "text/values.h"

#include <QDate>
#include <QFont>
#include <QLocale>

namespace attrition::ui {

PipelineDamagesModel::PipelineDamagesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

PipelineDamagesModel::~PipelineDamagesModel() = default;

void PipelineDamagesModel::setDesk(std::shared_ptr<const DeskData> desk) {
    beginResetModel();
    data_ = std::move(desk);
    rebuild();
    endResetModel();
}

void PipelineDamagesModel::setCurrency(Currency currency) {
    if (currency == currency_) {
        return;
    }
    beginResetModel();
    currency_ = currency;
    rebuild();
    endResetModel();
}

void PipelineDamagesModel::rebuild() {
    months_.clear();
    if (!data_) {
        return;
    }
    // The engine gives them by arrival month, then currency code.
    for (const PipelineDamages& d : data_->pipeline.damages) {
        if (d.currency == currency_) {
            months_.push_back(&d);
        }
    }
}

PipelineDamages PipelineDamagesModel::damages(int row) const {
    if (row >= 0 && row < monthCount()) {
        return *months_[static_cast<std::size_t>(row)];
    }
    PipelineDamages sum;
    sum.currency = currency_;
    for (Money* m : {&sum.actualized, &sum.cancelled, &sum.total, &sum.collected, &sum.waived}) {
        *m = Money::zero(currency_);
    }
    if (row != monthCount()) {
        return sum;
    }
    for (const PipelineDamages* d : months_) {
        sum.actualizedGroups += d->actualizedGroups;
        sum.cancelledGroups += d->cancelledGroups;
        sum.actualized += d->actualized;
        sum.cancelled += d->cancelled;
        sum.total += d->total;
        sum.collected += d->collected;
        sum.waived += d->waived;
    }
    return sum;
}

int PipelineDamagesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || months_.empty() ? 0 : monthCount() + 1;
}

int PipelineDamagesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PipelineDamagesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !data_ || index.row() > monthCount()) {
        return {};
    }
    const int row = index.row();
    const bool total = row == monthCount();
    const PipelineDamages d = damages(row);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MonthColumn:
            return total ? tr("Total")
                         : QLocale().toString(QDate(d.year, d.month, 1), QStringLiteral("MMM yyyy"));
        case GroupsColumn:
            return formatCount(d.actualizedGroups + d.cancelledGroups);
        case AssessedColumn:
            return formatMoney(d.total);
        case CollectedColumn:
            return formatMoney(d.collected);
        case WaivedColumn:
            return formatMoney(d.waived);
        default:
            return {};
        }
    case ChartRole:
        switch (index.column()) {
        case GroupsColumn:
            return static_cast<double>(d.actualizedGroups + d.cancelledGroups);
        case AssessedColumn:
            return chartAmount(d.total);
        case CollectedColumn:
            return chartAmount(d.collected);
        case WaivedColumn:
            return chartAmount(d.waived);
        default:
            return {};
        }
    case MonthRole:
        return index.column() == MonthColumn && !total ? QVariant(QDate(d.year, d.month, 1)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MonthColumn ? QVariant() : rightAligned();
    case Qt::ToolTipRole:
        return tr("%n actualized groups: damages %1", nullptr, static_cast<int>(d.actualizedGroups))
                   .arg(formatMoneyWithCode(d.actualized)) +
               QLatin1Char('\n') +
               tr("%n cancelled groups: fees %1", nullptr, static_cast<int>(d.cancelledGroups))
                   .arg(formatMoneyWithCode(d.cancelled)) +
               QLatin1Char('\n') +
               tr("Collected: the payments their settlements record; waived: what the settlements waived.");
    case Qt::FontRole:
        if (total) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant PipelineDamagesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case MonthColumn:
        return tr("Arrival");
    case GroupsColumn:
        return tr("Groups");
    case AssessedColumn:
        return tr("Assessed");
    case CollectedColumn:
        return tr("Collected");
    case WaivedColumn:
        return tr("Waived");
    default:
        return {};
    }
}

} // namespace attrition::ui
