#include "widgets/celldelegate.h"

#include "models/contracttablemodel.h"
#include "style/theme.h"

#include <QLineEdit>
#include <QPainter>

namespace attrition::ui {

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

} // namespace attrition::ui
