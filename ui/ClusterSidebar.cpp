#include "ClusterSidebar.h"

#include "ClusterListDelegate.h"
#include "ClusterListModel.h"
#include "ClusterOrderProxyModel.h"
#include "Icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
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
    , m_proxy(new ClusterOrderProxyModel(this))
    , m_view(new QListView(this))
    , m_addAction(new QAction(this))
    , m_editAction(new QAction(this))
    , m_removeAction(new QAction(this))
    , m_moveUpAction(new QAction(this))
    , m_moveDownAction(new QAction(this))
    , m_moveToGroupAction(new QAction(this))
    , m_confirmRemoval(askBeforeRemoving)
{
    setObjectName(QStringLiteral("clusterSidebar"));
    m_view->setObjectName(QStringLiteral("clusterList"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ClusterListDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setFrameShape(QFrame::NoFrame);

    m_addAction->setObjectName(QStringLiteral("addClusterAction"));
    m_editAction->setObjectName(QStringLiteral("editClusterAction"));
    m_removeAction->setObjectName(QStringLiteral("removeClusterAction"));
    m_moveUpAction->setObjectName(QStringLiteral("moveClusterUpAction"));
    m_moveDownAction->setObjectName(QStringLiteral("moveClusterDownAction"));
    m_moveToGroupAction->setObjectName(QStringLiteral("moveClusterToGroupAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // Delete and the move keys act on the list only: a text field's Delete stays its own.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_moveUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_moveDownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *action : {m_removeAction, m_moveUpAction, m_moveDownAction})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({m_addAction, m_editAction, m_removeAction, m_moveUpAction, m_moveDownAction,
                        m_moveToGroupAction});

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
    connect(m_view, &QListView::activated, this, [this] {
        // Enter or double click on a cluster opens its settings.
        m_editAction->trigger();
    });
    connect(m_removeAction, &QAction::triggered, this, &ClusterSidebar::requestRemoval);
    connect(m_moveUpAction, &QAction::triggered, this, [this] { requestMove(-1); });
    connect(m_moveDownAction, &QAction::triggered, this, [this] { requestMove(+1); });
    connect(m_moveToGroupAction, &QAction::triggered, this, [this] {
        const QString id = currentProfileId();
        if (!id.isEmpty())
            Q_EMIT moveToGroupRequested(id);
    });
    connect(m_proxy, &ClusterOrderProxyModel::moveRequested, this, &ClusterSidebar::moveRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        const QString id = currentProfileId();
        if (id != m_lastCurrentId) {
            m_lastCurrentId = id;
            Q_EMIT currentProfileChanged(id);
        }
    });
    // Rows move under the current index when the order changes: the enabled state follows.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ClusterSidebar::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ClusterSidebar::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsMoved, this, &ClusterSidebar::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ClusterSidebar::updateActions);

    retranslateUi();
    updateIcons();
    updateActions();
}

void ClusterSidebar::setModel(ClusterListModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    updateActions();
}

int ClusterSidebar::currentRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString ClusterSidebar::currentProfileId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ClusterListModel::ProfileIdRole).toString() : QString();
}

void ClusterSidebar::setCurrentProfileId(const QString &profileId)
{
    const int row = m_model ? m_model->rowOf(profileId) : -1;
    if (row < 0) {
        m_view->selectionModel()->clear();
        return;
    }
    m_view->selectionModel()->setCurrentIndex(m_proxy->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect);
}

void ClusterSidebar::updateActions()
{
    const int row = currentRow();
    const int rows = m_proxy->rowCount();
    m_editAction->setEnabled(row >= 0);
    m_removeAction->setEnabled(row >= 0);
    m_moveUpAction->setEnabled(row > 0);
    m_moveDownAction->setEnabled(row >= 0 && row < rows - 1);
    m_moveToGroupAction->setEnabled(row >= 0);
    // A removed current row leaves the selection empty without currentChanged on some paths.
    const QString id = currentProfileId();
    if (id != m_lastCurrentId) {
        m_lastCurrentId = id;
        Q_EMIT currentProfileChanged(id);
    }
}

void ClusterSidebar::requestRemoval()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(ClusterListModel::ProfileIdRole).toString();
    const QString name = current.data(ClusterListModel::NameRole).toString();
    if (m_confirmRemoval && !m_confirmRemoval(window(), name))
        return;
    Q_EMIT removeRequested(id);
}

void ClusterSidebar::requestMove(int delta)
{
    const int row = currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_proxy->rowCount())
        return;
    Q_EMIT moveRequested(currentProfileId(), to);
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
