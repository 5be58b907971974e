// ResourceEditorController without a cluster: dirty tracking, per-field validation through
// ResourceSchema, secret edits, and the three-way merge (ResourceDraftMerge) it shows after a
// 412, as data-driven cases. Saving against a real cluster is in tst_ResourceRepository.

#include "ApiClient.h"
#include "ResourceDraft.h"
#include "ResourceEditorController.h"
#include "ResourceRepository.h"
#include "StoreThread.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ResourceDefinition jdbc(const QString &name, const QJsonObject &specOverrides = {},
                        qint64 revision = 5)
{
    ResourceDefinition r;
    r.type = u"jdbc"_s;
    r.name = name;
    r.description = u"Orders"_s;
    r.spec = QJsonObject{{u"driver"_s, u"postgresql"_s},
                         {u"driverClass"_s, u"org.postgresql.Driver"_s},
                         {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
                         {u"port"_s, 5432},
                         {u"poolMin"_s, 0},
                         {u"poolMax"_s, 10}};
    for (auto it = specOverrides.begin(); it != specOverrides.end(); ++it) {
        if (it.value().isNull())
            r.spec.remove(it.key());
        else
            r.spec.insert(it.key(), it.value());
    }
    r.secretsSet.insert(u"password"_s, true);
    r.revision = revision;
    return r;
}

// A server that reads each request and closes the connection without answering: the write left
// the console, so whether it was applied is unknown. Records each request's Idempotency-Key.
class AnswerLosingServer final : public QTcpServer
{
public:
    AnswerLosingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray request = m_buffer.value(socket);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    for (const QByteArray &line : request.split('\n')) {
                        if (line.toLower().startsWith("idempotency-key:"))
                            keys << line.mid(16).trimmed();
                    }
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QList<QByteArray> keys;

private:
    QHash<QTcpSocket *, QByteArray> m_buffer;
};

// Closes the store on its worker before ~StoreThread: its shut-down job can be skipped when the
// worker is between event-loop iterations (reported to StoreThread's owner), and a LocalStore
// destroyed on the wrong thread asserts.
void closeStore(StoreThread &store)
{
    bool closed = false;
    store.run<bool>(
        [](LocalStore &s) {
            s.close();
            return true;
        },
        &store, [&closed](const bool &) { closed = true; });
    QTRY_VERIFY(closed);
}

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

Q_DECLARE_METATYPE(ResourceEditorController::State)

class tst_ResourceEditorController final : public QObject
{
    Q_OBJECT

private slots:
    void openIsCleanAndValid();
    void editsMakeDirtyAndBackMakesClean();
    void fieldValidation_data();
    void fieldValidation();
    void newResourceNeedsNameAndRequiredFields();
    void secretsAreWriteOnly();
    void readOnlyDropsEdits();
    void threeWay_data();
    void threeWay();
    void rebaseTakesYoursTheirsAndChoices();
    void draftSurvivesInTheStoreWithoutSecrets();
    void definitionJsonRoundTrip();
    void killedWhileTypingLosesAtMostASecond();
    void lostAnswerIsUnknownWithTheRequestId();
    void refusedWriteSaysWhyAndNothingWasWritten();
};

void tst_ResourceEditorController::openIsCleanAndValid()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    QCOMPARE(controller.state(), ResourceEditorController::State::Idle);
    controller.open(jdbc(u"orders"_s));
    QCOMPARE(controller.state(), ResourceEditorController::State::Editing);
    QVERIFY(!controller.isDirty());
    QVERIFY2(controller.isValid(), qPrintable(controller.errors().keys().join(u',')));
    QVERIFY(!controller.canApply()); // clean, and no repository
}

void tst_ResourceEditorController::editsMakeDirtyAndBackMakesClean()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc(u"orders"_s));
    QSignalSpy dirty(&controller, &ResourceEditorController::dirtyChanged);
    controller.setSpecValue(u"port"_s, 6543);
    QVERIFY(controller.isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.at(0).at(0).toString(), u"orders"_s);
    QCOMPARE(dirty.at(0).at(1).toBool(), true);
    controller.setSpecValue(u"port"_s, 5432);
    QVERIFY(!controller.isDirty());
    QCOMPARE(dirty.count(), 2);
    QCOMPARE(dirty.at(1).at(1).toBool(), false);
    controller.setDescription(u"Other"_s);
    QVERIFY(controller.isDirty());
    controller.revert();
    QVERIFY(!controller.isDirty());
    QCOMPARE(controller.yours().description, u"Orders"_s);
}

void tst_ResourceEditorController::fieldValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("errorField"); // empty: valid
    QTest::newRow("port ok") << u"port"_s << QJsonValue(1) << QString();
    QTest::newRow("port zero") << u"port"_s << QJsonValue(0) << u"spec.port"_s;
    QTest::newRow("port too big") << u"port"_s << QJsonValue(70000) << u"spec.port"_s;
    QTest::newRow("port text") << u"port"_s << QJsonValue(u"80a"_s) << u"spec.port"_s;
    QTest::newRow("port removed") << u"port"_s << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("url not jdbc") << u"url"_s << QJsonValue(u"http://x"_s) << u"spec.url"_s;
    QTest::newRow("url missing") << u"url"_s << QJsonValue(QJsonValue::Undefined) << u"spec.url"_s;
    QTest::newRow("class ok") << u"driverClass"_s << QJsonValue(u"a.b.C"_s) << QString();
    QTest::newRow("class bad") << u"driverClass"_s << QJsonValue(u"a..b"_s)
                               << u"spec.driverClass"_s;
    QTest::newRow("host bad") << u"host"_s << QJsonValue(u"-bad-"_s) << u"spec.host"_s;
    QTest::newRow("pool min above max (cross-field)")
        << u"poolMin"_s << QJsonValue(20) << u"spec.poolMax"_s;
    QTest::newRow("properties not strings")
        << u"properties"_s << QJsonValue(obj(R"({"ssl": 1})")) << u"spec.properties"_s;
}

void tst_ResourceEditorController::fieldValidation()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, errorField);
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc(u"orders"_s));
    controller.setSpecValue(field, value);
    if (errorField.isEmpty()) {
        QVERIFY2(controller.isValid(), qPrintable(controller.errors().keys().join(u',')));
    } else {
        QVERIFY(!controller.isValid());
        QVERIFY2(!controller.errorFor(errorField).isEmpty(),
                 qPrintable(controller.errors().keys().join(u',')));
    }
}

void tst_ResourceEditorController::newResourceNeedsNameAndRequiredFields()
{
    ResourceEditorController controller(u"c1"_s, u"fileserver"_s);
    controller.startNew();
    QVERIFY(controller.isNew());
    QVERIFY(!controller.isDirty());
    QVERIFY(!controller.errorFor(u"name"_s).isEmpty());
    QVERIFY(!controller.errorFor(u"spec.protocol"_s).isEmpty());
    QVERIFY(!controller.errorFor(u"spec.rootPath"_s).isEmpty());
    controller.setName(u"files-1"_s);
    controller.setSpecValue(u"protocol"_s, u"sftp"_s);
    controller.setSpecValue(u"rootPath"_s, u"/data"_s);
    // Every field fine on its own; the cross-field rule (host unless local) now speaks.
    QCOMPARE(controller.errors().keys(), QStringList{u"spec.host"_s});
    controller.setSpecValue(u"protocol"_s, u"local"_s);
    QVERIFY2(controller.isValid(), qPrintable(controller.errors().keys().join(u',')));
    QVERIFY(controller.isDirty());
    controller.setName(u"-bad"_s);
    QVERIFY(!controller.errorFor(u"name"_s).isEmpty());
}

void tst_ResourceEditorController::secretsAreWriteOnly()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc(u"orders"_s));
    QVERIFY(!controller.yours().putBody().value(u"spec").toObject().contains(u"password"));
    controller.setSecret(u"password"_s, u"s3cret"_s);
    QVERIFY(controller.isDirty());
    QCOMPARE(controller.yours().putBody()[u"spec"][u"password"], QJsonValue(u"s3cret"_s));
    controller.setSecret(u"password"_s, QString());
    QVERIFY(!controller.isDirty()); // typed and erased: unchanged again
    controller.setSecretCleared(u"password"_s, true);
    QVERIFY(controller.isDirty());
    QCOMPARE(controller.yours().putBody()[u"spec"][u"password"], QJsonValue(QJsonValue::Null));
    const QJsonObject stored = controller.yours().toStoredJson();
    QCOMPARE(stored.value(u"clearSecrets").toArray().size(), 1);
    controller.setSecret(u"password"_s, u"x"_s);
    QVERIFY(!QJsonDocument(controller.yours().toStoredJson()).toJson().contains("\"x\""));
}

void tst_ResourceEditorController::readOnlyDropsEdits()
{
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.open(jdbc(u"orders"_s));
    controller.setReadOnly(u"You are signed in as viewer: read-only"_s);
    controller.setSpecValue(u"port"_s, 1);
    QVERIFY(!controller.isDirty());
    QVERIFY(!controller.canApply());
    QVERIFY(controller.isReadOnly());
}

void tst_ResourceEditorController::threeWay_data()
{
    QTest::addColumn<QJsonObject>("theirsSpec"); // overrides of the base spec (null removes)
    QTest::addColumn<QJsonObject>("yoursSpec");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("yoursChanged");
    QTest::addColumn<bool>("theirsChanged");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("only yours") << obj("{}") << obj(R"({"port": 1})") << u"spec.port"_s << true
                                << false << false;
    QTest::newRow("only theirs") << obj(R"({"port": 2})") << obj("{}") << u"spec.port"_s << false
                                 << true << false;
    QTest::newRow("both, same value") << obj(R"({"port": 3})") << obj(R"({"port": 3})")
                                      << u"spec.port"_s << true << true << false;
    QTest::newRow("both, different")
        << obj(R"({"port": 3})") << obj(R"({"port": 4})") << u"spec.port"_s << true << true << true;
    QTest::newRow("they removed, you changed") << obj(R"({"port": null})") << obj(R"({"port": 4})")
                                               << u"spec.port"_s << true << true << true;
    QTest::newRow("you added a field")
        << obj("{}") << obj(R"({"user": "app"})") << u"spec.user"_s << true << false << false;
    QTest::newRow("untouched") << obj(R"({"user": "x"})") << obj(R"({"user": "y"})")
                               << u"spec.driver"_s << false << false << false;
}

void tst_ResourceEditorController::threeWay()
{
    QFETCH(QJsonObject, theirsSpec);
    QFETCH(QJsonObject, yoursSpec);
    QFETCH(QString, field);
    QFETCH(bool, yoursChanged);
    QFETCH(bool, theirsChanged);
    QFETCH(bool, conflict);
    const ResourceDefinition base = jdbc(u"orders"_s);
    const ResourceDefinition theirs = jdbc(u"orders"_s, theirsSpec, 6);
    DraftContent yours = DraftContent::fromDefinition(base);
    for (auto it = yoursSpec.begin(); it != yoursSpec.end(); ++it)
        yours.spec.insert(it.key(), it.value());
    const QList<MergeRow> rows = ResourceDraftMerge::threeWay(u"jdbc"_s, base, yours, theirs);
    const auto row =
        std::find_if(rows.begin(), rows.end(), [&](const MergeRow &r) { return r.field == field; });
    QVERIFY(row != rows.end());
    QCOMPARE(row->yoursChanged, yoursChanged);
    QCOMPARE(row->theirsChanged, theirsChanged);
    QCOMPARE(row->conflict(), conflict);
    QCOMPARE(rows.constFirst().field, u"description"_s);
    QCOMPARE(rows.constLast().field, u"secret.password"_s);
}

void tst_ResourceEditorController::rebaseTakesYoursTheirsAndChoices()
{
    const ResourceDefinition base = jdbc(u"orders"_s);
    ResourceDefinition theirs = jdbc(u"orders"_s, obj(R"({"port": 7000, "poolMax": 20})"), 6);
    theirs.description = u"Theirs"_s;
    DraftContent yours = DraftContent::fromDefinition(base);
    yours.spec.insert(u"port"_s, 8000);     // conflict
    yours.spec.insert(u"user"_s, u"app"_s); // only yours
    yours.description = u"Mine"_s;          // conflict
    yours.secrets.insert(u"password"_s, SecretEdit{SecretEdit::Action::Set, u"pw"_s});
    const QMap<QString, MergeChoice> choices{{u"description"_s, MergeChoice::Theirs}};
    const DraftContent merged = ResourceDraftMerge::rebase(u"jdbc"_s, base, yours, theirs, choices);
    QCOMPARE(merged.spec.value(u"port"_s).toInt(), 8000);  // conflict, yours by default
    QCOMPARE(merged.spec.value(u"poolMax"_s).toInt(), 20); // only theirs
    QCOMPARE(merged.spec.value(u"user"_s).toString(), u"app"_s);
    QCOMPARE(merged.description, u"Theirs"_s);                    // chosen
    QCOMPARE(merged.secrets.value(u"password"_s).value, u"pw"_s); // your typed secret stays
}

void tst_ResourceEditorController::draftSurvivesInTheStoreWithoutSecrets()
{
    QTemporaryDir dir;
    StoreThread store;
    QString openError = u"pending"_s;
    store.open(dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_COMPARE(openError, QString());
    {
        ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
        controller.setStore(&store);
        controller.open(jdbc(u"orders"_s));
        QSignalSpy persisted(&controller, &ResourceEditorController::draftPersisted);
        controller.setSpecValue(u"port"_s, 6000);
        controller.setSecret(u"password"_s, u"topsecret"_s);
        QVERIFY(persisted.wait()); // debounced, then written on the worker
        QCOMPARE(persisted.last().at(0).toBool(), true);
    }
    std::optional<ResourceDraft> record;
    bool answered = false;
    store.run<std::optional<ResourceDraft>>(
        [](LocalStore &s) { return s.loadDraft(u"c1"_s, u"jdbc"_s, u"orders"_s); }, this,
        [&](const std::optional<ResourceDraft> &r) {
            record = r;
            answered = true;
        });
    QTRY_VERIFY(answered);
    QVERIFY(record);
    QVERIFY(!record->draftJson.contains("topsecret"));
    // A new editor on the same resource gets the draft back (secrets must be typed again).
    ResourceEditorController reopened(u"c1"_s, u"jdbc"_s);
    reopened.setStore(&store);
    QSignalSpy restored(&reopened, &ResourceEditorController::draftRestored);
    reopened.open(jdbc(u"orders"_s));
    QVERIFY(restored.wait());
    QCOMPARE(reopened.yours().spec.value(u"port"_s).toInt(), 6000);
    QVERIFY(reopened.isDirty());
    QVERIFY(!reopened.yours().hasSecretEdits());
    QVERIFY2(reopened.message().contains(u"type password again"_s), qPrintable(reopened.message()));
    closeStore(store);
}

void tst_ResourceEditorController::definitionJsonRoundTrip()
{
    const QJsonObject api = obj(R"({"type": "jdbc", "name": "orders-db", "description": "d",
        "spec": {"driver": "postgresql", "password": "leaked"}, "secrets": {"password": true},
        "revision": 17, "updatedAt": "2026-11-27T06:03:23.123Z", "updatedBy": "admin"})");
    const std::optional<ResourceDefinition> parsed = ResourceDefinition::fromJson(api);
    QVERIFY(parsed);
    QCOMPARE(parsed->revision, 17);
    QVERIFY(!parsed->spec.contains(u"password")); // never holds a secret
    QCOMPARE(parsed->secretsSet.value(u"password"_s), true);
    QCOMPARE(parsed->ifMatch(), QByteArray("\"17\""));
    QCOMPARE(ResourceDefinition::fromJson(parsed->toJson()), parsed);
    QVERIFY(!ResourceDefinition::fromJson(obj(R"({"type": "nope", "name": "x", "spec": {}})")));
    QVERIFY(!ResourceDefinition::fromJson(obj(R"({"type": "jdbc", "name": "x"})")));
}

void tst_ResourceEditorController::killedWhileTypingLosesAtMostASecond()
{
    // A new resource typed into at 20 keystrokes a second, then SIGKILL: the stored draft holds
    // all but at most the last second of typing (the debounce is well below a second).
    QTemporaryDir dir;
    QProcess typer;
    typer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    typer.start(QStringLiteral(DRAFT_CRASH_TYPER), {dir.path()});
    QVERIFY2(typer.waitForStarted(), qPrintable(typer.errorString()));
    int typed = 0;
    QByteArray pending;
    const auto readTyped = [&] {
        pending += typer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("typed "))
                typed = line.mid(6).toInt();
        }
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            readTyped();
            return typed >= 60 || typer.state() == QProcess::NotRunning;
        }(),
        60000);
    QCOMPARE(typer.state(), QProcess::Running);
    typer.kill(); // SIGKILL: no flush, no close
    QVERIFY(typer.waitForFinished());
    QCOMPARE(typer.exitStatus(), QProcess::CrashExit);
    readTyped();

    LocalStore store;
    QVERIFY(store.open(dir.path()));
    const std::optional<ResourceDraft> draft =
        store.loadDraft(u"crash-cluster"_s, u"jdbc"_s, QString());
    QVERIFY2(draft, "the new resource's draft was not stored");
    const DraftContent content = ResourceDraftMerge::contentOf(*draft);
    QCOMPARE(content.name, u"crash-db"_s);
    const int kept = int(content.description.size());
    qInfo("typed %d characters at 20 per second, the stored draft kept %d", typed, kept);
    QVERIFY2(kept <= typed && kept >= typed - 20,
             qPrintable(u"typed %1, kept %2"_s.arg(typed).arg(kept)));
}

void tst_ResourceEditorController::lostAnswerIsUnknownWithTheRequestId()
{
    AnswerLosingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ApiClient client;
    client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
    ResourceRepository repository(&client);
    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.setRepository(&repository);
    controller.open(jdbc(u"orders"_s));
    controller.setSpecValue(u"port"_s, 6000);
    QVERIFY(controller.canApply());

    controller.apply();
    QTRY_VERIFY_WITH_TIMEOUT(controller.state() != ResourceEditorController::State::Saving, 20000);
    QCOMPARE(controller.state(), ResourceEditorController::State::Unavailable);
    // The write went out with a key; the change-log lookup that follows was lost as well.
    QVERIFY(!server.keys.isEmpty());
    const QByteArray key = server.keys.first();
    QVERIFY(!key.isEmpty());
    const QString message = controller.message();
    QVERIFY2(message.contains(u"outcome is unknown"), qPrintable(message));
    QVERIFY2(message.contains(QString::fromLatin1(key)), qPrintable(message));
    QVERIFY2(!message.contains(u"fail", Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(controller.isDirty()); // the draft is kept
}

void tst_ResourceEditorController::refusedWriteSaysWhyAndNothingWasWritten()
{
    // The node's answer while its primary is behind its replicas (see tst_ResourceRepository for
    // the real cluster).
    ApiResult api;
    api.httpStatus = 503;
    api.errorKind = ApiResult::ErrorKind::Http;
    api.body = R"({"type":"https://clusterdesk.example/problems/writes-refused",
                  "title":"Writes refused","status":503,"reason":"behind-replicas",
                  "detail":"this node is behind: nothing was written"})";
    api.problem = *ProblemDetails::parse(api.body);
    const ResourceResult result = ResourceRepository::classify(api);
    QCOMPARE(result.status, ResourceResult::Status::WritesRefused);
    QCOMPARE(result.refusalReason, u"behind-replicas"_s);
    QCOMPARE(result.outcomeText(), u"The cluster refuses writes: the primary is behind its "
                                   "replicas; nothing was written."_s);
}

QTEST_GUILESS_MAIN(tst_ResourceEditorController)
#include "tst_ResourceEditorController.moc"
