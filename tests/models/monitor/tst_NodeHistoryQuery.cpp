// NodeHistoryQuery and NodeHistorySeries: samples turned into chart series (revision changes,
// gaps, load in MiB, thinning) and read from a real LocalStore through StoreThread, with answers
// for a node no longer asked for dropped and reloads asked for while reading served once.

#include "NodeHistoryQuery.h"
#include "StoreThread.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Change = NodeRevisionChange;
Q_DECLARE_METATYPE(QList<Change>)

namespace {

NodeSample sample(const QString &node, qint64 timeMs, std::optional<qint64> revision,
                  std::optional<double> offset = 1.0)
{
    NodeSample s;
    s.nodeId = node;
    s.timeMs = timeMs;
    s.state = QStringLiteral("up");
    s.revision = revision;
    s.offsetMs = offset;
    s.errorMs = offset ? std::optional<double>(0.5) : std::nullopt;
    s.latencyMs = offset ? std::optional<double>(2.0) : std::nullopt;
    return s;
}

constexpr qint64 Now = 1'800'000'000'000;

} // namespace

class tst_NodeHistoryQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void revisionChanges_data();
    void revisionChanges();
    void seriesFromSamples();
    void loadInMiBAndGaps();
    void longPeriodsAreThinned();
    void readsTheStore();
    void answersForAnotherNodeAreDropped();
    void reloadWhileReadingIsServedOnce();
    void nothingWithoutStoreOrNode();

private:
    QTemporaryDir m_dir;
    StoreThread m_store;
};

void tst_NodeHistoryQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString openError = QStringLiteral("pending");
    m_store.open(m_dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
    QList<NodeSample> samples;
    for (int i = 0; i < 10; ++i) {
        NodeSample s = sample(QStringLiteral("node-a"), Now - (10 - i) * 60000, 7 + i / 5);
        s.activeRequests = i;
        s.rssBytes = qint64(64 + i) * 1024 * 1024;
        samples << s;
    }
    samples << sample(QStringLiteral("node-a"), Now - 3 * 3600 * 1000, 3); // outside the hour
    samples << sample(QStringLiteral("node-b"), Now - 60000, 7);
    bool written = false;
    m_store.appendSamples(QStringLiteral("p1"), samples, this, [&](bool ok) { written = ok; });
    QTRY_VERIFY(written);
}

void tst_NodeHistoryQuery::revisionChanges_data()
{
    QTest::addColumn<QList<NodeSample>>("samples");
    QTest::addColumn<QList<Change>>("expected");
    const QString n = QStringLiteral("n");
    QTest::newRow("none") << QList<NodeSample>{} << QList<Change>{};
    QTest::newRow("steady") << QList<NodeSample>{sample(n, 1, 5), sample(n, 2, 5)}
                            << QList<Change>{{1, 5, std::nullopt}};
    QTest::newRow("steps") << QList<NodeSample>{sample(n, 1, 5), sample(n, 2, 6), sample(n, 3, 6),
                                                sample(n, 4, 9)}
                           << QList<Change>{{1, 5, std::nullopt}, {2, 6, 5}, {4, 9, 6}};
    QTest::newRow("unknown revisions are skipped")
        << QList<NodeSample>{sample(n, 1, std::nullopt), sample(n, 2, 5),
                             sample(n, 3, std::nullopt), sample(n, 4, 5)}
        << QList<Change>{{2, 5, std::nullopt}};
    QTest::newRow("going back (reset)") << QList<NodeSample>{sample(n, 1, 9), sample(n, 2, 0)}
                                        << QList<Change>{{1, 9, std::nullopt}, {2, 0, 9}};
}

void tst_NodeHistoryQuery::revisionChanges()
{
    QFETCH(QList<NodeSample>, samples);
    QFETCH(QList<Change>, expected);
    QCOMPARE(NodeHistorySeries::revisionChangesOf(samples), expected);
    QCOMPARE(NodeHistorySeries::fromSamples(samples, 0, 10).revisionChanges, expected);
}

void tst_NodeHistoryQuery::seriesFromSamples()
{
    const QString n = QStringLiteral("n");
    const NodeHistorySeries series = NodeHistorySeries::fromSamples(
        {sample(n, 1000, 1, -3.0), sample(n, 2000, 1, std::nullopt), sample(n, 3000, 2, 4.0)}, 0,
        5000);
    QCOMPARE(series.fromMs, 0);
    QCOMPARE(series.toMs, 5000);
    QCOMPARE(series.sampleCount, 3);
    // The sample without an answer leaves a gap, not a zero.
    QCOMPARE(series.offset, (QList<QPointF>{{1000, -3.0}, {3000, 4.0}}));
    QCOMPARE(series.offsetUpper, (QList<QPointF>{{1000, -2.5}, {3000, 4.5}}));
    QCOMPARE(series.offsetLower, (QList<QPointF>{{1000, -3.5}, {3000, 3.5}}));
    QCOMPARE(series.latency.size(), 2);
    QCOMPARE(series.offsetLow, -3.5);
    QCOMPARE(series.offsetHigh, 4.5);
    QCOMPARE(series.latencyHigh, 2.0);
    QVERIFY(series.activeRequests.isEmpty());
    QVERIFY(series.memoryMiB.isEmpty());

    const NodeHistorySeries empty = NodeHistorySeries::fromSamples({}, 0, 1);
    QVERIFY(empty.offsetLow > empty.offsetHigh); // no range: the charts pick a default
}

void tst_NodeHistoryQuery::loadInMiBAndGaps()
{
    const QString n = QStringLiteral("n");
    NodeSample loaded = sample(n, 1000, 1);
    loaded.activeRequests = 12;
    loaded.rssBytes = qint64(3) * 512 * 1024 * 1024; // 1.5 GiB
    NodeSample nonsense = sample(n, 2000, 1);
    nonsense.activeRequests = -4; // a broken node: left out rather than drawn below zero
    nonsense.rssBytes = -1;
    NodeSample unmeasured = sample(n, 3000, 1, std::nullopt);
    unmeasured.offsetMs = qQNaN();
    unmeasured.latencyMs = qInf();
    const NodeHistorySeries series =
        NodeHistorySeries::fromSamples({loaded, nonsense, unmeasured}, 0, 4000);
    QCOMPARE(series.activeRequests, (QList<QPointF>{{1000, 12.0}}));
    QCOMPARE(series.memoryMiB, (QList<QPointF>{{1000, 1536.0}}));
    QCOMPARE(series.requestsHigh, 12.0);
    QCOMPARE(series.memoryHighMiB, 1536.0);
    QCOMPARE(series.offset.size(), 2);
    QCOMPARE(series.latency.size(), 2);
}

void tst_NodeHistoryQuery::longPeriodsAreThinned()
{
    QList<NodeSample> samples;
    for (int i = 0; i < 4 * NodeHistorySeries::MaxPoints; ++i)
        samples << sample(QStringLiteral("n"), i, i / 100);
    const NodeHistorySeries series = NodeHistorySeries::fromSamples(samples, 0, samples.size());
    QCOMPARE(series.sampleCount, samples.size());
    QCOMPARE(series.offset.size(), NodeHistorySeries::MaxPoints);
    QCOMPARE(series.offset.at(1).x(), 4.0);
    // Revision changes come from every sample, not only the drawn ones.
    QCOMPARE(series.revisionChanges.size(), samples.size() / 100);
}

void tst_NodeHistoryQuery::readsTheStore()
{
    NodeHistoryQuery query;
    query.setClock([] { return Now; });
    query.setStore(&m_store);
    query.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QSignalSpy read(&query, &NodeHistoryQuery::seriesRead);
    query.reload();
    QVERIFY(query.isLoading());
    QTRY_COMPARE(read.size(), 1);
    QVERIFY(!query.isLoading());
    const auto series = read.at(0).at(0).value<NodeHistorySeries>();
    QCOMPARE(series.toMs, Now);
    QCOMPARE(series.fromMs, Now - query.rangeMs());
    QCOMPARE(series.sampleCount, 10);
    QCOMPARE(series.activeRequests.size(), 10);
    QCOMPARE(series.activeRequests.at(9).y(), 9.0);
    QCOMPARE(series.memoryMiB.at(9).y(), 73.0);
    QCOMPARE(series.revisionChanges.size(), 2);

    query.setRangeMs(4 * 3600 * 1000);
    query.reload();
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(read.at(1).at(0).value<NodeHistorySeries>().sampleCount, 11);
}

void tst_NodeHistoryQuery::answersForAnotherNodeAreDropped()
{
    NodeHistoryQuery query;
    query.setClock([] { return Now; });
    query.setStore(&m_store);
    QSignalSpy read(&query, &NodeHistoryQuery::seriesRead);
    query.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    query.reload();
    query.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    QVERIFY(!query.isLoading());
    query.reload();
    QTRY_COMPARE(read.size(), 1);
    QVERIFY(!query.isLoading());
    // StoreThread answers in call order: node-a's answer came first and was dropped.
    QCOMPARE(read.at(0).at(0).value<NodeHistorySeries>().sampleCount, 1);
    // A barrier behind both reads: nothing else arrives.
    bool barrier = false;
    m_store.samples(QStringLiteral("p1"), QStringLiteral("node-a"), 0, 1, this,
                    [&](const QList<NodeSample> &) { barrier = true; });
    QTRY_VERIFY(barrier);
    QCOMPARE(read.size(), 1);
}

void tst_NodeHistoryQuery::reloadWhileReadingIsServedOnce()
{
    NodeHistoryQuery query;
    query.setClock([] { return Now; });
    query.setStore(&m_store);
    query.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QSignalSpy read(&query, &NodeHistoryQuery::seriesRead);
    query.reload();
    query.reload();
    query.setRangeMs(4 * 3600 * 1000);
    query.reload();
    QTRY_COMPARE(read.size(), 2);
    QTRY_VERIFY(!query.isLoading());
    // The second read has the newest wish: the longer period.
    QCOMPARE(read.at(0).at(0).value<NodeHistorySeries>().sampleCount, 10);
    QCOMPARE(read.at(1).at(0).value<NodeHistorySeries>().sampleCount, 11);
    bool barrier = false;
    m_store.samples(QStringLiteral("p1"), QStringLiteral("node-a"), 0, 1, this,
                    [&](const QList<NodeSample> &) { barrier = true; });
    QTRY_VERIFY(barrier);
    QCOMPARE(read.size(), 2);
}

void tst_NodeHistoryQuery::nothingWithoutStoreOrNode()
{
    NodeHistoryQuery query;
    QSignalSpy read(&query, &NodeHistoryQuery::seriesRead);
    query.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    query.reload(); // no store
    QVERIFY(!query.isLoading());
    query.setStore(&m_store);
    query.setNode(QStringLiteral("p1"), QString());
    query.reload(); // no node
    QVERIFY(!query.isLoading());
    QCOMPARE(read.size(), 0);
}

QTEST_GUILESS_MAIN(tst_NodeHistoryQuery)
#include "tst_NodeHistoryQuery.moc"
