#pragma once

#include "attrition/engine/assessment.h"
#include "attrition/storage/repository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace attrition::ui {

struct Results;

/// The stored contracts, one row each, read from the repository a page at a time as the view asks for
/// rows: filtering and sorting are the repository's (a ContractQuery), so a list of 100,000 contracts costs
/// what the rows on screen cost. Pickup and the damages the group would owe if assessed now need the whole
/// contract: they are worked out only for rows shown, a few at a time after the rows are painted, and kept
/// until the contract is saved again.
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
        IdRole = Qt::UserRole + 1, ///< the contract's key (contractKey())
        PendingRole,               ///< true while the row's pickup and exposure are not worked out yet
    };
    static constexpr int kPageSize = 100;

    explicit ContractListModel(QObject* parent = nullptr);
    ~ContractListModel() override;

    /// Lists the contracts of `repository` (not owned; nullptr: none).
    void setRepository(storage::ContractRepository* repository);
    storage::ContractRepository* repository() const { return repository_; }

    void setFilter(const storage::ContractFilter& filter);
    const storage::ContractFilter& filter() const { return filter_; }
    /// The query's sort key for a column; nullopt for a column the repository cannot sort by.
    static std::optional<storage::ContractSortKey> sortKeyFor(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }

    /// Reads the list again (after saves or imports): counts it and drops the pages read so far.
    void reload();
    /// The contract was saved: its row and its assessment are read again when shown.
    void invalidate(storage::ContractId id);

    /// The row of a contract, looking through at most `maxPages` pages of the list; -1 when not found.
    int rowForId(const QString& id, int maxPages = 20) const;
    QString idAt(int row) const;
    /// The summary of a row (read from the repository if its page is not read yet).
    const storage::ContractSummary* summaryAt(int row) const;
    /// How many contracts match the filter, and how many are stored.
    int total() const { return total_; }
    int unfilteredTotal() const { return unfilteredTotal_; }

    /// Shows the contract being edited as it is now (not saved yet when `modified`).
    void setLive(const QString& id, const Contract& contract, const Results& results, bool modified);
    void clearLive();

    /// Works out the pickup and exposure of every row asked for so far, now.
    void assessPending();
    /// What has been read: pages of rows, and contracts loaded to be assessed (for tests and the status bar).
    int pagesRead() const { return pagesRead_; }
    int contractsAssessed() const { return assessed_; }
    /// The last problem reading the repository; empty when none.
    QString lastError() const { return lastError_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusName(ContractStatus status);
    /// The word the pickup column shows instead of a percentage: for a cancelled group, or one without
    /// pickup yet.
    static QString noPickupWord(bool cancelled);

signals:
    /// Reading the repository failed; the message names the database and the problem.
    void readFailed(const QString& message);
    /// The number of contracts matching the filter (or stored) changed.
    void totalChanged();

protected:
    /// On QEvent::LanguageChange (the model is a child of the window): retranslate().
    bool event(QEvent* event) override;

private:
    /// The headers and every row shown again, in the installed language and the default locale's notation;
    /// the rows read and the views' selection and scrolling stay as they are. Why a row cannot be assessed
    /// is worded when it is assessed: those rows are assessed again when next shown.
    void retranslate();
    struct Page {
        std::vector<storage::ContractSummary> rows;
        quint64 used = 0;
    };
    struct Assessed {
        std::int64_t version = 0;
        std::optional<Assessment> assessment;
        QString problem;
        bool hasPickup = false;
    };
    struct Live {
        storage::ContractSummary summary;
        Assessed assessed;
        bool modified = false;
    };

    void resetPages();
    void count();
    const Page* page(int index) const;
    const Assessed* assessedFor(const storage::ContractSummary& row) const;
    void assessSome(qint64 budgetNs);
    void assess(storage::ContractId id);
    void report(const storage::StorageError& error) const;
    static Assessed summarize(const Contract& contract, const std::optional<Assessment>& assessment,
                              const QString& problem, bool valid);

    storage::ContractRepository* repository_ = nullptr;
    storage::ContractFilter filter_;
    int sortColumn_ = ArrivalColumn;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
    int total_ = 0;
    int unfilteredTotal_ = 0;

    mutable std::map<int, Page> pages_;
    mutable quint64 clock_ = 0;
    mutable int pagesRead_ = 0;
    mutable QHash<qint64, Assessed> assessments_;
    mutable std::deque<storage::ContractId> pending_; ///< newest last
    mutable QTimer pendingTimer_;
    int assessed_ = 0;
    std::optional<Live> live_;
    mutable QString lastError_;
};

} // namespace attrition::ui
