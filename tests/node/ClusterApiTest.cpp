#include "ClusterApiTest.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QUuid>
#include <QtTest>

#include <chrono>

TestHeaders target(const QString &id)
{
    return {{"X-Cluster-Node", id.toUtf8()}};
}

TestHeaders withTarget(TestHeaders headers, const QString &id)
{
    headers.append({"X-Cluster-Node", id.toUtf8()});
    return headers;
}

QByteArray jdbcBody(const QString &description, const QJsonObject &extraSpec)
{
    QJsonObject spec{{"driver", "postgresql"},
                     {"driverClass", "org.postgresql.Driver"},
                     {"url", "jdbc:postgresql://db.example:5432/orders"},
                     {"host", "db.example"},
                     {"port", 5432},
                     {"database", "orders"},
                     {"user", "app"},
                     {"poolMin", 1},
                     {"poolMax", 10}};
    for (auto it = extraSpec.begin(); it != extraSpec.end(); ++it)
        spec.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{"description", description}, {"spec", spec}})
        .toJson(QJsonDocument::Compact);
}

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString uniqueName(const char *prefix)
{
    return QString::fromLatin1(prefix) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::Id128).left(12);
}

void ClusterApiTest::startCluster()
{
    ClusterOptions options;
    // A mixed-version cluster, as during a rolling upgrade; start-node must keep the flag.
    options.extraNodeArgs.insert(QStringLiteral("node-3"),
                                 QStringLiteral("--server-version 4.2.1"));
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    QCOMPARE(m_cluster->nodeIds().size(), 3);

    m_admin = std::make_unique<TestHttp>(m_cluster->lbUrl());
    TestResponse tokenResponse;
    m_token =
        m_admin->fetchToken(m_cluster->adminUser(), m_cluster->adminPassword(), 60, &tokenResponse);
    QVERIFY2(!m_token.isEmpty(), qPrintable(tokenResponse.summary()));
    m_admin->setBearerToken(m_token);
}

void ClusterApiTest::stopCluster()
{
    m_admin.reset();
    m_cluster.reset();
}

QByteArray ClusterApiTest::create(const QString &name, const QByteArray &body)
{
    const auto response =
        m_admin->put(resourcePath(QStringLiteral("jdbc"), name), body, {{"If-None-Match", "*"}});
    if (response.status != 201)
        qWarning("create %s: %s", qPrintable(name), qPrintable(response.summary()));
    return response.status == 201 ? response.header("ETag") : QByteArray();
}

bool ClusterApiTest::waitForHaproxy(const QString &id, const QString &status)
{
    QDeadlineTimer deadline(kRecoveryTimeoutMs);
    QString current;
    while (!(current = m_cluster->haproxyServerStatus(id)).startsWith(status)) {
        if (deadline.hasExpired()) {
            qWarning("HAProxy reports %s as '%s', expected %s", qPrintable(id), qPrintable(current),
                     qPrintable(status));
            return false;
        }
        QTest::qWait(100); // another process with no signal to wait for: ask again, spaced
    }
    return true;
}
