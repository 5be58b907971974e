#pragma once
// ResourcesCommand: `clusterdesk resources diff|export|apply` as a core object: reads the
// clusters through ClusterEndpoints, compares (ResourceDiff), exports (DefinitionsFile) or plans
// and applies (SyncPlan, SyncApplier), and leaves text for stdout and stderr plus an exit code:
// 0 identical / done, 1 differs / some items not applied, 2 error.

#include "ClusterProfile.h"
#include "SyncPlan.h"
#include "TimedCommand.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class ClusterEndpoint;
class ClusterResourcesFetcher;
class SecretStore;
class SyncApplier;

struct ResourcesClusterOption
{
    ClusterProfile profile;          // saved, or built from --url/--user
    std::optional<QString> password; // wins over the secret store
};

struct ResourcesOptions
{
    enum class Action { Diff, Export, Apply };
    static constexpr std::chrono::milliseconds DefaultTimeout{120000};

    Action action = Action::Diff;
    QList<ResourcesClusterOption> clusters; // diff: two or more; export and apply: one or more
    QString type;                           // diff: one type only
    bool json = false;
    QString outputPath;  // export
    QString filePath;    // apply
    bool dryRun = false; // apply
    // apply: --confirm values; a production cluster is written only when one of them is its
    // name exactly.
    QStringList confirmations;
    SyncOptions::Mode mode = SyncOptions::Mode::CreateOrUpdate;
    // apply: from --secret-file: either one secret for every secret the file needs, or a JSON
    // object {"<type>/<name>": {"<field>": "<secret>"}}.
    std::optional<QByteArray> secretFile;
    std::chrono::milliseconds timeout = DefaultTimeout;
    SecretStore *secrets = nullptr; // for saved clusters; must outlive the command
};

class ResourcesCommand final : public TimedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesCommand)

public:
    enum ExitCode : int { Success = 0, Differs = 1, Error = 2 };

    explicit ResourcesCommand(ResourcesOptions options, QObject *parent = nullptr);
    ~ResourcesCommand() override;

    // Once; finished() comes from the event loop, never from inside this call.
    void start();

    // Secrets for a batch from a --secret-file's content (see ResourcesOptions::secretFile).
    static std::optional<QHash<QString, QString>>
    secretsFromFile(const QByteArray &content, const QStringList &wanted, QString *error);
    // The table `resources diff` prints.
    static QString diffTable(const ResourceDiffResult &result);
    static QString planText(const SyncPlan &plan);
    // Why an apply must not write (a read-only cluster, a production cluster without its
    // --confirm), one line per cluster; empty when it may. A dry run always may.
    static QString writeRefusal(const ResourcesOptions &options);

private:
    void onDeadline() override;
    void onEndpoint(ClusterEndpoint *endpoint);
    void onReadingsDone();
    void runDiff(const QList<ClusterReading> &readings);
    void runExport(const ClusterReading &reading);
    void runApply(const QList<ClusterReading> &readings);
    void onApplied();

    ResourcesOptions m_options;
    QByteArray m_nonce;
    QList<ClusterEndpoint *> m_endpoints;
    QList<ClusterResourcesFetcher *> m_fetchers;
    int m_endpointsPending = 0;
    int m_fetchersPending = 0;
    std::optional<QList<ResourceDefinition>> m_source; // apply: the file's definitions
    QPointer<SyncApplier> m_applier;
};
