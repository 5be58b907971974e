// ProfileService over a temporary store and a MemorySecretStore: profiles go to the store and
// secrets to the secret store only; the signals the monitor service and the client pool follow
// come in their order (saved, credentials, poll); a cluster without its secret waits for a
// password until signIn(); removal says profileRemoved() and forgets the secret.
#include "CredentialResolver.h"
#include "LocalStore.h"
#include "PooledProfiles.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

ClusterProfile profileNamed(const QString &name)
{
    ClusterProfile profile = ClusterProfile::create(name, QUrl(u"http://127.0.0.1:9"_s));
    profile.userName = u"admin"_s;
    return profile;
}

// The names of the emitted signals, in order.
class SignalLog final : public QObject
{
public:
    explicit SignalLog(ProfileService *service)
    {
        connect(service, &ProfileService::profileSaved, this,
                [this](const ClusterProfile &p) { names << u"saved:"_s + p.name; });
        connect(service, &ProfileService::credentialsChanged, this,
                [this](const ClusterProfile &p, const QString &secret) {
                    names << u"credentials:%1:%2"_s.arg(p.name, secret);
                });
        connect(service, &ProfileService::pollWanted, this, [this, service](const QString &id) {
            names << u"poll:"_s + service->profile(id).value_or(ClusterProfile{}).name;
        });
        connect(service, &ProfileService::profileRemoved, this,
                [this](const QString &id) { names << u"removed:"_s + id; });
    }
    QStringList names;
};

} // namespace

class tst_ProfileService final : public QObject
{
    Q_OBJECT

private slots:
    void addKeepsTheSecretApartAndSaysSoInOrder();
    void updateKeepsOrReplacesTheSecret();
    void reorderAndRemove();
    void missingSecretWaitsForSignIn();
    void refusedProfileAndFailingKeychain();
    void headlessSourcesComeBeforeTheKeychain();
    void followsChangesFromAnotherProcess();
    void followsEmptyGroupsFromAnotherProcess();
};

void tst_ProfileService::addKeepsTheSecretApartAndSaysSoInOrder()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    SignalLog log(service);
    QSignalSpy changed(service, &ProfileService::profilesChanged);
    const ClusterProfile prod = profileNamed(u"prod"_s);
    QVERIFY(console.add(prod, u"s3cret"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(service->profiles().size(), 1);
    QCOMPARE(service->profile(prod.id)->name, u"prod"_s);
    QCOMPARE(console.secrets()->secret(prod.id), u"s3cret"_s);
    // The monitor is told of the profile before its credentials, and polls after both.
    QCOMPARE(log.names,
             (QStringList{u"saved:prod"_s, u"credentials:prod:s3cret"_s, u"poll:prod"_s}));
    QVERIFY(!service->isPasswordNeeded(prod.id));
}

void tst_ProfileService::updateKeepsOrReplacesTheSecret()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    ClusterProfile prod = profileNamed(u"prod"_s);
    QVERIFY(console.add(prod, u"first"_s));
    SignalLog log(service);

    prod.name = u"production"_s;
    std::optional<StoreWriteResult> kept;
    service->updateProfile(prod, std::nullopt, this, [&](const StoreWriteResult &r) { kept = r; });
    QTRY_VERIFY(kept.has_value());
    QVERIFY(kept->ok);
    QCOMPARE(console.secrets()->secret(prod.id), u"first"_s);
    QCOMPARE(log.names, QStringList{u"saved:production"_s}); // no new credentials, no poll

    log.names.clear();
    std::optional<StoreWriteResult> replaced;
    service->updateProfile(prod, u"second"_s, this,
                           [&](const StoreWriteResult &r) { replaced = r; });
    QTRY_VERIFY(replaced.has_value());
    QVERIFY(replaced->ok);
    QCOMPARE(console.secrets()->secret(prod.id), u"second"_s);
    QCOMPARE(log.names, (QStringList{u"saved:production"_s, u"credentials:production:second"_s}));

    // An empty password deletes the stored one.
    std::optional<StoreWriteResult> cleared;
    service->updateProfile(prod, QString(), this, [&](const StoreWriteResult &r) { cleared = r; });
    QTRY_VERIFY(cleared.has_value());
    QVERIFY(!console.secrets()->contains(prod.id));
}

void tst_ProfileService::reorderAndRemove()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    const ClusterProfile a = profileNamed(u"a"_s);
    const ClusterProfile b = profileNamed(u"b"_s);
    QVERIFY(console.add(a, u"pa"_s));
    QVERIFY(console.add(b, u"pb"_s));
    QCOMPARE(service->profiles().constFirst().id, a.id);

    std::optional<bool> reordered;
    service->reorderProfiles({b.id, a.id}, this, [&](const bool &ok) { reordered = ok; });
    QTRY_VERIFY(reordered.has_value());
    QVERIFY(*reordered);
    QCOMPARE(service->profiles().constFirst().id, b.id);

    SignalLog log(service);
    QSignalSpy changed(service, &ProfileService::profilesChanged);
    std::optional<bool> removed;
    service->removeProfile(b.id, this, [&](const bool &ok) { removed = ok; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(*removed);
    QCOMPARE(log.names, QStringList{u"removed:"_s + b.id});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(service->profiles().size(), 1);
    QVERIFY(!service->profile(b.id));
    QTRY_VERIFY(!console.secrets()->contains(b.id));
    QVERIFY(console.secrets()->contains(a.id));
}

void tst_ProfileService::missingSecretWaitsForSignIn()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    const ClusterProfile prod = profileNamed(u"prod"_s);
    QVERIFY(console.add(prod, QString())); // saved without a password
    SignalLog log(service);
    QSignalSpy needed(service, &ProfileService::passwordNeededChanged);
    service->unlock(prod.id);
    QTRY_COMPARE(needed.size(), 1);
    QVERIFY(needed.at(0).at(1).toBool());
    QVERIFY(service->isPasswordNeeded(prod.id));
    QCOMPARE(service->passwordNeededReason(prod.id), u"not stored"_s);
    QVERIFY(log.names.isEmpty()); // not polled: it would only answer 401

    service->signIn(prod.id, u"typed"_s);
    QVERIFY(!service->isPasswordNeeded(prod.id));
    QCOMPARE(needed.size(), 2);
    QCOMPARE(log.names, (QStringList{u"credentials:prod:typed"_s, u"poll:prod"_s}));
    QTRY_COMPARE(console.secrets()->secret(prod.id), u"typed"_s);

    // A stored secret: credentials, then the poll, and no waiting.
    log.names.clear();
    service->unlock(prod.id);
    QTRY_COMPARE(log.names.size(), 2);
    QCOMPARE(log.names, (QStringList{u"credentials:prod:typed"_s, u"poll:prod"_s}));
}

void tst_ProfileService::refusedProfileAndFailingKeychain()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    ClusterProfile noUser = profileNamed(u"no user"_s);
    noUser.userName.clear();
    std::optional<StoreWriteResult> refused;
    service->addProfile(noUser, u"pw"_s, this, [&](const StoreWriteResult &r) { refused = r; });
    QVERIFY(!refused.has_value()); // never inside the call
    QTRY_VERIFY(refused.has_value());
    QVERIFY(!refused->ok);
    QCOMPARE(refused->problem.field, u"userName"_s);
    QVERIFY(service->profiles().isEmpty());
    QVERIFY(!console.secrets()->contains(noUser.id));

    // The profile is saved; the result names the password and secretProblem() says why.
    console.secrets()->setFailure(u"keychain locked"_s);
    QSignalSpy problems(service, &ProfileService::secretProblem);
    const ClusterProfile other = profileNamed(u"other"_s);
    QVERIFY(!console.add(other, u"pw"_s));
    QCOMPARE(problems.size(), 1);
    QVERIFY(service->profile(other.id).has_value());
}

// The window unlocks through the CredentialResolver: a saved password command (a real process,
// run without blocking) or a systemd credential wins over the keychain; a password file others
// can read is refused and the cluster waits for a typed password, saying what to do.
void tst_ProfileService::headlessSourcesComeBeforeTheKeychain()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    service->credentialResolver()->setCredentialsDirectory({});
    ClusterProfile prod = profileNamed(u"prod"_s);
    prod.passwordCommand = u"printf %s \"from command\""_s;
    QVERIFY(console.add(prod, u"kept"_s));
    SignalLog log(service);
    service->unlock(prod.id);
    QVERIFY(log.names.isEmpty()); // the command runs later, never inside the call
    QTRY_COMPARE(log.names, (QStringList{u"credentials:prod:from command"_s, u"poll:prod"_s}));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile credential(dir.filePath(u"prod"_s));
    QVERIFY(credential.open(QIODevice::WriteOnly));
    credential.write("from systemd\n");
    credential.close();
    service->credentialResolver()->setCredentialsDirectory(dir.path());
    log.names.clear();
    service->unlock(prod.id);
    QTRY_COMPARE(log.names, (QStringList{u"credentials:prod:from systemd"_s, u"poll:prod"_s}));

    service->credentialResolver()->setCredentialsDirectory({});
    QFile file(dir.filePath(u"prod.pw"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("from file\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    ClusterProfile edited = *service->profile(prod.id);
    edited.passwordCommand.clear();
    edited.passwordFile = file.fileName();
    std::optional<StoreWriteResult> updated;
    service->updateProfile(edited, std::nullopt, this,
                           [&](const StoreWriteResult &r) { updated = r; });
    QTRY_VERIFY(updated.has_value());
    QVERIFY(updated->ok);
    log.names.clear();
    QSignalSpy needed(service, &ProfileService::passwordNeededChanged);
    service->unlock(prod.id);
    QTRY_COMPARE(needed.size(), 1);
    QVERIFY2(service->passwordNeededReason(prod.id).contains(u"chmod 600 "_s + file.fileName()),
             qPrintable(service->passwordNeededReason(prod.id)));
    QVERIFY(log.names.isEmpty()); // not polled with the keychain's older password
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    service->unlock(prod.id);
    QTRY_COMPARE(log.names, (QStringList{u"credentials:prod:from file"_s, u"poll:prod"_s}));
    QVERIFY(!service->isPasswordNeeded(prod.id));
}

// The newcomer's report: with the window open, `clusterdesk cluster edit Test --read-only` did
// not reach it, and an edit was saved on the cluster the user had just made read-only; clusters
// added on the command line appeared only after a restart. Another connection to the same file
// stands in for the other process (SQLite's data_version counts any other connection).
void tst_ProfileService::followsChangesFromAnotherProcess()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    ClusterProfile prod = profileNamed(u"prod"_s);
    QVERIFY(console.add(prod, u"s3cret"_s));
    service->watchStore(std::chrono::milliseconds(50));
    SignalLog log(service);

    LocalStore other;
    QVERIFY2(other.open(console.dataDir()), qPrintable(other.lastError()));
    prod = *other.profile(prod.id);
    prod.readOnly = true;
    QVERIFY(other.updateProfile(prod));
    QTRY_VERIFY(service->profile(prod.id)->readOnly);
    QCOMPARE(log.names, QStringList{u"saved:prod"_s}); // same sign-in: no new secret, no poll
    QTRY_VERIFY(console.pool()->client(prod.id)->isReadOnly());

    log.names.clear();
    const ClusterProfile staging = profileNamed(u"staging"_s);
    QVERIFY(other.addProfile(staging));
    QTRY_VERIFY(service->profile(staging.id).has_value());
    QCOMPARE(log.names.value(0), u"saved:staging"_s);
    // Unlocked like a cluster found at start: no secret anywhere, so it waits for one.
    QTRY_VERIFY(service->isPasswordNeeded(staging.id));

    log.names.clear();
    QVERIFY(other.removeProfile(staging.id));
    QTRY_VERIFY(!service->profile(staging.id).has_value());
    QCOMPARE(log.names, QStringList{u"removed:"_s + staging.id});
    QVERIFY(!service->isPasswordNeeded(staging.id));
    other.close();
}

// `New Group…` in another window (or another process) keeps an empty folder: no profile
// changes, so only reading the groups again shows it, and its removal.
void tst_ProfileService::followsEmptyGroupsFromAnotherProcess()
{
    PooledProfiles console;
    QVERIFY(console.start());
    ProfileService *service = console.profiles();
    QVERIFY(console.add(profileNamed(u"prod"_s), u"s3cret"_s));
    service->watchStore(std::chrono::milliseconds(50));
    QSignalSpy groupsChanged(service, &ProfileService::groupsChanged);
    QSignalSpy profilesChanged(service, &ProfileService::profilesChanged);

    LocalStore other;
    QVERIFY2(other.open(console.dataDir()), qPrintable(other.lastError()));
    QVERIFY(other.addGroup(u"EMEA/Empty"_s));
    QTRY_COMPARE(service->groups(), QStringList{u"EMEA/Empty"_s});
    QCOMPARE(groupsChanged.size(), 1);
    QVERIFY(other.removeGroup(u"EMEA/Empty"_s));
    QTRY_VERIFY(service->groups().isEmpty());
    QCOMPARE(groupsChanged.size(), 2);
    QCOMPARE(profilesChanged.size(), 0); // the profiles did not change
    other.close();
}

QTEST_GUILESS_MAIN(tst_ProfileService)
#include "tst_ProfileService.moc"
