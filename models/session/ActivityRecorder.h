#pragma once
// ActivityRecorder: keeps the activity log. It observes every write any ApiClient of this process
// sends (WriteObserver) and records it in the local store when sent, as pending, then again with
// its outcome, so a crash leaves "outcome unknown" rather than nothing. Actions that do not go
// through the API client (node actions through the load balancer, resource tests, a write the
// console refused itself) are handed to record(). Never records a body, a password or a token.

#include "ActivityEntry.h"
#include "WriteObserver.h"

#include <QObject>

class StoreThread;

class ActivityRecorder final : public QObject, public WriteObserver
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityRecorder)

public:
    // `store` must be open (or opening) and outlive the recorder. Observes writes from now on.
    explicit ActivityRecorder(StoreThread *store, QObject *parent = nullptr);
    ~ActivityRecorder() override;

    // Records an action: a missing request id, time or local user is filled in. Save it again
    // with the same request id and its outcome once known. Returns the entry as stored.
    ActivityEntry record(ActivityEntry entry);

    // What a write's answer means for the log: the outcome, status, new revision and reason.
    static void applyOutcome(const ApiResult &result, bool transmitted, ActivityEntry &entry);
    // The entry a write starts as (pending): action, resource and summary from its path.
    static ActivityEntry entryFor(const WriteNotice &notice);

    void writeSent(const WriteNotice &notice) override;
    void writeFinished(const WriteNotice &notice, const ApiResult &result,
                       bool transmitted) override;

Q_SIGNALS:
    // An entry was stored (new or with its outcome), with its row id.
    void entryRecorded(const ActivityEntry &entry);
    // The store refused an entry (its message).
    void recordFailed(const QString &error);

private:
    void save(const ActivityEntry &entry);

    StoreThread *m_store;
    QString m_localUser;
};
