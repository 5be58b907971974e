#include "ReplyClassifier.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace {

// Messages read as if the API client wrote them: one translation context for the layer.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.left(semicolon)).trimmed().toLower();
}

bool isJsonType(const QByteArray &mime)
{
    return mime == "application/json" || mime.endsWith("+json");
}

bool isHtmlType(const QByteArray &mime)
{
    return mime == "text/html" || mime == "application/xhtml+xml";
}

QString loadBalancerText(int status)
{
    switch (status) {
    case 502:
        return Tr::tr("the load balancer answered 502: the node sent no valid answer");
    case 504:
        return Tr::tr("the load balancer answered 504: the node did not answer in time");
    default:
        return Tr::tr("the load balancer answered %1: no node is available").arg(status);
    }
}

} // namespace

void ReplyClassifier::fail(ApiResult &result, ApiResult::ErrorKind kind, const QString &text)
{
    result.ok = false;
    result.errorKind = kind;
    result.errorText = text;
}

void ReplyClassifier::classifyTransportError(ApiResult &result, QNetworkReply::NetworkError error,
                                             const QString &host, const QString &errorString,
                                             const QList<QSslError> &sslErrors)
{
    using Kind = ApiResult::ErrorKind;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        fail(result, Kind::ConnectionRefused, Tr::tr("%1 refused the connection").arg(host));
        break;
    case QNetworkReply::HostNotFoundError:
        fail(result, Kind::HostNotFound, Tr::tr("host %1 not found").arg(host));
        break;
    case QNetworkReply::TimeoutError:
        fail(result, Kind::Timeout, Tr::tr("the connection to %1 timed out").arg(host));
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &sslError : std::as_const(sslErrors))
            reasons.append(sslError.errorString());
        fail(result, Kind::Tls,
             reasons.isEmpty() ? Tr::tr("TLS handshake with %1 failed: %2").arg(host, errorString)
                               : Tr::tr("the certificate of %1 is not trusted: %2")
                                     .arg(host, reasons.join(QStringLiteral("; "))));
        break;
    }
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        fail(result, Kind::RedirectRefused,
             Tr::tr("refused a redirect from %1: %2").arg(host, errorString));
        break;
    case QNetworkReply::RemoteHostClosedError:
        fail(result, Kind::Other, Tr::tr("%1 closed the connection before answering").arg(host));
        break;
    case QNetworkReply::OperationCanceledError:
        fail(result, Kind::Cancelled, Tr::tr("the request was cancelled"));
        break;
    default:
        fail(result, Kind::Other, Tr::tr("request to %1 failed: %2").arg(host, errorString));
        break;
    }
}

void ReplyClassifier::classifyHttpAnswer(ApiResult &result, const ApiRequest &request,
                                         const QString &reason)
{
    using Kind = ApiResult::ErrorKind;
    const int status = result.httpStatus;
    const QByteArray mime = mimeType(result.headers.value("Content-Type"));
    const bool json = isJsonType(mime);
    QJsonParseError parseError{};
    bool parsed = false;
    if (json && !result.body.isEmpty()) {
        result.json = QJsonDocument::fromJson(result.body, &parseError);
        parsed = parseError.error == QJsonParseError::NoError;
    }
    if (status >= 400 && parsed && result.json.isObject()) {
        if (const auto problem = ProblemDetails::fromJson(result.json.object()))
            result.problem = *problem;
    }

    if (isHtmlType(mime) && (status == 502 || status == 503 || status == 504))
        return fail(result, Kind::LoadBalancerPage, loadBalancerText(status));
    if (!request.targetNodeId.isEmpty()) {
        const QString answeredBy =
            result.nodeId.isEmpty() ? Tr::tr("an unknown node") : result.nodeId;
        if (status == 421) {
            return fail(result, Kind::Misrouted,
                        Tr::tr("the request for node %1 reached %2, which refused it")
                            .arg(request.targetNodeId, answeredBy));
        }
        if (result.nodeId != request.targetNodeId) {
            return fail(result, Kind::Misrouted,
                        Tr::tr("the request for node %1 was answered by %2")
                            .arg(request.targetNodeId, answeredBy));
        }
    }
    if (status >= 400) {
        const QString text = result.problem.isValid()
                                 ? result.problem.summary()
                                 : Tr::tr("HTTP %1 %2").arg(status).arg(reason).trimmed();
        return fail(result, Kind::Http, text);
    }
    if (status < 200 || status >= 300)
        return fail(result, Kind::Other, Tr::tr("unexpected HTTP status %1").arg(status));
    if (request.expectJson && !(result.body.isEmpty() && (status == 204 || status == 205))) {
        if (!json) {
            const QString got =
                mime.isEmpty() ? Tr::tr("no content type") : QString::fromLatin1(mime);
            return fail(result, Kind::WrongContentType,
                        Tr::tr("expected a JSON answer but got %1").arg(got));
        }
        if (!parsed) {
            result.json = QJsonDocument();
            const QString why =
                result.body.isEmpty() ? Tr::tr("the body is empty") : parseError.errorString();
            return fail(result, Kind::BadJson,
                        Tr::tr("the answer is not valid JSON: %1 (at byte %2)")
                            .arg(why)
                            .arg(parseError.offset));
        }
    }
    result.ok = true;
    result.errorKind = Kind::None;
}
