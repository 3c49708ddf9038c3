#pragma once

#include "attrition/engine/assessment.h"
#include "attrition/ui/contractsource.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace attrition::ui {

struct Results;

/// The contracts of a source, one row each, with what the engine makes of them: pickup and the damages
/// the group would owe if assessed now.
class ContractListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        GroupColumn,
        ReferenceColumn,
        AccountColumn,
        SalesManagerColumn,
        HotelColumn,
        StatusColumn,
        ArrivalColumn,
        NightsColumn,
        RoomNightsColumn,
        PickupColumn,
        ExposureColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts as the column means
        IdRole,                      ///< the record's id in its source
        StatusRole,                  ///< ContractStatus as an int; -1 when unreadable
        ArrivalMonthRole,            ///< year * 12 + month - 1 of arrival; -1 when unreadable
        SalesManagerRole,
        AccountRole,
        SearchTextRole, ///< everything the search box matches
    };

    explicit ContractListModel(QObject* parent = nullptr);

    void setSource(ContractSource* source);
    ContractSource* source() const { return source_; }
    /// Loads every contract of the source again.
    void reload();

    int rowForId(const QString& id) const;
    QString idAt(int row) const;
    /// The contract of a row, when it could be read.
    const std::optional<Contract>& contractAt(int row) const;
    QStringList errorsAt(int row) const;

    /// Shows the contract being edited as it is now (not saved yet when `modified`).
    void setLive(const QString& id, const Contract& contract, const Results& results, bool modified);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusName(ContractStatus status);

private:
    struct Row {
        ContractRecord record;
        std::optional<Assessment> assessment;
        QString problem; ///< why it cannot be assessed
        bool modified = false;
    };
    static void summarize(Row& row);
    static void summarize(Row& row, const Results& results);

    ContractSource* source_ = nullptr;
    std::vector<Row> rows_;
};

/// The contract list as filtered by status, arrival month, sales manager, account and a search text.
class ContractFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit ContractFilterModel(QObject* parent = nullptr);

    void setStatus(std::optional<int> status);
    void setArrivalMonth(std::optional<int> month);
    void setSalesManager(const QString& salesManager);
    void setAccount(const QString& account);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<int> status_;
    std::optional<int> month_;
    QString salesManager_;
    QString account_;
    QStringList words_;
};

} // namespace attrition::ui
