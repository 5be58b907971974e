#pragma once
// ChangeLogEntry: one configuration change as GET /api/v1/config/changes reports it, the page
// that carries several, and their readable texts. Plain values: the change log model, the
// report and the change details dialog share them without depending on one another.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ChangeLogEntry
{
    qint64 revision = 0;
    QDateTime time; // UTC
    QString user;
    QString operation; // "create", "update", "delete"
    QString resourceType;
    QString name;

    friend bool operator==(const ChangeLogEntry &, const ChangeLogEntry &) = default;
};

struct ChangeLogPage
{
    qint64 revision = 0;           // the answering node's current revision
    QList<ChangeLogEntry> changes; // ascending by revision

    // Parses one answer; nullopt (and the field in *error) for anything malformed.
    static std::optional<ChangeLogPage> parse(const QJsonObject &object, QString *error);
};

struct ChangeLogText
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLogText)

public:
    // "Created", "Updated", "Deleted"; an unknown operation as sent.
    static QString operation(const QString &operation);
    // "JDBC connection" for "jdbc" and so on; an unknown type as sent.
    static QString resourceType(const QString &type);
};
