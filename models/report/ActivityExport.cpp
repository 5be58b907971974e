#include "ActivityExport.h"

#include "CsvReportWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

QStringList ActivityExport::csvHeaders()
{
    return {u"time_utc"_s,      u"cluster"_s, u"cluster_id"_s, u"cluster_user"_s,
            u"local_user"_s,    u"action"_s,  u"method"_s,     u"resource_type"_s,
            u"resource_name"_s, u"summary"_s, u"outcome"_s,    u"http_status"_s,
            u"revision"_s,      u"reason"_s,  u"request_id"_s, u"finished_utc"_s};
}

QList<QStringList> ActivityExport::csvRows(const QList<ActivityEntry> &entries)
{
    QList<QStringList> rows;
    rows.reserve(entries.size());
    for (const ActivityEntry &entry : entries) {
        rows << QStringList{ActivityText::isoTime(entry.timeMs),
                            entry.clusterName,
                            entry.clusterId,
                            entry.clusterUser,
                            entry.localUser,
                            entry.action,
                            entry.method,
                            entry.resourceType,
                            entry.resourceName,
                            entry.summary,
                            ActivityEntry::outcomeKey(entry.outcome),
                            entry.httpStatus > 0 ? QString::number(entry.httpStatus) : QString(),
                            entry.revision >= 0 ? QString::number(entry.revision) : QString(),
                            entry.reason,
                            entry.requestId,
                            entry.finishedMs > 0 ? ActivityText::isoTime(entry.finishedMs)
                                                 : QString()};
    }
    return rows;
}

QByteArray ActivityExport::csv(const QList<ActivityEntry> &entries)
{
    return CsvReportWriter::document(csvHeaders(), csvRows(entries));
}

QJsonObject ActivityExport::jsonEntry(const ActivityEntry &entry)
{
    QJsonObject object{{u"time"_s, ActivityText::isoTime(entry.timeMs)},
                       {u"cluster"_s, entry.clusterName},
                       {u"clusterId"_s, entry.clusterId},
                       {u"clusterUser"_s, entry.clusterUser},
                       {u"localUser"_s, entry.localUser},
                       {u"action"_s, entry.action},
                       {u"method"_s, entry.method},
                       {u"resourceType"_s, entry.resourceType},
                       {u"resourceName"_s, entry.resourceName},
                       {u"summary"_s, entry.summary},
                       {u"outcome"_s, ActivityEntry::outcomeKey(entry.outcome)},
                       {u"reason"_s, entry.reason},
                       {u"requestId"_s, entry.requestId}};
    object.insert(u"httpStatus"_s, entry.httpStatus > 0 ? QJsonValue(entry.httpStatus)
                                                        : QJsonValue(QJsonValue::Null));
    object.insert(u"revision"_s,
                  entry.revision >= 0 ? QJsonValue(entry.revision) : QJsonValue(QJsonValue::Null));
    object.insert(u"finished"_s, entry.finishedMs > 0
                                     ? QJsonValue(ActivityText::isoTime(entry.finishedMs))
                                     : QJsonValue(QJsonValue::Null));
    return object;
}

QJsonArray ActivityExport::jsonArray(const QList<ActivityEntry> &entries)
{
    QJsonArray array;
    for (const ActivityEntry &entry : entries)
        array.append(jsonEntry(entry));
    return array;
}

QByteArray ActivityExport::json(const QList<ActivityEntry> &entries)
{
    return QJsonDocument(QJsonObject{{u"activity"_s, jsonArray(entries)}})
        .toJson(QJsonDocument::Indented);
}

bool ActivityExport::writeFile(const QString &path, const QList<ActivityEntry> &entries,
                               bool asJson, QString *error)
{
    const QByteArray content = asJson ? json(entries) : csv(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = ActivityText::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ActivityExport::text(const QList<ActivityEntry> &entries)
{
    QList<QStringList> rows;
    for (const ActivityEntry &entry : entries) {
        rows << QStringList{ActivityText::isoTime(entry.timeMs),
                            entry.clusterName,
                            entry.clusterUser,
                            entry.summary,
                            ActivityText::outcomeDetail(entry),
                            entry.requestId};
    }
    QList<qsizetype> widths(5, 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (int column = 0; column < 5; ++column)
            widths[column] = qMax(widths[column], row.at(column).size());
    }
    QString out;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < 5; ++column)
            cells << row.at(column).leftJustified(widths[column]);
        cells << row.at(5);
        out += cells.join(u"  "_s) + u'\n';
    }
    return out;
}
