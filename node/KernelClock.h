#pragma once
// The kernel's NTP discipline state (ntp_adjtime with no modes: read-only), so a node can
// report whether its clock is synchronized and how large the kernel thinks its error is.

#include <QString>

namespace node {

struct KernelClockState
{
    bool synchronized = false;
    qint64 maxErrorUs = 0;
    qint64 estErrorUs = 0;
    QString source = QStringLiteral("adjtimex");
    bool available = false; // false when the call failed (source then says why)
};

class KernelClock final
{
public:
    static KernelClockState read();
};

} // namespace node
