#include "models/pickupsweepmodel.h"

#include "models/chartvalues.h"
#include "text/language.h"
#include "text/values.h"

#include <algorithm>

namespace attrition::ui {

PickupSweepModel::PickupSweepModel(ContractDocument* document, QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
    const auto update = [this, document] {
        setPoints(document->results().pickupSweep, document->contract().currency);
    };
    update();
    connect(document, &ContractDocument::contractChanged, this, update);
}

PickupSweepModel::PickupSweepModel(QObject* parent)
    : QAbstractTableModel(parent) {
    refreshOnLanguageChange(this);
}

void PickupSweepModel::setPoints(std::vector<PickupSweepPoint> points, Currency currency) {
    if (points.size() != points_.size() || currency != currency_) {
        beginResetModel();
        points_ = std::move(points);
        currency_ = currency;
        endResetModel();
        return;
    }
    int first = -1;
    int last = -1;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const PickupSweepPoint& a = points[i];
        const PickupSweepPoint& b = points_[i];
        if (a.pickup != b.pickup || a.roomDamages != b.roomDamages || a.meetingRoom != b.meetingRoom ||
            a.totalOwed != b.totalOwed) {
            first = first < 0 ? static_cast<int>(i) : first;
            last = static_cast<int>(i);
        }
    }
    points_ = std::move(points);
    if (first >= 0) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

int PickupSweepModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(points_.size());
}

int PickupSweepModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Money PickupSweepModel::value(int row, int column) const {
    const PickupSweepPoint& p = points_[static_cast<std::size_t>(row)];
    switch (column) {
    case RoomDamagesColumn:
        return p.roomDamages;
    case MeetingRoomColumn:
        return p.meetingRoom;
    default:
        return p.totalOwed;
    }
}

QVariant PickupSweepModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const PickupSweepPoint& p = points_[static_cast<std::size_t>(index.row())];
    if (index.column() == PickupColumn) {
        if (role == Qt::DisplayRole) {
            return formatPercent(p.pickup);
        }
        if (role == ChartRole) {
            return static_cast<double>(p.pickup.partsPerMillion()) / 10'000.0;
        }
    } else {
        const Money m = value(index.row(), index.column());
        if (role == Qt::DisplayRole) {
            return formatMoney(m);
        }
        if (role == ChartRole) {
            return chartAmount(m);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        return rightAligned();
    }
    return {};
}

QVariant PickupSweepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case PickupColumn:
        return tr("Pickup");
    case RoomDamagesColumn:
        return tr("Room attrition");
    case MeetingRoomColumn:
        return tr("Meeting room");
    case TotalOwedColumn:
        return tr("Total owed");
    default:
        return {};
    }
}

double PickupSweepModel::maximum() const {
    double most = 0;
    for (const PickupSweepPoint& p : points_) {
        most = std::max(most, chartAmount(p.totalOwed));
    }
    return most;
}

} // namespace attrition::ui
