#include "HaproxyAdmin.h"

#include "HaproxyStats.h"
#include "RequestDispatcher.h"

#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace {

ApiRequest pageRequest(const QUrl &url, std::chrono::milliseconds timeout)
{
    ApiRequest request = ApiRequest::get(url.path());
    request.timeout = timeout;
    request.expectJson = false;
    return request;
}

// The server is up and no other server of its backend is.
bool servesAlone(const HaproxyStats &stats, const HaproxyStats::Server &server)
{
    const auto serving = [](const HaproxyStats::Server &s) {
        return s.state == LbState::Up || s.state == LbState::NoCheck;
    };
    if (!serving(server))
        return false;
    const QList<HaproxyStats::Server> servers = stats.servers();
    return std::none_of(servers.cbegin(), servers.cend(), [&](const HaproxyStats::Server &other) {
        return other.proxy == server.proxy && other.name != server.name && serving(other);
    });
}

QUrl origin(const QUrl &url)
{
    QUrl base = url;
    base.setPath(QString());
    base.setQuery(QString());
    base.setFragment(QString());
    base.setUserInfo(QString());
    return base;
}

} // namespace

HaproxyAdmin::HaproxyAdmin(RequestDispatcher *dispatcher, QObject *parent)
    : QObject(parent)
    , m_dispatcher(dispatcher)
    , m_tag(QStringLiteral("haproxy-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

HaproxyAdmin::~HaproxyAdmin()
{
    m_dispatcher->cancelTag(m_tag);
}

QUrl HaproxyAdmin::csvUrl(const QUrl &statsUrl)
{
    QUrl url = formUrl(statsUrl);
    url.setPath(url.path() + QStringLiteral(";csv"));
    return url;
}

QUrl HaproxyAdmin::formUrl(const QUrl &statsUrl)
{
    QUrl url = statsUrl;
    QString path = url.path();
    // ";csv", ";norefresh", ";st=..." are page options, not part of the page's address.
    if (const qsizetype semicolon = path.indexOf(QLatin1Char(';')); semicolon >= 0)
        path.truncate(semicolon);
    url.setPath(path.isEmpty() ? QStringLiteral("/") : path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString HaproxyAdmin::answerCode(const QUrl &redirectedTo)
{
    const QString text = redirectedTo.path(QUrl::FullyDecoded);
    const qsizetype at = text.lastIndexOf(QLatin1String(";st="));
    if (at < 0)
        return {};
    QString code = text.mid(at + 4);
    if (const qsizetype end = code.indexOf(QRegularExpression(QStringLiteral("[;&?#/]"))); end >= 0)
        code.truncate(end);
    return code.toUpper();
}

bool HaproxyAdmin::run(const NodeActionRequest &request)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_request = request;
    m_outcome = NodeActionOutcome{};
    m_outcome.clusterId = request.clusterId;
    m_outcome.clusterName = request.clusterName;
    m_outcome.nodeId = request.nodeId;
    m_outcome.action = request.action;
    readBefore();
    return true;
}

void HaproxyAdmin::readBefore()
{
    const QUrl url = csvUrl(m_request.statsUrl);
    m_inFlight = m_dispatcher->dispatch(
        pageRequest(url, m_request.timeout), origin(url), m_request.tls, m_tag, this,
        [this](const ApiResult &result) {
            m_inFlight = 0;
            if (!result.ok)
                return failFromResult(result);
            QString error;
            const auto stats = HaproxyStats::parse(result.body, &error);
            if (!stats) {
                return finish(NodeActionOutcome::Result::Unreachable,
                              tr("HAProxy's statistics cannot be read: %1").arg(error));
            }
            const auto server = stats->server(m_request.nodeId);
            if (!server) {
                return finish(NodeActionOutcome::Result::Refused,
                              tr("HAProxy lists no server named %1").arg(m_request.nodeId));
            }
            if (!m_request.allowLastServingNode && m_request.action != NodeAction::Ready &&
                servesAlone(*stats, *server)) {
                m_outcome.stateAfter = server->state;
                m_outcome.statusAfter = server->status;
                return finish(NodeActionOutcome::Result::LastServingNode,
                              tr("%1 is the last node serving requests: nothing was sent")
                                  .arg(m_request.nodeId));
            }
            post(server->proxy);
        });
}

void HaproxyAdmin::post(const QString &backend)
{
    const QUrl url = formUrl(m_request.statsUrl);
    ApiRequest request = pageRequest(url, m_request.timeout);
    request.method = QByteArrayLiteral("POST");
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("s"), m_request.nodeId);
    form.addQueryItem(QStringLiteral("action"), nodeActionKey(m_request.action));
    form.addQueryItem(QStringLiteral("b"), backend);
    request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    request.headers.set(QByteArrayLiteral("Content-Type"),
                        QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QByteArray credentials =
        (m_request.statsUser + QLatin1Char(':') + m_request.statsPassword).toUtf8();
    request.headers.set(QByteArrayLiteral("Authorization"),
                        QByteArrayLiteral("Basic ") + credentials.toBase64());
    // HAProxy answers 303 to "<page>;st=<code>"; the dispatcher follows it (same origin), so
    // the code is in the URL finally asked.
    m_inFlight = m_dispatcher->dispatch(
        request, origin(url), m_request.tls, m_tag, this, [this](const ApiResult &result) {
            m_inFlight = 0;
            if (result.httpStatus == 401 || result.httpStatus == 403) {
                return finish(NodeActionOutcome::Result::AuthFailed,
                              tr("HAProxy refused the stats user %1: check the user name and "
                                 "password of the statistics page")
                                  .arg(m_request.statsUser));
            }
            if (!result.ok && result.httpStatus == 0) {
                // It may have been applied before the answer was lost: read back what happened.
                return readAfter(QString());
            }
            readAfter(answerCode(result.url));
        });
}

void HaproxyAdmin::readAfter(const QString &code)
{
    m_outcome.haproxyCode = code;
    const QUrl url = csvUrl(m_request.statsUrl);
    m_inFlight =
        m_dispatcher->dispatch(pageRequest(url, m_request.timeout), origin(url), m_request.tls,
                               m_tag, this, [this, code](const ApiResult &result) {
                                   m_inFlight = 0;
                                   judge(code, result);
                               });
}

void HaproxyAdmin::judge(const QString &code, const ApiResult &csv)
{
    using Result = NodeActionOutcome::Result;
    std::optional<HaproxyStats::Server> server;
    if (csv.ok) {
        if (const auto stats = HaproxyStats::parse(csv.body, nullptr))
            server = stats->server(m_request.nodeId);
    }
    if (server) {
        m_outcome.stateAfter = server->state;
        m_outcome.statusAfter = server->status;
    }
    const QString node = m_request.nodeId;
    const bool reached = server && server->state == nodeActionTarget(m_request.action);
    if (code == QLatin1String("DENY")) {
        return finish(Result::Denied,
                      tr("HAProxy denied the action: its statistics page grants no admin rights "
                         "to %1 (\"stats admin\" is off)")
                          .arg(m_request.statsUser));
    }
    if (code == QLatin1String("ERRP") || code == QLatin1String("EXCD") ||
        code == QLatin1String("IVAL") || code == QLatin1String("UNKN")) {
        return finish(Result::Refused,
                      tr("HAProxy rejected the request for %1 (answer %2)").arg(node, code));
    }
    if (!server) {
        return finish(Result::Unknown, tr("the action on %1 was sent but HAProxy's statistics "
                                          "cannot be read back: its outcome is unknown")
                                           .arg(node));
    }
    if (reached) {
        return finish(Result::Applied, tr("HAProxy shows %1 as %2").arg(node, server->status));
    }
    if (code.isEmpty()) {
        return finish(Result::Unknown, tr("HAProxy's answer was lost and it shows %1 as %2: the "
                                          "action's outcome is unknown")
                                           .arg(node, server->status));
    }
    if (code == QLatin1String("PART")) {
        return finish(Result::NotApplied, tr("HAProxy applied the action only in part; it shows "
                                             "%1 as %2")
                                              .arg(node, server->status));
    }
    if (code == QLatin1String("NONE")) {
        return finish(Result::NotApplied,
                      tr("HAProxy changed nothing; it shows %1 as %2").arg(node, server->status));
    }
    // DONE, yet the server is elsewhere: e.g. ready on a node whose health check fails.
    return finish(Result::NotApplied,
                  tr("HAProxy accepted the action but shows %1 as %2").arg(node, server->status));
}

void HaproxyAdmin::failFromResult(const ApiResult &result)
{
    finish(NodeActionOutcome::Result::Unreachable,
           tr("HAProxy's statistics page does not answer: %1").arg(result.errorText));
}

void HaproxyAdmin::finish(NodeActionOutcome::Result result, const QString &message)
{
    m_outcome.result = result;
    m_outcome.message = message;
    m_outcome.finishedAt = QDateTime::currentDateTimeUtc();
    m_busy = false;
    emit finished(m_outcome);
}
