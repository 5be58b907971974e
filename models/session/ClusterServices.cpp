#include "ClusterServices.h"

#include "ChangeLogFetcher.h"
#include "NodeActionController.h"
#include "NodeHistoryQuery.h"
#include "ResourceDrafts.h"
#include "ResourceListSync.h"
#include "ResourceRepository.h"
#include "ResourceSchema.h"
#include "ResourceTestFanout.h"

ClusterServices::ClusterServices(const QString &profileId, ApiClient *client, StoreThread *store,
                                 QObject *parent)
    : QObject(parent)
    , m_profileId(profileId)
    , m_drafts(new ResourceDrafts(store, this))
    , m_changeLog(new ChangeLogFetcher(this))
    , m_nodeHistory(new NodeHistoryQuery(this))
{
    if (client) {
        m_repository = new ResourceRepository(client, this);
        m_listSync = new ResourceListSync(m_repository, ResourceSchema::types(), this);
        m_changeLog->setApiClient(client);
    }
    m_nodeHistory->setStore(store);
}

void ClusterServices::setNodeActions(NodeActionController *actions)
{
    m_nodeActions = actions;
    if (actions)
        actions->setParent(this);
}

void ClusterServices::setResourceTests(ResourceTestFanout *tests)
{
    m_resourceTests = tests;
    if (tests)
        tests->setParent(this);
}
