#pragma once
// ReplyClassifier: decides what came back from the network means for the console: one
// ApiResult::ErrorKind and a readable message, for a transport failure or for an HTTP answer.

#include "ApiRequest.h"

#include <QNetworkReply>

class ReplyClassifier final
{
public:
    static void fail(ApiResult &result, ApiResult::ErrorKind kind, const QString &text);

    // No usable HTTP answer arrived: refused, unknown host, TLS, closed connection, ...
    static void classifyTransportError(ApiResult &result, QNetworkReply::NetworkError error,
                                       const QString &host, const QString &errorString,
                                       const QList<QSslError> &sslErrors);

    // An HTTP answer arrived (status, headers, nodeId and body already in `result`): load
    // balancer page, misrouting, HTTP error with problem details, content type, JSON.
    static void classifyHttpAnswer(ApiResult &result, const ApiRequest &request,
                                   const QString &reasonPhrase);
};
