#pragma once
// ActivityQuery: reads the activity log from the local store for the Tools › Activity view, with
// a filter, and says when the recorder has stored something new so the view can read again.
// Only the answer to the latest load() is delivered.

#include "ActivityEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ActivityRecorder;
class StoreThread;

class ActivityQuery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityQuery)

public:
    // Neither is owned; `recorder` may be null (no live updates).
    ActivityQuery(StoreThread *store, ActivityRecorder *recorder, QObject *parent = nullptr);

    // Reads the entries `filter` selects; loaded() follows from the event loop.
    void load(const ActivityFilter &filter);
    ActivityFilter filter() const { return m_filter; }
    // The cluster names and users seen in the log, for the filter choices; answered by
    // namesLoaded().
    void loadNames();

Q_SIGNALS:
    void loaded(const QList<ActivityEntry> &entries);
    void loadFailed(const QString &error);
    void namesLoaded(const QStringList &clusters, const QStringList &users,
                     const QStringList &actions);
    // The recorder stored an entry (new, or its outcome).
    void changed(const ActivityEntry &entry);

private:
    QPointer<StoreThread> m_store;
    ActivityFilter m_filter;
    quint64 m_generation = 0;
};
