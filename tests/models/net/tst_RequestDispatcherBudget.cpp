// RequestDispatcher's cap on requests in flight across all hosts (issue #15): the cap holds over
// several hosts, one tag holds at most a quarter of it, a new period waits for admission while
// the cap in force is taken by as many polls as it can serve, queued requests start in the order of
// their tag's busy period (a poll's follow-up requests before a newer poll's first; a tag that went
// idle and asks again waits behind the periods already queued), and whenTagStarts() tells when a
// tag's request left the queue.
#include "HostileHttpServer.h"
#include "RequestDispatcher.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using namespace std::chrono_literals;

class tst_RequestDispatcherBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capHoldsAcrossHosts();
    void oneTagHoldsAQuarter();
    void zeroMeansNoCap();
    void followUpsGoBeforeNewerTags();
    void idleTagRanksBehindWaitingOnes();
    void cancelledQueuedRequestFreesNothingAndIsSkipped();
    void whenTagStartsWaitsForTheQueue();
    void newPeriodsWaitForAdmission();

private:
    static ApiRequest request(const QString &path = QStringLiteral("/api/v1/node"));
};

ApiRequest tst_RequestDispatcherBudget::request(const QString &path)
{
    ApiRequest request = ApiRequest::get(path);
    request.timeout = 10s;
    return request;
}

void tst_RequestDispatcherBudget::capHoldsAcrossHosts()
{
    std::vector<std::unique_ptr<HostileHttpServer>> servers;
    for (int i = 0; i < 3; ++i) {
        servers.push_back(std::make_unique<HostileHttpServer>());
        QVERIFY(servers.back()->start());
        servers.back()->setMode(HostileHttpServer::Mode::Slow);
        servers.back()->setSlowDelay(50ms);
    }
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(8);
    QCOMPARE(dispatcher.maxInFlight(), 8);
    QCOMPARE(dispatcher.maxInFlightPerTag(), 2);
    int maxInFlight = 0;
    connect(&dispatcher, &RequestDispatcher::started, this,
            [&] { maxInFlight = std::max(maxInFlight, dispatcher.inFlightCount()); });
    int ok = 0;
    int done = 0;
    // Six tags, two per host: alone the hosts would take 3 x 6, the tags 6 x 2; the cap says 8.
    for (int i = 0; i < 24; ++i) {
        const auto &server = servers.at(std::size_t(i % 3));
        dispatcher.dispatch(request(), server->url(), TlsPolicy(), QString::number(i % 6), this,
                            [&](const ApiResult &r) {
                                ++done;
                                ok += r.ok ? 1 : 0;
                            });
    }
    QCOMPARE(dispatcher.inFlightCount(), 8);
    QCOMPARE(dispatcher.queuedCount(), 16);
    QTRY_COMPARE_WITH_TIMEOUT(done, 24, 30000);
    QCOMPARE(ok, 24);
    QCOMPARE(maxInFlight, 8);
    QCOMPARE(dispatcher.inFlightCount(), 0);
    QCOMPARE(dispatcher.queuedCount(), 0);
}

void tst_RequestDispatcherBudget::oneTagHoldsAQuarter()
{
    HostileHttpServer big;
    HostileHttpServer small;
    QVERIFY(big.start() && small.start());
    big.setMode(HostileHttpServer::Mode::NeverAnswers);
    small.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(8);
    // A big cluster's poll whose nodes hang: it gets 2 of the 8 slots, not all of them.
    std::vector<quint64> ids;
    for (int i = 0; i < 10; ++i)
        ids.push_back(dispatcher.dispatch(request(), big.url(), TlsPolicy(), QStringLiteral("big"),
                                          this, [](const ApiResult &) {}));
    QCOMPARE(dispatcher.inFlightCount(), 2);
    QCOMPARE(dispatcher.queuedCount(), 8);
    // A later, small one is not stuck behind it.
    dispatcher.dispatch(request(), small.url(), TlsPolicy(), QStringLiteral("small"), this,
                        [](const ApiResult &) {});
    QCOMPARE(dispatcher.inFlightCount(), 3);
    QCOMPARE(dispatcher.inFlightCount(small.url()), 1);
    // A freed slot of the big one's goes to its own next request.
    QVERIFY(dispatcher.cancel(ids.front()));
    QTRY_COMPARE(dispatcher.queuedCount(), 7);
    QCOMPARE(dispatcher.inFlightCount(big.url()), 2);
    // A larger cap lets it have more at once.
    dispatcher.setMaxInFlight(16);
    QCOMPARE(dispatcher.inFlightCount(big.url()), 4);
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("big")), 9);
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("small")), 1);
}

void tst_RequestDispatcherBudget::zeroMeansNoCap()
{
    HostileHttpServer first;
    HostileHttpServer second;
    QVERIFY(first.start() && second.start());
    first.setMode(HostileHttpServer::Mode::NeverAnswers);
    second.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(8); // 2 per tag
    for (int i = 0; i < 8; ++i)
        dispatcher.dispatch(request(), (i % 2 ? first : second).url(), TlsPolicy(), QString(), this,
                            [](const ApiResult &) {});
    QCOMPARE(dispatcher.inFlightCount(), 2);
    // Lifting the cap starts what the per-host limit allows at once.
    dispatcher.setMaxInFlight(0);
    QCOMPARE(dispatcher.inFlightCount(), 8);
    QCOMPARE(dispatcher.queuedCount(), 0);
    dispatcher.setMaxInFlight(-3);
    QCOMPARE(dispatcher.maxInFlight(), 0);
    QCOMPARE(dispatcher.maxInFlightPerTag(), std::numeric_limits<int>::max());
    QCOMPARE(dispatcher.cancelTag(QString()), 8);
}

void tst_RequestDispatcherBudget::followUpsGoBeforeNewerTags()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(1);
    QStringList order;
    const auto note = [&order](const QString &name) {
        return [&order, name](const ApiResult &r) { order.append(name + (r.ok ? "" : "!")); };
    };
    // "a" asks once and, from its answer, twice more: a poll's membership, then its nodes.
    dispatcher.dispatch(request(), server.url(), TlsPolicy(), QStringLiteral("a"), this,
                        [&](const ApiResult &r) {
                            order.append(QStringLiteral("a1") + (r.ok ? "" : "!"));
                            for (const QString &name : {QStringLiteral("a2"), QStringLiteral("a3")})
                                dispatcher.dispatch(request(), server.url(), TlsPolicy(),
                                                    QStringLiteral("a"), this, note(name));
                        });
    dispatcher.dispatch(request(), server.url(), TlsPolicy(), QStringLiteral("b"), this,
                        note(QStringLiteral("b1")));
    dispatcher.dispatch(request(), server.url(), TlsPolicy(), QStringLiteral("c"), this,
                        note(QStringLiteral("c1")));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 5, 15000);
    QCOMPARE(order, QStringList({"a1", "a2", "a3", "b1", "c1"}));
}

void tst_RequestDispatcherBudget::idleTagRanksBehindWaitingOnes()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(1);
    QHash<quint64, QString> names;
    QStringList started;
    connect(&dispatcher, &RequestDispatcher::started, this,
            [&](quint64 id) { started.append(names.value(id)); });
    const auto send = [&](const QString &tag, const QString &name) {
        const quint64 id = dispatcher.dispatch(request(), server.url(), TlsPolicy(), tag, this,
                                               [](const ApiResult &) {});
        names.insert(id, name);
        return id;
    };
    // Names are filed after dispatch() returns: the first one starts inside it.
    const quint64 a1 = send(QStringLiteral("a"), QStringLiteral("a1"));
    started = QStringList{QStringLiteral("a1")};
    const quint64 b1 = send(QStringLiteral("b"), QStringLiteral("b1"));
    const quint64 c1 = send(QStringLiteral("c"), QStringLiteral("c1"));
    QVERIFY(dispatcher.cancel(a1));
    QTRY_COMPARE(started.size(), 2);
    // "a" is done and idle: asking again starts a new period, behind c's.
    const quint64 a2 = send(QStringLiteral("a"), QStringLiteral("a2"));
    QVERIFY(dispatcher.cancel(b1));
    QTRY_COMPARE(started.size(), 3);
    QVERIFY(dispatcher.cancel(c1));
    QTRY_COMPARE(started.size(), 4);
    QCOMPARE(started, QStringList({"a1", "b1", "c1", "a2"}));
    QVERIFY(dispatcher.cancel(a2));
}

void tst_RequestDispatcherBudget::cancelledQueuedRequestFreesNothingAndIsSkipped()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(1);
    QList<quint64> started;
    connect(&dispatcher, &RequestDispatcher::started, this,
            [&started](quint64 id) { started.append(id); });
    QStringList cancelled;
    const auto note = [&cancelled](const QString &name) {
        return [&cancelled, name](const ApiResult &) { cancelled.append(name); };
    };
    const quint64 running = dispatcher.dispatch(request(), server.url(), TlsPolicy(),
                                                QStringLiteral("a"), this, note("a"));
    const quint64 skipped = dispatcher.dispatch(request(), server.url(), TlsPolicy(),
                                                QStringLiteral("b"), this, note("b"));
    const quint64 next = dispatcher.dispatch(request(), server.url(), TlsPolicy(),
                                             QStringLiteral("c"), this, note("c"));
    QVERIFY(dispatcher.cancel(skipped));
    QCOMPARE(cancelled, QStringList{"b"});
    QCOMPARE(dispatcher.inFlightCount(), 1);
    QCOMPARE(dispatcher.queuedCount(), 1);
    QVERIFY(dispatcher.cancel(running));
    QTRY_COMPARE(cancelled.size(), 2);
    // c took the freed slot; b never started.
    QCOMPARE(started, QList<quint64>({running, next}));
    QCOMPARE(dispatcher.inFlightCount(), 1);
    QCOMPARE(dispatcher.queuedCount(), 0);
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("c")), 1);
}

void tst_RequestDispatcherBudget::whenTagStartsWaitsForTheQueue()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    dispatcher.setMaxInFlight(1);
    const quint64 blocker = dispatcher.dispatch(
        request(), server.url(), TlsPolicy(), QStringLiteral("a"), this, [](const ApiResult &) {});
    int startedB = 0;
    int startedGone = 0;
    dispatcher.whenTagStarts(QStringLiteral("b"), this, [&startedB] { ++startedB; });
    {
        QObject gone;
        dispatcher.whenTagStarts(QStringLiteral("b"), &gone, [&startedGone] { ++startedGone; });
    }
    dispatcher.dispatch(request(), server.url(), TlsPolicy(), QStringLiteral("b"), this,
                        [](const ApiResult &) {});
    QCOMPARE(startedB, 0); // queued behind "a"
    QVERIFY(dispatcher.cancel(blocker));
    QTRY_COMPARE(startedB, 1);
    QCOMPARE(startedGone, 0);
    // Once: a second request of "b" does not call it again.
    dispatcher.setMaxInFlight(0);
    dispatcher.dispatch(request(), server.url(), TlsPolicy(), QStringLiteral("b"), this,
                        [](const ApiResult &) {});
    QCOMPARE(dispatcher.inFlightCount(), 2);
    QCOMPARE(startedB, 1);
    QCOMPARE(dispatcher.cancelTag(QStringLiteral("b")), 2);
}

void tst_RequestDispatcherBudget::newPeriodsWaitForAdmission()
{
    HostileHttpServer first;
    HostileHttpServer second;
    QVERIFY(first.start() && second.start());
    first.setMode(HostileHttpServer::Mode::NeverAnswers);
    second.setMode(HostileHttpServer::Mode::NeverAnswers);
    RequestDispatcher dispatcher;
    // A cap of 12 lets a tag hold 3: room for 4 polls of that width at once.
    dispatcher.setMaxInFlight(12);
    QHash<QString, quint64> ids;
    for (int i = 0; i < 6; ++i) {
        const QString tag = QStringLiteral("t%1").arg(i);
        ids.insert(tag, dispatcher.dispatch(request(), (i % 2 ? first : second).url(), TlsPolicy(),
                                            tag, this, [](const ApiResult &) {}));
    }
    // Slots are free, but t4 and t5 would start deadlines they cannot be served within.
    QCOMPARE(dispatcher.inFlightCount(), 4);
    QCOMPARE(dispatcher.queuedCount(), 2);
    // An admitted period's next request goes at once.
    dispatcher.dispatch(request(), first.url(), TlsPolicy(), QStringLiteral("t0"), this,
                        [](const ApiResult &) {});
    QCOMPARE(dispatcher.inFlightCount(), 5);
    // t1's period ends: the oldest waiting one, t4, is admitted.
    QList<quint64> started;
    connect(&dispatcher, &RequestDispatcher::started, this,
            [&started](quint64 id) { started.append(id); });
    QVERIFY(dispatcher.cancel(ids.value(QStringLiteral("t1"))));
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.constFirst(), ids.value(QStringLiteral("t4")));
    QCOMPARE(dispatcher.queuedCount(), 1);
    for (int i = 0; i < 6; ++i)
        dispatcher.cancelTag(QStringLiteral("t%1").arg(i));
    QCOMPARE(dispatcher.inFlightCount(), 0);
    QCOMPARE(dispatcher.queuedCount(), 0);
}

QTEST_GUILESS_MAIN(tst_RequestDispatcherBudget)
#include "tst_RequestDispatcherBudget.moc"
