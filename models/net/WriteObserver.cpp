#include "WriteObserver.h"

#include <QList>
#include <QMutex>
#include <QMutexLocker>

namespace {

QMutex &observersMutex()
{
    static QMutex mutex;
    return mutex;
}

QList<WriteObserver *> &observers()
{
    static QList<WriteObserver *> list;
    return list;
}

} // namespace

void WriteObservers::add(WriteObserver *observer)
{
    QMutexLocker lock(&observersMutex());
    if (observer && !observers().contains(observer))
        observers().append(observer);
}

void WriteObservers::remove(WriteObserver *observer)
{
    QMutexLocker lock(&observersMutex());
    observers().removeAll(observer);
}

bool WriteObservers::isWrite(const QByteArray &method)
{
    const QByteArray upper = method.toUpper();
    return upper != "GET" && upper != "HEAD" && upper != "OPTIONS";
}

void WriteObservers::notifySent(const WriteNotice &notice)
{
    QMutexLocker lock(&observersMutex());
    for (WriteObserver *observer : std::as_const(observers()))
        observer->writeSent(notice);
}

void WriteObservers::notifyFinished(const WriteNotice &notice, const ApiResult &result,
                                    bool transmitted)
{
    QMutexLocker lock(&observersMutex());
    for (WriteObserver *observer : std::as_const(observers()))
        observer->writeFinished(notice, result, transmitted);
}
