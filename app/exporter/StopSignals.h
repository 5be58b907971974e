#pragma once
// Turns SIGTERM and SIGINT into a Qt signal so the exporter stops cleanly (its monitors end
// their sessions on the clusters): the handler only writes a byte to a socket pair
// (async-signal-safe), a QSocketNotifier reads it in the event loop.

#include <QObject>
#include <QSocketNotifier>

#include <memory>

class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    // Restores the default handlers.
    ~StopSignals() override;

    // False when the socket pair cannot be made.
    bool install();

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void readSignal();
    std::unique_ptr<QSocketNotifier> m_notifier;
};
