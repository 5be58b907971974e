#include "ResourceResult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResourceResult)
};

} // namespace

QString ResourceResult::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Conflict:
        return u"conflict"_s;
    case Status::ValidationFailed:
        return u"validation-failed"_s;
    case Status::Forbidden:
        return u"forbidden"_s;
    case Status::PrimaryUnavailable:
        return u"primary-unavailable"_s;
    case Status::NotFound:
        return u"not-found"_s;
    case Status::PreconditionRequired:
        return u"precondition-required"_s;
    case Status::WritesRefused:
        return u"writes-refused"_s;
    case Status::ReadOnly:
        return u"read-only"_s;
    case Status::NetworkError:
        break;
    }
    return u"network-error"_s;
}

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
