#include "ChangeLogEntry.h"

#include "SnapshotJsonReader.h"

#include <QJsonArray>

#include <algorithm>

namespace {

std::optional<ChangeLogEntry> parseEntry(const QJsonValue &value, const QString &path,
                                         QString *problem)
{
    if (!value.isObject()) {
        *problem = ChangeLogText::tr("%1: not an object").arg(path);
        return std::nullopt;
    }
    SnapshotJsonReader item(value.toObject(), path, problem);
    ChangeLogEntry entry;
    const auto rev = item.integer(QStringLiteral("revision"));
    const auto time = item.string(QStringLiteral("time"));
    entry.user = item.string(QStringLiteral("user")).value_or(QString());
    entry.operation = item.string(QStringLiteral("operation")).value_or(QString());
    entry.resourceType = item.string(QStringLiteral("type")).value_or(QString());
    entry.name = item.string(QStringLiteral("name")).value_or(QString());
    if (item.ok() && (!rev || *rev <= 0))
        item.fail(QStringLiteral("revision"), ChangeLogText::tr("a revision > 0 is required"));
    if (item.ok() && time) {
        entry.time = QDateTime::fromString(*time, Qt::ISODateWithMs);
        if (!entry.time.isValid())
            item.fail(QStringLiteral("time"), ChangeLogText::tr("not an RFC 3339 time"));
    }
    if (!item.ok())
        return std::nullopt;
    entry.revision = *rev;
    entry.time = entry.time.toUTC();
    return entry;
}

} // namespace

std::optional<ChangeLogPage> ChangeLogPage::parse(const QJsonObject &object, QString *error)
{
    QString problem;
    SnapshotJsonReader reader(object, {}, &problem);
    const std::optional<qint64> revision = reader.integer(QStringLiteral("revision"));
    const std::optional<QJsonArray> changes = reader.array(QStringLiteral("changes"));
    if (reader.ok() && (!revision || *revision < 0))
        reader.fail(QStringLiteral("revision"), ChangeLogText::tr("a revision >= 0 is required"));
    if (reader.ok() && !changes)
        reader.fail(QStringLiteral("changes"), ChangeLogText::tr("a list of changes is required"));
    ChangeLogPage page;
    if (reader.ok()) {
        page.revision = *revision;
        for (qsizetype i = 0; i < changes->size(); ++i) {
            const std::optional<ChangeLogEntry> entry =
                parseEntry(changes->at(i), QStringLiteral("changes[%1]").arg(i), &problem);
            if (!entry)
                break;
            page.changes.append(*entry);
        }
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    // Ascending, as the API promises; a server that does not keep it is put right here.
    std::sort(
        page.changes.begin(), page.changes.end(),
        [](const ChangeLogEntry &a, const ChangeLogEntry &b) { return a.revision < b.revision; });
    return page;
}

QString ChangeLogText::operation(const QString &operation)
{
    if (operation == QLatin1String("create"))
        return tr("Created");
    if (operation == QLatin1String("update"))
        return tr("Updated");
    if (operation == QLatin1String("delete"))
        return tr("Deleted");
    return operation;
}

QString ChangeLogText::resourceType(const QString &type)
{
    if (type == QLatin1String("database"))
        return tr("Database");
    if (type == QLatin1String("jdbc"))
        return tr("JDBC connection");
    if (type == QLatin1String("fileserver"))
        return tr("File server");
    if (type == QLatin1String("webservice"))
        return tr("Web service");
    return type;
}
