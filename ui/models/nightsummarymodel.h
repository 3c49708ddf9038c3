#pragma once

#include "session/contractdocument.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace attrition::ui {

/// The block against the pickup, night by night, so that shoulder-night shortfalls are visible.
class NightSummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NightColumn,
        RevisedColumn, ///< the block after honoured reductions
        CountedColumn, ///< pickup with the credits the contract counts
        RequiredColumn,
        ShortfallColumn,
        ContractedColumn,
        PickupColumn,
        IndexColumn, ///< the row number, the x of the required-rooms line over the bars
        ColumnCount
    };

    explicit NightSummaryModel(ContractDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Short labels of the nights, for a category axis ("Sun 9").
    QStringList nightLabels() const;
    int maximum() const;

private:
    struct Night {
        Date night;
        std::int64_t contracted = 0;
        std::int64_t revised = 0;
        std::int64_t pickup = 0;
        std::int64_t counted = 0;
        std::int64_t requiredMicro = 0; ///< millionths of a room
    };
    void refresh();

    ContractDocument* document_;
    std::vector<Night> nights_;
};

} // namespace attrition::ui
