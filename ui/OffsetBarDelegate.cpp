#include "OffsetBarDelegate.h"

#include "Finding.h"
#include "ItemBackground.h"
#include "NodeTableModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

constexpr int Margin = 6;
constexpr int MinBarWidth = 48;

// Width reserved for the number so every row's bar starts at the same x.
int textWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("+0000.0 ms")) + Margin;
}

// The zero line and the two threshold ends give the bar a scale to be read against.
void drawScale(QPainter *painter, const QRectF &area, const QColor &color)
{
    painter->setPen(QPen(color, 1));
    const double centre = area.center().x();
    painter->drawLine(QPointF(centre, area.top()), QPointF(centre, area.bottom()));
    const double tick = area.height() * 0.2;
    for (const double x : {area.left(), area.right()})
        painter->drawLine(QPointF(x, area.center().y() - tick),
                          QPointF(x, area.center().y() + tick));
}

// An arrow head past the bar's end (right or left): the value is beyond the scale.
void drawOverflowArrow(QPainter *painter, const QRectF &bar, bool right, const QColor &color)
{
    const double x = right ? bar.right() : bar.left();
    const double h = bar.height();
    const double base = x + (right ? -h : h) * 0.8;
    QPainterPath arrow;
    arrow.moveTo(base, bar.top() - h * 0.3);
    arrow.lineTo(x, bar.center().y());
    arrow.lineTo(base, bar.bottom() + h * 0.3);
    arrow.closeSubpath();
    painter->setBrush(color);
    painter->setPen(Qt::NoPen);
    painter->drawPath(arrow);
}

// The error bound as a line with end caps `capHalfHeight` above and below.
void drawWhisker(QPainter *painter, const QLineF &whisker, double capHalfHeight,
                 const QColor &color)
{
    painter->setPen(QPen(color, 1.2));
    painter->drawLine(whisker);
    for (const QPointF &end : {whisker.p1(), whisker.p2()})
        painter->drawLine(QPointF(end.x(), end.y() - capHalfHeight),
                          QPointF(end.x(), end.y() + capHalfHeight));
}

} // namespace

OffsetBarDelegate::OffsetBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void OffsetBarDelegate::setCriticalMs(double criticalMs)
{
    if (criticalMs > 0 && std::isfinite(criticalMs))
        m_criticalMs = criticalMs;
}

OffsetBarDelegate::Geometry OffsetBarDelegate::geometry(const QRectF &area, double valueMs,
                                                        std::optional<double> errorMs,
                                                        double criticalMs)
{
    Geometry result;
    if (!std::isfinite(valueMs) || criticalMs <= 0 || area.width() <= 0)
        return result;
    const double centre = area.center().x();
    const double half = area.width() / 2.0;
    auto xFor = [&](double ms) { return centre + std::clamp(ms / criticalMs, -1.0, 1.0) * half; };
    const double barHeight = std::max(2.0, area.height() * 0.4);
    const double top = area.center().y() - barHeight / 2.0;
    const double end = xFor(valueMs);
    result.bar = QRectF(QPointF(std::min(centre, end), top),
                        QPointF(std::max(centre, end), top + barHeight));
    result.overflows = std::fabs(valueMs) > criticalMs;
    if (errorMs && std::isfinite(*errorMs) && *errorMs > 0) {
        const double y = area.center().y();
        result.whisker = QLineF(xFor(valueMs - *errorMs), y, xFor(valueMs + *errorMs), y);
    }
    return result;
}

void OffsetBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto [text, selected, group] = ItemBackground::drawBackground(painter, opt);
    const QColor textColor = ItemBackground::textColor(option);
    const QFontMetrics metrics(option.font);
    QRect rect = option.rect.adjusted(Margin, 2, -Margin, -2);

    painter->save();
    painter->setFont(option.font);
    // The number on the right when the cell has room for it and a bar; otherwise the bar alone
    // (the tooltip and the neighbouring column still carry the number).
    const int numberWidth = textWidth(metrics);
    const QVariant raw = index.data(NodeTableModel::RawValueRole);
    if (rect.width() >= numberWidth + MinBarWidth || !raw.isValid()) {
        const QRect numberRect(rect.right() - numberWidth + 1, rect.top(), numberWidth,
                               rect.height());
        painter->setPen(raw.isValid() ? textColor
                                      : Theme::color(Theme::Role::Muted, option.palette));
        painter->drawText(numberRect, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(text, Qt::ElideRight, numberWidth));
        rect.setRight(numberRect.left() - Margin);
    }
    if (!raw.isValid()) {
        painter->restore();
        return;
    }

    const QRectF area(rect);
    const std::optional<double> error = m_errorBound ? m_errorBound(index) : std::nullopt;
    const Geometry shape = geometry(area, raw.toDouble(), error, m_criticalMs);
    const Severity severity = Severity(index.data(NodeTableModel::SeverityRole).toInt());
    const QColor barColor = Theme::severityColor(severity, option.palette);

    painter->setRenderHint(QPainter::Antialiasing);
    drawScale(painter, area, selected ? textColor : option.palette.color(group, QPalette::Mid));
    painter->setPen(selected ? QPen(textColor, 1) : Qt::NoPen);
    painter->setBrush(barColor);
    painter->drawRect(shape.bar.width() < 1 ? shape.bar.adjusted(-0.5, 0, 0.5, 0) : shape.bar);
    if (shape.overflows)
        drawOverflowArrow(painter, shape.bar, raw.toDouble() > 0, textColor);
    if (!shape.whisker.isNull())
        drawWhisker(painter, shape.whisker, shape.bar.height() * 0.5, textColor);
    painter->restore();
}

QSize OffsetBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    return {textWidth(metrics) + MinBarWidth * 2 + 3 * Margin,
            QStyledItemDelegate::sizeHint(option, index).height()};
}
