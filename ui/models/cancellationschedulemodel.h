#pragma once

#include "session/contractdocument.h"

#include <QAbstractTableModel>
#include <vector>

namespace attrition::ui {

/// The cancellation fee by notice date, from signing to arrival, as steps: each row a span of notice dates
/// with the same fee.
class CancellationScheduleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FromColumn, ToColumn, DaysColumn, FeeColumn, TotalOwedColumn, ColumnCount };

    explicit CancellationScheduleModel(ContractDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    double maximum() const;

private:
    struct Step {
        Date from;
        Date to;
        std::int32_t daysFrom = 0; ///< days before arrival at `from`
        std::int32_t daysTo = 0;
        Money fee;
        Money totalOwed;
    };
    void refresh();

    ContractDocument* document_;
    std::vector<Step> steps_;
};

} // namespace attrition::ui
