// PasswordCommand: runs a cluster's --password-command once, asynchronously, and gives the first
// line of its stdout, as git credential helpers and msmtp's passwordeval do ("pass show prod",
// "secret-tool lookup cluster prod"). No shell: QProcess::splitCommand splits the line at spaces
// (double quotes group words; three double quotes make a literal one) and the program starts
// directly, so nothing in it is expanded and no quoting mistake runs something else. A command
// that needs a pipe says so itself: sh -c "...". Bounded in time: past the timeout the process is
// killed and the secret refused.
#pragma once

#include "CredentialSources.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QProcess;

class PasswordCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordCommand)

public:
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    explicit PasswordCommand(QObject *parent = nullptr);
    ~PasswordCommand() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Starts once; finished() always follows from the event loop, never from inside this call.
    void start(const QString &commandLine, const QString &clusterName);
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    // Ok with the secret, or Refused with a message that never holds the command's stdout.
    void finished(const CredentialResult &result);

private:
    void onProcessFinished();
    void onTimeout();
    void refuse(const QString &text);
    void finish(const CredentialResult &result);

    QPointer<QProcess> m_process;
    QTimer m_timer;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    QString m_program;
    QString m_clusterName;
    bool m_started = false;
    bool m_finished = false;
};
