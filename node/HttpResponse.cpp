#include "HttpResponse.h"

#include <QJsonDocument>

namespace node {

HttpResponse &HttpResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.emplaceBack(name, value);
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers.emplaceBack("Content-Type", "application/json");
    return response;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse response;
    response.status = status;
    return response;
}

HttpResponse HttpResponse::problem(int status, const QString &slug, const QString &detail,
                                   const QString &field)
{
    QJsonObject object{
        {QStringLiteral("type"), QStringLiteral("https://clusterdesk.example/problems/") + slug},
        {QStringLiteral("title"), reasonPhrase(status)},
        {QStringLiteral("status"), status},
        {QStringLiteral("detail"), detail}};
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    response.headers.emplaceBack("Content-Type", "application/problem+json");
    return response;
}

HttpResponse &HttpResponse::withMember(const QString &key, const QJsonValue &value)
{
    QJsonObject object = QJsonDocument::fromJson(body).object();
    object.insert(key, value);
    body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return *this;
}

QString HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 421:
        return QStringLiteral("Misdirected Request");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 428:
        return QStringLiteral("Precondition Required");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return QStringLiteral("Error");
    }
}

} // namespace node
