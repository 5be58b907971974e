// ResourceRepository and ResourceEditorController against a real three-node cluster behind
// HAProxy (ClusterFixture): create, edit and delete resources with the revision advancing; a
// conflicting edit made behind the editor's back; 503 while the primary is stopped with the
// draft kept and a successful retry; a viewer is read-only and its writes answer 403.
// One cluster for the executable; the primary stop comes last.

#include "ApiClient.h"
#include "ClusterFixture.h"
#include "HostileHttpServer.h"
#include "ResourceEditorController.h"
#include "ResourceRepository.h"
#include "StoreThread.h"
#include "TestHttp.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

// Waits for one repository answer.
struct Answer
{
    bool done = false;
    ResourceResult result;
    ResourceRepository::Callback callback()
    {
        return [this](const ResourceResult &r) {
            result = r;
            done = true;
        };
    }
};

QJsonObject jdbcBody(int port)
{
    return QJsonObject{{u"description"_s, u"Orders"_s},
                       {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                               {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                               {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
                                               {u"port"_s, port},
                                               {u"password"_s, u"pw-1"_s}}}};
}

QString describe(const ResourceResult &result)
{
    return u"%1 http=%2 field=%3 detail=%4"_s.arg(ResourceResult::statusName(result.status))
        .arg(result.httpStatus)
        .arg(result.field, result.detail);
}

void closeStore(StoreThread &store)
{
    // See tst_ResourceEditorController: close on the worker before ~StoreThread.
    bool closed = false;
    store.run<bool>(
        [](LocalStore &s) {
            s.close();
            return true;
        },
        &store, [&closed](const bool &) { closed = true; });
    QTRY_VERIFY(closed);
}

} // namespace

class tst_ResourceRepository final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void classify_data();
    void classify();
    void createEditDeleteJdbc();
    void createEditDeleteFileServerThroughTheController();
    void validationFailureNamesTheField();
    void conflictShowsThreeWayAndKeepsTheDraft();
    void deleteOfAChangedResourceDeletesNothing();
    void viewerIsReadOnly();
    void primaryStoppedKeepsDraftAndRetryWorks();
    void lostAnswerOfAppliedWriteIsReplayed();
    void lostAnswerOfWriteNotAppliedSaysSo();
    void lostAnswerUnresolvedIsUnknown();
    void mayHaveBeenApplied_data();
    void mayHaveBeenApplied();

private:
    // A repository on `server` (a token set, so no sign-in) whose first write is answered 502
    // "outcome unknown", whose lookups get `lookup(first key)`, and whose later PUTs answer
    // 201 replayed.
    struct LostAnswer
    {
        HostileHttpServer server;
        ApiClient client;
        ResourceRepository repository{&client};
        QList<QByteArray> writeKeys;
        QList<QByteArray> lookups;
    };
    using Lookup = std::function<HostileHttpServer::Response(const QByteArray &key)>;
    std::unique_ptr<LostAnswer> lostAnswer(Lookup lookup);
    std::unique_ptr<ApiClient> client(bool admin = true) const;
    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ResourceRepository> m_repository;
};

void tst_ResourceRepository::initTestCase()
{
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    m_client = client();
    m_repository = std::make_unique<ResourceRepository>(m_client.get());
}

void tst_ResourceRepository::cleanupTestCase()
{
    m_repository.reset();
    m_client.reset();
    m_cluster.reset();
}

std::unique_ptr<ApiClient> tst_ResourceRepository::client(bool admin) const
{
    auto client = std::make_unique<ApiClient>();
    client->setBaseUrl(m_cluster->lbUrl());
    if (admin)
        client->setPasswordCredentials(m_cluster->adminUser(), m_cluster->adminPassword());
    else
        client->setPasswordCredentials(m_cluster->viewerUser(), m_cluster->viewerPassword());
    return client;
}

void tst_ResourceRepository::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("retrySeconds");
    QTest::newRow("412") << 412 << QByteArray() << u"conflict"_s << -1;
    QTest::newRow("422") << 422 << QByteArray() << u"validation-failed"_s << -1;
    QTest::newRow("403") << 403 << QByteArray() << u"forbidden"_s << -1;
    QTest::newRow("404") << 404 << QByteArray() << u"not-found"_s << -1;
    QTest::newRow("428") << 428 << QByteArray() << u"precondition-required"_s << -1;
    QTest::newRow("503 with Retry-After")
        << 503 << QByteArray("2") << u"primary-unavailable"_s << 2;
    QTest::newRow("503 bad Retry-After")
        << 503 << QByteArray("soon") << u"primary-unavailable"_s << -1;
    QTest::newRow("503 writes-refused") << 503 << QByteArray("2") << u"writes-refused"_s << -1;
    QTest::newRow("500") << 500 << QByteArray() << u"network-error"_s << -1;
    QTest::newRow("no answer") << 0 << QByteArray() << u"network-error"_s << -1;
}

void tst_ResourceRepository::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, expected);
    QFETCH(int, retrySeconds);
    ApiResult api;
    api.httpStatus = status;
    api.errorKind = status ? ApiResult::ErrorKind::Http : ApiResult::ErrorKind::Timeout;
    api.problem.field = u"spec.port"_s;
    api.problem.detail = u"why"_s;
    if (!retryAfter.isEmpty())
        api.headers.set("Retry-After", retryAfter);
    if (expected == u"writes-refused") {
        api.problem.type = u"https://clusterdesk.example/problems/writes-refused"_s;
        api.body = R"({"reason": "history-mismatch"})";
    }
    const ResourceResult result = ResourceRepository::classify(api);
    QCOMPARE(ResourceResult::statusName(result.status), expected);
    QCOMPARE(result.retryAfterSeconds, retrySeconds);
    if (status == 422)
        QCOMPARE(result.field, u"spec.port"_s);
    if (expected == u"writes-refused")
        QCOMPARE(result.refusalReason, u"history-mismatch"_s);
}

void tst_ResourceRepository::createEditDeleteJdbc()
{
    Answer created;
    m_repository->create(u"jdbc"_s, u"orders-db"_s, jdbcBody(5432), this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.done, kTimeoutMs);
    QVERIFY2(created.result.isOk(), qPrintable(describe(created.result)));
    QCOMPARE(created.result.httpStatus, 201);
    const ResourceDefinition first = *created.result.resource;
    QCOMPARE(first.secretsSet.value(u"password"_s), true);
    QVERIFY(!first.spec.contains(u"password"));
    QVERIFY(!first.etag.isEmpty());

    Answer again;
    m_repository->create(u"jdbc"_s, u"orders-db"_s, jdbcBody(5432), this, again.callback());
    QTRY_VERIFY_WITH_TIMEOUT(again.done, kTimeoutMs);
    QCOMPARE(again.result.status, ResourceResult::Status::Conflict);
    QCOMPARE(again.result.resource->revision, first.revision); // theirs fetched

    QJsonObject body = jdbcBody(6543);
    QJsonObject spec = body.value(u"spec").toObject();
    spec.remove(u"password"_s); // absent: the stored one stays
    body.insert(u"spec"_s, spec);
    Answer updated;
    m_repository->update(u"jdbc"_s, u"orders-db"_s, first.ifMatch(), body, this,
                         updated.callback());
    QTRY_VERIFY_WITH_TIMEOUT(updated.done, kTimeoutMs);
    QVERIFY2(updated.result.isOk(), qPrintable(describe(updated.result)));
    QVERIFY(updated.result.resource->revision > first.revision);
    QCOMPARE(updated.result.resource->spec.value(u"port"_s).toInt(), 6543);
    QCOMPARE(updated.result.resource->secretsSet.value(u"password"_s), true);

    Answer listed;
    m_repository->list(u"jdbc"_s, this, listed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(listed.done, kTimeoutMs);
    QVERIFY(listed.result.isOk());
    QVERIFY(listed.result.listRevision >= updated.result.resource->revision);
    QCOMPARE(listed.result.resources.size(), 1);

    Answer stale;
    m_repository->remove(u"jdbc"_s, u"orders-db"_s, first.ifMatch(), this, stale.callback());
    QTRY_VERIFY_WITH_TIMEOUT(stale.done, kTimeoutMs);
    QCOMPARE(stale.result.status, ResourceResult::Status::Conflict);

    Answer removed;
    m_repository->remove(u"jdbc"_s, u"orders-db"_s, updated.result.resource->ifMatch(), this,
                         removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.done, kTimeoutMs);
    QVERIFY2(removed.result.isOk(), qPrintable(describe(removed.result)));
    Answer gone;
    m_repository->get(u"jdbc"_s, u"orders-db"_s, this, gone.callback());
    QTRY_VERIFY_WITH_TIMEOUT(gone.done, kTimeoutMs);
    QCOMPARE(gone.result.status, ResourceResult::Status::NotFound);
}

void tst_ResourceRepository::createEditDeleteFileServerThroughTheController()
{
    ResourceEditorController controller(u"c1"_s, u"fileserver"_s);
    controller.setRepository(m_repository.get());
    controller.startNew();
    controller.setName(u"files-1"_s);
    controller.setSpecValue(u"protocol"_s, u"sftp"_s);
    controller.setSpecValue(u"host"_s, u"files.example"_s);
    controller.setSpecValue(u"rootPath"_s, u"/data"_s);
    controller.setSecret(u"secret"_s, u"key-1"_s);
    QVERIFY(controller.canApply());
    QSignalSpy applied(&controller, &ResourceEditorController::applied);
    controller.apply();
    QCOMPARE(controller.state(), ResourceEditorController::State::Saving);
    QVERIFY2(applied.wait(kTimeoutMs), qPrintable(controller.message()));
    const auto created = applied.at(0).at(0).value<ResourceDefinition>();
    QVERIFY(!controller.isNew());
    QVERIFY(!controller.isDirty());
    QCOMPARE(controller.base()->secretsSet.value(u"secret"_s), true);

    controller.setSpecValue(u"port"_s, 2222);
    controller.setSecretCleared(u"secret"_s, true);
    controller.apply();
    QVERIFY2(applied.wait(kTimeoutMs), qPrintable(controller.message()));
    const auto edited = applied.at(1).at(0).value<ResourceDefinition>();
    QVERIFY(edited.revision > created.revision);
    QCOMPARE(edited.spec.value(u"port"_s).toInt(), 2222);
    QCOMPARE(edited.secretsSet.value(u"secret"_s), false);

    Answer removed;
    m_repository->remove(u"fileserver"_s, u"files-1"_s, edited.ifMatch(), this, removed.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removed.done, kTimeoutMs);
    QVERIFY2(removed.result.isOk(), qPrintable(describe(removed.result)));
}

void tst_ResourceRepository::validationFailureNamesTheField()
{
    QJsonObject body = jdbcBody(70000);
    Answer answer;
    m_repository->create(u"jdbc"_s, u"bad-port"_s, body, this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done, kTimeoutMs);
    QCOMPARE(answer.result.status, ResourceResult::Status::ValidationFailed);
    QCOMPARE(answer.result.field, u"spec.port"_s);
    QVERIFY(!answer.result.detail.isEmpty());
}

void tst_ResourceRepository::deleteOfAChangedResourceDeletesNothing()
{
    Answer created;
    m_repository->create(u"jdbc"_s, u"looked-at"_s, jdbcBody(5432), this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.done, kTimeoutMs);
    QVERIFY2(created.result.isOk(), qPrintable(describe(created.result)));
    const ResourceDefinition lookedAt = *created.result.resource;

    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.setRepository(m_repository.get());
    controller.open(lookedAt);

    // Someone else changes it after the user looked and before they confirm the delete.
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    const TestResponse put =
        http.put(u"/api/v1/resources/jdbc/looked-at"_s, QJsonDocument(jdbcBody(9000)).toJson(),
                 {{"If-Match", lookedAt.ifMatch()}, {"Content-Type", "application/json"}});
    QCOMPARE(put.status, 200);

    QSignalSpy finished(&controller, &ResourceEditorController::removeFinished);
    controller.remove(lookedAt);
    QVERIFY(finished.wait(kTimeoutMs));
    auto result = finished.at(0).at(1).value<ResourceResult>();
    QString message = finished.at(0).at(2).toString();
    QCOMPARE(result.status, ResourceResult::Status::Conflict);
    QVERIFY2(message.contains(u"changed by someone else") && message.contains(u"not deleted"),
             qPrintable(message));
    QVERIFY(result.resource);
    QVERIFY(result.resource->revision > lookedAt.revision);
    // The clean editor shows the new version; the cluster still has it.
    QCOMPARE(controller.base()->revision, result.resource->revision);
    QCOMPARE(controller.yours().spec.value(u"port"_s).toInt(), 9000);
    Answer still;
    m_repository->get(u"jdbc"_s, u"looked-at"_s, this, still.callback());
    QTRY_VERIFY_WITH_TIMEOUT(still.done, kTimeoutMs);
    QVERIFY2(still.result.isOk(), qPrintable(describe(still.result)));

    // Deleting the version now shown works, and closes the editor.
    controller.remove(*result.resource);
    QVERIFY(finished.wait(kTimeoutMs));
    result = finished.at(1).at(1).value<ResourceResult>();
    message = finished.at(1).at(2).toString();
    QVERIFY2(result.isOk(), qPrintable(describe(result)));
    QCOMPARE(message, u"Deleted looked-at."_s);
    QVERIFY(!controller.isOpen());
    Answer gone;
    m_repository->get(u"jdbc"_s, u"looked-at"_s, this, gone.callback());
    QTRY_VERIFY_WITH_TIMEOUT(gone.done, kTimeoutMs);
    QCOMPARE(gone.result.status, ResourceResult::Status::NotFound);
}

void tst_ResourceRepository::conflictShowsThreeWayAndKeepsTheDraft()
{
    QTemporaryDir dir;
    StoreThread store;
    QString openError = u"pending"_s;
    store.open(dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_COMPARE(openError, QString());

    Answer created;
    m_repository->create(u"jdbc"_s, u"shared-db"_s, jdbcBody(5432), this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.done, kTimeoutMs);
    QVERIFY2(created.result.isOk(), qPrintable(describe(created.result)));
    const ResourceDefinition base = *created.result.resource;

    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.setRepository(m_repository.get());
    controller.setStore(&store);
    controller.open(base);
    controller.setSpecValue(u"port"_s, 7000);      // conflicts with theirs
    controller.setSpecValue(u"user"_s, u"mine"_s); // only yours
    QVERIFY(controller.canApply());

    // Someone else writes first, with the right ETag, straight to the API.
    TestHttp http(m_cluster->lbUrl());
    http.setBasicAuth(m_cluster->adminUser(), m_cluster->adminPassword());
    QJsonObject theirs = jdbcBody(8000);
    QJsonObject theirSpec = theirs.value(u"spec").toObject();
    theirSpec.insert(u"poolMax"_s, 20);
    theirs.insert(u"spec"_s, theirSpec);
    const TestResponse put =
        http.put(u"/api/v1/resources/jdbc/shared-db"_s, QJsonDocument(theirs).toJson(),
                 {{"If-Match", base.ifMatch()}, {"Content-Type", "application/json"}});
    QCOMPARE(put.status, 200);

    QSignalSpy conflict(&controller, &ResourceEditorController::conflictDetected);
    controller.apply();
    QVERIFY2(conflict.wait(kTimeoutMs), qPrintable(controller.message()));
    QCOMPARE(controller.state(), ResourceEditorController::State::Conflict);
    QVERIFY(controller.theirs());
    QVERIFY(controller.theirs()->revision > base.revision);
    const QList<MergeRow> rows = controller.mergeView();
    const auto find = [&rows](const QString &field) {
        return *std::find_if(rows.begin(), rows.end(),
                             [&](const MergeRow &r) { return r.field == field; });
    };
    QVERIFY(find(u"spec.port"_s).conflict());
    QCOMPARE(find(u"spec.port"_s).base.toInt(), 5432);
    QCOMPARE(find(u"spec.port"_s).yours.toInt(), 7000);
    QCOMPARE(find(u"spec.port"_s).theirs.toInt(), 8000);
    QVERIFY(find(u"spec.user"_s).yoursChanged && !find(u"spec.user"_s).conflict());
    QVERIFY(find(u"spec.poolMax"_s).theirsChanged && !find(u"spec.poolMax"_s).conflict());
    // Yours is untouched, in memory and in the store.
    QCOMPARE(controller.yours().spec.value(u"port"_s).toInt(), 7000);
    std::optional<ResourceDraft> record;
    bool answered = false;
    store.run<std::optional<ResourceDraft>>(
        [](LocalStore &s) { return s.loadDraft(u"c1"_s, u"jdbc"_s, u"shared-db"_s); }, this,
        [&](const std::optional<ResourceDraft> &r) {
            record = r;
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY(record);
    QCOMPARE(ResourceDraftMerge::contentOf(*record).spec.value(u"port"_s).toInt(), 7000);

    // Rebase keeping yours on the conflict, then apply: theirs' poolMax survives.
    controller.rebase({{u"spec.port"_s, MergeChoice::Yours}});
    QCOMPARE(controller.state(), ResourceEditorController::State::Editing);
    QSignalSpy applied(&controller, &ResourceEditorController::applied);
    controller.apply();
    QVERIFY2(applied.wait(kTimeoutMs), qPrintable(controller.message()));
    const auto saved = applied.at(0).at(0).value<ResourceDefinition>();
    QCOMPARE(saved.spec.value(u"port"_s).toInt(), 7000);
    QCOMPARE(saved.spec.value(u"poolMax"_s).toInt(), 20);
    QCOMPARE(saved.spec.value(u"user"_s).toString(), u"mine"_s);
    closeStore(store);
}

void tst_ResourceRepository::viewerIsReadOnly()
{
    const std::unique_ptr<ApiClient> viewerClient = client(false);
    ResourceRepository viewer(viewerClient.get());
    std::optional<SessionInfo> session;
    bool answered = false;
    viewer.fetchSession(this, [&](const std::optional<SessionInfo> &info) {
        session = info;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kTimeoutMs);
    QVERIFY(session);
    QCOMPARE(session->role, SessionInfo::Role::Viewer);
    QVERIFY(session->isReadOnly());
    QCOMPARE(session->readOnlyReason(), u"You are signed in as viewer: read-only"_s);

    bool adminAnswered = false;
    m_repository->fetchSession(this, [&](const std::optional<SessionInfo> &info) {
        QVERIFY(info && info->canWrite && info->role == SessionInfo::Role::Admin);
        adminAnswered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(adminAnswered, kTimeoutMs);

    Answer write;
    viewer.create(u"jdbc"_s, u"viewer-db"_s, jdbcBody(5432), this, write.callback());
    QTRY_VERIFY_WITH_TIMEOUT(write.done, kTimeoutMs);
    QCOMPARE(write.result.status, ResourceResult::Status::Forbidden);
    QCOMPARE(write.result.httpStatus, 403);
}

void tst_ResourceRepository::primaryStoppedKeepsDraftAndRetryWorks()
{
    Answer created;
    m_repository->create(u"jdbc"_s, u"failover-db"_s, jdbcBody(5432), this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.done, kTimeoutMs);
    QVERIFY2(created.result.isOk(), qPrintable(describe(created.result)));

    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.setRepository(m_repository.get());
    controller.open(*created.result.resource);
    controller.setSpecValue(u"port"_s, 9999);

    const QString primary = m_cluster->primaryId();
    QString error;
    QVERIFY2(m_cluster->stopNode(primary, false, &error), qPrintable(error));
    // Once HAProxy has noticed, writes land on a replica, which cannot forward them.
    QTRY_VERIFY_WITH_TIMEOUT(m_cluster->haproxyServerStatus(primary).startsWith(u"DOWN"_s),
                             kTimeoutMs);
    controller.apply();
    QTRY_VERIFY_WITH_TIMEOUT(controller.state() == ResourceEditorController::State::Unavailable,
                             kTimeoutMs);
    // A replica answers 503 with Retry-After (the node's own problem document).
    QCOMPARE(controller.retryAfterSeconds(), 2);
    QVERIFY(controller.isDirty());
    QCOMPARE(controller.yours().spec.value(u"port"_s).toInt(), 9999);
    QVERIFY(controller.canApply()); // retry is offered

    QVERIFY2(m_cluster->startNode(primary, &error), qPrintable(error));
    QSignalSpy applied(&controller, &ResourceEditorController::applied);
    // The primary needs a moment to be back behind HAProxy: retry until it takes the write.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            if (controller.state() == ResourceEditorController::State::Unavailable)
                controller.retry();
            return !applied.isEmpty();
        }(),
        60000);
    QCOMPARE(applied.at(0).at(0).value<ResourceDefinition>().spec.value(u"port"_s).toInt(), 9999);
    QVERIFY(!controller.isDirty());
}

std::unique_ptr<tst_ResourceRepository::LostAnswer>
tst_ResourceRepository::lostAnswer(Lookup lookup)
{
    auto fake = std::make_unique<LostAnswer>();
    if (!fake->server.start())
        return nullptr;
    fake->client.setBaseUrl(fake->server.url());
    fake->client.setToken(u"token"_s);
    LostAnswer *state = fake.get();
    fake->server.setHandler([state, lookup](const HostileHttpServer::Request &request) {
        using Response = HostileHttpServer::Response;
        if (request.method == "GET") {
            state->lookups << request.path();
            return lookup(state->writeKeys.value(0));
        }
        state->writeKeys << request.header("Idempotency-Key");
        if (state->writeKeys.size() == 1)
            return Response::problem(502, R"({"type":"https://clusterdesk.example/problems/)"
                                          R"(outcome-unknown","title":"Bad Gateway","status":502,)"
                                          R"("detail":"the outcome is unknown"})");
        const QJsonObject resource{{u"type"_s, u"jdbc"_s},
                                   {u"name"_s, u"orders-db"_s},
                                   {u"description"_s, u"Orders"_s},
                                   {u"spec"_s, jdbcBody(5432).value(u"spec"_s)},
                                   {u"secrets"_s, QJsonObject{{u"password"_s, true}}},
                                   {u"revision"_s, 7},
                                   {u"updatedAt"_s, u"2026-12-02T13:00:00.000Z"_s},
                                   {u"updatedBy"_s, u"admin"_s}};
        Response replayed = Response::json(201, QJsonDocument(resource).toJson());
        replayed.headers << HostileHttpServer::Header("ETag", "\"7\"")
                         << HostileHttpServer::Header("Idempotency-Replayed", "true");
        return replayed;
    });
    return fake;
}

void tst_ResourceRepository::lostAnswerOfAppliedWriteIsReplayed()
{
    const auto fake = lostAnswer([](const QByteArray &key) {
        return HostileHttpServer::Response::json(
            200, R"({"requestId":")" + key + R"(","revision":7,"status":201,"change":{}})");
    });
    QVERIFY(fake);
    Answer answer;
    fake->repository.create(u"jdbc"_s, u"orders-db"_s, jdbcBody(5432), this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done, kTimeoutMs);
    QVERIFY2(answer.result.isOk(), qPrintable(describe(answer.result)));
    QCOMPARE(answer.result.resource->etag, u"\"7\""_s);
    QCOMPARE(answer.result.resource->name, u"orders-db"_s);
    // One key for the write and its replay, and the lookup asked for exactly that key.
    QCOMPARE(fake->writeKeys.size(), 2);
    QVERIFY(!fake->writeKeys.first().isEmpty());
    QCOMPARE(fake->writeKeys.at(1), fake->writeKeys.first());
    QCOMPARE(answer.result.requestId.toLatin1(), fake->writeKeys.first());
    QCOMPARE(fake->lookups,
             QList<QByteArray>{"/api/v1/config/requests/" + fake->writeKeys.first()});

    // The next logical write gets a key of its own.
    Answer second;
    fake->repository.create(u"jdbc"_s, u"other"_s, jdbcBody(5432), this, second.callback());
    QTRY_VERIFY_WITH_TIMEOUT(second.done, kTimeoutMs);
    QCOMPARE(fake->writeKeys.size(), 3);
    QVERIFY(fake->writeKeys.last() != fake->writeKeys.first());
}

void tst_ResourceRepository::lostAnswerOfWriteNotAppliedSaysSo()
{
    const auto fake = lostAnswer([](const QByteArray &) {
        return HostileHttpServer::Response::problem(
            404, R"({"type":"https://clusterdesk.example/problems/unknown-request",)"
                 R"("title":"Not Found","status":404,"detail":"no change carries it"})");
    });
    QVERIFY(fake);
    Answer answer;
    fake->repository.remove(u"jdbc"_s, u"orders-db"_s, "\"3\"", this, answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done, kTimeoutMs);
    QCOMPARE(ResourceResult::statusName(answer.result.status), u"primary-unavailable"_s);
    QVERIFY2(answer.result.detail.contains(u"nothing was written"_s),
             qPrintable(answer.result.detail));
    QVERIFY(!answer.result.outcomeUnknown);
    QVERIFY(answer.result.isRetryable());
    QCOMPARE(fake->writeKeys.size(), 1); // looked up, never sent again
    QCOMPARE(fake->lookups.size(), 1);
}

void tst_ResourceRepository::lostAnswerUnresolvedIsUnknown()
{
    // An older node without the lookup route answers 404 no-route: that proves nothing.
    const auto fake = lostAnswer([](const QByteArray &) {
        return HostileHttpServer::Response::problem(
            404, R"({"type":"https://clusterdesk.example/problems/no-route",)"
                 R"("title":"Not Found","status":404,"detail":"no such endpoint"})");
    });
    QVERIFY(fake);
    Answer answer;
    fake->repository.update(u"jdbc"_s, u"orders-db"_s, "\"3\"", jdbcBody(5432), this,
                            answer.callback());
    QTRY_VERIFY_WITH_TIMEOUT(answer.done, kTimeoutMs);
    QCOMPARE(ResourceResult::statusName(answer.result.status), u"network-error"_s);
    QVERIFY(answer.result.outcomeUnknown);
    QVERIFY(!answer.result.isRetryable());
    QVERIFY(!answer.result.requestId.isEmpty());
    QVERIFY(answer.result.detail.contains(answer.result.requestId));
    QCOMPARE(fake->writeKeys.size(), 1); // never sent again while the outcome is unknown
}

void tst_ResourceRepository::mayHaveBeenApplied_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiResult::ErrorKind>("kind");
    QTest::addColumn<bool>("unknown");
    using Kind = ApiResult::ErrorKind;
    QTest::newRow("node says unknown") << 502 << Kind::Http << true;
    QTest::newRow("gateway timeout") << 504 << Kind::LoadBalancerPage << true;
    QTest::newRow("timeout") << 0 << Kind::Timeout << true;
    QTest::newRow("connection dropped") << 0 << Kind::Other << true;
    QTest::newRow("refused") << 0 << Kind::ConnectionRefused << false;
    QTest::newRow("tls") << 0 << Kind::Tls << false;
    QTest::newRow("503") << 503 << Kind::Http << false;
    QTest::newRow("412") << 412 << Kind::Http << false;
}

void tst_ResourceRepository::mayHaveBeenApplied()
{
    QFETCH(int, status);
    QFETCH(ApiResult::ErrorKind, kind);
    QFETCH(bool, unknown);
    ApiResult result;
    result.httpStatus = status;
    result.errorKind = kind;
    QCOMPARE(ResourceRepository::mayHaveBeenApplied(result), unknown);
}

QTEST_GUILESS_MAIN(tst_ResourceRepository)
#include "tst_ResourceRepository.moc"
