#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace attrition::ui {

/// What a GridView asks of its model beyond QAbstractItemModel: pasting, clearing, copying, and adding or
/// removing rows, each as one undoable step.
class GridEditing {
public:
    virtual ~GridEditing() = default;
    /// Pastes tab-separated rows with their top left at `at`, or fills every selected cell with a single
    /// value. All or nothing: returns an empty string, or why nothing was pasted.
    virtual QString paste(const QString& text, const QModelIndex& at, const QModelIndexList& selection) = 0;
    virtual void clearCells(const QModelIndexList& cells) = 0;
    virtual bool canEditRows() const { return false; }
    virtual void insertRowAfter(int /*row*/) {}
    virtual void removeRowsAt(QList<int> /*rows*/) {}
};

/// Rows of tab-separated cells, as spreadsheets put them on the clipboard.
QList<QStringList> splitClipboardCells(const QString& text);
/// Where pasted cells go, as spreadsheets place them: one cell pasted onto a selection of several fills each
/// selected cell, else the pasted block lands with its first cell at `at`. Calls `place(row, column, text)`
/// for each and returns its first error; returns `outside`, before placing anything past it, for a cell
/// that falls beyond `rowCount` x `columnCount`. Empty when every cell was placed.
QString placePastedCells(const QList<QStringList>& cells, const QModelIndex& at,
                         const QModelIndexList& selection, int rowCount, int columnCount,
                         const std::function<QString(int row, int column, const QString& text)>& place,
                         const QString& outside);
/// The cells' display text as tab-separated rows, for a spreadsheet.
QString cellsAsText(const QAbstractItemModel* model, const QModelIndexList& cells);

} // namespace attrition::ui
