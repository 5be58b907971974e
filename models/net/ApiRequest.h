#pragma once
// Value types of the console's network layer: ApiRequest says what to ask a cluster,
// ApiResult carries everything that came back (status, body, answering node, timings, TLS
// details) and, when it failed, one ErrorKind plus a readable message.

#include "ProblemDetails.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <utility>

// HTTP header fields in arrival order; lookups ignore the case of the name (RFC 9110 5.1).
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields)
        : m_fields(fields)
    {}

    // The first value of `name`, or `defaultValue` when the field is absent.
    QByteArray value(QByteArrayView name, const QByteArray &defaultValue = {}) const
    {
        for (const Field &field : m_fields) {
            if (name.compare(field.first, Qt::CaseInsensitive) == 0)
                return field.second;
        }
        return defaultValue;
    }
    bool contains(QByteArrayView name) const
    {
        for (const Field &field : m_fields) {
            if (name.compare(field.first, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    // Replaces every field called `name` by one with `value`.
    void set(const QByteArray &name, const QByteArray &value)
    {
        remove(name);
        m_fields.append({name, value});
    }
    void append(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    void remove(QByteArrayView name)
    {
        m_fields.removeIf([name](const Field &field) {
            return name.compare(field.first, Qt::CaseInsensitive) == 0;
        });
    }
    const QList<Field> &fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }

    friend bool operator==(const HttpHeaders &, const HttpHeaders &) = default;

private:
    QList<Field> m_fields;
};

struct ApiRequest
{
    static constexpr std::chrono::milliseconds DefaultTimeout{5000};

    QByteArray method = QByteArrayLiteral("GET");
    QString path; // relative to the cluster base URL, e.g. "/api/v1/node"
    QUrlQuery query;
    HttpHeaders headers; // e.g. If-Match; X-Cluster-Node comes from targetNodeId
    QByteArray body;
    // Counted from the moment the request is handed to the network, not while it waits in the
    // dispatcher's queue.
    std::chrono::milliseconds timeout = DefaultTimeout;
    // When set: sends X-Cluster-Node, and an answer from any other node is a Misrouted error.
    QString targetNodeId;
    // When valid: the node's direct URL, used instead of the load balancer (fallback path).
    QUrl baseUrlOverride;
    // A JSON endpoint: a 2xx answer that is not JSON is WrongContentType / BadJson. Off for
    // endpoints that answer something else.
    bool expectJson = true;

    static ApiRequest get(const QString &path)
    {
        ApiRequest request;
        request.path = path;
        return request;
    }
    // A request with a JSON body and Content-Type: application/json.
    static ApiRequest json(const QByteArray &method, const QString &path,
                           const QJsonDocument &document)
    {
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.body = document.toJson(QJsonDocument::Compact);
        request.headers.set(QByteArrayLiteral("Content-Type"),
                            QByteArrayLiteral("application/json"));
        return request;
    }
};

struct ApiResult
{
    enum class ErrorKind {
        None,
        Timeout,
        ConnectionRefused,
        HostNotFound,
        Tls,
        Http,             // 4xx/5xx from a node, with problem details when it sent them
        LoadBalancerPage, // an HTML 502/503/504 the load balancer wrote itself
        BadJson,
        WrongContentType,
        TooLarge,
        RedirectRefused,
        Misrouted, // answered by another node than targetNodeId, or 421 Misdirected Request
        Cancelled,
        ReadOnly, // refused before sending: a write through a client set read-only
        Other
    };

    // Wall-clock instants in microseconds since the Unix epoch (for NTP-style offset
    // estimates), plus monotonic durations measured with QElapsedTimer.
    struct Timings
    {
        qint64 sentAtUs = 0;      // t0: handed to the network
        qint64 firstByteAtUs = 0; // response headers arrived; 0 if they never did
        qint64 finishedAtUs = 0;  // t3: done, whichever way
        qint64 queuedUs = 0;      // time spent waiting in the dispatcher's queue
        qint64 elapsedUs = 0;     // from hand-off to finish, monotonic
    };

    quint64 requestId = 0;
    bool ok = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    bool http2 = false; // the answer came over HTTP/2
    QUrl url;           // the URL asked, after any allowed redirect
    HttpHeaders headers;
    QByteArray body;
    QJsonDocument json; // null unless the body was JSON and parsed
    ErrorKind errorKind = ErrorKind::Other;
    QString errorText; // readable English, translated through context "ApiClient"
    ProblemDetails problem;
    QString nodeId;             // X-Cluster-Node-Id
    qint64 configRevision = -1; // X-Config-Revision; -1 when absent or malformed
    Timings timings;
    // TLS: the server's leaf certificate and the errors verification found, so a UI can show
    // subject, issuer, fingerprint and validity and offer "trust this certificate".
    QSslCertificate peerCertificate;
    QList<QSslError> sslErrors;

    // A stable English identifier of the kind ("timeout", "load-balancer-page", ...), for logs.
    static QString errorKindName(ErrorKind kind)
    {
        switch (kind) {
        case ErrorKind::None:
            return QStringLiteral("none");
        case ErrorKind::Timeout:
            return QStringLiteral("timeout");
        case ErrorKind::ConnectionRefused:
            return QStringLiteral("connection-refused");
        case ErrorKind::HostNotFound:
            return QStringLiteral("host-not-found");
        case ErrorKind::Tls:
            return QStringLiteral("tls");
        case ErrorKind::Http:
            return QStringLiteral("http");
        case ErrorKind::LoadBalancerPage:
            return QStringLiteral("load-balancer-page");
        case ErrorKind::BadJson:
            return QStringLiteral("bad-json");
        case ErrorKind::WrongContentType:
            return QStringLiteral("wrong-content-type");
        case ErrorKind::TooLarge:
            return QStringLiteral("too-large");
        case ErrorKind::RedirectRefused:
            return QStringLiteral("redirect-refused");
        case ErrorKind::Misrouted:
            return QStringLiteral("misrouted");
        case ErrorKind::Cancelled:
            return QStringLiteral("cancelled");
        case ErrorKind::ReadOnly:
            return QStringLiteral("read-only");
        case ErrorKind::Other:
            break;
        }
        return QStringLiteral("other");
    }
};
