// MemorySecretStore: the in-memory fake answers asynchronously, keeps per-profile values and
// can be made to fail or to report session-only storage.
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// Runs one asynchronous call and returns its result once the callback has run.
template<typename Call> SecretResult await(Call call)
{
    bool done = false;
    SecretResult out;
    call([&](const SecretResult &result) {
        done = true;
        out = result;
    });
    if (done)
        qFatal("callback ran synchronously");
    if (!QTest::qWaitFor([&] { return done; }))
        qFatal("callback never ran");
    return out;
}

} // namespace

class tst_MemorySecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadDelete()
    {
        MemorySecretStore store;
        const QString a = QStringLiteral("profile-a");
        const QString b = QStringLiteral("profile-b");
        QCOMPARE(await([&](auto cb) { store.readSecret(a, this, cb); }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(
            await([&](auto cb) { store.writeSecret(a, QStringLiteral("one"), this, cb); }).ok());
        QVERIFY(
            await([&](auto cb) { store.writeSecret(b, QStringLiteral("two"), this, cb); }).ok());
        SecretResult read = await([&](auto cb) { store.readSecret(a, this, cb); });
        QCOMPARE(read.status, SecretResult::Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("one"));
        QVERIFY(!read.sessionOnly);
        QVERIFY(!store.isSessionOnly(a));
        QVERIFY(await([&](auto cb) { store.deleteSecret(a, this, cb); }).ok());
        QCOMPARE(await([&](auto cb) { store.readSecret(a, this, cb); }).status,
                 SecretResult::Status::NotFound);
        QCOMPARE(await([&](auto cb) { store.readSecret(b, this, cb); }).secret,
                 QStringLiteral("two"));
        // Deleting what is not there succeeds.
        QVERIFY(await([&](auto cb) { store.deleteSecret(a, this, cb); }).ok());
    }

    void sessionOnlyMode()
    {
        MemorySecretStore store;
        store.setSessionOnly(true);
        QSignalSpy spy(&store, &SecretStore::sessionOnlyChanged);
        const QString id = QStringLiteral("p");
        QVERIFY(await([&](auto cb) {
                    store.writeSecret(id, QStringLiteral("x"), this, cb);
                }).sessionOnly);
        QVERIFY(store.isSessionOnly(id));
        QCOMPARE(spy.count(), 1);
        QVERIFY(await([&](auto cb) { store.readSecret(id, this, cb); }).sessionOnly);
        QVERIFY(await([&](auto cb) { store.deleteSecret(id, this, cb); }).ok());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(1).toBool(), false);
    }

    void failureMode()
    {
        MemorySecretStore store;
        store.setFailure(QStringLiteral("locked"));
        SecretResult result = await([&](auto cb) {
            store.writeSecret(QStringLiteral("p"), QStringLiteral("x"), this, cb);
        });
        QCOMPARE(result.status, SecretResult::Status::Failed);
        QCOMPARE(result.errorString, QStringLiteral("locked"));
        QVERIFY(!store.contains(QStringLiteral("p")));
        store.setFailure(QString());
        QVERIFY(await([&](auto cb) {
                    store.writeSecret(QStringLiteral("p"), QStringLiteral("x"), this, cb);
                }).ok());
    }

    void nullContextUsesStore()
    {
        MemorySecretStore store;
        store.insert(QStringLiteral("p"), QStringLiteral("v"));
        QCOMPARE(await([&](auto cb) { store.readSecret(QStringLiteral("p"), nullptr, cb); }).secret,
                 QStringLiteral("v"));
        store.readSecret(QStringLiteral("p"), nullptr, {}); // a null callback is fine
        QCoreApplication::processEvents();
    }

    void droppedWithContext()
    {
        MemorySecretStore store;
        auto *context = new QObject;
        bool called = false;
        store.readSecret(QStringLiteral("p"), context,
                         [&](const SecretResult &) { called = true; });
        delete context;
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(tst_MemorySecretStore)
#include "tst_MemorySecretStore.moc"
