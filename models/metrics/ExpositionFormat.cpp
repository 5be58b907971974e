#include "ExpositionFormat.h"

#include <charconv>
#include <cmath>

namespace metrics {
namespace {

bool isLetterOrUnderscore(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

QByteArray expositionContentType()
{
    return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");
}

bool isValidMetricName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!isLetterOrUnderscore(c) && c != u':' && (i == 0 || !isDigit(c)))
            return false;
    }
    return true;
}

bool isValidLabelName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1String("__")))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!isLetterOrUnderscore(c) && (i == 0 || !isDigit(c)))
            return false;
    }
    return true;
}

QByteArray escapeHelp(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray escapeLabelValue(const QString &value)
{
    QByteArray out;
    appendEscapedLabelValue(out, value);
    return out;
}

void appendEscapedLabelValue(QByteArray &out, const QString &value)
{
    // No reserve(): on a large buffer an exact reserve per call would defeat geometric growth.
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
}

QByteArray formatValue(double value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

void appendValue(QByteArray &out, double value)
{
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "+Inf" : "-Inf";
        return;
    }
    char buffer[64];
    // Whole numbers below 2^53 are exact as integers; "1e+06" would read back the same but
    // counters are easier to read in full.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0) {
        const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, qint64(value));
        Q_ASSERT(error == std::errc());
        out.append(buffer, end - buffer);
        return;
    }
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    Q_ASSERT(error == std::errc());
    out.append(buffer, end - buffer);
}

} // namespace metrics
