#include "ClusterSidebar.h"

#include "ClusterListDelegate.h"
#include "ClusterListModel.h"
#include "ClusterOrderProxyModel.h"
#include "ClusterTreeModel.h"
#include "Icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

bool askBeforeRemoving(QWidget *parent, const QString &clusterName)
{
    QMessageBox box(QMessageBox::Question, ClusterSidebar::tr("Remove cluster"),
                    ClusterSidebar::tr("Remove “%1” from Clusterdesk?").arg(clusterName),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(ClusterSidebar::tr(
        "Its saved connection, history and drafts are deleted. The cluster itself is not "
        "touched."));
    QPushButton *remove =
        box.addButton(ClusterSidebar::tr("&Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

ClusterSidebar::ClusterSidebar(QWidget *parent)
    : QWidget(parent)
    , m_tree(new ClusterTreeModel(this))
    , m_proxy(new ClusterOrderProxyModel(this))
    , m_view(new QTreeView(this))
    , m_addAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_removeAction(new QAction(this))
    , m_moveUpAction(new QAction(this))
    , m_moveDownAction(new QAction(this))
    , m_moveToGroupAction(new QAction(this))
    , m_newGroupAction(new QAction(this))
    , m_renameGroupAction(new QAction(this))
    , m_removeGroupAction(new QAction(this))
    , m_confirmRemoval(askBeforeRemoving)
{
    setObjectName(QStringLiteral("clusterSidebar"));
    m_view->setObjectName(QStringLiteral("clusterList"));
    m_proxy->setSourceModel(m_tree);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ClusterListDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHeaderHidden(true);
    m_view->setIndentation(14);
    m_view->setAnimated(false);
    m_view->setExpandsOnDoubleClick(false); // activated does it, for Enter too
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);

    m_addAction->setObjectName(QStringLiteral("addClusterAction"));
    m_editAction->setObjectName(QStringLiteral("editClusterAction"));
    m_removeAction->setObjectName(QStringLiteral("removeClusterAction"));
    m_moveUpAction->setObjectName(QStringLiteral("moveClusterUpAction"));
    m_moveDownAction->setObjectName(QStringLiteral("moveClusterDownAction"));
    m_moveToGroupAction->setObjectName(QStringLiteral("moveClusterToGroupAction"));
    m_newGroupAction->setObjectName(QStringLiteral("newGroupAction"));
    m_renameGroupAction->setObjectName(QStringLiteral("renameGroupAction"));
    m_removeGroupAction->setObjectName(QStringLiteral("removeGroupAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Delete and the move keys act on the list only: a text field's Delete stays its own.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *action : {m_removeAction, m_moveUpAction, m_moveDownAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({m_addAction, m_editAction, m_removeAction, m_moveUpAction, m_moveDownAction,
                        m_moveToGroupAction, m_newGroupAction, m_renameGroupAction,
                        m_removeGroupAction});

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(4, 2, 4, 4);
    buttons->setSpacing(2);
    for (QAction *action :
         {m_addAction, m_editAction, m_removeAction, m_moveUpAction, m_moveDownAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        // The list keeps the focus chain short: the buttons are reachable by their shortcuts.
        button->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(button);
        m_buttons.append(button);
    }
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_addAction, &QAction::triggered, this, &ClusterSidebar::addRequested);
    connect(m_editAction, &QAction::triggered, this, [this] {
        const QString id = currentProfileId();
        if (!id.isEmpty())
            Q_EMIT editRequested(id);
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // Enter or double click on a cluster opens its settings, on a folder opens or closes it.
        if (!index.data(ClusterTreeModel::IsGroupRole).toBool())
            m_editAction->trigger();
        else
            m_view->setExpanded(index, !m_view->isExpanded(index));
    });
    connect(m_removeAction, &QAction::triggered, this, &ClusterSidebar::requestRemoval);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { requestMove(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { requestMove(+1); });
    connect(m_moveToGroupAction, &QAction::triggered, this, [this] {
        const QString id = currentProfileId();
        if (!id.isEmpty())
            Q_EMIT moveToGroupRequested(id);
    });
    connect(m_newGroupAction, &QAction::triggered, this,
            [this] { Q_EMIT newGroupRequested(currentGroup()); });
    connect(m_renameGroupAction, &QAction::triggered, this, [this] {
        if (const QString path = currentGroup(); !path.isEmpty())
            Q_EMIT renameGroupRequested(path);
    });
    connect(m_removeGroupAction, &QAction::triggered, this, [this] {
        if (const QString path = currentGroup(); !path.isEmpty())
            Q_EMIT removeGroupRequested(path);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ClusterSidebar::showContextMenu);
    connect(m_proxy, &ClusterOrderProxyModel::moveRequested, this, &ClusterSidebar::moveRequested);
    connect(m_proxy, &ClusterOrderProxyModel::groupRequested, this,
            &ClusterSidebar::groupChangeRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ClusterSidebar::currentChanged);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(ClusterTreeModel::GroupPathRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(ClusterTreeModel::GroupPathRole).toString());
    });
    // The tree's shape changes under the current index (a cluster moved, a folder made): the
    // new folders open and the enabled state follows.
    const auto reshaped = [this] {
        applyExpansion();
        updateActions();
    };
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, reshaped);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, reshaped);

    retranslateUi();
    updateIcons();
    updateActions();
}

void ClusterSidebar::setModel(ClusterListModel *model)
{
    m_model = model;
    m_tree->setSourceModel(model);
    updateActions();
}

void ClusterSidebar::setGroups(const QStringList &paths)
{
    m_tree->setGroups(paths);
}

QString ClusterSidebar::currentProfileId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ClusterListModel::ProfileIdRole).toString() : QString();
}

QString ClusterSidebar::currentGroup() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.data(ClusterTreeModel::IsGroupRole).toBool()
               ? current.data(ClusterTreeModel::GroupPathRole).toString()
               : QString();
}

void ClusterSidebar::setCurrentProfileId(const QString &profileId)
{
    const QModelIndex index = m_proxy->indexOfProfile(profileId);
    if (!index.isValid()) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->scrollTo(index); // opens the folders it is in
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

void ClusterSidebar::setCurrentGroup(const QString &path)
{
    const QModelIndex index = m_proxy->mapFromSource(m_tree->indexOfGroup(path));
    if (index.isValid()) {
        m_view->scrollTo(index);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
}

void ClusterSidebar::currentChanged()
{
    updateActions();
    const QString group = currentGroup();
    if (group != m_lastCurrentGroup) {
        m_lastCurrentGroup = group;
        if (!group.isEmpty())
            Q_EMIT currentGroupChanged(group);
    }
    const QString id = currentProfileId();
    if (id != m_lastCurrentId) {
        m_lastCurrentId = id;
        Q_EMIT currentProfileChanged(id);
    }
}

void ClusterSidebar::applyExpansion(const QModelIndex &parent)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, 0, parent);
        if (!index.data(ClusterTreeModel::IsGroupRole).toBool())
            continue;
        const bool open =
            !m_collapsed.contains(index.data(ClusterTreeModel::GroupPathRole).toString());
        if (m_view->isExpanded(index) != open)
            m_view->setExpanded(index, open);
        applyExpansion(index);
    }
}

QModelIndex ClusterSidebar::siblingCluster(int delta) const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || current.data(ClusterTreeModel::IsGroupRole).toBool())
        return {};
    for (int row = current.row() + delta; row >= 0 && row < m_proxy->rowCount(current.parent());
         row += delta) {
        const QModelIndex sibling = current.siblingAtRow(row);
        if (!sibling.data(ClusterTreeModel::IsGroupRole).toBool())
            return sibling;
    }
    return {};
}

void ClusterSidebar::updateActions()
{
    const bool cluster = !currentProfileId().isEmpty();
    const bool group = !currentGroup().isEmpty();
    m_editAction->setEnabled(cluster);
    m_removeAction->setEnabled(cluster);
    m_moveUpAction->setEnabled(siblingCluster(-1).isValid());
    m_moveDownAction->setEnabled(siblingCluster(+1).isValid());
    m_moveToGroupAction->setEnabled(cluster);
    m_renameGroupAction->setEnabled(group);
    m_removeGroupAction->setEnabled(group);
    // A removed current row leaves the selection empty without currentChanged on some paths.
    const QString id = currentProfileId();
    if (id != m_lastCurrentId) {
        m_lastCurrentId = id;
        Q_EMIT currentProfileChanged(id);
    }
}

void ClusterSidebar::showContextMenu(const QPoint &position)
{
    const QModelIndex at = m_view->indexAt(position);
    if (at.isValid())
        m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect);
    else
        m_view->selectionModel()->clear();
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("clusterListMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!at.isValid()) {
        menu->addActions({m_addAction, m_newGroupAction});
    } else if (at.data(ClusterTreeModel::IsGroupRole).toBool()) {
        menu->addActions({m_newGroupAction, m_renameGroupAction, m_removeGroupAction});
    } else {
        menu->addActions({m_editAction, m_moveToGroupAction, m_moveUpAction, m_moveDownAction});
        menu->addSeparator();
        menu->addActions({m_removeAction});
    }
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void ClusterSidebar::requestRemoval()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString id = currentProfileId();
    if (id.isEmpty())
        return; // a folder is removed with Remove Group, which keeps its clusters
    const QString name = current.data(ClusterListModel::NameRole).toString();
    if (m_confirmRemoval && !m_confirmRemoval(window(), name))
        return;
    Q_EMIT removeRequested(id);
}

void ClusterSidebar::requestMove(int delta)
{
    // Within its folder: to the place of the cluster next to it there.
    const QModelIndex sibling = siblingCluster(delta);
    if (sibling.isValid())
        Q_EMIT moveRequested(currentProfileId(), sibling.data(ClusterTreeModel::OrderRole).toInt());
}

void ClusterSidebar::retranslateUi()
{
    m_view->setAccessibleName(tr("Saved clusters"));
    m_addAction->setText(tr("&Add Cluster…"));
    m_addAction->setToolTip(
        tr("Add a cluster (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Edit Cluster…"));
    m_editAction->setToolTip(tr("Edit the selected cluster's connection"));
    m_removeAction->setText(tr("&Remove Cluster"));
    m_removeAction->setToolTip(tr("Remove the selected cluster from Clusterdesk"));
    m_moveUpAction->setText(tr("Move &Up"));
    m_moveUpAction->setToolTip(tr("Move the selected cluster up"));
    m_moveDownAction->setText(tr("Move &Down"));
    m_moveDownAction->setToolTip(tr("Move the selected cluster down"));
    m_moveToGroupAction->setText(tr("Move to &Group…"));
    m_moveToGroupAction->setToolTip(tr("Put the selected cluster in a group (a folder)"));
    m_newGroupAction->setText(tr("&New Group…"));
    m_newGroupAction->setToolTip(tr("Make a folder for clusters"));
    m_renameGroupAction->setText(tr("Re&name Group…"));
    m_renameGroupAction->setToolTip(tr("Rename the selected folder in every cluster it holds"));
    m_removeGroupAction->setText(tr("Remove &Group"));
    m_removeGroupAction->setToolTip(
        tr("Remove the selected folder; its clusters move to the folder above"));
}

void ClusterSidebar::updateIcons()
{
    m_addAction->setIcon(Icons::icon(QStringLiteral("add")));
    m_editAction->setIcon(Icons::icon(QStringLiteral("edit")));
    m_removeAction->setIcon(Icons::icon(QStringLiteral("remove")));
    m_moveUpAction->setIcon(Icons::icon(QStringLiteral("up")));
    m_moveDownAction->setIcon(Icons::icon(QStringLiteral("down")));
}

void ClusterSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        m_view->viewport()->update(); // badges and muted text take the new palette's colours
    QWidget::changeEvent(event);
}
