#pragma once
// ProfileCommands: `clusterdesk cluster add|edit|list|show|remove` as a core object: saved
// clusters in
// the LocalStore, their passwords in a SecretStore only (or, for headless use, the path of a
// password file or a password command in the profile), results as text for stdout and stderr.

#include "ClusterProfile.h"
#include "LocalStore.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class SecretStore;

// What `cluster edit` changes: where the saved cluster's password comes from.
struct PasswordSourceChange
{
    enum class Kind { PasswordFile, PasswordCommand, Keychain };

    Kind kind = Kind::Keychain;
    QString value; // the file's path or the command line
    // For Keychain: a new password to store there (else the stored one is kept).
    std::optional<QString> password;
};

// What `cluster add` and `cluster edit` set besides the address and the password source: the
// environment label and its colour, the read-only switch, the group, and for a plain Spectrum
// cluster its nodes' URLs and the token kind. Unset fields stay as they are; an empty
// environment or group clears it, as an empty list of node URLs does.
struct ProfileLabels
{
    std::optional<QString> environment;
    std::optional<QString> environmentColour;
    std::optional<bool> readOnly;
    std::optional<QString> group;
    std::optional<QList<QUrl>> nodeUrls;
    std::optional<ClusterProfile::TokenKind> tokenKind;
    std::optional<QString> statsUser; // HAProxy's statistics admin user; empty forgets it

    bool isEmpty() const
    {
        return !environment && !environmentColour && !readOnly && !group && !nodeUrls &&
               !tokenKind && !statsUser;
    }
    // Names normalized ("Production" -> "production", " EMEA / Prod" -> "EMEA/Prod"); a new
    // environment without a colour takes that environment's default colour.
    void applyTo(ClusterProfile &profile) const;
};

class ProfileCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCommands)

public:
    enum ExitCode : int { Success = 0, Failure = 1, UsageError = 64 };

    // dataDir: the store's folder (empty: LocalStore::defaultDataDir()). `secrets` must outlive
    // this object.
    ProfileCommands(const QString &dataDir, SecretStore *secrets, QObject *parent = nullptr);
    ~ProfileCommands() override;

    // Each object runs one command; finished() follows from the event loop, never from inside
    // the call. The profile's id must be set (ClusterProfile::create does).
    // A profile with a password file is refused unless the file is usable now (chmod 600).
    void add(const ClusterProfile &profile, const std::optional<QString> &password);
    // Changes the password source (when given) and the labels; at least one of them.
    void edit(const QString &name, const std::optional<PasswordSourceChange> &change,
              const ProfileLabels &labels = {});
    void list(bool json);
    // One saved cluster: its settings (never a secret) as lines, or its profile JSON.
    void show(const QString &name, bool json);
    void remove(const QString &name);

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QString standardOutput() const { return m_output; }
    QString standardError() const { return m_errors; }

    // The saved profile called `name` (ignoring case and surrounding spaces), read from the
    // store in dataDir; nullopt with a readable reason otherwise.
    static std::optional<ClusterProfile> savedProfile(const QString &dataDir, const QString &name,
                                                      QString *error);
    static std::optional<ClusterProfile> findByName(const QList<ClusterProfile> &profiles,
                                                    const QString &name);
    // The command-line option that sets a ClusterProfile JSON field ("loadBalancerUrl" ->
    // "--url"), for error messages.
    static QString optionForField(const QString &field);

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool openStore();
    // The saved cluster called `name`, from the store it opens; nullopt when there is none or
    // the store cannot be opened (the reason in the errors, Failure on its way).
    std::optional<ClusterProfile> savedProfile(const QString &name);
    // Starts the command on the saved cluster called `name`: nullopt when it was started before
    // or savedProfile() has none.
    std::optional<ClusterProfile> startOn(const QString &name);
    // False (and the reason in the errors) when the profile's password file is not usable.
    bool checkPasswordFile(const ClusterProfile &profile);
    void saveLabels(const ClusterProfile &profile);
    // The environment, write and group lines of `show` and `edit`.
    static QString describe(const ClusterProfile &profile);
    void storePassword(const ClusterProfile &profile, const QString &password, const QString &done,
                       bool removeOnFailure);
    void finishLater(int exitCode);
    void finish(int exitCode);

    QString m_dataDir;
    SecretStore *m_secrets;
    std::unique_ptr<LocalStore> m_store;
    bool m_started = false;
    bool m_finished = false;
    int m_exitCode = -1;
    QString m_output;
    QString m_errors;
};
