#include "models/xyseriesmapper.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QXYSeries>

namespace attrition::ui {

XYSeriesMapper::XYSeriesMapper(QAbstractItemModel* model, int xColumn, int yColumn, QXYSeries* series,
                               QObject* parent)
    : QObject(parent)
    , model_(model)
    , xColumn_(xColumn)
    , yColumn_(yColumn)
    , series_(series) {
    connect(model_, &QAbstractItemModel::modelReset, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::dataChanged, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::rowsInserted, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &XYSeriesMapper::update);
    connect(model_, &QAbstractItemModel::layoutChanged, this, &XYSeriesMapper::update);
    update();
}

void XYSeriesMapper::update() {
    const auto value = [this](int row, int column) -> qreal {
        const QVariant v = model_->index(row, column).data(Qt::DisplayRole);
        if (v.metaType().id() == QMetaType::QDateTime) {
            return static_cast<qreal>(v.toDateTime().toMSecsSinceEpoch());
        }
        return v.toReal();
    };
    QList<QPointF> points;
    const int rows = model_->rowCount();
    points.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        points.append(QPointF(value(row, xColumn_), value(row, yColumn_)));
    }
    series_->replace(points);
}

} // namespace attrition::ui
