#pragma once
// wipeSecret: a password or token overwritten in memory before it is let go (ApiClient,
// SpectrumSession).

#include <QString>

inline void wipeSecret(QString &secret)
{
    secret.fill(QChar(0));
    secret.clear();
}
