#pragma once
// Asks for a cluster's password (or token) when none is stored: a window-modal input dialog
// opened with open(), never exec(), so no nested event loop; one prompt per cluster at a time.

#include <QHash>
#include <QInputDialog>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

class SignInPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPrompt)

public:
    explicit SignInPrompt(QObject *parent = nullptr);

    // Shows the prompt for `profileId` (or raises the one already open); `accepted` gets a
    // non-empty secret once the user confirms.
    void ask(QWidget *parent, const QString &profileId, const QString &clusterName,
             const QString &reason, bool token, std::function<void(const QString &)> accepted);
    // The open prompt of `profileId`, or null (for tests).
    QInputDialog *dialog(const QString &profileId) const { return m_open.value(profileId); }

private:
    QHash<QString, QPointer<QInputDialog>> m_open;
};
