#pragma once
// StatusCommand: `clusterdesk status` as a core object: one poll of one cluster through a
// ClusterMonitor (start, the first snapshot, stop), formatted as a table or JSON with an exit code.

#include "ClusterProfile.h"
#include "ClusterSnapshot.h"
#include "TimedCommand.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <optional>

class ClusterMonitor;
class SecretStore;

struct StatusOptions
{
    static constexpr std::chrono::milliseconds DefaultTimeout{10000};

    ClusterProfile profile; // address, TLS trust, thresholds (need not be saved)
    QString user;
    std::optional<QString> password; // given by file or environment: wins over the store
    std::optional<QString> token;
    // The whole command (secret look-up and poll) ends within about this long.
    std::chrono::milliseconds timeout = DefaultTimeout;
    bool json = false;
    // For a saved cluster: where its secret is read from when neither password nor token was
    // given. Must outlive the command.
    SecretStore *secrets = nullptr;
};

class StatusCommand final : public TimedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusCommand)

public:
    explicit StatusCommand(StatusOptions options, QObject *parent = nullptr);
    ~StatusCommand() override;

    // Runs once; finished() follows from the event loop, never from inside this call.
    void start();

    std::optional<ClusterSnapshot> snapshot() const { return m_snapshot; }

    // Per request, so that a poll (about twice this plus a second) ends inside `total`.
    static std::chrono::milliseconds requestTimeoutFor(std::chrono::milliseconds total);

private:
    void poll(const QString &user, const std::optional<QString> &password,
              const std::optional<QString> &token);
    void onSnapshot(const ClusterSnapshot &snapshot);
    void onDeadline() override;
    void beforeFinished(std::function<void()> done) override;
    void present(const ClusterSnapshot &snapshot);

    StatusOptions m_options;
    QPointer<ClusterMonitor> m_monitor;
    std::optional<ClusterSnapshot> m_snapshot;
};
