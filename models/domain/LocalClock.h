#pragma once
// This computer's kernel NTP state, read the way the nodes read theirs (ntp_adjtime with no
// modes: query only), so the console can act as a clock reference when its own time is trusted.

#include <QtGlobal>

struct LocalClockState
{
    bool known = false; // the call worked
    bool synchronized = false;
    qint64 maxErrorUs = 0;
};

namespace LocalClock {

LocalClockState read();

} // namespace LocalClock
