#include "SendOnceDevice.h"

#include <algorithm>
#include <cstring>

namespace node {

SendOnceDevice::SendOnceDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 SendOnceDevice::bytesAvailable() const
{
    return (m_data.size() - m_offset) + QIODevice::bytesAvailable();
}

qint64 SendOnceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - m_offset);
    if (count <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace node
