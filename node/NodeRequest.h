#pragma once
// A copy of what a handler needs from an incoming request: QHttpServerRequest only lives
// during QAbstractHttpServer::handleRequest, but many answers are given later.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QStringList>
#include <QUrlQuery>

class QHttpServerRequest;

namespace node {

struct NodeRequest
{
    QByteArray method;    // "GET", "PUT", ...
    QStringList segments; // path split on '/', each percent-decoded on its own
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    qint64 receivedUs = 0;    // node clock (injected offset included)
    QHostAddress peerAddress; // the TCP peer: the load balancer for a forwarded request

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
    bool hasHeader(const QByteArray &lowerCaseName) const
    {
        return headers.contains(lowerCaseName);
    }
    // True when the path is exactly `prefix` followed by `extra` more segments.
    bool matches(const QStringList &prefix, qsizetype extra = 0) const;

    static NodeRequest fromHttp(const QHttpServerRequest &request, qint64 receivedUs);
    // "GET", "PUT", ... ("UNKNOWN" for a method Qt does not name).
    static QByteArray methodName(const QHttpServerRequest &request);
};

} // namespace node
