#include "ActivityEntry.h"

#include <QDateTime>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

QList<ActivityEntry::Outcome> ActivityEntry::allOutcomes()
{
    return {Outcome::Pending, Outcome::Succeeded, Outcome::Conflict,      Outcome::Refused,
            Outcome::Failed,  Outcome::Unknown,   Outcome::RefusedLocally};
}

QString ActivityEntry::currentLocalUser()
{
    for (const char *name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // A service or a shell without USER (cron, systemd, `env -i`): the account itself.
    if (const passwd *account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

bool ActivityFilter::matches(const ActivityEntry &entry) const
{
    if (!cluster.isEmpty() && entry.clusterId != cluster &&
        entry.clusterName.compare(cluster, Qt::CaseInsensitive) != 0)
        return false;
    if (!user.isEmpty() && entry.clusterUser.compare(user, Qt::CaseInsensitive) != 0 &&
        entry.localUser.compare(user, Qt::CaseInsensitive) != 0)
        return false;
    if (!action.isEmpty() && entry.action != action)
        return false;
    if (outcome && entry.outcome != *outcome)
        return false;
    if (entry.timeMs < fromMs || (toMs > 0 && entry.timeMs > toMs))
        return false;
    return true;
}

QString ActivityText::outcome(ActivityEntry::Outcome outcome)
{
    using Outcome = ActivityEntry::Outcome;
    switch (outcome) {
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::Succeeded:
        return tr("Succeeded");
    case Outcome::Conflict:
        return tr("Conflict");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Unknown:
        return tr("Outcome unknown");
    case Outcome::RefusedLocally:
        return tr("Refused locally");
    }
    return tr("Outcome unknown");
}

QString ActivityText::outcomeDetail(const ActivityEntry &entry)
{
    using Outcome = ActivityEntry::Outcome;
    const QString base = outcome(entry.outcome);
    QString detail;
    if (entry.outcome == Outcome::Succeeded && entry.revision >= 0)
        detail = tr("revision %1").arg(entry.revision);
    else if (entry.outcome == Outcome::Pending)
        detail = tr("no answer yet");
    if (!entry.reason.isEmpty())
        detail = detail.isEmpty() ? entry.reason : detail + u"; "_s + entry.reason;
    if (entry.httpStatus > 0)
        detail = detail.isEmpty() ? tr("HTTP %1").arg(entry.httpStatus)
                                  : tr("HTTP %1: %2").arg(entry.httpStatus).arg(detail);
    return detail.isEmpty() ? base : tr("%1 (%2)").arg(base, detail);
}

QString ActivityText::action(const QString &action)
{
    if (action == u"create")
        return tr("Create");
    if (action == u"update")
        return tr("Update");
    if (action == u"delete")
        return tr("Delete");
    if (action == u"test")
        return tr("Test");
    if (action == u"write")
        return tr("Write");
    return action;
}

QString ActivityText::isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}
