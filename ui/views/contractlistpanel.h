#pragma once

#include <QDate>
#include <QWidget>
#include <optional>
#include <utility>

class QCheckBox;
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
    /// Arrival: any date, the next 30 or 90 days, this or next quarter, a range of dates, or a month.
    QComboBox* monthFilter() const { return month_; }
    /// The arrival dates the filter shows (first and last), or nothing for any arrival.
    std::optional<std::pair<QDate, QDate>> arrivalDates() const;
    /// Shows the contracts arriving from `from` to `to` (as chosen in the Arrival Dates dialog).
    void setArrivalRange(QDate from, QDate to);
    /// The day "next 30 days" and the quarters count from (by default the system's date).
    void setToday(QDate today);
    QComboBox* salesManagerFilter() const { return manager_; }
    QComboBox* accountFilter() const { return account_; }
    QLabel* countLabel() const { return count_; }
    /// Shows archived contracts in the list too (they are hidden unless it is checked).
    QCheckBox* showArchivedBox() const { return showArchived_; }

    /// Fills the month, sales manager and account filters from the repository (done when one is first
    /// opened, as it reads beyond the rows shown).
    void fillFilterChoices(bool again = false);
    /// Shows every contract again and forgets the filter choices (another database was opened).
    void resetFilters();
    /// Shows the contracts of one account (its name as written, may be empty) of any status and arrival date:
    /// the search, status and arrival filters are cleared, the account chosen.
    void showAccount(const QString& account);
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
    /// The user asked for the context menu of the contract `id` (already selected) at `globalPos`.
    void contractMenuRequested(const QString& id, const QPoint& globalPos);

protected:
    /// On QEvent::LanguageChange: retranslate().
    void changeEvent(QEvent* event) override;
    /// On the view's resizes: fitGroupColumn().
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// The search box's and filters' texts in the installed language (the month names in the default
    /// locale's), renamed in place: what is typed and chosen stays as it is.
    void retranslate();
    /// The columns of figures as wide as their title and their widest figure; `widenOnly`: none narrower.
    void fitColumns(bool widenOnly);
    /// The group column takes the room the other columns leave, but never less than a width that shows
    /// enough of a name to tell groups apart (the others scroll sideways then).
    void fitGroupColumn();
    void applyFilters();
    void updateCount();
    /// Asks for the arrival dates of the range choice.
    void askArrivalRange();

    ContractListModel* model_;
    QLineEdit* search_;
    QComboBox* status_;
    QComboBox* month_;
    QComboBox* manager_;
    QComboBox* account_;
    QCheckBox* showArchived_;
    QTableView* view_;
    QLabel* count_;
    QTimer* searchTimer_;
    bool selecting_ = false;
    bool choicesFilled_ = false;
    QString selectedId_;
    std::optional<std::pair<QDate, QDate>> range_; ///< the dates of the range choice, once given
    int arrivalChoice_ = 0;                        ///< the arrival choice before the range was asked for
    QDate today_;                                  ///< invalid: the system's date
};

} // namespace attrition::ui
