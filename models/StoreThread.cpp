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

// Who gets a result: checked on the caller's thread only.
struct Delivery
{
    QPointer<QObject> context;
    bool hasContext = false;
};

} // namespace

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
    auto delivery = std::make_shared<Delivery>();
    delivery->context = context;
    delivery->hasContext = context != nullptr;
    // A relay on the caller's thread receives the result: posting to it cannot race with the
    // context's destruction, and the relay itself is only deleted here, after delivery.
    auto *relay = new QObject;
    if (QThread::currentThread() == thread())
        relay->setParent(this); // undelivered results go away with the StoreThread
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, relay, delivery, job = std::move(job)] {
            std::function<void()> deliver = job(worker->store());
            QMetaObject::invokeMethod(
                relay,
                [relay, delivery, deliver = std::move(deliver)] {
                    relay->deleteLater();
                    if (delivery->hasContext && !delivery->context)
                        return;
                    if (deliver)
                        deliver();
                },
                Qt::QueuedConnection);
        },
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
