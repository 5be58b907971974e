#include "ConsoleSession.h"

#include "ActivityQuery.h"
#include "ActivityRecorder.h"
#include "ClusterServices.h"
#include "CompareController.h"
#include "CredentialResolver.h"
#include "FleetResourceCounter.h"
#include "KeychainSecretStore.h"
#include "LocalStore.h"
#include "NodeActionActivity.h"
#include "NodeActionController.h"
#include "ReportCollector.h"
#include "ResourceTestFanout.h"
#include "StoreThread.h"

ConsoleSession::ConsoleSession(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_store(new StoreThread)
    , m_recorder(new ActivityRecorder(m_store))
    , m_secrets(secrets ? secrets : new KeychainSecretStore)
    , m_profiles(new ProfileService(m_store, m_secrets))
    , m_monitor(new MonitorService(m_store, m_profiles))
    , m_clients(new ClientPool(m_profiles, m_monitor))
    , m_connections(new ConnectionTester(m_secrets))
{
    m_secrets->setParent(nullptr);
}

ConsoleSession::~ConsoleSession()
{
    // Not children: QObject would delete them in the order they were made, not the reverse.
    delete m_connections;
    delete m_clients;
    delete m_monitor;
    delete m_profiles;
    delete m_recorder; // after the clients, which report the writes they drop
    delete m_secrets;
    delete m_store;
}

void ConsoleSession::start(const QString &dataDir)
{
    if (m_starting || isStarted())
        return;
    m_starting = true;
    m_store->open(dataDir, this, [this](const QString &error) {
        if (!error.isEmpty()) {
            m_starting = false;
            emit started(error);
            return;
        }
        // Old samples go first, on the store's thread, before anything reads them.
        m_store->run<qint64>([](LocalStore &store) { return store.purgeOlderThan(); }, nullptr, {});
        // The activity log stays bounded (LocalStore::ActivityRetentionDays, ActivityMaxRows).
        m_store->run<qint64>([](LocalStore &store) { return store.pruneActivity(); }, nullptr, {});
        m_profiles->load([this] {
            // The command line may add, edit or remove clusters while the window is open.
            m_profiles->watchStore(std::chrono::seconds(2));
            m_starting = false;
            emit started(QString());
        });
    });
}

QString ConsoleSession::storePath() const
{
    return m_store->filePath();
}

ClusterServices *ConsoleSession::newClusterServices(const QString &profileId, QObject *parent) const
{
    ApiClient *client = m_clients->client(profileId);
    auto *services = new ClusterServices(profileId, client, m_store, parent);
    const auto profile = m_profiles->profile(profileId);
    auto *nodeActions =
        new NodeActionController(profileId, m_profiles, m_secrets, m_monitor, services);
    new NodeActionActivity(nodeActions, m_recorder, profile ? profile->name : QString());
    services->setNodeActions(nodeActions);
    if (client) {
        services->setResourceTests(new ResourceTestFanout(
            client, profileId, profile ? profile->name : QString(), services));
    }
    return services;
}

FleetResourceCounter *ConsoleSession::newFleetCounter(QObject *parent) const
{
    return new FleetResourceCounter(m_clients, parent);
}

CompareController *ConsoleSession::newCompareController(QObject *parent) const
{
    return new CompareController(m_clients->endpointLookup(), parent);
}

ActivityQuery *ConsoleSession::newActivityQuery(QObject *parent) const
{
    return new ActivityQuery(m_store, m_recorder, parent);
}

ReportCollector *ConsoleSession::newReportCollector(QObject *parent) const
{
    auto *collector = new ReportCollector(parent);
    collector->setStore(m_store);
    // The window's own sources, password files and commands included, not the keychain only.
    collector->setSecretLookup([profiles = QPointer<ProfileService>(m_profiles)](
                                   const ClusterProfile &profile, QObject *context,
                                   std::function<void(const CredentialResult &)> done) {
        if (profiles)
            profiles->credentialResolver()->resolve(ProfileService::credentialSources(profile),
                                                    context, std::move(done));
    });
    return collector;
}

void ConsoleSession::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_monitor->setRequestTimeout(timeout);
    m_connections->setRequestTimeout(timeout);
}
