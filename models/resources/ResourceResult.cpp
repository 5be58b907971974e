#include "ResourceResult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourceResult)
};

} // namespace

QString ResourceResult::outcomeText() const
{
    if (status != Status::WritesRefused)
        return detail;
    QString why;
    if (refusalReason == u"behind-replicas")
        why = Tr::tr("the primary is behind its replicas");
    else if (refusalReason == u"history-mismatch")
        why = Tr::tr("the nodes hold different configuration histories");
    else if (refusalReason == u"awaiting-peers")
        why = Tr::tr("the primary is waiting to hear from the other nodes");
    else
        why = detail.isEmpty() ? refusalReason : detail;
    return Tr::tr("The cluster refuses writes: %1; nothing was written.").arg(why);
}
