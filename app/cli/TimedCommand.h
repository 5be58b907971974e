#pragma once
// TimedCommand: what the command-line commands that ask a cluster within a time limit
// (HistoryCommand, ResourcesCommand, StatusCommand) share: they start once with the deadline
// running, leave text for stdout and stderr, and end with one finished() and an exit code.

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

class TimedCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimedCommand)

public:
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // What belongs on stdout and on stderr (why it failed); never a secret.
    QString standardOutput() const { return m_output; }
    QString standardError() const { return m_errors; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    explicit TimedCommand(QObject *parent);
    // False when the command was started before; otherwise starts the deadline (at least 1 ms),
    // whose end runs onDeadline() unless the command finished first.
    bool begin(std::chrono::milliseconds timeout);
    // The first call stops the deadline and emits finished(); later ones do nothing.
    void finish(int exitCode);

    QString m_output;
    QString m_errors;

private:
    virtual void onDeadline() = 0;
    // Runs between the outcome being known and finished(): a command ends what it opened
    // (signs out) and then calls `done`. By default at once.
    virtual void beforeFinished(std::function<void()> done) { done(); }

    QTimer m_deadline;
    bool m_started = false;
    bool m_finished = false;
    int m_exitCode = -1;
};
