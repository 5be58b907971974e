// The console's write path against a real cluster that refuses writes: the primary restarted
// with an emptied data directory is behind its replicas, so every write answers 503
// writes-refused. The editor and delete say why in words and that nothing was written, keep the
// draft, and the resource on the cluster is unchanged.

#include "ApiClient.h"
#include "ClusterFixture.h"
#include "ResourceEditorController.h"
#include "ResourceRepository.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;
constexpr int kRecoveryTimeoutMs = 30000;

QJsonObject jdbcBody(int port)
{
    return QJsonObject{{u"description"_s, u"Orders"_s},
                       {u"spec"_s, QJsonObject{{u"driver"_s, u"postgresql"_s},
                                               {u"driverClass"_s, u"org.postgresql.Driver"_s},
                                               {u"url"_s, u"jdbc:postgresql://db:5432/orders"_s},
                                               {u"port"_s, port}}}};
}

QString refusalReason(const QJsonObject &view)
{
    return view.value(u"writesRefused").toObject().value(u"reason").toString();
}

} // namespace

class tst_ResourceWritesRefused final : public QObject
{
    Q_OBJECT

private slots:
    void primaryBehindItsReplicasRefusesInWords();
};

void tst_ResourceWritesRefused::primaryBehindItsReplicasRefusesInWords()
{
    ClusterOptions options;
    options.name = u"refusals"_s;
    ClusterFixture cluster(options);
    QString error;
    QVERIFY2(cluster.start(&error), qPrintable(error));
    ApiClient client;
    client.setBaseUrl(cluster.lbUrl());
    client.setPasswordCredentials(cluster.adminUser(), cluster.adminPassword());
    ResourceRepository repository(&client);

    ResourceEditorController controller(u"c1"_s, u"jdbc"_s);
    controller.setRepository(&repository);
    controller.startNew();
    controller.setName(u"kept-db"_s);
    const QJsonObject spec = jdbcBody(5432).value(u"spec").toObject();
    for (auto it = spec.begin(); it != spec.end(); ++it)
        controller.setSpecValue(it.key(), it.value());
    QSignalSpy applied(&controller, &ResourceEditorController::applied);
    controller.apply();
    QVERIFY2(applied.wait(kTimeoutMs), qPrintable(controller.message()));
    const auto saved = applied.at(0).at(0).value<ResourceDefinition>();
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(cluster.isConverged(saved.revision, &detail), qPrintable(detail),
                              kTimeoutMs);

    // Disk loss on the primary: killed, its data moved aside, started again empty.
    const QString primary = cluster.primaryId();
    QVERIFY2(cluster.stopNode(primary, false, &error), qPrintable(error));
    const QString data = cluster.dataDirectory(primary);
    QVERIFY(QDir().rename(data, data + u".lost"_s));
    QVERIFY2(cluster.startNode(primary, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(refusalReason(cluster.nodeView(primary)), u"behind-replicas"_s,
                              kRecoveryTimeoutMs);
    for (const QString &id : cluster.nodeIds())
        QTRY_COMPARE_WITH_TIMEOUT(refusalReason(cluster.nodeView(id)), u"behind-replicas"_s,
                                  kRecoveryTimeoutMs);

    // An edit: refused, said in words, the draft kept, nothing written.
    controller.setSpecValue(u"port"_s, 6000);
    QSignalSpy changed(&controller, &ResourceEditorController::changed);
    controller.apply();
    QTRY_VERIFY_WITH_TIMEOUT(controller.state() != ResourceEditorController::State::Saving,
                             kTimeoutMs);
    QCOMPARE(controller.state(), ResourceEditorController::State::Unavailable);
    const QString message = controller.message();
    QVERIFY2(message.contains(u"the cluster refuses writes: the primary is behind its replicas; "
                              "nothing was written"_s,
                              Qt::CaseInsensitive),
             qPrintable(message));
    QVERIFY2(!message.contains(u"fail", Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(controller.isDirty());
    QCOMPARE(controller.yours().spec.value(u"port"_s).toInt(), 6000);

    // A delete: refused in the same words; the resource is still there.
    QSignalSpy removed(&controller, &ResourceEditorController::removeFinished);
    controller.remove(saved);
    QVERIFY(removed.wait(kTimeoutMs));
    QCOMPARE(removed.at(0).at(1).value<ResourceResult>().status,
             ResourceResult::Status::WritesRefused);
    QVERIFY2(removed.at(0).at(2).toString().contains(u"nothing was written"),
             qPrintable(removed.at(0).at(2).toString()));
    bool read = false;
    ResourceResult current;
    repository.get(u"jdbc"_s, u"kept-db"_s, this, [&](const ResourceResult &r) {
        current = r;
        read = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(read, kTimeoutMs);
    // Whichever node answers (the emptied primary has nothing), nothing changed to port 6000.
    if (current.isOk())
        QCOMPARE(current.resource->spec.value(u"port"_s).toInt(), 5432);
}

QTEST_GUILESS_MAIN(tst_ResourceWritesRefused)
#include "tst_ResourceWritesRefused.moc"
