// CompareController against programmed clusters (HostileHttpServer): the chosen clusters are
// read and compared in the order given (a cluster that is not saved is left out, one that
// cannot be read is reported in its reading), the source's definitions come from the last
// reading, an export writes the file and says so (or why not), a cancelled comparison sends no
// further request and never finishes, and after a copy made through it a comparison does not
// take a lagging node's list for the cluster's (read-your-writes).
#include "CompareController.h"
#include "DefinitionsFile.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"
#include "SyncController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

QJsonObject geo(int poolSize, qint64 revision)
{
    return {{u"type"_s, u"database"_s},
            {u"name"_s, u"geo"_s},
            {u"description"_s, u"Geocoder data"_s},
            {u"spec"_s, QJsonObject{{u"module"_s, u"GeoStan"_s},
                                    {u"kind"_s, u"geocoding"_s},
                                    {u"location"_s, u"/data/geo"_s},
                                    {u"placement"_s, u"shared"_s},
                                    {u"poolSize"_s, poolSize}}},
            {u"secrets"_s, QJsonObject{}},
            {u"revision"_s, revision}};
}

// A cluster that signs anyone in, says it is an admin, lists `resources` at `revision` and
// updates geo with what is PUT (at revision + 1); the next `laggingLists` lists answer as a
// node that has not caught up (an older revision, without the resources).
struct FakeResources
{
    QJsonArray resources;
    qint64 revision = 3;
    int laggingLists = 0; // lists still to answer from a node that has not caught up
    int lists = 0;

    HostileHttpServer::Handler handler()
    {
        return [this](const HostileHttpServer::Request &request) {
            using Response = HostileHttpServer::Response;
            const QByteArray path = request.path();
            const auto json = [](int status, const QJsonObject &object) {
                return Response::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
            };
            if (path.startsWith("/security/rest/token/access/session/"))
                return json(200, {{u"access_token"_s, u"t"_s},
                                  {u"session"_s, u"s"_s},
                                  {u"username"_s, u"admin"_s}});
            if (path == "/api/v1/session")
                return json(
                    200,
                    {{u"username"_s, u"admin"_s}, {u"role"_s, u"admin"_s}, {u"canWrite"_s, true}});
            if (path == "/api/v1/resources") {
                ++lists;
                if (laggingLists > 0) {
                    --laggingLists;
                    return json(200, {{u"revision"_s, revision - 1}, {u"resources"_s, {}}});
                }
                return json(200, {{u"revision"_s, revision}, {u"resources"_s, resources}});
            }
            if (path == "/api/v1/resources/database/geo" && request.method == "PUT") {
                ++revision;
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                QJsonObject created = geo(body[u"spec"_s][u"poolSize"_s].toInt(), revision);
                resources = {created};
                Response response = json(200, created);
                response.headers.append({"ETag", '"' + QByteArray::number(revision) + '"'});
                return response;
            }
            return Response::problem(404, R"({"title":"no route","status":404})");
        };
    }
};

ClusterProfile profileAt(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = u"admin"_s;
    return profile;
}

} // namespace

class tst_CompareController final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void comparesInOrderAndReportsWhatFailed();
    void exportsTheSourcesDefinitions();
    void cancelSendsNothingMore();
    void comparisonAfterACopyIsNotOlderThanIt();

private:
    bool compareNow(const QStringList &ids);

    FakeResources m_prod;
    std::unique_ptr<HostileHttpServer> m_prodServer;
    std::unique_ptr<ClusterEndpoint> m_prodEndpoint;
    std::unique_ptr<ClusterEndpoint> m_closedEndpoint;
    std::unique_ptr<CompareController> m_controller;
};

void tst_CompareController::init()
{
    m_prod = {};
    m_prod.resources = {geo(4, 3)};
    m_prodServer = std::make_unique<HostileHttpServer>();
    QVERIFY(m_prodServer->start());
    m_prodServer->setHandler(m_prod.handler());
    m_prodEndpoint =
        std::make_unique<ClusterEndpoint>(profileAt(u"prod"_s, m_prodServer->url()), u"pw"_s);
    const QUrl closed(u"http://127.0.0.1:%1"_s.arg(FreePorts::one().value_or(1)));
    m_closedEndpoint = std::make_unique<ClusterEndpoint>(profileAt(u"dr"_s, closed), u"pw"_s);
    m_controller = std::make_unique<CompareController>([this](const QString &id) {
        return id == u"prod" ? m_prodEndpoint.get()
               : id == u"dr" ? m_closedEndpoint.get()
                             : nullptr;
    });
}

void tst_CompareController::cleanup()
{
    m_controller.reset();
    m_closedEndpoint.reset();
    m_prodEndpoint.reset();
    m_prodServer.reset();
}

bool tst_CompareController::compareNow(const QStringList &ids)
{
    QSignalSpy finished(m_controller.get(), &CompareController::comparisonFinished);
    m_controller->compare(ids, {});
    return m_controller->isReading() && finished.wait(kTimeoutMs) && finished.size() == 1;
}

void tst_CompareController::comparesInOrderAndReportsWhatFailed()
{
    QSignalSpy progress(m_controller.get(), &CompareController::progress);
    QVERIFY(compareNow({u"dr"_s, u"gone"_s, u"prod"_s}));
    QCOMPARE(m_controller->comparedIds(), (QStringList{u"dr"_s, u"prod"_s}));
    QCOMPARE(progress.constLast(), (QVariantList{2, 2}));
    const QList<ClusterReading> readings = m_controller->readings();
    QCOMPARE(readings.size(), 2);
    QVERIFY(!readings.at(0).isOk());
    QVERIFY(readings.at(1).isOk());
    QCOMPARE(m_controller->reading(u"prod"_s)->resources.label, u"prod"_s);
    QVERIFY(!m_controller->reading(u"gone"_s));
    // geo is only on the cluster that answered.
    QCOMPARE(m_controller->result().rows.size(), 1);
    QCOMPARE(m_controller->result().rows.constFirst().status, ResourceDiffRow::Status::Partial);
    const QList<ResourceDefinition> copied =
        m_controller->definitionsOf(u"prod"_s, {u"database/geo"_s, u"jdbc/nothing"_s});
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.constFirst().spec.value(u"poolSize").toInt(), 4);
    QVERIFY(m_controller->definitionsOf(u"dr"_s, {u"database/geo"_s}).isEmpty());
}

void tst_CompareController::exportsTheSourcesDefinitions()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"prod.json"_s);
    std::optional<std::pair<bool, QString>> outcome;
    m_controller->exportDefinitions(u"prod"_s, path, this, [&](bool ok, const QString &message) {
        outcome = {ok, message};
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kTimeoutMs);
    QVERIFY2(outcome->first, qPrintable(outcome->second));
    QVERIFY(outcome->second.contains(path));
    QString error;
    const auto file = DefinitionsFile::read(path, &error);
    QVERIFY2(file, qPrintable(error));
    QCOMPARE(file->resources.size(), 1);

    // A cluster that is not saved: a clear message, no file.
    outcome.reset();
    const QString nowhere = dir.filePath(u"gone.json"_s);
    m_controller->exportDefinitions(u"gone"_s, nowhere, this, [&](bool ok, const QString &text) {
        outcome = {ok, text};
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), kTimeoutMs);
    QVERIFY(!outcome->first);
    QVERIFY2(outcome->second.contains(u"gone"_s), qPrintable(outcome->second));
    QVERIFY(!QFile::exists(nowhere));
}

void tst_CompareController::cancelSendsNothingMore()
{
    HostileHttpServer silent;
    QVERIFY(silent.start());
    silent.setMode(HostileHttpServer::Mode::NeverAnswers);
    ClusterEndpoint endpoint(profileAt(u"silent"_s, silent.url()), u"pw"_s);
    CompareController controller([&](const QString &) { return &endpoint; });
    QSignalSpy finished(&controller, &CompareController::comparisonFinished);
    controller.compare({u"silent"_s}, {});
    QVERIFY(controller.isReading());
    QTRY_VERIFY(silent.openConnections() >= 1);
    controller.cancel();
    QVERIFY(!controller.isReading());
    QTRY_COMPARE(silent.openConnections(), 0);
    // A comparison through prod afterwards finishes once: the cancelled one never does.
    QVERIFY(compareNow({u"prod"_s}));
    QCOMPARE(finished.size(), 0);
    QVERIFY(controller.comparedIds().isEmpty());
}

void tst_CompareController::comparisonAfterACopyIsNotOlderThanIt()
{
    SyncController *sync = m_controller->newSyncController(this);
    ResourceDefinition bigger = *ResourceDefinition::fromJson(geo(16, 3));
    sync->setSource(u"staging"_s, {bigger});
    QSignalSpy read(sync, &SyncController::targetsRead);
    sync->setTargets({u"prod"_s});
    QVERIFY(read.wait(kTimeoutMs));
    QVERIFY(sync->replan({}));
    QCOMPARE(sync->plan().count(SyncItem::Action::Update), 1);
    QSignalSpy applied(sync, &SyncController::applyFinished);
    QVERIFY(sync->apply());
    QVERIFY(applied.wait(kTimeoutMs));
    QVERIFY(sync->allWritesApplied());

    // The next two lists come from a node that has not caught up with the copy.
    m_prod.laggingLists = 2;
    const int listsBefore = m_prod.lists;
    QVERIFY(compareNow({u"prod"_s}));
    QCOMPARE(m_prod.lists - listsBefore, 3); // asked again until a node had the copy
    QVERIFY(m_controller->reading(u"prod"_s)->isOk());
    QCOMPARE(m_controller->definitionsOf(u"prod"_s, {u"database/geo"_s})
                 .constFirst()
                 .spec.value(u"poolSize")
                 .toInt(),
             16);
    // So is the plan dialog's "Plan again".
    m_prod.laggingLists = 1;
    read.clear();
    sync->readTargets();
    QVERIFY(read.wait(kTimeoutMs));
    QVERIFY(sync->replan({}));
    QCOMPARE(sync->plan().count(SyncItem::Action::Unchanged), 1);
}

QTEST_GUILESS_MAIN(tst_CompareController)
#include "tst_CompareController.moc"
