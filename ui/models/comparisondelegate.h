#pragma once

#include <QStyledItemDelegate>

namespace attrition::ui {

/// Draws a comparison cell: the amount, and under it the difference from the contract.
class ComparisonDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace attrition::ui
