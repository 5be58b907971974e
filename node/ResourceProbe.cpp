#include "ResourceProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThreadPool>

#include <algorithm>

namespace node {
namespace {

int defaultJdbcPort(const QString &subprotocol)
{
    static const QHash<QString, int> ports = {
        {QStringLiteral("postgresql"), 5432}, {QStringLiteral("mysql"), 3306},
        {QStringLiteral("mariadb"), 3306},    {QStringLiteral("sqlserver"), 1433},
        {QStringLiteral("oracle"), 1521},     {QStringLiteral("db2"), 50000}};
    return ports.value(subprotocol.toLower(), 0);
}

// "jdbc:postgresql://db:5432/x", "jdbc:sqlserver://db;databaseName=x",
// "jdbc:oracle:thin:@db:1521:sid", "jdbc:oracle:thin:@//db:1521/svc".
void parseJdbcUrl(const QString &url, QString *host, int *port)
{
    static const QRegularExpression authority(QStringLiteral(
        R"(^jdbc:([A-Za-z0-9]+)[^@/]*(?://|@//|@)\[?([A-Za-z0-9._\-:]+?)\]?(?::(\d{1,5}))?(?:[/;:?]|$))"));
    const QRegularExpressionMatch match = authority.match(url);
    if (!match.hasMatch())
        return;
    *host = match.captured(2);
    *port = match.captured(3).isEmpty() ? defaultJdbcPort(match.captured(1))
                                        : match.captured(3).toInt();
}

QString socketReason(QAbstractSocket::SocketError error, const QString &text)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QAbstractSocket::SocketTimeoutError:
        return QStringLiteral("timed out");
    case QAbstractSocket::HostNotFoundError:
        return QStringLiteral("host does not resolve");
    case QAbstractSocket::NetworkError:
        return QStringLiteral("network unreachable");
    case QAbstractSocket::RemoteHostClosedError:
        return QStringLiteral("connection closed by the server");
    default:
        return text.toLower();
    }
}

// The most telling TLS problem first: a wrong name says more than an unknown issuer.
QString tlsReason(const QList<QSslError> &errors)
{
    QStringList reasons;
    const auto has = [&](QSslError::SslError kind) {
        return std::any_of(errors.cbegin(), errors.cend(),
                           [kind](const QSslError &e) { return e.error() == kind; });
    };
    if (has(QSslError::HostNameMismatch))
        reasons << QStringLiteral("certificate name mismatch");
    if (has(QSslError::CertificateExpired))
        reasons << QStringLiteral("certificate expired");
    if (has(QSslError::SelfSignedCertificate) || has(QSslError::SelfSignedCertificateInChain))
        reasons << QStringLiteral("self-signed certificate");
    else if (has(QSslError::UnableToGetLocalIssuerCertificate) ||
             has(QSslError::UnableToVerifyFirstCertificate) || has(QSslError::CertificateUntrusted))
        reasons << QStringLiteral("certificate not trusted");
    if (reasons.isEmpty()) {
        for (const QSslError &error : errors)
            reasons << error.errorString().toLower();
    }
    return QStringLiteral("TLS: ") + reasons.join(QStringLiteral("; "));
}

} // namespace

ProbePlan ProbePlan::forResource(const QString &type, const QJsonObject &spec,
                                 const QString &baseDirectory)
{
    ProbePlan plan;
    const QString host = spec.value(QLatin1String("host")).toString();
    const int port = spec.value(QLatin1String("port")).toInt();
    if (type == QLatin1String("jdbc")) {
        parseJdbcUrl(spec.value(QLatin1String("url")).toString(), &plan.host, &plan.port);
        if (!host.isEmpty())
            plan.host = host;
        if (port > 0)
            plan.port = port;
        if (plan.host.isEmpty() || plan.port <= 0)
            plan.skipped = QStringLiteral("no host and port in the definition or its URL");
    } else if (type == QLatin1String("fileserver")) {
        const QString protocol = spec.value(QLatin1String("protocol")).toString();
        static const QHash<QString, int> ports = {
            {QStringLiteral("ftp"), 21},    {QStringLiteral("sftp"), 22},
            {QStringLiteral("ftps"), 990},  {QStringLiteral("smb"), 445},
            {QStringLiteral("hdfs"), 8020}, {QStringLiteral("s3"), 443}};
        if (protocol == QLatin1String("local")) {
            plan.location = spec.value(QLatin1String("rootPath")).toString();
        } else {
            plan.host = host;
            plan.port = port > 0 ? port : ports.value(protocol, 0);
            plan.tls = protocol == QLatin1String("ftps") || protocol == QLatin1String("s3");
        }
    } else if (type == QLatin1String("webservice")) {
        plan.httpUrl = QUrl(spec.value(QLatin1String("url")).toString());
        plan.host = plan.httpUrl.host();
        plan.tls = plan.httpUrl.scheme() == QLatin1String("https");
        plan.port = plan.httpUrl.port(plan.tls ? 443 : 80);
    } else if (type == QLatin1String("database")) {
        const QString location = spec.value(QLatin1String("location")).toString();
        const QUrl url(location);
        // A one-letter scheme is a Windows drive ("C:\\data"), not a URL.
        if (url.scheme().size() > 1 && url.scheme() != QLatin1String("file") &&
            !url.host().isEmpty()) {
            plan.host = url.host();
            plan.tls = url.scheme() == QLatin1String("https");
            plan.port = url.port(plan.tls ? 443 : url.scheme() == QLatin1String("http") ? 80 : 0);
            if (plan.port <= 0)
                plan.skipped = QStringLiteral("the location's URL names no port");
        } else {
            plan.location = url.scheme() == QLatin1String("file") ? url.toLocalFile() : location;
        }
    }
    if (!plan.location.isEmpty() && QDir::isRelativePath(plan.location) && !baseDirectory.isEmpty())
        plan.location = QDir(baseDirectory).filePath(plan.location);
    return plan;
}

ResourceProbe::ResourceProbe(ProbePlan plan, std::chrono::milliseconds budget,
                             QNetworkAccessManager *network, QThreadPool *files, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_budget(budget)
    , m_network(network)
    , m_files(files)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ResourceProbe::timedOut);
}

ResourceProbe::~ResourceProbe()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_reply)
        m_reply->abort();
    dropSocket();
}

void ResourceProbe::start()
{
    m_total.start();
    m_deadline.start(int(m_budget.count()));
    if (!m_plan.skipped.isEmpty()) {
        record(false, m_plan.skipped, {{QStringLiteral("check"), QStringLiteral("definition")}});
        return finish();
    }
    m_step = m_plan.host.isEmpty() ? Step::Location : Step::Resolve;
    next();
}

QString ResourceProbe::target() const
{
    return m_plan.host + QLatin1Char(':') + QString::number(m_plan.port);
}

void ResourceProbe::next()
{
    if (m_done)
        return;
    m_stepTimer.start();
    switch (m_step) {
    case Step::Resolve:
        return resolve();
    case Step::Connect:
        return connectTcp();
    case Step::Tls:
        return m_plan.tls ? handshake() : (m_step = Step::Http, next());
    case Step::Http:
        return m_plan.httpUrl.isValid() && !m_plan.httpUrl.isEmpty()
                   ? request(QByteArrayLiteral("HEAD"))
                   : (m_step = Step::Location, next());
    case Step::Location:
        return m_plan.location.isEmpty() ? finish() : checkLocation();
    case Step::Done:
        return finish();
    }
}

void ResourceProbe::resolve()
{
    if (QHostAddress literal; literal.setAddress(m_plan.host)) {
        m_address = literal;
        return pass({{QStringLiteral("target"), m_plan.host}});
    }
    m_lookupId = QHostInfo::lookupHost(m_plan.host, this, [this](const QHostInfo &info) {
        m_lookupId = -1;
        const QJsonObject extra{{QStringLiteral("target"), m_plan.host}};
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            return fail(QStringLiteral("host does not resolve"), extra);
        m_address = info.addresses().constFirst();
        for (const QHostAddress &address : info.addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol) {
                m_address = address;
                break;
            }
        }
        pass(extra);
    });
}

void ResourceProbe::connectTcp()
{
    auto *socket = new QTcpSocket(this);
    m_socket = socket;
    connect(socket, &QTcpSocket::connected, this, [this] {
        dropSocket();
        pass({{QStringLiteral("target"), target()}});
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        const QString reason = socketReason(error, m_socket->errorString());
        dropSocket();
        fail(reason, {{QStringLiteral("target"), target()}});
    });
    socket->connectToHost(m_address, quint16(m_plan.port));
}

void ResourceProbe::handshake()
{
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    socket->setPeerVerifyName(m_plan.host);
    const QJsonObject extra{{QStringLiteral("target"), target()}};
    connect(socket, &QSslSocket::encrypted, this, [this, extra] {
        dropSocket();
        pass(extra);
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, extra](const QList<QSslError> &errors) {
        const QString reason = tlsReason(errors);
        dropSocket();
        fail(reason, extra);
    });
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, extra](QAbstractSocket::SocketError error) {
                const QString reason =
                    error == QAbstractSocket::SslHandshakeFailedError
                        ? QStringLiteral("TLS: handshake failed")
                        : QStringLiteral("TLS: ") + socketReason(error, m_socket->errorString());
                dropSocket();
                fail(reason, extra);
            });
    socket->connectToHostEncrypted(m_address.toString(), quint16(m_plan.port), m_plan.host);
}

void ResourceProbe::request(const QByteArray &method)
{
    QNetworkRequest httpRequest(m_plan.httpUrl);
    httpRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
    httpRequest.setTransferTimeout(std::max(1, int(m_budget.count() - m_total.elapsed())));
    m_reply = m_network->sendCustomRequest(httpRequest, method);
    connect(m_reply, &QNetworkReply::finished, this, [this, method, reply = m_reply.data()] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QJsonObject extra{{QStringLiteral("method"), QString::fromLatin1(method)}};
        if (status == 405 && method == "HEAD")
            return request(QByteArrayLiteral("OPTIONS"));
        if (status == 0) {
            const QString reason = reply->error() == QNetworkReply::OperationCanceledError ||
                                           reply->error() == QNetworkReply::TimeoutError
                                       ? QStringLiteral("timed out")
                                       : QStringLiteral("no HTTP answer");
            return fail(reason, extra);
        }
        extra.insert(QStringLiteral("status"), status);
        // 401/403: the service is there and wants credentials, which a test never sends.
        if (status < 400 || status == 401 || status == 403)
            return pass(extra);
        fail(QStringLiteral("HTTP %1").arg(status), extra);
    });
}

void ResourceProbe::checkLocation()
{
    // A dead network mount can hang stat(): off the serving thread, answered by the deadline.
    QPointer<ResourceProbe> self(this);
    const QString location = m_plan.location;
    m_files->start([self, location] {
        const QFileInfo info(location);
        QString reason;
        if (!info.exists())
            reason = QStringLiteral("does not exist");
        else if (!info.isReadable() || (info.isDir() && !QDir(location).isReadable()))
            reason = QStringLiteral("not readable");
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, reason, dir = info.isDir()] {
                if (!self || self->m_done || self->m_step != Step::Location)
                    return;
                const QJsonObject extra{{QStringLiteral("target"), self->m_plan.location},
                                        {QStringLiteral("kind"), dir ? QStringLiteral("directory")
                                                                     : QStringLiteral("file")}};
                if (reason.isEmpty())
                    self->pass(extra);
                else
                    self->fail(reason, extra);
            },
            Qt::QueuedConnection);
    });
}

void ResourceProbe::record(bool ok, const QString &reason, const QJsonObject &extra)
{
    static const char *const names[] = {"resolve", "connect", "tls", "http", "location", "done"};
    QJsonObject check{{QStringLiteral("check"), QString::fromLatin1(names[int(m_step)])},
                      {QStringLiteral("ok"), ok},
                      {QStringLiteral("ms"), m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        check.insert(it.key(), it.value());
    if (!reason.isEmpty())
        check.insert(QStringLiteral("reason"), reason);
    m_checks.append(check);
    m_ok = m_ok && ok;
}

void ResourceProbe::pass(const QJsonObject &extra)
{
    record(true, {}, extra);
    m_step = Step(int(m_step) + 1);
    next();
}

void ResourceProbe::fail(const QString &reason, const QJsonObject &extra)
{
    record(false, reason, extra);
    finish();
}

void ResourceProbe::timedOut()
{
    if (m_done)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    dropSocket();
    const bool network = m_step == Step::Resolve || m_step == Step::Connect || m_step == Step::Tls;
    fail(QStringLiteral("timed out"),
         network ? QJsonObject{{QStringLiteral("target"), target()}} : QJsonObject{});
}

void ResourceProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit finished(m_ok, m_checks);
}

void ResourceProbe::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace node
