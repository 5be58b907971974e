#pragma once
// StoreThread: the LocalStore on its own worker thread behind an asynchronous API, so the UI
// thread never waits on the disk. Work runs in call order; each callback runs later on the
// calling thread, and not at all when its context object is gone by then.

#include "LocalStore.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

// The answer to a profile write: ok, or the problem LocalStore found.
struct StoreWriteResult
{
    bool ok = false;
    ProfileValidationError problem; // field "name" for naming problems, empty for storage errors
};

class StoreThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreThread)

public:
    template<typename T> using Callback = std::function<void(const T &)>;

    explicit StoreThread(QObject *parent = nullptr);
    // Finishes the queued work, closes the store and joins the worker (the one wait, at exit).
    ~StoreThread() override;

    // Opens the store in dataDir (empty: LocalStore::defaultDataDir()). The callback gets the
    // error text, empty on success.
    void open(const QString &dataDir, QObject *context, Callback<QString> callback);
    // Known once open() has answered successfully.
    QString filePath() const { return m_filePath; }

    void profiles(QObject *context, Callback<QList<ClusterProfile>> callback);
    void addProfile(const ClusterProfile &profile, QObject *context,
                    Callback<StoreWriteResult> callback);
    void updateProfile(const ClusterProfile &profile, QObject *context,
                       Callback<StoreWriteResult> callback);
    void removeProfile(const QString &id, QObject *context, Callback<bool> callback);
    void reorderProfiles(const QStringList &idsInOrder, QObject *context, Callback<bool> callback);

    void appendSamples(const QString &clusterId, const QList<NodeSample> &samples,
                       QObject *context = nullptr, Callback<bool> callback = {});
    void samples(const QString &clusterId, const QString &nodeId, qint64 fromMs, qint64 toMs,
                 QObject *context, Callback<QList<NodeSample>> callback);
    void saveSnapshot(const QString &clusterId, const StoredSnapshot &snapshot,
                      QObject *context = nullptr, Callback<bool> callback = {});
    void loadSnapshot(const QString &clusterId, QObject *context,
                      Callback<std::optional<StoredSnapshot>> callback);
    void noteNodesUp(const QString &clusterId, const QStringList &nodeIds, qint64 timeMs,
                     QObject *context = nullptr, Callback<bool> callback = {});
    void lastUp(const QString &clusterId, QObject *context,
                Callback<QHash<QString, qint64>> callback);

    // One cluster's poll results. Records that arrive while the worker is busy (or before it
    // got to the first of them) wait together and are written in one transaction
    // (LocalStore::recordCycles); other calls are never overtaken. Should that transaction fail,
    // each record is retried alone, so one bad record costs only itself. The callback gets
    // whether its own record was written.
    void recordCycle(const ClusterCycleRecord &record, QObject *context = nullptr,
                     Callback<bool> callback = {});

    // Any other LocalStore work: `work` runs on the worker thread (it must not touch objects of
    // other threads), its result comes back to `callback` on the calling thread.
    template<typename T>
    void run(std::function<T(LocalStore &)> work, QObject *context, Callback<T> callback)
    {
        post(
            [work = std::move(work),
             callback = std::move(callback)](LocalStore &store) -> std::function<void()> {
                T result = work(store);
                if (!callback)
                    return {};
                return [callback, result = std::move(result)] { callback(result); };
            },
            context);
    }

Q_SIGNALS:
    // A write failed (LocalStore's message): for a status line, since callers of the
    // fire-and-forget writes do not listen.
    void writeFailed(const QString &error);
    // A transaction of recordCycle() records committed, with this many clusters' records.
    void cyclesWritten(int clusters);

private:
    class Worker;
    struct PendingCycles;
    // `work` runs on the worker and returns the delivery that runs on the caller's thread.
    using Job = std::function<std::function<void()>(LocalStore &)>;
    void post(Job job, QObject *context);
    // A write whose failure is also reported through writeFailed().
    void write(std::function<bool(LocalStore &)> work, QObject *context, Callback<bool> callback);

    void writeCycles(LocalStore &store, const std::shared_ptr<PendingCycles> &batch);

    QThread m_thread;
    Worker *m_worker;
    QString m_filePath;
    // Guards m_openCycles and the order of posting: the batch still taking records, if any.
    QMutex m_postMutex;
    std::shared_ptr<PendingCycles> m_openCycles;
};
