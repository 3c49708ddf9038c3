#pragma once

#include <QHeaderView>

namespace attrition::ui {

/// A horizontal header for sortable tables of many short figures. QHeaderView keeps room for the sort
/// arrow, as wide as the header is tall, in every section, though the arrow is drawn in one; this header
/// keeps the room the style draws it in, in the section sorted by only. With columns sized to their
/// contents a table then fits a laptop's screen, and the column sorted by widens by the arrow. No label is
/// ever cut.
class CompactHeaderView : public QHeaderView {
public:
    explicit CompactHeaderView(QWidget* parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace attrition::ui
