// ResourceEditorController's delete: the same repository, precondition and conflict policy as
// apply(). A 412 means the resource changed since the user looked: nothing is deleted and the
// new version is shown, never deleted blindly.

#include "ResourceEditorController.h"

void ResourceEditorController::remove(const ResourceDefinition &resource)
{
    if (!m_repository || isReadOnly())
        return;
    const QString name = resource.name;
    m_repository->remove(m_type, name, resource.ifMatch(), this,
                         [this, name, clusterId = m_clusterId](const ResourceResult &result) {
                             if (clusterId ==
                                 m_clusterId) // an answer from a cluster no longer shown is dropped
                                 onRemoved(name, result);
                         });
}

void ResourceEditorController::onRemoved(const QString &name, const ResourceResult &result)
{
    using Status = ResourceResult::Status;
    const bool openOnIt = isOpen() && !isNew() && m_yours.name == name;
    QString message;
    switch (result.status) {
    case Status::Ok:
    case Status::NotFound: // someone else deleted it first: gone either way
        if (openOnIt) {
            revert(); // its draft goes too
            close();
        }
        message = tr("Deleted %1.").arg(name);
        break;
    case Status::Conflict:
        if (result.resource) {
            message = tr("%1 was changed by someone else since you looked (now revision %2); it "
                         "was not deleted. The current version is shown: look at it, then "
                         "delete again if you still mean to.")
                          .arg(name)
                          .arg(result.resource->revision);
            // A clean editor follows; unsaved edits stay and will meet the conflict on apply.
            if (openOnIt && !isDirty() && m_state == State::Editing)
                open(*result.resource);
        } else {
            message = tr("%1 was changed by someone else since you looked; it was not deleted. "
                         "Reload the list before deciding again.")
                          .arg(name);
        }
        break;
    case Status::Forbidden:
        setReadOnly(tr("Your account may not change resources (the cluster answered 403)."));
        message = tr("Not deleted: %1").arg(result.detail);
        break;
    case Status::WritesRefused:
        message = result.outcomeText();
        break;
    case Status::ReadOnly:
        setReadOnly(result.detail);
        message = tr("Not deleted: %1").arg(result.detail);
        break;
    case Status::ValidationFailed:
    case Status::PrimaryUnavailable:
    case Status::PreconditionRequired:
    case Status::NetworkError:
        // An unknown outcome may have deleted it: its detail says so, never "not deleted".
        message =
            result.outcomeUnknown ? result.outcomeText() : tr("Not deleted: %1").arg(result.detail);
        break;
    }
    Q_EMIT removeFinished(name, result, message);
}
