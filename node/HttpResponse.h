#pragma once
// One HTTP answer as a value (status, headers, body), built by route handlers and written
// later, possibly after a delay, by HttpExchange. Problems follow RFC 9457.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace node {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const; // case-insensitive, empty when absent
    // Adds a member to a JSON (or problem) body, e.g. the requestId of an unknown outcome.
    HttpResponse &withMember(const QString &key, const QJsonValue &value);

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse empty(int status);
    // `slug` completes https://clusterdesk.example/problems/<slug>; `field` only for 422.
    static HttpResponse problem(int status, const QString &slug, const QString &detail,
                                const QString &field = {});
    static QString reasonPhrase(int status);
};

} // namespace node
