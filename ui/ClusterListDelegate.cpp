#include "ClusterListDelegate.h"

#include "ClusterListModel.h"
#include "ClusterTreeModel.h"
#include "Icons.h"
#include "ItemBackground.h"
#include "Theme.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace {

constexpr int Margin = 6;
constexpr int BadgeSize = 20;

Severity severityOf(const QModelIndex &index)
{
    return Severity(index.data(ClusterListModel::WorstSeverityRole).toInt());
}

bool hasSnapshot(const QModelIndex &index)
{
    return index.data(ClusterListModel::HasSnapshotRole).toBool();
}

bool isGroup(const QModelIndex &index)
{
    return index.data(ClusterTreeModel::IsGroupRole).toBool();
}

} // namespace

ClusterListDelegate::ClusterListDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QString ClusterListDelegate::badgeIconName(const QModelIndex &index)
{
    // A folder: the worst of its clusters as their own badges show it.
    if (isGroup(index)) {
        if (index.data(ClusterTreeModel::CriticalCountRole).toInt() > 0)
            return QStringLiteral("critical");
        if (index.data(ClusterTreeModel::WarningCountRole).toInt() > 0)
            return QStringLiteral("warning");
        return hasSnapshot(index) ? QStringLiteral("ok") : QStringLiteral("unknown");
    }
    if (!index.data(ClusterListModel::PasswordNeededRole).toString().isEmpty())
        return QStringLiteral("warning");
    if (!hasSnapshot(index))
        return QStringLiteral("unknown");
    if (!index.data(ClusterListModel::ReachableRole).toBool())
        return QStringLiteral("critical");
    return Icons::severityIconName(severityOf(index));
}

QString ClusterListDelegate::badgeText(const QModelIndex &index)
{
    if (isGroup(index))
        return index.data(Qt::ToolTipRole).toString();
    if (!index.data(ClusterListModel::PasswordNeededRole).toString().isEmpty())
        return tr("Password needed");
    if (!hasSnapshot(index))
        return tr("Not refreshed yet");
    if (!index.data(ClusterListModel::ReachableRole).toBool())
        return tr("Unreachable");
    return severityText(severityOf(index));
}

QString ClusterListDelegate::statusLine(const QModelIndex &index)
{
    // The environment is written, not only coloured, so it reads for everyone.
    QStringList labels;
    if (const QString environment = index.data(ClusterListModel::EnvironmentRole).toString();
        !environment.isEmpty())
        labels << environment;
    if (index.data(ClusterListModel::ReadOnlyRole).toBool())
        labels << tr("read-only");
    const QString state = healthLine(index);
    return labels.isEmpty() ? state : tr("%1 · %2").arg(labels.join(tr(" · ")), state);
}

QString ClusterListDelegate::healthLine(const QModelIndex &index)
{
    // Not "Unreachable": nothing was asked, the cluster waits for the user.
    if (!index.data(ClusterListModel::PasswordNeededRole).toString().isEmpty())
        return tr("Password needed · Sign In…");
    if (!hasSnapshot(index))
        return tr("Not refreshed yet");
    const QString age = index.data(ClusterListModel::LastRefreshAgeRole).toString();
    QString state =
        index.data(ClusterListModel::ReachableRole).toBool()
            ? tr("%1 nodes up").arg(index.data(ClusterListModel::NodesUpRole).toString())
            : tr("Unreachable");
    if (index.data(ClusterListModel::StaleRole).toBool())
        return tr("%1 · saved %2").arg(state, age);
    return tr("%1 · %2").arg(state, age);
}

QSize ClusterListDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    // A folder is one line: its name and what it holds.
    const int lines = isGroup(index) ? 1 : 2;
    const int height = qMax(BadgeSize, metrics.height() * lines + 2) + 2 * Margin;
    return {metrics.horizontalAdvance(QLatin1Char('M')) * 16, height};
}

void ClusterListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the selection, focus and hover backgrounds; we draw the contents.
    opt.icon = QIcon();
    ItemBackground::draw(painter, opt);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = ItemBackground::colorGroup(option.state);
    const QRect rect = option.rect.adjusted(Margin, Margin, -Margin, -Margin);

    // The environment's mark: a strip along the row's edge, wider for production.
    const QColor environment =
        QColor::fromString(index.data(ClusterListModel::EnvironmentColourRole).toString());
    if (environment.isValid()) {
        const int width = index.data(ClusterListModel::ProductionRole).toBool() ? 5 : 3;
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), width, option.rect.height()),
                          environment);
    }

    // Badge: the severity colour unless the row is selected, where the highlight decides.
    const QString badge = badgeIconName(index);
    QColor badgeColor;
    if (badge == QLatin1String("unknown"))
        badgeColor = Theme::color(Theme::Role::Muted, option.palette);
    else if (badge == QLatin1String("critical"))
        badgeColor = Theme::color(Theme::Role::Critical, option.palette);
    else if (badge == QLatin1String("warning"))
        badgeColor = Theme::color(Theme::Role::Warning, option.palette);
    else
        badgeColor = Theme::color(Theme::Role::Ok, option.palette);
    if (selected)
        badgeColor = option.palette.color(group, QPalette::HighlightedText);
    const QRect badgeRect(rect.left(), rect.top() + (rect.height() - BadgeSize) / 2, BadgeSize,
                          BadgeSize);
    Icons::icon(badge, badgeColor).paint(painter, badgeRect);

    const QRect textRect = rect.adjusted(BadgeSize + Margin, 0, 0, 0);
    const QColor textColor = ItemBackground::textColor(option);
    QColor secondaryColor = selected ? textColor : Theme::color(Theme::Role::Muted, option.palette);
    if (index.data(ClusterListModel::StaleRole).toBool() && !selected)
        secondaryColor = option.palette.color(QPalette::Disabled, QPalette::Text);

    painter->save();
    QFont nameFont = option.font;
    nameFont.setBold(true);
    if (isGroup(index)) {
        paintFolderLine(painter, option.font, index, textRect, textColor, secondaryColor);
        painter->restore();
        return;
    }
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(option.font);
    const int top =
        textRect.top() + (textRect.height() - nameMetrics.height() - metrics.height()) / 2;
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             textRect.width()));
    painter->setFont(option.font);
    painter->setPen(secondaryColor);
    painter->drawText(
        QRect(textRect.left(), top + nameMetrics.height(), textRect.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(statusLine(index), Qt::ElideRight, textRect.width()));
    painter->restore();
}

void ClusterListDelegate::paintFolderLine(QPainter *painter, const QFont &font,
                                          const QModelIndex &index, const QRect &textRect,
                                          const QColor &textColor, const QColor &secondaryColor)
{
    // The name in bold, shortened first: the counts stay readable in a narrow list.
    QFont nameFont = font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(font);
    const QString summary =
        QLatin1Char(' ') + index.data(ClusterTreeModel::GroupSummaryRole).toString();
    const int summaryWidth = std::min(metrics.horizontalAdvance(summary), textRect.width() / 2);
    const QString name = nameMetrics.elidedText(index.data(ClusterListModel::NameRole).toString(),
                                                Qt::ElideRight, textRect.width() - summaryWidth);
    const int nameWidth = nameMetrics.horizontalAdvance(name);
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->setFont(font);
    painter->setPen(secondaryColor);
    painter->drawText(textRect.adjusted(nameWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(summary, Qt::ElideRight, textRect.width() - nameWidth));
}
