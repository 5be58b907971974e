#include "ProfileFormValidator.h"

#include <QFileInfo>
#include <QSslCertificate>

const QString ProfileFormValidator::NameField = QStringLiteral("name");
const QString ProfileFormValidator::UrlField = QStringLiteral("loadBalancerUrl");
const QString ProfileFormValidator::UserField = QStringLiteral("userName");
const QString ProfileFormValidator::PasswordField = QStringLiteral("password");
const QString ProfileFormValidator::CaField = QStringLiteral("caCertificatePem");
const QString ProfileFormValidator::PinField = QStringLiteral("pinnedSha256");
const QString ProfileFormValidator::AcceptedField = QStringLiteral("acceptedCertificates");
const QString ProfileFormValidator::StatsField = QStringLiteral("haproxyStatsUrl");
const QString ProfileFormValidator::NodeUrlsField = QStringLiteral("nodeUrls");
const QString ProfileFormValidator::PollField = QStringLiteral("pollIntervalMs");
const QString ProfileFormValidator::WarnField = QStringLiteral("clockWarnMs");
const QString ProfileFormValidator::CritField = QStringLiteral("clockCritMs");

namespace {

using V = ProfileFormValidator;

// validate() reports one problem at a time; this puts a good value in the field it named so the
// next call can find the next problem. False for a field a form does not edit.
bool repairField(ClusterProfile &profile, const QString &field)
{
    if (field == V::UrlField) {
        profile.loadBalancerUrl = QUrl(QStringLiteral("https://cluster.invalid"));
    } else if (field == V::UserField) {
        profile.userName = QStringLiteral("user");
    } else if (field == V::CaField || field == QLatin1String("caCertificatePath")) {
        profile.caCertificatePem.clear();
        profile.caCertificatePath.clear();
    } else if (field == V::PinField) {
        profile.pinnedSha256.clear();
    } else if (field.startsWith(V::AcceptedField)) {
        profile.acceptedCertificates.clear();
    } else if (field.startsWith(V::NodeUrlsField + QLatin1Char('['))) {
        // Each bad line is reported: the next call looks past this one.
        const qsizetype index = field.mid(V::NodeUrlsField.size() + 1).chopped(1).toLongLong();
        if (index < 0 || index >= profile.nodeUrls.size())
            return false;
        profile.nodeUrls[index] = QUrl(QStringLiteral("https://node-%1.invalid").arg(index));
    } else if (field == V::StatsField) {
        profile.haproxyStatsUrl.clear();
    } else if (field == V::PollField) {
        profile.pollIntervalMs = ClusterProfile::DefaultPollIntervalMs;
    } else if (field == V::WarnField || field == V::CritField) {
        // validate() checks the warning range before the critical one: nothing is lost here.
        profile.clockWarnMs = 1;
        profile.clockCritMs = 2;
    } else if (field == QLatin1String("stalledAfterSeconds")) {
        profile.stalledAfterSeconds = ClusterProfile::DefaultStalledAfterSeconds;
    } else if (field == QLatin1String("sortOrder")) {
        profile.sortOrder = 0;
    } else if (field == QLatin1String("environment")) {
        profile.environment = QStringLiteral("test");
    } else if (field == QLatin1String("environmentColour")) {
        profile.environmentColourName.clear();
    } else if (field == QLatin1String("group")) {
        profile.group.clear();
    } else {
        return false;
    }
    return true;
}

} // namespace

QHash<QString, QString> ProfileFormValidator::problems(const ClusterProfile &profile,
                                                       bool secretRequired, bool secretGiven,
                                                       const QList<ClusterProfile> &otherProfiles)
{
    QHash<QString, QString> found;
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        found.insert(NameField, tr("is required"));
    for (const ClusterProfile &other : otherProfiles) {
        if (other.id != profile.id && !name.isEmpty() &&
            other.name.trimmed().compare(name, Qt::CaseInsensitive) == 0)
            found.insert(NameField,
                         tr("another cluster is already called \"%1\"").arg(other.name.trimmed()));
    }
    if (profile.loadBalancerUrl.isEmpty())
        found.insert(UrlField, tr("is required"));
    if (secretRequired && !secretGiven)
        found.insert(PasswordField, tr("is required"));
    if (!profile.caCertificatePath.isEmpty()) {
        if (!QFileInfo(profile.caCertificatePath).isFile())
            found.insert(CaField, tr("no such file"));
        else if (QSslCertificate::fromPath(profile.caCertificatePath).isEmpty())
            found.insert(CaField, tr("holds no PEM certificate"));
    }
    ClusterProfile probe = profile;
    for (int round = 0; round < 32; ++round) {
        const auto problem = probe.validate();
        if (!problem)
            break;
        QString field = problem->field;
        if (field == QLatin1String("caCertificatePath"))
            field = CaField;
        else if (field.startsWith(AcceptedField))
            field = AcceptedField;
        if (!found.contains(field))
            found.insert(field, problem->reason);
        if (!repairField(probe, problem->field))
            break;
    }
    return found;
}

QHash<QString, QString> ProfileFormValidator::warnings(const ClusterProfile &profile,
                                                       const QList<ClusterProfile> &otherProfiles)
{
    QHash<QString, QString> found;
    if (profile.loadBalancerUrl.isEmpty() || !profile.loadBalancerUrl.isValid())
        return found;
    for (const ClusterProfile &other : otherProfiles) {
        if (other.id != profile.id && sameAddress(other.loadBalancerUrl, profile.loadBalancerUrl)) {
            found.insert(
                UrlField,
                tr("the saved cluster \"%1\" already uses this URL").arg(other.name.trimmed()));
            break;
        }
    }
    return found;
}

bool ProfileFormValidator::sameAddress(const QUrl &a, const QUrl &b)
{
    const auto canonical = [](const QUrl &url) {
        QUrl plain = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments |
                                  QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
        if (plain.path() == QLatin1String("/"))
            plain.setPath(QString());
        plain.setScheme(plain.scheme().toLower());
        plain.setHost(plain.host().toLower());
        const int defaultPort = plain.scheme() == QLatin1String("https") ? 443 : 80;
        plain.setPort(plain.port(defaultPort));
        return plain;
    };
    return a.isValid() && b.isValid() && !a.isEmpty() && canonical(a) == canonical(b);
}

bool ProfileFormValidator::blocksConnection(const QString &field)
{
    return field == UrlField || field == UserField || field == CaField || field == PinField ||
           field == AcceptedField || field == NodeUrlsField;
}

QUrl ProfileFormValidator::parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QUrl() : QUrl(trimmed, QUrl::StrictMode);
}
