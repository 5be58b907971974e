// Hostile and malformed requests against a real cluster behind HAProxy with TLS: each one is
// refused with the documented status and leaves every node's revision and checksum unchanged.
// The cluster runs with --tls, so the whole suite also goes through HTTPS with the throwaway CA.

#include "ClusterFixture.h"
#include "TestHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QtTest>
#include <memory>

namespace {
const QString kExisting = QStringLiteral("bad-input-existing");

QByteArray jdbcBody(const QJsonObject &specChanges = {}, const QStringList &removed = {})
{
    QJsonObject spec{{"driver", "postgresql"},
                     {"driverClass", "org.postgresql.Driver"},
                     {"url", "jdbc:postgresql://db.example:5432/orders"},
                     {"port", 5432}};
    for (auto it = specChanges.begin(); it != specChanges.end(); ++it)
        spec.insert(it.key(), it.value());
    for (const auto &key : removed)
        spec.remove(key);
    return QJsonDocument(QJsonObject{{"description", "x"}, {"spec", spec}})
        .toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class tst_ClusterBadInput final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void rejectedRequestChangesNothing_data();
    void rejectedRequestChangesNothing();
    void missingCredentialsAskForThem();
    void everyNodeStillServes();
    void httpsNeedsTheClusterCa();

private:
    struct Snapshot
    {
        QMap<QString, qint64> revisions;
        QMap<QString, QString> checksums;
    };
    Snapshot snapshot() const;

    std::unique_ptr<ClusterFixture> m_cluster;
    QByteArray m_adminToken;
    QByteArray m_existingTag;
    Snapshot m_baseline;
};

tst_ClusterBadInput::Snapshot tst_ClusterBadInput::snapshot() const
{
    Snapshot result;
    for (const auto &id : m_cluster->nodeIds()) {
        const auto state = m_cluster->configState(id);
        result.revisions.insert(id, state.httpStatus == 200 ? state.revision : -1);
        result.checksums.insert(id, state.checksum);
    }
    return result;
}

void tst_ClusterBadInput::initTestCase()
{
    ClusterOptions options;
    options.tls = true;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QVERIFY(m_cluster->lbUrl().scheme() == QLatin1String("https"));
    QVERIFY(QFileInfo::exists(m_cluster->caFile()));

    TestHttp http(m_cluster->lbUrl());
    QVERIFY(http.setCaFile(m_cluster->caFile()));
    TestResponse response;
    m_adminToken =
        http.fetchToken(m_cluster->adminUser(), m_cluster->adminPassword(), 60, &response);
    QVERIFY2(!m_adminToken.isEmpty(), qPrintable(response.summary()));

    // One resource to aim updates and deletes at.
    http.setBearerToken(m_adminToken);
    response = http.put(QStringLiteral("/api/v1/resources/jdbc/") + kExisting, jdbcBody(),
                        {{"If-None-Match", "*"}});
    QVERIFY2(response.status == 201, qPrintable(response.summary()));
    m_existingTag = response.header("ETag");
    const auto revision = response.json().value("revision").toInteger();
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail), 5000);
    m_baseline = snapshot();
}

void tst_ClusterBadInput::cleanupTestCase()
{
    m_cluster.reset();
}

void tst_ClusterBadInput::rejectedRequestChangesNothing_data()
{
    QTest::addColumn<QString>(
        "auth"); // admin (token), viewer (Basic), none, bad-password, bad-token
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("precondition"); // create, update (current tag), any, or none
    QTest::addColumn<int>("status");           // 0: any 4xx
    QTest::addColumn<QString>("field");        // expected problem "field", empty: not checked

    const QString jdbc = QStringLiteral("/api/v1/resources/jdbc/");
    const QString fresh = jdbc + QStringLiteral("bad-input-new");
    const QString existing = jdbc + kExisting;
    const QByteArray put = "PUT";
    const QByteArray del = "DELETE";
    const QString admin = QStringLiteral("admin");
    const QString create = QStringLiteral("create");
    const QString update = QStringLiteral("update");

    QTest::newRow("malformed JSON")
        << admin << put << fresh << QByteArray(R"({"spec": {)") << create << 400 << QString();
    QTest::newRow("body is an array")
        << admin << put << fresh << QByteArray("[1, 2]") << create << 400 << QString();
    QTest::newRow("body is a string")
        << admin << put << fresh << QByteArray(R"("jdbc")") << create << 400 << QString();
    QTest::newRow("empty body") << admin << put << fresh << QByteArray() << create << 400
                                << QString();
    QTest::newRow("invalid UTF-8")
        << admin << put << fresh << QByteArray("{\"description\": \"\xff\xfe\"}") << create << 400
        << QString();
    QTest::newRow("2 MiB body") << admin << put << fresh
                                << QByteArray(R"({"description": ")") +
                                       QByteArray(2 * 1024 * 1024, 'a') + QByteArray(R"("})")
                                << create << 413 << QString();
    QTest::newRow("2 MiB update") << admin << put << existing
                                  << QByteArray(R"({"description": ")") +
                                         QByteArray(2 * 1024 * 1024, 'b') + QByteArray(R"("})")
                                  << update << 413 << QString();

    QTest::newRow("port as string") << admin << put << fresh << jdbcBody({{"port", "5432"}})
                                    << create << 422 << QStringLiteral("spec.port");
    QTest::newRow("port out of range") << admin << put << fresh << jdbcBody({{"port", 70000}})
                                       << create << 422 << QStringLiteral("spec.port");
    QTest::newRow("port fractional") << admin << put << fresh << jdbcBody({{"port", 80.5}})
                                     << create << 422 << QStringLiteral("spec.port");
    QTest::newRow("poolMax below poolMin")
        << admin << put << fresh << jdbcBody({{"poolMin", 5}, {"poolMax", 2}}) << create << 422
        << QStringLiteral("spec.poolMax");
    QTest::newRow("properties value not a string")
        << admin << put << fresh << jdbcBody({{"properties", QJsonObject{{"ssl", true}}}}) << create
        << 422 << QStringLiteral("spec.properties");
    QTest::newRow("description as number")
        << admin << put << fresh
        << json({{"description", 42},
                 {"spec", QJsonDocument::fromJson(jdbcBody()).object().value("spec")}})
        << create << 422 << QStringLiteral("description");
    QTest::newRow("description too long")
        << admin << put << fresh
        << json({{"description", QString(1025, QLatin1Char('d'))},
                 {"spec", QJsonDocument::fromJson(jdbcBody()).object().value("spec")}})
        << create << 422 << QStringLiteral("description");
    QTest::newRow("unknown spec field") << admin << put << fresh << jdbcBody({{"bogus", 1}})
                                        << create << 422 << QStringLiteral("spec.bogus");
    QTest::newRow("missing required field")
        << admin << put << fresh << jdbcBody({}, {QStringLiteral("driver")}) << create << 422
        << QStringLiteral("spec.driver");
    QTest::newRow("bad driver class")
        << admin << put << fresh << jdbcBody({{"driverClass", "org..Driver"}}) << create << 422
        << QStringLiteral("spec.driverClass");
    QTest::newRow("url not jdbc") << admin << put << fresh
                                  << jdbcBody({{"url", "postgresql://db/orders"}}) << create << 422
                                  << QStringLiteral("spec.url");
    QTest::newRow("secret as number") << admin << put << fresh << jdbcBody({{"password", 1234}})
                                      << create << 422 << QStringLiteral("spec.password");
    QTest::newRow("spec not an object")
        << admin << put << fresh << json({{"spec", "jdbc"}}) << create << 422 << QString();
    QTest::newRow("database kind invalid")
        << admin << put << QStringLiteral("/api/v1/resources/database/geo")
        << json({{"spec", QJsonObject{{"module", "GeoStan"},
                                      {"kind", "astral"},
                                      {"location", "/data"},
                                      {"placement", "shared"}}}})
        << create << 422 << QStringLiteral("spec.kind");
    QTest::newRow("webservice url not http")
        << admin << put << QStringLiteral("/api/v1/resources/webservice/svc")
        << json({{"spec", QJsonObject{{"kind", "REST"}, {"url", "ftp://files.example"}}}}) << create
        << 422 << QStringLiteral("spec.url");
    QTest::newRow("fileserver host missing")
        << admin << put << QStringLiteral("/api/v1/resources/fileserver/fs")
        << json({{"spec", QJsonObject{{"protocol", "sftp"}, {"rootPath", "/"}}}}) << create << 422
        << QStringLiteral("spec.host");

    const QString name = QStringLiteral("name");
    QTest::newRow("SQL in name") << admin << put
                                 << jdbc + QStringLiteral("x'%3BDROP%20TABLE%20resources%3B--")
                                 << jdbcBody() << create << 422 << name;
    QTest::newRow("SQL tautology name") << admin << put << jdbc + QStringLiteral("1%20OR%201%3D1")
                                        << jdbcBody() << create << 422 << name;
    QTest::newRow("quote in name") << admin << put << jdbc + QStringLiteral("orders%22db")
                                   << jdbcBody() << create << 422 << name;
    QTest::newRow("name starts with dot")
        << admin << put << jdbc + QStringLiteral(".hidden") << jdbcBody() << create << 422 << name;
    QTest::newRow("name starts with dash")
        << admin << put << jdbc + QStringLiteral("-dash") << jdbcBody() << create << 422 << name;
    QTest::newRow("NUL in name") << admin << put << jdbc + QStringLiteral("a%00b") << jdbcBody()
                                 << create << 422 << name;
    QTest::newRow("65 characters") << admin << put << jdbc + QString(65, QLatin1Char('n'))
                                   << jdbcBody() << create << 422 << name;
    QTest::newRow("5000 characters") << admin << put << jdbc + QString(5000, QLatin1Char('n'))
                                     << jdbcBody() << create << 422 << name;
    QTest::newRow("20000 characters") << admin << put << jdbc + QString(20000, QLatin1Char('n'))
                                      << jdbcBody() << create << 0 << QString();
    QTest::newRow("accented name") << admin << put << jdbc + QStringLiteral("caf%C3%A9")
                                   << jdbcBody() << create << 422 << name;
    QTest::newRow("CJK name") << admin << put
                              << jdbc + QStringLiteral("%E6%95%B0%E6%8D%AE%E5%BA%93") << jdbcBody()
                              << create << 422 << name;
    QTest::newRow("emoji name") << admin << put << jdbc + QStringLiteral("db-%F0%9F%98%80")
                                << jdbcBody() << create << 422 << name;
    QTest::newRow("invalid UTF-8 name") << admin << put << jdbc + QStringLiteral("db-%FF%FE")
                                        << jdbcBody() << create << 422 << name;
    QTest::newRow("encoded slash in name")
        << admin << put << jdbc + QStringLiteral("a%2Fb") << jdbcBody() << create << 0 << QString();

    QTest::newRow("unknown type (PUT)")
        << admin << put << QStringLiteral("/api/v1/resources/printer/p1") << jdbcBody() << create
        << 404 << QString();
    QTest::newRow("unknown type (DELETE)")
        << admin << del << QStringLiteral("/api/v1/resources/printer/p1") << QByteArray()
        << QStringLiteral("any") << 404 << QString();
    QTest::newRow("create over existing")
        << admin << put << existing << jdbcBody() << create << 412 << QString();
    QTest::newRow("delete missing")
        << admin << del << fresh << QByteArray() << QStringLiteral("any") << 404 << QString();

    QTest::newRow("viewer create")
        << QStringLiteral("viewer") << put << fresh << jdbcBody() << create << 403 << QString();
    QTest::newRow("viewer update")
        << QStringLiteral("viewer") << put << existing << jdbcBody() << update << 403 << QString();
    QTest::newRow("viewer delete") << QStringLiteral("viewer") << del << existing << QByteArray()
                                   << update << 403 << QString();
    QTest::newRow("no credentials")
        << QStringLiteral("none") << put << fresh << jdbcBody() << create << 401 << QString();
    QTest::newRow("no credentials delete")
        << QStringLiteral("none") << del << existing << QByteArray() << update << 401 << QString();
    QTest::newRow("wrong password") << QStringLiteral("bad-password") << put << fresh << jdbcBody()
                                    << create << 401 << QString();
    QTest::newRow("forged token") << QStringLiteral("bad-token") << put << fresh << jdbcBody()
                                  << create << 401 << QString();
    QTest::newRow("garbage Authorization")
        << QStringLiteral("garbage") << put << fresh << jdbcBody() << create << 401 << QString();
}

void tst_ClusterBadInput::rejectedRequestChangesNothing()
{
    QFETCH(QString, auth);
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, precondition);
    QFETCH(int, status);
    QFETCH(QString, field);

    TestHttp http(m_cluster->lbUrl());
    QVERIFY(http.setCaFile(m_cluster->caFile()));
    TestHeaders headers;
    if (auth == QLatin1String("admin"))
        http.setBearerToken(m_adminToken);
    else if (auth == QLatin1String("viewer"))
        http.setBasicAuth(m_cluster->viewerUser(), m_cluster->viewerPassword());
    else if (auth == QLatin1String("bad-password"))
        http.setBasicAuth(m_cluster->adminUser(), QStringLiteral("not-the-password"));
    else if (auth == QLatin1String("bad-token"))
        http.setBearerToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl");
    else if (auth == QLatin1String("garbage"))
        headers.emplaceBack("Authorization", "Basic !!!not base64");
    if (precondition == QLatin1String("create"))
        headers.emplaceBack("If-None-Match", "*");
    else if (precondition == QLatin1String("update"))
        headers.emplaceBack("If-Match", m_existingTag);
    else if (precondition == QLatin1String("any"))
        headers.emplaceBack("If-Match", "*");

    const auto response = http.send(verb, path, body, headers);
    if (status == 0) {
        QVERIFY2(response.status >= 400 && response.status < 500, qPrintable(response.summary()));
    } else {
        QVERIFY2(response.status == status, qPrintable(response.summary()));
    }
    // Rows with an exact status are answered by a node (not HAProxy), with a problem document.
    if (status != 0) {
        QVERIFY(response.hasHeader("X-Cluster-Node-Id"));
        QVERIFY2(response.header("Content-Type").startsWith("application/problem+json"),
                 response.header("Content-Type").constData());
        const auto problem = response.json();
        QCOMPARE(problem.value("status").toInt(), status);
        QVERIFY(problem.value("type").toString().startsWith(
            QLatin1String("https://clusterdesk.example/problems/")));
        if (!field.isEmpty())
            QVERIFY2(problem.value("field").toString().startsWith(field),
                     response.body.constData());
    }
    if (status == 401)
        QVERIFY(response.header("WWW-Authenticate").startsWith("Bearer"));

    const auto after = snapshot();
    QCOMPARE(after.revisions, m_baseline.revisions);
    QCOMPARE(after.checksums, m_baseline.checksums);
}

void tst_ClusterBadInput::missingCredentialsAskForThem()
{
    TestHttp http(m_cluster->lbUrl());
    QVERIFY(http.setCaFile(m_cluster->caFile()));
    for (const auto &path : {QStringLiteral("/api/v1/node"), QStringLiteral("/api/v1/resources"),
                             QStringLiteral("/api/v1/cluster")}) {
        const auto response = http.get(path);
        QCOMPARE(response.status, 401);
        QCOMPARE(response.header("WWW-Authenticate"), QByteArray(R"(Bearer realm="clusterdesk")"));
    }
    // Token lifetimes outside 1..1440 minutes.
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    for (const auto &ttl : {QStringLiteral("0"), QStringLiteral("1441"), QStringLiteral("-5"),
                            QStringLiteral("abc")}) {
        const auto response =
            http.get(QStringLiteral("/security/rest/token/access/session/") + ttl);
        // A number out of range is 400; a non-number may not even match the route.
        const bool numeric = ttl != QLatin1String("abc");
        QVERIFY2(response.status == 400 || (!numeric && response.status == 404),
                 qPrintable(ttl + QLatin1String(": ") + response.summary()));
        QVERIFY(!response.json().contains("access_token"));
    }
    QCOMPARE(snapshot().revisions, m_baseline.revisions);
}

void tst_ClusterBadInput::everyNodeStillServes()
{
    TestHttp http(m_cluster->lbUrl());
    QVERIFY(http.setCaFile(m_cluster->caFile()));
    http.setBearerToken(m_adminToken);
    for (const auto &id : m_cluster->nodeIds()) {
        const auto health = http.get(QStringLiteral("/healthz"), {{"X-Cluster-Node", id.toUtf8()}});
        QCOMPARE(health.status, 200);
        const auto existing = http.get(QStringLiteral("/api/v1/resources/jdbc/") + kExisting,
                                       {{"X-Cluster-Node", id.toUtf8()}});
        QCOMPARE(existing.status, 200);
        QCOMPARE(existing.header("ETag"), m_existingTag);
        QCOMPARE(existing.json().value("description").toString(), QStringLiteral("x"));
    }
    const auto resources = http.get(QStringLiteral("/api/v1/resources"));
    QCOMPARE(resources.status, 200);
    QCOMPARE(resources.json().value("resources").toArray().size(), 1);
}

void tst_ClusterBadInput::httpsNeedsTheClusterCa()
{
    const auto healthUrl = m_cluster->lbUrl().resolved(QUrl(QStringLiteral("/healthz"))).toString();
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--cacert"), m_cluster->caFile(), healthUrl});
    QVERIFY(curl.waitForFinished(30000));
    QCOMPARE(curl.exitCode(), 0);
    QVERIFY(curl.readAllStandardOutput().contains("\"ok\""));

    // The name must match too: localhost is in the certificate, so it works as well.
    auto localhostUrl = m_cluster->lbUrl();
    localhostUrl.setHost(QStringLiteral("localhost"));
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--cacert"), m_cluster->caFile(),
                localhostUrl.resolved(QUrl(QStringLiteral("/healthz"))).toString()});
    QVERIFY(curl.waitForFinished(30000));
    QCOMPARE(curl.exitCode(), 0);

    // Without the throwaway CA the certificate is not trusted (curl: 60, peer certificate).
    curl.start(QStringLiteral("curl"), {QStringLiteral("-sS"), healthUrl});
    QVERIFY(curl.waitForFinished(30000));
    QCOMPARE(curl.exitCode(), 60);

    TestHttp untrusting(m_cluster->lbUrl());
    const auto refused = untrusting.get(QStringLiteral("/healthz"));
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
}

QTEST_GUILESS_MAIN(tst_ClusterBadInput)
#include "tst_ClusterBadInput.moc"
