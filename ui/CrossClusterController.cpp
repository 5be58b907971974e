#include "CrossClusterController.h"

#include "CompareController.h"
#include "CompareDialog.h"
#include "CompareView.h"
#include "ConsoleSession.h"
#include "DefinitionsFile.h"
#include "ProfileService.h"
#include "SyncPlanDialog.h"

CrossClusterController::CrossClusterController(ConsoleSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_tools(session->newCompareController(this))
    , m_fileChooser(&FileChooser::ask)
{}

CompareDialog *CrossClusterController::compareDialog() const
{
    return m_compareDialog;
}

CompareView *CrossClusterController::compareView() const
{
    return m_compareView;
}

SyncPlanDialog *CrossClusterController::importDialog() const
{
    return m_importDialog;
}

void CrossClusterController::setFileChooser(FileChooser::Function chooser)
{
    if (!chooser)
        return;
    m_fileChooser = std::move(chooser);
    if (m_compareView)
        m_compareView->setFileChooser(m_fileChooser);
}

void CrossClusterController::showCompare(const QString &sourceProfileId)
{
    if (!m_compareDialog) {
        m_compareDialog = new CompareDialog(m_window);
        m_compareView = m_compareDialog->view();
        m_compareView->setServices(m_session->profileService(), m_tools);
        m_compareView->setFileChooser(m_fileChooser);
        QStringList all;
        for (const ClusterProfile &profile : m_session->profileService()->profiles())
            all.append(profile.id);
        m_compareView->setCheckedProfiles(all);
    }
    m_compareView->setSourceProfile(sourceProfileId);
    m_compareDialog->show();
    m_compareDialog->raise();
    m_compareDialog->activateWindow();
}

void CrossClusterController::exportDefinitions(const QString &profileId)
{
    const auto profile = m_session->profileService()->profile(profileId);
    if (!profile)
        return;
    m_fileChooser(m_window,
                  {FileChooser::Mode::Save, tr("Export Resource Definitions"),
                   profile->name + QStringLiteral("-resources.json"), tr("Definitions (*.json)")},
                  [this, profileId](const QString &path) { exportDefinitionsTo(profileId, path); });
}

void CrossClusterController::exportDefinitionsTo(const QString &profileId, const QString &path)
{
    const auto profile = m_session->profileService()->profile(profileId);
    if (!profile)
        return;
    m_tools->exportDefinitions(profileId, path, this,
                               [this](bool ok, const QString &message) { emit done(ok, message); });
}

void CrossClusterController::importDefinitions(const QString &profileId)
{
    if (!m_session->profileService()->profile(profileId))
        return;
    m_fileChooser(
        m_window,
        {FileChooser::Mode::Open, tr("Import Resource Definitions"), QString(),
         tr("Definitions (*.json)")},
        [this, profileId](const QString &path) { importDefinitionsFrom(profileId, path); });
}

void CrossClusterController::importDefinitionsFrom(const QString &profileId, const QString &path)
{
    const auto profile = m_session->profileService()->profile(profileId);
    if (!profile)
        return;
    QString error;
    const auto file = DefinitionsFile::read(path, &error);
    if (!file) {
        emit done(false, tr("Cannot import %1: %2").arg(path, error));
        return;
    }
    delete m_importDialog;
    auto *dialog = new SyncPlanDialog(m_tools->newSyncController(nullptr), m_window);
    dialog->setObjectName(QStringLiteral("importPlanDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSource(file->cluster.isEmpty() ? path : tr("the file (%1)").arg(file->cluster),
                      file->resources);
    m_importDialog = dialog;
    dialog->show();
    // Through the pool's endpoint: the cluster's own client, as long as the profile exists.
    dialog->setTargets({profileId});
}
