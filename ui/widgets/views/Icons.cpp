// SPDX-License-Identifier: MIT
#include "views/Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <functional>

namespace convlab::icons {

namespace {

using Painter = std::function<void(QPainter&, const QColor& ink)>;

// Paints into a 24×24 logical box scaled to the requested rectangle.
class VectorIconEngine final : public QIconEngine {
  public:
    explicit VectorIconEngine(Painter painter) : m_paint(std::move(painter)) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QColor ink = QApplication::palette().color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            ink = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        m_paint(*painter, ink);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine* clone() const override { return new VectorIconEngine(m_paint); }

  private:
    Painter m_paint;
};

QIcon make(Painter painter)
{
    return QIcon(new VectorIconEngine(std::move(painter)));
}

QPen pen(const QColor& ink, double width = 1.8)
{
    return QPen(ink, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

const QColor kAccent(38, 139, 210);

} // namespace

QIcon tool(Tool which)
{
    switch (which) {
    case Tool::Select:
        return make([](QPainter& p, const QColor& ink) {
            QPen dashed = pen(ink, 1.6);
            dashed.setDashPattern({2.0, 1.6});
            p.setPen(dashed);
            p.drawRect(QRectF(3.5, 3.5, 17, 17));
            p.setPen(pen(kAccent, 2.2));
            p.drawLine(QPointF(14, 14), QPointF(21, 21));
        });
    case Tool::Brush:
        return make([](QPainter& p, const QColor& ink) {
            p.setPen(pen(ink));
            p.drawLine(QPointF(20, 4), QPointF(10, 14));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            QPainterPath tip;
            tip.moveTo(11, 12);
            tip.cubicTo(6, 11, 4, 15, 4, 20);
            tip.cubicTo(9, 20, 13, 18, 12, 13);
            tip.closeSubpath();
            p.drawPath(tip);
        });
    case Tool::Eraser:
        return make([](QPainter& p, const QColor& ink) {
            p.setPen(pen(ink));
            p.setBrush(Qt::NoBrush);
            QPolygonF body({{4, 15}, {13, 6}, {20, 13}, {12, 21}, {8, 21}});
            p.drawPolygon(body);
            p.setBrush(kAccent);
            p.drawPolygon(QPolygonF({{4, 15}, {8.5, 10.5}, {15.5, 17.5}, {12, 21}, {8, 21}}));
        });
    case Tool::Line:
        return make([](QPainter& p, const QColor& ink) {
            p.setPen(pen(ink, 2.2));
            p.drawLine(QPointF(4, 20), QPointF(20, 4));
        });
    case Tool::Rectangle:
        return make([](QPainter& p, const QColor& ink) {
            p.setPen(pen(ink, 2));
            p.drawRect(QRectF(4, 6, 16, 12));
        });
    case Tool::Ellipse:
        return make([](QPainter& p, const QColor& ink) {
            p.setPen(pen(ink, 2));
            p.drawEllipse(QRectF(3.5, 5.5, 17, 13));
        });
    case Tool::Text:
        return make([](QPainter& p, const QColor& ink) {
            QFont font = QApplication::font();
            font.setPixelSize(19);
            font.setBold(true);
            p.setFont(font);
            p.setPen(ink);
            p.drawText(QRectF(0, 0, 24, 24), Qt::AlignCenter, QStringLiteral("2"));
        });
    case Tool::Fill:
        return make([](QPainter& p, const QColor& ink) {
            p.setPen(pen(ink));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(QPolygonF({{5, 11}, {11, 5}, {18, 12}, {12, 18}}));
            p.setPen(Qt::NoPen);
            p.setBrush(kAccent);
            p.drawEllipse(QRectF(16.5, 15, 5, 6));
        });
    }
    return {};
}

QIcon useAsPatch()
{
    return make([](QPainter& p, const QColor& ink) {
        QPen dashed = pen(ink, 1.5);
        dashed.setDashPattern({2.0, 1.5});
        p.setPen(dashed);
        p.drawRect(QRectF(2.5, 2.5, 11, 11));
        p.setPen(pen(kAccent, 2));
        p.setBrush(QColor(kAccent.red(), kAccent.green(), kAccent.blue(), 60));
        p.drawRect(QRectF(11, 11, 10, 10));
        p.drawLine(QPointF(8, 8), QPointF(13, 13));
    });
}

QIcon clear()
{
    return make([](QPainter& p, const QColor& ink) {
        p.setPen(pen(ink));
        p.drawRect(QRectF(4, 4, 16, 16));
        p.setPen(pen(QColor(214, 40, 57), 2));
        p.drawLine(QPointF(8, 8), QPointF(16, 16));
        p.drawLine(QPointF(16, 8), QPointF(8, 16));
    });
}

QIcon invert()
{
    return make([](QPainter& p, const QColor& ink) {
        p.setPen(pen(ink));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(4, 4, 16, 16));
        p.setBrush(ink);
        QPainterPath half;
        half.moveTo(12, 4);
        half.arcTo(QRectF(4, 4, 16, 16), 90, 180);
        half.closeSubpath();
        p.drawPath(half);
    });
}

QIcon zoomFit()
{
    return make([](QPainter& p, const QColor& ink) {
        p.setPen(pen(ink));
        for (const auto& corner : {QLineF(4, 9, 4, 4), QLineF(4, 4, 9, 4), QLineF(15, 4, 20, 4),
                                   QLineF(20, 4, 20, 9), QLineF(4, 15, 4, 20), QLineF(4, 20, 9, 20),
                                   QLineF(20, 15, 20, 20), QLineF(15, 20, 20, 20)})
            p.drawLine(corner);
        p.setPen(Qt::NoPen);
        p.setBrush(kAccent);
        p.drawRect(QRectF(8, 8, 8, 8));
    });
}

QIcon zoomActual()
{
    return make([](QPainter& p, const QColor& ink) {
        QFont font = QApplication::font();
        font.setPixelSize(11);
        font.setBold(true);
        p.setFont(font);
        p.setPen(ink);
        p.drawText(QRectF(0, 0, 24, 24), Qt::AlignCenter, QStringLiteral("1:1"));
    });
}

QIcon player(Player which)
{
    // Triangles and bars filled in the ink, on a 24×24 box.
    const auto triangle = [](QPainter& p, double left, double right, bool pointsRight) {
        QPolygonF shape;
        if (pointsRight)
            shape << QPointF(left, 5) << QPointF(right, 12) << QPointF(left, 19);
        else
            shape << QPointF(right, 5) << QPointF(left, 12) << QPointF(right, 19);
        p.drawPolygon(shape);
    };
    return make([which, triangle](QPainter& p, const QColor& ink) {
        p.setPen(QPen(ink, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(ink);
        switch (which) {
        case Player::First:
            p.drawRect(QRectF(5, 5, 2.5, 14));
            triangle(p, 9, 19, false);
            break;
        case Player::Back:
            triangle(p, 3, 12, false);
            triangle(p, 12, 21, false);
            break;
        case Player::Play:
            triangle(p, 7, 19, true);
            break;
        case Player::Pause:
            p.drawRect(QRectF(6.5, 5, 3.5, 14));
            p.drawRect(QRectF(14, 5, 3.5, 14));
            break;
        case Player::Step:
            triangle(p, 3, 12, true);
            triangle(p, 12, 21, true);
            break;
        case Player::Last:
            triangle(p, 5, 15, true);
            p.drawRect(QRectF(16.5, 5, 2.5, 14));
            break;
        }
    });
}

} // namespace convlab::icons
