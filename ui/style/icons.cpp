#include "style/icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace attrition::ui {

namespace {

/// Paints a line icon on a 24 x 24 grid, scaled to the size asked for, in the palette's colours.
class LineIconEngine : public QIconEngine {
public:
    explicit LineIconEngine(Icon which)
        : which_(which) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override {
        const QPalette palette = QApplication::palette();
        QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
                                   QPalette::WindowText);
        if (mode == QIcon::Disabled) {
            ink.setAlphaF(0.45F);
        }
        QColor accent = palette.color(QPalette::Active, QPalette::Highlight);
        if (mode == QIcon::Disabled) {
            accent = ink;
        }
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = std::min(rect.width(), rect.height());
        painter->translate(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0);
        painter->scale(side / 24.0, side / 24.0);
        QPen pen(ink, 1.7, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(*painter, ink, accent, mode == QIcon::Disabled);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine* clone() const override { return new LineIconEngine(which_); }

private:
    void draw(QPainter& p, const QColor& ink, const QColor& accent, bool disabled) const;

    Icon which_;
};

void page(QPainter& p) {
    QPainterPath path;
    path.moveTo(14, 3);
    path.lineTo(6, 3);
    path.quadTo(5, 3, 5, 4);
    path.lineTo(5, 20);
    path.quadTo(5, 21, 6, 21);
    path.lineTo(18, 21);
    path.quadTo(19, 21, 19, 20);
    path.lineTo(19, 8);
    path.closeSubpath();
    path.moveTo(14, 3);
    path.lineTo(14, 8);
    path.lineTo(19, 8);
    p.drawPath(path);
}

void folder(QPainter& p) {
    QPainterPath path;
    path.moveTo(3, 7);
    path.quadTo(3, 5, 5, 5);
    path.lineTo(9, 5);
    path.lineTo(11, 7);
    path.lineTo(19, 7);
    path.quadTo(21, 7, 21, 9);
    path.lineTo(21, 18);
    path.quadTo(21, 20, 19, 20);
    path.lineTo(5, 20);
    path.quadTo(3, 20, 3, 18);
    path.closeSubpath();
    p.drawPath(path);
}

void floppy(QPainter& p) {
    QPainterPath path;
    path.moveTo(5, 4);
    path.lineTo(16, 4);
    path.lineTo(20, 8);
    path.lineTo(20, 19);
    path.quadTo(20, 20, 19, 20);
    path.lineTo(5, 20);
    path.quadTo(4, 20, 4, 19);
    path.lineTo(4, 5);
    path.quadTo(4, 4, 5, 4);
    p.drawPath(path);
    p.drawPolyline(QPolygonF({QPointF(8, 4), QPointF(8, 8.5), QPointF(15, 8.5), QPointF(15, 4)}));
    p.drawRect(QRectF(7.5, 13, 9, 7));
}

void curvedArrow(QPainter& p, bool mirrored) {
    p.save();
    if (mirrored) {
        p.translate(24, 0);
        p.scale(-1, 1);
    }
    QPainterPath path;
    path.moveTo(5, 10);
    path.lineTo(14, 10);
    path.cubicTo(17.9, 10, 20, 12.5, 20, 15);
    path.cubicTo(20, 17.5, 17.9, 20, 14, 20);
    path.lineTo(11, 20);
    p.drawPath(path);
    p.drawPolyline(QPolygonF({QPointF(9, 6), QPointF(5, 10), QPointF(9, 14)}));
    p.restore();
}

void calendar(QPainter& p) {
    p.drawRoundedRect(QRectF(4, 5, 16, 15), 2, 2);
    p.drawLine(QPointF(4, 10), QPointF(20, 10));
    p.drawLine(QPointF(8.5, 3), QPointF(8.5, 7));
    p.drawLine(QPointF(15.5, 3), QPointF(15.5, 7));
}

void LineIconEngine::draw(QPainter& p, const QColor& ink, const QColor& accent, bool disabled) const {
    QPen accentPen = p.pen();
    accentPen.setColor(accent);
    switch (which_) {
    case Icon::New:
        page(p);
        p.setPen(accentPen);
        p.drawLine(QPointF(12, 11), QPointF(12, 17));
        p.drawLine(QPointF(9, 14), QPointF(15, 14));
        break;
    case Icon::Open:
        page(p);
        p.drawLine(QPointF(8.5, 12.5), QPointF(15.5, 12.5));
        p.drawLine(QPointF(8.5, 16), QPointF(15.5, 16));
        break;
    case Icon::OpenFolder:
        folder(p);
        break;
    case Icon::Save:
        floppy(p);
        break;
    case Icon::SaveAs:
        floppy(p);
        p.setPen(accentPen);
        p.drawLine(QPointF(14, 23), QPointF(22.5, 14.5));
        break;
    case Icon::Undo:
        curvedArrow(p, false);
        break;
    case Icon::Redo:
        curvedArrow(p, true);
        break;
    case Icon::Add:
        p.drawLine(QPointF(12, 5), QPointF(12, 19));
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case Icon::Remove:
        p.drawLine(QPointF(5, 12), QPointF(19, 12));
        break;
    case Icon::Calendar:
        calendar(p);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(QPointF(8.5, 14), 1.1, 1.1);
        p.drawEllipse(QPointF(12, 14), 1.1, 1.1);
        p.drawEllipse(QPointF(15.5, 14), 1.1, 1.1);
        break;
    case Icon::Warning: {
        const QColor amber = disabled ? ink : QColor(0xE0, 0x9A, 0x12);
        QPainterPath t;
        t.moveTo(12, 3.5);
        t.lineTo(21.5, 20);
        t.lineTo(2.5, 20);
        t.closeSubpath();
        p.setPen(QPen(amber, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(amber);
        p.drawPath(t);
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12, 9.5), QPointF(12, 14));
        p.drawPoint(QPointF(12, 17.3));
        break;
    }
    case Icon::Error: {
        const QColor red = disabled ? ink : QColor(0xD0, 0x3B, 0x3B);
        p.setPen(Qt::NoPen);
        p.setBrush(red);
        p.drawEllipse(QPointF(12, 12), 9.5, 9.5);
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12, 7), QPointF(12, 13));
        p.drawPoint(QPointF(12, 16.8));
        break;
    }
    case Icon::Chart:
        p.drawPolyline(QPolygonF({QPointF(4, 4), QPointF(4, 20), QPointF(20, 20)}));
        p.setPen(accentPen);
        p.drawPolyline(QPolygonF({QPointF(7, 16), QPointF(11, 11), QPointF(14, 13.5), QPointF(19, 7)}));
        break;
    case Icon::Table:
        p.drawRoundedRect(QRectF(4, 5, 16, 14), 1.5, 1.5);
        p.drawLine(QPointF(4, 9.5), QPointF(20, 9.5));
        p.drawLine(QPointF(4, 14.2), QPointF(20, 14.2));
        p.drawLine(QPointF(10, 5), QPointF(10, 19));
        break;
    case Icon::Scenarios:
        p.drawLine(QPointF(6, 20), QPointF(6, 13));
        p.drawPath([] {
            QPainterPath path;
            path.moveTo(6, 13);
            path.cubicTo(6, 9, 10, 7, 17, 7);
            path.moveTo(6, 13);
            path.cubicTo(6, 15.5, 10, 17, 17, 17);
            return path;
        }());
        p.setPen(accentPen);
        p.drawPolyline(QPolygonF({QPointF(14.5, 4.5), QPointF(17.5, 7), QPointF(14.5, 9.5)}));
        p.drawPolyline(QPolygonF({QPointF(14.5, 14.5), QPointF(17.5, 17), QPointF(14.5, 19.5)}));
        break;
    case Icon::Print:
        p.drawPolyline(QPolygonF({QPointF(7, 9), QPointF(7, 3.5), QPointF(17, 3.5), QPointF(17, 9)}));
        p.drawRoundedRect(QRectF(3.5, 9, 17, 8), 1.5, 1.5);
        p.drawRect(QRectF(7, 14, 10, 6.5));
        break;
    case Icon::Export:
        p.drawPolyline(QPolygonF({QPointF(12, 15), QPointF(12, 3.5)}));
        p.drawPolyline(QPolygonF({QPointF(8, 7.5), QPointF(12, 3.5), QPointF(16, 7.5)}));
        p.drawPolyline(QPolygonF({QPointF(4, 13), QPointF(4, 20), QPointF(20, 20), QPointF(20, 13)}));
        break;
    case Icon::Import:
        p.drawPolyline(QPolygonF({QPointF(12, 3.5), QPointF(12, 15)}));
        p.drawPolyline(QPolygonF({QPointF(8, 11), QPointF(12, 15), QPointF(16, 11)}));
        p.drawPolyline(QPolygonF({QPointF(4, 13), QPointF(4, 20), QPointF(20, 20), QPointF(20, 13)}));
        break;
    case Icon::Search:
        p.drawEllipse(QPointF(10.5, 10.5), 6, 6);
        p.drawLine(QPointF(15, 15), QPointF(20, 20));
        break;
    case Icon::Reload: {
        QPainterPath path;
        path.arcMoveTo(QRectF(4, 4, 16, 16), 60);
        path.arcTo(QRectF(4, 4, 16, 16), 60, 290);
        p.drawPath(path);
        p.drawPolyline(QPolygonF({QPointF(16, 2.5), QPointF(16.3, 5.6), QPointF(19.3, 6.2)}));
        break;
    }
    case Icon::Contract:
        page(p);
        p.setPen(accentPen);
        p.drawLine(QPointF(8.5, 12.5), QPointF(15.5, 12.5));
        p.drawLine(QPointF(8.5, 16), QPointF(13, 16));
        break;
    case Icon::Rooms:
        p.drawPolyline(QPolygonF({QPointF(3, 19), QPointF(3, 6)}));
        p.drawPolyline(QPolygonF({QPointF(3, 15), QPointF(21, 15), QPointF(21, 19)}));
        p.drawPath([] {
            QPainterPath path;
            path.moveTo(10, 15);
            path.lineTo(10, 10);
            path.lineTo(18, 10);
            path.quadTo(21, 10, 21, 13);
            path.lineTo(21, 15);
            return path;
        }());
        p.setPen(accentPen);
        p.drawEllipse(QPointF(6.5, 11.5), 1.8, 1.8);
        break;
    case Icon::Pickup:
        p.drawEllipse(QPointF(10, 8), 3.5, 3.5);
        p.drawPath([] {
            QPainterPath path;
            path.moveTo(3.5, 20);
            path.cubicTo(3.5, 15.5, 6.5, 14, 10, 14);
            path.cubicTo(12, 14, 13.5, 14.5, 14.5, 15.3);
            return path;
        }());
        p.setPen(accentPen);
        p.drawPolyline(QPolygonF({QPointF(15, 18), QPointF(17, 20), QPointF(21, 15.5)}));
        break;
    case Icon::Review:
        calendar(p);
        p.setPen(accentPen);
        p.drawPolyline(QPolygonF({QPointF(8.5, 15), QPointF(11, 17.3), QPointF(15.5, 12.8)}));
        break;
    case Icon::FoodBeverage:
        p.drawLine(QPointF(7, 3.5), QPointF(7, 20.5));
        p.drawPolyline(QPolygonF({QPointF(4.5, 3.5), QPointF(4.5, 8), QPointF(9.5, 8), QPointF(9.5, 3.5)}));
        p.drawPath([] {
            QPainterPath path;
            path.moveTo(17, 20.5);
            path.lineTo(17, 3.5);
            path.cubicTo(14.5, 5, 14, 9, 14, 12.5);
            path.lineTo(17, 12.5);
            return path;
        }());
        break;
    case Icon::Meeting:
        p.drawRoundedRect(QRectF(3.5, 4, 17, 11), 1.5, 1.5);
        p.drawLine(QPointF(12, 15), QPointF(12, 18));
        p.drawLine(QPointF(8, 20.5), QPointF(12, 18));
        p.drawLine(QPointF(16, 20.5), QPointF(12, 18));
        p.setPen(accentPen);
        p.drawPolyline(QPolygonF({QPointF(7, 12), QPointF(10, 9), QPointF(12.5, 10.5), QPointF(17, 7)}));
        break;
    case Icon::Clauses:
        p.drawLine(QPointF(12, 4), QPointF(12, 20));
        p.drawLine(QPointF(7.5, 20), QPointF(16.5, 20));
        p.drawLine(QPointF(5, 7), QPointF(19, 7));
        p.drawPolyline(QPolygonF({QPointF(3, 14), QPointF(5, 8), QPointF(7, 14)}));
        p.drawPolyline(QPolygonF({QPointF(17, 14), QPointF(19, 8), QPointF(21, 14)}));
        p.setPen(accentPen);
        p.drawArc(QRectF(3, 11, 4, 5), 180 * 16, 180 * 16);
        p.drawArc(QRectF(17, 11, 4, 5), 180 * 16, 180 * 16);
        break;
    case Icon::Cancellation:
        p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
        p.setPen(accentPen);
        p.drawLine(QPointF(6, 6), QPointF(18, 18));
        break;
    case Icon::Deposits:
        p.drawRoundedRect(QRectF(3, 6.5, 18, 11), 1.8, 1.8);
        p.drawEllipse(QPointF(12, 12), 2.6, 2.6);
        p.setPen(accentPen);
        p.drawPoint(QPointF(6.5, 12));
        p.drawPoint(QPointF(17.5, 12));
        break;
    case Icon::Duplicate:
        p.drawRoundedRect(QRectF(8, 8, 12, 12), 1.5, 1.5);
        p.drawPolyline(
            QPolygonF({QPointF(16, 5.5), QPointF(16, 4), QPointF(4, 4), QPointF(4, 16), QPointF(5.5, 16)}));
        break;
    case Icon::Rename:
        p.drawPath([] {
            QPainterPath path;
            path.moveTo(15.5, 4.5);
            path.lineTo(19.5, 8.5);
            path.lineTo(8.5, 19.5);
            path.lineTo(4, 20);
            path.lineTo(4.5, 15.5);
            path.closeSubpath();
            return path;
        }());
        break;
    case Icon::Close:
        p.drawLine(QPointF(6, 6), QPointF(18, 18));
        p.drawLine(QPointF(18, 6), QPointF(6, 18));
        break;
    }
}

} // namespace

QIcon icon(Icon which) {
    return QIcon(new LineIconEngine(which));
}

QIcon applicationIcon() {
    QIcon appIcon;
    for (int size : {16, 24, 32, 48, 64, 128, 256}) {
        appIcon.addFile(QStringLiteral(":/icons/attrition-desk-%1.png").arg(size), QSize(size, size));
    }
    return appIcon;
}

} // namespace attrition::ui
