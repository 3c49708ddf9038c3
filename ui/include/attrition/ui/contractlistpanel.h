#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

namespace attrition::ui {

class ContractListModel;

/// The contract list: a search box, filters by status, arrival month, sales manager and account, and the
/// sortable table of contracts. Filters and sorting are handed to the model's repository query.
class ContractListPanel : public QWidget {
    Q_OBJECT

public:
    explicit ContractListPanel(ContractListModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    QLineEdit* searchBox() const { return search_; }
    QComboBox* statusFilter() const { return status_; }
    QComboBox* monthFilter() const { return month_; }
    QComboBox* salesManagerFilter() const { return manager_; }
    QComboBox* accountFilter() const { return account_; }
    QLabel* countLabel() const { return count_; }

    /// Fills the month, sales manager and account filters from the repository (done when one is first
    /// opened, as it reads beyond the rows shown).
    void fillFilterChoices(bool again = false);
    /// Shows every contract again and forgets the filter choices (another database was opened).
    void resetFilters();
    /// Applies the search text now rather than after the pause in typing.
    void applySearchNow();

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

protected:
    /// On QEvent::LanguageChange: retranslate().
    void changeEvent(QEvent* event) override;

private:
    /// The search box's and filters' texts in the installed language (the month names in the default
    /// locale's), renamed in place: what is typed and chosen stays as it is.
    void retranslate();
    /// The columns of figures as wide as their title and their widest figure; `widenOnly`: none narrower.
    void fitColumns(bool widenOnly);
    void applyFilters();
    void updateCount();

    ContractListModel* model_;
    QLineEdit* search_;
    QComboBox* status_;
    QComboBox* month_;
    QComboBox* manager_;
    QComboBox* account_;
    QTableView* view_;
    QLabel* count_;
    QTimer* searchTimer_;
    bool selecting_ = false;
    bool choicesFilled_ = false;
    QString selectedId_;
};

} // namespace attrition::ui
