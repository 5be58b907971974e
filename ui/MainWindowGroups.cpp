// MainWindow's cluster groups: the sidebar's folders. Moving a cluster, making, renaming and
// removing a folder go through the profile service (which stores them); a folder chosen in the
// sidebar shows the Fleet view filtered to it.
#include "MainWindow.h"

#include "ClusterSidebar.h"
#include "ClusterTreeModel.h"
#include "ConsoleSession.h"
#include "FleetSummary.h"
#include "FleetView.h"

#include <QInputDialog>
#include <QStatusBar>

void MainWindow::connectGroups()
{
    connect(m_sidebar, &ClusterSidebar::moveToGroupRequested, this, &MainWindow::askGroup);
    connect(m_sidebar, &ClusterSidebar::groupChangeRequested, this, &MainWindow::moveToGroup);
    connect(m_sidebar, &ClusterSidebar::newGroupRequested, this, &MainWindow::askNewGroup);
    connect(m_sidebar, &ClusterSidebar::renameGroupRequested, this, &MainWindow::askRenameGroup);
    connect(m_sidebar, &ClusterSidebar::removeGroupRequested, this, &MainWindow::removeGroup);
    connect(m_sidebar, &ClusterSidebar::currentGroupChanged, this, &MainWindow::showGroup);
    connect(m_profiles, &ProfileService::groupsChanged, this,
            [this] { m_sidebar->setGroups(m_profiles->groups()); });
    m_sidebar->setGroups(m_profiles->groups());
}

void MainWindow::askGroupPath(const QString &objectName, const QString &title, const QString &label,
                              const QStringList &choices, const QString &value,
                              std::function<void(const QString &)> then)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    if (!choices.isEmpty()) {
        dialog->setComboBoxItems(choices);
        dialog->setComboBoxEditable(true);
    }
    dialog->setTextValue(value);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [then = std::move(then)](const QString &text) {
                then(ClusterProfile::normalizedGroup(text));
            });
    dialog->open();
}

void MainWindow::askGroup(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    askGroupPath(QStringLiteral("moveToGroupDialog"), tr("Move to Group"),
                 tr("&Group of “%1” (folders separated by /, empty for none):").arg(profile->name),
                 QStringList{QString()} + m_sidebar->treeModel()->groupPaths(), profile->group,
                 [this, profileId](const QString &group) { moveToGroup(profileId, group); });
}

void MainWindow::moveToGroup(const QString &profileId, const QString &group)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile || profile->group == group)
        return;
    m_profiles->moveToGroup(profileId, group, this, [this](const StoreWriteResult &result) {
        if (!result.ok)
            reportError(tr("The group was not changed"), result.problem.reason);
    });
}

void MainWindow::askNewGroup(const QString &parentPath)
{
    askGroupPath(QStringLiteral("newGroupDialog"), tr("New Group"),
                 tr("&Name of the new group (folders separated by /):"), {},
                 parentPath.isEmpty() ? QString() : parentPath + QLatin1Char('/'),
                 [this](const QString &path) {
                     if (path.isEmpty())
                         return; // nothing typed: nothing made
                     m_profiles->addGroup(path, this, [this, path](const StoreWriteResult &r) {
                         if (!r.ok)
                             reportError(tr("The group was not made"), r.problem.reason);
                         else
                             m_sidebar->setCurrentGroup(path);
                     });
                 });
}

void MainWindow::askRenameGroup(const QString &path)
{
    askGroupPath(
        QStringLiteral("renameGroupDialog"), tr("Rename Group"),
        tr("New &name of “%1” (folders separated by /):").arg(path), {}, path,
        [this, path](const QString &renamed) {
            if (renamed.isEmpty() || renamed == path)
                return;
            // The Fleet view keeps showing the folder under its new name.
            const QString shown = m_fleet ? m_fleet->group() : QString();
            m_profiles->renameGroup(
                path, renamed, this, [this, path, renamed, shown](const StoreWriteResult &r) {
                    if (!r.ok) {
                        reportError(tr("The group was not renamed"), r.problem.reason);
                        return;
                    }
                    if (m_fleet && !shown.isEmpty() && FleetSummary::inGroup(shown, path))
                        m_fleet->setGroup(ClusterProfile::renamedGroup(shown, path, renamed));
                    m_sidebar->setCurrentGroup(renamed);
                });
        });
}

void MainWindow::removeGroup(const QString &path)
{
    // Nothing is lost: the clusters move to the folder above, so no question is asked.
    m_profiles->removeGroup(path, this, [this, path](const StoreWriteResult &result) {
        if (!result.ok) {
            reportError(tr("The group was not removed"), result.problem.reason);
            return;
        }
        const QString parent = ClusterProfile::parentGroup(path);
        statusBar()->showMessage(
            parent.isEmpty()
                ? tr("Group “%1” removed; its clusters are at the top level.").arg(path)
                : tr("Group “%1” removed; its clusters moved to “%2”.").arg(path, parent),
            5000);
    });
}

void MainWindow::showGroup(const QString &path)
{
    ensureFleet();
    m_showingFleet = true;
    m_fleet->setGroup(path);
    onCurrentProfileChanged(QString());
}
