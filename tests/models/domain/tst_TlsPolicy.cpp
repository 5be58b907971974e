// TlsPolicy: fingerprint handling, exact-error acceptance, and real TLS handshakes against a
// local server with throwaway certificates made by `openssl` at test time.
#include "HostileHttpServer.h"
#include "RequestDispatcher.h"
#include "TlsPolicy.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Kind = ApiResult::ErrorKind;

class tst_TlsPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void normalizeFingerprint_data();
    void normalizeFingerprint();
    void pinValidation();
    void caPemValidation();
    void acceptsOnlyExactErrorsOfExactCertificate();
    void refusedWithoutCa();
    void acceptedWithCa();
    void refusedWithWrongPin();
    void acceptedWithRightPin();
    void acceptedSelfSignedForThatPolicyOnly();
    void sharedDispatcherDoesNotLeakTrust();

private:
    bool openssl(const QStringList &arguments);
    QByteArray readFile(const QString &name) const;
    std::unique_ptr<HostileHttpServer> startServer(const QString &certFile, const QString &keyFile);
    ApiResult fetch(RequestDispatcher &dispatcher, const QUrl &url, const TlsPolicy &policy);

    QTemporaryDir m_dir;
    QByteArray m_caPem;
    QSslCertificate m_serverCertificate;
    QSslCertificate m_selfSignedA;
};

bool tst_TlsPolicy::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << "failed:" << process.readAll();
        return false;
    }
    return true;
}

QByteArray tst_TlsPolicy::readFile(const QString &name) const
{
    QFile file(m_dir.filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_TlsPolicy::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    const QStringList ec = {
        QStringLiteral("-newkey"),  QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"),   QStringLiteral("-days"),
        QStringLiteral("2")};
    // A CA, and a server certificate for 127.0.0.1 signed by it.
    QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                    QStringList{"-keyout", "ca.key", "-out", "ca.pem", "-subj",
                                "/CN=Clusterdesk Test CA", "-addext",
                                "basicConstraints=critical,CA:TRUE", "-addext",
                                "keyUsage=critical,keyCertSign,cRLSign"}));
    QVERIFY(openssl(
        QStringList{QStringLiteral("req")} + ec +
        QStringList{"-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"}));
    {
        QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
                  "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    }
    QVERIFY(
        openssl({"x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
                 "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext"}));
    // Two unrelated self-signed certificates for 127.0.0.1.
    for (const QString &name : {QStringLiteral("selfA"), QStringLiteral("selfB")}) {
        QVERIFY(openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                        QStringList{"-keyout", name + ".key", "-out", name + ".pem", "-subj",
                                    "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"}));
    }
    m_caPem = readFile(QStringLiteral("ca.pem"));
    m_serverCertificate = QSslCertificate(readFile(QStringLiteral("server.pem")));
    m_selfSignedA = QSslCertificate(readFile(QStringLiteral("selfA.pem")));
    QVERIFY(!m_serverCertificate.isNull());
    QVERIFY(!m_selfSignedA.isNull());
}

std::unique_ptr<HostileHttpServer> tst_TlsPolicy::startServer(const QString &certFile,
                                                              const QString &keyFile)
{
    auto server = std::make_unique<HostileHttpServer>();
    const QSslKey key(readFile(keyFile), QSsl::Ec);
    if (key.isNull())
        return nullptr;
    server->setTls(QSslCertificate(readFile(certFile)), key);
    server->setNodeIdentity("node-1", 3);
    if (!server->start())
        return nullptr;
    return server;
}

ApiResult tst_TlsPolicy::fetch(RequestDispatcher &dispatcher, const QUrl &url,
                               const TlsPolicy &policy)
{
    ApiResult result;
    bool done = false;
    ApiRequest request = ApiRequest::get(QStringLiteral("/api/v1/node"));
    request.timeout = std::chrono::seconds(10);
    dispatcher.dispatch(request, url, policy, QString(), this, [&](const ApiResult &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
    return result;
}

void tst_TlsPolicy::normalizeFingerprint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString hex = QStringLiteral("0123456789abcdef").repeated(4);
    QString colons;
    for (int i = 0; i < hex.size(); i += 2)
        colons += (i ? QStringLiteral(":") : QString()) + hex.mid(i, 2).toUpper();
    QTest::newRow("lower") << hex << hex;
    QTest::newRow("upper") << hex.toUpper() << hex;
    QTest::newRow("colons") << colons << hex;
    QTest::newRow("spaces") << QString(hex).insert(8, QStringLiteral(" \n")) << hex;
    QTest::newRow("too short") << hex.left(62) << QString();
    QTest::newRow("too long") << hex + QStringLiteral("00") << QString();
    QTest::newRow("not hex") << QString(hex).replace(0, 1, QStringLiteral("g")) << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("sha1 length") << hex.left(40) << QString();
}

void tst_TlsPolicy::normalizeFingerprint()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TlsPolicy::normalizeFingerprint(input), expected);
}

void tst_TlsPolicy::pinValidation()
{
    TlsPolicy policy;
    QVERIFY(policy.pinMatches(m_serverCertificate)); // no pin: anything
    QVERIFY(!policy.setPinnedSha256(QStringLiteral("abc")));
    QCOMPARE(policy.pinnedSha256(), QString());
    QVERIFY(policy.setPinnedSha256(TlsPolicy::sha256Fingerprint(m_serverCertificate).toUpper()));
    QVERIFY(policy.pinMatches(m_serverCertificate));
    QVERIFY(!policy.pinMatches(m_selfSignedA));
    QVERIFY(!policy.pinMatches(QSslCertificate()));
    QVERIFY(policy.setPinnedSha256(QString()));
    QVERIFY(policy.pinMatches(m_selfSignedA));
}

void tst_TlsPolicy::caPemValidation()
{
    TlsPolicy policy;
    QString error;
    QVERIFY(policy.setCaCertificatesPem(m_caPem, &error));
    QCOMPARE(policy.caCertificates().size(), 1);
    QVERIFY(policy.sslConfiguration().caCertificates().contains(policy.caCertificates().first()));
    QCOMPARE(policy.sslConfiguration().peerVerifyMode(), QSslSocket::VerifyPeer);
    QVERIFY(!policy.setCaCertificatesPem("-----BEGIN CERTIFICATE-----\nnope\n", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(policy.caCertificates().size(), 1); // unchanged
    QVERIFY(policy.setCaCertificatesPem(QByteArray()));
    QVERIFY(policy.caCertificates().isEmpty());
}

void tst_TlsPolicy::acceptsOnlyExactErrorsOfExactCertificate()
{
    TlsPolicy policy;
    const QSslError selfSigned(QSslError::SelfSignedCertificate, m_selfSignedA);
    const QSslError hostMismatch(QSslError::HostNameMismatch, m_selfSignedA);
    const QSslError otherCertificate(QSslError::SelfSignedCertificate, m_serverCertificate);
    QVERIFY(policy.acceptedErrors({selfSigned}, m_selfSignedA).isEmpty());

    policy.trustCertificate(m_selfSignedA, {selfSigned});
    QCOMPARE(policy.trustedCertificates().size(), 1);
    QCOMPARE(policy.trustedCertificates().first().sha256,
             TlsPolicy::sha256Fingerprint(m_selfSignedA));
    QCOMPARE(policy.acceptedErrors({selfSigned}, m_selfSignedA), QList<QSslError>{selfSigned});
    // Another error for the same certificate, or the same error for another: not accepted.
    QCOMPARE(policy.acceptedErrors({selfSigned, hostMismatch}, m_selfSignedA),
             QList<QSslError>{selfSigned});
    QVERIFY(policy.acceptedErrors({otherCertificate}, m_serverCertificate).isEmpty());
    // An error naming no certificate applies to the leaf.
    const QSslError anonymous(QSslError::SelfSignedCertificate);
    QCOMPARE(policy.acceptedErrors({anonymous}, m_selfSignedA).size(), 1);
    QVERIFY(policy.acceptedErrors({anonymous}, m_serverCertificate).isEmpty());

    // Stored and restored through the profile representation.
    TlsPolicy restored;
    restored.setTrustedCertificates(policy.trustedCertificates());
    QCOMPARE(restored.trustedCertificates(), policy.trustedCertificates());
    restored.setTrustedCertificates(
        {{QStringLiteral("not a digest"), {QSslError::SelfSignedCertificate}}});
    QVERIFY(restored.trustedCertificates().isEmpty());
}

void tst_TlsPolicy::refusedWithoutCa()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    RequestDispatcher dispatcher;
    const ApiResult result = fetch(dispatcher, server->url(), TlsPolicy());
    QVERIFY(!result.ok);
    QCOMPARE(result.errorKind, Kind::Tls);
    QVERIFY(!result.sslErrors.isEmpty());
    QCOMPARE(result.peerCertificate, m_serverCertificate);
    QVERIFY2(result.errorText.contains(QStringLiteral("not trusted")),
             qPrintable(result.errorText));
    QCOMPARE(server->requestCount(), 0);
    QVERIFY(TlsPolicy::describeCertificate(result.peerCertificate)
                .contains(TlsPolicy::sha256Fingerprint(m_serverCertificate).left(2)));
}

void tst_TlsPolicy::acceptedWithCa()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    TlsPolicy policy;
    QVERIFY(policy.setCaCertificatesPem(m_caPem));
    RequestDispatcher dispatcher;
    const ApiResult result = fetch(dispatcher, server->url(), policy);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.nodeId, QStringLiteral("node-1"));
    QCOMPARE(result.peerCertificate, m_serverCertificate);
}

void tst_TlsPolicy::refusedWithWrongPin()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    TlsPolicy policy;
    QVERIFY(policy.setCaCertificatesPem(m_caPem));
    QVERIFY(policy.setPinnedSha256(TlsPolicy::sha256Fingerprint(m_selfSignedA)));
    RequestDispatcher dispatcher;
    const ApiResult result = fetch(dispatcher, server->url(), policy);
    QVERIFY(!result.ok);
    QCOMPARE(result.errorKind, Kind::Tls);
    QVERIFY2(result.errorText.contains(QStringLiteral("certificate fingerprint mismatch")),
             qPrintable(result.errorText));
    QCOMPARE(result.peerCertificate, m_serverCertificate);
    // Aborted in encrypted(), before the request (and its credentials) was written.
    QCOMPARE(server->requestCount(), 0);
}

void tst_TlsPolicy::acceptedWithRightPin()
{
    auto server = startServer(QStringLiteral("server.pem"), QStringLiteral("server.key"));
    QVERIFY(server);
    TlsPolicy policy;
    QVERIFY(policy.setCaCertificatesPem(m_caPem));
    QVERIFY(policy.setPinnedSha256(TlsPolicy::sha256Fingerprint(m_serverCertificate)));
    RequestDispatcher dispatcher;
    const ApiResult first = fetch(dispatcher, server->url(), policy);
    QVERIFY2(first.ok, qPrintable(first.errorText));
    const ApiResult reused = fetch(dispatcher, server->url(), policy); // keep-alive connection
    QVERIFY2(reused.ok, qPrintable(reused.errorText));
    QCOMPARE(server->requestCount(), 2);
}

void tst_TlsPolicy::acceptedSelfSignedForThatPolicyOnly()
{
    auto serverA = startServer(QStringLiteral("selfA.pem"), QStringLiteral("selfA.key"));
    auto serverB = startServer(QStringLiteral("selfB.pem"), QStringLiteral("selfB.key"));
    QVERIFY(serverA);
    QVERIFY(serverB);

    TlsPolicy trusting;
    {
        RequestDispatcher dispatcher;
        const ApiResult refused = fetch(dispatcher, serverA->url(), trusting);
        QCOMPARE(refused.errorKind, Kind::Tls);
        QCOMPARE(refused.peerCertificate, m_selfSignedA);
        QVERIFY(!refused.sslErrors.isEmpty());
        // The user clicks "trust this certificate".
        trusting.trustCertificate(refused.peerCertificate, refused.sslErrors);
    }
    {
        RequestDispatcher dispatcher;
        const ApiResult accepted = fetch(dispatcher, serverA->url(), trusting);
        QVERIFY2(accepted.ok, qPrintable(accepted.errorText));
        QCOMPARE(accepted.httpStatus, 200);
    }
    {
        RequestDispatcher dispatcher; // another profile, same server: still refused
        const ApiResult other = fetch(dispatcher, serverA->url(), TlsPolicy());
        QCOMPARE(other.errorKind, Kind::Tls);
    }
    {
        RequestDispatcher dispatcher; // same profile, a different certificate: refused
        const ApiResult different = fetch(dispatcher, serverB->url(), trusting);
        QCOMPARE(different.errorKind, Kind::Tls);
        QVERIFY(different.peerCertificate != m_selfSignedA);
    }
    QCOMPARE(serverA->requestCount(), 1);
    QCOMPARE(serverB->requestCount(), 0);
}

void tst_TlsPolicy::sharedDispatcherDoesNotLeakTrust()
{
    // A keep-alive connection opened under one policy must not serve a request of a policy
    // that would have refused the certificate.
    auto server = startServer(QStringLiteral("selfA.pem"), QStringLiteral("selfA.key"));
    QVERIFY(server);
    TlsPolicy trusting;
    trusting.trustCertificate(m_selfSignedA,
                              {QSslError(QSslError::SelfSignedCertificate, m_selfSignedA)});
    RequestDispatcher dispatcher;
    const ApiResult accepted = fetch(dispatcher, server->url(), trusting);
    QVERIFY2(accepted.ok, qPrintable(accepted.errorText));
    const ApiResult other = fetch(dispatcher, server->url(), TlsPolicy());
    QCOMPARE(other.errorKind, Kind::Tls);
    const ApiResult again = fetch(dispatcher, server->url(), trusting);
    QVERIFY2(again.ok, qPrintable(again.errorText));
}

QTEST_GUILESS_MAIN(tst_TlsPolicy)
#include "tst_TlsPolicy.moc"
