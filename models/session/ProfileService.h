#pragma once
// ProfileService: the saved clusters and their secrets. Profiles live in the store, passwords
// and tokens in the secret store only; this class keeps both apart and is the one place that
// adds, updates, removes and reorders profiles. It knows nothing of polling or clients: the
// monitor service and the client pool follow its signals (dependencies run one way).

#include "ClusterProfile.h"
#include "CredentialSources.h"
#include "StoreThread.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

#include <functional>
#include <optional>

class CredentialResolver;
class SecretStore;

class ProfileService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileService)

public:
    template<typename T> using Callback = std::function<void(const T &)>;

    // Neither is owned; both must outlive the service.
    ProfileService(StoreThread *store, SecretStore *secrets, QObject *parent = nullptr);

    // Reads the profiles from the (open) store: profilesLoaded(), then profilesChanged(), then
    // `done`.
    void load(std::function<void()> done);
    bool isLoaded() const { return m_loaded; }

    // Follows changes other processes make to the saved clusters (the command line's `cluster
    // add`, `edit --read-only`, `remove`), looking every `interval`: an added cluster is
    // unlocked and polled, an edited one saved again (its read-only switch and address reach
    // every client), a removed one removed. Only the window watches; one-shot commands do not.
    void watchStore(std::chrono::milliseconds interval);

    QList<ClusterProfile> profiles() const { return m_profiles; }
    std::optional<ClusterProfile> profile(const QString &id) const;

    // The password (or token) goes to the secret store only. The callback's result is not ok
    // with field "password" when the profile was saved but its secret could not be.
    void addProfile(const ClusterProfile &profile, const QString &password, QObject *context,
                    Callback<StoreWriteResult> callback);
    // A password of nullopt keeps the stored one.
    void updateProfile(const ClusterProfile &profile, const std::optional<QString> &password,
                       QObject *context, Callback<StoreWriteResult> callback);
    // The secret goes too; profileRemoved() lets the others end the cluster's sessions.
    void removeProfile(const QString &profileId, QObject *context, Callback<bool> callback);
    void reorderProfiles(const QStringList &idsInOrder, QObject *context, Callback<bool> callback);

    // Cluster groups, the sidebar's folders. A profile's group is its own (moveToGroup());
    // groups() are the folders kept even while empty (New Group…), read by load(). Renaming or
    // removing a folder changes every profile in it in one store transaction, then
    // profilesChanged() and profileSaved() for each profile that changed; groupsChanged()
    // follows every change of groups(). Nothing is written for an invalid path.
    QStringList groups() const { return m_groups; }
    void addGroup(const QString &path, QObject *context, Callback<StoreWriteResult> callback);
    // `to` empty moves the folder's contents to the top level.
    void renameGroup(const QString &from, const QString &to, QObject *context,
                     Callback<StoreWriteResult> callback);
    // The folder's clusters and subfolders move to its parent; no cluster is removed.
    void removeGroup(const QString &path, QObject *context, Callback<StoreWriteResult> callback);
    // Files the cluster in `group` (normalized; empty: the top level) through updateProfile().
    void moveToGroup(const QString &profileId, const QString &group, QObject *context,
                     Callback<StoreWriteResult> callback);

    // Finds the cluster's secret through the CredentialResolver (systemd credential, password
    // file, password command, then the keychain; a command runs without blocking this thread):
    // credentialsChanged() and pollWanted() when there is one (or none is needed),
    // passwordNeededChanged() when the user must type it (a refused source says why).
    void unlock(const QString &profileId);
    // Where the resolver looks for a profile's secret.
    static CredentialSources credentialSources(const ClusterProfile &profile);
    // The resolver unlock() uses (its credentials directory and command timeout can be set).
    CredentialResolver *credentialResolver() const { return m_resolver; }
    // Why the cluster waits for a password (or token) the user must type: no store could give
    // one (no keychain, a locked one, or none saved). Empty when it does not wait. Such a
    // cluster is not polled: it would only answer 401.
    QString passwordNeededReason(const QString &profileId) const
    {
        return m_passwordNeeded.value(profileId);
    }
    bool isPasswordNeeded(const QString &profileId) const
    {
        return m_passwordNeeded.contains(profileId);
    }
    // Signs in with a secret the user typed: kept like a saved one (the keychain, else this
    // session's memory) and the cluster is polled with it at once.
    void signIn(const QString &profileId, const QString &secret);
    // The cluster refused the secret it was polled with (HTTP 401): it waits for the user, as
    // when none is stored, instead of being polled with a password that can only fail again
    // (and may lock the account). Nothing happens for a profile that needs no secret.
    void secretRefused(const QString &profileId);
    // The profile's secret is kept for this session only (no keychain).
    bool isSessionOnly(const QString &profileId) const;

Q_SIGNALS:
    // The first list from the store (load()).
    void profilesLoaded(const QList<ClusterProfile> &profiles);
    // Any change of the list: added, updated, removed, reordered.
    void profilesChanged();
    // Added or updated, as stored (emitted after profilesChanged()).
    void profileSaved(const ClusterProfile &profile);
    // Emitted before profilesChanged().
    void profileRemoved(const QString &profileId);
    // The secret to sign in with (empty: none); the profile says whether it is a token.
    void credentialsChanged(const ClusterProfile &profile, const QString &secret);
    // The cluster may be polled now (its credentials, if any, were given before).
    void pollWanted(const QString &profileId);
    // The secret store failed or keeps a secret for this session only.
    void secretProblem(const QString &profileId, const QString &text);
    // The cluster started or stopped waiting for a password (passwordNeededReason()).
    void passwordNeededChanged(const QString &profileId, bool needed);
    void sessionOnlyChanged(const QString &profileId, bool sessionOnly);
    void groupsChanged();

private:
    void reload(std::function<void()> then);
    // Runs a group change on the store, then reads the groups and profiles back.
    void writeGroups(std::function<bool(LocalStore &)> work, QObject *context,
                     Callback<StoreWriteResult> callback);
    void saved(const QString &id, const std::optional<QString> &secret, bool pollNew);
    void applySecret(const ClusterProfile &profile, const QString &secret);
    void unlocked(const QString &profileId, const CredentialResult &result);
    void setPasswordNeeded(const QString &profileId, const QString &reason);
    void checkStore();
    void adoptStoredProfiles(const QList<ClusterProfile> &stored);
    // Writes (or, when empty and `deleteEmpty`, deletes) the secret; `then` gets the write's
    // result as a StoreWriteResult with field "password".
    void storeSecret(const QString &id, const QString &secret, bool deleteEmpty,
                     std::function<void(const StoreWriteResult &)> then);

    QPointer<StoreThread> m_store;
    QPointer<SecretStore> m_secrets;
    CredentialResolver *m_resolver;
    bool m_loaded = false;
    QList<ClusterProfile> m_profiles;
    QTimer *m_storeWatch = nullptr;
    qint64 m_dataVersion = -1; // the store's data_version when last looked at
    quint64 m_ownWrites = 0;   // bumped as this service writes and takes its writes back
    QStringList m_groups;
    QHash<QString, QString> m_passwordNeeded; // profile id -> why
};
