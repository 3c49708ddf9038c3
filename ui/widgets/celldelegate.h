#pragma once

#include <QStyledItemDelegate>

namespace attrition::ui {

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

} // namespace attrition::ui
