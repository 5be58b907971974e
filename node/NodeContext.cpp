#include "NodeContext.h"

#include <QCryptographicHash>

namespace node {

QString NodeContext::role() const
{
    return options->isPrimary() ? QStringLiteral("primary") : QStringLiteral("replica");
}

QString NodeContext::deriveClusterId(const QByteArray &clusterSecret, const QString &clusterName)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(clusterSecret);
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(clusterName.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace node
