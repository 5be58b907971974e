// SpectrumPollCycle against a programmed Spectrum node (HostileHttpServer): the catalogues and
// their digests, the Date header samples, a node that does not answer, the host check's
// refusal told apart from a wrong password, and a statistics page that never answers.
#include "HostileHttpServer.h"
#include "SpectrumPollCycle.h"

#include <QSignalSpy>
#include <QTest>

using Response = HostileHttpServer::Response;

namespace {

// Serves the token service, a /rest list of two services and their WADLs, no /soap; every
// answer with a Date header. `refuseTokens`: every bearer token is refused as invalid.
struct SpectrumNode
{
    HostileHttpServer server;
    bool refuseTokens = false;

    SpectrumNode()
    {
        server.setHandler([this](const HostileHttpServer::Request &request) {
            Response response;
            const QByteArray path = request.path();
            if (path.startsWith("/security/rest/token/access/session/")) {
                response =
                    Response::json(200, R"({"access_token":"t","session":"s","username":"admin"})");
            } else if (refuseTokens) {
                response = Response::problem(401, R"({"status":401})");
                response.headers.append(HostileHttpServer::Header(
                    "WWW-Authenticate", R"(Bearer error="invalid_token")"));
            } else if (path == "/rest") {
                response.body = "<html><body><a href=\"/rest/Geo?_wadl\">Geo</a>"
                                "<a href=\"/rest/Addr?_wadl\">Addr</a></body></html>";
                response.headers.append(HostileHttpServer::Header("Content-Type", "text/html"));
            } else if (path.startsWith("/rest/")) {
                response.body = "<application>" + path.mid(6) + "</application>\n";
                response.headers.append(
                    HostileHttpServer::Header("Content-Type", "application/xml"));
            } else {
                response = Response::problem(404, R"({"status":404})");
            }
            response.headers.append(
                HostileHttpServer::Header("Date", "Sun, 06 Nov 1994 08:49:37 GMT"));
            return response;
        });
    }
};

SpectrumPollOutcome poll(ApiClient &client, SpectrumPlan plan)
{
    SpectrumPollCycle cycle(&client, {}, std::move(plan));
    QSignalSpy finished(&cycle, &SpectrumPollCycle::finished);
    cycle.start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
    return finished.isEmpty() ? SpectrumPollOutcome()
                              : finished.first().first().value<SpectrumPollOutcome>();
}

} // namespace

Q_DECLARE_METATYPE(SpectrumPollOutcome)

class tst_SpectrumPollCycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCataloguesAndDates();
    void silentNodeIsNotAnswered();
    void hostCheckRefusal();
    void silentStatsPageIsAnError();
};

void tst_SpectrumPollCycle::readsCataloguesAndDates()
{
    SpectrumNode node;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), QStringLiteral("pw"));
    SpectrumPlan plan;
    plan.nodes = {{QStringLiteral("n1"), node.server.url()}};
    const SpectrumPollOutcome outcome = poll(client, plan);
    QVERIFY(outcome.reachable);
    QCOMPARE(outcome.nodes.size(), 1);
    const SpectrumNodeProbe &probe = outcome.nodes.first();
    QVERIFY(probe.answered);
    QCOMPARE(probe.path, ProbePath::Direct);
    QCOMPARE(probe.restStatus, 200);
    QCOMPARE(probe.soapStatus, 404);
    QVERIFY(probe.catalogue.restRead);
    QVERIFY(!probe.catalogue.soapRead);
    QCOMPARE(probe.catalogue.services.size(), 2);
    const ServiceDescription *geo = probe.catalogue.find(ServiceKind::Rest, QStringLiteral("Geo"));
    QVERIFY(geo);
    QCOMPARE(geo->sha256, ServiceCatalogue::digest("<application>Geo</application>\n"));
    QVERIFY(!probe.dateSamples.isEmpty());
    QCOMPARE(probe.dateSamples.first().dateSeconds, 784111777);
    QVERIFY(probe.dateSamples.first().receivedAtUs >= probe.dateSamples.first().sentAtUs);
    QVERIFY(!outcome.hostCheckRefused);
}

void tst_SpectrumPollCycle::silentNodeIsNotAnswered()
{
    HostileHttpServer silent;
    silent.setMode(HostileHttpServer::Mode::NeverAnswers);
    QVERIFY(silent.start());
    ApiClient client;
    client.setBaseUrl(silent.url());
    SpectrumPlan plan;
    plan.requestTimeout = std::chrono::milliseconds(300);
    plan.nodeTimeout = std::chrono::milliseconds(200);
    plan.nodes = {{QStringLiteral("n1"), silent.url()}};
    const SpectrumPollOutcome outcome = poll(client, plan);
    QVERIFY(!outcome.reachable);
    QVERIFY(!outcome.nodes.first().answered);
    QVERIFY(!outcome.nodes.first().error.isEmpty());
    QVERIFY(!outcome.error.isEmpty());
}

void tst_SpectrumPollCycle::hostCheckRefusal()
{
    SpectrumNode node;
    node.refuseTokens = true;
    QVERIFY(node.server.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), QStringLiteral("pw"));
    SpectrumPlan plan;
    plan.nodes = {{QStringLiteral("n1"), node.server.url()}};
    const SpectrumPollOutcome outcome = poll(client, plan);
    QVERIFY(outcome.hostCheckRefused);
    QVERIFY(!outcome.reachable);
    QVERIFY2(outcome.error.contains(QLatin1String("host check")), qPrintable(outcome.error));
}

void tst_SpectrumPollCycle::silentStatsPageIsAnError()
{
    SpectrumNode node;
    QVERIFY(node.server.start());
    HostileHttpServer silent;
    silent.setMode(HostileHttpServer::Mode::NeverAnswers);
    QVERIFY(silent.start());
    ApiClient client;
    client.setBaseUrl(node.server.url());
    client.setPasswordCredentials(QStringLiteral("admin"), QStringLiteral("pw"));
    SpectrumPlan plan;
    plan.requestTimeout = std::chrono::milliseconds(300);
    plan.haproxyStatsUrl = silent.url().resolved(QUrl(QStringLiteral("/stats;csv")));
    plan.nodes = {{QStringLiteral("n1"), node.server.url()}};
    const SpectrumPollOutcome outcome = poll(client, plan);
    QVERIFY(outcome.statsAsked);
    QVERIFY(!outcome.stats);
    QVERIFY2(!outcome.statsError.isEmpty(), "a statistics page that never answered, unexplained");
    // The nodes are still probed once the statistics are given up.
    QCOMPARE(outcome.nodes.size(), 1);
    QVERIFY(outcome.nodes.first().answered);
}

QTEST_GUILESS_MAIN(tst_SpectrumPollCycle)
#include "tst_SpectrumPollCycle.moc"
