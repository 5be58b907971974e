#pragma once

#include <QByteArray>

namespace ConstantTime {

// Whether a and b hold the same bytes, looking at every byte whatever the first difference, so
// the time taken reveals nothing but the length. For secrets: password hashes, token signatures.
bool equals(const QByteArray &a, const QByteArray &b);

} // namespace ConstantTime
