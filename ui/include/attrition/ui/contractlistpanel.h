#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;

namespace attrition::ui {

class ContractFilterModel;
class ContractListModel;

/// The contract list: a search box, filters by status, arrival month, sales manager and account, and the
/// sortable table of contracts.
class ContractListPanel : public QWidget {
    Q_OBJECT

public:
    explicit ContractListPanel(ContractListModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    QLineEdit* searchBox() const { return search_; }
    ContractFilterModel* filterModel() const { return filter_; }
    QComboBox* statusFilter() const { return status_; }
    QComboBox* monthFilter() const { return month_; }
    QComboBox* salesManagerFilter() const { return manager_; }
    QComboBox* accountFilter() const { return account_; }

    QString currentId() const;
    /// Selects the contract without announcing it.
    void selectId(const QString& id);
    /// Moves the selection up or down the list by `delta` rows.
    void step(int delta);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

signals:
    /// The user chose another contract.
    void currentIdChanged(const QString& id);

private:
    void rebuildFilters();
    void applyFilters();
    void updateCount();

    ContractListModel* model_;
    ContractFilterModel* filter_;
    QLineEdit* search_;
    QComboBox* status_;
    QComboBox* month_;
    QComboBox* manager_;
    QComboBox* account_;
    QTableView* view_;
    QLabel* count_;
    bool selecting_ = false;
};

} // namespace attrition::ui
