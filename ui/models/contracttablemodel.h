#pragma once

#include "session/contractdocument.h"
#include "text/values.h"
#include "widgets/gridediting.h"

#include <QAbstractTableModel>
#include <QItemSelection>
#include <QStringList>
#include <functional>
#include <vector>

namespace attrition::ui {

/// A table over part of the contract being edited: the room block as nights x room types, or a list such
/// as the cancellation tiers. What its rows and columns are is given by a layout function of the contract;
/// every edit, paste or clear goes through the document as one undoable step, and the engine's problems
/// are shown on the cells they concern.
class ContractTableModel : public QAbstractTableModel, public GridEditing {
    Q_OBJECT

public:
    enum Role {
        IssueRole = Qt::UserRole + 1, ///< the engine's problem with the cell, or an empty string
        KindRole,                     ///< the cell's ValueKind, as an int
    };

    struct Column {
        QString title;
        QString toolTip;
        ValueKind kind = ValueKind::Text;
        bool required = false; ///< an empty value is refused
        std::function<Value(const Contract&, int row)> read;
        /// Writes a value the user entered (empty when cleared); none: the column is read-only.
        std::function<void(Contract&, int row, const Value&)> write;
        /// The engine field paths whose problems are shown on the cell.
        std::function<QStringList(const Contract&, int row)> issuePaths;
    };

    struct Layout {
        int rows = 0;
        QStringList rowHeaders; ///< empty: rows are numbered
        std::vector<Column> columns;
    };

    using LayoutFunction = std::function<Layout(const Contract&)>;

    /// `listPaths` are the engine paths of what the table shows ("cancellation.tiers"): problems under them
    /// that no cell shows are listed by tableIssues(). `itemName` names the edits ("tier"), in the language
    /// installed when they are made.
    ContractTableModel(ContractDocument* document, QStringList listPaths, std::function<QString()> itemName,
                       LayoutFunction layout, QObject* parent = nullptr);

    /// The engine paths of what the table shows, as given.
    const QStringList& listPaths() const { return listPaths_; }

    /// Rows can be added and removed when these are set.
    void setRowEditing(std::function<void(Contract&, int at)> insertRow,
                       std::function<void(Contract&, int row)> removeRow);
    bool canEditRows() const override { return static_cast<bool>(insertRow_); }
    /// Adds a row after `after` (at the end when -1), as one undoable step.
    void insertRowAfter(int after) override;
    /// Removes these rows as one undoable step.
    void removeRowsAt(QList<int> rows) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// Reads the text exactly; text that cannot be read is refused and lastError() says why.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// Pastes tab-separated rows (as a spreadsheet copies them) with their top left at `at`, or fills every
    /// selected cell with a single value. All or nothing: returns an empty string, or why nothing was pasted.
    QString paste(const QString& text, const QModelIndex& at, const QModelIndexList& selection = {}) override;
    /// Clears the cells as one undoable step (cells that must hold a value are left alone).
    void clearCells(const QModelIndexList& cells) override;

    /// The cell that shows the field at this engine path ("block[3].rate"), or an invalid index.
    QModelIndex indexForPath(const QString& path) const;

    /// Why the last edit was refused, for the status bar.
    QString lastError() const { return lastError_; }
    /// Problems under the table's path that no cell shows (a gap between tiers, say).
    QStringList tableIssues() const { return tableIssues_; }
    /// The column's definition, for views that hide or size columns.
    const Column& column(int column) const { return layout_.columns.at(static_cast<std::size_t>(column)); }

    /// Titles, tooltips, cells and problems again, in the installed language and the default locale's
    /// notation, with the rows and columns (and so the views' selection and scrolling) as they are. Done on
    /// each QEvent::LanguageChange the model gets (as a child of the editor).
    void retranslate();

signals:
    void tableIssuesChanged();
    /// An edit was refused; `message` says why.
    void editRefused(const QString& message);

protected:
    bool event(QEvent* event) override;

private:
    struct Cell {
        Value value;
        QString text;
        QString issue;
    };

    void refresh();
    void fillCells(std::vector<Cell>& cells, QStringList& tableIssues) const;
    const Cell& cell(int row, int column) const;
    Currency currency() const { return document_->contract().currency; }

    ContractDocument* document_;
    QStringList listPaths_;
    std::function<QString()> itemName_;
    LayoutFunction layoutFunction_;
    Layout layout_;
    std::vector<Cell> cells_;
    QStringList tableIssues_;
    QString lastError_;
    std::function<void(Contract&, int)> insertRow_;
    std::function<void(Contract&, int)> removeRow_;
};

} // namespace attrition::ui
