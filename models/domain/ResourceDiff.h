#pragma once
// ResourceDiff: compares the external resources of several clusters by type and name: where each
// one exists, which fields differ and whether secrets agree (through secret digests that every
// cluster computed with one shared nonce). Pure; content is compared by hashing canonical JSON,
// field by field only where the hashes differ, so 2 x 10,000 resources take milliseconds.

#include "EnumKey.h"
#include "ResourceDefinition.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One cluster's side of a comparison.
struct ClusterResources
{
    QString label; // the cluster's (profile) name, shown as the column title
    QList<ResourceDefinition> resources;
    // ResourceDiff::key(type, name) -> secret field -> lower-case hex digest, or an empty string
    // when the secret is unset. A resource missing here: this cluster could not tell (a viewer,
    // an older node, a failed request).
    QHash<QString, QHash<QString, QString>> secretDigests;
};

struct ResourceDiffRow
{
    Q_GADGET

public:
    enum class Status { Identical, Differs, Partial }; // Partial: missing on some cluster
    enum class Cell { Absent, Same, Different };       // against the first cluster that has it
    // Whether one resource's secret field agrees across the clusters that have the resource.
    enum class SecretAgreement {
        Unset,     // set nowhere
        SetOnSome, // set on some clusters, unset on others
        Equal,     // set everywhere, digests equal
        Different, // set everywhere, digests differ
        CannotTell // set everywhere, but some cluster gave no digest
    };
    Q_ENUM(Status)
    Q_ENUM(Cell)
    Q_ENUM(SecretAgreement)

    QString type;
    QString name;
    Status status = Status::Identical;
    QList<Cell> cells;           // one per cluster, in the order given
    QStringList differingFields; // "description", "spec.port", "secrets.password"; sorted
    QMap<QString, SecretAgreement> secrets; // per secret field of the type

    bool secretsUncertain() const;
    friend bool operator==(const ResourceDiffRow &, const ResourceDiffRow &) = default;
};
using SecretAgreement = ResourceDiffRow::SecretAgreement;

struct ResourceDiffResult
{
    QStringList clusters;
    QList<ResourceDiffRow> rows; // sorted by type, then name

    int count(ResourceDiffRow::Status status) const;
    // Every resource exists everywhere with the same content (secrets that cannot be told apart
    // do not count as a difference).
    bool isIdentical() const;
    // {"clusters": [...], "identical": bool, "resources": [{"type", "name", "status",
    // "clusters": {label: "same|different|absent"}, "fields": [...], "secrets": {...}}]}
    QJsonObject toJson() const;
};

class ResourceDiff final
{
public:
    // `type` empty: every type. Resources of other types are left out.
    static ResourceDiffResult compare(const QList<ClusterResources> &clusters,
                                      const QString &type = {});

    static QString key(const QString &type, const QString &name);
    // The compared content of a resource: description and spec with the documented defaults
    // filled in, as canonical JSON (sorted keys, compact). Secrets are not part of it.
    static QByteArray canonicalContent(const ResourceDefinition &resource);
    // "description" and "spec.<field>" where the two differ (defaults filled in), sorted.
    static QStringList differingFields(const ResourceDefinition &a, const ResourceDefinition &b);

    // "identical", "same", "set-on-some", ...
    static QString statusName(ResourceDiffRow::Status status) { return enumKey(status); }
    static QString cellName(ResourceDiffRow::Cell cell) { return enumKey(cell); }
    static QString agreementName(SecretAgreement agreement) { return enumKey(agreement); }
};

// The readable texts of a comparison, for a table, a terminal or a report alike.
struct ResourceDiffText
{
    Q_DECLARE_TR_FUNCTIONS(ResourceDiffText)

public:
    // "identical", "differs", "only in Prod, Test"; `clusters` as in ResourceDiffResult.
    static QString status(const ResourceDiffRow &row, const QStringList &clusters);
    // "password: set on all, equal; …"; with the resource on one cluster only, "set"/"not set".
    static QString secrets(const ResourceDiffRow &row);
    static QString agreement(SecretAgreement agreement);
};
