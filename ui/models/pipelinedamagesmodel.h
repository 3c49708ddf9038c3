#pragma once

#include "attrition/domain/currency.h"
#include "attrition/engine/pipeline.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace attrition::ui {

struct DeskData;

/// The damages of the desk's pipeline by arrival month, in one currency (amounts are never added across
/// currencies): what the engine assesses for the actualized groups (their attrition damages) and the
/// cancelled ones (their cancellation fees), and what the settlements of those contracts record as collected
/// and waived. One row per month with such a group; a last row adds up every month.
class PipelineDamagesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { MonthColumn, GroupsColumn, AssessedColumn, CollectedColumn, WaivedColumn, ColumnCount };
    // ChartRole (models/chartvalues.h): the cell's figure for a chart's axis (groups, major units of money).

    explicit PipelineDamagesModel(QObject* parent = nullptr);
    ~PipelineDamagesModel() override;

    void setDesk(std::shared_ptr<const DeskData> desk);
    /// Shows the damages of contracts in `currency`.
    void setCurrency(Currency currency);
    Currency currency() const { return currency_; }

    /// The months shown, in order (the last row, the total, is not one of them).
    int monthCount() const { return static_cast<int>(months_.size()); }
    /// The damages of one month (row) in the currency shown; every month's added up for the total row.
    PipelineDamages damages(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    std::shared_ptr<const DeskData> data_;
    Currency currency_;
    std::vector<const PipelineDamages*> months_; ///< the months of the currency shown, in order
};

} // namespace attrition::ui
