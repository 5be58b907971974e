#pragma once
// ChangeLogEntry: one configuration change as GET /api/v1/config/changes reports it (with the
// definition before and after it, secrets as "changed"/"unchanged" markers), the page that
// carries several, and their readable texts. Plain values: the change log model, the report,
// the revert plan and the change details dialog share them without depending on one another.

#include "ResourceDefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

struct ChangeLogEntry
{
    qint64 revision = 0;
    QDateTime time; // UTC
    QString user;
    QString operation; // "create", "update", "delete"
    QString resourceType;
    QString name;
    QString requestId; // empty for changes made before request ids were recorded
    // Whether the node kept the definition before and after the change (older nodes and older
    // changes did not: "not recorded").
    bool recorded = false;
    // {"description", "spec"}; nullopt: no resource on that side (before a create, after a
    // delete) or not recorded. A secret field set on that side is {"secret": "changed"} or
    // {"secret": "unchanged"} (whether this change altered it), never a value.
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;

    // A side as a definition of this entry's type and name: secret markers out of the spec and
    // into secretsSet. nullopt when that side has no resource.
    std::optional<ResourceDefinition> definitionBefore() const;
    std::optional<ResourceDefinition> definitionAfter() const;
    // The secret fields this change set, replaced or cleared (marked "changed" on either side).
    QStringList changedSecrets() const;

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
    // "not recorded": what the dialog, the CSV and the command line say for an entry whose
    // states the node did not keep.
    static QString notRecorded();
};
