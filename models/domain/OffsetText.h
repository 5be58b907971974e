#pragma once
// The one way an offset in milliseconds is written, so a node's offset reads the same on the
// Nodes tab, the Overview and the command line.

#include <QString>

namespace OffsetText {

// One decimal, an explicit sign ("+820.0", "-400.0"), plain "0.0" when it rounds to zero.
// The ASCII minus keeps the command line's output easy for scripts to parse.
QString signedMilliseconds(double ms);

} // namespace OffsetText
