#include "StoreThread.h"

#include <utility>

// Lives on the worker thread and owns the LocalStore there: LocalStore is single-threaded and
// bound to the thread that opened it.
class StoreThread::Worker final : public QObject
{
public:
    LocalStore &store()
    {
        if (!m_store)
            m_store = std::make_unique<LocalStore>();
        return *m_store;
    }
    void shutDown() { m_store.reset(); }

private:
    std::unique_ptr<LocalStore> m_store;
};

namespace {

// Who gets a result: checked on the caller's thread only. The relay lives on the caller's
// thread: posting to it cannot race with the context's destruction, and the relay itself is
// only deleted there, after delivery.
struct Delivery
{
    QPointer<QObject> context;
    bool hasContext = false;
    QObject *relay = nullptr;
};

// On the calling thread.
std::shared_ptr<Delivery> makeDelivery(StoreThread *owner, QObject *context)
{
    auto delivery = std::make_shared<Delivery>();
    delivery->context = context;
    delivery->hasContext = context != nullptr;
    delivery->relay = new QObject;
    if (QThread::currentThread() == owner->thread())
        delivery->relay->setParent(owner); // undelivered results go away with the StoreThread
    return delivery;
}

// On the worker: `deliver` runs on the calling thread unless the context is gone by then.
void deliver(const std::shared_ptr<Delivery> &delivery, std::function<void()> result)
{
    QObject *relay = delivery->relay;
    QMetaObject::invokeMethod(
        relay,
        [relay, delivery, result = std::move(result)] {
            relay->deleteLater();
            if (delivery->hasContext && !delivery->context)
                return;
            if (result)
                result();
        },
        Qt::QueuedConnection);
}

} // namespace

struct StoreThread::PendingCycles
{
    struct Entry
    {
        ClusterCycleRecord record;
        std::shared_ptr<Delivery> delivery;
        Callback<bool> callback;
    };
    QList<Entry> entries; // under m_postMutex until the worker takes them
};

StoreThread::StoreThread(QObject *parent)
    : QObject(parent)
    , m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("LocalStore"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    Worker *worker = m_worker;
    QThread *thread = &m_thread;
    // Queued behind every job already posted, so they all still run; the loop is told to stop
    // only from inside, after the store closed on its own thread (a quit() from here could
    // end the loop before shutDown() ran, leaving the store to die on the wrong thread).
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->shutDown();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
    delete m_worker;
}

void StoreThread::post(Job job, QObject *context)
{
    auto delivery = makeDelivery(this, context);
    Worker *worker = m_worker;
    QMutexLocker lock(&m_postMutex);
    m_openCycles.reset(); // records that come later must not be written before this job
    QMetaObject::invokeMethod(
        worker,
        [worker, delivery, job = std::move(job)] { deliver(delivery, job(worker->store())); },
        Qt::QueuedConnection);
}

void StoreThread::write(std::function<bool(LocalStore &)> work, QObject *context,
                        Callback<bool> callback)
{
    QPointer<StoreThread> self(this);
    post(
        [work = std::move(work), callback = std::move(callback),
         self](LocalStore &store) -> std::function<void()> {
            const bool ok = work(store);
            const QString error = ok ? QString() : store.lastError();
            return [ok, error, callback, self] {
                if (!ok && self)
                    emit self->writeFailed(error);
                if (callback)
                    callback(ok);
            };
        },
        context);
}

void StoreThread::open(const QString &dataDir, QObject *context, Callback<QString> callback)
{
    QPointer<StoreThread> self(this);
    post(
        [dataDir, callback = std::move(callback),
         self](LocalStore &store) -> std::function<void()> {
            QString error;
            const bool ok = store.open(dataDir, &error);
            const QString path = store.filePath();
            if (ok)
                error.clear();
            else if (error.isEmpty())
                error = store.lastError();
            return [self, path, error, callback] {
                if (self && error.isEmpty())
                    self->m_filePath = path;
                if (callback)
                    callback(error);
            };
        },
        context);
}

void StoreThread::profiles(QObject *context, Callback<QList<ClusterProfile>> callback)
{
    run<QList<ClusterProfile>>([](LocalStore &store) { return store.profiles(); }, context,
                               std::move(callback));
}

void StoreThread::addProfile(const ClusterProfile &profile, QObject *context,
                             Callback<StoreWriteResult> callback)
{
    run<StoreWriteResult>(
        [profile](LocalStore &store) {
            StoreWriteResult result;
            result.ok = store.addProfile(profile, &result.problem);
            if (!result.ok && result.problem.reason.isEmpty())
                result.problem.reason = store.lastError();
            return result;
        },
        context, std::move(callback));
}

void StoreThread::updateProfile(const ClusterProfile &profile, QObject *context,
                                Callback<StoreWriteResult> callback)
{
    run<StoreWriteResult>(
        [profile](LocalStore &store) {
            StoreWriteResult result;
            result.ok = store.updateProfile(profile, &result.problem);
            if (!result.ok && result.problem.reason.isEmpty())
                result.problem.reason = store.lastError();
            return result;
        },
        context, std::move(callback));
}

void StoreThread::removeProfile(const QString &id, QObject *context, Callback<bool> callback)
{
    write([id](LocalStore &store) { return store.removeProfile(id); }, context,
          std::move(callback));
}

void StoreThread::reorderProfiles(const QStringList &idsInOrder, QObject *context,
                                  Callback<bool> callback)
{
    write([idsInOrder](LocalStore &store) { return store.reorderProfiles(idsInOrder); }, context,
          std::move(callback));
}

void StoreThread::appendSamples(const QString &clusterId, const QList<NodeSample> &samples,
                                QObject *context, Callback<bool> callback)
{
    write(
        [clusterId, samples](LocalStore &store) { return store.appendSamples(clusterId, samples); },
        context, std::move(callback));
}

void StoreThread::samples(const QString &clusterId, const QString &nodeId, qint64 fromMs,
                          qint64 toMs, QObject *context, Callback<QList<NodeSample>> callback)
{
    run<QList<NodeSample>>(
        [clusterId, nodeId, fromMs, toMs](LocalStore &store) {
            return store.samples(clusterId, nodeId, fromMs, toMs);
        },
        context, std::move(callback));
}

void StoreThread::saveSnapshot(const QString &clusterId, const StoredSnapshot &snapshot,
                               QObject *context, Callback<bool> callback)
{
    write([clusterId,
           snapshot](LocalStore &store) { return store.saveSnapshot(clusterId, snapshot); },
          context, std::move(callback));
}

void StoreThread::loadSnapshot(const QString &clusterId, QObject *context,
                               Callback<std::optional<StoredSnapshot>> callback)
{
    run<std::optional<StoredSnapshot>>(
        [clusterId](LocalStore &store) { return store.loadSnapshot(clusterId); }, context,
        std::move(callback));
}

void StoreThread::noteNodesUp(const QString &clusterId, const QStringList &nodeIds, qint64 timeMs,
                              QObject *context, Callback<bool> callback)
{
    write([clusterId, nodeIds,
           timeMs](LocalStore &store) { return store.noteNodesUp(clusterId, nodeIds, timeMs); },
          context, std::move(callback));
}

void StoreThread::lastUp(const QString &clusterId, QObject *context,
                         Callback<QHash<QString, qint64>> callback)
{
    run<QHash<QString, qint64>>([clusterId](LocalStore &store) { return store.lastUp(clusterId); },
                                context, std::move(callback));
}

void StoreThread::recordCycle(const ClusterCycleRecord &record, QObject *context,
                              Callback<bool> callback)
{
    auto delivery = makeDelivery(this, context);
    QMutexLocker lock(&m_postMutex);
    if (!m_openCycles) {
        m_openCycles = std::make_shared<PendingCycles>();
        Worker *worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [this, worker, batch = m_openCycles] { writeCycles(worker->store(), batch); },
            Qt::QueuedConnection);
    }
    m_openCycles->entries.append({record, std::move(delivery), std::move(callback)});
}

// On the worker. `this` is alive: the destructor waits for every queued job.
void StoreThread::writeCycles(LocalStore &store, const std::shared_ptr<PendingCycles> &batch)
{
    QList<PendingCycles::Entry> entries;
    {
        QMutexLocker lock(&m_postMutex);
        entries.swap(batch->entries);
        if (m_openCycles == batch)
            m_openCycles.reset(); // from now on, records start the next batch
    }
    QList<ClusterCycleRecord> records;
    records.reserve(entries.size());
    for (const PendingCycles::Entry &entry : std::as_const(entries))
        records.append(entry.record);

    QList<int> commits; // clusters per committed transaction
    QString error;
    QList<bool> written(records.size(), store.recordCycles(records));
    if (!records.isEmpty() && written.constFirst()) {
        commits.append(int(records.size()));
    } else if (records.size() == 1) {
        error = store.lastError();
    } else {
        for (qsizetype i = 0; i < records.size(); ++i) {
            written[i] = store.recordCycles({records.at(i)});
            if (written.at(i))
                commits.append(1);
            else if (error.isEmpty())
                error = store.lastError();
        }
    }
    QMetaObject::invokeMethod(
        this,
        [this, commits, error] {
            for (int clusters : commits)
                emit cyclesWritten(clusters);
            if (!error.isEmpty())
                emit writeFailed(error);
        },
        Qt::QueuedConnection);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Callback<bool> callback = entries.at(i).callback;
        const bool ok = written.at(i);
        deliver(entries.at(i).delivery,
                callback ? std::function<void()>([callback, ok] { callback(ok); })
                         : std::function<void()>());
    }
}
