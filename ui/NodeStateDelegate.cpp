#include "NodeStateDelegate.h"

#include "ItemBackground.h"
#include "NodeSnapshot.h"
#include "NodeTableModel.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int Margin = 6;

int dotDiameter(const QFontMetrics &metrics)
{
    return qMax(8, metrics.height() / 2 + 1);
}

} // namespace

NodeStateDelegate::NodeStateDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor NodeStateDelegate::dotColor(const QModelIndex &index, const QPalette &palette)
{
    const QVariant raw = index.data(NodeTableModel::RawValueRole);
    if (!raw.isValid() || raw.toInt() == int(NodeHealth::Unknown))
        return Theme::color(Theme::Role::Muted, palette);
    return Theme::severityColor(Severity(index.data(NodeTableModel::SeverityRole).toInt()),
                                palette);
}

void NodeStateDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws selection, focus and hover; the badge is ours.
    const auto [text, selected, group] = ItemBackground::drawBackground(painter, opt);
    const QFontMetrics metrics(option.font);
    const int diameter = dotDiameter(metrics);
    const QRect rect = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QRectF dot(rect.left(), rect.top() + (rect.height() - diameter) / 2.0, diameter,
                     diameter);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // On a selected row a ring in the highlight text colour keeps the dot visible on any
    // highlight colour.
    painter->setPen(selected ? QPen(option.palette.color(group, QPalette::HighlightedText), 1.5)
                             : Qt::NoPen);
    painter->setBrush(dotColor(index, option.palette));
    painter->drawEllipse(dot);

    const QRect textRect = rect.adjusted(diameter + Margin, 0, 0, 0);
    painter->setPen(ItemBackground::textColor(option));
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize NodeStateDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int width = 3 * Margin + dotDiameter(metrics) +
                      metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
    return {width, QStyledItemDelegate::sizeHint(option, index).height()};
}
