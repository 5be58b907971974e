// SecretStore: where a profile's password or token lives, keyed by profile id, away from the
// profile and the database. Asynchronous: every call answers later through its callback.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

struct SecretResult
{
    enum class Status { Ok, NotFound, Failed };

    Status status = Status::Failed;
    QString secret; // set only for a successful read
    // The secret is (or would be) kept in memory for this session only, because the system
    // keychain is not usable; the UI says so.
    bool sessionOnly = false;
    QString errorString; // readable, set when status is Failed or the keychain fell back

    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~SecretStore() override = default;

    // The callback runs later on the store's thread, in the event loop, never from inside the
    // call; it is dropped if `context` (or, when context is null, the store) is destroyed
    // first. A null callback is allowed.
    virtual void readSecret(const QString &profileId, QObject *context, Callback callback) = 0;
    virtual void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                             Callback callback) = 0;
    // Deleting a secret that does not exist succeeds.
    virtual void deleteSecret(const QString &profileId, QObject *context, Callback callback) = 0;

    // Whether the profile's secret currently lives only in this session's memory.
    virtual bool isSessionOnly(const QString &profileId) const = 0;

Q_SIGNALS:
    // The secret of `profileId` moved into (true) or out of (false) session-only storage.
    void sessionOnlyChanged(const QString &profileId, bool sessionOnly);

protected:
    // Queued delivery so callers never see a callback re-entering their own call.
    void deliver(QObject *context, const Callback &callback, const SecretResult &result)
    {
        if (!callback)
            return;
        QMetaObject::invokeMethod(
            context ? context : this, [callback, result] { callback(result); },
            Qt::QueuedConnection);
    }
};
