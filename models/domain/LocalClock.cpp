#include "LocalClock.h"

#include <cstring>
#include <sys/timex.h>

namespace LocalClock {

LocalClockState read()
{
    LocalClockState state;
    struct timex tx;
    std::memset(&tx, 0, sizeof tx); // modes = 0: read-only, needs no privilege
    const int result = ntp_adjtime(&tx);
    if (result == -1)
        return state;
    state.known = true;
    state.synchronized = result != TIME_ERROR && !(tx.status & STA_UNSYNC);
    state.maxErrorUs = tx.maxerror;
    return state;
}

} // namespace LocalClock
