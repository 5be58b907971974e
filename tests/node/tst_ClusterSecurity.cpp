// Issue #12 against a real 3-node cluster behind HAProxy: a flood of wrong passwords neither
// stalls a node nor gets one marked DOWN while token clients keep working; tokens die with
// their user and with logout on every node; /internal/ is closed at the load balancer.

#include "ClusterFixture.h"
#include "Credentials.h"
#include "TestHttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <memory>

namespace {

constexpr int kFloodMs = 20000;
constexpr int kFloodIntervalMs = 50; // 400 wrong-password requests in 20 s

QByteArray basicHeader(const QByteArray &user, const QByteArray &password)
{
    return "Basic " + (user + ':' + password).toBase64();
}

QString randomAddress()
{
    auto *random = QRandomGenerator::global();
    return QStringLiteral("10.%1.%2.%3")
        .arg(random->bounded(256))
        .arg(random->bounded(256))
        .arg(random->bounded(1, 255));
}

// What the flood, the health probes and the token client saw.
struct FloodReport
{
    QMap<int, int> floodStatuses;
    QMap<int, int> lbFloodStatuses;
    QList<qint64> healthMs;
    int healthFailures = 0;
    int clientOk = 0;
    QStringList clientFailures;
    QMap<QString, int> floodErrors; // no HTTP answer: why
    int floodAnswers = 0;
    int floodSent = 0;
    int probesSent = 0; // health and token-client probes
    int probesAnswered = 0;
};

} // namespace

class tst_ClusterSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void internalClosedAtTheLoadBalancer_data();
    void internalClosedAtTheLoadBalancer();
    void internalRefusesRelayedCalls();
    void paddedSignatureRefused();
    void unknownTopLevelFieldRefused();
    void changeFeedCarriesOnlyCurrentSecrets();
    void logoutRevokesOnEveryNode();
    void removedUsersTokenRefusedAtOnce();
    void changedPasswordsTokenRefusedAtOnce();
    // Last: it leaves this test's address throttled for up to a minute.
    void wrongPasswordFloodLeavesClusterServing();

private:
    void flood(FloodReport *report);
    QByteArray token(const QString &user, const QString &password);
    int statusOn(const QString &nodeId, const QByteArray &token);
    bool writeUsers(const QList<node::UserRecord> &users);
    // Per server of the "nodes" backend: HAProxy's count of UP -> DOWN transitions.
    QMap<QString, int> haproxyDownTransitions() const;

    std::unique_ptr<ClusterFixture> m_cluster;
    QString m_usersFile;
    QString m_adminPassword;
};

void tst_ClusterSecurity::initTestCase()
{
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_usersFile = m_cluster->stateDirectory() + QStringLiteral("/users.json");
    QVERIFY(QFile::exists(m_usersFile));
    m_adminPassword = m_cluster->adminPassword();
}

void tst_ClusterSecurity::cleanupTestCase()
{
    m_cluster.reset();
}

QByteArray tst_ClusterSecurity::token(const QString &user, const QString &password)
{
    TestHttp http(m_cluster->lbUrl());
    TestResponse response;
    const QByteArray result = http.fetchToken(user, password, 60, &response);
    if (result.isEmpty())
        qWarning("token for %s: %s", qPrintable(user), qPrintable(response.summary()));
    return result;
}

int tst_ClusterSecurity::statusOn(const QString &nodeId, const QByteArray &token)
{
    TestHttp http(m_cluster->nodeUrl(nodeId));
    http.setBearerToken(token);
    return http.get(QStringLiteral("/api/v1/session")).status;
}

bool tst_ClusterSecurity::writeUsers(const QList<node::UserRecord> &users)
{
    QJsonArray list;
    for (const auto &user : users)
        list.append(QJsonObject{{"name", user.name},
                                {"role", node::Credentials::roleName(user.role)},
                                {"hash", user.hash}});
    QSaveFile file(m_usersFile);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(QJsonObject{{"users", list}}).toJson());
    return file.commit();
}

QMap<QString, int> tst_ClusterSecurity::haproxyDownTransitions() const
{
    TestHttp http;
    QUrl url = m_cluster->statsUrl();
    url.setPath(url.path() + QStringLiteral(";csv"));
    const auto lines = http.get(url.toString()).body.split('\n');
    QMap<QString, int> result;
    if (lines.isEmpty())
        return result;
    const auto columns = lines.first().mid(2).split(',');
    const auto column = columns.indexOf("chkdown");
    for (const auto &line : lines) {
        const auto fields = line.split(',');
        if (column >= 0 && fields.size() > column && fields.at(0) == "nodes" &&
            m_cluster->nodeIds().contains(QString::fromUtf8(fields.at(1))))
            result.insert(QString::fromUtf8(fields.at(1)), fields.at(column).toInt());
    }
    return result;
}

void tst_ClusterSecurity::flood(FloodReport *report)
{
    // Half the flood comes through the load balancer from this one address (the nodes'
    // throttle and HAProxy's limit meet it); half goes straight to the nodes as relayed by the
    // trusted proxy for ever new addresses and user names, so only the bounded hashing queue
    // stands between it and the nodes.
    const QByteArray adminToken = token(m_cluster->adminUser(), m_adminPassword);
    QVERIFY(!adminToken.isEmpty());
    const QStringList ids = m_cluster->nodeIds();
    QNetworkAccessManager attacker;
    QNetworkAccessManager observer;
    QElapsedTimer elapsed;
    elapsed.start();
    int sequence = 0;

    QTimer attack;
    attack.setInterval(kFloodIntervalMs);
    connect(&attack, &QTimer::timeout, this, [&] {
        const int i = sequence++;
        const QString id = ids.at(i % ids.size());
        const bool viaLb = i % 2 == 0;
        QUrl url = viaLb ? m_cluster->lbUrl() : m_cluster->nodeUrl(id);
        url.setPath(QStringLiteral("/security/rest/token/access/session/10"));
        QNetworkRequest request(url);
        request.setRawHeader("X-Cluster-Node", id.toUtf8());
        if (viaLb) {
            request.setRawHeader("Authorization",
                                 basicHeader(m_cluster->adminUser().toUtf8(), "wrong"));
        } else {
            request.setRawHeader("X-Forwarded-For", randomAddress().toUtf8());
            request.setRawHeader("Authorization",
                                 basicHeader("user-" + QByteArray::number(i), "wrong"));
        }
        request.setTransferTimeout(60000); // includes waiting for one of 6 connections
        ++report->floodSent;
        QNetworkReply *reply = attacker.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, report, viaLb] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            ++report->floodStatuses[status];
            if (status == 0)
                ++report->floodErrors[reply->errorString()];
            if (viaLb)
                ++report->lbFloodStatuses[status];
            ++report->floodAnswers;
            reply->deleteLater();
        });
    });

    QTimer probe;
    probe.setInterval(100);
    connect(&probe, &QTimer::timeout, this, [&] {
        for (const QString &id : ids) {
            QUrl url = m_cluster->nodeUrl(id);
            url.setPath(QStringLiteral("/healthz"));
            QNetworkRequest request(url);
            request.setTransferTimeout(5000);
            auto *started = new QElapsedTimer;
            started->start();
            ++report->probesSent;
            QNetworkReply *reply = observer.get(request);
            connect(reply, &QNetworkReply::finished, this, [reply, report, started] {
                ++report->probesAnswered;
                report->healthMs.append(started->elapsed());
                delete started;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                    ++report->healthFailures;
                reply->deleteLater();
            });
        }
        // The token client: through the load balancer, each node in turn.
        QUrl url = m_cluster->lbUrl();
        url.setPath(QStringLiteral("/api/v1/node"));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + adminToken);
        request.setRawHeader("X-Cluster-Node",
                             ids.at(report->healthMs.size() % ids.size()).toUtf8());
        request.setTransferTimeout(5000);
        ++report->probesSent;
        QNetworkReply *reply = observer.get(request);
        connect(reply, &QNetworkReply::finished, this, [reply, report] {
            ++report->probesAnswered;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200)
                ++report->clientOk;
            else
                report->clientFailures
                    << QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString());
            reply->deleteLater();
        });
    });

    attack.start();
    probe.start();
    QTRY_VERIFY_WITH_TIMEOUT(elapsed.elapsed() >= kFloodMs, kFloodMs + 5000);
    attack.stop();
    probe.stop();
    QTRY_COMPARE_WITH_TIMEOUT(report->floodAnswers, report->floodSent, 60000);
    // The last probes' answers (each gives up after 5 s).
    QTRY_COMPARE_WITH_TIMEOUT(report->probesAnswered, report->probesSent, 15000);
}

void tst_ClusterSecurity::wrongPasswordFloodLeavesClusterServing()
{
    const auto downBefore = haproxyDownTransitions();
    QCOMPARE(downBefore.size(), m_cluster->nodeIds().size());
    FloodReport report;
    flood(&report);
    if (QTest::currentTestFailed())
        return;

    std::sort(report.healthMs.begin(), report.healthMs.end());
    const auto percentile = [&](double p) {
        return report.healthMs.isEmpty()
                   ? -1
                   : report.healthMs.at(
                         qMin(report.healthMs.size() - 1, qsizetype(p * report.healthMs.size())));
    };
    qInfo("flood errors: %s", qPrintable(QDebug::toString(report.floodErrors)));
    qInfo("flood: %d wrong-password requests, statuses %s (via LB: %s); /healthz p50 %lld ms, "
          "p99 %lld ms, max %lld ms over %lld probes; token client %d ok",
          report.floodSent, qPrintable(QDebug::toString(report.floodStatuses)),
          qPrintable(QDebug::toString(report.lbFloodStatuses)), percentile(0.5), percentile(0.99),
          report.healthMs.isEmpty() ? -1 : report.healthMs.last(), report.healthMs.size(),
          report.clientOk);

    // Every node kept answering its health check, and none went DOWN in HAProxy.
    QCOMPARE(report.healthFailures, 0);
    // Probes run on timers that fire late on a loaded machine: most of them, and none failed.
    QVERIFY(report.healthMs.size() >= 3 * (kFloodMs / 100) / 2);
    QCOMPARE(haproxyDownTransitions(), downBefore);
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(m_cluster->haproxyServerStatus(id), QStringLiteral("UP"));
    // The token client never failed.
    QVERIFY2(report.clientFailures.isEmpty(), qPrintable(report.clientFailures.join("; ")));
    QVERIFY(report.clientOk >= (kFloodMs / 100) / 2);
    // Nobody got in, and the flood through the load balancer met 429.
    QCOMPARE(report.floodStatuses.value(200), 0);
    QVERIFY(report.lbFloodStatuses.value(429) > report.lbFloodStatuses.value(401));
    for (auto it = report.floodStatuses.cbegin(); it != report.floodStatuses.cend(); ++it)
        QVERIFY2(it.key() == 401 || it.key() == 429 || it.key() == 503,
                 qPrintable(QStringLiteral("unexpected HTTP %1").arg(it.key())));
}

void tst_ClusterSecurity::internalClosedAtTheLoadBalancer_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("status") << QByteArray("GET") << QStringLiteral("/internal/v1/status");
    QTest::newRow("change log") << QByteArray("GET")
                                << QStringLiteral("/internal/v1/changes?after=0");
    QTest::newRow("faults") << QByteArray("POST") << QStringLiteral("/internal/v1/faults");
    QTest::newRow("write") << QByteArray("POST") << QStringLiteral("/internal/v1/write");
    QTest::newRow("revocations") << QByteArray("GET") << QStringLiteral("/internal/v1/revocations");
    QTest::newRow("double slash") << QByteArray("GET") << QStringLiteral("//internal/v1/status");
    QTest::newRow("encoded") << QByteArray("GET") << QStringLiteral("/%69nternal/v1/status");
    QTest::newRow("bare") << QByteArray("GET") << QStringLiteral("/internal");
}

void tst_ClusterSecurity::internalClosedAtTheLoadBalancer()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    for (const QString &id : m_cluster->nodeIds()) {
        TestHttp http(m_cluster->lbUrl());
        const auto response = http.send(
            verb, path, verb == "POST" ? QByteArray("{\"degraded\": true}") : QByteArray(),
            {{"X-Cluster-Secret", m_cluster->secret()}, {"X-Cluster-Node", id.toUtf8()}});
        QVERIFY2(response.status == 403, qPrintable(id + QLatin1Char(' ') + response.summary()));
        QVERIFY(!response.body.contains("revision"));
    }
    // Nothing it asked for happened: no node turned degraded.
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(m_cluster->haproxyServerStatus(id), QStringLiteral("UP"));
}

void tst_ClusterSecurity::internalRefusesRelayedCalls()
{
    // Straight to a node with the secret, a peer's call is served; the same call carrying a
    // load balancer's X-Forwarded-For is a relayed client call and is refused.
    const QString id = m_cluster->nodeIds().first();
    TestHttp http(m_cluster->nodeUrl(id));
    const TestHeaders secret{{"X-Cluster-Secret", m_cluster->secret()}};
    QCOMPARE(http.get(QStringLiteral("/internal/v1/status"), secret).status, 200);
    const auto relayed = http.get(QStringLiteral("/internal/v1/status"),
                                  secret + TestHeaders{{"X-Forwarded-For", "203.0.113.7"}});
    QCOMPARE(relayed.status, 403);
    QCOMPARE(relayed.json().value("type").toString(),
             QStringLiteral("https://clusterdesk.example/problems/internal-only"));
    // Without the secret it is still 401.
    QCOMPARE(http.get(QStringLiteral("/internal/v1/status")).status, 401);
}

void tst_ClusterSecurity::paddedSignatureRefused()
{
    const QByteArray valid = token(m_cluster->viewerUser(), m_cluster->viewerPassword());
    QVERIFY(!valid.isEmpty());
    for (const QString &id : m_cluster->nodeIds()) {
        QCOMPARE(statusOn(id, valid), 200);
        QCOMPARE(statusOn(id, valid + '='), 401);
        QCOMPARE(statusOn(id, valid + "=="), 401);
    }
}

void tst_ClusterSecurity::unknownTopLevelFieldRefused()
{
    TestHttp http(m_cluster->lbUrl());
    http.setBearerToken(token(m_cluster->adminUser(), m_adminPassword));
    const QJsonObject spec{{"driver", "postgresql"},
                           {"driverClass", "org.postgresql.Driver"},
                           {"url", "jdbc:postgresql://db.example:5432/orders"},
                           {"port", 5432}};
    const QString path = QStringLiteral("/api/v1/resources/jdbc/strict-body");
    const auto response =
        http.put(path,
                 QJsonDocument(QJsonObject{{"description", "x"}, {"spec", spec}, {"colour", "red"}})
                     .toJson(QJsonDocument::Compact),
                 {{"If-None-Match", "*"}});
    QCOMPARE(response.status, 422);
    QCOMPARE(response.json().value("field").toString(), QStringLiteral("body"));
    QVERIFY2(response.json().value("detail").toString().contains(QLatin1String("\"colour\"")),
             qPrintable(response.summary()));
    QCOMPARE(http.get(path).status, 404); // nothing was stored
}

void tst_ClusterSecurity::changeFeedCarriesOnlyCurrentSecrets()
{
    TestHttp http(m_cluster->lbUrl());
    http.setBearerToken(token(m_cluster->adminUser(), m_adminPassword));
    const QString path = QStringLiteral("/api/v1/resources/jdbc/feed-secret");
    const auto body = [](const QString &password) {
        return QJsonDocument(
                   QJsonObject{{"description", "x"},
                               {"spec", QJsonObject{{"driver", "postgresql"},
                                                    {"driverClass", "org.postgresql.Driver"},
                                                    {"url", "jdbc:postgresql://db:5432/x"},
                                                    {"password", password}}}})
            .toJson(QJsonDocument::Compact);
    };
    auto response = http.put(path, body("first-secret-7f3a"), {{"If-None-Match", "*"}});
    QVERIFY2(response.status == 201, qPrintable(response.summary()));
    response = http.put(path, body("second-secret-9c1d"), {{"If-Match", response.header("ETag")}});
    QVERIFY2(response.status == 200, qPrintable(response.summary()));
    const qint64 revision = response.json().value("revision").toInteger();
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail), 10000);

    // The replication feed: the superseded change travels without its secret.
    TestHttp primary(m_cluster->nodeUrl(m_cluster->primaryId()));
    const auto feed = primary.get(QStringLiteral("/internal/v1/changes?after=0"),
                                  {{"X-Cluster-Secret", m_cluster->secret()}});
    QCOMPARE(feed.status, 200);
    QVERIFY(!feed.body.contains("first-secret-7f3a"));
    QCOMPARE(feed.body.count("second-secret-9c1d"), 1);
    // Every replica still holds the current secret: equal digests everywhere.
    QSet<QString> digests;
    for (const QString &id : m_cluster->nodeIds()) {
        const auto answer =
            http.get(path + QStringLiteral("/secret-digests?nonce=00112233445566778899"),
                     {{"X-Cluster-Node", id.toUtf8()}});
        QVERIFY2(answer.status == 200, qPrintable(answer.summary()));
        const QJsonValue digest = answer.json().value("digests").toObject().value("password");
        QVERIFY(digest.isString());
        digests.insert(digest.toString());
    }
    QCOMPARE(digests.size(), 1);
}

void tst_ClusterSecurity::logoutRevokesOnEveryNode()
{
    const QByteArray ended = token(m_cluster->viewerUser(), m_cluster->viewerPassword());
    const QByteArray other = token(m_cluster->viewerUser(), m_cluster->viewerPassword());
    QVERIFY(!ended.isEmpty() && !other.isEmpty());
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(statusOn(id, ended), 200);

    TestHttp http(m_cluster->lbUrl());
    http.setBearerToken(ended);
    const auto logout = http.get(QStringLiteral("/security/rest/token/logout"),
                                 {{"X-Cluster-Node", m_cluster->nodeIds().at(1).toUtf8()}});
    QVERIFY2(logout.status == 200, qPrintable(logout.summary()));
    QCOMPARE(logout.json().value("revoked").toBool(), true);
    QCOMPARE(logout.json().value("unconfirmedNodes").toArray().size(), 0);
    // Refused at once on every node; the user's other session is untouched.
    for (const QString &id : m_cluster->nodeIds()) {
        QCOMPARE(statusOn(id, ended), 401);
        QCOMPARE(statusOn(id, other), 200);
    }
    // Logging out again, or without a token, is a 401.
    QCOMPARE(http.get(QStringLiteral("/security/rest/token/logout")).status, 401);
    http.clearAuth();
    QCOMPARE(http.get(QStringLiteral("/security/rest/token/logout")).status, 401);

    // A node that restarts learns the revocation back from its peers.
    const QString restarted = m_cluster->nodeIds().last();
    QString error;
    QVERIFY2(m_cluster->stopNode(restarted, true, &error), qPrintable(error));
    QVERIFY2(m_cluster->startNode(restarted, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(statusOn(restarted, other), 200, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(statusOn(restarted, ended), 401, 5000);
}

void tst_ClusterSecurity::removedUsersTokenRefusedAtOnce()
{
    const QByteArray viewer = token(m_cluster->viewerUser(), m_cluster->viewerPassword());
    QVERIFY(!viewer.isEmpty());
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(statusOn(id, viewer), 200);
    QFile original(m_usersFile);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QJsonArray users =
        QJsonDocument::fromJson(original.readAll()).object()["users"].toArray();
    QList<node::UserRecord> kept;
    for (const auto &value : users) {
        const QJsonObject user = value.toObject();
        if (user["name"].toString() != m_cluster->viewerUser())
            kept.append({user["name"].toString(),
                         *node::Credentials::roleFromString(user["role"].toString()),
                         user["hash"].toString()});
    }
    QCOMPARE(kept.size(), users.size() - 1);
    QVERIFY(writeUsers(kept));
    // No restart: each node reloads the file and the token dies on all of them.
    for (const QString &id : m_cluster->nodeIds())
        QTRY_COMPARE_WITH_TIMEOUT(statusOn(id, viewer), 401, 5000);
    TestHttp http(m_cluster->lbUrl());
    TestResponse response;
    QVERIFY(http.fetchToken(m_cluster->viewerUser(), m_cluster->viewerPassword(), 10, &response)
                .isEmpty());
    QCOMPARE(response.status, 401);
}

void tst_ClusterSecurity::changedPasswordsTokenRefusedAtOnce()
{
    const QByteArray before = token(m_cluster->adminUser(), m_adminPassword);
    QVERIFY(!before.isEmpty());
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(statusOn(id, before), 200);
    const QString newPassword = QStringLiteral("a-new-admin-password");
    QVERIFY(writeUsers({{m_cluster->adminUser(), node::Role::Admin,
                         node::Credentials::hashPassword(newPassword, 10000)}}));
    for (const QString &id : m_cluster->nodeIds())
        QTRY_COMPARE_WITH_TIMEOUT(statusOn(id, before), 401, 5000);
    // The new password signs in and its token works everywhere.
    const QByteArray after = token(m_cluster->adminUser(), newPassword);
    QVERIFY(!after.isEmpty());
    m_adminPassword = newPassword;
    for (const QString &id : m_cluster->nodeIds())
        QCOMPARE(statusOn(id, after), 200);
}

QTEST_GUILESS_MAIN(tst_ClusterSecurity)
#include "tst_ClusterSecurity.moc"
