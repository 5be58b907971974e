#include "TestHttp.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>

QByteArray TestResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool TestResponse::hasHeader(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool TestResponse::isJsonObject() const
{
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError && document.isObject();
}

QJsonObject TestResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString TestResponse::summary() const
{
    return QStringLiteral("HTTP %1 (%2) %3")
        .arg(status)
        .arg(errorString, QString::fromUtf8(body.left(400)));
}

TestHttp::TestHttp(QUrl baseUrl)
    : m_baseUrl(std::move(baseUrl))
{
    // Each test request stands alone: no cookies, no cached credentials, no redirects.
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_manager.setAutoDeleteReplies(false);
}

QByteArray TestHttp::basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

void TestHttp::setBasicAuth(const QString &user, const QString &password)
{
    m_authorization = basicAuthorization(user, password);
}

void TestHttp::setBearerToken(const QByteArray &token)
{
    m_authorization = "Bearer " + token;
}

bool TestHttp::setCaFile(const QString &path)
{
    m_caCertificates =
        path.isEmpty() ? QList<QSslCertificate>{} : QSslCertificate::fromPath(path, QSsl::Pem);
    return path.isEmpty() || !m_caCertificates.isEmpty();
}

bool TestHttp::setClientCertificate(const QString &certificateFile, const QString &keyFile)
{
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(certificateFile, QSsl::Pem);
    QFile key(keyFile);
    if (certificates.isEmpty() || !key.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = key.readAll();
    m_clientKey = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (m_clientKey.isNull())
        m_clientKey = QSslKey(pem, QSsl::Rsa, QSsl::Pem);
    m_clientCertificate = certificates.constFirst();
    return !m_clientKey.isNull();
}

QUrl TestHttp::resolve(const QString &path) const
{
    const QUrl relative(path, QUrl::TolerantMode);
    if (relative.isValid() && !relative.isRelative())
        return relative;
    QUrl url = m_baseUrl;
    const auto queryStart = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(queryStart), QUrl::TolerantMode);
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1), QUrl::TolerantMode);
    return url;
}

TestResponse TestHttp::get(const QString &path, const TestHeaders &headers)
{
    return send("GET", path, {}, headers);
}

TestResponse TestHttp::put(const QString &path, const QByteArray &body, const TestHeaders &headers)
{
    return send("PUT", path, body, headers);
}

TestResponse TestHttp::post(const QString &path, const QByteArray &body, const TestHeaders &headers)
{
    return send("POST", path, body, headers);
}

TestResponse TestHttp::del(const QString &path, const QByteArray &body, const TestHeaders &headers)
{
    return send("DELETE", path, body, headers);
}

TestResponse TestHttp::del(const QString &path, const TestHeaders &headers)
{
    return send("DELETE", path, {}, headers);
}

TestResponse TestHttp::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                            const TestHeaders &headers)
{
    QNetworkRequest request(resolve(path));
    request.setTransferTimeout(m_timeoutMs);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!m_caCertificates.isEmpty() || !m_clientCertificate.isNull()) {
        auto ssl = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            ssl.setCaCertificates(m_caCertificates);
        if (!m_clientCertificate.isNull()) {
            ssl.setLocalCertificate(m_clientCertificate);
            ssl.setPrivateKey(m_clientKey);
        }
        request.setSslConfiguration(ssl);
    }

    QNetworkReply *reply = m_manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 5000);

    TestResponse response;
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QNetworkReply::TimeoutError;
        response.errorString =
            QStringLiteral("no answer from %1 in time").arg(request.url().toString());
    } else {
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.errorString = reply->errorString();
        response.body = reply->readAll();
        response.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return response;
}

QByteArray TestHttp::fetchToken(const QString &user, const QString &password, int ttlMinutes,
                                TestResponse *response)
{
    const auto saved = m_authorization;
    setBasicAuth(user, password);
    auto answer = get(QStringLiteral("/security/rest/token/access/session/%1").arg(ttlMinutes));
    m_authorization = saved;
    const auto token = answer.status == 200
                           ? answer.json().value(QLatin1String("access_token")).toString().toUtf8()
                           : QByteArray();
    if (response)
        *response = std::move(answer);
    return token;
}
