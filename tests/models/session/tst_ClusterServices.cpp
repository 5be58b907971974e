// ClusterServices over the console's pool and a real store (temporary directory): the
// repository and the change log go through the pool's client for that cluster, the node history
// and the drafts through the store; without a client or a store they do nothing, never crash.
#include "ApiClient.h"
#include "ChangeLogFetcher.h"
#include "ClusterServices.h"
#include "LocalStore.h"
#include "NodeHistoryQuery.h"
#include "PooledProfiles.h"
#include "ResourceDrafts.h"
#include "ResourceRepository.h"

#include <QDateTime>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ClusterServices final : public QObject
{
    Q_OBJECT

private slots:
    void servicesUseTheClustersClientAndTheStore();
    void withoutClientOrStoreNothingIsAsked();
};

void tst_ClusterServices::servicesUseTheClustersClientAndTheStore()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ClusterProfile prod = ClusterProfile::create(u"prod"_s, QUrl(u"http://127.0.0.1:9"_s));
    prod.userName = u"admin"_s;
    QVERIFY(console.add(prod, u"pw"_s));
    ApiClient *client = console.pool()->client(prod.id);
    QVERIFY(client);

    ClusterServices services(prod.id, client, console.store());
    QCOMPARE(services.profileId(), prod.id);
    QVERIFY(services.repository());
    QCOMPARE(services.changeLog()->apiClient(), client);

    // The history query reads this cluster's samples from the store.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<NodeSample> samples;
    for (int i = 0; i < 5; ++i) {
        NodeSample sample;
        sample.nodeId = u"node-a"_s;
        sample.timeMs = now - (5 - i) * 1000;
        sample.state = u"up"_s;
        sample.offsetMs = 10.0 + i;
        samples.append(sample);
    }
    bool written = false;
    console.store()->appendSamples(prod.id, samples, this, [&](bool ok) { written = ok; });
    QTRY_VERIFY(written);
    NodeHistoryQuery *history = services.nodeHistory();
    std::optional<NodeHistorySeries> series;
    connect(history, &NodeHistoryQuery::seriesRead, this,
            [&](const NodeHistorySeries &read) { series = read; });
    history->setNode(prod.id, u"node-a"_s);
    history->reload();
    QVERIFY(history->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(series.has_value(), 10000);
    QCOMPARE(series->offset.size(), 5);

    // The drafts are the store's.
    ResourceDraft draft;
    draft.clusterId = prod.id;
    draft.resourceType = u"jdbc"_s;
    draft.name = u"orders-db"_s;
    draft.draftJson = "{}";
    draft.updatedAtMs = now;
    std::optional<bool> saved;
    console.store()->run<bool>([draft](LocalStore &store) { return store.saveDraft(draft); }, this,
                               [&](bool ok) { saved = ok; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(*saved);
    std::optional<QSet<QString>> names;
    services.drafts()->storedNames(prod.id, u"jdbc"_s, this,
                                   [&](const QSet<QString> &stored) { names = stored; });
    QTRY_VERIFY(names.has_value());
    QCOMPARE(*names, QSet<QString>{u"orders-db"_s});
}

void tst_ClusterServices::withoutClientOrStoreNothingIsAsked()
{
    ClusterServices services(u"unknown"_s, nullptr, nullptr);
    QVERIFY(!services.repository());
    QVERIFY(!services.changeLog()->apiClient());
    services.changeLog()->refresh();
    QVERIFY(!services.changeLog()->isLoading());
    QCOMPARE(services.changeLog()->errorText(), u"Not connected to a cluster."_s);
    services.nodeHistory()->setNode(u"unknown"_s, u"node-a"_s);
    services.nodeHistory()->reload();
    QVERIFY(!services.nodeHistory()->isLoading());
    bool called = false;
    services.drafts()->storedNames(u"unknown"_s, u"jdbc"_s, this,
                                   [&](const QSet<QString> &) { called = true; });
    QVERIFY(!called); // no store: there is nothing to ask, and nothing is queued
}

QTEST_GUILESS_MAIN(tst_ClusterServices)
#include "tst_ClusterServices.moc"
