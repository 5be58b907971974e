// Replicator against a fake primary in this process (FakeHttpPeer): a replica applies the
// primary's change feed in order and adopts its history; garbage, a dropped connection, a
// primary behind this copy or holding another history change nothing here and show in
// syncState; forwarded writes that get no answer say whether anything may have been written.

#include "ChangeJson.h"
#include "ConfigDatabase.h"
#include "FakeHttpPeer.h"
#include "FaultState.h"
#include "NodeInstance.h"
#include "Replicator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace node;

class tst_Replicator final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_generation = 0;
    std::unique_ptr<FakeHttpPeer> m_primary;
    // The feed the fake serves, built by a real primary database so the wire form is true.
    std::unique_ptr<ConfigDatabase> m_source;
    std::unique_ptr<ConfigDatabase> m_copy;
    std::unique_ptr<FaultState> m_faults;
    std::unique_ptr<QNetworkAccessManager> m_network;
    NodeOptions m_options;
    std::unique_ptr<Replicator> m_replicator;

    std::unique_ptr<ConfigDatabase> openDatabase(const QString &name)
    {
        auto database = std::make_unique<ConfigDatabase>(name + QString::number(m_generation));
        QString error;
        const bool opened = database->open(m_dir.filePath(name + QString::number(m_generation)),
                                           NodeInstance::seed(m_options), &error);
        return opened ? std::move(database) : nullptr;
    }

    void writeAtSource(const QString &name)
    {
        WriteRequest request;
        request.type = QStringLiteral("jdbc");
        request.name = name;
        request.user = QStringLiteral("admin");
        request.description = QStringLiteral("d");
        request.spec = {{QStringLiteral("driver"), QStringLiteral("postgresql")},
                        {QStringLiteral("driverClass"), QStringLiteral("org.postgresql.Driver")},
                        {QStringLiteral("url"), QStringLiteral("jdbc:pg:") + name},
                        {QStringLiteral("password"), QStringLiteral("pw")}};
        request.ifNoneMatchStar = true;
        request.requestId = QStringLiteral("req-") + name;
        QCOMPARE(m_source->put(request).status, WriteStatus::Ok);
    }

    // What /internal/v1/changes answers for the source after `after`.
    QJsonObject feedAfter(qint64 after, const QString &historyId = {}, qint64 revision = -1) const
    {
        QJsonArray changes;
        for (const ChangeEntry &entry : m_source->changes(after, 1000))
            changes.append(ChangeJson::change(entry, true));
        return {
            {QStringLiteral("revision"), revision >= 0 ? revision : m_source->revision()},
            {QStringLiteral("historyId"), historyId.isEmpty() ? m_source->historyId() : historyId},
            {QStringLiteral("changes"), changes}};
    }

    static qint64 afterOf(const FakeRequest &request)
    {
        return QUrlQuery(request.target).queryItemValue(QStringLiteral("after")).toLongLong();
    }

    // A faithful primary: the feed beyond `after`, or a held long-poll when there is none.
    FakeHttpPeer::Handler faithful()
    {
        return [this](const FakeRequest &request) -> std::optional<FakeAnswer> {
            if (afterOf(request) >= m_source->revision())
                return std::nullopt;
            return FakeAnswer::json(feedAfter(afterOf(request)));
        };
    }

    void startReplicator()
    {
        m_replicator =
            std::make_unique<Replicator>(m_options, *m_copy, *m_faults, "secret", m_network.get());
        m_replicator->start();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        ++m_generation;
        m_primary = std::make_unique<FakeHttpPeer>();
        QVERIFY(m_primary->listen());
        m_options = NodeOptions();
        m_options.id = QStringLiteral("replica");
        m_options.primaryId = QStringLiteral("primary");
        m_options.peers = {{QStringLiteral("primary"), m_primary->url()}};
        m_source = openDatabase(QStringLiteral("source"));
        m_copy = openDatabase(QStringLiteral("copy"));
        QVERIFY(m_source && m_copy);
        m_faults = std::make_unique<FaultState>(true);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        m_replicator.reset();
        m_primary.reset();
        m_network.reset();
        m_copy.reset();
        m_source.reset();
    }

    void appliesTheFeedAndAdoptsTheHistory()
    {
        writeAtSource(QStringLiteral("a"));
        writeAtSource(QStringLiteral("b"));
        m_primary->setHandler(faithful());
        startReplicator();
        QTRY_COMPARE(m_copy->revision(), 2);
        QCOMPARE(m_copy->historyId(), m_source->historyId());
        QCOMPARE(m_copy->checksum(), m_source->checksum());
        QCOMPARE(m_replicator->syncState(), QStringLiteral("in-sync"));
        QCOMPARE(m_replicator->primaryRevision(), 2);
        // The secret travelled with the newest change.
        QCOMPARE(m_copy->resource(QStringLiteral("jdbc"), QStringLiteral("b"))
                     ->spec.value(QLatin1String("password"))
                     .toString(),
                 QStringLiteral("pw"));
        QVERIFY(m_primary->requests.first().headers.value("x-cluster-secret") == "secret");
        // Then it long-polls from its new revision.
        QTRY_VERIFY(!m_primary->requests.isEmpty() && afterOf(m_primary->requests.last()) == 2);
    }

    void garbageChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("not JSON") << QByteArray("{\"revision\": 1, \"changes\": [") << 200;
        QTest::newRow("no changes array") << QByteArray("{\"revision\": 1}") << 200;
        QTest::newRow("an error") << QByteArray("{}") << 500;
        QTest::newRow("a malformed change")
            << QByteArray("{\"revision\": 1, \"historyId\": \"h\", \"changes\": [{\"revision\": "
                          "\"one\"}]}")
            << 200;
    }
    void garbageChangesNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        writeAtSource(QStringLiteral("a"));
        const QByteArray checksum = m_copy->checksum();
        m_primary->setHandler([body, status](const FakeRequest &) -> std::optional<FakeAnswer> {
            return FakeAnswer{status, body, false};
        });
        startReplicator();
        // It asks again (with backoff) and keeps its copy as it was.
        QTRY_VERIFY(m_primary->requests.size() >= 2);
        QCOMPARE(m_copy->revision(), 0);
        QCOMPARE(m_copy->checksum(), checksum);
        QVERIFY(m_replicator->syncState() != QStringLiteral("in-sync"));
        // A sane answer later is applied.
        m_primary->setHandler(faithful());
        QTRY_COMPARE(m_copy->revision(), 1);
        QTRY_COMPARE(m_replicator->syncState(), QStringLiteral("in-sync"));
    }

    void droppedConnectionIsUnreachable()
    {
        writeAtSource(QStringLiteral("a"));
        m_primary->setHandler([](const FakeRequest &) { return FakeAnswer::dropped(); });
        startReplicator();
        QTRY_COMPARE(m_replicator->syncState(), QStringLiteral("primary-unreachable"));
        QTRY_VERIFY(m_primary->requests.size() >= 2); // retried
        QCOMPARE(m_copy->revision(), 0);
        m_primary->setHandler(faithful());
        QTRY_COMPARE(m_copy->revision(), 1);
        QCOMPARE(m_replicator->syncState(), QStringLiteral("in-sync"));
    }

    // A primary behind this copy or holding another history is never followed: the copy
    // keeps its data and says why in syncState and divergence().
    void divergentPrimaryIsNotFollowed_data()
    {
        QTest::addColumn<bool>("otherHistory");
        QTest::addColumn<QString>("state");
        QTest::newRow("behind") << false << QStringLiteral("primary-behind");
        QTest::newRow("another history") << true << QStringLiteral("history-mismatch");
    }
    void divergentPrimaryIsNotFollowed()
    {
        QFETCH(bool, otherHistory);
        QFETCH(QString, state);
        writeAtSource(QStringLiteral("a"));
        writeAtSource(QStringLiteral("b"));
        m_primary->setHandler(faithful());
        startReplicator();
        QTRY_COMPARE(m_copy->revision(), 2);
        const QByteArray checksum = m_copy->checksum();
        const QString history = otherHistory ? QStringLiteral("another-history") : QString();
        const qint64 revision = otherHistory ? 5 : 1;
        m_primary->setHandler([=, this](const FakeRequest &) -> std::optional<FakeAnswer> {
            return FakeAnswer::json(feedAfter(5, history, revision));
        });
        m_primary->close(); // the held long-poll ends; the next poll meets the new answer
        QVERIFY(m_primary->listen());
        QTRY_COMPARE(m_replicator->syncState(), state);
        QVERIFY(m_replicator->divergence());
        QCOMPARE(m_copy->revision(), 2);
        QCOMPARE(m_copy->checksum(), checksum);
    }

    void catchUpNow()
    {
        m_primary->setHandler([](const FakeRequest &) -> std::optional<FakeAnswer> {
            return FakeAnswer{200, "garbage", false};
        });
        // Not started: no long-poll, only the explicit catch-up asks the primary.
        m_replicator =
            std::make_unique<Replicator>(m_options, *m_copy, *m_faults, "secret", m_network.get());
        std::optional<bool> outcome;
        m_replicator->catchUpNow([&](bool ok) { outcome = ok; });
        QTRY_VERIFY(outcome);
        QCOMPARE(*outcome, false);
        writeAtSource(QStringLiteral("a"));
        m_primary->setHandler(faithful());
        outcome.reset();
        m_replicator->catchUpNow([&](bool ok) { outcome = ok; });
        QTRY_VERIFY(outcome);
        QVERIFY(*outcome);
        QCOMPARE(m_copy->revision(), 1);
        QCOMPARE(
            QUrlQuery(m_primary->requests.last().target).queryItemValue(QStringLiteral("waitMs")),
            QStringLiteral("0"));
    }

    void forwardedWriteWithoutAnAnswer()
    {
        m_replicator =
            std::make_unique<Replicator>(m_options, *m_copy, *m_faults, "secret", m_network.get());
        const QJsonObject write{{QStringLiteral("method"), QStringLiteral("PUT")}};
        // The primary took the request and dropped it: the write may have happened.
        m_primary->setHandler([](const FakeRequest &) { return FakeAnswer::dropped(); });
        std::optional<HttpResponse> answer;
        m_replicator->forwardWrite(write, QStringLiteral("req-7"),
                                   [&](HttpResponse response) { answer = response; });
        QTRY_VERIFY(answer);
        QCOMPARE(answer->status, 502);
        QVERIFY(answer->body.contains("outcome-unknown"));
        QCOMPARE(answer->header("X-Request-Id"), QByteArray("req-7"));
        QCOMPARE(QJsonDocument::fromJson(m_primary->requests.last().body).object(), write);
        // No primary at all: certainly nothing was written.
        m_primary->close();
        answer.reset();
        m_replicator->forwardWrite(write, QStringLiteral("req-8"),
                                   [&](HttpResponse response) { answer = response; });
        QTRY_VERIFY(answer);
        QCOMPARE(answer->status, 503);
        QVERIFY(answer->body.contains("nothing was written"));
        QCOMPARE(answer->header("Retry-After"), QByteArray("2"));
    }

    void primaryAnswerIsPassedOn()
    {
        m_replicator =
            std::make_unique<Replicator>(m_options, *m_copy, *m_faults, "secret", m_network.get());
        m_primary->setHandler([](const FakeRequest &) -> std::optional<FakeAnswer> {
            return FakeAnswer::json({{QStringLiteral("title"), QStringLiteral("Conflict")}}, 412);
        });
        std::optional<HttpResponse> answer;
        m_replicator->forwardWrite({}, QStringLiteral("req-9"),
                                   [&](HttpResponse response) { answer = response; });
        QTRY_VERIFY(answer);
        QCOMPARE(answer->status, 412);
        QCOMPARE(answer->header("Content-Type"), QByteArray("application/json"));
    }
};

QTEST_GUILESS_MAIN(tst_Replicator)
#include "tst_Replicator.moc"
