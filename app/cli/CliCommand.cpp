#include "CliCommand.h"

CliCommand::CliCommand(QObject *parent)
    : QObject(parent)
{}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    beforeFinished([this, exitCode] { emit finished(exitCode); });
}
