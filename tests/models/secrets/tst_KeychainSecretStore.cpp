// KeychainSecretStore without a usable keychain (no D-Bus session): secrets fall back to
// session memory, asynchronously, and the caller is told so.
#include "KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>

class tst_KeychainSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // No session bus and no X11 display to autolaunch one from: the keychain is unusable,
        // as on a headless machine or in a container.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
    }

    void writeFallsBackToSessionOnly()
    {
        KeychainSecretStore store(QStringLiteral("Clusterdesk-test"));
        QSignalSpy sessionSpy(&store, &SecretStore::sessionOnlyChanged);
        const QString id = QStringLiteral("7d0c3a4e-1111-4c1e-9a3b-2f2a5d6b7c8d");

        bool written = false;
        SecretResult writeResult;
        store.writeSecret(id, QStringLiteral("s3cret"), this, [&](const SecretResult &result) {
            written = true;
            writeResult = result;
        });
        QVERIFY2(!written, "the callback must not run inside writeSecret()");
        QTRY_VERIFY(written);
        QCOMPARE(writeResult.status, SecretResult::Status::Ok);
        QVERIFY(writeResult.sessionOnly);
        QVERIFY(!writeResult.errorString.isEmpty());
        QVERIFY(!store.lastKeychainError().isEmpty());
        qInfo("keychain error without D-Bus: %s", qPrintable(store.lastKeychainError()));
        QVERIFY(store.isSessionOnly(id));
        QCOMPARE(sessionSpy.count(), 1);
        QCOMPARE(sessionSpy.at(0).at(0).toString(), id);
        QCOMPARE(sessionSpy.at(0).at(1).toBool(), true);

        bool read = false;
        SecretResult readResult;
        store.readSecret(id, this, [&](const SecretResult &result) {
            read = true;
            readResult = result;
        });
        QVERIFY(!read);
        QTRY_VERIFY(read);
        QCOMPARE(readResult.status, SecretResult::Status::Ok);
        QCOMPARE(readResult.secret, QStringLiteral("s3cret"));
        QVERIFY(readResult.sessionOnly);

        bool deleted = false;
        store.deleteSecret(id, this, [&](const SecretResult &result) {
            deleted = true;
            QCOMPARE(result.status, SecretResult::Status::Ok);
        });
        QTRY_VERIFY(deleted);
        QVERIFY(!store.isSessionOnly(id));
        QCOMPARE(sessionSpy.count(), 2);
        QCOMPARE(sessionSpy.at(1).at(1).toBool(), false);

        // Nothing left anywhere: a read reports not found, still flagged session-only because
        // anything stored now could only live for this session.
        bool readAgain = false;
        store.readSecret(id, this, [&](const SecretResult &result) {
            readAgain = true;
            readResult = result;
        });
        QTRY_VERIFY(readAgain);
        QCOMPARE(readResult.status, SecretResult::Status::NotFound);
        QVERIFY(readResult.sessionOnly);
        QVERIFY(readResult.secret.isEmpty());
    }

    void overwriteKeepsLatestValue()
    {
        KeychainSecretStore store(QStringLiteral("Clusterdesk-test"));
        QSignalSpy sessionSpy(&store, &SecretStore::sessionOnlyChanged);
        const QString id = QStringLiteral("9a1b2c3d-2222-4c1e-9a3b-2f2a5d6b7c8d");
        int writes = 0;
        store.writeSecret(id, QStringLiteral("first"), this,
                          [&](const SecretResult &) { ++writes; });
        store.writeSecret(id, QStringLiteral("second"), this,
                          [&](const SecretResult &) { ++writes; });
        QTRY_COMPARE(writes, 2);
        QCOMPARE(sessionSpy.count(), 1); // only the move into session storage is signalled
        QString value;
        store.readSecret(id, this, [&](const SecretResult &result) { value = result.secret; });
        QTRY_COMPARE(value, QStringLiteral("second"));
    }

    void callbackDroppedWhenContextDies()
    {
        KeychainSecretStore store(QStringLiteral("Clusterdesk-test"));
        auto *context = new QObject;
        bool called = false;
        store.writeSecret(QStringLiteral("0f0e0d0c-3333-4c1e-9a3b-2f2a5d6b7c8d"),
                          QStringLiteral("x"), context,
                          [&](const SecretResult &) { called = true; });
        delete context;
        // The write itself still completes and lands in session memory.
        QTRY_VERIFY(store.isSessionOnly(QStringLiteral("0f0e0d0c-3333-4c1e-9a3b-2f2a5d6b7c8d")));
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_KeychainSecretStore.moc"
