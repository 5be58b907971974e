// ClusterListDelegate: paints one saved cluster in the sidebar: a health badge (the worst
// severity, or unknown before the first refresh), the name, and a second line with the nodes
// that answer or "Unreachable" and the time since the last refresh, after the environment label
// ("PRODUCTION") and "read-only" when they apply; a strip in the environment's colour marks the
// row's edge.
#pragma once

#include <QStyledItemDelegate>

class ClusterListDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListDelegate)

public:
    explicit ClusterListDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The badge icon name for a row ("ok", "warning", "critical", "unknown") and its words
    // (also the accessible text of the badge).
    static QString badgeIconName(const QModelIndex &index);
    // The second line: environment and read-only labels, then healthLine().
    static QString statusLine(const QModelIndex &index);
    // Nodes up or the state, and the age of the last refresh.
    static QString healthLine(const QModelIndex &index);
    static QString badgeText(const QModelIndex &index);

private:
    // A folder's one line: its name in bold, then what it holds.
    static void paintFolderLine(QPainter *painter, const QFont &font, const QModelIndex &index,
                                const QRect &textRect, const QColor &textColor,
                                const QColor &secondaryColor);
};
