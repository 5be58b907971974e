#include "NodeSnapshot.h"

#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(NodeSnapshot)
};

template<typename Enum> struct KeyEntry
{
    Enum value;
    const char *key;
};

template<typename Enum, std::size_t N> QString keyOf(const KeyEntry<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    }
    return QString::fromLatin1(table[0].key);
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const KeyEntry<Enum> (&table)[N], QStringView key)
{
    for (const auto &entry : table) {
        if (key == QLatin1String(entry.key))
            return entry.value;
    }
    return std::nullopt;
}

const KeyEntry<NodeHealth> healthKeys[] = {{NodeHealth::Unknown, "unknown"},
                                           {NodeHealth::Up, "up"},
                                           {NodeHealth::Degraded, "degraded"},
                                           {NodeHealth::Unreachable, "unreachable"}};
const KeyEntry<LbState> lbKeys[] = {{LbState::Unknown, "unknown"},
                                    {LbState::Up, "up"},
                                    {LbState::Down, "down"},
                                    {LbState::Maint, "maint"},
                                    {LbState::NoCheck, "no-check"}};
const KeyEntry<ProbePath> probeKeys[] = {{ProbePath::None, "none"},
                                         {ProbePath::ViaLoadBalancer, "via-load-balancer"},
                                         {ProbePath::Direct, "direct"}};
const KeyEntry<ConfigAgreementState> agreementKeys[] = {
    {ConfigAgreementState::Unknown, "unknown"},
    {ConfigAgreementState::InSync, "in-sync"},
    {ConfigAgreementState::Behind, "behind"},
    {ConfigAgreementState::Stalled, "stalled"},
    {ConfigAgreementState::Diverged, "diverged"}};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

void putOptional(QJsonObject &object, const QString &key, const std::optional<qint64> &value)
{
    if (value)
        object.insert(key, double(*value));
}

void putOptional(QJsonObject &object, const QString &key, const std::optional<double> &value)
{
    if (value)
        object.insert(key, *value);
}

} // namespace

QString nodeHealthKey(NodeHealth health)
{
    return keyOf(healthKeys, health);
}
std::optional<NodeHealth> nodeHealthFromKey(QStringView key)
{
    return valueOf(healthKeys, key);
}
QString lbStateKey(LbState state)
{
    return keyOf(lbKeys, state);
}
std::optional<LbState> lbStateFromKey(QStringView key)
{
    return valueOf(lbKeys, key);
}
QString probePathKey(ProbePath path)
{
    return keyOf(probeKeys, path);
}
std::optional<ProbePath> probePathFromKey(QStringView key)
{
    return valueOf(probeKeys, key);
}
QString configAgreementKey(ConfigAgreementState state)
{
    return keyOf(agreementKeys, state);
}
std::optional<ConfigAgreementState> configAgreementFromKey(QStringView key)
{
    return valueOf(agreementKeys, key);
}

QString nodeHealthText(NodeHealth health)
{
    switch (health) {
    case NodeHealth::Up:
        return Tr::tr("Up");
    case NodeHealth::Degraded:
        return Tr::tr("Degraded");
    case NodeHealth::Unreachable:
        return Tr::tr("Unreachable");
    case NodeHealth::Unknown:
        break;
    }
    return Tr::tr("Unknown");
}

QString lbStateText(LbState state)
{
    switch (state) {
    case LbState::Up:
        return Tr::tr("Up");
    case LbState::Down:
        return Tr::tr("Down");
    case LbState::Maint:
        return Tr::tr("Maintenance");
    case LbState::NoCheck:
        return Tr::tr("Not checked");
    case LbState::Unknown:
        break;
    }
    return Tr::tr("Unknown");
}

QString configAgreementText(ConfigAgreementState state)
{
    switch (state) {
    case ConfigAgreementState::InSync:
        return Tr::tr("In sync");
    case ConfigAgreementState::Behind:
        return Tr::tr("Behind");
    case ConfigAgreementState::Stalled:
        return Tr::tr("Stalled");
    case ConfigAgreementState::Diverged:
        return Tr::tr("Diverged");
    case ConfigAgreementState::Unknown:
        break;
    }
    return Tr::tr("Unknown");
}

SnapshotJsonReader::SnapshotJsonReader(const QJsonObject &object, const QString &path,
                                       QString *error)
    : m_object(object)
    , m_path(path)
    , m_error(error)
{}

QString SnapshotJsonReader::fieldPath(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void SnapshotJsonReader::fail(const QString &key, const QString &problem)
{
    if (m_ok && m_error)
        *m_error = QStringLiteral("field '%1' %2").arg(fieldPath(key), problem);
    m_ok = false;
}

std::optional<QJsonValue> SnapshotJsonReader::present(const QString &key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    return value;
}

std::optional<QString> SnapshotJsonReader::string(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        fail(key, QStringLiteral("should be a string, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->toString();
}

std::optional<double> SnapshotJsonReader::number(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isDouble()) {
        fail(key, QStringLiteral("should be a number, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->toDouble();
}

std::optional<qint64> SnapshotJsonReader::integer(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    const double number = value->toDouble();
    // Beyond 2^53 a JSON number no longer holds every integer exactly.
    constexpr double limit = 9007199254740992.0;
    if (!value->isDouble() || std::trunc(number) != number || std::fabs(number) > limit) {
        fail(key, value->isDouble()
                      ? QStringLiteral("should be an integer, not %1").arg(number)
                      : QStringLiteral("should be an integer, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return qint64(number);
}

std::optional<bool> SnapshotJsonReader::boolean(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isBool()) {
        fail(key, QStringLiteral("should be true or false, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QJsonObject> SnapshotJsonReader::object(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        fail(key, QStringLiteral("should be an object, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> SnapshotJsonReader::array(const QString &key)
{
    const auto value = present(key);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        fail(key, QStringLiteral("should be an array, not %1").arg(jsonTypeName(*value)));
        return std::nullopt;
    }
    return value->toArray();
}

NodeSnapshot NodeSnapshot::placeholder(const QString &id, const QString &name,
                                       const QUrl &directUrl)
{
    NodeSnapshot node;
    node.m_id = id;
    node.m_name = name;
    node.m_directUrl = directUrl;
    return node;
}

std::optional<NodeSnapshot> NodeSnapshot::fromNodeJson(const QJsonObject &object, QString *error)
{
    SnapshotJsonReader reader(object, QString(), error);
    NodeSnapshot node;
    node.m_id = reader.string(QStringLiteral("id")).value_or(QString());
    if (reader.ok() && node.m_id.isEmpty())
        reader.fail(QStringLiteral("id"), QStringLiteral("is missing or empty"));
    node.m_name = reader.string(QStringLiteral("name")).value_or(QString());
    if (const auto url = reader.string(QStringLiteral("url"))) {
        node.m_directUrl = QUrl(*url, QUrl::StrictMode);
        if (!node.m_directUrl.isValid())
            reader.fail(QStringLiteral("url"), QStringLiteral("is not a valid URL"));
    }
    node.m_serverVersion = reader.string(QStringLiteral("serverVersion")).value_or(QString());
    node.m_role = reader.string(QStringLiteral("role")).value_or(QString());
    node.m_reportedState = reader.string(QStringLiteral("state")).value_or(QString());
    if (const auto started = reader.string(QStringLiteral("startedAt"))) {
        node.m_startedAt = QDateTime::fromString(*started, Qt::ISODateWithMs);
        if (!node.m_startedAt.isValid())
            reader.fail(QStringLiteral("startedAt"), QStringLiteral("is not an RFC 3339 time"));
    }
    node.m_uptimeSeconds = reader.integer(QStringLiteral("uptimeSeconds"));

    if (const auto cluster = reader.object(QStringLiteral("cluster"))) {
        SnapshotJsonReader clusterReader(*cluster, QStringLiteral("cluster"), error);
        node.m_clusterId = clusterReader.string(QStringLiteral("id")).value_or(QString());
        node.m_clusterName = clusterReader.string(QStringLiteral("name")).value_or(QString());
        if (!clusterReader.ok())
            return std::nullopt;
    }
    if (const auto config = reader.object(QStringLiteral("config"))) {
        SnapshotJsonReader configReader(*config, QStringLiteral("config"), error);
        if (const auto schema = configReader.integer(QStringLiteral("schemaVersion")))
            node.m_schemaVersion = int(*schema);
        node.m_config.revision = configReader.integer(QStringLiteral("revision"));
        node.m_config.checksum =
            configReader.string(QStringLiteral("checksum")).value_or(QString());
        node.m_config.primaryRevision = configReader.integer(QStringLiteral("primaryRevision"));
        node.m_config.lag = configReader.integer(QStringLiteral("lag"));
        node.m_config.syncState =
            configReader.string(QStringLiteral("syncState")).value_or(QString());
        configReader.string(QStringLiteral("lastSyncAt"));
        if (!configReader.ok())
            return std::nullopt;
    }
    if (const auto clock = reader.object(QStringLiteral("clock"))) {
        SnapshotJsonReader clockReader(*clock, QStringLiteral("clock"), error);
        clockReader.integer(QStringLiteral("unixMs"));
        node.m_clock.ntpSynchronized = clockReader.boolean(QStringLiteral("synchronized"));
        node.m_clock.maxErrorUs = clockReader.integer(QStringLiteral("maxErrorUs"));
        node.m_clock.estErrorUs = clockReader.integer(QStringLiteral("estErrorUs"));
        clockReader.string(QStringLiteral("source"));
        if (!clockReader.ok())
            return std::nullopt;
    }
    reader.object(QStringLiteral("load"));
    if (!reader.ok())
        return std::nullopt;
    node.m_rawNodeJson = object;
    return node;
}

QJsonObject NodeSnapshot::toJson() const
{
    QJsonObject lb{{QStringLiteral("state"), lbStateKey(m_loadBalancer.state)},
                   {QStringLiteral("status"), m_loadBalancer.status},
                   {QStringLiteral("checkStatus"), m_loadBalancer.checkStatus},
                   {QStringLiteral("lastChangeSeconds"), double(m_loadBalancer.lastChangeSeconds)}};
    QJsonObject clock{{QStringLiteral("measured"), m_clock.measured},
                      {QStringLiteral("offsetMs"), m_clock.offsetMs},
                      {QStringLiteral("errorMs"), m_clock.errorMs},
                      {QStringLiteral("offsetVsMedianMs"), m_clock.offsetVsMedianMs},
                      {QStringLiteral("severity"), severityKey(m_clock.severity)}};
    if (m_clock.ntpSynchronized)
        clock.insert(QStringLiteral("ntpSynchronized"), *m_clock.ntpSynchronized);
    putOptional(clock, QStringLiteral("maxErrorUs"), m_clock.maxErrorUs);
    putOptional(clock, QStringLiteral("estErrorUs"), m_clock.estErrorUs);
    QJsonObject config{{QStringLiteral("checksum"), m_config.checksum},
                       {QStringLiteral("syncState"), m_config.syncState},
                       {QStringLiteral("agreement"), configAgreementKey(m_config.agreement)},
                       {QStringLiteral("revisionsBehind"), double(m_config.revisionsBehind)},
                       {QStringLiteral("behindSinceMs"), double(m_config.behindSinceMs)}};
    putOptional(config, QStringLiteral("revision"), m_config.revision);
    putOptional(config, QStringLiteral("primaryRevision"), m_config.primaryRevision);
    putOptional(config, QStringLiteral("lag"), m_config.lag);

    QJsonObject object{{QStringLiteral("id"), m_id},
                       {QStringLiteral("name"), m_name},
                       {QStringLiteral("directUrl"), m_directUrl.toString()},
                       {QStringLiteral("role"), m_role},
                       {QStringLiteral("serverVersion"), m_serverVersion},
                       {QStringLiteral("reportedState"), m_reportedState},
                       {QStringLiteral("clusterId"), m_clusterId},
                       {QStringLiteral("clusterName"), m_clusterName},
                       {QStringLiteral("health"), nodeHealthKey(m_health)},
                       {QStringLiteral("missedPolls"), m_missedPolls},
                       {QStringLiteral("loadBalancer"), lb},
                       {QStringLiteral("clock"), clock},
                       {QStringLiteral("config"), config},
                       {QStringLiteral("lastSeenMs"), double(m_lastSeenMs)},
                       {QStringLiteral("probePath"), probePathKey(m_probePath)},
                       {QStringLiteral("rawNodeJson"), m_rawNodeJson},
                       {QStringLiteral("error"), m_error}};
    if (m_schemaVersion)
        object.insert(QStringLiteral("schemaVersion"), *m_schemaVersion);
    putOptional(object, QStringLiteral("latencyMs"), m_latencyMs);
    putOptional(object, QStringLiteral("uptimeSeconds"), m_uptimeSeconds);
    if (m_startedAt.isValid())
        object.insert(QStringLiteral("startedAt"), m_startedAt.toUTC().toString(Qt::ISODateWithMs));
    return object;
}

namespace {

template<typename Enum>
Enum readKey(SnapshotJsonReader &reader, const QString &key,
             std::optional<Enum> (*fromKey)(QStringView), Enum fallback)
{
    const auto text = reader.string(key);
    if (!text)
        return fallback;
    const auto value = fromKey(*text);
    if (!value) {
        reader.fail(key, QStringLiteral("has an unknown value '%1'").arg(*text));
        return fallback;
    }
    return *value;
}

} // namespace

std::optional<NodeSnapshot> NodeSnapshot::fromJson(const QJsonObject &object, QString *error)
{
    SnapshotJsonReader reader(object, QStringLiteral("node"), error);
    NodeSnapshot node;
    node.m_id = reader.string(QStringLiteral("id")).value_or(QString());
    if (reader.ok() && node.m_id.isEmpty())
        reader.fail(QStringLiteral("id"), QStringLiteral("is missing or empty"));
    node.m_name = reader.string(QStringLiteral("name")).value_or(QString());
    node.m_directUrl = QUrl(reader.string(QStringLiteral("directUrl")).value_or(QString()));
    node.m_role = reader.string(QStringLiteral("role")).value_or(QString());
    node.m_serverVersion = reader.string(QStringLiteral("serverVersion")).value_or(QString());
    if (const auto schema = reader.integer(QStringLiteral("schemaVersion")))
        node.m_schemaVersion = int(*schema);
    node.m_reportedState = reader.string(QStringLiteral("reportedState")).value_or(QString());
    node.m_clusterId = reader.string(QStringLiteral("clusterId")).value_or(QString());
    node.m_clusterName = reader.string(QStringLiteral("clusterName")).value_or(QString());
    node.m_health =
        readKey(reader, QStringLiteral("health"), &nodeHealthFromKey, NodeHealth::Unknown);
    node.m_missedPolls = int(reader.integer(QStringLiteral("missedPolls")).value_or(0));
    node.m_latencyMs = reader.number(QStringLiteral("latencyMs"));
    node.m_uptimeSeconds = reader.integer(QStringLiteral("uptimeSeconds"));
    node.m_lastSeenMs = reader.integer(QStringLiteral("lastSeenMs")).value_or(0);
    node.m_probePath =
        readKey(reader, QStringLiteral("probePath"), &probePathFromKey, ProbePath::None);
    node.m_rawNodeJson = reader.object(QStringLiteral("rawNodeJson")).value_or(QJsonObject());
    node.m_error = reader.string(QStringLiteral("error")).value_or(QString());
    if (const auto started = reader.string(QStringLiteral("startedAt")))
        node.m_startedAt = QDateTime::fromString(*started, Qt::ISODateWithMs);

    if (const auto lb = reader.object(QStringLiteral("loadBalancer"))) {
        SnapshotJsonReader lbReader(*lb, QStringLiteral("node.loadBalancer"), error);
        node.m_loadBalancer.state =
            readKey(lbReader, QStringLiteral("state"), &lbStateFromKey, LbState::Unknown);
        node.m_loadBalancer.status = lbReader.string(QStringLiteral("status")).value_or(QString());
        node.m_loadBalancer.checkStatus =
            lbReader.string(QStringLiteral("checkStatus")).value_or(QString());
        node.m_loadBalancer.lastChangeSeconds =
            lbReader.integer(QStringLiteral("lastChangeSeconds")).value_or(-1);
        if (!lbReader.ok())
            return std::nullopt;
    }
    if (const auto clock = reader.object(QStringLiteral("clock"))) {
        SnapshotJsonReader clockReader(*clock, QStringLiteral("node.clock"), error);
        Clock &c = node.m_clock;
        c.measured = clockReader.boolean(QStringLiteral("measured")).value_or(false);
        c.offsetMs = clockReader.number(QStringLiteral("offsetMs")).value_or(0);
        c.errorMs = clockReader.number(QStringLiteral("errorMs")).value_or(0);
        c.offsetVsMedianMs = clockReader.number(QStringLiteral("offsetVsMedianMs")).value_or(0);
        c.ntpSynchronized = clockReader.boolean(QStringLiteral("ntpSynchronized"));
        c.maxErrorUs = clockReader.integer(QStringLiteral("maxErrorUs"));
        c.estErrorUs = clockReader.integer(QStringLiteral("estErrorUs"));
        c.severity =
            readKey(clockReader, QStringLiteral("severity"), &severityFromKey, Severity::Ok);
        if (!clockReader.ok())
            return std::nullopt;
    }
    if (const auto config = reader.object(QStringLiteral("config"))) {
        SnapshotJsonReader configReader(*config, QStringLiteral("node.config"), error);
        Config &c = node.m_config;
        c.revision = configReader.integer(QStringLiteral("revision"));
        c.checksum = configReader.string(QStringLiteral("checksum")).value_or(QString());
        c.primaryRevision = configReader.integer(QStringLiteral("primaryRevision"));
        c.lag = configReader.integer(QStringLiteral("lag"));
        c.syncState = configReader.string(QStringLiteral("syncState")).value_or(QString());
        c.agreement = readKey(configReader, QStringLiteral("agreement"), &configAgreementFromKey,
                              ConfigAgreementState::Unknown);
        c.revisionsBehind = configReader.integer(QStringLiteral("revisionsBehind")).value_or(0);
        c.behindSinceMs = configReader.integer(QStringLiteral("behindSinceMs")).value_or(0);
        if (!configReader.ok())
            return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return node;
}

NodeSnapshot NodeSnapshot::withHealth(NodeHealth health, int missedPolls) const
{
    NodeSnapshot copy = *this;
    copy.m_health = health;
    copy.m_missedPolls = missedPolls;
    return copy;
}

NodeSnapshot NodeSnapshot::withLoadBalancer(const LoadBalancer &loadBalancer) const
{
    NodeSnapshot copy = *this;
    copy.m_loadBalancer = loadBalancer;
    return copy;
}

NodeSnapshot NodeSnapshot::withLatencyMs(std::optional<double> latencyMs) const
{
    NodeSnapshot copy = *this;
    copy.m_latencyMs = latencyMs;
    return copy;
}

NodeSnapshot NodeSnapshot::withClock(const Clock &clock) const
{
    NodeSnapshot copy = *this;
    copy.m_clock = clock;
    return copy;
}

NodeSnapshot NodeSnapshot::withConfig(const Config &config) const
{
    NodeSnapshot copy = *this;
    copy.m_config = config;
    return copy;
}

NodeSnapshot NodeSnapshot::withLastSeenMs(qint64 lastSeenMs) const
{
    NodeSnapshot copy = *this;
    copy.m_lastSeenMs = lastSeenMs;
    return copy;
}

NodeSnapshot NodeSnapshot::withProbePath(ProbePath path) const
{
    NodeSnapshot copy = *this;
    copy.m_probePath = path;
    return copy;
}

NodeSnapshot NodeSnapshot::withError(const QString &error) const
{
    NodeSnapshot copy = *this;
    copy.m_error = error;
    return copy;
}

NodeSnapshot NodeSnapshot::withDirectUrl(const QUrl &url) const
{
    NodeSnapshot copy = *this;
    copy.m_directUrl = url;
    return copy;
}
