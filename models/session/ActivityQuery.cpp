#include "ActivityQuery.h"

#include "ActivityRecorder.h"
#include "StoreThread.h"

#include <QSet>

namespace {

struct Loaded
{
    bool ok = false;
    QList<ActivityEntry> entries;
    QString error;
};

struct Names
{
    QStringList clusters;
    QStringList users;
    QStringList actions;
};

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.removeAll(QString());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

ActivityQuery::ActivityQuery(StoreThread *store, ActivityRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    if (recorder)
        connect(recorder, &ActivityRecorder::entryRecorded, this, &ActivityQuery::changed);
}

void ActivityQuery::load(const ActivityFilter &filter)
{
    m_filter = filter;
    const quint64 generation = ++m_generation;
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [this] { emit loadFailed(tr("The local store is not available.")); },
            Qt::QueuedConnection);
        return;
    }
    m_store->run<Loaded>(
        [filter](LocalStore &store) {
            Loaded loaded;
            loaded.entries = store.activity(filter);
            loaded.ok = store.isOpen();
            if (!loaded.ok)
                loaded.error = store.lastError();
            return loaded;
        },
        this,
        [this, generation](const Loaded &answer) {
            if (generation != m_generation)
                return; // a newer filter is on its way
            if (answer.ok)
                emit loaded(answer.entries);
            else
                emit loadFailed(answer.error);
        });
}

void ActivityQuery::loadNames()
{
    if (!m_store)
        return;
    m_store->run<Names>(
        [](LocalStore &store) {
            const QStringList users =
                store.activityValues("cluster_user") + store.activityValues("local_user");
            return Names{store.activityValues("cluster_name"),
                         sorted(QSet<QString>(users.cbegin(), users.cend())),
                         store.activityValues("action")};
        },
        this,
        [this](const Names &names) {
            emit namesLoaded(names.clusters, names.users, names.actions);
        });
}
