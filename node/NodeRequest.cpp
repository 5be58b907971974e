#include "NodeRequest.h"

#include <QHttpServerRequest>
#include <QMetaEnum>

namespace node {

bool NodeRequest::matches(const QStringList &prefix, qsizetype extra) const
{
    if (segments.size() != prefix.size() + extra)
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (segments.at(i) != prefix.at(i))
            return false;
    }
    return true;
}

QByteArray NodeRequest::methodName(const QHttpServerRequest &request)
{
    const QMetaEnum methods = QMetaEnum::fromType<QHttpServerRequest::Method>();
    return QByteArray(methods.valueToKey(int(request.method()))).toUpper();
}

NodeRequest NodeRequest::fromHttp(const QHttpServerRequest &request, qint64 receivedUs)
{
    NodeRequest result;
    result.method = methodName(request);
    // Split the still-encoded path first so an encoded '/' (%2F) stays inside its segment
    // and is then rejected by name validation instead of changing the route.
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    for (const QString &segment : encodedPath.split(QLatin1Char('/'), Qt::SkipEmptyParts))
        result.segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    result.query = request.query();
    for (const auto &[name, value] : request.headers()) {
        const QByteArray lower = name.toLower();
        // Several Cookie fields are one list (RFC 6265 and HTTP/2 split them); for any other
        // repeated header the last one wins.
        if (lower == "cookie" && result.headers.contains(lower))
            result.headers[lower] += "; " + value;
        else
            result.headers.insert(lower, value);
    }
    result.body = request.body();
    result.receivedUs = receivedUs;
    return result;
}

} // namespace node
