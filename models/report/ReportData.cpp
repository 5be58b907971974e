#include "ReportData.h"

#include "OffsetText.h"
#include "ResourceDefinition.h"
#include "ResourceSchema.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

ReportPeriod ReportPeriod::last(std::chrono::milliseconds span, qint64 nowMs)
{
    return ReportPeriod{nowMs - qint64(span.count()), nowMs};
}

std::optional<ReportPeriod> ReportPeriod::parseSince(const QString &text, qint64 nowMs)
{
    static const QRegularExpression span(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    const QString trimmed = text.trimmed();
    const QRegularExpressionMatch match = span.match(trimmed);
    if (match.hasMatch()) {
        const qint64 count = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 unitMs = unit == u'm'   ? 60'000
                              : unit == u'h' ? 3'600'000
                              : unit == u'd' ? 86'400'000
                                             : 7 * 86'400'000LL;
        // Keep to what the store can hold and what a report can sensibly chart: one year.
        if (count <= 0 || count * unitMs > 366 * 86'400'000LL)
            return std::nullopt;
        return last(std::chrono::milliseconds(count * unitMs), nowMs);
    }
    QDateTime start = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!start.isValid()) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            start = date.startOfDay();
    }
    if (!start.isValid() || start.toMSecsSinceEpoch() >= nowMs)
        return std::nullopt;
    return ReportPeriod{start.toMSecsSinceEpoch(), nowMs};
}

QString ReportPeriod::lengthText() const
{
    const qint64 minutes = durationMs() / 60'000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    QStringList parts;
    // Explicit singular and plural read right in English without a loaded translation.
    if (days > 0)
        parts << (days == 1 ? ReportTr::tr("1 day") : ReportTr::tr("%1 days").arg(days));
    if (hours > 0)
        parts << (hours == 1 ? ReportTr::tr("1 hour") : ReportTr::tr("%1 hours").arg(hours));
    if (days == 0 && (minutes % 60 > 0 || hours == 0))
        parts << (minutes % 60 == 1 ? ReportTr::tr("1 minute")
                                    : ReportTr::tr("%1 minutes").arg(minutes % 60));
    return parts.join(QLatin1Char(' '));
}

ReportResource ReportResource::fromDefinition(const ResourceDefinition &definition)
{
    return make(definition.type, definition.name, definition.description, definition.spec,
                definition.secretsSet, definition.revision, definition.updatedAt,
                definition.updatedBy);
}

ReportResource ReportResource::make(const QString &type, const QString &name,
                                    const QString &description, const QJsonObject &spec,
                                    const QMap<QString, bool> &secretsSet, qint64 revision,
                                    const QDateTime &updatedAt, const QString &updatedBy)
{
    ReportResource resource;
    resource.m_type = type;
    resource.m_name = name;
    resource.m_description = description;
    resource.m_spec = spec;
    // The API never sends secrets, but a report is sent to other people: drop them again
    // here, by the schema's list, so a writer cannot be handed one whatever the source.
    for (const QString &field : ResourceSchema::secretFields(type)) {
        resource.m_spec.remove(field);
        resource.m_secretsSet.insert(field, secretsSet.value(field, false));
    }
    // An unknown type has no schema: keep only fields whose name says nothing secret-like.
    if (!ResourceSchema::isKnownType(type)) {
        static const QRegularExpression secretLike(
            QStringLiteral("pass|secret|token|key|credential"),
            QRegularExpression::CaseInsensitiveOption);
        for (const QString &key : resource.m_spec.keys()) {
            if (secretLike.match(key).hasMatch())
                resource.m_spec.remove(key);
        }
    }
    resource.m_revision = revision;
    resource.m_updatedAt = updatedAt;
    resource.m_updatedBy = updatedBy;
    return resource;
}

QString ReportResource::secretStateText(bool set)
{
    return set ? ReportTr::tr("set") : ReportTr::tr("not set");
}

QString ReportResource::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        return number == std::floor(number) && std::fabs(number) < 1e15
                   ? QString::number(qint64(number))
                   : QString::number(number);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + QLatin1Char('=') + valueText(it.value());
        return parts.join(QStringLiteral("; "));
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << valueText(item);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QString ClusterReport::displayName() const
{
    if (!snapshot.clusterName().isEmpty())
        return snapshot.clusterName();
    return profileName.isEmpty() ? loadBalancerUrl.toDisplayString() : profileName;
}

FleetSummary ClusterReport::fleetSummary() const
{
    // Named as the Fleet overview names it: the saved name, unique among saved clusters.
    ClusterProfile profile;
    profile.name = profileName.isEmpty() ? displayName() : profileName;
    return FleetSummary::from(profile, snapshot, resourcesKnown ? int(resources.size()) : -1);
}

QString ClusterReport::configAgreementKey() const
{
    const ClusterSnapshot::Counts counts = snapshot.counts();
    if (counts.total == 0 || counts.inSync + counts.behind + counts.diverged == 0)
        return QStringLiteral("unknown");
    return counts.behind + counts.diverged > 0 ? QStringLiteral("disagree")
                                               : QStringLiteral("agreed");
}

QString ClusterReport::configAgreementText() const
{
    const ClusterSnapshot::Counts counts = snapshot.counts();
    const QString key = configAgreementKey();
    if (key == QLatin1String("unknown"))
        return ReportTr::tr("unknown");
    if (key == QLatin1String("agreed"))
        return counts.inSync == 1 ? ReportTr::tr("1 node, in sync")
                                  : ReportTr::tr("all %1 nodes agree").arg(counts.inSync);
    return ReportTr::tr("%1 of %2 in sync, %3 behind, %4 diverged")
        .arg(counts.inSync)
        .arg(counts.total)
        .arg(counts.behind)
        .arg(counts.diverged);
}

QString ClusterReport::loadBalancerText() const
{
    const ClusterSnapshot::LoadBalancerView view = snapshot.loadBalancerView();
    if (!view.available) {
        return view.error.isEmpty() ? ReportTr::tr("not read (no statistics URL)")
                                    : ReportTr::tr("not read: %1").arg(view.error);
    }
    return ReportTr::tr("%1 of %2 servers up").arg(view.serversUp).arg(view.serversTotal);
}

bool ReportData::isComplete() const
{
    return std::all_of(clusters.cbegin(), clusters.cend(),
                       [](const ClusterReport &cluster) { return cluster.isComplete(); });
}

QString ReportData::timeText(const QDateTime &time)
{
    if (!time.isValid())
        return ReportTr::tr("unknown");
    const int offset = time.offsetFromUtc();
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                            .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((std::abs(offset) % 3600) / 60, 2, 10, QLatin1Char('0'));
    const QString abbreviation = time.timeZoneAbbreviation();
    const QString zone = abbreviation.isEmpty() || abbreviation.startsWith(QLatin1String("UTC"))
                             ? utc
                             : QStringLiteral("%1 (%2)").arg(abbreviation, utc);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zone;
}

QString ReportData::timeText(qint64 msSinceEpoch, const QTimeZone &zone)
{
    return timeText(QDateTime::fromMSecsSinceEpoch(msSinceEpoch, zone));
}

QString ReportData::periodText() const
{
    const QTimeZone zone = generatedAt.isValid() ? generatedAt.timeZone() : QTimeZone::utc();
    return ReportTr::tr("%1 to %2 (%3)")
        .arg(timeText(period.fromMs, zone), timeText(period.toMs, zone), period.lengthText());
}

QString ReportData::title() const
{
    if (fleet || clusters.size() != 1)
        return clusters.size() == 1
                   ? ReportTr::tr("Fleet report: 1 cluster")
                   : ReportTr::tr("Fleet report: %1 clusters").arg(clusters.size());
    return ReportTr::tr("Cluster report: %1").arg(clusters.constFirst().displayName());
}

namespace ReportText {

QString milliseconds(double value, bool sign)
{
    // As the tabs write it, so one offset reads the same in a report and in the window.
    return ReportTr::tr("%1 ms").arg(sign ? OffsetText::signedMilliseconds(value)
                                          : QString::number(value, 'f', 1));
}

QString offsetText(const NodeSnapshot::Clock &clock)
{
    if (!clock.measured)
        return ReportTr::tr("not measured");
    return ReportTr::tr("%1 ± %2").arg(milliseconds(clock.offsetMs),
                                       milliseconds(clock.errorMs, false));
}

QString offsetVsMedianText(const NodeSnapshot::Clock &clock)
{
    if (clock.measured && clock.reference.isEmpty())
        return ReportTr::tr("not judged");
    return clock.measured ? milliseconds(clock.offsetVsMedianMs) : QString();
}

QString ntpText(const NodeSnapshot::Clock &clock)
{
    if (!clock.ntpSynchronized)
        return ReportTr::tr("unknown");
    // Short enough for one line of the node table.
    const QString state = *clock.ntpSynchronized ? ReportTr::tr("yes") : ReportTr::tr("no");
    if (!clock.maxErrorUs)
        return state;
    return ReportTr::tr("%1 ±%2 ms")
        .arg(state, QString::number(double(*clock.maxErrorUs) / 1000.0, 'f',
                                    *clock.maxErrorUs >= 10'000 ? 0 : 1));
}

QString uptimeText(std::optional<qint64> seconds)
{
    if (!seconds)
        return ReportTr::tr("unknown");
    const qint64 days = *seconds / 86400;
    const qint64 hours = (*seconds % 86400) / 3600;
    const qint64 minutes = (*seconds % 3600) / 60;
    if (days > 0)
        return ReportTr::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return ReportTr::tr("%1 h %2 min").arg(hours).arg(minutes);
    return ReportTr::tr("%1 min %2 s").arg(minutes).arg(*seconds % 60);
}

QString lagText(const NodeSnapshot::Config &config)
{
    return config.lag ? QString::number(*config.lag) : QString();
}

QString operationText(const QString &operation)
{
    return ChangeLogText::operation(operation);
}

} // namespace ReportText
