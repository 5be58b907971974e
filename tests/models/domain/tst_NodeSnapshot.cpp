// Parsing the /api/v1/node answer (the docs/api.md example), tolerance to missing fields,
// clear errors for wrong types, and the store form's round trip.
#include "NodeSnapshot.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

namespace {

// The example of GET /api/v1/node, read from docs/api.md itself so the test follows the contract.
QJsonObject example()
{
    QFile doc(qEnvironmentVariable("CLUSTERDESK_SOURCE_DIR") + QStringLiteral("/docs/api.md"));
    if (!doc.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype section = text.indexOf(QStringLiteral("### `GET /api/v1/node`"));
    const qsizetype begin = text.indexOf(QStringLiteral("```json"), section);
    const qsizetype end = text.indexOf(QStringLiteral("```"), begin + 7);
    if (section < 0 || begin < 0 || end < 0)
        return {};
    return QJsonDocument::fromJson(text.mid(begin + 7, end - begin - 7).toUtf8()).object();
}

// Replaces the value at a dotted path ("config.revision") in the example.
QJsonObject exampleWith(const QString &path, const QJsonValue &value)
{
    QJsonObject root = example();
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        root.insert(parts.at(0), value);
        return root;
    }
    QJsonObject inner = root.value(parts.at(0)).toObject();
    inner.insert(parts.at(1), value);
    root.insert(parts.at(0), inner);
    return root;
}

} // namespace

class tst_NodeSnapshot final : public QObject
{
    Q_OBJECT

private slots:
    void parsesApiExample();
    void toleratesMissingFields();
    void wrongTypes_data();
    void wrongTypes();
    void storeRoundTrip();
    void storeFormRejectsUnknownKeys();
    void withCopies();
};

void tst_NodeSnapshot::parsesApiExample()
{
    QVERIFY(!example().isEmpty());
    QString error;
    const auto node = NodeSnapshot::fromNodeJson(example(), &error);
    QVERIFY2(node, qPrintable(error));
    QCOMPARE(node->id(), QStringLiteral("node-1"));
    QCOMPARE(node->name(), QStringLiteral("node-1"));
    QCOMPARE(node->directUrl(), QUrl(QStringLiteral("http://127.0.0.1:9101")));
    QCOMPARE(node->serverVersion(), QStringLiteral("4.2.0"));
    QCOMPARE(node->role(), QStringLiteral("primary"));
    QVERIFY(node->isPrimary());
    QCOMPARE(node->reportedState(), QStringLiteral("up"));
    QCOMPARE(node->startedAt(), QDateTime(QDate(2026, 11, 27), QTime(6, 0), QTimeZone::utc()));
    QCOMPARE(node->uptimeSeconds(), std::optional<qint64>(203));
    QCOMPARE(node->clusterId(), QStringLiteral("c0ffee..."));
    QCOMPARE(node->clusterName(), QStringLiteral("demo"));
    QCOMPARE(node->schemaVersion(), std::optional<int>(3));
    QCOMPARE(node->config().revision, std::optional<qint64>(42));
    QCOMPARE(node->config().checksum, QStringLiteral("<hex sha256>"));
    QCOMPARE(node->config().primaryRevision, std::optional<qint64>(42));
    QCOMPARE(node->config().lag, std::optional<qint64>(0));
    QCOMPARE(node->config().syncState, QStringLiteral("in-sync"));
    QCOMPARE(node->config().agreement, ConfigAgreementState::Unknown); // the tracker decides
    QCOMPARE(node->clock().ntpSynchronized, std::optional<bool>(true));
    QCOMPARE(node->clock().maxErrorUs, std::optional<qint64>(16000));
    QCOMPARE(node->clock().estErrorUs, std::optional<qint64>(500));
    QVERIFY(!node->clock().measured);              // only a time sample measures the offset
    QCOMPARE(node->health(), NodeHealth::Unknown); // the health tracker decides
    QCOMPARE(node->rawNodeJson(), example());
    QVERIFY(node->error().isEmpty());
}

void tst_NodeSnapshot::toleratesMissingFields()
{
    QString error;
    const auto minimal = NodeSnapshot::fromNodeJson(QJsonObject{{"id", "node-7"}}, &error);
    QVERIFY2(minimal, qPrintable(error));
    QCOMPARE(minimal->id(), QStringLiteral("node-7"));
    QCOMPARE(minimal->name(), QStringLiteral("node-7")); // falls back to the id
    QVERIFY(!minimal->config().revision);
    QVERIFY(!minimal->schemaVersion());
    QVERIFY(!minimal->uptimeSeconds());
    QVERIFY(!minimal->startedAt().isValid());
    QVERIFY(!minimal->clock().ntpSynchronized);

    // Null counts as missing; unknown extra fields are kept in the raw JSON only.
    QJsonObject withNulls = example();
    withNulls.insert("uptimeSeconds", QJsonValue::Null);
    withNulls.insert("futureField", QJsonObject{{"x", 1}});
    const auto tolerant = NodeSnapshot::fromNodeJson(withNulls, &error);
    QVERIFY2(tolerant, qPrintable(error));
    QVERIFY(!tolerant->uptimeSeconds());
    QCOMPARE(tolerant->rawNodeJson().value("futureField").toObject().value("x").toInt(), 1);
}

void tst_NodeSnapshot::wrongTypes_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("no id") << QJsonObject{{"name", "x"}} << "field 'id' is missing or empty";
    QTest::newRow("empty id") << exampleWith("id", "") << "field 'id' is missing or empty";
    QTest::newRow("id number") << exampleWith("id", 1)
                               << "field 'id' should be a string, not a number";
    QTest::newRow("revision string") << exampleWith("config.revision", "42")
                                     << "field 'config.revision' should be an integer, not a "
                                        "string";
    QTest::newRow("revision fraction") << exampleWith("config.revision", 4.5)
                                       << "field 'config.revision' should be an integer, not 4.5";
    QTest::newRow("config array") << exampleWith("config", QJsonArray{1})
                                  << "field 'config' should be an object, not an array";
    QTest::newRow("synchronized string") << exampleWith("clock.synchronized", "yes")
                                         << "field 'clock.synchronized' should be true or false, "
                                            "not a string";
    QTest::newRow("uptime bool") << exampleWith("uptimeSeconds", true)
                                 << "field 'uptimeSeconds' should be an integer, not a boolean";
    QTest::newRow("startedAt garbage")
        << exampleWith("startedAt", "yesterday") << "field 'startedAt' is not an RFC 3339 time";
    QTest::newRow("url garbage") << exampleWith("url", "http://exa mple:99999")
                                 << "field 'url' is not a valid URL";
    QTest::newRow("cluster name object") << exampleWith("cluster.name", QJsonObject{})
                                         << "field 'cluster.name' should be a string, not an "
                                            "object";
    QTest::newRow("load string") << exampleWith("load", "heavy")
                                 << "field 'load' should be an object, not a string";
    QTest::newRow("huge integer") << exampleWith("config.lag", 1e300)
                                  << "field 'config.lag' should be an integer";
}

void tst_NodeSnapshot::wrongTypes()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!NodeSnapshot::fromNodeJson(json, &error));
    QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    QVERIFY(!NodeSnapshot::fromNodeJson(json, nullptr));
}

void tst_NodeSnapshot::storeRoundTrip()
{
    const auto parsed = NodeSnapshot::fromNodeJson(example(), nullptr);
    QVERIFY(parsed);
    NodeSnapshot::Clock clock = parsed->clock();
    clock.measured = true;
    clock.offsetMs = 812.25;
    clock.errorMs = 0.75;
    clock.offsetVsMedianMs = 810.5;
    clock.severity = Severity::Critical;
    NodeSnapshot::Config config = parsed->config();
    config.agreement = ConfigAgreementState::Stalled;
    config.revisionsBehind = 14;
    config.behindSinceMs = 1795759000000;
    const NodeSnapshot node = parsed->withClock(clock)
                                  .withConfig(config)
                                  .withHealth(NodeHealth::Degraded, 1)
                                  .withLoadBalancer({LbState::Down, "DOWN 1/2", "L7STS", 17})
                                  .withLatencyMs(3.5)
                                  .withLastSeenMs(1795759403000)
                                  .withProbePath(ProbePath::Direct)
                                  .withError("timeout after 5 s");

    // Through text, as the store does.
    const QByteArray text = QJsonDocument(node.toJson()).toJson();
    QString error;
    const auto back = NodeSnapshot::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), node.toJson());
    QVERIFY(*back == node);

    const NodeSnapshot empty = NodeSnapshot::placeholder("node-2", "", QUrl());
    const auto emptyBack = NodeSnapshot::fromJson(empty.toJson(), &error);
    QVERIFY2(emptyBack, qPrintable(error));
    QVERIFY(*emptyBack == empty);
}

void tst_NodeSnapshot::storeFormRejectsUnknownKeys()
{
    QJsonObject json = NodeSnapshot::placeholder("node-2", "n", QUrl()).toJson();
    json.insert("health", "sleepy");
    QString error;
    QVERIFY(!NodeSnapshot::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("field 'node.health' has an unknown value 'sleepy'"));
}

void tst_NodeSnapshot::withCopies()
{
    const NodeSnapshot original = NodeSnapshot::placeholder("node-1", "one", QUrl());
    const NodeSnapshot changed = original.withLatencyMs(9.0);
    QVERIFY(!original.latencyMs()); // the original value is untouched
    QCOMPARE(changed.latencyMs(), std::optional<double>(9.0));
    QVERIFY(!(original == changed));
}

QTEST_GUILESS_MAIN(tst_NodeSnapshot)
#include "tst_NodeSnapshot.moc"
