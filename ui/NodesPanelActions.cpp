// NodesPanel's node actions at the load balancer: Drain, Maintenance and Ready as buttons and
// in the table's context menu, the confirmation (a second one for the last serving node), the
// stats password when none is saved, the outcome line and the restart-order note.
#include "NodesPanel.h"

#include "NodeActionController.h"

#include <QAction>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

void NodesPanel::setUpNodeActions(QHBoxLayout *bar)
{
    const auto make = [this, bar](NodeAction action, const QString &name) {
        auto *qaction = new QAction(this);
        qaction->setObjectName(name);
        connect(qaction, &QAction::triggered, this, [this, action] { requestNodeAction(action); });
        m_table->addAction(qaction);
        auto *button = new QPushButton(this);
        button->setObjectName(name + QStringLiteral("Button"));
        connect(button, &QPushButton::clicked, qaction, &QAction::trigger);
        bar->addWidget(button);
        m_actionButtons.append(button);
        return qaction;
    };
    m_drain = make(NodeAction::Drain, QStringLiteral("drainNode"));
    m_maint = make(NodeAction::Maint, QStringLiteral("maintainNode"));
    m_ready = make(NodeAction::Ready, QStringLiteral("readyNode"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_actionStatus = new QLabel(this);
    m_actionStatus->setObjectName(QStringLiteral("nodeActionStatus"));
    m_actionStatus->setWordWrap(true);
    m_actionStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionStatus->hide();
    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartOrderNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setFrameShape(QFrame::StyledPanel);
    m_restartNote->setMargin(6);
    m_restartNote->hide();
    updateNodeActions();
}

void NodesPanel::retranslateNodeActions()
{
    const QList<std::pair<QAction *, QString>> texts{
        {m_drain, tr("Dra&in")}, {m_maint, tr("Main&tenance")}, {m_ready, tr("Rea&dy")}};
    for (int i = 0; i < texts.size(); ++i) {
        texts.at(i).first->setText(texts.at(i).second);
        m_actionButtons.at(i)->setText(texts.at(i).second);
    }
    m_drain->setStatusTip(tr("HAProxy sends the selected node no new connections"));
    m_maint->setStatusTip(tr("HAProxy sends the selected node no traffic at all"));
    m_ready->setStatusTip(tr("HAProxy sends the selected node traffic again"));
    m_restartNote->setText(NodeActionRules::restartOrderNote());
    updateNodeActions();
}

void NodesPanel::setProfile(const ClusterProfile &profile)
{
    m_profile = profile;
    updateNodeActions(); // the read-only switch may have changed
}

void NodesPanel::setNodeActions(NodeActionController *actions)
{
    if (m_nodeActions)
        m_nodeActions->disconnect(this);
    m_nodeActions = actions;
    if (actions) {
        connect(actions, &NodeActionController::passwordNeeded, this,
                &NodesPanel::onPasswordNeeded);
        connect(actions, &NodeActionController::finished, this, &NodesPanel::onNodeActionFinished);
        connect(actions, &NodeActionController::started, this,
                [this](const QString &nodeId, NodeAction action) {
                    m_actionStatus->setText(
                        tr("%1 %2: waiting for HAProxy…").arg(nodeActionText(action), nodeId));
                    m_actionStatus->show();
                    updateNodeActions();
                });
    }
    updateNodeActions();
}

void NodesPanel::setConfirmHandler(NodeActionConfirmation::Handler handler)
{
    m_confirm = std::move(handler);
}

QAction *NodesPanel::nodeAction(NodeAction action) const
{
    switch (action) {
    case NodeAction::Drain:
        return m_drain;
    case NodeAction::Maint:
        return m_maint;
    case NodeAction::Ready:
        return m_ready;
    }
    return nullptr;
}

QString NodesPanel::actionStatusText() const
{
    return m_actionStatus->isVisibleTo(this) ? m_actionStatus->text() : QString();
}

QString NodesPanel::restartNoteText() const
{
    return m_restartNote->isVisibleTo(this) ? m_restartNote->text() : QString();
}

void NodesPanel::updateNodeActions()
{
    if (!m_drain)
        return;
    const QString reason = m_nodeActions ? m_nodeActions->unavailableReason()
                                         : tr("Node actions are not available here.");
    const bool enabled = reason.isEmpty() && !selectedNodeId().isEmpty() &&
                         !(m_nodeActions && m_nodeActions->isBusy());
    for (int i = 0; i < m_actionButtons.size(); ++i) {
        QAction *action = nodeAction(NodeAction(i));
        action->setEnabled(enabled);
        m_actionButtons.at(i)->setEnabled(enabled);
        m_actionButtons.at(i)->setToolTip(reason.isEmpty() ? action->statusTip() : reason);
    }
}

void NodesPanel::requestNodeAction(NodeAction action)
{
    const QString nodeId = selectedNodeId();
    if (nodeId.isEmpty() || !m_nodeActions)
        return;
    NodeActionQuestion question;
    // The saved name the user knows it by (and types to confirm), not the server's own name.
    question.clusterName = m_profile.name.isEmpty() ? m_snapshot.clusterName() : m_profile.name;
    question.nodeId = nodeId;
    question.action = action;
    question.target = m_profile;
    question.lastServingNode =
        NodeActionRules::takesLastServingNode(m_snapshot.nodes(), nodeId, action);
    auto go = [this, question](bool confirmed) {
        if (confirmed && m_nodeActions)
            m_nodeActions->run(question.nodeId, question.action, question.lastServingNode);
    };
    if (m_confirm)
        m_confirm(question, go);
    else
        NodeActionConfirmation::ask(this, question, go);
}

void NodesPanel::onPasswordNeeded(const QString &nodeId, NodeAction action, bool allowLast,
                                  const QString &reason)
{
    const auto done = [this, nodeId, action, allowLast](const QString &password) {
        if (!password.isEmpty() && m_nodeActions)
            m_nodeActions->runWithPassword(nodeId, action, allowLast, password, true);
    };
    if (m_askPassword) {
        m_askPassword(reason, done);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("statsPasswordDialog"));
    dialog->setWindowTitle(tr("HAProxy Statistics Password"));
    dialog->setLabelText(
        reason.isEmpty()
            ? tr("The password of HAProxy's statistics user (kept in the system keychain):")
            : tr("The password of HAProxy's statistics user could not be read (%1). Type it:")
                  .arg(reason));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, done);
    dialog->open(); // window-modal, no nested event loop
}

void NodesPanel::onNodeActionFinished(const NodeActionOutcome &outcome)
{
    const QString text =
        tr("%1 %2: %3").arg(nodeActionText(outcome.action), outcome.nodeId, outcome.message);
    m_actionStatus->setText(text);
    m_actionStatus->setToolTip(outcome.finishedAt.toLocalTime().toString(Qt::ISODate));
    m_actionStatus->show();
    updateNodeActions();
}
