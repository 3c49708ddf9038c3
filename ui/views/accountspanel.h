#pragma once

#include <QWidget>
// After Qt's headers: moc cannot read <concepts> (which <compare> brings) before them.
#include "session/accounts.h"

#include <memory>

class QCheckBox;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace attrition::ui {

class AccountsModel;

/// The desk's accounts: customer attrition by account (attrition/engine/accounts.h) over every arrival of
/// the hotel, sales manager and account the desk's filters choose: a sortable table of the accounts, only
/// those at risk of not coming back if asked, and the account chosen in sentences. Computed away from the
/// window's thread (AccountsLoader) when first shown and after each change of the desk's filters or
/// database; "Computing…" meanwhile.
class AccountsPanel : public QWidget {
    Q_OBJECT

public:
    explicit AccountsPanel(QWidget* parent = nullptr);
    ~AccountsPanel() override;

    /// The database to read (none: empty) and the connection a second reader opens.
    void setDatabase(const storage::ConnectionSettings& connection, storage::ContractRepository* repository);
    /// The accounts to show: computed now when shown, else when next shown; nothing is done for the query
    /// shown already.
    void setQuery(const AccountsQuery& query);
    /// Reads and computes again, now when shown, else when next shown (after a save, an import).
    void invalidate();

    /// Waits for the computation under way and shows it (tests, benchmarks).
    void waitUntilReady();
    bool computing() const;
    std::shared_ptr<const AccountsData> shown() const { return data_; }

    AccountsModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }
    QTextBrowser* detailView() const { return detail_; }
    QCheckBox* atRiskOnlyBox() const { return atRiskOnly_; }
    QLabel* statusLabel() const { return status_; }
    QPushButton* showContractsButton() const { return showContracts_; }
    QPushButton* openLatestButton() const { return openLatest_; }

    /// The model's row of the account selected (as sorted), -1 when none.
    int currentRow() const;
    /// Selects the row of a list position (as sorted).
    void selectRow(int row);
    /// The context menu of the model's row `row`: Show Contracts, Open Latest Contract.
    QMenu* createRowMenu(int row, QWidget* parent);

signals:
    void openContractRequested(const QString& key);
    /// The contract list is asked to show the contracts of `account` (its name as written, may be empty).
    void accountContractsRequested(const QString& account);
    /// The accounts shown were replaced.
    void refreshed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    /// On the view's resizes: fitNameColumn().
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    /// The name takes the room the figures leave, but never less than enough to tell accounts apart (the
    /// table scrolls sideways then).
    void fitNameColumn();
    void request();
    void showData(std::shared_ptr<const AccountsData> shown);
    void updateDetail();
    void showContractsOf(int row);
    void openLatestOf(int row);

    AccountsLoader* loader_;
    std::shared_ptr<const AccountsData> data_;
    AccountsQuery query_;
    bool hasQuery_ = false;
    bool stale_ = true;
    bool hasDatabase_ = false;

    QLabel* status_;
    QCheckBox* atRiskOnly_;
    AccountsModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QLabel* detailTitle_;
    QTextBrowser* detail_;
    QPushButton* showContracts_;
    QPushButton* openLatest_;
};

} // namespace attrition::ui
