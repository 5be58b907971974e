#include "ActivityRecorder.h"

#include "StoreThread.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ActivityRecorder)
};

// The readable reason of a failed answer: the node's problem details, else the client's words.
// Never the body itself.
QString reasonOf(const ApiResult &result)
{
    if (result.problem.isValid())
        return result.problem.summary();
    return result.errorText;
}

// Sent, and no answer that says whether it was applied.
bool answerLost(const ApiResult &result)
{
    using Kind = ApiResult::ErrorKind;
    if (result.httpStatus == 502 || result.httpStatus == 504)
        return true;
    if (result.httpStatus > 0)
        return false; // a node (or the balancer, 503: no server took it) answered
    return result.errorKind == Kind::Timeout || result.errorKind == Kind::Cancelled ||
           result.errorKind == Kind::Other || result.errorKind == Kind::LoadBalancerPage;
}

} // namespace

ActivityRecorder::ActivityRecorder(StoreThread *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_localUser(ActivityEntry::currentLocalUser())
{
    WriteObservers::add(this);
}

ActivityRecorder::~ActivityRecorder()
{
    WriteObservers::remove(this);
}

ActivityEntry ActivityRecorder::record(ActivityEntry entry)
{
    if (entry.requestId.isEmpty())
        entry.requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (entry.timeMs <= 0)
        entry.timeMs = QDateTime::currentMSecsSinceEpoch();
    if (entry.localUser.isEmpty())
        entry.localUser = m_localUser;
    if (entry.outcome != ActivityEntry::Outcome::Pending && entry.finishedMs <= 0)
        entry.finishedMs = QDateTime::currentMSecsSinceEpoch();
    save(entry);
    return entry;
}

ActivityEntry ActivityRecorder::entryFor(const WriteNotice &notice)
{
    ActivityEntry entry;
    entry.requestId = notice.requestId;
    entry.timeMs = notice.sentAtMs;
    entry.clusterId = notice.clusterId;
    entry.clusterName = notice.clusterName;
    entry.clusterUser = notice.clusterUser;
    entry.method = QString::fromLatin1(notice.method);
    const QStringList parts = notice.path.split(u'/', Qt::SkipEmptyParts);
    // /api/v1/resources/{type}/{name}[/test]
    const bool resource = parts.size() >= 5 && parts.at(0) == u"api" && parts.at(2) == u"resources";
    if (resource) {
        entry.resourceType = QUrl::fromPercentEncoding(parts.at(3).toUtf8());
        entry.resourceName = QUrl::fromPercentEncoding(parts.at(4).toUtf8());
    } else {
        entry.resourceName = notice.path;
    }
    if (resource && parts.size() == 6 && parts.at(5) == u"test")
        entry.action = u"test"_s;
    else if (resource && parts.size() == 5 && notice.method == "DELETE")
        entry.action = u"delete"_s;
    else if (resource && parts.size() == 5 && notice.method == "PUT")
        entry.action = notice.createOnly ? u"create"_s : u"update"_s;
    else
        entry.action = u"write"_s;
    entry.summary = resource ? Tr::tr("%1 %2 %3")
                                   .arg(ActivityText::action(entry.action).toLower(),
                                        entry.resourceType, entry.resourceName)
                             : Tr::tr("%1 %2").arg(entry.method, notice.path);
    if (!notice.targetNodeId.isEmpty())
        entry.summary = Tr::tr("%1 on node %2").arg(entry.summary, notice.targetNodeId);
    return entry;
}

void ActivityRecorder::applyOutcome(const ApiResult &result, bool transmitted, ActivityEntry &entry)
{
    using Outcome = ActivityEntry::Outcome;
    entry.httpStatus = result.httpStatus;
    entry.reason.clear();
    entry.revision = -1;
    if (entry.action == u"test" && result.httpStatus >= 200 && result.httpStatus < 300) {
        // A test answers 200 whatever it found: its outcome is the node's verdict.
        const QJsonObject answer = result.json.object();
        entry.outcome = answer.value(u"ok").toBool() ? Outcome::Succeeded : Outcome::Failed;
        for (const QJsonValue &check : answer.value(u"checks").toArray()) {
            const QJsonObject failed = check.toObject();
            if (!failed.value(u"ok").toBool(true)) {
                entry.reason = Tr::tr("%1: %2").arg(failed.value(u"check").toString(),
                                                    failed.value(u"reason").toString());
                break;
            }
        }
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        entry.outcome = Outcome::Succeeded;
        const QJsonValue revision = result.json.object().value(u"revision");
        entry.revision = revision.isDouble() ? qint64(revision.toDouble()) : result.configRevision;
        if (!result.ok) // applied, but the answer could not be read
            entry.reason = result.errorText;
    } else if (!transmitted) {
        entry.outcome = Outcome::Failed;
        entry.reason = Tr::tr("not sent: %1").arg(result.errorText);
    } else if (result.httpStatus == 412) {
        entry.outcome = Outcome::Conflict;
        entry.reason = reasonOf(result);
    } else if (result.httpStatus == 403) {
        entry.outcome = Outcome::Refused;
        entry.reason = reasonOf(result);
    } else if (answerLost(result)) {
        entry.outcome = Outcome::Unknown;
        entry.reason = Tr::tr("the answer was lost (%1); it may or may not have been applied")
                           .arg(reasonOf(result));
    } else {
        entry.outcome = Outcome::Failed;
        entry.reason = reasonOf(result);
    }
}

void ActivityRecorder::writeSent(const WriteNotice &notice)
{
    record(entryFor(notice));
}

void ActivityRecorder::writeFinished(const WriteNotice &notice, const ApiResult &result,
                                     bool transmitted)
{
    ActivityEntry entry = entryFor(notice);
    applyOutcome(result, transmitted, entry);
    record(entry);
}

void ActivityRecorder::save(const ActivityEntry &entry)
{
    QPointer<ActivityRecorder> self(this);
    struct Saved
    {
        bool ok = false;
        qint64 id = 0;
        QString error;
    };
    m_store->run<Saved>(
        [entry](LocalStore &store) {
            Saved saved;
            saved.ok = store.saveActivity(entry, &saved.id);
            if (!saved.ok)
                saved.error = store.lastError();
            return saved;
        },
        this,
        [self, entry](const Saved &saved) {
            if (!self)
                return;
            if (!saved.ok) {
                emit self->recordFailed(saved.error);
                return;
            }
            ActivityEntry stored = entry;
            stored.id = saved.id;
            emit self->entryRecorded(stored);
        });
}
