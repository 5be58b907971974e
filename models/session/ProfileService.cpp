#include "ProfileService.h"

#include "CredentialResolver.h"
#include "SecretStore.h"

#include <QCoreApplication>

namespace {

// The strings keep the context they were translated in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleSession)
};

// Runs `callback` later (never inside the caller's call), unless `context` is gone by then.
template<typename T>
void later(QObject *receiver, QObject *context, std::function<void(const T &)> callback, T value)
{
    if (!callback)
        return;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        receiver,
        [guard, hasContext, callback = std::move(callback), value = std::move(value)] {
            if (!hasContext || guard)
                callback(value);
        },
        Qt::QueuedConnection);
}

// The callback, dropped once `context` (when given) is destroyed.
template<typename T>
std::function<void(const T &)> guarded(QObject *context, std::function<void(const T &)> callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    return [guard, hasContext, callback = std::move(callback)](const T &value) {
        if (callback && (!hasContext || guard))
            callback(value);
    };
}

// A cluster that signs in with a token, or with a user name and a password.
bool needsSecret(const ClusterProfile &profile)
{
    return profile.authKind == ClusterProfile::AuthKind::Token || !profile.userName.isEmpty();
}

} // namespace

ProfileService::ProfileService(StoreThread *store, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_resolver(new CredentialResolver(secrets, this))
{
    connect(secrets, &SecretStore::sessionOnlyChanged, this, &ProfileService::sessionOnlyChanged);
}

void ProfileService::load(std::function<void()> done)
{
    // Queued before the profiles: the folders are there when the list first shows.
    m_store->run<QStringList>([](LocalStore &store) { return store.groups(); }, this,
                              [this](const QStringList &groups) {
                                  m_groups = groups;
                                  emit groupsChanged();
                              });
    m_store->profiles(this, [this, done = std::move(done)](const QList<ClusterProfile> &list) {
        m_profiles = list;
        m_loaded = true;
        emit profilesLoaded(list);
        emit profilesChanged();
        if (done)
            done();
    });
}

std::optional<ClusterProfile> ProfileService::profile(const QString &id) const
{
    for (const ClusterProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

bool ProfileService::isSessionOnly(const QString &profileId) const
{
    return m_secrets && m_secrets->isSessionOnly(profileId);
}

void ProfileService::reload(std::function<void()> then)
{
    ++m_ownWrites;
    m_store->profiles(this, [this, then = std::move(then)](const QList<ClusterProfile> &list) {
        m_profiles = list;
        emit profilesChanged();
        if (then)
            then();
    });
}

void ProfileService::saved(const QString &id, const std::optional<QString> &secret, bool pollNew)
{
    const std::optional<ClusterProfile> stored = profile(id);
    if (!stored)
        return;
    emit profileSaved(*stored);
    if (secret)
        applySecret(*stored, *secret);
    if (pollNew)
        emit pollWanted(id);
}

void ProfileService::storeSecret(const QString &id, const QString &secret, bool deleteEmpty,
                                 std::function<void(const StoreWriteResult &)> then)
{
    auto written = [this, id, deleteEmpty, then](const SecretResult &result) {
        StoreWriteResult write;
        write.ok = result.ok();
        if (!write.ok)
            write.problem = {QStringLiteral("password"), result.errorString};
        // A new profile's secret kept for this session only is said at once; an edited one
        // says so in the dialog that edits it.
        if (!write.ok || (result.sessionOnly && !deleteEmpty))
            emit secretProblem(id, result.errorString);
        then(write);
    };
    if (secret.isEmpty() && deleteEmpty)
        m_secrets->deleteSecret(id, this, written);
    else
        m_secrets->writeSecret(id, secret, this, written);
}

void ProfileService::addProfile(const ClusterProfile &profile, const QString &password,
                                QObject *context, Callback<StoreWriteResult> callback)
{
    if (const auto problem = profile.validate()) {
        later<StoreWriteResult>(this, context, std::move(callback), {false, *problem});
        return;
    }
    auto finish = guarded(context, std::move(callback));
    ++m_ownWrites; // the store watch must not take this write for another process's
    m_store->addProfile(profile, this, [this, id = profile.id, password, finish](auto &r) {
        if (!r.ok) {
            finish(r);
            return;
        }
        auto added = [this, id, password, finish](const StoreWriteResult &result) {
            reload([this, id, password, finish, result] {
                saved(id, password.isEmpty() ? std::nullopt : std::optional(password), true);
                finish(result);
            });
        };
        if (password.isEmpty())
            added(r);
        else
            storeSecret(id, password, false, added);
    });
}

void ProfileService::updateProfile(const ClusterProfile &profile,
                                   const std::optional<QString> &password, QObject *context,
                                   Callback<StoreWriteResult> callback)
{
    if (const auto problem = profile.validate()) {
        later<StoreWriteResult>(this, context, std::move(callback), {false, *problem});
        return;
    }
    auto finish = guarded(context, std::move(callback));
    ++m_ownWrites; // the store watch must not take this write for another process's
    m_store->updateProfile(profile, this, [this, id = profile.id, password, finish](auto &r) {
        if (!r.ok) {
            finish(r);
            return;
        }
        auto updated = [this, id, password, finish](const StoreWriteResult &result) {
            reload([this, id, password, finish, result] {
                saved(id, password, false);
                finish(result);
            });
        };
        if (!password)
            updated(r);
        else
            storeSecret(id, *password, true, updated);
    });
}

void ProfileService::removeProfile(const QString &profileId, QObject *context,
                                   Callback<bool> callback)
{
    auto finish = guarded(context, std::move(callback));
    ++m_ownWrites; // the store watch must not take this write for another process's
    m_store->removeProfile(profileId, this, [this, profileId, finish](const bool &ok) {
        ++m_ownWrites;
        if (ok) {
            m_passwordNeeded.remove(profileId);
            m_secrets->deleteSecret(profileId, this, {});
            m_profiles.removeIf(
                [&](const ClusterProfile &profile) { return profile.id == profileId; });
            emit profileRemoved(profileId);
            emit profilesChanged();
        }
        finish(ok);
    });
}

void ProfileService::reorderProfiles(const QStringList &idsInOrder, QObject *context,
                                     Callback<bool> callback)
{
    auto finish = guarded(context, std::move(callback));
    ++m_ownWrites; // the store watch must not take this write for another process's
    m_store->reorderProfiles(idsInOrder, this, [this, finish](const bool &ok) {
        if (ok)
            reload([finish] { finish(true); });
        else
            finish(false);
    });
}

void ProfileService::writeGroups(std::function<bool(LocalStore &)> work, QObject *context,
                                 Callback<StoreWriteResult> callback)
{
    auto finish = guarded(context, std::move(callback));
    ++m_ownWrites; // the store watch must not take this write for another process's
    m_store->run<StoreWriteResult>(
        [work = std::move(work)](LocalStore &store) {
            const bool ok = work(store);
            return StoreWriteResult{ok, {QString(), ok ? QString() : store.lastError()}};
        },
        this,
        [this, finish](const StoreWriteResult &result) {
            if (!result.ok) {
                finish(result);
                return;
            }
            m_store->run<QStringList>([](LocalStore &store) { return store.groups(); }, this,
                                      [this](const QStringList &groups) {
                                          m_groups = groups;
                                          emit groupsChanged();
                                      });
            const QList<ClusterProfile> before = m_profiles;
            reload([this, before, finish, result] {
                for (const ClusterProfile &profile : std::as_const(m_profiles)) {
                    if (!before.contains(profile))
                        emit profileSaved(profile);
                }
                finish(result);
            });
        });
}

void ProfileService::addGroup(const QString &path, QObject *context,
                              Callback<StoreWriteResult> callback)
{
    const QString group = ClusterProfile::normalizedGroup(path);
    writeGroups([group](LocalStore &store) { return store.addGroup(group); }, context,
                std::move(callback));
}

void ProfileService::renameGroup(const QString &from, const QString &to, QObject *context,
                                 Callback<StoreWriteResult> callback)
{
    const QString target = ClusterProfile::normalizedGroup(to);
    writeGroups([from, target](LocalStore &store) { return store.renameGroup(from, target); },
                context, std::move(callback));
}

void ProfileService::removeGroup(const QString &path, QObject *context,
                                 Callback<StoreWriteResult> callback)
{
    writeGroups([path](LocalStore &store) { return store.removeGroup(path); }, context,
                std::move(callback));
}

void ProfileService::moveToGroup(const QString &profileId, const QString &group, QObject *context,
                                 Callback<StoreWriteResult> callback)
{
    std::optional<ClusterProfile> moved = profile(profileId);
    if (!moved) {
        later<StoreWriteResult>(
            this, context, std::move(callback),
            {false, {QStringLiteral("id"), Tr::tr("There is no such cluster any more.")}});
        return;
    }
    moved->group = ClusterProfile::normalizedGroup(group);
    updateProfile(*moved, std::nullopt, context, std::move(callback));
}

CredentialSources ProfileService::credentialSources(const ClusterProfile &profile)
{
    return CredentialSources{profile.id, profile.name, profile.passwordFile,
                             profile.passwordCommand};
}

void ProfileService::unlock(const QString &profileId)
{
    const std::optional<ClusterProfile> wanted = profile(profileId);
    if (!wanted)
        return;
    m_resolver->resolve(
        credentialSources(*wanted), this,
        [this, profileId](const CredentialResult &result) { unlocked(profileId, result); });
}

void ProfileService::unlocked(const QString &profileId, const CredentialResult &result)
{
    const std::optional<ClusterProfile> profile = this->profile(profileId);
    if (!profile)
        return;
    if (result.ok()) {
        // A cluster that waited for it is polled by applySecret(); once is enough.
        const bool waited = isPasswordNeeded(profileId);
        applySecret(*profile, result.secret);
        if (!waited)
            emit pollWanted(profileId);
        return;
    }
    const bool refused = result.status == CredentialResult::Status::Refused;
    if (needsSecret(*profile)) {
        // Polling without it would only say 401 ("unreachable"): wait for the user instead.
        setPasswordNeeded(profileId, refused ? result.errorString
                                     : result.sessionOnly
                                         ? Tr::tr("not stored: this system has no keychain")
                                         : Tr::tr("not stored"));
        return;
    }
    if (refused)
        emit secretProblem(profileId, result.errorString);
    // Without a secret the poll still runs: an open cluster answers.
    emit pollWanted(profileId);
}

void ProfileService::secretRefused(const QString &profileId)
{
    const std::optional<ClusterProfile> profile = this->profile(profileId);
    if (!profile || !needsSecret(*profile))
        return;
    setPasswordNeeded(profileId, profile->authKind == ClusterProfile::AuthKind::Token
                                     ? Tr::tr("the cluster refused the token (HTTP 401)")
                                     : Tr::tr("the cluster refused the password (HTTP 401)"));
}

void ProfileService::setPasswordNeeded(const QString &profileId, const QString &reason)
{
    if (m_passwordNeeded.value(profileId) == reason &&
        m_passwordNeeded.contains(profileId) == !reason.isEmpty())
        return;
    if (reason.isEmpty())
        m_passwordNeeded.remove(profileId);
    else
        m_passwordNeeded.insert(profileId, reason);
    emit passwordNeededChanged(profileId, !reason.isEmpty());
}

void ProfileService::signIn(const QString &profileId, const QString &secret)
{
    const std::optional<ClusterProfile> profile = this->profile(profileId);
    if (!profile || secret.isEmpty())
        return;
    applySecret(*profile, secret);
    // Kept like a saved secret: without a keychain for this session only (the store says so).
    m_secrets->writeSecret(profileId, secret, this, [this, profileId](const SecretResult &r) {
        if (!r.ok() || r.sessionOnly)
            emit secretProblem(profileId, r.errorString);
    });
}

void ProfileService::applySecret(const ClusterProfile &profile, const QString &secret)
{
    emit credentialsChanged(profile, secret);
    if (isPasswordNeeded(profile.id)) {
        // The cluster waited for this: poll it now, after the credentials.
        setPasswordNeeded(profile.id, QString());
        emit pollWanted(profile.id);
    }
}
