#include "NodeMetrics.h"

namespace node {
namespace {

QString reasonLabel(NodeMetrics::SignInFailure reason)
{
    return reason == NodeMetrics::SignInFailure::Password ? QStringLiteral("password")
                                                          : QStringLiteral("token");
}

} // namespace

QString NodeMetrics::name(const char *suffix)
{
    return QLatin1String(kPrefix) + QLatin1String(suffix);
}

// The labels are made once and shared (implicitly): counting a request allocates no text.
QString NodeMetrics::methodLabel(const QByteArray &method)
{
    static const QByteArrayList known{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};
    static const QStringList labels = [] {
        QStringList out;
        for (const QByteArray &name : known)
            out.append(QString::fromLatin1(name));
        return out;
    }();
    static const QString other = QStringLiteral("OTHER");
    const qsizetype index = known.indexOf(method);
    return index < 0 ? other : labels.at(index);
}

QString NodeMetrics::codeLabel(int status)
{
    static const QStringList common = [] {
        QStringList out;
        for (int code = 100; code < 600; ++code)
            out.append(QString::number(code));
        return out;
    }();
    if (status >= 100 && status < 600)
        return common.at(status - 100);
    return status > 0 ? QString::number(status) : QStringLiteral("none");
}

NodeMetrics::NodeMetrics()
    : m_requests(name("http_requests_total"),
                 QStringLiteral("HTTP requests answered, by route pattern, method and status "
                                "code (code \"none\": the request ended without an answer)."),
                 {QStringLiteral("route"), QStringLiteral("method"), QStringLiteral("code")})
    , m_durations(name("http_request_duration_seconds"),
                  QStringLiteral("Time from a request's arrival to its answer, by route "
                                 "pattern (long-polls and injected delays included)."),
                  {QStringLiteral("route")})
    , m_failedSignIns(name("signin_failures_total"),
                      QStringLiteral("Sign-ins refused for a wrong user or password, or an "
                                     "invalid, expired or revoked token."),
                      {QStringLiteral("reason")})
    , m_throttledSignIns(name("signin_throttled_total"),
                         QStringLiteral("Sign-ins refused with 429 while the client address or "
                                        "the user name was throttled."))
{
    // Shown at 0 from the start, so an alert on their increase works from the first scrape.
    m_failedSignIns.add({reasonLabel(SignInFailure::Password)}, 0);
    m_failedSignIns.add({reasonLabel(SignInFailure::Token)}, 0);
    m_throttledSignIns.add({}, 0);
}

void NodeMetrics::countRequest(const QString &route, const QByteArray &method, int status,
                               double seconds)
{
    m_requests.add({route, methodLabel(method), codeLabel(status)});
    m_durations.observe({route}, seconds);
}

void NodeMetrics::countFailedSignIn(SignInFailure reason)
{
    m_failedSignIns.add({reasonLabel(reason)});
}

void NodeMetrics::countThrottledSignIn()
{
    m_throttledSignIns.add({});
}

quint64 NodeMetrics::requests(const QString &route, const QByteArray &method, int status) const
{
    return m_requests.value({route, methodLabel(method), codeLabel(status)});
}

metrics::HistogramSnapshot NodeMetrics::durations(const QString &route) const
{
    return m_durations.snapshot({route});
}

quint64 NodeMetrics::failedSignIns(SignInFailure reason) const
{
    return m_failedSignIns.value({reasonLabel(reason)});
}

quint64 NodeMetrics::throttledSignIns() const
{
    return m_throttledSignIns.value({});
}

void NodeMetrics::write(metrics::ExpositionWriter &writer) const
{
    m_requests.write(writer);
    m_durations.write(writer);
    m_failedSignIns.write(writer);
    m_throttledSignIns.write(writer);
}

} // namespace node
