#include "OffsetText.h"

#include <cmath>

QString OffsetText::signedMilliseconds(double ms)
{
    const QString number = QString::number(std::fabs(ms), 'f', 1);
    if (number == QLatin1String("0.0"))
        return number;
    return (ms < 0 ? QStringLiteral("-") : QStringLiteral("+")) + number;
}
