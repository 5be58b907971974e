#pragma once
// CommandLineActivity: the activity log of one command-line run, as the window keeps it: the
// local store on its own thread and an ActivityRecorder over it, with one warning on standard
// error should an entry not be written. Declare it before the command, so it outlives it: the
// store finishes writing the outcomes before it closes.

#include "ActivityRecorder.h"
#include "StoreThread.h"

class CommandLineActivity final
{
    Q_DISABLE_COPY_MOVE(CommandLineActivity)

public:
    explicit CommandLineActivity(const QString &dataDir);

    ActivityRecorder *recorder() { return &m_recorder; }

private:
    StoreThread m_store; // before the recorder, which writes through it
    ActivityRecorder m_recorder;
    bool m_warned = false;
};
