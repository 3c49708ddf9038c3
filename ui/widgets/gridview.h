#pragma once

#include <QTableView>

namespace attrition::ui {

class ContractTableModel;
class GridEditing;

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

} // namespace attrition::ui
