// NodeHistoryCharts: revision changes from samples (data-driven), samples read from a real
// LocalStore through StoreThread into the offset band and latency series, the period choice,
// and answers for a node no longer shown being dropped.

#include "NodeHistoryCharts.h"
#include "StoreThread.h"
#include "ZoomableChartView.h"

#include <QAreaSeries>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGuiApplication>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Change = NodeHistoryCharts::RevisionChange;
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

} // namespace

class tst_NodeHistoryCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void revisionChanges_data();
    void revisionChanges();
    void readsTheStore();
    void periodChoice();
    void zoomsAndResets();
    void copiesAsCsv();

private:
    QTemporaryDir m_dir;
    StoreThread m_store;
    qint64 m_now = 0;
};

void tst_NodeHistoryCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString openError = QStringLiteral("pending");
    m_store.open(m_dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
    m_now = QDateTime::currentMSecsSinceEpoch();
    QList<NodeSample> samples;
    // node-a: 20 samples over the last 10 minutes (one without an answer), one 30 min ago and
    // one 2 h ago.
    for (int i = 0; i < 20; ++i)
        samples << sample(QStringLiteral("node-a"), m_now - (20 - i) * 30000, 7 + i / 10,
                          i == 5 ? std::nullopt : std::optional<double>(10.0 + i));
    samples << sample(QStringLiteral("node-a"), m_now - 30 * 60 * 1000, 7);
    samples << sample(QStringLiteral("node-a"), m_now - 2 * 3600 * 1000, 3);
    samples << sample(QStringLiteral("node-b"), m_now - 60000, 7);
    bool written = false;
    m_store.appendSamples(QStringLiteral("p1"), samples, this, [&](bool ok) { written = ok; });
    QTRY_VERIFY(written);
}

void tst_NodeHistoryCharts::revisionChanges_data()
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

void tst_NodeHistoryCharts::revisionChanges()
{
    QFETCH(QList<NodeSample>, samples);
    QFETCH(QList<Change>, expected);
    QCOMPARE(NodeHistoryCharts::revisionChanges(samples), expected);
}

void tst_NodeHistoryCharts::readsTheStore()
{
    NodeHistoryCharts charts;
    charts.setStore(&m_store);
    QSignalSpy shown(&charts, &NodeHistoryCharts::samplesShown);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QVERIFY(charts.isLoading());
    QTRY_VERIFY(!charts.isLoading());
    // Last hour: 21 samples, one without an offset or latency.
    QCOMPARE(charts.offsetSeries()->count(), 20);
    QCOMPARE(charts.latencySeries()->count(), 20);
    QCOMPARE(charts.errorBandSeries()->upperSeries()->count(), 20);
    QCOMPARE(charts.errorBandSeries()->upperSeries()->at(0).y(), 1.5);
    QCOMPARE(charts.errorBandSeries()->lowerSeries()->at(0).y(), 0.5);
    QCOMPARE(charts.offsetSeries()->at(1).y(), 10.0);
    QCOMPARE(charts.shownRevisionChanges().size(), 2);
    QCOMPARE(charts.shownRevisionChanges().at(1).revision, 8);

    // Switching nodes while a read is out: only the new node's answer is shown.
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 1);
    // The store answers in call order: once a read queued after them is answered, any late
    // answer for node-a has been delivered too.
    bool barrier = false;
    m_store.run<int>([](LocalStore &) { return 0; }, this,
                     [&barrier](const int &) { barrier = true; });
    QTRY_VERIFY(barrier);
    QCOMPARE(charts.offsetSeries()->count(), 1);

    // Unknown node and no node: nothing drawn, nothing asked.
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-z"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 0);
    charts.setNode(QStringLiteral("p1"), QString());
    QVERIFY(!charts.isLoading());
}

void tst_NodeHistoryCharts::periodChoice()
{
    NodeHistoryCharts charts;
    charts.setStore(&m_store);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 20);
    // The period combo (by object name, as a user would pick it) reloads.
    auto *range = charts.findChild<QComboBox *>(QStringLiteral("historyRange"));
    QVERIFY(range);
    range->setCurrentIndex(range->count() - 1); // 24 hours: the older sample too
    QTRY_COMPARE(charts.offsetSeries()->count(), 21);
    QCOMPARE(charts.rangeMs(), qint64(24) * 3600 * 1000);
    charts.setRangeMs(14 * 60 * 1000); // nearest: 15 minutes
    QCOMPARE(charts.rangeMs(), qint64(15) * 60 * 1000);
    QTRY_VERIFY(!charts.isLoading());
    QTRY_COMPARE(charts.offsetSeries()->count(), 19); // not the one 30 min back
}

void tst_NodeHistoryCharts::zoomsAndResets()
{
    NodeHistoryCharts charts;
    charts.resize(1000, 400);
    charts.setStore(&m_store);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-a"));
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QTRY_VERIFY(!charts.isLoading());
    ZoomableChartView *view = charts.offsetView();
    QCOMPARE(view->rubberBand(), QChartView::HorizontalRubberBand);
    const auto *axis =
        qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).constFirst());
    const qint64 fullSpan = axis->min().msecsTo(axis->max());
    // Drag across the middle of the plot.
    const QRectF plot = view->chart()->plotArea();
    const QPoint from = view->mapFromScene(
        view->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.4, plot.center().y())));
    const QPoint to = view->mapFromScene(
        view->chart()->mapToScene(QPointF(plot.left() + plot.width() * 0.6, plot.center().y())));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QTRY_VERIFY(view->chart()->isZoomed());
    QVERIFY2(axis->min().msecsTo(axis->max()) < fullSpan / 2,
             qPrintable(QString::number(axis->min().msecsTo(axis->max()))));
    // A reload after a poll keeps the zoom.
    charts.reload();
    QTRY_VERIFY(!charts.isLoading());
    QVERIFY(view->chart()->isZoomed());
    // Double-click: the whole period again.
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, from);
    QVERIFY(!view->chart()->isZoomed());
    QTRY_VERIFY(!charts.isLoading());
    QVERIFY(axis->min().msecsTo(axis->max()) >= fullSpan - 1000);
}

void tst_NodeHistoryCharts::copiesAsCsv()
{
    NodeHistoryCharts charts;
    charts.setStore(&m_store);
    charts.setNode(QStringLiteral("p1"), QStringLiteral("node-b"));
    QTRY_VERIFY(!charts.isLoading());
    QCOMPARE(charts.offsetSeries()->count(), 1);
    charts.offsetView()->copyAction()->trigger();
    const QString csv = QGuiApplication::clipboard()->text();
    const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             QStringLiteral("time,± error bound (upper),± error bound (lower),Offset"));
    const QString time =
        QDateTime::fromMSecsSinceEpoch(m_now - 60000, Qt::UTC).toString(Qt::ISODateWithMs);
    QCOMPARE(lines.at(1), time + QStringLiteral(",1.5,0.5,1"));
    // The menu offers it, with the reset.
    QCOMPARE(charts.offsetView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(charts.offsetView()->actions().contains(charts.offsetView()->resetAction()));
    QCOMPARE(ZoomableChartView::csvOf(charts.latencyView()->chart()).section(u'\n', 0, 0),
             QStringLiteral("time,Latency"));
}

QTEST_MAIN(tst_NodeHistoryCharts)
#include "tst_NodeHistoryCharts.moc"
