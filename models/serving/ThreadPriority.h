#pragma once

namespace ThreadPriority {

// Lowers the calling thread's CPU priority (nice +10 on Linux, where nice values are per thread
// and Qt's thread priorities have no effect under the default scheduler; nothing elsewhere),
// once per thread. For the password-hashing workers of the project's two HTTP servers: the
// serving thread keeps about ten times their CPU share whenever both want a core.
void lowerThisThread();

} // namespace ThreadPriority
