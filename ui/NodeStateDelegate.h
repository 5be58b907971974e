// NodeStateDelegate: paints a node's state cell as a badge, a dot in the cell's severity colour
// (Theme) followed by the state in words, so the colour is never the only signal.
#pragma once

#include <QStyledItemDelegate>

class NodeStateDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeStateDelegate)

public:
    explicit NodeStateDelegate(QObject *parent = nullptr);

    // The dot's colour for a cell: its SeverityRole, or muted when the state is unknown.
    static QColor dotColor(const QModelIndex &index, const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
