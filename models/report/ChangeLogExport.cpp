#include "ChangeLogExport.h"

#include "ChangeDiff.h"
#include "CsvReportWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogExport)
};

QString sideText(const ChangeLogEntry &entry, const std::optional<QJsonObject> &side)
{
    if (!entry.recorded)
        return ChangeLogText::notRecorded();
    return side ? QString::fromUtf8(QJsonDocument(*side).toJson(QJsonDocument::Compact))
                : QString();
}

QStringList changedFieldNames(const ChangeLogEntry &entry)
{
    QStringList names;
    for (const ChangeFieldDiff &row : ChangeDiff::changedFields(entry))
        names.append(row.field);
    return names;
}

QJsonValue sideJson(const std::optional<QJsonObject> &side)
{
    return side ? QJsonValue(*side) : QJsonValue(QJsonValue::Null);
}

} // namespace

QStringList ChangeLogExport::csvHeaders()
{
    return {u"revision"_s, u"time"_s,      u"user"_s,          u"operation"_s, u"type"_s,
            u"name"_s,     u"requestId"_s, u"changedFields"_s, u"before"_s,    u"after"_s};
}

QList<QStringList> ChangeLogExport::csvRows(const QList<ChangeLogEntry> &changes)
{
    QList<QStringList> rows;
    rows.reserve(changes.size());
    for (const ChangeLogEntry &entry : changes) {
        rows.append(
            {QString::number(entry.revision), entry.time.toUTC().toString(Qt::ISODateWithMs),
             entry.user, entry.operation, entry.resourceType, entry.name, entry.requestId,
             entry.recorded ? changedFieldNames(entry).join(u' ') : ChangeLogText::notRecorded(),
             sideText(entry, entry.before), sideText(entry, entry.after)});
    }
    return rows;
}

QByteArray ChangeLogExport::csv(const QList<ChangeLogEntry> &changes)
{
    return CsvReportWriter::document(csvHeaders(), csvRows(changes));
}

QJsonObject ChangeLogExport::json(const QList<ChangeLogEntry> &changes)
{
    QJsonArray array;
    for (const ChangeLogEntry &entry : changes) {
        QJsonObject object{{u"revision"_s, entry.revision},
                           {u"time"_s, entry.time.toUTC().toString(Qt::ISODateWithMs)},
                           {u"user"_s, entry.user},
                           {u"operation"_s, entry.operation},
                           {u"type"_s, entry.resourceType},
                           {u"name"_s, entry.name},
                           {u"requestId"_s, entry.requestId.isEmpty()
                                                ? QJsonValue(QJsonValue::Null)
                                                : QJsonValue(entry.requestId)},
                           {u"recorded"_s, entry.recorded}};
        if (entry.recorded) {
            object.insert(u"changedFields"_s, QJsonArray::fromStringList(changedFieldNames(entry)));
            object.insert(u"before"_s, sideJson(entry.before));
            object.insert(u"after"_s, sideJson(entry.after));
        }
        array.append(object);
    }
    return {{u"changes"_s, array}};
}

bool ChangeLogExport::writeCsv(const QList<ChangeLogEntry> &changes, const QString &path,
                               QString *error)
{
    QSaveFile file(path);
    const QByteArray bytes = csv(changes);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
