#include "ChangeLogFilter.h"

#include "ResourceSchema.h"

#include <algorithm>

bool ChangeLogFilter::isEmpty() const
{
    return resource.trimmed().isEmpty() && user.trimmed().isEmpty() && !since.isValid() &&
           !until.isValid();
}

bool ChangeLogFilter::matches(const ChangeLogEntry &entry) const
{
    const QString wanted = resource.trimmed();
    if (!wanted.isEmpty()) {
        const QString key = entry.resourceType + QLatin1Char('/') + entry.name;
        const bool hit =
            exactResource
                ? (wanted.contains(QLatin1Char('/')) ? key == wanted : entry.resourceType == wanted)
                : key.contains(wanted, Qt::CaseInsensitive);
        if (!hit)
            return false;
    }
    const QString who = user.trimmed();
    if (!who.isEmpty() && entry.user.compare(who, Qt::CaseInsensitive) != 0)
        return false;
    if (since.isValid() && (!entry.time.isValid() || entry.time < since))
        return false;
    if (until.isValid() && (!entry.time.isValid() || entry.time > until))
        return false;
    return true;
}

QList<ChangeLogEntry> ChangeLogFilter::apply(const QList<ChangeLogEntry> &entries) const
{
    QList<ChangeLogEntry> kept;
    std::copy_if(entries.begin(), entries.end(), std::back_inserter(kept),
                 [this](const ChangeLogEntry &entry) { return matches(entry); });
    return kept;
}

std::optional<QString> ChangeLogFilter::parseResource(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    const QString type = slash < 0 ? trimmed : trimmed.left(slash);
    if (!ResourceSchema::isKnownType(type)) {
        if (error)
            *error = ChangeLogText::tr("unknown resource type '%1' (one of: %2)")
                         .arg(type, ResourceSchema::types().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (slash >= 0) {
        if (const auto invalid = ResourceSchema::validateName(trimmed.mid(slash + 1))) {
            if (error)
                *error = ChangeLogText::tr("invalid resource name '%1': %2")
                             .arg(trimmed.mid(slash + 1), invalid->detail);
            return std::nullopt;
        }
    }
    return trimmed;
}
