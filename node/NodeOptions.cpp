#include "NodeOptions.h"

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

const QStringList kValueKeys = {QStringLiteral("config"),
                                QStringLiteral("id"),
                                QStringLiteral("name"),
                                QStringLiteral("listen"),
                                QStringLiteral("advertise"),
                                QStringLiteral("data-dir"),
                                QStringLiteral("cluster-name"),
                                QStringLiteral("peers"),
                                QStringLiteral("primary"),
                                QStringLiteral("users"),
                                QStringLiteral("cluster-secret-file"),
                                QStringLiteral("server-version"),
                                QStringLiteral("license-expires"),
                                QStringLiteral("clock-offset-ms"),
                                QStringLiteral("delay-ms"),
                                QStringLiteral("reseed-from"),
                                QStringLiteral("trusted-proxies")};
const QStringList kBoolKeys = {QStringLiteral("allow-fault-injection"),
                               QStringLiteral("replication-paused"), QStringLiteral("degraded"),
                               QStringLiteral("hash-password"), QStringLiteral("help")};
const QStringList kPathKeys = {QStringLiteral("data-dir"), QStringLiteral("users"),
                               QStringLiteral("cluster-secret-file")};

// Every option as text ("true" for a set boolean), so flags and the JSON file merge simply.
using OptionMap = QMap<QString, QString>;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool parseFlags(const QStringList &arguments, OptionMap *map, QString *error)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")))
            return fail(error, QStringLiteral("unexpected argument \"%1\"").arg(argument));
        QString key = argument.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = key.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = key.mid(eq + 1);
            key = key.left(eq);
        }
        if (kBoolKeys.contains(key)) {
            if (inlineValue)
                return fail(error, QStringLiteral("--%1 takes no value").arg(key));
            map->insert(key, QStringLiteral("true"));
        } else if (kValueKeys.contains(key)) {
            if (inlineValue) {
                map->insert(key, *inlineValue);
            } else {
                if (i + 1 >= arguments.size())
                    return fail(error, QStringLiteral("--%1 needs a value").arg(key));
                map->insert(key, arguments.at(++i));
            }
        } else {
            return fail(error, QStringLiteral("unknown option \"--%1\"").arg(key));
        }
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
    return QStringLiteral(
        "Usage: clusterdesk-node --id ID --data-dir DIR [options]\n"
        "       clusterdesk-node --hash-password   (reads a password on stdin)\n"
        "  --config FILE              JSON object whose keys are these flags (flags override)\n"
        "  --id ID                    this node's id (required)\n"
        "  --name NAME                display name (default: the id)\n"
        "  --listen IP:PORT           listen address (default 127.0.0.1:9101)\n"
        "  --advertise URL            URL other nodes and clients use (default http://<listen>)\n"
        "  --data-dir DIR             where config.sqlite lives (required)\n"
        "  --cluster-name NAME        cluster name (default clusterdesk)\n"
        "  --peers id=url,...         the other nodes, direct URLs\n"
        "  --primary ID               the primary (default: lowest id)\n"
        "  --users FILE               users file {\"users\": [{name, role, hash}]}\n"
        "  --cluster-secret-file FILE shared secret of the cluster (required with --peers)\n"
        "  --trusted-proxies IP,...   load balancers whose X-Forwarded-For names the client\n"
        "  --server-version V         reported version (default 4.2.0)\n"
        "  --license-expires DATE     license expiry YYYY-MM-DD (default 2027-06-30)\n"
        "  --allow-fault-injection    enable /internal/v1/faults and the flags below\n"
        "  --clock-offset-ms N        add N ms to every reported time\n"
        "  --replication-paused       do not apply replicated changes\n"
        "  --degraded                 /healthz answers 503\n"
        "  --delay-ms N               delay every /api/v1 and /security answer by N ms\n"
        "  --reseed-from URL          recovery: replace the database in --data-dir with the\n"
        "                             history of the node at URL (the old file is kept as\n"
        "                             config.sqlite.replaced-<time>) and exit; stop this node\n"
        "                             first and start it as usual afterwards\n");
}

} // namespace node
