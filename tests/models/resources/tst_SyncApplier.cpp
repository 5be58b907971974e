// SyncApplier against a slow programmed server: cancel() sends no further write, reports the
// queued items as cancelled at once, lets the write already sent finish with its real outcome,
// and then says finished; progress counts every ended write.
#include "ApiClient.h"
#include "HostileHttpServer.h"
#include "ResourceRepository.h"
#include "SyncApplier.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

SyncPlan fiveCreates()
{
    SyncPlan plan;
    plan.targets = {u"test"_s};
    for (int i = 0; i < 5; ++i) {
        SyncItem item;
        item.targetIndex = 0;
        item.target = u"test"_s;
        item.type = u"webservice"_s;
        item.name = u"svc-%1"_s.arg(i);
        item.action = SyncItem::Action::Create;
        item.body = {{u"spec"_s, QJsonObject{{u"url"_s, u"https://example.com/api"_s}}}};
        plan.items.append(item);
    }
    return plan;
}

} // namespace

class tst_SyncApplier final : public QObject
{
    Q_OBJECT

private slots:
    void cancelStopsTheRemainingWrites();
    void cancelBeforeTheFirstWrite();
};

void tst_SyncApplier::cancelStopsTheRemainingWrites()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::Slow);
    server.setSlowDelay(std::chrono::milliseconds(300));
    server.setHandler([](const HostileHttpServer::Request &request) {
        const QString name = QString::fromUtf8(request.path()).section(u'/', -1);
        const QJsonObject resource{{u"type"_s, u"webservice"_s},
                                   {u"name"_s, name},
                                   {u"revision"_s, 1},
                                   {u"spec"_s, QJsonObject{{u"url"_s, u"https://example.com"_s}}}};
        return HostileHttpServer::Response::json(
            201, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    });
    ApiClient client;
    client.setBaseUrl(server.url());
    ResourceRepository repository(&client);
    SyncApplier applier(fiveCreates(), {{u"test"_s, &repository}});
    QCOMPARE(applier.writesTotal(), 5);
    QSignalSpy finished(&applier, &SyncApplier::finished);
    QSignalSpy received(&server, &HostileHttpServer::requestReceived);
    applier.start();
    QVERIFY(received.wait(10000)); // the first write is on the wire
    applier.cancel();
    QVERIFY(applier.isCancelled());
    // The queued four end at once; the one sent is still out.
    QCOMPARE(applier.count(SyncItemResult::Outcome::Cancelled), 4);
    QCOMPARE(applier.writesDone(), 4);
    QVERIFY(!applier.isFinished());
    QVERIFY(finished.wait(10000));
    QCOMPARE(applier.writesDone(), 5);
    // What was sent is reported as the server answered it: nothing half-applied unseen.
    QCOMPARE(applier.results().at(0).outcome, SyncItemResult::Outcome::Applied);
    for (int i = 1; i < 5; ++i) {
        QCOMPARE(applier.results().at(i).outcome, SyncItemResult::Outcome::Cancelled);
        QVERIFY(!applier.results().at(i).detail.isEmpty());
    }
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(SyncItemResult::outcomeName(SyncItemResult::Outcome::Cancelled), u"cancelled"_s);
}

void tst_SyncApplier::cancelBeforeTheFirstWrite()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    ApiClient client;
    client.setBaseUrl(server.url());
    ResourceRepository repository(&client);
    SyncApplier applier(fiveCreates(), {{u"test"_s, &repository}});
    QSignalSpy finished(&applier, &SyncApplier::finished);
    applier.start();
    applier.cancel(); // before the event loop sent anything
    QVERIFY(finished.wait(10000));
    QCOMPARE(applier.count(SyncItemResult::Outcome::Cancelled), 5);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(!applier.allWritesApplied());
}

QTEST_GUILESS_MAIN(tst_SyncApplier)
#include "tst_SyncApplier.moc"
