#include "models/comparisondelegate.h"

#include "models/scenariocomparisonmodel.h"
#include "style/theme.h"

#include <QApplication>
#include <QPainter>
#include <algorithm>

namespace attrition::ui {

void ComparisonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    const QString delta = index.data(ScenarioComparisonModel::DeltaRole).toString();
    if (delta.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString value = opt.text;
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect r = option.rect.adjusted(6, 3, -8, -3);
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
    const int half = r.height() / 2 + 1;
    painter->drawText(QRect(r.left(), r.top(), r.width(), half), Qt::AlignRight | Qt::AlignVCenter, value);
    QFont small = opt.font;
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.86);
    painter->setFont(small);
    const int sign = index.data(ScenarioComparisonModel::DeltaSignRole).toInt();
    const bool pickupRow = index.row() == ScenarioComparisonModel::PickupRow;
    QColor color = mutedTextColor(option.palette);
    if (!(option.state & QStyle::State_Selected) && sign != 0) {
        const bool worse = pickupRow ? sign < 0 : sign > 0; // the group owes more
        color = worse ? errorColor(option.palette) : seriesColor(2, option.palette);
    }
    painter->setPen(color);
    painter->drawText(QRect(r.left(), r.top() + half, r.width(), r.height() - half),
                      Qt::AlignRight | Qt::AlignTop, delta);
    painter->restore();
}

QSize ComparisonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(option.fontMetrics.height() * 2 + 8);
    s.setWidth(std::max(s.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("+000,000.00")) + 20));
    return s;
}

} // namespace attrition::ui
