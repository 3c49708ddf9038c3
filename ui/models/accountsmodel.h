#pragma once

#include "attrition/engine/accounts.h"

#include <QAbstractTableModel>
#include <QString>
#include <memory>
#include <vector>

namespace attrition::ui {

struct AccountsData;

/// The accounts as the desk lists them (attrition/engine/accounts.h): one row per account, by name, or only
/// those at risk of not coming back. Every column sorts by SortRole.
class AccountsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RiskColumn, ///< the reasons, beside the name: seen without scrolling on a laptop screen
        ContractsColumn,
        LastStayColumn,
        NextStayColumn,
        CycleColumn,
        PickupColumn,
        TrendColumn,
        DamagesColumn,
        CollectedColumn,
        WaivedColumn,
        CancelledColumn,
        LostColumn,
        ColumnCount
    };
    /// A value to sort by: numbers, dates as day numbers, texts.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The key (contractKey) of the account's contract arriving last, to open it.
    static constexpr int LatestKeyRole = Qt::UserRole + 2;
    /// The account's name as written in its contracts (may be empty).
    static constexpr int NameRole = Qt::UserRole + 3;

    explicit AccountsModel(QObject* parent = nullptr);
    ~AccountsModel() override;

    /// Shows the accounts of `data` (kept while shown); none for a null one.
    void setAccounts(std::shared_ptr<const AccountsData> data);
    const AccountsData* accounts() const { return data_.get(); }
    /// Only the accounts at risk (with at least one risk reason).
    void setAtRiskOnly(bool atRiskOnly);
    bool atRiskOnly() const { return atRiskOnly_; }

    const Account* accountAt(int row) const;
    /// The key of the account's contract arriving last, empty when none.
    QString latestKeyAt(int row) const;
    /// The reference of that contract.
    QString latestReferenceAt(int row) const;
    /// The row of an account by name, -1 when it is not shown.
    int rowOf(const QString& name) const;
    /// The accounts at risk among all of them (shown or not).
    int atRiskCount() const;

    /// Everything known of one account in sentences: its contracts by year, its room nights, its events
    /// with their pickup, its damages, its stays, how regularly it rebooks and why it is at risk.
    QString detailText(int row) const;
    /// The risk reasons' sentences, one a line.
    QString risksText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The texts of a row's cells as shown (tests, copies).
    QString text(int row, Column column) const;
    /// An account's name as shown: "(no account)" for an empty one.
    static QString displayName(const std::string& name);

private:
    void rebuild();

    std::shared_ptr<const AccountsData> data_;
    bool atRiskOnly_ = false;
    std::vector<int> rows_; ///< the accounts shown, as indices into the list
    /// The names as sorted (shown, lower case), by row: made once rather than at each comparison.
    std::vector<QString> sortNames_;
};

} // namespace attrition::ui
