#pragma once
// A small synchronous HTTP client for tests: each call sends one request through
// QNetworkAccessManager and waits for the answer with QSignalSpy (test code only).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QUrl>

struct TestResponse
{
    int status = 0; // 0 when no HTTP answer arrived (connection or TLS failure, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // as received

    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
    bool hasHeader(const QByteArray &name) const;
    QJsonObject json() const; // empty unless the body is a JSON object
    bool isJsonObject() const;
    QString summary() const; // "HTTP 422 (error) <start of body>" for failure messages
};

using TestHeaders = QList<QPair<QByteArray, QByteArray>>;

class TestHttp final
{
public:
    explicit TestHttp(QUrl baseUrl = {});
    TestHttp(const TestHttp &) = delete;
    TestHttp &operator=(const TestHttp &) = delete;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }

    // Credentials sent as Authorization on every request until cleared.
    void setBasicAuth(const QString &user, const QString &password);
    void setBearerToken(const QByteArray &token);
    void clearAuth() { m_authorization.clear(); }

    // Trusts exactly these CA certificates (PEM file) for https; empty: the system's.
    bool setCaFile(const QString &path);
    // Presents this certificate and unencrypted EC or RSA key (PEM files) when a TLS server
    // asks for one; false when either cannot be read.
    bool setClientCertificate(const QString &certificateFile, const QString &keyFile);

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // `path` may carry a query ("/api/v1/resources?type=jdbc") and is percent-encoded as
    // given; an absolute URL ignores the base.
    TestResponse get(const QString &path, const TestHeaders &headers = {});
    TestResponse put(const QString &path, const QByteArray &body, const TestHeaders &headers = {});
    TestResponse post(const QString &path, const QByteArray &body, const TestHeaders &headers = {});
    TestResponse del(const QString &path, const QByteArray &body, const TestHeaders &headers = {});
    TestResponse del(const QString &path, const TestHeaders &headers = {});
    TestResponse send(const QByteArray &verb, const QString &path, const QByteArray &body,
                      const TestHeaders &headers);

    // The token flow (GET /security/rest/token/access/session/{ttl} with Basic auth).
    // Returns the access token, or empty with the failing response in `response`.
    QByteArray fetchToken(const QString &user, const QString &password, int ttlMinutes = 60,
                          TestResponse *response = nullptr);

    static QByteArray basicAuthorization(const QString &user, const QString &password);

private:
    QUrl resolve(const QString &path) const;

    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    QList<QSslCertificate> m_caCertificates;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    int m_timeoutMs = 15000;
};
