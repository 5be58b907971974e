// Overwritten and deleted secrets leave no node of a real cluster: after an update and a
// delete, every replica and a node rebuilt with --reseed-from hold exactly the current secret
// (equal digests), and no file a node keeps (database, WAL, the copy a reseed puts aside,
// logs) contains a value that was overwritten or deleted.
#include "ClusterApiTest.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QtTest>

namespace {

const QString kOverwritten = QStringLiteral("overwritten-Pw-31c8e5");
const QString kCurrent = QStringLiteral("current-Pw-9d04b7");
const QString kDeleted = QStringLiteral("deleted-Pw-5a6f21");

QJsonObject password(const QString &value)
{
    return {{QStringLiteral("password"), value}};
}

// Files under `directory` holding `value`, as "path: value".
QStringList filesContaining(const QString &directory, const QString &value)
{
    QStringList found;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(value.toUtf8()))
            found.append(file.fileName() + QStringLiteral(": ") + value);
    }
    return found;
}

} // namespace

class tst_ClusterSecretHistory final : public ClusterApiTest
{
    Q_OBJECT

private slots:
    void initTestCase() { startCluster(); }
    void cleanupTestCase() { stopCluster(); }

    void overwrittenSecretsLeaveNoNode();

private:
    // Every node answers the same digest for the current secret of `name`.
    void checkCurrentSecretEverywhere(const QString &name);
};

void tst_ClusterSecretHistory::checkCurrentSecretEverywhere(const QString &name)
{
    QSet<QString> digests;
    for (const QString &id : m_cluster->nodeIds()) {
        const auto read = m_admin->get(resourcePath(QStringLiteral("jdbc"), name), target(id));
        QVERIFY2(read.status == 200, qPrintable(id + QLatin1Char(' ') + read.summary()));
        QCOMPARE(read.json().value("secrets").toObject().value("password"), QJsonValue(true));
        const auto answer =
            m_admin->get(resourcePath(QStringLiteral("jdbc"), name) +
                             QStringLiteral("/secret-digests?nonce=0123456789abcdef0123"),
                         target(id));
        QVERIFY2(answer.status == 200, qPrintable(id + QLatin1Char(' ') + answer.summary()));
        const QJsonValue digest = answer.json().value("digests").toObject().value("password");
        QVERIFY(digest.isString());
        digests.insert(digest.toString());
    }
    QCOMPARE(digests.size(), 1);
}

void tst_ClusterSecretHistory::overwrittenSecretsLeaveNoNode()
{
    const QString kept = uniqueName("kept");
    const QString gone = uniqueName("gone");
    const QByteArray etag = create(kept, jdbcBody(QStringLiteral("d"), password(kOverwritten)));
    QVERIFY(!etag.isEmpty());
    const auto update =
        m_admin->put(resourcePath(QStringLiteral("jdbc"), kept),
                     jdbcBody(QStringLiteral("d"), password(kCurrent)), {{"If-Match", etag}});
    QVERIFY2(update.status == 200, qPrintable(update.summary()));
    QVERIFY(!create(gone, jdbcBody(QStringLiteral("d"), password(kDeleted))).isEmpty());
    const auto removed =
        m_admin->del(resourcePath(QStringLiteral("jdbc"), gone), {{"If-Match", "*"}});
    QVERIFY2(removed.status == 204, qPrintable(removed.summary()));
    const qint64 revision = primaryRevision();
    QString detail;
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    checkCurrentSecretEverywhere(kept);
    QVERIFY(!QTest::currentTestFailed());

    // A replica rebuilt from the primary's change log holds the current secret too.
    QString replica;
    for (const QString &id : m_cluster->nodeIds()) {
        if (id != m_cluster->primaryId())
            replica = id;
    }
    QString error;
    QVERIFY2(m_cluster->stopNode(replica, true, &error), qPrintable(error));
    QVERIFY2(m_cluster->reseedNode(replica, m_cluster->nodeUrl(m_cluster->primaryId()), &error),
             qPrintable(error));
    QVERIFY2(m_cluster->startNode(replica, &error), qPrintable(error));
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster->isConverged(revision, &detail), qPrintable(detail),
                              kRecoveryTimeoutMs);
    checkCurrentSecretEverywhere(kept);
    QVERIFY(!QTest::currentTestFailed());

    // Stopped, every node has checkpointed its WAL; nothing it kept holds an old value.
    for (const QString &id : m_cluster->nodeIds())
        QVERIFY2(m_cluster->stopNode(id, true, &error), qPrintable(error));
    const QString state = m_cluster->stateDirectory();
    QVERIFY(!filesContaining(state, kCurrent).isEmpty()); // the search does see values
    const QStringList leaks =
        filesContaining(state, kOverwritten) + filesContaining(state, kDeleted);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_ClusterSecretHistory)
#include "tst_ClusterSecretHistory.moc"
