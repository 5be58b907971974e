#include "ThreadPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ThreadPriority {

void lowerThisThread()
{
#ifdef Q_OS_LINUX
    thread_local const bool lowered = setpriority(PRIO_PROCESS, gettid(), 10) == 0;
    Q_UNUSED(lowered);
#endif
}

} // namespace ThreadPriority
