#pragma once

#include "session/contractdocument.h"

#include <QAbstractTableModel>
#include <vector>

namespace attrition::ui {

/// Damages owed as pickup runs from 0% to 150% of the block: one row per percentage point.
class PickupSweepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PickupColumn, RoomDamagesColumn, MeetingRoomColumn, TotalOwedColumn, ColumnCount };

    explicit PickupSweepModel(ContractDocument* document, QObject* parent = nullptr);
    /// Sweeps `contract` instead of following a document (a scenario's curve).
    explicit PickupSweepModel(QObject* parent = nullptr);
    void setPoints(std::vector<PickupSweepPoint> points, Currency currency);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The largest total owed in the sweep (for the chart's axis), in major units.
    double maximum() const;

private:
    Money value(int row, int column) const;

    std::vector<PickupSweepPoint> points_;
    Currency currency_;
};

} // namespace attrition::ui
