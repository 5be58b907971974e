// ClientPool over a ProfileService (temporary store, MemorySecretStore): one client per profile
// that follows the profile's address, TLS trust and secret without being replaced, goes with
// the profile, and is the one client the cross-cluster tools use: the fleet counter's request
// reuses the session the pool's client signed in with (one sign-in, no client of its own).
#include "ApiClient.h"
#include "ClusterEndpoint.h"
#include "FakeClusterHandler.h"
#include "FleetResourceCounter.h"
#include "PooledProfiles.h"
#include "TlsPolicy.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 15000;
const QString kFingerprint = u"ab"_s.repeated(32);

ClusterProfile profileAt(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = u"admin"_s;
    return profile;
}

int requestsTo(const HostileHttpServer &server, const QByteArray &prefix)
{
    const auto &requests = server.requests();
    return int(std::count_if(requests.cbegin(), requests.cend(), [&](const auto &request) {
        return request.path().startsWith(prefix);
    }));
}

} // namespace

class tst_ClientPool final : public QObject
{
    Q_OBJECT

private slots:
    void oneClientFollowsItsProfile();
    void endpointSaysWhyItCannotSignIn();
    void theFleetCounterUsesThePoolsClient();
};

void tst_ClientPool::oneClientFollowsItsProfile()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ClientPool *pool = console.pool();
    QSignalSpy changed(pool, &ClientPool::clientsChanged);
    ClusterProfile prod = profileAt(u"prod"_s, QUrl(u"http://127.0.0.1:9"_s));
    QVERIFY(console.add(prod, u"pw"_s));
    ApiClient *client = pool->client(prod.id);
    QVERIFY(client);
    QCOMPARE(pool->clientsCreated(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(client->baseUrl(), prod.loadBalancerUrl);
    QVERIFY(client->tlsPolicy().trustedCertificates().isEmpty());
    // The tools' endpoint is a view of the same client.
    ClusterEndpoint *endpoint = pool->endpoint(prod.id);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->client(), client);
    QCOMPARE(endpoint->label(), u"prod"_s);
    QVERIFY2(endpoint->error().isEmpty(), qPrintable(endpoint->error()));

    // A new address and a trusted certificate: the same client, told both.
    prod.name = u"production"_s;
    prod.loadBalancerUrl = QUrl(u"https://127.0.0.1:10"_s);
    prod.acceptedCertificates = {
        AcceptedCertificate{kFingerprint, {int(QSslError::SelfSignedCertificate)}}};
    std::optional<bool> updated;
    console.profiles()->updateProfile(prod, std::nullopt, this,
                                      [&](const StoreWriteResult &r) { updated = r.ok; });
    QTRY_VERIFY(updated.has_value());
    QVERIFY(*updated);
    QCOMPARE(pool->client(prod.id), client);
    QCOMPARE(pool->clientsCreated(), 1);
    QCOMPARE(client->baseUrl(), prod.loadBalancerUrl);
    QCOMPARE(client->tlsPolicy().trustedCertificates().size(), 1);
    QCOMPARE(client->tlsPolicy().trustedCertificates().constFirst().sha256, kFingerprint);
    QCOMPARE(pool->endpoint(prod.id), endpoint);
    QCOMPARE(endpoint->label(), u"production"_s);

    // Removed: the client goes (later: a caller may be inside one of its callbacks).
    QPointer<ApiClient> gone = client;
    std::optional<bool> removed;
    console.profiles()->removeProfile(prod.id, this, [&](const bool &ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(!pool->client(prod.id));
    QVERIFY(!pool->endpoint(prod.id));
    QCOMPARE(changed.size(), 2);
    QTRY_VERIFY(gone.isNull());
}

void tst_ClientPool::endpointSaysWhyItCannotSignIn()
{
    PooledProfiles console;
    QVERIFY(console.start());
    const ClusterProfile prod = profileAt(u"prod"_s, QUrl(u"http://127.0.0.1:9"_s));
    QVERIFY(console.add(prod, QString()));
    ClusterEndpoint *endpoint = console.pool()->endpoint(prod.id);
    QVERIFY(endpoint);
    QCOMPARE(endpoint->error(), u"no password stored for prod"_s);
    // Signing in gives the pool's client (and so the endpoint) its secret.
    console.profiles()->signIn(prod.id, u"typed"_s);
    QVERIFY(endpoint->error().isEmpty());

    // Unusable TLS settings are said before the missing password.
    ClusterProfile broken = profileAt(u"broken"_s, QUrl(u"https://127.0.0.1:9"_s));
    broken.caCertificatePath = u"/nonexistent/ca.pem"_s;
    QVERIFY(console.add(broken, u"pw"_s));
    QVERIFY(!console.pool()->endpoint(broken.id)->error().isEmpty());
    QVERIFY(!console.pool()->endpoint(broken.id)->error().contains(u"no password"_s));
}

void tst_ClientPool::theFleetCounterUsesThePoolsClient()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    FakeClusterOptions options;
    options.directUrl = server.url();
    options.password = "pw";
    const auto fake = fakeClusterHandler(options);
    server.setHandler([fake](const HostileHttpServer::Request &request) {
        if (request.path() == "/api/v1/resources" &&
            request.header("Authorization") == "Bearer fake-token-node-1")
            return HostileHttpServer::Response::json(200, R"({"resources":[]})");
        return fake(request);
    });
    PooledProfiles console;
    QVERIFY(console.start());
    const ClusterProfile prod = profileAt(u"prod"_s, server.url());
    QVERIFY(console.add(prod, u"pw"_s));

    // The page's request signs the pool's client in.
    std::optional<ApiResult> answer;
    console.pool()->client(prod.id)->send(ApiRequest::get(u"/api/v1/cluster"_s), this,
                                          [&](const ApiResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kTimeoutMs);
    QVERIFY2(answer->ok, qPrintable(answer->errorText));
    QCOMPARE(requestsTo(server, "/security/rest/token/access/session/"), 1);

    FleetResourceCounter counter(console.pool());
    QSignalSpy counted(&counter, &FleetResourceCounter::counted);
    counter.count(prod.id);
    QVERIFY(counted.wait(kTimeoutMs));
    QCOMPARE(counted.at(0).at(0).toString(), prod.id);
    QCOMPARE(counted.at(0).at(1).toInt(), 0);
    // Same session: no second sign-in, and the counter made no client of its own.
    QCOMPARE(requestsTo(server, "/security/rest/token/access/session/"), 1);
    QVERIFY(counter.findChildren<ApiClient *>().isEmpty());
    QCOMPARE(console.pool()->clientsCreated(), 1);
}

QTEST_GUILESS_MAIN(tst_ClientPool)
#include "tst_ClientPool.moc"
