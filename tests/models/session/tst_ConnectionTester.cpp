// ConnectionTester on a cluster without the management API: the 404 leads to the documented
// Spectrum interfaces, and what answered is reported, or why nothing did.
#include "ConnectionTester.h"
#include "HostileHttpServer.h"

#include <QTest>

using Response = HostileHttpServer::Response;

namespace {

ConnectionTestResult test(const QUrl &url, bool withSoap)
{
    HostileHttpServer server;
    server.setHandler([withSoap](const HostileHttpServer::Request &request) {
        const QByteArray path = request.path();
        if (path.startsWith("/security/rest/token/access/session/"))
            return Response::json(200, R"({"access_token":"t","session":"s","username":"a"})");
        if (path == "/security/rest" || path == "/rest" || (withSoap && path == "/soap")) {
            Response page;
            page.body = "<html></html>";
            page.headers.append(HostileHttpServer::Header("Content-Type", "text/html"));
            return page;
        }
        return Response::problem(404, R"({"status":404})");
    });
    [&] { QVERIFY(server.start()); }();
    ClusterProfile profile =
        ClusterProfile::create(QStringLiteral("spectrum"), url.isEmpty() ? server.url() : url);
    profile.userName = QStringLiteral("admin");
    ConnectionTester tester(nullptr);
    std::optional<ConnectionTestResult> result;
    tester.testConnection(profile, QStringLiteral("pw"), nullptr,
                          [&result](const ConnectionTestResult &r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    return result.value_or(ConnectionTestResult());
}

} // namespace

class tst_ConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainSpectrumIsFound();
    void nothingAnswers();
};

void tst_ConnectionTester::plainSpectrumIsFound()
{
    const ConnectionTestResult result = test({}, false);
    QVERIFY2(result.ok, qPrintable(result.errorText));
    using State = ClusterCapabilities::State;
    QCOMPARE(result.capabilities.clusterdeskApi, State::Absent);
    QCOMPARE(result.capabilities.spectrumTokens, State::Available);
    QCOMPARE(result.capabilities.restCatalogue, State::Available);
    QCOMPARE(result.capabilities.soapCatalogue, State::Absent);
    QVERIFY(result.capabilities.isPlainSpectrum());
    QVERIFY(result.capabilities.summaryText().contains(QLatin1String("Found:")));
}

void tst_ConnectionTester::nothingAnswers()
{
    // A web server that signs nobody in and knows none of the paths.
    HostileHttpServer server;
    server.setDefaultResponse(Response::problem(404, R"({"status":404})"));
    QVERIFY(server.start());
    ClusterProfile profile = ClusterProfile::create(QStringLiteral("web"), server.url());
    profile.authKind = ClusterProfile::AuthKind::Token;
    ConnectionTester tester(nullptr);
    std::optional<ConnectionTestResult> result;
    tester.testConnection(profile, QStringLiteral("token"), nullptr,
                          [&result](const ConnectionTestResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->ok);
    QVERIFY2(result->errorText.contains(QLatin1String("neither")), qPrintable(result->errorText));
}

QTEST_GUILESS_MAIN(tst_ConnectionTester)
#include "tst_ConnectionTester.moc"
