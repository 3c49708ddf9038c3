#pragma once

#include <QObject>

class QAbstractItemModel;
class QXYSeries;

namespace attrition::ui {

/// Feeds an XY series from two columns of a model, as QVXYModelMapper does (it reads the display role, a
/// date as its milliseconds), but replaces every point at once when the model changes. QVXYModelMapper
/// replaces the points one by one and Qt Charts lays the whole line out again after each: for the 151
/// points of a pickup sweep that is most of a frame.
class XYSeriesMapper : public QObject {
    Q_OBJECT
public:
    XYSeriesMapper(QAbstractItemModel* model, int xColumn, int yColumn, QXYSeries* series,
                   QObject* parent = nullptr);

private:
    void update();

    QAbstractItemModel* model_;
    int xColumn_;
    int yColumn_;
    QXYSeries* series_;
};

} // namespace attrition::ui
