// SecretFileReader: reads one password from a systemd credential or a password file, with the
// checks each deserves (a password file must be private to its owner), synchronously: both are
// small local files.
#pragma once

#include "CredentialSources.h"

namespace SecretFileReader {

inline constexpr qint64 MaxBytes = 64 * 1024;

// $dir/<name>: NotFound when the directory is unset or has no such file (or the name cannot be a
// credential's: empty, "." or "..", or holding a slash), Refused when it is unreadable or empty.
CredentialResult readCredential(const QString &directory, const QString &name);
// Refused when missing, a directory, empty, too large, unreadable, or readable by group or
// others. `clusterName` names the cluster in messages.
CredentialResult readPasswordFile(const QString &path, const QString &clusterName);
// The text of a secret file: its final line break removed (systemd's and editors' habit).
QString secretText(QByteArray data);

} // namespace SecretFileReader
