// CredentialSources: where a saved cluster's password (or token) may come from besides the
// keychain, and CredentialResult: what a look-up found. Plain values, no I/O.
#pragma once

#include <QString>

struct CredentialSources
{
    QString profileId;       // the keychain's key
    QString clusterName;     // the file name under $CREDENTIALS_DIRECTORY
    QString passwordFile;    // a path read at use (mode 600), or empty
    QString passwordCommand; // a command line whose stdout's first line is the secret, or empty

    friend bool operator==(const CredentialSources &, const CredentialSources &) = default;
};

struct CredentialResult
{
    enum class Status {
        Ok,
        NotFound, // no source has a secret for the cluster
        Refused,  // a source exists but cannot be used; errorString says what to do
    };
    enum class Origin { None, CredentialsDirectory, PasswordFile, PasswordCommand, Keychain };

    Status status = Status::NotFound;
    Origin origin = Origin::None;
    QString secret;           // set only when ok()
    QString errorString;      // readable, never containing the secret or a command's output
    bool sessionOnly = false; // the keychain kept it in this process's memory only

    bool ok() const { return status == Status::Ok; }
};
