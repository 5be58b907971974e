#pragma once
// CompareController: the compare tool's work across saved clusters, for the compare dialog
// and the window's export / import: reads the chosen clusters through their pooled endpoints
// (one nonce, so secret digests compare) and compares them (ResourceDiff), keeps each
// cluster's reading for a copy, exports a cluster's definitions to a file, and makes the
// SyncController of a copy or an import. The views drive it and show its values. A comparison
// after a copy made through it is never older than the copy's writes.

#include "ClusterEndpoint.h"
#include "ClusterReader.h"
#include "ResourceDiff.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class SyncController;

class CompareController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareController)

public:
    using ExportCallback = std::function<void(bool ok, const QString &message)>;

    explicit CompareController(ClusterEndpointLookup endpoints, QObject *parent = nullptr);

    // Reads these clusters (resources of `type`, all when empty) and compares them; progress()
    // as each answers, then comparisonFinished(), never from inside this call. Clusters that are
    // not saved are left out. Ignored while a reading runs.
    void compare(const QStringList &profileIds, const QString &type);
    // Stops the reading: no further request, nothing compared, no comparisonFinished().
    void cancel();
    bool isReading() const { return m_reader->isRunning(); }
    int readingTotal() const { return m_reader->total(); }

    // The last comparison: the clusters read (profile ids, in order), each one's reading and
    // the diff.
    QStringList comparedIds() const { return m_comparedIds; }
    std::optional<ClusterReading> reading(const QString &profileId) const;
    QList<ClusterReading> readings() const;
    const ResourceDiffResult &result() const { return m_result; }
    // The resources with these ResourceDiff keys as the last comparison read them on
    // `profileId` (empty when it was not read).
    QList<ResourceDefinition> definitionsOf(const QString &profileId,
                                            const QStringList &keys) const;

    // The cluster's definitions (secrets left out) to `path`; `done` with a message for the
    // user either way, from the event loop, unless `context` is gone.
    void exportDefinitions(const QString &profileId, const QString &path, QObject *context,
                           ExportCallback done);
    // A copy or import of definitions into saved clusters, through the same endpoints; owned
    // by `parent`.
    SyncController *newSyncController(QObject *parent);

Q_SIGNALS:
    void progress(int done, int total);
    void comparisonFinished();

private:
    void onRead();

    ClusterEndpointLookup m_endpoints;
    ClusterReader *m_reader;
    QStringList m_readingIds; // the clusters of the reading that runs
    QString m_readingType;
    QStringList m_comparedIds;
    QHash<QString, ClusterReading> m_readings; // by profile id, of the last comparison
    QHash<QString, qint64> m_written;          // cluster label -> newest revision its copies wrote
    ResourceDiffResult m_result;
};
