// ReplyClassifier: the rules that turn an HTTP answer or a transport failure into one ErrorKind.
#include "ReplyClassifier.h"

#include <QTest>

using Kind = ApiResult::ErrorKind;
Q_DECLARE_METATYPE(ApiResult::ErrorKind)

class tst_ReplyClassifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpAnswer_data();
    void httpAnswer();
    void transportError_data();
    void transportError();
};

void tst_ReplyClassifier::httpAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("answeringNode");
    QTest::addColumn<QString>("targetNode");
    QTest::addColumn<bool>("expectJson");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");

    const QByteArray json = "application/json";
    const QByteArray problem = "application/problem+json";
    QTest::newRow("200 JSON") << 200 << json << QByteArray("{}") << "n1"
                              << "" << true << Kind::None << "";
    QTest::newRow("charset parameter")
        << 200 << QByteArray("Application/JSON; charset=utf-8") << QByteArray("[]") << "n1"
        << "" << true << Kind::None << "";
    QTest::newRow("vendor +json") << 200 << QByteArray("application/vnd.x+json") << QByteArray("{}")
                                  << "n1"
                                  << "" << true << Kind::None << "";
    QTest::newRow("204 empty") << 204 << QByteArray() << QByteArray() << "n1"
                               << "" << true << Kind::None << "";
    QTest::newRow("200 empty JSON") << 200 << json << QByteArray() << "n1"
                                    << "" << true << Kind::BadJson << "the body is empty";
    QTest::newRow("truncated") << 200 << json << QByteArray("{\"a\":") << "n1"
                               << "" << true << Kind::BadJson << "not valid JSON";
    QTest::newRow("text/plain") << 200 << QByteArray("text/plain") << QByteArray("hi") << "n1"
                                << "" << true << Kind::WrongContentType << "got text/plain";
    QTest::newRow("no content type") << 200 << QByteArray() << QByteArray("{}") << "n1"
                                     << "" << true << Kind::WrongContentType << "no content type";
    QTest::newRow("not a JSON endpoint") << 200 << QByteArray("text/csv") << QByteArray("a,b") << ""
                                         << "" << false << Kind::None << "";
    QTest::newRow("HTML 503") << 503 << QByteArray("text/html") << QByteArray("<html>") << ""
                              << "" << true << Kind::LoadBalancerPage
                              << "the load balancer answered 503: no node is available";
    QTest::newRow("HTML 504") << 504 << QByteArray("text/html") << QByteArray("<html>") << ""
                              << "n2" << true << Kind::LoadBalancerPage << "answered 504";
    QTest::newRow("JSON 503 from a node")
        << 503 << problem << QByteArray(R"({"title":"Primary unreachable"})") << "n1"
        << "" << true << Kind::Http << "Primary unreachable";
    QTest::newRow("HTML 500 is no LB page")
        << 500 << QByteArray("text/html") << QByteArray("<p>") << ""
        << "" << true << Kind::Http << "HTTP 500";
    QTest::newRow("problem 422")
        << 422 << problem
        << QByteArray(R"({"title":"Invalid","detail":"bad port","field":"spec.port"})") << "n1"
        << "" << true << Kind::Http << "Invalid: bad port (spec.port)";
    QTest::newRow("problem, broken JSON") << 409 << problem << QByteArray("{") << "n1"
                                          << "" << true << Kind::Http << "HTTP 409";
    QTest::newRow("misrouted") << 200 << json << QByteArray("{}") << "n1"
                               << "n2" << true << Kind::Misrouted
                               << "the request for node n2 was answered by n1";
    QTest::newRow("421") << 421 << problem << QByteArray(R"({"title":"Misdirected"})") << "n1"
                         << "n2" << true << Kind::Misrouted << "reached n1, which refused it";
    QTest::newRow("routed right") << 200 << json << QByteArray("{}") << "n2"
                                  << "n2" << true << Kind::None << "";
    QTest::newRow("3xx not followed") << 304 << QByteArray() << QByteArray() << "n1"
                                      << "" << true << Kind::Other << "unexpected HTTP status 304";
}

void tst_ReplyClassifier::httpAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QString, answeringNode);
    QFETCH(QString, targetNode);
    QFETCH(bool, expectJson);
    QFETCH(Kind, kind);
    QFETCH(QString, text);

    ApiResult result;
    result.httpStatus = status;
    if (!contentType.isEmpty())
        result.headers.set("content-type", contentType);
    result.body = body;
    result.nodeId = answeringNode;
    ApiRequest request;
    request.targetNodeId = targetNode;
    request.expectJson = expectJson;
    ReplyClassifier::classifyHttpAnswer(result, request, QStringLiteral("Reason"));
    QCOMPARE(result.errorKind, kind);
    QCOMPARE(result.ok, kind == Kind::None);
    QVERIFY2(result.errorText.contains(text), qPrintable(result.errorText));
    QCOMPARE(result.errorText.isEmpty(), kind == Kind::None);
}

void tst_ReplyClassifier::transportError_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("withSslErrors");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("text");

    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << false
                             << Kind::ConnectionRefused << "h refused the connection";
    QTest::newRow("not found") << QNetworkReply::HostNotFoundError << false << Kind::HostNotFound
                               << "host h not found";
    QTest::newRow("TLS with errors") << QNetworkReply::SslHandshakeFailedError << true << Kind::Tls
                                     << "the certificate of h is not trusted: ";
    QTest::newRow("TLS without errors") << QNetworkReply::SslHandshakeFailedError << false
                                        << Kind::Tls << "TLS handshake with h failed: boom";
    QTest::newRow("too many redirects") << QNetworkReply::TooManyRedirectsError << false
                                        << Kind::RedirectRefused << "refused a redirect";
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << false << Kind::Other
                            << "h closed the connection";
    QTest::newRow("unknown") << QNetworkReply::UnknownNetworkError << false << Kind::Other
                             << "request to h failed: boom";
}

void tst_ReplyClassifier::transportError()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, withSslErrors);
    QFETCH(Kind, kind);
    QFETCH(QString, text);
    ApiResult result;
    const QList<QSslError> sslErrors =
        withSslErrors ? QList<QSslError>{QSslError(QSslError::SelfSignedCertificate)}
                      : QList<QSslError>{};
    ReplyClassifier::classifyTransportError(result, error, QStringLiteral("h"),
                                            QStringLiteral("boom"), sslErrors);
    QCOMPARE(result.errorKind, kind);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorText.contains(text), qPrintable(result.errorText));
}

QTEST_GUILESS_MAIN(tst_ReplyClassifier)
#include "tst_ReplyClassifier.moc"
