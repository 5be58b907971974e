#pragma once
// Turns SIGTERM/SIGINT into a Qt signal: the handler only writes a byte to a socket pair
// (async-signal-safe); a QSocketNotifier reads it in the event loop.

#include <QObject>
#include <QSocketNotifier>
#include <memory>

class ShutdownSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // Installs the handlers; false (with errno intact) if the socket pair cannot be made.
    bool install();

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();
    std::unique_ptr<QSocketNotifier> m_notifier;
};
