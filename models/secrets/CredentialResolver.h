// CredentialResolver: the one place that finds a saved cluster's password (or token), in the
// order a service expects, for the window, the command line and the exporter alike:
//   1. systemd credentials: $CREDENTIALS_DIRECTORY/<cluster name> (LoadCredential=,
//      LoadCredentialEncrypted=), final line break removed;
//   2. the cluster's password file (a path; refused unless private to its owner: chmod 600);
//   3. the cluster's password command (first line of its stdout, see PasswordCommand);
//   4. the keychain (the SecretStore given).
// A source that exists but cannot be used is refused with what to do; the look-up does not fall
// through to the next one then, so a broken setup is never hidden by an old keychain entry.
#pragma once

#include "CredentialSources.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class SecretStore;

class CredentialResolver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)

public:
    using Callback = std::function<void(const CredentialResult &)>;

    // `keychain` (not owned, may be null: no keychain step) must outlive the resolver. The
    // credentials directory is read from $CREDENTIALS_DIRECTORY now.
    explicit CredentialResolver(SecretStore *keychain, QObject *parent = nullptr);
    ~CredentialResolver() override;

    // Empty: no systemd credentials step.
    void setCredentialsDirectory(const QString &directory) { m_credentialsDirectory = directory; }
    QString credentialsDirectory() const { return m_credentialsDirectory; }
    // How long a password command may run before it is stopped and refused.
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_commandTimeout = timeout; }
    std::chrono::milliseconds commandTimeout() const { return m_commandTimeout; }

    // The callback runs later from the event loop (never inside this call), unless `context`
    // (when not null) is destroyed first. Files are read at once (they are small and local); a
    // password command runs asynchronously, so the calling thread never blocks.
    void resolve(const CredentialSources &sources, QObject *context, Callback callback);

    // What to tell a user when no source had a secret for the cluster.
    static QString notFoundText(const QString &clusterName);

private:
    void deliver(QObject *context, const Callback &callback, const CredentialResult &result);
    void fromKeychain(const CredentialSources &sources, QObject *context, Callback callback);

    QPointer<SecretStore> m_keychain;
    QString m_credentialsDirectory;
    std::chrono::milliseconds m_commandTimeout;
};
