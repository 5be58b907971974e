#pragma once
// An upload body that can be read once and never rewound. QNetworkAccessManager re-sends a
// request whose connection closed before the answer (a reused keep-alive connection that the
// server dropped, or a server that died after reading it), POST included, by rewinding the
// body; with this device the rewind fails and the reply ends with ContentReSendError instead.
// A forwarded write thus reaches the primary at most once.

#include <QByteArray>
#include <QIODevice>

namespace node {

class SendOnceDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnceDevice)

public:
    explicit SendOnceDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace node
