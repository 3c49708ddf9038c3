#include "models/contracttablemodel.h"

#include "text/messagetext.h"

#include <QEvent>
#include <algorithm>

namespace attrition::ui {

namespace {

bool sameShape(const ContractTableModel::Layout& a, const ContractTableModel::Layout& b) {
    if (a.rows != b.rows || a.rowHeaders != b.rowHeaders || a.columns.size() != b.columns.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.columns.size(); ++i) {
        if (a.columns[i].title != b.columns[i].title || a.columns[i].kind != b.columns[i].kind) {
            return false;
        }
    }
    return true;
}

bool isNumeric(ValueKind kind) {
    return kind == ValueKind::Count || kind == ValueKind::Money || kind == ValueKind::Percent;
}

} // namespace

ContractTableModel::ContractTableModel(ContractDocument* document, QStringList listPaths,
                                       std::function<QString()> itemName, LayoutFunction layout,
                                       QObject* parent)
    : QAbstractTableModel(parent)
    , document_(document)
    , listPaths_(std::move(listPaths))
    , itemName_(std::move(itemName))
    , layoutFunction_(std::move(layout)) {
    layout_ = layoutFunction_(document_->contract());
    fillCells(cells_, tableIssues_);
    connect(document_, &ContractDocument::contractChanged, this, &ContractTableModel::refresh);
}

void ContractTableModel::setRowEditing(std::function<void(Contract&, int)> insertRow,
                                       std::function<void(Contract&, int)> removeRow) {
    insertRow_ = std::move(insertRow);
    removeRow_ = std::move(removeRow);
}

void ContractTableModel::insertRowAfter(int after) {
    if (!insertRow_) {
        return;
    }
    const int at = after < 0 ? layout_.rows : std::min(after + 1, layout_.rows);
    document_->endMerge();
    document_->edit(tr("Add %1").arg(itemName_()), {}, [&](Contract& c) { insertRow_(c, at); });
}

void ContractTableModel::removeRowsAt(QList<int> rows) {
    if (!removeRow_ || rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    document_->endMerge();
    document_->edit(tr("Remove %n %1(s)", nullptr, static_cast<int>(rows.size())).arg(itemName_()), {},
                    [&](Contract& c) {
                        for (int row : rows) {
                            removeRow_(c, row);
                        }
                    });
}

int ContractTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : layout_.rows;
}

int ContractTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(layout_.columns.size());
}

const ContractTableModel::Cell& ContractTableModel::cell(int row, int column) const {
    return cells_[static_cast<std::size_t>(row) * layout_.columns.size() + static_cast<std::size_t>(column)];
}

QVariant ContractTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= layout_.rows || index.column() >= columnCount()) {
        return {};
    }
    const Cell& c = cell(index.row(), index.column());
    const Column& col = column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.text;
    case Qt::ToolTipRole:
        return c.issue.isEmpty() ? col.toolTip : c.issue;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (isNumeric(col.kind) ? Qt::AlignRight : Qt::AlignLeft));
    case IssueRole:
        return c.issue;
    case KindRole:
        return static_cast<int>(col.kind);
    default:
        return {};
    }
}

QVariant ContractTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) {
            return {};
        }
        const Column& col = column(section);
        if (role == Qt::DisplayRole) {
            return col.title;
        }
        if (role == Qt::ToolTipRole) {
            return col.toolTip;
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::AlignVCenter |
                                       (isNumeric(col.kind) ? Qt::AlignRight : Qt::AlignLeft));
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        return section < layout_.rowHeaders.size() ? layout_.rowHeaders.at(section)
                                                   : QString::number(section + 1);
    }
    return {};
}

Qt::ItemFlags ContractTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (column(index.column()).write) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ContractTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable)) {
        return false;
    }
    const Column& col = column(index.column());
    const Parsed parsed = parseValue(col.kind, value.toString(), currency());
    if (!parsed.ok() || (col.required && std::holds_alternative<std::monostate>(parsed.value))) {
        lastError_ =
            parsed.ok()
                ? tr("%1 needs a value").arg(QString(col.title).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                : parsed.error;
        emit editRefused(lastError_);
        return false;
    }
    if (parsed.value == cell(index.row(), index.column()).value) {
        return true;
    }
    lastError_.clear();
    const int row = index.row();
    const auto write = col.write;
    const QString title = QString(col.title).replace(QLatin1Char('\n'), QLatin1Char(' '));
    document_->endMerge();
    document_->edit(tr("Edit %1").arg(title), {}, [&](Contract& c) { write(c, row, parsed.value); });
    return true;
}

QString ContractTableModel::paste(const QString& text, const QModelIndex& at,
                                  const QModelIndexList& selection) {
    const QList<QStringList> rows = splitClipboardCells(text);
    if (rows.isEmpty() || !at.isValid()) {
        return tr("Nothing to paste");
    }
    struct Write {
        int row;
        int column;
        Value value;
    };
    std::vector<Write> writes;
    const auto addWrite = [&](int r, int c, const QString& typed) -> QString {
        const Column& col = column(c);
        if (!col.write) {
            return tr("%1 cannot be edited")
                .arg(QString(col.title).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        const Parsed parsed = parseValue(col.kind, typed, currency());
        if (!parsed.ok()) {
            return tr("%1, %2: %3")
                .arg(headerData(r, Qt::Vertical).toString(),
                     QString(col.title).replace(QLatin1Char('\n'), QLatin1Char(' ')), parsed.error);
        }
        if (col.required && std::holds_alternative<std::monostate>(parsed.value)) {
            return tr("%1, %2 needs a value")
                .arg(headerData(r, Qt::Vertical).toString(),
                     QString(col.title).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        writes.push_back({r, c, parsed.value});
        return {};
    };

    const bool single = rows.size() == 1 && rows.first().size() == 1;
    if (single && selection.size() > 1) {
        for (const QModelIndex& target : selection) {
            if (QString error = addWrite(target.row(), target.column(), rows.first().first());
                !error.isEmpty()) {
                return error;
            }
        }
    } else {
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows.at(r).size(); ++c) {
                const int row = at.row() + r;
                const int col = at.column() + c;
                if (row >= rowCount() || col >= columnCount()) {
                    return tr("The pasted cells (%1 rows, %2 columns) do not fit in the table from here")
                        .arg(rows.size())
                        .arg(std::max_element(rows.begin(), rows.end(),
                                              [](const QStringList& a, const QStringList& b) {
                                                  return a.size() < b.size();
                                              })
                                 ->size());
                }
                if (QString error = addWrite(row, col, rows.at(r).at(c)); !error.isEmpty()) {
                    return error;
                }
            }
        }
    }
    const std::vector<Column> columns = layout_.columns;
    document_->endMerge();
    document_->edit(tr("Paste %n cell(s)", nullptr, static_cast<int>(writes.size())), {}, [&](Contract& c) {
        for (const Write& w : writes) {
            columns[static_cast<std::size_t>(w.column)].write(c, w.row, w.value);
        }
    });
    return {};
}

void ContractTableModel::clearCells(const QModelIndexList& cells) {
    std::vector<std::pair<int, int>> targets;
    for (const QModelIndex& index : cells) {
        const Column& col = column(index.column());
        if (col.write && !col.required &&
            !std::holds_alternative<std::monostate>(cell(index.row(), index.column()).value)) {
            targets.emplace_back(index.row(), index.column());
        }
    }
    if (targets.empty()) {
        return;
    }
    const std::vector<Column> columns = layout_.columns;
    document_->endMerge();
    document_->edit(tr("Clear %n cell(s)", nullptr, static_cast<int>(targets.size())), {}, [&](Contract& c) {
        for (const auto& [row, col] : targets) {
            columns[static_cast<std::size_t>(col)].write(c, row, Value{});
        }
    });
}

QModelIndex ContractTableModel::indexForPath(const QString& path) const {
    const Contract& contract = document_->contract();
    for (int r = 0; r < layout_.rows; ++r) {
        for (std::size_t c = 0; c < layout_.columns.size(); ++c) {
            const Column& col = layout_.columns[c];
            if (col.issuePaths && col.issuePaths(contract, r).contains(path)) {
                return index(r, static_cast<int>(c));
            }
        }
    }
    return {};
}

void ContractTableModel::fillCells(std::vector<Cell>& cells, QStringList& tableIssues) const {
    const Contract& contract = document_->contract();
    const Currency cur = contract.currency;
    const QLocale locale;
    cells.assign(static_cast<std::size_t>(layout_.rows) * layout_.columns.size(), Cell{});
    QSet<QString> shown;
    for (int r = 0; r < layout_.rows; ++r) {
        for (std::size_t c = 0; c < layout_.columns.size(); ++c) {
            const Column& col = layout_.columns[c];
            Cell& cellRef = cells[static_cast<std::size_t>(r) * layout_.columns.size() + c];
            cellRef.value = col.read(contract, r);
            cellRef.text = formatValue(col.kind, cellRef.value, cur, locale);
            if (col.issuePaths && !document_->results().issues.empty()) {
                for (const QString& path : col.issuePaths(contract, r)) {
                    const QString issue = document_->issueAt(path);
                    if (!issue.isEmpty()) {
                        shown.insert(path);
                        if (cellRef.issue.isEmpty()) {
                            cellRef.issue = issue;
                        }
                    }
                }
            }
        }
    }
    tableIssues.clear();
    for (const QString& list : listPaths_) {
        for (const ValidationIssue* issue : document_->issuesUnder(list)) {
            if (!shown.contains(fieldPath(*issue))) {
                tableIssues << issueText(*issue, &contract);
            }
        }
    }
}

bool ContractTableModel::event(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    return QAbstractTableModel::event(event);
}

void ContractTableModel::retranslate() {
    Layout next = layoutFunction_(document_->contract());
    if (next.rows != layout_.rows || next.columns.size() != layout_.columns.size()) {
        refresh(); // not a matter of words: the contract changed unseen
        return;
    }
    const QStringList oldTableIssues = tableIssues_;
    layout_ = std::move(next);
    fillCells(cells_, tableIssues_);
    if (columnCount() > 0) {
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    if (rowCount() > 0) {
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    if (tableIssues_ != oldTableIssues) {
        emit tableIssuesChanged();
    }
}

void ContractTableModel::refresh() {
    Layout next = layoutFunction_(document_->contract());
    const QStringList oldTableIssues = tableIssues_;
    if (!sameShape(layout_, next)) {
        beginResetModel();
        layout_ = std::move(next);
        fillCells(cells_, tableIssues_);
        endResetModel();
    } else {
        layout_ = std::move(next);
        std::vector<Cell> cells;
        fillCells(cells, tableIssues_);
        int firstRow = -1;
        int lastRow = -1;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (cells[i].text != cells_[i].text || cells[i].issue != cells_[i].issue) {
                const int row = static_cast<int>(i / std::max<std::size_t>(1, layout_.columns.size()));
                firstRow = firstRow < 0 ? row : firstRow;
                lastRow = row;
            }
        }
        cells_ = std::move(cells);
        if (firstRow >= 0) {
            emit dataChanged(index(firstRow, 0), index(lastRow, columnCount() - 1));
        }
    }
    if (tableIssues_ != oldTableIssues) {
        emit tableIssuesChanged();
    }
}

} // namespace attrition::ui
