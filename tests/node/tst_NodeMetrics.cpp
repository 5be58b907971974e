// NodeMetrics on its own: requests counted by route pattern, bounded method and code labels,
// durations in the route's histogram, sign-in failures by reason, and the families written.

#include "NodeMetrics.h"

#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace node;

class tst_NodeMetrics final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsByRouteMethodAndCode()
    {
        NodeMetrics metrics;
        const QString one = QStringLiteral("/api/v1/resources/{type}/{name}");
        metrics.countRequest(one, "GET", 200, 0.002);
        metrics.countRequest(one, "GET", 200, 0.02);
        metrics.countRequest(one, "PUT", 412, 0.3);
        QCOMPARE(metrics.requests(one, "GET", 200), quint64(2));
        QCOMPARE(metrics.requests(one, "PUT", 412), quint64(1));
        QCOMPARE(metrics.requests(one, "PUT", 200), quint64(0));
        const metrics::HistogramSnapshot durations = metrics.durations(one);
        QCOMPARE(durations.count, quint64(3));
        QCOMPARE(durations.cumulativeCounts.first(), quint64(1)); // 2 ms <= 5 ms
        QCOMPARE(durations.sum, 0.322);
    }

    void labelsAreBounded_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("label");
        QTest::newRow("GET") << QByteArray("GET") << QStringLiteral("GET");
        QTest::newRow("DELETE") << QByteArray("DELETE") << QStringLiteral("DELETE");
        QTest::newRow("made up") << QByteArray("BREW") << QStringLiteral("OTHER");
        QTest::newRow("lower case") << QByteArray("get") << QStringLiteral("OTHER");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("OTHER");
    }
    void labelsAreBounded()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, label);
        QCOMPARE(NodeMetrics::methodLabel(method), label);
    }

    void unansweredHasNoCode()
    {
        QCOMPARE(NodeMetrics::codeLabel(0), QStringLiteral("none"));
        QCOMPARE(NodeMetrics::codeLabel(503), QStringLiteral("503"));
        NodeMetrics metrics;
        metrics.countRequest(QStringLiteral("/internal/v1/changes"), "GET", 0, 25);
        QCOMPARE(metrics.requests(QStringLiteral("/internal/v1/changes"), "GET", 0), quint64(1));
    }

    void signIns()
    {
        NodeMetrics metrics;
        QCOMPARE(metrics.failedSignIns(NodeMetrics::SignInFailure::Password), quint64(0));
        metrics.countFailedSignIn(NodeMetrics::SignInFailure::Password);
        metrics.countFailedSignIn(NodeMetrics::SignInFailure::Password);
        metrics.countFailedSignIn(NodeMetrics::SignInFailure::Token);
        metrics.countThrottledSignIn();
        QCOMPARE(metrics.failedSignIns(NodeMetrics::SignInFailure::Password), quint64(2));
        QCOMPARE(metrics.failedSignIns(NodeMetrics::SignInFailure::Token), quint64(1));
        QCOMPARE(metrics.throttledSignIns(), quint64(1));
    }

    void written()
    {
        NodeMetrics metrics;
        metrics.countRequest(QStringLiteral("/healthz"), "HEAD", 200, 0.001);
        metrics::ExpositionWriter writer;
        metrics.write(writer);
        const QByteArray text = writer.text();
        QVERIFY(writer.errors().isEmpty());
        QVERIFY(text.contains("# TYPE clusterdesk_refnode_http_requests_total counter\n"
                              "clusterdesk_refnode_http_requests_total{route=\"/healthz\","
                              "method=\"HEAD\",code=\"200\"} 1\n"));
        QVERIFY(text.contains("clusterdesk_refnode_http_request_duration_seconds_bucket{route="
                              "\"/healthz\",le=\"0.005\"} 1\n"));
        // Sign-in counters exist at 0 before the first failure.
        QVERIFY(
            text.contains("clusterdesk_refnode_signin_failures_total{reason=\"password\"} 0\n"));
        QVERIFY(text.contains("clusterdesk_refnode_signin_failures_total{reason=\"token\"} 0\n"));
        QVERIFY(text.contains("clusterdesk_refnode_signin_throttled_total 0\n"));
    }

    void countedFromThreads()
    {
        NodeMetrics metrics;
        constexpr int perThread = 10000;
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < 3; ++t) {
            workers.emplace_back(QThread::create([&metrics] {
                for (int i = 0; i < perThread; ++i)
                    metrics.countRequest(QStringLiteral("/api/v1/node"), "GET", 200, 0.001);
            }));
            workers.back()->start();
        }
        for (auto &worker : workers)
            QVERIFY(worker->wait());
        QCOMPARE(metrics.requests(QStringLiteral("/api/v1/node"), "GET", 200),
                 quint64(3 * perThread));
        QCOMPARE(metrics.durations(QStringLiteral("/api/v1/node")).count, quint64(3 * perThread));
    }
};

QTEST_GUILESS_MAIN(tst_NodeMetrics)
#include "tst_NodeMetrics.moc"
