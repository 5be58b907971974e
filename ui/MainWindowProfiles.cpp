// MainWindow's cluster list: add, edit, remove, reorder, the demo cluster, and what the
// services say about the clusters (the window itself is in MainWindow.cpp).
#include "MainWindow.h"

#include "AppSettings.h"
#include "ClusterListModel.h"
#include "ClusterPage.h"
#include "ClusterSidebar.h"
#include "ConnectDialog.h"
#include "ConsoleSession.h"
#include "CrossClusterController.h"
#include "DemoClusterLauncher.h"
#include "FileChooser.h"
#include "FleetView.h"
#include "HelpViewer.h"
#include "Icons.h"
#include "LanguageSwitcher.h"
#include "MainWindowActions.h"
#include "OverviewPanel.h"
#include "PanelActions.h"
#include "PreferencesDialog.h"
#include "ResourceEditorController.h"
#include "ResourcesPanel.h"
#include "SignInPrompt.h"
#include "Theme.h"
#include "TrayNotifier.h"
#include "UnsavedDraftsPrompt.h"
#include "WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <utility>

void MainWindow::addProfile(const ClusterProfile &profile, const QString &password)
{
    const QString id = profile.id;
    m_profiles->addProfile(profile, password, this, [this, id](const StoreWriteResult &result) {
        if (!result.ok) {
            reportError(tr("The cluster was not saved"), result.problem.reason);
            return;
        }
        selectProfile(id);
        statusBar()->showMessage(tr("Cluster added."), 3000);
    });
}

void MainWindow::updateProfile(const ClusterProfile &profile,
                               const std::optional<QString> &password)
{
    m_profiles->updateProfile(profile, password, this, [this](const StoreWriteResult &result) {
        if (!result.ok)
            reportError(tr("The cluster was not saved"), result.problem.reason);
    });
}

void MainWindow::editCurrentProfile()
{
    const auto profile = m_profiles->profile(currentProfileId());
    if (!profile || !m_profileEditor)
        return;
    m_profileEditor(this, profile,
                    [this](const ClusterProfile &edited, const std::optional<QString> &password) {
                        updateProfile(edited, password);
                    });
}

void MainWindow::removeProfile(const QString &profileId)
{
    // A removed cluster takes its drafts along: apply or discard them first.
    UnsavedDraftsPrompt::ask(this, editorsOf(profileId), false, [this, profileId] {
        m_profiles->removeProfile(profileId, this, [this](bool ok) {
            if (!ok)
                reportError(tr("The cluster was not removed"), tr("The local store refused it."));
        });
    });
}

QList<ResourceEditorController *> MainWindow::editorsOf(const QString &profileId) const
{
    QList<ResourceEditorController *> editors;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        auto *page = qobject_cast<ClusterPage *>(it.value());
        if (page && (profileId.isEmpty() || it.key() == profileId))
            editors += page->resources()->editors();
    }
    return editors;
}

void MainWindow::moveProfile(const QString &profileId, int toRow)
{
    QStringList ids;
    for (const ClusterListModel::Profile &profile : m_clusterList->profiles())
        ids << profile.id;
    const int from = int(ids.indexOf(profileId));
    if (from < 0 || toRow < 0 || toRow >= ids.size() || from == toRow)
        return;
    ids.move(from, toRow);
    m_profiles->reorderProfiles(ids, this, [this](bool ok) {
        if (!ok)
            statusBar()->showMessage(tr("The new order could not be saved."), 5000);
    });
}

void MainWindow::addDemoCluster(const QString &name, const QUrl &url, const QString &user,
                                const QString &password, const QString &caFile,
                                const QUrl &statsUrl)
{
    // A second demo gets a name of its own: names are unique.
    QString unique = name;
    QStringList taken;
    for (const ClusterProfile &profile : m_profiles->profiles())
        taken << profile.name.trimmed().toLower();
    for (int n = 2; taken.contains(unique.toLower()); ++n)
        unique = QStringLiteral("%1 %2").arg(name).arg(n);
    ClusterProfile profile = ClusterProfile::create(unique, url);
    profile.userName = user;
    profile.caCertificatePath = caFile;
    profile.haproxyStatsUrl = statsUrl;
    profile.pollIntervalMs = m_settings->value(AppSettings::Key::DefaultPollIntervalMs).toInt();
    addProfile(profile, password);
}

void MainWindow::connectServices()
{
    connect(m_profiles, &ProfileService::profilesChanged, this, &MainWindow::syncProfiles);
    connect(m_monitor, &MonitorService::snapshotReady, this, &MainWindow::onSnapshot);
    connect(m_monitor, &MonitorService::pollStateChanged, this, &MainWindow::updateStatus);
    connect(m_session, &ConsoleSession::started, this, [this](const QString &error) {
        if (!error.isEmpty())
            reportError(tr("Clusterdesk could not open its data"), error);
    });
    connect(
        m_profiles, &ProfileService::secretProblem, this,
        [this](const QString &, const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(
        m_profiles, &ProfileService::passwordNeededChanged, this,
        [this](const QString &id, bool needed) {
            const QString reason = m_profiles->passwordNeededReason(id);
            m_clusterList->setPasswordNeeded(id, reason);
            showNotPolledReason(id);
            updateActions();
            // Said until it is solved: the cluster is not polled meanwhile.
            const auto profile = m_profiles->profile(id);
            if (needed && profile)
                statusBar()->showMessage(
                    tr("%1 needs a password (%2): Cluster > Sign In…").arg(profile->name, reason));
            else if (!needed)
                statusBar()->clearMessage();
        });
}
