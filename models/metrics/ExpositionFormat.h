#pragma once
// The lexical rules of the Prometheus text exposition format 0.0.4: which metric and label
// names are valid, how HELP text and label values are escaped, how numbers are written.

#include <QByteArray>
#include <QString>

namespace metrics {

// "text/plain; version=0.0.4; charset=utf-8": what a /metrics answer declares.
QByteArray expositionContentType();

// [a-zA-Z_:][a-zA-Z0-9_:]*
bool isValidMetricName(const QString &name);
// [a-zA-Z_][a-zA-Z0-9_]*, without the reserved "__" prefix.
bool isValidLabelName(const QString &name);

// HELP text: backslash and newline escaped.
QByteArray escapeHelp(const QString &text);
// Label values: backslash, double quote and newline escaped.
QByteArray escapeLabelValue(const QString &value);
// The same, appended to `out` (no intermediate copy).
void appendEscapedLabelValue(QByteArray &out, const QString &value);

// A sample value as Prometheus parses it: "NaN", "+Inf", "-Inf", integers without a fraction,
// others the shortest text that reads back to the same double. Never locale dependent.
QByteArray formatValue(double value);
// The same, appended to `out`: what a render calls for every sample, without an allocation.
void appendValue(QByteArray &out, double value);

} // namespace metrics
