#include "NodeOptions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace node {
namespace {

// Every flag once, in --help order; a flag without a value name is a switch.
struct Flag
{
    const char *name;
    const char *valueName;
    const char *description;
};

constexpr Flag kFlags[] = {
    {"config", "FILE", "JSON object whose keys are these flags (flags override)."},
    {"id", "ID", "This node's id (required)."},
    {"name", "NAME", "Display name (default: the id)."},
    {"listen", "IP:PORT", "Listen address (default 127.0.0.1:9101)."},
    {"advertise", "URL", "URL other nodes and clients use (default http://<listen>)."},
    {"data-dir", "DIR", "Where config.sqlite lives (required)."},
    {"cluster-name", "NAME", "Cluster name (default clusterdesk)."},
    {"peers", "id=url,...", "The other nodes, direct URLs."},
    {"primary", "ID", "The primary (default: the lowest id)."},
    {"users", "FILE", "Users file {\"users\": [{name, role, hash}]}."},
    {"cluster-secret-file", "FILE", "Shared secret of the cluster (required with --peers)."},
    {"trusted-proxies", "IP,...", "Load balancers whose X-Forwarded-For names the client."},
    {"server-version", "V", "Reported version (default 4.2.0)."},
    {"license-expires", "DATE", "License expiry YYYY-MM-DD (default 2027-06-30)."},
    {"allow-fault-injection", nullptr, "Enable /internal/v1/faults and the four flags below."},
    {"clock-offset-ms", "N", "Add N ms to every reported time."},
    {"replication-paused", nullptr, "Do not apply replicated changes."},
    {"degraded", nullptr, "/healthz answers 503."},
    {"delay-ms", "N", "Delay every /api/v1 and /security answer by N ms."},
    {"reseed-from", "URL",
     "Recovery: replace the database in --data-dir with the history of the node at URL (the "
     "old file is kept as config.sqlite.replaced-<time>) and exit; stop this node first and "
     "start it as usual afterwards."},
    {"spectrum-compatible", nullptr,
     "Serve only what Spectrum documents (token service, /rest and /soap catalogues); no "
     "/api/v1."},
    {"spectrum-host-check", "on|off",
     "Spectrum mode: bind tokens to the address that obtained them (default on)."},
    {"spectrum-session-idle-seconds", "N",
     "Spectrum mode: session tokens expire after N s unused (default 1800)."},
    {"hash-password", nullptr, "Read a password on stdin, print its hash for --users and exit."},
    {"help", nullptr, "Show this help and exit."},
};

QStringList flagNames(bool withValue)
{
    QStringList names;
    for (const Flag &flag : kFlags) {
        if ((flag.valueName != nullptr) == withValue)
            names.append(QLatin1String(flag.name));
    }
    return names;
}

const QStringList kValueKeys = flagNames(true);
const QStringList kBoolKeys = flagNames(false);
const QStringList kPathKeys = {QStringLiteral("data-dir"), QStringLiteral("users"),
                               QStringLiteral("cluster-secret-file")};

void describeFlags(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QStringLiteral("The reference node of a Clusterdesk cluster.\n"
                       "Run:  clusterdesk-node --id ID --data-dir DIR [options]\n"
                       "Or:   clusterdesk-node --hash-password   (reads a password on stdin)"));
    for (const Flag &flag : kFlags) {
        QCommandLineOption option(QLatin1String(flag.name), QLatin1String(flag.description));
        if (flag.valueName)
            option.setValueName(QLatin1String(flag.valueName));
        parser.addOption(option);
    }
}

// Every option as text ("true" for a set boolean), so flags and the JSON file merge simply.
using OptionMap = QMap<QString, QString>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Qt's parser failed without an unknown option: a value missing after the last flag or a
// value given to a switch. Said in the words of the other messages, naming the flag.
QString syntaxError(const QStringList &arguments, const QString &qtError)
{
    const QString last = arguments.size() > 1 ? arguments.last() : QString();
    if (last.startsWith(QLatin1String("--")) && kValueKeys.contains(last.mid(2)))
        return QStringLiteral("%1 needs a value").arg(last);
    for (const QString &argument : arguments) {
        const qsizetype eq = argument.indexOf(QLatin1Char('='));
        if (argument.startsWith(QLatin1String("--")) && eq > 2 &&
            kBoolKeys.contains(argument.mid(2, eq - 2)))
            return QStringLiteral("%1 takes no value").arg(argument.left(eq));
    }
    return qtError;
}

bool parseFlags(const QStringList &arguments, OptionMap *map, QString *error)
{
    QCommandLineParser parser;
    describeFlags(parser);
    const bool parsed = parser.parse(arguments);
    if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
        // Qt reads "-id" as the short options -i -d: name the first as it was written.
        const QString &name = unknown.first();
        return fail(error,
                    QStringLiteral("unknown option \"%1%2\"")
                        .arg(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name));
    }
    if (!parsed)
        return fail(error, syntaxError(arguments, parser.errorText()));
    if (const QStringList extra = parser.positionalArguments(); !extra.isEmpty())
        return fail(error, QStringLiteral("unexpected argument \"%1\"").arg(extra.first()));
    for (const QString &key : parser.optionNames()) {
        if (kBoolKeys.contains(key))
            map->insert(key, QStringLiteral("true"));
        else
            map->insert(key, parser.value(key)); // the last one given wins
    }
    return true;
}

QString peersText(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isString())
        return value.toString();
    QStringList parts;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                *ok = false;
            parts << it.key() + QLatin1Char('=') + it.value().toString();
        }
    } else if (value.isArray()) {
        for (const QJsonValue &entry : value.toArray()) {
            if (!entry.isString())
                *ok = false;
            parts << entry.toString();
        }
    } else {
        *ok = false;
    }
    return parts.join(QLatin1Char(','));
}

bool readConfigFile(const QString &path, OptionMap *map, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            error,
            QStringLiteral("cannot read --config file %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return fail(error, QStringLiteral("--config file %1 is not a JSON object%2")
                               .arg(path, parseError.error == QJsonParseError::NoError
                                              ? QString()
                                              : QStringLiteral(": ") + parseError.errorString()));
    const QDir base = QFileInfo(path).absoluteDir();
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        QString text;
        if (kBoolKeys.contains(key) && key != QLatin1String("help") &&
            key != QLatin1String("hash-password")) {
            if (!value.isBool())
                return fail(error,
                            QStringLiteral("config key \"%1\" must be true or false").arg(key));
            if (!value.toBool())
                continue;
            text = QStringLiteral("true");
        } else if (key == QLatin1String("peers")) {
            bool ok = false;
            text = peersText(value, &ok);
            if (!ok)
                return fail(error, QStringLiteral("config key \"peers\" must be \"id=url,...\", "
                                                  "an object of id to url or an array"));
        } else if (kValueKeys.contains(key) && key != QLatin1String("config")) {
            if (value.isString())
                text = value.toString();
            else if (value.isDouble() && value.toDouble() == double(value.toInteger()))
                text = QString::number(value.toInteger());
            else
                return fail(error, QStringLiteral("config key \"%1\" must be a string").arg(key));
            if (kPathKeys.contains(key) && !text.isEmpty())
                text = QDir::cleanPath(base.absoluteFilePath(text));
        } else {
            return fail(error, QStringLiteral("unknown config key \"%1\" in %2").arg(key, path));
        }
        map->insert(key, text);
    }
    return true;
}

bool parseInteger(const OptionMap &map, const QString &key, qint64 minimum, qint64 maximum,
                  qint64 *out, QString *error)
{
    if (!map.contains(key))
        return true;
    bool ok = false;
    const qint64 value = map.value(key).toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return fail(
            error,
            QStringLiteral("--%1 must be an integer in %2..%3").arg(key).arg(minimum).arg(maximum));
    *out = value;
    return true;
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

// A base URL that paths are appended to: no trailing '/' (not even a bare root path).
QUrl baseUrl(const QUrl &url)
{
    QUrl result = url.adjusted(QUrl::StripTrailingSlash);
    if (result.path() == QLatin1String("/"))
        result.setPath(QString());
    return result;
}

const QRegularExpression kIdPattern(QStringLiteral("\\A[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));

bool parsePeers(const QString &text, NodeOptions *options, QString *error)
{
    QSet<QString> seen{options->id};
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString id = part.left(eq).trimmed();
        const QUrl url(part.mid(eq + 1).trimmed(), QUrl::StrictMode);
        if (eq <= 0 || !kIdPattern.match(id).hasMatch() || !isHttpUrl(url))
            return fail(
                error, QStringLiteral("--peers entry \"%1\" is not id=http://host:port").arg(part));
        if (seen.contains(id))
            return fail(error,
                        QStringLiteral("--peers names node \"%1\" twice (or this node)").arg(id));
        seen.insert(id);
        options->peers.append({id, baseUrl(url)});
    }
    return true;
}

bool parseTrustedProxies(const QString &text, NodeOptions *options, QString *error)
{
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QHostAddress address(part.trimmed());
        if (address.isNull())
            return fail(
                error,
                QStringLiteral("--trusted-proxies entry \"%1\" is not an IP address").arg(part));
        options->trustedProxies.append(address);
    }
    return true;
}

// --reseed-from URL: the recovery run (see Reseeder); it reads the peer with the secret.
bool parseReseedFrom(const OptionMap &map, NodeOptions *options, QString *error)
{
    if (!map.contains(QStringLiteral("reseed-from")))
        return true;
    const QUrl url(map.value(QStringLiteral("reseed-from")), QUrl::StrictMode);
    if (!isHttpUrl(url))
        return fail(error, QStringLiteral("--reseed-from must be an http(s) URL with a host"));
    if (options->clusterSecretFile.isEmpty())
        return fail(error, QStringLiteral("--reseed-from needs --cluster-secret-file"));
    options->reseedFrom = baseUrl(url);
    return true;
}

// --listen and --advertise (which defaults to the listen address).
bool parseAddresses(const OptionMap &map, NodeOptions *options, QString *error)
{
    if (map.contains(QStringLiteral("listen"))) {
        const QString listen = map.value(QStringLiteral("listen"));
        const QUrl url(QStringLiteral("http://") + listen, QUrl::StrictMode);
        const QHostAddress address(url.host());
        if (!url.isValid() || address.isNull() || url.port() <= 0 || !url.path().isEmpty() ||
            !url.userInfo().isEmpty())
            return fail(error, QStringLiteral("--listen \"%1\" is not IP:PORT").arg(listen));
        options->listenAddress = address;
        options->listenPort = quint16(url.port());
    }
    if (map.contains(QStringLiteral("advertise"))) {
        const QUrl url(map.value(QStringLiteral("advertise")), QUrl::StrictMode);
        if (!isHttpUrl(url))
            return fail(error, QStringLiteral("--advertise must be an http(s) URL with a host"));
        options->advertiseUrl = baseUrl(url);
    } else {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(options->listenAddress.toString());
        url.setPort(options->listenPort);
        options->advertiseUrl = url;
    }
    return true;
}

// The faults a node may start with, each only with --allow-fault-injection.
bool parseFaults(const OptionMap &map, NodeOptions *options, QString *error)
{
    options->allowFaultInjection = map.contains(QStringLiteral("allow-fault-injection"));
    for (const char *fault : {"clock-offset-ms", "replication-paused", "degraded", "delay-ms"}) {
        if (map.contains(QLatin1String(fault)) && !options->allowFaultInjection)
            return fail(
                error,
                QStringLiteral("--%1 requires --allow-fault-injection").arg(QLatin1String(fault)));
    }
    qint64 delay = 0;
    if (!parseInteger(map, QStringLiteral("clock-offset-ms"), -86400000LL, 86400000LL,
                      &options->clockOffsetMs, error) ||
        !parseInteger(map, QStringLiteral("delay-ms"), 0, 60000, &delay, error))
        return false;
    options->delayMs = int(delay);
    options->replicationPaused = map.contains(QStringLiteral("replication-paused"));
    options->degraded = map.contains(QStringLiteral("degraded"));
    return true;
}

// --spectrum-compatible and the two options that only make sense with it.
bool parseSpectrum(const OptionMap &map, NodeOptions *options, QString *error)
{
    options->spectrumCompatible = map.contains(QStringLiteral("spectrum-compatible"));
    for (const char *key : {"spectrum-host-check", "spectrum-session-idle-seconds"}) {
        if (map.contains(QLatin1String(key)) && !options->spectrumCompatible)
            return fail(
                error,
                QStringLiteral("--%1 requires --spectrum-compatible").arg(QLatin1String(key)));
    }
    if (map.contains(QStringLiteral("spectrum-host-check"))) {
        const QString value = map.value(QStringLiteral("spectrum-host-check"));
        if (value != QLatin1String("on") && value != QLatin1String("off"))
            return fail(error, QStringLiteral("--spectrum-host-check must be on or off"));
        options->spectrumHostCheck = value == QLatin1String("on");
    }
    qint64 idle = options->spectrumSessionIdleSeconds;
    if (!parseInteger(map, QStringLiteral("spectrum-session-idle-seconds"), 1, 86400, &idle, error))
        return false;
    options->spectrumSessionIdleSeconds = int(idle);
    return true;
}

bool build(const OptionMap &map, NodeOptions *options, QString *error)
{
    options->hashPasswordMode = map.contains(QStringLiteral("hash-password"));
    options->helpRequested = map.contains(QStringLiteral("help"));
    if (options->hashPasswordMode || options->helpRequested)
        return true;

    options->id = map.value(QStringLiteral("id"));
    if (options->id.isEmpty())
        return fail(error, QStringLiteral("--id is required"));
    if (!kIdPattern.match(options->id).hasMatch())
        return fail(error, QStringLiteral("--id must be 1-64 characters of A-Z a-z 0-9 . _ -"));
    options->name = map.value(QStringLiteral("name"), options->id);
    options->dataDirectory = map.value(QStringLiteral("data-dir"));
    if (options->dataDirectory.isEmpty())
        return fail(error, QStringLiteral("--data-dir is required"));

    if (!parseAddresses(map, options, error))
        return false;
    options->clusterName = map.value(QStringLiteral("cluster-name"), options->clusterName);
    if (options->clusterName.isEmpty() || options->clusterName.size() > 128)
        return fail(error, QStringLiteral("--cluster-name must be 1-128 characters"));
    if (!parsePeers(map.value(QStringLiteral("peers")), options, error) ||
        !parseTrustedProxies(map.value(QStringLiteral("trusted-proxies")), options, error))
        return false;

    if (map.contains(QStringLiteral("primary"))) {
        options->primaryId = map.value(QStringLiteral("primary"));
        const bool known =
            options->primaryId == options->id ||
            std::any_of(options->peers.begin(), options->peers.end(),
                        [&](const PeerOption &peer) { return peer.id == options->primaryId; });
        if (!known)
            return fail(error, QStringLiteral("--primary \"%1\" is neither --id nor one of --peers")
                                   .arg(options->primaryId));
    } else {
        options->primaryId = options->id;
        for (const PeerOption &peer : std::as_const(options->peers))
            options->primaryId = std::min(options->primaryId, peer.id);
    }
    options->usersFile = map.value(QStringLiteral("users"));
    options->clusterSecretFile = map.value(QStringLiteral("cluster-secret-file"));
    if (!options->peers.isEmpty() && options->clusterSecretFile.isEmpty())
        return fail(error, QStringLiteral("--cluster-secret-file is required with --peers"));
    options->serverVersion = map.value(QStringLiteral("server-version"), options->serverVersion);
    if (options->serverVersion.isEmpty() || options->serverVersion.size() > 64)
        return fail(error, QStringLiteral("--server-version must be 1-64 characters"));
    if (map.contains(QStringLiteral("license-expires"))) {
        options->licenseExpires =
            QDate::fromString(map.value(QStringLiteral("license-expires")), Qt::ISODate);
        if (!options->licenseExpires.isValid())
            return fail(error, QStringLiteral("--license-expires must be a date YYYY-MM-DD"));
    }

    if (!parseFaults(map, options, error) || !parseSpectrum(map, options, error))
        return false;
    return parseReseedFrom(map, options, error);
}

} // namespace

std::optional<QUrl> NodeOptions::primaryUrl() const
{
    for (const PeerOption &peer : peers) {
        if (peer.id == primaryId)
            return peer.url;
    }
    return std::nullopt;
}

std::optional<NodeOptions> NodeOptions::parse(const QStringList &arguments, QString *error)
{
    OptionMap flags;
    if (!parseFlags(arguments, &flags, error))
        return std::nullopt;
    OptionMap merged;
    if (flags.contains(QStringLiteral("config")) &&
        !readConfigFile(flags.value(QStringLiteral("config")), &merged, error))
        return std::nullopt;
    for (auto it = flags.begin(); it != flags.end(); ++it)
        merged.insert(it.key(), it.value());
    NodeOptions options;
    if (!build(merged, &options, error))
        return std::nullopt;
    return options;
}

QString NodeOptions::helpText()
{
    QCommandLineParser parser;
    describeFlags(parser);
    return parser.helpText();
}

} // namespace node
