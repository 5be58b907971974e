#pragma once
// RequestDispatcher's record of one request, shared by its two source files (queueing and
// starting in RequestDispatcher.cpp, the reply's signals and result in
// RequestDispatcherReply.cpp). Not part of the public interface.

#include "RequestDispatcher.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>

#include <chrono>

namespace DispatcherClock {

// Wall-clock microseconds since the epoch: the t0/t3 of a clock sample.
inline qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace DispatcherClock

struct RequestDispatcher::Pending
{
    quint64 id = 0;
    ApiRequest request;
    QUrl url;
    QString host;
    QString tag;
    quint64 rank = 0; // its tag's busy period: the order it starts in
    TlsPolicy tls;
    QPointer<QObject> context;
    bool hasContext = false;
    QMetaObject::Connection contextGone; // aborts the request when its receiver goes
    Callback callback;
    QNetworkReply *reply = nullptr;
    AbortReason abortReason = AbortReason::None;
    QUrl refusedRedirect;
    QByteArray body;
    bool bodyTooLarge = false;
    QElapsedTimer queued;
    QElapsedTimer elapsed;
    ApiResult::Timings timings;
    QSslCertificate peerCertificate;
    QList<QSslError> sslErrors;
    bool http2Probe = false; // the first clear-text HTTP/2 request to its host
    bool https = false;      // TLS: pins, certificates and TLS errors to look at
};
