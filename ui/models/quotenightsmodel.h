#pragma once

#include "attrition/engine/quote.h"

#include <QAbstractTableModel>
#include <vector>

namespace attrition::ui {

/// The quote night by night: the block, the hotel's capacity and transient demand, the group rooms expected
/// after the wash, the transient rooms they displace, the group's room profit against the displacement
/// cost, the net and the break-even group rate. Read-only.
class QuoteNightsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NightColumn,
        BlockColumn,
        CapacityColumn,
        DemandColumn,
        GroupRoomsColumn,
        DisplacedColumn,
        ProfitColumn,
        CostColumn,
        NetColumn,
        BreakEvenColumn,
        ColumnCount
    };

    explicit QuoteNightsModel(QObject* parent = nullptr);

    void setNights(std::vector<quote::NightQuote> nights);
    const std::vector<quote::NightQuote>& nights() const { return nights_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A column's heading on one line (the header shows it on two).
    static QString label(int section);

private:
    std::vector<quote::NightQuote> nights_;
};

} // namespace attrition::ui
