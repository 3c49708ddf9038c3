#pragma once

#include "attrition/engine/at_risk.h"

#include <QAbstractTableModel>
#include <QString>
#include <memory>
#include <vector>

namespace attrition::ui {

struct DeskData;

/// The groups at risk as the desk lists them: one row per upcoming group, in the engine's risk order
/// (`forecast::sortByRisk`); every column sorts by SortRole, the first (the rank) in that order.
class AtRiskModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        GroupColumn,
        ArrivalColumn,
        HotelColumn,
        PickupColumn,
        PaceColumn,
        ForecastColumn,
        DamagesColumn,
        NextColumn,
        FlagsColumn,
        ColumnCount
    };
    /// A value to sort by: numbers, dates as day numbers, texts.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The contract's key (contractKey), to open it.
    static constexpr int KeyRole = Qt::UserRole + 2;

    explicit AtRiskModel(QObject* parent = nullptr);
    ~AtRiskModel() override;

    /// Shows the rows of `data` (kept while shown); none for a null one.
    void setDesk(std::shared_ptr<const DeskData> desk);
    const forecast::AtRiskRow* rowAt(int row) const;
    QString keyAt(int row) const;

    /// Everything known of one row in sentences: the action, the pace, how the damages were obtained and
    /// each flag's sentence.
    QString detailText(int row) const;
    /// The flags' sentences, one a line.
    QString flagsText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The texts of a row's cells as shown (tests, copies).
    QString text(int row, Column column) const;

private:
    std::shared_ptr<const DeskData> data_;
};

} // namespace attrition::ui
