#pragma once
// Helpers shared by the LocalStore tests: the database file of a temporary directory, raw SQL on
// a separate connection, and sample values.

#include "LocalStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace LocalStoreTest {

inline QString dbFile(const QTemporaryDir &dir)
{
    return dir.filePath(QString::fromLatin1(LocalStore::FileName));
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs statements on a separate raw connection, closed before returning, and gives back the
// first column of the last statement's first row.
inline QVariant raw(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("tst_LocalStore.raw");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            for (const QString &sql : statements) {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    qWarning("raw: %s failed", qPrintable(sql));
                result = query.next() ? query.value(0) : QVariant();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline ClusterProfile makeProfile(const QString &name)
{
    ClusterProfile profile =
        ClusterProfile::create(name, QUrl(QStringLiteral("https://lb.example:8443")));
    profile.userName = QStringLiteral("admin");
    return profile;
}

inline NodeSample sample(const QString &nodeId, qint64 timeMs, const QString &state = u"up"_qs)
{
    NodeSample s;
    s.nodeId = nodeId;
    s.timeMs = timeMs;
    s.state = state;
    s.latencyMs = 2.5;
    s.offsetMs = -1.25;
    s.errorMs = 0.5;
    s.revision = 42;
    return s;
}

} // namespace LocalStoreTest
