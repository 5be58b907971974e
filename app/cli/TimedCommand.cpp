#include "TimedCommand.h"

#include <algorithm>

TimedCommand::TimedCommand(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!m_finished)
            onDeadline();
    });
}

bool TimedCommand::begin(std::chrono::milliseconds timeout)
{
    if (m_started)
        return false;
    m_started = true;
    m_deadline.start(std::max(timeout, std::chrono::milliseconds(1)));
    return true;
}

void TimedCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    m_deadline.stop();
    beforeFinished([this, exitCode] { emit finished(exitCode); });
}
