// ClusterReader: reads several clusters under one nonce for the cross-cluster tools. Nothing to
// read still finishes through the event loop; clusters that cannot be read finish with their
// errors, in the order given; cancel() closes the connections and finished() never comes.
#include "ClusterEndpoint.h"
#include "ClusterReader.h"
#include "FreePorts.h"
#include "HostileHttpServer.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ClusterProfile profileAt(const QString &name, const QUrl &url)
{
    ClusterProfile profile = ClusterProfile::create(name, url);
    profile.userName = u"admin"_s;
    return profile;
}

QUrl closedPort()
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(FreePorts::one().value_or(1)));
}

} // namespace

class tst_ClusterReader final : public QObject
{
    Q_OBJECT

private slots:
    void nothingToReadFinishesLater();
    void readingsComeInTheOrderGiven();
    void cancelClosesTheConnections();
};

void tst_ClusterReader::nothingToReadFinishesLater()
{
    ClusterReader reader;
    QSignalSpy finished(&reader, &ClusterReader::finished);
    reader.start({}, {}, ClusterResourcesFetcher::newNonce());
    QVERIFY(reader.isRunning());
    QCOMPARE(finished.size(), 0); // never inside start()
    QVERIFY(finished.wait(5000));
    QVERIFY(!reader.isRunning());
    QVERIFY(reader.readings().isEmpty());
}

void tst_ClusterReader::readingsComeInTheOrderGiven()
{
    ClusterEndpoint first(profileAt(u"first"_s, closedPort()), u"pw"_s);
    ClusterEndpoint second(profileAt(u"second"_s, closedPort()), u"pw"_s);
    ClusterReader reader;
    QSignalSpy progress(&reader, &ClusterReader::progress);
    QSignalSpy finished(&reader, &ClusterReader::finished);
    reader.start({&first, &second}, {}, ClusterResourcesFetcher::newNonce());
    QCOMPARE(reader.total(), 2);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.constLast().at(0).toInt(), 2);
    QCOMPARE(progress.constLast().at(1).toInt(), 2);
    const QList<ClusterReading> readings = reader.readings();
    QCOMPARE(readings.size(), 2);
    QCOMPARE(readings.at(0).resources.label, u"first"_s);
    QCOMPARE(readings.at(1).resources.label, u"second"_s);
    for (const ClusterReading &reading : readings)
        QVERIFY(!reading.isOk());
    // A second reading starts afresh.
    reader.start({&second}, {}, ClusterResourcesFetcher::newNonce());
    QVERIFY(finished.wait(20000));
    QCOMPARE(reader.readings().size(), 1);
}

void tst_ClusterReader::cancelClosesTheConnections()
{
    HostileHttpServer server;
    QVERIFY(server.start());
    server.setMode(HostileHttpServer::Mode::NeverAnswers);
    ClusterEndpoint silent(profileAt(u"silent"_s, server.url()), u"pw"_s);
    ClusterReader reader;
    QSignalSpy finished(&reader, &ClusterReader::finished);
    reader.start({&silent}, {}, ClusterResourcesFetcher::newNonce());
    QTRY_VERIFY(server.openConnections() >= 1);
    reader.cancel();
    QVERIFY(!reader.isRunning());
    QTRY_COMPARE(server.openConnections(), 0);
    // The cancelled reading does not finish: a queued no-op proves the loop ran past it.
    bool ran = false;
    QMetaObject::invokeMethod(
        &reader, [&] { ran = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(ran);
    QCOMPARE(finished.size(), 0);
    QVERIFY(reader.readings().isEmpty());
}

QTEST_GUILESS_MAIN(tst_ClusterReader)
#include "tst_ClusterReader.moc"
