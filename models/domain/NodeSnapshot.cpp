#include "NodeSnapshot.h"

#include "CopyWith.h"

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
                                           {NodeHealth::Unreachable, "unreachable"},
                                           {NodeHealth::Slow, "slow"}};
const KeyEntry<LbState> lbKeys[] = {{LbState::Unknown, "unknown"},  {LbState::Up, "up"},
                                    {LbState::Down, "down"},        {LbState::Maint, "maint"},
                                    {LbState::NoCheck, "no-check"}, {LbState::Drain, "drain"}};
const KeyEntry<ProbePath> probeKeys[] = {{ProbePath::None, "none"},
                                         {ProbePath::ViaLoadBalancer, "via-load-balancer"},
                                         {ProbePath::Direct, "direct"}};
const KeyEntry<ConfigAgreementState> agreementKeys[] = {
    {ConfigAgreementState::Unknown, "unknown"},
    {ConfigAgreementState::InSync, "in-sync"},
    {ConfigAgreementState::Behind, "behind"},
    {ConfigAgreementState::Stalled, "stalled"},
    {ConfigAgreementState::Diverged, "diverged"}};

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

QString shortChecksum(const QString &checksum)
{
    return checksum.left(12).toLower();
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
    case NodeHealth::Slow:
        return Tr::tr("Slow");
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
    case LbState::Drain:
        return Tr::tr("Draining");
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
    node.m_id = reader.text(QStringLiteral("id"));
    if (reader.ok() && node.m_id.isEmpty())
        reader.fail(QStringLiteral("id"), QStringLiteral("is missing or empty"));
    node.m_name = reader.text(QStringLiteral("name"));
    if (const auto url = reader.string(QStringLiteral("url"))) {
        node.m_directUrl = QUrl(*url, QUrl::StrictMode);
        if (!node.m_directUrl.isValid())
            reader.fail(QStringLiteral("url"), QStringLiteral("is not a valid URL"));
    }
    node.m_serverVersion = reader.text(QStringLiteral("serverVersion"));
    node.m_role = reader.text(QStringLiteral("role"));
    node.m_reportedState = reader.text(QStringLiteral("state"));
    if (const auto started = reader.string(QStringLiteral("startedAt"))) {
        node.m_startedAt = QDateTime::fromString(*started, Qt::ISODateWithMs);
        if (!node.m_startedAt.isValid())
            reader.fail(QStringLiteral("startedAt"), QStringLiteral("is not an RFC 3339 time"));
    }
    node.m_uptimeSeconds = reader.integer(QStringLiteral("uptimeSeconds"));

    if (auto clusterReader = reader.nested(QStringLiteral("cluster"))) {
        node.m_clusterId = clusterReader->text(QStringLiteral("id"));
        node.m_clusterName = clusterReader->text(QStringLiteral("name"));
        if (!clusterReader->ok())
            return std::nullopt;
    }
    if (auto configReader = reader.nested(QStringLiteral("config"))) {
        if (const auto schema = configReader->integer(QStringLiteral("schemaVersion")))
            node.m_schemaVersion = int(*schema);
        node.m_config.revision = configReader->integer(QStringLiteral("revision"));
        node.m_config.checksum = configReader->text(QStringLiteral("checksum"));
        node.m_config.primaryRevision = configReader->integer(QStringLiteral("primaryRevision"));
        node.m_config.lag = configReader->integer(QStringLiteral("lag"));
        node.m_config.syncState = configReader->text(QStringLiteral("syncState"));
        configReader->string(QStringLiteral("lastSyncAt"));
        if (!configReader->ok())
            return std::nullopt;
    }
    if (auto clockReader = reader.nested(QStringLiteral("clock"))) {
        clockReader->integer(QStringLiteral("unixMs"));
        node.m_clock.ntpSynchronized = clockReader->boolean(QStringLiteral("synchronized"));
        node.m_clock.maxErrorUs = clockReader->integer(QStringLiteral("maxErrorUs"));
        node.m_clock.estErrorUs = clockReader->integer(QStringLiteral("estErrorUs"));
        clockReader->string(QStringLiteral("source"));
        if (!clockReader->ok())
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
                      {QStringLiteral("severity"), severityKey(m_clock.severity)},
                      {QStringLiteral("reference"), m_clock.reference},
                      {QStringLiteral("trusted"), m_clock.trusted}};
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

std::optional<NodeSnapshot> NodeSnapshot::fromJson(const QJsonObject &object, QString *error)
{
    SnapshotJsonReader reader(object, QStringLiteral("node"), error);
    NodeSnapshot node;
    node.m_id = reader.text(QStringLiteral("id"));
    if (reader.ok() && node.m_id.isEmpty())
        reader.fail(QStringLiteral("id"), QStringLiteral("is missing or empty"));
    node.m_name = reader.text(QStringLiteral("name"));
    node.m_directUrl = QUrl(reader.text(QStringLiteral("directUrl")));
    node.m_role = reader.text(QStringLiteral("role"));
    node.m_serverVersion = reader.text(QStringLiteral("serverVersion"));
    if (const auto schema = reader.integer(QStringLiteral("schemaVersion")))
        node.m_schemaVersion = int(*schema);
    node.m_reportedState = reader.text(QStringLiteral("reportedState"));
    node.m_clusterId = reader.text(QStringLiteral("clusterId"));
    node.m_clusterName = reader.text(QStringLiteral("clusterName"));
    node.m_health =
        reader.enumKey(QStringLiteral("health"), &nodeHealthFromKey, NodeHealth::Unknown);
    node.m_missedPolls = int(reader.integer(QStringLiteral("missedPolls")).value_or(0));
    node.m_latencyMs = reader.number(QStringLiteral("latencyMs"));
    node.m_uptimeSeconds = reader.integer(QStringLiteral("uptimeSeconds"));
    node.m_lastSeenMs = reader.integer(QStringLiteral("lastSeenMs")).value_or(0);
    node.m_probePath =
        reader.enumKey(QStringLiteral("probePath"), &probePathFromKey, ProbePath::None);
    node.m_rawNodeJson = reader.object(QStringLiteral("rawNodeJson")).value_or(QJsonObject());
    node.m_error = reader.text(QStringLiteral("error"));
    if (const auto started = reader.string(QStringLiteral("startedAt")))
        node.m_startedAt = QDateTime::fromString(*started, Qt::ISODateWithMs);

    if (auto lbReader = reader.nested(QStringLiteral("loadBalancer"))) {
        node.m_loadBalancer.state =
            lbReader->enumKey(QStringLiteral("state"), &lbStateFromKey, LbState::Unknown);
        node.m_loadBalancer.status = lbReader->text(QStringLiteral("status"));
        node.m_loadBalancer.checkStatus = lbReader->text(QStringLiteral("checkStatus"));
        node.m_loadBalancer.lastChangeSeconds =
            lbReader->integer(QStringLiteral("lastChangeSeconds")).value_or(-1);
        if (!lbReader->ok())
            return std::nullopt;
    }
    if (auto clockReader = reader.nested(QStringLiteral("clock"))) {
        Clock &c = node.m_clock;
        c.measured = clockReader->boolean(QStringLiteral("measured")).value_or(false);
        c.offsetMs = clockReader->number(QStringLiteral("offsetMs")).value_or(0);
        c.errorMs = clockReader->number(QStringLiteral("errorMs")).value_or(0);
        c.offsetVsMedianMs = clockReader->number(QStringLiteral("offsetVsMedianMs")).value_or(0);
        c.reference =
            clockReader->string(QStringLiteral("reference")).value_or(QStringLiteral("median"));
        c.trusted = clockReader->boolean(QStringLiteral("trusted")).value_or(false);
        c.ntpSynchronized = clockReader->boolean(QStringLiteral("ntpSynchronized"));
        c.maxErrorUs = clockReader->integer(QStringLiteral("maxErrorUs"));
        c.estErrorUs = clockReader->integer(QStringLiteral("estErrorUs"));
        c.severity =
            clockReader->enumKey(QStringLiteral("severity"), &severityFromKey, Severity::Ok);
        if (!clockReader->ok())
            return std::nullopt;
    }
    if (auto configReader = reader.nested(QStringLiteral("config"))) {
        Config &c = node.m_config;
        c.revision = configReader->integer(QStringLiteral("revision"));
        c.checksum = configReader->text(QStringLiteral("checksum"));
        c.primaryRevision = configReader->integer(QStringLiteral("primaryRevision"));
        c.lag = configReader->integer(QStringLiteral("lag"));
        c.syncState = configReader->text(QStringLiteral("syncState"));
        c.agreement = configReader->enumKey(QStringLiteral("agreement"), &configAgreementFromKey,
                                            ConfigAgreementState::Unknown);
        c.revisionsBehind = configReader->integer(QStringLiteral("revisionsBehind")).value_or(0);
        c.behindSinceMs = configReader->integer(QStringLiteral("behindSinceMs")).value_or(0);
        if (!configReader->ok())
            return std::nullopt;
    }
    if (!reader.ok())
        return std::nullopt;
    return node;
}

namespace {

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

} // namespace

std::optional<qint64> NodeSnapshot::activeRequests() const
{
    return wholeNumber(m_rawNodeJson.value(QLatin1String("load"))
                           .toObject()
                           .value(QLatin1String("activeRequests")));
}

std::optional<qint64> NodeSnapshot::rssBytes() const
{
    return wholeNumber(
        m_rawNodeJson.value(QLatin1String("load")).toObject().value(QLatin1String("rssBytes")));
}

QString NodeSnapshot::historyId() const
{
    return m_rawNodeJson.value(QLatin1String("historyId")).toString();
}

QString NodeSnapshot::writesRefusedReason() const
{
    return m_rawNodeJson.value(QLatin1String("writesRefused"))
        .toObject()
        .value(QLatin1String("reason"))
        .toString();
}

QString NodeSnapshot::writesRefusedDetail() const
{
    return m_rawNodeJson.value(QLatin1String("writesRefused"))
        .toObject()
        .value(QLatin1String("detail"))
        .toString();
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
    return copyWith(*this, &NodeSnapshot::m_loadBalancer, loadBalancer);
}

NodeSnapshot NodeSnapshot::withLatencyMs(std::optional<double> latencyMs) const
{
    return copyWith(*this, &NodeSnapshot::m_latencyMs, latencyMs);
}

NodeSnapshot NodeSnapshot::withClock(const Clock &clock) const
{
    return copyWith(*this, &NodeSnapshot::m_clock, clock);
}

NodeSnapshot NodeSnapshot::withConfig(const Config &config) const
{
    return copyWith(*this, &NodeSnapshot::m_config, config);
}

NodeSnapshot NodeSnapshot::withLastSeenMs(qint64 lastSeenMs) const
{
    return copyWith(*this, &NodeSnapshot::m_lastSeenMs, lastSeenMs);
}

NodeSnapshot NodeSnapshot::withProbePath(ProbePath path) const
{
    return copyWith(*this, &NodeSnapshot::m_probePath, path);
}

NodeSnapshot NodeSnapshot::withError(const QString &error) const
{
    return copyWith(*this, &NodeSnapshot::m_error, error);
}

NodeSnapshot NodeSnapshot::withDirectUrl(const QUrl &url) const
{
    return copyWith(*this, &NodeSnapshot::m_directUrl, url);
}
