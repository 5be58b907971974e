// ResourceTestFanout against a real cluster behind HAProxy and real listeners this test starts:
// every resource is tested on every node, and the matrix names each failure kind per node
// (connection refused, a host that does not resolve, a TLS name mismatch, a location that
// exists in one node's data directory only), and a stopped node has an outcome of its own.

#include "ApiClient.h"
#include "ClusterFixture.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "ResourceTestFanout.h"
#include "ResourceTestMatrixModel.h"
#include "TestCertificates.h"
#include "TestHttp.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;
using Outcome = ResourceTestResult::Outcome;

} // namespace

class tst_ResourceTestFanout final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrixNamesEachFailurePerNode();
    void stoppedNodeHasItsOwnOutcome();

private:
    void put(const QString &type, const QString &name, const QJsonObject &spec);
    // Runs the fan-out into a fresh matrix and waits for every cell.
    bool runInto(ResourceTestMatrixModel &matrix, const QList<ResourceRef> &resources,
                 const QStringList &nodes);
    QString cell(const ResourceTestMatrixModel &matrix, const QString &resource,
                 const QString &node) const;

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ApiClient> m_client;
    QTcpServer m_listener;
    HostileHttpServer m_tls;
    HostileHttpServer m_http;
    TestCertificates m_certificates;
    qint64 m_revision = 0;
};

void tst_ResourceTestFanout::initTestCase()
{
    ClusterOptions options;
    options.nodes = 2;
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_cluster->lbUrl());
    m_client->setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());

    QVERIFY(m_listener.listen(QHostAddress::LocalHost));
    QVERIFY2(m_certificates.create(&error), qPrintable(error));
    m_tls.setTls(m_certificates.serverCertificate(), m_certificates.serverKey());
    QVERIFY(m_tls.start());
    QVERIFY(m_http.start());
    m_http.setDefaultResponse(HostileHttpServer::Response{200, {}, {}});
    const auto closed = FreePorts::one();
    QVERIFY(closed);

    const auto jdbc = [](const QString &host, int port) {
        return QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgresql")},
                           {QStringLiteral("driverClass"), QStringLiteral("org.postgresql.Driver")},
                           {QStringLiteral("url"),
                            QStringLiteral("jdbc:postgresql://%1:%2/x").arg(host).arg(port)}};
    };
    put(QStringLiteral("jdbc"), QStringLiteral("up"),
        jdbc(QStringLiteral("127.0.0.1"), m_listener.serverPort()));
    put(QStringLiteral("jdbc"), QStringLiteral("closed"),
        jdbc(QStringLiteral("127.0.0.1"), *closed));
    put(QStringLiteral("jdbc"), QStringLiteral("nohost"),
        jdbc(QStringLiteral("db.clusterdesk.invalid"), 5432));
    put(QStringLiteral("fileserver"), QStringLiteral("ftps"),
        {{QStringLiteral("protocol"), QStringLiteral("ftps")},
         {QStringLiteral("host"), QStringLiteral("localhost")},
         {QStringLiteral("port"), m_tls.url().port()},
         {QStringLiteral("rootPath"), QStringLiteral("/in")}});
    put(QStringLiteral("webservice"), QStringLiteral("rest"),
        {{QStringLiteral("kind"), QStringLiteral("REST")},
         {QStringLiteral("url"), m_http.url().resolved(QUrl(QStringLiteral("/rest"))).toString()}});
    // Only node-1's data directory holds the database; a relative location is read there.
    const QString location = QStringLiteral("geocoding");
    QVERIFY(QDir(m_cluster->dataDirectory(m_cluster->nodeIds().constFirst())).mkpath(location));
    put(QStringLiteral("database"), QStringLiteral("geo"),
        {{QStringLiteral("module"), QStringLiteral("GeoStan")},
         {QStringLiteral("kind"), QStringLiteral("geocoding")},
         {QStringLiteral("location"), location},
         {QStringLiteral("placement"), QStringLiteral("each-node")}});
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(m_revision, &detail), qPrintable(detail),
                              kTimeoutMs);
}

void tst_ResourceTestFanout::cleanupTestCase()
{
    m_client.reset();
    m_cluster.reset();
}

void tst_ResourceTestFanout::put(const QString &type, const QString &name, const QJsonObject &spec)
{
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse answer =
        http.put(QStringLiteral("/api/v1/resources/%1/%2").arg(type, name),
                 QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson(),
                 {{"If-None-Match", "*"},
                  {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                  {"Content-Type", "application/json"}});
    QVERIFY2(answer.status == 201, qPrintable(answer.summary()));
    m_revision = std::max(m_revision, answer.json().value(QLatin1String("revision")).toInteger());
}

bool tst_ResourceTestFanout::runInto(ResourceTestMatrixModel &matrix,
                                     const QList<ResourceRef> &resources, const QStringList &nodes)
{
    QList<std::pair<QString, QString>> rows;
    for (const ResourceRef &resource : resources)
        rows.append({resource.type, resource.name});
    matrix.reset(rows, nodes);
    ResourceTestFanout fanout(m_client.get(), QStringLiteral("id"), QStringLiteral("test"));
    connect(&fanout, &ResourceTestFanout::finished, &matrix, &ResourceTestMatrixModel::setResult);
    QSignalSpy done(&fanout, &ResourceTestFanout::allFinished);
    QSignalSpy cells(&fanout, &ResourceTestFanout::finished);
    if (!fanout.run(resources, nodes))
        return false;
    if (!done.wait(kTimeoutMs))
        return false;
    const auto first = cells.constFirst().constFirst().value<ResourceTestResult>();
    return cells.size() == resources.size() * nodes.size() &&
           first.clusterName == QLatin1String("test") && first.finishedAt.isValid();
}

QString tst_ResourceTestFanout::cell(const ResourceTestMatrixModel &matrix, const QString &resource,
                                     const QString &node) const
{
    for (int row = 0; row < matrix.rowCount(); ++row) {
        if (matrix.headerData(row, Qt::Vertical).toString() != resource)
            continue;
        const int column = int(matrix.nodeIds().indexOf(node));
        return matrix.index(row, column).data().toString();
    }
    return QStringLiteral("<no cell>");
}

void tst_ResourceTestFanout::matrixNamesEachFailurePerNode()
{
    ResourceTestMatrixModel matrix;
    QAbstractItemModelTester tester(&matrix,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<ResourceRef> resources{{QStringLiteral("jdbc"), QStringLiteral("up")},
                                       {QStringLiteral("jdbc"), QStringLiteral("closed")},
                                       {QStringLiteral("jdbc"), QStringLiteral("nohost")},
                                       {QStringLiteral("fileserver"), QStringLiteral("ftps")},
                                       {QStringLiteral("webservice"), QStringLiteral("rest")},
                                       {QStringLiteral("database"), QStringLiteral("geo")}};
    const QStringList nodes = m_cluster->nodeIds();
    QVERIFY(runInto(matrix, resources, nodes));
    QCOMPARE(matrix.finishedCount(), 12);
    for (const QString &node : nodes) {
        QCOMPARE(cell(matrix, QStringLiteral("jdbc/up"), node), QStringLiteral("OK"));
        QCOMPARE(cell(matrix, QStringLiteral("jdbc/closed"), node),
                 QStringLiteral("connect: connection refused"));
        QCOMPARE(cell(matrix, QStringLiteral("jdbc/nohost"), node),
                 QStringLiteral("resolve: host does not resolve"));
        QVERIFY2(cell(matrix, QStringLiteral("fileserver/ftps"), node)
                     .startsWith(QLatin1String("tls: TLS: certificate name mismatch")),
                 qPrintable(cell(matrix, QStringLiteral("fileserver/ftps"), node)));
        QCOMPARE(cell(matrix, QStringLiteral("webservice/rest"), node), QStringLiteral("OK"));
    }
    QCOMPARE(cell(matrix, QStringLiteral("database/geo"), nodes.at(0)), QStringLiteral("OK"));
    QCOMPARE(cell(matrix, QStringLiteral("database/geo"), nodes.at(1)),
             QStringLiteral("location: does not exist"));
    QCOMPARE(matrix.failedCount(), 2 * 3 + 1);
    const QModelIndex closed = matrix.index(1, 0);
    QCOMPARE(closed.data(ResourceTestMatrixModel::RawValueRole).toInt(), int(Outcome::Failed));
    QVERIFY(closed.data(Qt::ToolTipRole).toString().contains(QLatin1String("connect failed")));
}

void tst_ResourceTestFanout::stoppedNodeHasItsOwnOutcome()
{
    const QString stopped = m_cluster->nodeIds().constLast();
    QString error;
    QVERIFY2(m_cluster->stopNode(stopped, false, &error), qPrintable(error));
    ResourceTestMatrixModel matrix;
    QAbstractItemModelTester tester(&matrix,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(
        runInto(matrix, {{QStringLiteral("jdbc"), QStringLiteral("up")}}, m_cluster->nodeIds()));
    QCOMPARE(matrix.index(0, 0).data().toString(), QStringLiteral("OK"));
    QCOMPARE(matrix.index(0, 1).data(ResourceTestMatrixModel::RawValueRole).toInt(),
             int(Outcome::NoAnswer));
    QVERIFY(matrix.index(0, 1).data().toString().startsWith(QLatin1String("no answer")));
}

QTEST_GUILESS_MAIN(tst_ResourceTestFanout)
#include "tst_ResourceTestFanout.moc"
