#include "KernelClock.h"

#include <cerrno>
#include <cstring>
#include <sys/timex.h>

namespace node {

KernelClockState KernelClock::read()
{
    KernelClockState state;
    struct timex tx;
    std::memset(&tx, 0, sizeof tx); // modes = 0: query only, needs no privilege
    const int result = ntp_adjtime(&tx);
    if (result == -1) {
        state.source =
            QStringLiteral("unavailable: ") + QString::fromLocal8Bit(std::strerror(errno));
        return state;
    }
    state.available = true;
    state.synchronized = result != TIME_ERROR && !(tx.status & STA_UNSYNC);
    state.maxErrorUs = tx.maxerror;
    state.estErrorUs = tx.esterror;
    return state;
}

} // namespace node
