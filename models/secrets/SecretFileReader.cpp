#include "SecretFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CredentialResolver)
};

CredentialResult refused(CredentialResult::Origin origin, const QString &text)
{
    CredentialResult result;
    result.status = CredentialResult::Status::Refused;
    result.origin = origin;
    result.errorString = text;
    return result;
}

// Reads at most MaxBytes + 1 bytes; nullopt and *error when the file cannot be opened.
std::optional<QByteArray> readLimited(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    return file.read(SecretFileReader::MaxBytes + 1);
}

} // namespace

namespace SecretFileReader {

QString secretText(QByteArray data)
{
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

CredentialResult readCredential(const QString &directory, const QString &name)
{
    using Origin = CredentialResult::Origin;
    if (directory.isEmpty() || name.isEmpty() || name == u"." || name == u".." ||
        name.contains(QLatin1Char('/')))
        return {};
    const QString path = QDir(directory).filePath(name);
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    QString error;
    const std::optional<QByteArray> data = info.isDir() ? std::nullopt : readLimited(path, &error);
    if (!data)
        return refused(Origin::CredentialsDirectory,
                       Tr::tr("cannot read the systemd credential %1: %2; give the service "
                              "LoadCredential=%3:<file> or remove it from $CREDENTIALS_DIRECTORY")
                           .arg(path, info.isDir() ? Tr::tr("it is a directory") : error, name));
    if (data->size() > MaxBytes)
        return refused(Origin::CredentialsDirectory,
                       Tr::tr("the systemd credential %1 is larger than %2 bytes; it should hold "
                              "the password only")
                           .arg(path)
                           .arg(MaxBytes));
    CredentialResult result;
    result.origin = Origin::CredentialsDirectory;
    result.secret = secretText(*data);
    if (result.secret.isEmpty())
        return refused(Origin::CredentialsDirectory,
                       Tr::tr("the systemd credential %1 is empty; put the password of %2 in it")
                           .arg(path, name));
    result.status = CredentialResult::Status::Ok;
    return result;
}

CredentialResult readPasswordFile(const QString &path, const QString &clusterName)
{
    using Origin = CredentialResult::Origin;
    const QFileInfo info(path);
    if (!info.exists())
        return refused(Origin::PasswordFile,
                       Tr::tr("the password file %1 of %2 does not exist; create it with the "
                              "password and chmod 600 %1, or change it with clusterdesk cluster "
                              "edit %2 --password-file <file>")
                           .arg(path, clusterName));
    if (info.isDir())
        return refused(Origin::PasswordFile,
                       Tr::tr("the password file %1 of %2 is a directory; give a file with "
                              "clusterdesk cluster edit %2 --password-file <file>")
                           .arg(path, clusterName));
    // Like ssh with a private key: a password others can read is refused, not used.
    const QFile::Permissions open =
        QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
    if (info.permissions() & open)
        return refused(Origin::PasswordFile,
                       Tr::tr("the password file %1 of %2 can be read or changed by other users; "
                              "run chmod 600 %1")
                           .arg(path, clusterName));
    QString error;
    const std::optional<QByteArray> data = readLimited(path, &error);
    if (!data)
        return refused(
            Origin::PasswordFile,
            Tr::tr("cannot read the password file %1 of %2: %3").arg(path, clusterName, error));
    if (data->size() > MaxBytes)
        return refused(Origin::PasswordFile,
                       Tr::tr("the password file %1 of %2 is larger than %3 bytes; it should "
                              "hold the password only")
                           .arg(path, clusterName)
                           .arg(MaxBytes));
    CredentialResult result;
    result.origin = Origin::PasswordFile;
    result.secret = secretText(*data);
    if (result.secret.isEmpty())
        return refused(Origin::PasswordFile,
                       Tr::tr("the password file %1 of %2 is empty; put the password in it")
                           .arg(path, clusterName));
    result.status = CredentialResult::Status::Ok;
    return result;
}

} // namespace SecretFileReader
