// CredentialSecretStore: reads of known profiles go through the resolver (a refusal becomes a
// failed read with the resolver's reason), unknown ones and every write go to the keychain.
#include "CredentialSecretStore.h"
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

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
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qFatal("callback never ran");
    return out;
}

} // namespace

class tst_CredentialSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThroughTheResolver()
    {
        MemorySecretStore keychain;
        keychain.insert(QStringLiteral("a"), QStringLiteral("kept-a"));
        keychain.insert(QStringLiteral("b"), QStringLiteral("kept-b"));
        CredentialSecretStore store(&keychain);
        store.resolver()->setCredentialsDirectory({});
        store.setSources(
            {{QStringLiteral("a"), QStringLiteral("A"), {}, QStringLiteral("echo cmd-a")},
             {QStringLiteral("c"), QStringLiteral("C"), {}, QStringLiteral("false")},
             {QStringLiteral("d"), QStringLiteral("D"), {}, {}}});
        SecretResult read =
            await([&](auto cb) { store.readSecret(QStringLiteral("a"), this, cb); });
        QCOMPARE(read.status, SecretResult::Status::Ok);
        QCOMPARE(read.secret, QStringLiteral("cmd-a"));
        // Not given: the keychain alone.
        read = await([&](auto cb) { store.readSecret(QStringLiteral("b"), this, cb); });
        QCOMPARE(read.secret, QStringLiteral("kept-b"));
        read = await([&](auto cb) { store.readSecret(QStringLiteral("c"), this, cb); });
        QCOMPARE(read.status, SecretResult::Status::Failed);
        QVERIFY2(read.errorString.contains(QLatin1String("password command of C")),
                 qPrintable(read.errorString));
        read = await([&](auto cb) { store.readSecret(QStringLiteral("d"), this, cb); });
        QCOMPARE(read.status, SecretResult::Status::NotFound);
        QVERIFY(read.errorString.contains(QLatin1String("no password stored for D")));
    }

    void writesGoToTheKeychain()
    {
        MemorySecretStore keychain;
        CredentialSecretStore store(&keychain);
        QSignalSpy sessionOnly(&store, &SecretStore::sessionOnlyChanged);
        QVERIFY(await([&](auto cb) {
                    store.writeSecret(QStringLiteral("a"), QStringLiteral("x"), this, cb);
                }).ok());
        QCOMPARE(keychain.secret(QStringLiteral("a")), QStringLiteral("x"));
        QVERIFY(await([&](auto cb) { store.deleteSecret(QStringLiteral("a"), this, cb); }).ok());
        QVERIFY(!keychain.contains(QStringLiteral("a")));
        keychain.setSessionOnly(true);
        keychain.insert(QStringLiteral("a"), QStringLiteral("y"));
        QVERIFY(store.isSessionOnly(QStringLiteral("a")));
        emit keychain.sessionOnlyChanged(QStringLiteral("a"), true);
        QCOMPARE(sessionOnly.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialSecretStore)
#include "tst_CredentialSecretStore.moc"
