#pragma once
// ConfigDatabaseSql: the SQL side of ConfigDatabase: schema migrations, prepared-statement
// helpers, the write transaction and the row <-> StoredResource / ChangeEntry statements. Every
// statement of the configuration database runs through run() here.

#include "ConfigDatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace node::ConfigDatabaseSql {

// Schema steps: index i migrates user_version i to i + 1.
const QList<QStringList> &migrations();
// Checks that the open file is a configuration database (or empty), switches to WAL and
// migrates it step by step, each step in a transaction; a new database stores `seed`.
// `*schemaVersion` gets the version reached.
bool migrateSchema(const QSqlDatabase &db, const QJsonObject &seed, int *schemaVersion,
                   QString *error);
// The meta keys of the seed.
QString licenseKey();
QString dataflowsKey();

QString toText(const QDateTime &time);
QDateTime fromText(const QString &text);
QJsonObject parseObject(const QString &text);
QByteArray compact(const QJsonArray &array);

// The per-resource part of the checksum: everything a client can observe except history.
QByteArray resourceDigest(const QString &type, const QString &name, const QString &description,
                          const QJsonObject &spec);

// Prepares, binds positionally and runs one statement; the only way SQL runs here.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error);
// The first column of the first row.
std::optional<QVariant> single(const QSqlDatabase &db, const QString &sql, QString *error);

// BEGIN IMMEDIATE takes the write lock up front; an unfinished transaction rolls back.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

std::optional<qint64> storedRevision(const QSqlDatabase &db, QString *error);
// Begins `transaction` and reads the revision under its write lock, so that no other writer
// can move it before the write commits; nullopt (with `*error`) when either fails.
std::optional<qint64> beginWrite(Transaction &transaction, const QSqlDatabase &db, QString *error);
bool storeRevision(const QSqlDatabase &db, qint64 revision, QString *error);

// "SELECT <the columns resourceFromRow reads> FROM resources", to extend with WHERE/ORDER BY.
QString resourceColumnsSelect();
StoredResource resourceFromRow(const QSqlQuery &query);

// nullopt and `*error` untouched: missing; nullopt with `*error` set: storage failure.
std::optional<StoredResource> readResource(const QSqlDatabase &db, const QString &type,
                                           const QString &name, QString *error);
bool writeResource(const QSqlDatabase &db, const StoredResource &r, QString *error);
bool deleteResource(const QSqlDatabase &db, const QString &type, const QString &name,
                    QString *error);
bool appendChange(const QSqlDatabase &db, const ChangeEntry &entry, QString *error);
// "SELECT <the columns changeFromRow reads> FROM changes", to extend with WHERE/ORDER BY.
QString changeColumnsSelect();
ChangeEntry changeFromRow(const QSqlQuery &query);
// nullopt and `*error` untouched: no change carries that request id.
std::optional<ChangeEntry> changeByRequestId(const QSqlDatabase &db, const QString &requestId,
                                             QString *error);
// The identity of the change history; empty until the first revision creates one.
std::optional<QString> storedHistoryId(const QSqlDatabase &db, QString *error);
bool storeHistoryId(const QSqlDatabase &db, const QString &historyId, QString *error);

} // namespace node::ConfigDatabaseSql
