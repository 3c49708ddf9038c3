#include "widgets/gridview.h"

#include "models/contracttablemodel.h"
#include "style/icons.h"
#include "style/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSet>
#include <QStyle>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <set>

namespace attrition::ui {

QString placePastedCells(const QList<QStringList>& cells, const QModelIndex& at,
                         const QModelIndexList& selection, int rowCount, int columnCount,
                         const std::function<QString(int row, int column, const QString& text)>& place,
                         const QString& outside) {
    if (cells.size() == 1 && cells.first().size() == 1 && selection.size() > 1) {
        for (const QModelIndex& i : selection) {
            if (QString error = place(i.row(), i.column(), cells.first().first()); !error.isEmpty()) {
                return error;
            }
        }
        return {};
    }
    for (int r = 0; r < cells.size(); ++r) {
        for (int c = 0; c < cells.at(r).size(); ++c) {
            if (at.row() + r >= rowCount || at.column() + c >= columnCount) {
                return outside;
            }
            if (QString error = place(at.row() + r, at.column() + c, cells.at(r).at(c)); !error.isEmpty()) {
                return error;
            }
        }
    }
    return {};
}

QList<QStringList> splitClipboardCells(const QString& text) {
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
    }
    QList<QStringList> rows;
    if (body.isEmpty()) {
        return rows;
    }
    for (const QString& line : body.split(QLatin1Char('\n'))) {
        QStringList cells = line.split(QLatin1Char('\t'));
        for (QString& c : cells) {
            c = c.trimmed();
            if (c.size() >= 2 && c.startsWith(QLatin1Char('"')) && c.endsWith(QLatin1Char('"'))) {
                c = c.mid(1, c.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            }
        }
        rows.append(cells);
    }
    return rows;
}

QString cellsAsText(const QAbstractItemModel* model, const QModelIndexList& cells) {
    if (cells.isEmpty()) {
        return {};
    }
    int top = INT_MAX;
    int bottom = -1;
    int left = INT_MAX;
    int right = -1;
    QSet<std::pair<int, int>> chosen;
    for (const QModelIndex& i : cells) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
        chosen.insert({i.row(), i.column()});
    }
    QString out;
    for (int r = top; r <= bottom; ++r) {
        QStringList line;
        for (int c = left; c <= right; ++c) {
            line << (chosen.contains({r, c}) ? model->index(r, c).data(Qt::DisplayRole).toString()
                                             : QString());
        }
        out += line.join(QLatin1Char('\t'));
        out += QLatin1Char('\n');
    }
    return out;
}

void CellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    const QString issue = index.data(ContractTableModel::IssueRole).toString();
    if (issue.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->fillRect(option.rect, errorBackground(option.palette));
    QStyledItemDelegate::paint(painter, option, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(errorColor(option.palette));
    const QRect r = option.rect;
    const QPointF corner[3] = {QPointF(r.right() - 7, r.top()), QPointF(r.right() + 1, r.top()),
                               QPointF(r.right() + 1, r.top() + 8)};
    painter->drawPolygon(corner, 3);
    painter->restore();
}

QWidget* CellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        const QVariant alignment = index.data(Qt::TextAlignmentRole);
        if (alignment.isValid()) {
            line->setAlignment(alignment.value<Qt::Alignment>());
        }
    }
    return editor;
}

// ---------------------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------------------

TableSection::TableSection(const QString& title, const QString& hint, ContractTableModel* model,
                           QWidget* parent)
    : QWidget(parent)
    , contractModel_(model)
    , model_(model)
    , editing_(model)
    , view_(new GridView(this))
    , issues_(new QLabel(this))
    , tools_(new QWidget(this)) {
    view_->setContractModel(model);
    build(title, hint, model);
    connect(model, &ContractTableModel::tableIssuesChanged, this, &TableSection::updateIssues);
    updateIssues();
}

TableSection::TableSection(const QString& title, const QString& hint, QAbstractItemModel* model,
                           GridEditing* editing, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , editing_(editing)
    , view_(new GridView(this))
    , issues_(new QLabel(this))
    , tools_(new QWidget(this)) {
    view_->setEditingModel(model, editing);
    build(title, hint, model);
}

void TableSection::build(const QString& title, const QString& hint, QAbstractItemModel* model) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout();
    header->setSpacing(4);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("sectionTitle"));
    title_->setWordWrap(true); // a long title in a narrow editor takes two lines
    QFont f = title_->font();
    f.setBold(true);
    title_->setFont(f);
    header->addWidget(title_, 1);
    auto* toolsLayout = new QHBoxLayout(tools_);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    toolsLayout->setSpacing(2);
    header->addWidget(tools_);
    if (editing_->canEditRows()) {
        add_ = new QToolButton(this);
        add_->setIcon(icon(Icon::Add));
        add_->setAutoRaise(true);
        remove_ = new QToolButton(this);
        remove_->setIcon(icon(Icon::Remove));
        remove_->setAutoRaise(true);
        toolsLayout->addWidget(add_);
        toolsLayout->addWidget(remove_);
        connect(add_, &QToolButton::clicked, this, [this] {
            editing_->insertRowAfter(view_->currentIndex().isValid() ? view_->currentIndex().row() : -1);
        });
        connect(remove_, &QToolButton::clicked, this, [this] {
            std::set<int> rows;
            for (const QModelIndex& i : view_->selectionModel()->selectedIndexes()) {
                rows.insert(i.row());
            }
            editing_->removeRowsAt(QList<int>(rows.begin(), rows.end()));
        });
    }
    layout->addLayout(header);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    setTextTone(hint_, TextTone::Muted);
    layout->addWidget(hint_);
    setTexts(title, hint);
    retranslate();
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(view_, 1);
    issues_->setWordWrap(true);
    setTextTone(issues_, TextTone::Error);
    issues_->hide();
    layout->addWidget(issues_);
    connect(model, &QAbstractItemModel::modelReset, this, &TableSection::updateHeight);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableSection::updateHeight);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableSection::updateHeight);
    updateHeight();
}

void TableSection::setTexts(const QString& title, const QString& hint) {
    title_->setText(title);
    hint_->setText(hint);
    hint_->setVisible(!hint.isEmpty());
}

void TableSection::retranslate() {
    if (add_ != nullptr) {
        add_->setToolTip(tr("Add a row"));
        remove_->setToolTip(tr("Remove the selected rows"));
    }
}

void TableSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TableSection::setVisibleRows(int minRows, int maxRows) {
    minRows_ = minRows;
    maxRows_ = maxRows;
    updateHeight();
}

void TableSection::addTool(QToolButton* button) {
    button->setAutoRaise(true);
    static_cast<QHBoxLayout*>(tools_->layout())->insertWidget(0, button);
}

void TableSection::updateIssues() {
    if (contractModel_ == nullptr) {
        return;
    }
    const QStringList issues = contractModel_->tableIssues();
    issues_->setText(issues.join(QLatin1Char('\n')));
    issues_->setVisible(!issues.isEmpty());
}

void TableSection::updateHeight() {
    const auto heightFor = [this](int rows) {
        // Columns that do not stretch may scroll sideways: room for the scroll bar, so that it never hides
        // the last row.
        const bool mayScroll = view_->model()->columnCount() > 0 &&
                               view_->horizontalHeader()->sectionResizeMode(0) != QHeaderView::Stretch;
        return view_->horizontalHeader()->sizeHint().height() +
               rows * view_->verticalHeader()->defaultSectionSize() + 2 * view_->frameWidth() + 2 +
               (mayScroll ? view_->style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0);
    };
    if (maxRows_ <= 0) { // the table takes whatever room there is
        view_->setMinimumHeight(heightFor(minRows_));
        view_->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    const int height = heightFor(std::clamp(model_->rowCount(), minRows_, maxRows_));
    view_->setMinimumHeight(height);
    view_->setMaximumHeight(model_->rowCount() > maxRows_ ? QWIDGETSIZE_MAX : height);
}

} // namespace attrition::ui
