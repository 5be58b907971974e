#pragma once
// CliCommand: what the asynchronous command-line commands share (HistoryCommand, NodeCommand,
// ResourcesCommand, StatusCommand): started once, they leave text for stdout and stderr and end
// with one finished() and an exit code (CommandLineSupport::runToEnd prints and returns them).

#include <QObject>
#include <QString>

#include <functional>

class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    // What belongs on stdout and on stderr (why it failed); never a secret.
    QString standardOutput() const { return m_output; }
    QString standardError() const { return m_errors; }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    explicit CliCommand(QObject *parent);
    // The first call emits finished() once beforeFinished() is done; later ones do nothing.
    void finish(int exitCode);

    QString m_output;
    QString m_errors;

private:
    // Runs between the outcome being known and finished(): a command ends what it opened
    // (signs out) and then calls `done`. By default at once.
    virtual void beforeFinished(std::function<void()> done) { done(); }

    bool m_finished = false;
    int m_exitCode = -1;
};
