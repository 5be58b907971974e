#pragma once
// ConfigDatabaseSecrets: keeps secret values out of the change log except where a copy needs
// them. Only a resource's newest change holds its secret values (what a replica or a reseeded
// node must end up storing); every older change of that resource, and every change before a
// delete, keeps the secret field names with a mark instead ("changed", "set", "cleared",
// "unset"), so history still says when a secret changed but never what it was.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace node::ConfigDatabaseSecrets {

// The payload key of the marks: {"secrets": {"password": "changed"}}.
QString marksKey();
// Per secret field of `type`: what a write from `before` to `after` did to it. Empty for a
// type without secret fields.
QJsonObject marks(const QString &type, const QJsonObject &before, const QJsonObject &after);
// Whether a mark says a value is stored after that change.
bool isSetMark(const QString &mark);
// Strips the secret values from the changes of type/name below `revision` (in the caller's
// transaction), when change `revision` is stored. Every stored change did so for those before
// it, so this reads only the newest older one. Changes without marks get them from the spec
// before them.
// `*stripped` (optional) says whether any stored payload was rewritten.
bool stripOlderChanges(const QSqlDatabase &db, const QString &type, const QString &name,
                       qint64 revision, bool *stripped, QString *error);
// The migration step: strips every resource's older changes (in the caller's transaction).
bool stripAllOlderChanges(const QSqlDatabase &db, QString *error);
// Removes what SQLite may still hold of stripped values: freed page space is zeroed by
// secure_delete; this copies the WAL into the file and truncates it. Outside a transaction.
bool flushStrippedPages(const QSqlDatabase &db, QString *error);

} // namespace node::ConfigDatabaseSecrets
