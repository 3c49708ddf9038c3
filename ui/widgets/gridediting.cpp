#include "widgets/gridediting.h"

#include <QSet>
#include <algorithm>
#include <climits>

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

} // namespace attrition::ui
