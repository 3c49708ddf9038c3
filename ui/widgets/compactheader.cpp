#include "widgets/compactheader.h"

#include <QAbstractItemModel>
#include <QStyle>
#include <algorithm>

namespace attrition::ui {

namespace {
int lineCount(const QAbstractItemModel* model, int section, Qt::Orientation orientation) {
    return static_cast<int>(model->headerData(section, orientation).toString().count(QLatin1Char('\n'))) + 1;
}
} // namespace

CompactHeaderView::CompactHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent) {
    // As the header a QTableView makes for itself.
    setSectionsClickable(true);
    setHighlightSections(true);
}

QSize CompactHeaderView::sectionSizeFromContents(int logicalIndex) const {
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    if (!isSortIndicatorShown() || model() == nullptr) {
        return size;
    }
    // QHeaderView added this section's height and a margin for the arrow.
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    size.rwidth() -= size.height() + margin;
    if (logicalIndex == sortIndicatorSection()) {
        // The style takes half the header's height and two margins from the label's width for the arrow
        // (QCommonStyle, SE_HeaderLabel); the header is as tall as its label of the most lines.
        int mostLines = 1;
        for (int s = 0; s < count(); ++s) {
            mostLines = std::max(mostLines, lineCount(model(), s, orientation()));
        }
        const int height = size.height() + (mostLines - lineCount(model(), logicalIndex, orientation())) *
                                               fontMetrics().lineSpacing();
        size.rwidth() += height / 2 + 2 * margin;
    }
    return size;
}

} // namespace attrition::ui
