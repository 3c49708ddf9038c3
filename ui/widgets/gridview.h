#pragma once

#include <QStyledItemDelegate>
#include <QTableView>
#include <QWidget>
#include <functional>

class QLabel;
class QToolButton;

namespace attrition::ui {

class ContractTableModel;

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

/// Paints a cell the engine has a problem with: a faint red tint and a red corner, as spreadsheets do.
class CellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
};

/// A spreadsheet-like view of a ContractTableModel: typing starts an edit, Enter commits it and moves down
/// (Shift+Enter up), Tab moves across, Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes a
/// block copied from a spreadsheet (one undo step), Delete clears.
class GridView : public QTableView {
    Q_OBJECT

public:
    explicit GridView(QWidget* parent = nullptr);
    void setContractModel(ContractTableModel* model);
    /// A model that is not a ContractTableModel but edits like one.
    void setEditingModel(QAbstractItemModel* model, GridEditing* editing);
    /// The ContractTableModel shown, if it is one.
    ContractTableModel* contractModel() const { return contractModel_; }

    void copySelection();
    /// Pastes the clipboard at the current cell; a refused paste is explained in a tooltip and statusMessage.
    void pasteClipboard();
    void pasteText(const QString& text);
    void clearSelection();
    /// What an empty table says ("No deposits yet: add one with +").
    void setPlaceholderText(const QString& text) { placeholder_ = text; }

signals:
    /// Something the status bar should say (a refused paste or edit).
    void statusMessage(const QString& message);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    void paintEvent(QPaintEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void refused(const QString& message);
    /// Makes the cell `rows` below (above, when negative) the current one current, as a spreadsheet's Enter.
    void moveDown(int rows);
    GridEditing* editing_ = nullptr;
    ContractTableModel* contractModel_ = nullptr;
    QString placeholder_;
};

/// A titled table of the contract with its add and remove buttons, and the problems no cell shows.
class TableSection : public QWidget {
    Q_OBJECT

public:
    TableSection(const QString& title, const QString& hint, ContractTableModel* model,
                 QWidget* parent = nullptr);
    /// A table of another editable model (issues are not shown).
    TableSection(const QString& title, const QString& hint, QAbstractItemModel* model, GridEditing* editing,
                 QWidget* parent = nullptr);
    GridView* view() const { return view_; }
    /// Fits the table's height to its rows (at least `minRows`, at most `maxRows` visible).
    void setVisibleRows(int minRows, int maxRows);
    /// Adds a tool button beside the add and remove buttons.
    void addTool(QToolButton* button);
    /// The title and the hint under it (none when empty), in the language now installed.
    void setTexts(const QString& title, const QString& hint);

protected:
    /// On QEvent::LanguageChange the section's own tooltips follow the language (its owner sets the title).
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateIssues();
    void updateHeight();

    void build(const QString& title, const QString& hint, QAbstractItemModel* model);

    ContractTableModel* contractModel_ = nullptr;
    QAbstractItemModel* model_;
    GridEditing* editing_;
    GridView* view_;
    QLabel* title_ = nullptr;
    QLabel* hint_ = nullptr;
    QToolButton* add_ = nullptr;
    QToolButton* remove_ = nullptr;
    QLabel* issues_;
    QWidget* tools_;
    int minRows_ = 3;
    int maxRows_ = 8;
};

} // namespace attrition::ui
