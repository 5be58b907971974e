#include "SignInPrompt.h"

#include <QInputDialog>
#include <QLineEdit>

SignInPrompt::SignInPrompt(QObject *parent)
    : QObject(parent)
{}

void SignInPrompt::ask(QWidget *parent, const QString &profileId, const QString &clusterName,
                       const QString &reason, bool token,
                       std::function<void(const QString &)> accepted)
{
    if (QInputDialog *open = m_open.value(profileId)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("signInDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Sign In to %1").arg(clusterName));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setLabelText(token ? tr("The password is %1.\n&Token:").arg(reason)
                               : tr("The password is %1.\n&Password:").arg(reason));
    dialog->setOkButtonText(tr("Sign In"));
    m_open.insert(profileId, dialog);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [accepted = std::move(accepted)](const QString &secret) {
                if (!secret.isEmpty() && accepted)
                    accepted(secret);
            });
    connect(dialog, &QObject::destroyed, this, [this, profileId] { m_open.remove(profileId); });
    dialog->open();
}
