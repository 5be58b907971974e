#include "TimedCommand.h"

#include <algorithm>

TimedCommand::TimedCommand(QObject *parent)
    : CliCommand(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!isFinished())
            onDeadline();
    });
    connect(this, &CliCommand::finished, &m_deadline, &QTimer::stop);
}

bool TimedCommand::begin(std::chrono::milliseconds timeout)
{
    if (m_started)
        return false;
    m_started = true;
    m_deadline.start(std::max(timeout, std::chrono::milliseconds(1)));
    return true;
}
