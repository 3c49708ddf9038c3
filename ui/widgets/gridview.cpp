#include "widgets/gridview.h"

#include "models/contracttablemodel.h"
#include "style/icons.h"
#include "style/theme.h"
#include "widgets/celldelegate.h"
#include "widgets/gridediting.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <set>

namespace attrition::ui {

GridView::GridView(QWidget* parent)
    : QTableView(parent) {
    setItemDelegate(new CellDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    verticalHeader()->setHighlightSections(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
}

void GridView::setContractModel(ContractTableModel* model) {
    contractModel_ = model;
    setEditingModel(model, model);
    connect(model, &ContractTableModel::editRefused, this, &GridView::refused);
}

void GridView::setEditingModel(QAbstractItemModel* model, GridEditing* editing) {
    editing_ = editing;
    setModel(model);
}

void GridView::copySelection() {
    if (model() != nullptr) {
        QApplication::clipboard()->setText(cellsAsText(model(), selectionModel()->selectedIndexes()));
    }
}

void GridView::pasteClipboard() {
    pasteText(QApplication::clipboard()->text());
}

void GridView::pasteText(const QString& text) {
    if (editing_ == nullptr) {
        return;
    }
    QModelIndex at = currentIndex();
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    for (const QModelIndex& i : selected) {
        if (!at.isValid() || i.row() < at.row() || (i.row() == at.row() && i.column() < at.column())) {
            at = i;
        }
    }
    if (!at.isValid()) {
        at = model()->index(0, 0);
    }
    const QString error = editing_->paste(text, at, selected);
    if (!error.isEmpty()) {
        refused(error);
    } else {
        emit statusMessage(tr("Pasted"));
    }
}

void GridView::clearSelection() {
    if (editing_ != nullptr) {
        editing_->clearCells(selectionModel()->selectedIndexes());
    }
}

void GridView::refused(const QString& message) {
    const QRect cell = visualRect(currentIndex());
    const QPoint where = viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint(0, 0));
    QToolTip::showText(where, message, this);
    emit statusMessage(message);
}

void GridView::keyPressEvent(QKeyEvent* event) {
    if (state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
            clearSelection();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) == 0) {
            moveDown(event->modifiers() & Qt::ShiftModifier ? -1 : 1);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void GridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) {
    // Enter in a cell's editor commits the value (the delegate has already written it) and moves down, as in
    // a spreadsheet; Shift+Enter moves up. Tab and Backtab keep moving across.
    if (hint == QAbstractItemDelegate::SubmitModelCache) {
        const bool up = QApplication::keyboardModifiers() & Qt::ShiftModifier;
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        moveDown(up ? -1 : 1);
        return;
    }
    QTableView::closeEditor(editor, hint);
}

void GridView::moveDown(int rows) {
    const QModelIndex current = currentIndex();
    if (model() == nullptr || !current.isValid()) {
        return;
    }
    const int row = std::clamp(current.row() + rows, 0, std::max(0, model()->rowCount() - 1));
    const QModelIndex next = model()->index(row, current.column());
    if (next.isValid()) {
        setCurrentIndex(next);
        scrollTo(next);
    }
}

void GridView::paintEvent(QPaintEvent* event) {
    QTableView::paintEvent(event);
    if (model() != nullptr && model()->rowCount() == 0 && !placeholder_.isEmpty()) {
        QPainter painter(viewport());
        painter.setPen(mutedTextColor(palette()));
        painter.drawText(viewport()->rect().adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         placeholder_);
    }
}

void GridView::contextMenuEvent(QContextMenuEvent* event) {
    if (editing_ == nullptr) {
        return;
    }
    QMenu menu(this);
    menu.addAction(tr("Copy"), QKeySequence::Copy, this, &GridView::copySelection);
    menu.addAction(tr("Paste"), QKeySequence::Paste, this, &GridView::pasteClipboard);
    menu.addAction(tr("Clear"), QKeySequence::Delete, this, &GridView::clearSelection);
    if (editing_->canEditRows()) {
        menu.addSeparator();
        menu.addAction(icon(Icon::Add), tr("Add Row"), this,
                       [this] { editing_->insertRowAfter(currentIndex().row()); });
        QAction* remove = menu.addAction(icon(Icon::Remove), tr("Remove Rows"), this, [this] {
            std::set<int> rows;
            for (const QModelIndex& i : selectionModel()->selectedIndexes()) {
                rows.insert(i.row());
            }
            editing_->removeRowsAt(QList<int>(rows.begin(), rows.end()));
        });
        remove->setEnabled(selectionModel()->hasSelection());
    }
    menu.exec(event->globalPos());
}

} // namespace attrition::ui
