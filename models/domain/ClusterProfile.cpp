#include "ClusterProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <limits>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClusterProfile)
};

constexpr int MaxStalledAfterSeconds = 86400;
constexpr int MaxClockThresholdMs = 3600000;

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

// Empty reason means the URL is fine. A password inside the URL would put a secret into the
// profile (and the database), so it is refused.
QString urlProblem(const QUrl &url)
{
    if (!url.isValid())
        return Tr::tr("is not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return Tr::tr("must start with http:// or https://");
    if (url.host().isEmpty())
        return Tr::tr("must name a host");
    if (!url.password().isEmpty())
        return Tr::tr("must not contain a password; the secret is stored separately");
    return {};
}

std::optional<ProfileValidationError> rangeProblem(const QString &field, qint64 value, qint64 min,
                                                   qint64 max)
{
    if (value >= min && value <= max)
        return std::nullopt;
    return ProfileValidationError{field, Tr::tr("must be between %1 and %2").arg(min).arg(max)};
}

std::optional<ProfileValidationError> secretSourceProblem(const QString &file,
                                                          const QString &command)
{
    if (!file.isEmpty() && !command.isEmpty())
        return ProfileValidationError{
            QStringLiteral("passwordCommand"),
            Tr::tr("give either a password file or a password command, not both")};
    // Read at use from wherever the reader runs: a relative path would change meaning.
    if (!file.isEmpty() && !QDir::isAbsolutePath(file))
        return ProfileValidationError{QStringLiteral("passwordFile"),
                                      Tr::tr("must be an absolute path")};
    if (command.contains(QLatin1Char('\n')) || command.contains(QLatin1Char('\r')))
        return ProfileValidationError{QStringLiteral("passwordCommand"),
                                      Tr::tr("must be one line")};
    if (!command.isEmpty() && command.trimmed().isEmpty())
        return ProfileValidationError{QStringLiteral("passwordCommand"),
                                      Tr::tr("must name a program")};
    return std::nullopt;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<ProfileValidationError> labelProblem(const ClusterProfile &profile)
{
    const QString environment = profile.environment;
    if (!environment.isEmpty() &&
        (environment.trimmed() != environment || hasControlCharacter(environment)))
        return ProfileValidationError{QStringLiteral("environment"),
                                      Tr::tr("must be one line without surrounding spaces")};
    if (environment.size() > ClusterProfile::MaxEnvironmentLength)
        return ProfileValidationError{
            QStringLiteral("environment"),
            Tr::tr("must be at most %1 characters").arg(ClusterProfile::MaxEnvironmentLength)};
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!profile.environmentColourName.isEmpty()) {
        if (!colour.match(profile.environmentColourName).hasMatch())
            return ProfileValidationError{QStringLiteral("environmentColour"),
                                          Tr::tr("must be a colour written #rrggbb")};
        if (environment.isEmpty())
            return ProfileValidationError{QStringLiteral("environmentColour"),
                                          Tr::tr("needs an environment")};
    }
    if (profile.group.size() > ClusterProfile::MaxGroupLength)
        return ProfileValidationError{
            QStringLiteral("group"),
            Tr::tr("must be at most %1 characters").arg(ClusterProfile::MaxGroupLength)};
    if (profile.group != ClusterProfile::normalizedGroup(profile.group) ||
        hasControlCharacter(profile.group))
        return ProfileValidationError{
            QStringLiteral("group"),
            Tr::tr("must be folder names separated by \"/\", none of them empty")};
    return std::nullopt;
}

// Reads typed values out of a JSON object, remembering the first type error.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &json)
        : m_json(json)
    {}

    QString error() const { return m_error; }

    QString string(const QString &key, const QString &fallback = {})
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isString()) {
            fail(key, Tr::tr("must be a string"));
            return fallback;
        }
        return value.toString();
    }

    int integer(const QString &key, int fallback)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) ||
            number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max()) {
            fail(key, Tr::tr("must be an integer"));
            return fallback;
        }
        return static_cast<int>(number);
    }

    bool boolean(const QString &key, bool fallback)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool()) {
            fail(key, Tr::tr("must be true or false"));
            return fallback;
        }
        return value.toBool();
    }

    QJsonArray array(const QString &key)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(key, Tr::tr("must be an array"));
            return {};
        }
        return value.toArray();
    }

    void fail(const QString &key, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(key, reason);
    }

private:
    QJsonObject m_json;
    QString m_error;
};

} // namespace

ClusterProfile ClusterProfile::create(const QString &name, const QUrl &loadBalancerUrl)
{
    ClusterProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.loadBalancerUrl = loadBalancerUrl;
    return profile;
}

QString ClusterProfile::authKindName(AuthKind kind)
{
    return kind == AuthKind::Token ? QStringLiteral("token") : QStringLiteral("password");
}

std::optional<ClusterProfile::AuthKind> ClusterProfile::authKindFromName(const QString &name)
{
    if (name == u"password")
        return AuthKind::Password;
    if (name == u"token")
        return AuthKind::Token;
    return std::nullopt;
}

bool ClusterProfile::isProduction() const
{
    return normalizedEnvironment(environment) == u"production";
}

QString ClusterProfile::environmentColour() const
{
    if (!environmentColourName.isEmpty())
        return environmentColourName.toLower();
    const QString known = normalizedEnvironment(environment);
    if (known.isEmpty())
        return {};
    if (known == u"production")
        return QStringLiteral("#c62828");
    if (known == u"staging")
        return QStringLiteral("#e69500");
    if (known == u"test")
        return QStringLiteral("#2e7d32");
    return QStringLiteral("#1565c0");
}

QString ClusterProfile::environmentLabel() const
{
    const QString known = normalizedEnvironment(environment);
    // Production is written in capitals so it is read, not only seen in colour.
    if (known == u"production")
        return Tr::tr("PRODUCTION");
    if (known == u"staging")
        return Tr::tr("Staging");
    if (known == u"test")
        return Tr::tr("Test");
    return known;
}

QString ClusterProfile::normalizedEnvironment(const QString &environment)
{
    const QString trimmed = environment.trimmed();
    for (const char *known : {"production", "staging", "test"}) {
        if (trimmed.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
            return QLatin1String(known);
    }
    return trimmed;
}

QString ClusterProfile::normalizedGroup(const QString &group)
{
    QStringList segments;
    for (const QString &segment : group.split(QLatin1Char('/'))) {
        if (!segment.trimmed().isEmpty())
            segments.append(segment.trimmed());
    }
    return segments.join(QLatin1Char('/'));
}

QString ClusterProfile::groupLeaf(const QString &group)
{
    return group.section(QLatin1Char('/'), -1);
}

QString ClusterProfile::parentGroup(const QString &group)
{
    const qsizetype slash = group.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : group.left(slash);
}

QString ClusterProfile::renamedGroup(const QString &group, const QString &from, const QString &to)
{
    if (from.isEmpty())
        return group;
    if (group == from)
        return to;
    if (!group.startsWith(from + QLatin1Char('/')))
        return group;
    const QString rest = group.mid(from.size() + 1);
    return to.isEmpty() ? rest : to + QLatin1Char('/') + rest;
}

std::optional<ProfileValidationError> ClusterProfile::validate() const
{
    if (QUuid::fromString(id).isNull())
        return ProfileValidationError{QStringLiteral("id"), Tr::tr("must be a UUID")};
    if (const QString problem = urlProblem(loadBalancerUrl); !problem.isEmpty())
        return ProfileValidationError{QStringLiteral("loadBalancerUrl"), problem};
    if (authKind == AuthKind::Password && userName.trimmed().isEmpty())
        return ProfileValidationError{QStringLiteral("userName"),
                                      Tr::tr("is required for password sign-in")};
    if (!caCertificatePath.isEmpty() && !caCertificatePem.isEmpty())
        return ProfileValidationError{
            QStringLiteral("caCertificatePem"),
            Tr::tr("give either a certificate file or the PEM text, not both")};
    if (!caCertificatePem.isEmpty() && !caCertificatePem.contains("-----BEGIN CERTIFICATE-----"))
        return ProfileValidationError{QStringLiteral("caCertificatePem"),
                                      Tr::tr("is not a PEM certificate")};
    if (!pinnedSha256.isEmpty() && !isSha256Hex(pinnedSha256))
        return ProfileValidationError{QStringLiteral("pinnedSha256"),
                                      Tr::tr("must be 64 hexadecimal digits (a SHA-256 digest)")};
    for (qsizetype i = 0; i < acceptedCertificates.size(); ++i) {
        const AcceptedCertificate &certificate = acceptedCertificates.at(i);
        const QString prefix = QStringLiteral("acceptedCertificates[%1].").arg(i);
        if (!isSha256Hex(certificate.sha256))
            return ProfileValidationError{
                prefix + QStringLiteral("sha256"),
                Tr::tr("must be 64 hexadecimal digits (a SHA-256 digest)")};
        if (certificate.errors.isEmpty())
            return ProfileValidationError{prefix + QStringLiteral("errors"),
                                          Tr::tr("must list the accepted TLS errors")};
        for (int code : certificate.errors) {
            if (code <= 0)
                return ProfileValidationError{prefix + QStringLiteral("errors"),
                                              Tr::tr("must be TLS error codes")};
        }
    }
    if (auto problem = secretSourceProblem(passwordFile, passwordCommand))
        return problem;
    if (!haproxyStatsUrl.isEmpty()) {
        if (const QString problem = urlProblem(haproxyStatsUrl); !problem.isEmpty())
            return ProfileValidationError{QStringLiteral("haproxyStatsUrl"), problem};
    }
    for (qsizetype i = 0; i < nodeUrls.size(); ++i) {
        if (const QString problem = urlProblem(nodeUrls.at(i)); !problem.isEmpty())
            return ProfileValidationError{QStringLiteral("nodeUrls[%1]").arg(i), problem};
        // The monitor knows a node by its host and port: a second URL of it would be one node.
        const auto port = [](const QUrl &url) {
            return url.port(url.scheme().compare(u"https", Qt::CaseInsensitive) == 0 ? 443 : 80);
        };
        const auto sameNode = [&url = nodeUrls.at(i), &port](const QUrl &other) {
            return other.host().compare(url.host(), Qt::CaseInsensitive) == 0 &&
                   port(other) == port(url);
        };
        if (std::any_of(nodeUrls.cbegin(), nodeUrls.cbegin() + i, sameNode))
            return ProfileValidationError{QStringLiteral("nodeUrls[%1]").arg(i),
                                          Tr::tr("names a node already listed")};
    }
    if (auto problem = rangeProblem(QStringLiteral("pollIntervalMs"), pollIntervalMs,
                                    MinPollIntervalMs, MaxPollIntervalMs))
        return problem;
    if (auto problem =
            rangeProblem(QStringLiteral("clockWarnMs"), clockWarnMs, 1, MaxClockThresholdMs))
        return problem;
    if (auto problem =
            rangeProblem(QStringLiteral("clockCritMs"), clockCritMs, 1, MaxClockThresholdMs))
        return problem;
    if (clockWarnMs >= clockCritMs)
        return ProfileValidationError{QStringLiteral("clockCritMs"),
                                      Tr::tr("must be greater than the warning threshold")};
    if (auto problem = rangeProblem(QStringLiteral("stalledAfterSeconds"), stalledAfterSeconds, 1,
                                    MaxStalledAfterSeconds))
        return problem;
    if (sortOrder < 0)
        return ProfileValidationError{QStringLiteral("sortOrder"), Tr::tr("must not be negative")};
    return labelProblem(*this);
}

QJsonObject ClusterProfile::toJson() const
{
    QJsonArray accepted;
    for (const AcceptedCertificate &certificate : acceptedCertificates) {
        QJsonArray errors;
        for (int code : certificate.errors)
            errors.append(code);
        accepted.append(QJsonObject{{QStringLiteral("sha256"), certificate.sha256},
                                    {QStringLiteral("errors"), errors}});
    }
    QJsonArray nodes;
    for (const QUrl &url : nodeUrls)
        nodes.append(url.toString(QUrl::FullyEncoded));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("loadBalancerUrl"), loadBalancerUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("authKind"), authKindName(authKind)},
        {QStringLiteral("userName"), userName},
        {QStringLiteral("caCertificatePath"), caCertificatePath},
        {QStringLiteral("caCertificatePem"), QString::fromUtf8(caCertificatePem)},
        {QStringLiteral("pinnedSha256"), pinnedSha256},
        {QStringLiteral("acceptedCertificates"), accepted},
        {QStringLiteral("haproxyStatsUrl"), haproxyStatsUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("haproxyStatsUser"), haproxyStatsUser},
        {QStringLiteral("passwordFile"), passwordFile},
        {QStringLiteral("passwordCommand"), passwordCommand},
        {QStringLiteral("pollIntervalMs"), pollIntervalMs},
        {QStringLiteral("clockWarnMs"), clockWarnMs},
        {QStringLiteral("clockCritMs"), clockCritMs},
        {QStringLiteral("stalledAfterSeconds"), stalledAfterSeconds},
        {QStringLiteral("sortOrder"), sortOrder},
        {QStringLiteral("nodeUrls"), nodes},
        {QStringLiteral("tokenKind"),
         tokenKind == TokenKind::Open ? QStringLiteral("open") : QStringLiteral("session")},
        {QStringLiteral("capabilities"), capabilities.toJson()},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("environmentColour"), environmentColourName},
        {QStringLiteral("readOnly"), readOnly},
        {QStringLiteral("group"), group},
    };
}

std::optional<ClusterProfile> ClusterProfile::fromJson(const QJsonObject &json, QString *error)
{
    JsonReader reader(json);
    ClusterProfile profile;
    profile.id = reader.string(QStringLiteral("id"));
    if (profile.id.isEmpty())
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = reader.string(QStringLiteral("name"));
    profile.loadBalancerUrl =
        QUrl(reader.string(QStringLiteral("loadBalancerUrl")), QUrl::StrictMode);
    const QString authKind = reader.string(QStringLiteral("authKind"), QStringLiteral("password"));
    if (auto kind = authKindFromName(authKind))
        profile.authKind = *kind;
    else
        reader.fail(QStringLiteral("authKind"), Tr::tr("must be \"password\" or \"token\""));
    profile.userName = reader.string(QStringLiteral("userName"));
    profile.caCertificatePath = reader.string(QStringLiteral("caCertificatePath"));
    profile.caCertificatePem = reader.string(QStringLiteral("caCertificatePem")).toUtf8();
    profile.pinnedSha256 = reader.string(QStringLiteral("pinnedSha256"));
    const QJsonArray accepted = reader.array(QStringLiteral("acceptedCertificates"));
    for (const QJsonValue &entry : accepted) {
        if (!entry.isObject()) {
            reader.fail(QStringLiteral("acceptedCertificates"), Tr::tr("must hold objects"));
            break;
        }
        JsonReader entryReader(entry.toObject());
        AcceptedCertificate certificate;
        certificate.sha256 = entryReader.string(QStringLiteral("sha256"));
        for (const QJsonValue &code : entryReader.array(QStringLiteral("errors"))) {
            if (!code.isDouble() || code.toDouble() != code.toInt()) {
                entryReader.fail(QStringLiteral("errors"), Tr::tr("must hold integers"));
                break;
            }
            certificate.errors.append(code.toInt());
        }
        if (!entryReader.error().isEmpty())
            reader.fail(QStringLiteral("acceptedCertificates"), entryReader.error());
        profile.acceptedCertificates.append(certificate);
    }
    profile.haproxyStatsUrl =
        QUrl(reader.string(QStringLiteral("haproxyStatsUrl")), QUrl::StrictMode);
    profile.haproxyStatsUser = reader.string(QStringLiteral("haproxyStatsUser"));
    profile.passwordFile = reader.string(QStringLiteral("passwordFile"));
    profile.passwordCommand = reader.string(QStringLiteral("passwordCommand"));
    profile.pollIntervalMs =
        reader.integer(QStringLiteral("pollIntervalMs"), DefaultPollIntervalMs);
    profile.clockWarnMs = reader.integer(QStringLiteral("clockWarnMs"), DefaultClockWarnMs);
    profile.clockCritMs = reader.integer(QStringLiteral("clockCritMs"), DefaultClockCritMs);
    profile.stalledAfterSeconds =
        reader.integer(QStringLiteral("stalledAfterSeconds"), DefaultStalledAfterSeconds);
    profile.sortOrder = reader.integer(QStringLiteral("sortOrder"), 0);
    for (const QJsonValue &url : reader.array(QStringLiteral("nodeUrls"))) {
        if (!url.isString()) {
            reader.fail(QStringLiteral("nodeUrls"), Tr::tr("must hold strings"));
            break;
        }
        profile.nodeUrls.append(QUrl(url.toString(), QUrl::StrictMode));
    }
    const QString tokenKind = reader.string(QStringLiteral("tokenKind"), QStringLiteral("session"));
    if (tokenKind == u"open")
        profile.tokenKind = TokenKind::Open;
    else if (tokenKind != u"session")
        reader.fail(QStringLiteral("tokenKind"), Tr::tr("must be \"session\" or \"open\""));
    profile.capabilities =
        ClusterCapabilities::fromJson(json.value(QStringLiteral("capabilities")).toObject());
    profile.environment = reader.string(QStringLiteral("environment"));
    profile.environmentColourName = reader.string(QStringLiteral("environmentColour"));
    profile.readOnly = reader.boolean(QStringLiteral("readOnly"), false);
    profile.group = reader.string(QStringLiteral("group"));
    if (!reader.error().isEmpty()) {
        if (error)
            *error = reader.error();
        return std::nullopt;
    }
    return profile;
}
