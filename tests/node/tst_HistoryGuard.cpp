// HistoryGuard's rules: when a primary or a replica refuses writes, and why.
#include "HistoryGuard.h"

#include <QTest>

using namespace node;

namespace {

PeerStatus heard(const QString &id, qint64 revision, const QString &historyId)
{
    PeerStatus peer;
    peer.id = id;
    peer.revision = revision;
    peer.historyId = historyId;
    peer.lastHeartbeat = QDateTime::currentDateTimeUtc();
    return peer;
}

PeerStatus silent(const QString &id)
{
    PeerStatus peer;
    peer.id = id;
    return peer;
}

QString reasonOf(const std::optional<WriteRefusal> &refusal)
{
    return refusal ? refusal->reason : QString();
}

} // namespace

class tst_HistoryGuard final : public QObject
{
    Q_OBJECT

private slots:
    void primary_data();
    void primary();
    void replica_data();
    void replica();
    void refusalProblemSaysNothingWasWritten();
};

void tst_HistoryGuard::primary_data()
{
    QTest::addColumn<HistoryPosition>("self");
    QTest::addColumn<QList<PeerStatus>>("peers");
    QTest::addColumn<QString>("reason"); // empty: writes taken

    const HistoryPosition fresh{QStringLiteral("node-1"), 0, QString()};
    const HistoryPosition at50{QStringLiteral("node-1"), 50, QStringLiteral("h")};
    QTest::newRow("single node") << fresh << QList<PeerStatus>{} << QString();
    QTest::newRow("fresh cluster")
        << fresh << QList<PeerStatus>{heard("node-2", 0, {}), heard("node-3", 0, {})} << QString();
    QTest::newRow("in step") << at50
                             << QList<PeerStatus>{heard("node-2", 50, "h"),
                                                  heard("node-3", 48, "h")}
                             << QString();
    QTest::newRow("no peer heard yet")
        << at50 << QList<PeerStatus>{silent("node-2"), silent("node-3")}
        << QStringLiteral("awaiting-peers");
    QTest::newRow("majority of three heard")
        << at50 << QList<PeerStatus>{heard("node-2", 50, "h"), silent("node-3")} << QString();
    QTest::newRow("one of four peers is not a majority of five")
        << at50
        << QList<PeerStatus>{heard("node-2", 50, "h"), silent("node-3"), silent("node-4"),
                             silent("node-5")}
        << QStringLiteral("awaiting-peers");
    QTest::newRow("emptied primary")
        << fresh << QList<PeerStatus>{heard("node-2", 50, "h"), heard("node-3", 50, "h")}
        << QStringLiteral("behind-replicas");
    QTest::newRow("older primary, same history")
        << HistoryPosition{QStringLiteral("node-1"), 45, QStringLiteral("h")}
        << QList<PeerStatus>{heard("node-2", 50, "h"), silent("node-3")}
        << QStringLiteral("behind-replicas");
    QTest::newRow("emptied primary that took a write")
        << HistoryPosition{QStringLiteral("node-1"), 1, QStringLiteral("new")}
        << QList<PeerStatus>{heard("node-2", 50, "h"), heard("node-3", 50, "h")}
        << QStringLiteral("behind-replicas");
    QTest::newRow("same revision, other history")
        << at50 << QList<PeerStatus>{heard("node-2", 50, "other"), heard("node-3", 50, "h")}
        << QStringLiteral("history-mismatch");
    QTest::newRow("replica of another history, behind")
        << at50 << QList<PeerStatus>{heard("node-2", 3, "other"), heard("node-3", 50, "h")}
        << QStringLiteral("history-mismatch");
    QTest::newRow("new replica without history")
        << at50 << QList<PeerStatus>{heard("node-2", 0, {}), heard("node-3", 50, "h")} << QString();
}

void tst_HistoryGuard::primary()
{
    QFETCH(HistoryPosition, self);
    QFETCH(QList<PeerStatus>, peers);
    QFETCH(QString, reason);
    const auto refusal = HistoryGuard::assessPrimary(self, peers);
    QCOMPARE(reasonOf(refusal), reason);
    if (refusal)
        QVERIFY2(!refusal->detail.isEmpty(), qPrintable(refusal->detail));
}

void tst_HistoryGuard::replica_data()
{
    QTest::addColumn<HistoryPosition>("self");
    QTest::addColumn<HistoryPosition>("primary");
    QTest::addColumn<QString>("reason");
    const QString r = QStringLiteral("node-2");
    const QString p = QStringLiteral("node-1");
    QTest::newRow("both fresh") << HistoryPosition{r, 0, {}} << HistoryPosition{p, 0, {}}
                                << QString();
    QTest::newRow("catching up") << HistoryPosition{r, 0, {}} << HistoryPosition{p, 50, "h"}
                                 << QString();
    QTest::newRow("in sync") << HistoryPosition{r, 50, "h"} << HistoryPosition{p, 50, "h"}
                             << QString();
    QTest::newRow("emptied primary") << HistoryPosition{r, 50, "h"} << HistoryPosition{p, 0, {}}
                                     << QStringLiteral("behind-replicas");
    QTest::newRow("emptied primary that took writes")
        << HistoryPosition{r, 50, "h"} << HistoryPosition{p, 3, "new"}
        << QStringLiteral("behind-replicas");
    QTest::newRow("primary ahead in another history")
        << HistoryPosition{r, 50, "h"} << HistoryPosition{p, 60, "new"}
        << QStringLiteral("history-mismatch");
    QTest::newRow("copy from before history ids")
        << HistoryPosition{r, 50, {}} << HistoryPosition{p, 50, "h"} << QString();
}

void tst_HistoryGuard::replica()
{
    QFETCH(HistoryPosition, self);
    QFETCH(HistoryPosition, primary);
    QFETCH(QString, reason);
    QCOMPARE(reasonOf(HistoryGuard::assessReplica(self, primary)), reason);
}

void tst_HistoryGuard::refusalProblemSaysNothingWasWritten()
{
    const WriteRefusal refusal{QStringLiteral("behind-replicas"), QStringLiteral("why")};
    const HttpResponse response = refusal.problem();
    QCOMPARE(response.status, 503);
    QVERIFY(response.body.contains("nothing was written"));
    QVERIFY(response.body.contains("\"reason\":\"behind-replicas\""));
    QVERIFY(response.header("Retry-After").isEmpty()); // only an operator ends it
    const WriteRefusal waiting{QStringLiteral("awaiting-peers"), QStringLiteral("soon")};
    QCOMPARE(waiting.problem().header("Retry-After"), QByteArray("2"));
    QCOMPARE(refusal.toJson().value(QStringLiteral("detail")).toString(), QStringLiteral("why"));
}

QTEST_GUILESS_MAIN(tst_HistoryGuard)
#include "tst_HistoryGuard.moc"
