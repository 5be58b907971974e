// DefinitionsExporter without a cluster: an endpoint that cannot sign in and a cluster that does
// not answer both end in finished() with the reason, from the event loop, and write no file.
// (Exports from real clusters: tests/ui/tst_MainWindowCrossCluster.)
#include "ClusterEndpoint.h"
#include "DefinitionsExporter.h"
#include "FreePorts.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_DefinitionsExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointWithoutCredentials();
    void unreachableCluster();
};

void tst_DefinitionsExporter::endpointWithoutCredentials()
{
    QTemporaryDir dir;
    ClusterProfile profile = ClusterProfile::create(u"nowhere"_s, QUrl(u"http://127.0.0.1:9"_s));
    profile.userName = u"admin"_s;
    ClusterEndpoint endpoint(profile, QString()); // no password: error() says why
    QVERIFY(!endpoint.error().isEmpty());
    const QString path = dir.filePath(u"out.json"_s);
    DefinitionsExporter exporter(&endpoint, path);
    QSignalSpy finished(&exporter, &DefinitionsExporter::finished);
    exporter.start();
    QCOMPARE(finished.size(), 0); // not synchronously
    QVERIFY(finished.wait(5000));
    QVERIFY(exporter.isFinished());
    QVERIFY(!exporter.isOk());
    QVERIFY2(exporter.message().contains(endpoint.error()), qPrintable(exporter.message()));
    QVERIFY(!QFile::exists(path));
}

void tst_DefinitionsExporter::unreachableCluster()
{
    QTemporaryDir dir;
    const quint16 port = FreePorts::one().value_or(9);
    ClusterProfile profile =
        ClusterProfile::create(u"closed"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    profile.userName = u"admin"_s;
    ClusterEndpoint endpoint(profile, u"pw"_s);
    const QString path = dir.filePath(u"out.json"_s);
    DefinitionsExporter exporter(&endpoint, path);
    QSignalSpy finished(&exporter, &DefinitionsExporter::finished);
    exporter.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!exporter.isOk());
    QVERIFY2(exporter.message().contains(u"closed could not be read"_s),
             qPrintable(exporter.message()));
    QCOMPARE(exporter.count(), 0);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_DefinitionsExporter)
#include "tst_DefinitionsExporter.moc"
