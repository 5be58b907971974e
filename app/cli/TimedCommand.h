#pragma once
// TimedCommand: a CliCommand that asks a cluster within a time limit (HistoryCommand,
// ResourcesCommand, StatusCommand): it starts once with the deadline running, and the deadline's
// end runs onDeadline() unless the command finished first.

#include "CliCommand.h"

#include <QTimer>

#include <chrono>

class TimedCommand : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimedCommand)

protected:
    explicit TimedCommand(QObject *parent);
    // False when the command was started before; otherwise starts the deadline (at least 1 ms).
    bool begin(std::chrono::milliseconds timeout);

private:
    virtual void onDeadline() = 0;

    QTimer m_deadline;
    bool m_started = false;
};
