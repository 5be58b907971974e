// ResourceListSync against a scripted node (HostileHttpServer with an in-memory resource API):
// one full load, then only the changed resources per newer revision; a delete removes; a copy
// older than its change (a lagging replica) does not move the revision; a configuration behind
// the lists (recreated) and a failed load list everything again.

#include "ApiClient.h"
#include "HostileHttpServer.h"
#include "ResourceListSync.h"
#include "ResourceRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The node's state: resources by name (all JDBC), the change log, and knobs for the tests.
struct FakeNode
{
    QMap<QString, QJsonObject> resources;
    QJsonArray changes;
    qint64 revision = 0;
    qint64 servedRevisionCap = -1; // >= 0: GETs answer this older revision (a lagging copy)
    bool listFails = false;
    bool changesFromALaggingNode = false; // the change log answered by a node one behind

    void write(const QString &name, const QString &operation)
    {
        ++revision;
        if (operation == u"delete")
            resources.remove(name);
        else
            resources.insert(name, QJsonObject{{u"type"_s, u"jdbc"_s},
                                               {u"name"_s, name},
                                               {u"description"_s, u"r%1"_s.arg(revision)},
                                               {u"spec"_s, QJsonObject{{u"driver"_s, u"pg"_s}}},
                                               {u"revision"_s, revision}});
        changes.append(QJsonObject{{u"revision"_s, revision},
                                   {u"operation"_s, operation},
                                   {u"type"_s, u"jdbc"_s},
                                   {u"name"_s, name}});
    }

    HostileHttpServer::Response answer(const HostileHttpServer::Request &request) const
    {
        using Response = HostileHttpServer::Response;
        const auto json = [](const QJsonObject &object) {
            return Response::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
        };
        const QString path = QString::fromUtf8(request.path());
        const QUrlQuery query(QUrl(QString::fromUtf8(request.target)).query());
        if (path == u"/api/v1/resources") {
            if (listFails)
                return Response::problem(500, R"({"title":"broken","status":500})");
            QJsonArray list;
            if (query.queryItemValue(u"type"_s) == u"jdbc")
                for (const QJsonObject &resource : resources)
                    list.append(resource);
            return json({{u"revision"_s, revision}, {u"resources"_s, list}});
        }
        if (path == u"/api/v1/config/changes") {
            const qint64 after = query.queryItemValue(u"after"_s).toLongLong();
            if (changesFromALaggingNode)
                return json({{u"revision"_s, after - 1}, {u"changes"_s, QJsonArray()}});
            QJsonArray newer;
            for (const QJsonValue &change : changes)
                if (change[u"revision"].toInteger() > after)
                    newer.append(change);
            return json({{u"revision"_s, revision}, {u"changes"_s, newer}});
        }
        const QString prefix = u"/api/v1/resources/jdbc/"_s;
        if (path.startsWith(prefix)) {
            QJsonObject resource = resources.value(path.mid(prefix.size()));
            if (resource.isEmpty())
                return Response::problem(404, R"({"title":"not found","status":404})");
            if (servedRevisionCap >= 0)
                resource.insert(u"revision"_s, servedRevisionCap);
            return json(resource);
        }
        return Response::problem(404, R"({"title":"no route","status":404})");
    }
};

int count(const HostileHttpServer &server, QByteArrayView path)
{
    int n = 0;
    for (const HostileHttpServer::Request &request : server.requests())
        n += request.path() == path ? 1 : 0;
    return n;
}

} // namespace

class tst_ResourceListSync final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsOnceThenOnlyWhatChanged();
    void laggingCopyDoesNotMoveTheRevision();
    void recreatedConfigurationListsAgain();
    void laggingChangeLogIsAskedAgainNotReloaded();
    void failedLoadIsRetriedOnTheNextPoll();

private:
    FakeNode m_node;
    std::unique_ptr<HostileHttpServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ResourceRepository> m_repository;
    std::unique_ptr<ResourceListSync> m_sync;
};

void tst_ResourceListSync::init()
{
    m_node = {};
    m_node.write(u"a"_s, u"create"_s);
    m_node.write(u"b"_s, u"create"_s);
    m_server = std::make_unique<HostileHttpServer>();
    m_server->setHandler([this](const HostileHttpServer::Request &r) { return m_node.answer(r); });
    QVERIFY(m_server->start());
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(m_server->url());
    m_client->setToken(u"t"_s);
    m_repository = std::make_unique<ResourceRepository>(m_client.get());
    m_sync = std::make_unique<ResourceListSync>(m_repository.get(), QStringList{u"jdbc"_s});
}

void tst_ResourceListSync::cleanup()
{
    m_sync.reset();
    m_repository.reset();
    m_client.reset();
    m_server.reset();
}

void tst_ResourceListSync::loadsOnceThenOnlyWhatChanged()
{
    QSignalSpy listed(m_sync.get(), &ResourceListSync::listLoaded);
    QSignalSpy changed(m_sync.get(), &ResourceListSync::resourceChanged);
    QSignalSpy removed(m_sync.get(), &ResourceListSync::resourceRemoved);
    m_sync->noteRevision(2); // the first poll: nothing loaded yet, so a full load
    QTRY_COMPARE(m_sync->revision(), 2);
    QCOMPARE(listed.count(), 1);
    QCOMPARE(listed.at(0).at(1).value<QList<ResourceDefinition>>().size(), 2);

    m_node.write(u"c"_s, u"create"_s);
    m_node.write(u"a"_s, u"update"_s);
    m_node.write(u"a"_s, u"update"_s);
    m_node.write(u"b"_s, u"delete"_s);
    m_sync->noteRevision(6);
    QTRY_COMPARE(m_sync->revision(), 6);
    QCOMPARE(listed.count(), 1); // no list again
    QCOMPARE(count(*m_server, "/api/v1/resources"), 1);
    QCOMPARE(count(*m_server, "/api/v1/config/changes"), 1);
    // One GET per changed resource, whatever the number of its changes.
    QCOMPARE(count(*m_server, "/api/v1/resources/jdbc/a"), 1);
    QCOMPARE(count(*m_server, "/api/v1/resources/jdbc/c"), 1);
    QStringList names;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto resource = signal.at(0).value<ResourceDefinition>();
        names << resource.name;
        if (resource.name == u"a")
            QCOMPARE(resource.revision, 5);
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"a"_s, u"c"_s}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toString(), u"b"_s);

    // The same revision again asks nothing. The barrier is the next revision: once it is
    // read, a request the repeated one caused would have been answered before it.
    m_sync->noteRevision(6);
    m_node.write(u"d"_s, u"create"_s);
    m_sync->noteRevision(7);
    QTRY_COMPARE(m_sync->revision(), 7);
    QCOMPARE(count(*m_server, "/api/v1/config/changes"), 2);
    QCOMPARE(count(*m_server, "/api/v1/resources/jdbc/d"), 1);
    QCOMPARE(count(*m_server, "/api/v1/resources"), 1);
}

void tst_ResourceListSync::laggingCopyDoesNotMoveTheRevision()
{
    m_sync->noteRevision(2);
    QTRY_COMPARE(m_sync->revision(), 2);
    QSignalSpy changed(m_sync.get(), &ResourceListSync::resourceChanged);
    m_node.write(u"a"_s, u"update"_s);
    m_node.servedRevisionCap = 1; // the node answering the GET has not caught up
    m_sync->noteRevision(3);
    // Asked again only once the lagging answer was judged: the barrier it was not taken.
    QTRY_VERIFY(count(*m_server, "/api/v1/resources/jdbc/a") >= 2);
    QCOMPARE(m_sync->revision(), 2);
    QCOMPARE(changed.count(), 0);
    m_node.servedRevisionCap = -1; // caught up: a short re-ask (no new poll needed) gets it
    QTRY_COMPARE(m_sync->revision(), 3);
    QCOMPARE(changed.count(), 1);
}

void tst_ResourceListSync::recreatedConfigurationListsAgain()
{
    m_sync->noteRevision(2);
    QTRY_COMPARE(m_sync->revision(), 2);
    QSignalSpy listed(m_sync.get(), &ResourceListSync::listLoaded);
    m_node = {};
    m_node.write(u"z"_s, u"create"_s); // revision 1: behind the lists
    m_sync->noteRevision(1);
    QTRY_COMPARE(listed.count(), 1);
    QTRY_COMPARE(m_sync->revision(), 1);
    const auto resources = listed.at(0).at(1).value<QList<ResourceDefinition>>();
    QCOMPARE(resources.size(), 1);
    QCOMPARE(resources.at(0).name, u"z"_s);
}

void tst_ResourceListSync::laggingChangeLogIsAskedAgainNotReloaded()
{
    m_sync->noteRevision(2);
    QTRY_COMPARE(m_sync->revision(), 2);
    QSignalSpy listed(m_sync.get(), &ResourceListSync::listLoaded);
    m_node.write(u"a"_s, u"update"_s);
    m_node.changesFromALaggingNode = true; // behind the lists, while the poll says 3
    m_sync->noteRevision(3);
    QTRY_VERIFY(count(*m_server, "/api/v1/config/changes") >= 1);
    m_node.changesFromALaggingNode = false;
    QTRY_COMPARE(m_sync->revision(), 3);
    QCOMPARE(listed.count(), 0); // asked again, not listed again
}

void tst_ResourceListSync::failedLoadIsRetriedOnTheNextPoll()
{
    QSignalSpy failed(m_sync.get(), &ResourceListSync::listFailed);
    QSignalSpy listed(m_sync.get(), &ResourceListSync::listLoaded);
    m_node.listFails = true;
    m_sync->reloadAll();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(m_sync->revision(), -1);
    QCOMPARE(m_sync->failedTypes(), QSet<QString>{u"jdbc"_s});
    m_node.listFails = false;
    m_sync->noteRevision(2);
    QTRY_COMPARE(listed.count(), 1);
    QTRY_COMPARE(m_sync->revision(), 2);
    QVERIFY(m_sync->failedTypes().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ResourceListSync)
#include "tst_ResourceListSync.moc"
