#include "NodeActionConfirmation.h"

#include "WriteConfirmation.h"

#include <QCoreApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NodeActionConfirmation)
};

// A window-modal box; `done` gets whether the action button was pressed.
void openBox(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
             const QString &actionText, const QString &objectName, std::function<void(bool)> done)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    QPushButton *go = box->addButton(actionText, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmNodeAction"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, go, done = std::move(done)] { done(box->clickedButton() == go); });
    box->open();
}

} // namespace

namespace NodeActionConfirmation {

QString questionText(const NodeActionQuestion &question)
{
    switch (question.action) {
    case NodeAction::Drain:
        return Tr::tr("Drain %1 in %2? HAProxy sends it no new connections; those already "
                      "persisting to it stay until they end.")
            .arg(question.nodeId, question.clusterName);
    case NodeAction::Maint:
        return Tr::tr("Put %1 in %2 into maintenance? HAProxy sends it no traffic at all, "
                      "open requests included.")
            .arg(question.nodeId, question.clusterName);
    case NodeAction::Ready:
        return Tr::tr("Make %1 in %2 ready? HAProxy sends it traffic again once its health "
                      "check passes.")
            .arg(question.nodeId, question.clusterName);
    }
    return {};
}

QString lastNodeWarning(const NodeActionQuestion &question)
{
    return Tr::tr("%1 is the last node serving requests in %2. After this, the cluster answers "
                  "no one until another node is ready. Do it anyway?")
        .arg(question.nodeId, question.clusterName);
}

void ask(QWidget *parent, const NodeActionQuestion &question, Done done)
{
    const QString actionText = nodeActionText(question.action);
    const QString title = Tr::tr("%1 %2").arg(actionText, question.nodeId);
    auto then = [parent, question, title, done](bool confirmed) {
        if (!confirmed || !question.lastServingNode)
            return done(confirmed);
        openBox(parent, QMessageBox::Warning, title, lastNodeWarning(question),
                Tr::tr("Do It Anyway"), QStringLiteral("lastNodeQuestion"), done);
    };
    if (!question.target.isProduction()) {
        openBox(parent, QMessageBox::Question, title, questionText(question), actionText,
                QStringLiteral("nodeActionQuestion"), then);
        return;
    }
    const DangerousWrite write{
        title,
        questionText(question),
        Tr::tr("A production cluster: type its name to go ahead."),
        actionText,
        QStringLiteral("nodeActionQuestion"),
        QStringLiteral("confirmNodeAction"),
    };
    QDialog *dialog = confirmDangerousWrite(parent, question.target, write, [then] { then(true); });
    QObject::connect(dialog, &QDialog::rejected, dialog, [done] { done(false); });
}

} // namespace NodeActionConfirmation
