// MainWindow: the console's shell: menus, toolbar, status bar and a splitter with the cluster
// sidebar and a stack of pages (welcome page, one page per cluster). It hosts; the session
// (ConsoleSession) does the work and the pages show the clusters.
#pragma once

#include "ClusterMonitor.h"
#include "ClusterProfile.h"

#include <QHash>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class AppSettings;
class ClusterListModel;
class ClusterSidebar;
class ConsoleSession;
class CrossClusterController;
class DemoClusterLauncher;
class FleetView;
class LanguageSwitcher;
class MonitorService;
class MainWindowActions;
class PanelActions;
class ProfileService;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;
class ResourceEditorController;
class TrayNotifier;
class WelcomePage;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Neither is owned; both must outlive the window. The session may be started before or
    // after the window is created.
    MainWindow(ConsoleSession *session, AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the dialog that edits a profile (`existing` empty: a new one) and, when the user
    // saves, calls `save` with the profile and the password (nullopt: keep the stored one).
    using SaveProfile =
        std::function<void(const ClusterProfile &profile, const std::optional<QString> &password)>;
    using ProfileEditor = std::function<void(
        QWidget *parent, const std::optional<ClusterProfile> &existing, SaveProfile save)>;
    // The default is ConnectDialog; without an editor the add and edit actions are disabled.
    void setProfileEditor(ProfileEditor editor);

    // Creates the page of one cluster (the panels' host). The default is a ClusterPage.
    using PageFactory = std::function<QWidget *(const QString &profileId, QWidget *parent)>;
    void setPageFactory(PageFactory factory);

    // Export... (File menu): enabled with a handler and a selected cluster.
    using ExportHandler = std::function<void(QWidget *parent, const QString &profileId)>;
    void setExportHandler(ExportHandler handler);

    // Asks before a removal (replaced in tests); see ClusterSidebar::setConfirmRemoval.
    void setConfirmRemoval(std::function<bool(QWidget *, const QString &)> confirm);

    ClusterSidebar *sidebar() const { return m_sidebar; }
    ClusterListModel *clusterList() const { return m_clusterList; }
    WelcomePage *welcomePage() const { return m_welcome; }
    DemoClusterLauncher *demoLauncher() const { return m_demo; }
    LanguageSwitcher *languageSwitcher() const { return m_languages; }
    TrayNotifier *trayNotifier() const { return m_tray; }
    // Compare, copy, export and import of resource definitions (its file chooser is the hook
    // tests replace).
    CrossClusterController *crossCluster() const { return m_crossCluster; }
    // Every saved cluster in one table (View > Fleet); made on first use, null before.
    FleetView *fleetView() const { return m_fleet; }
    void showFleet();
    bool isFleetShown() const;
    QWidget *currentPage() const;
    QWidget *pageFor(const QString &profileId) const { return m_pages.value(profileId); }
    QString currentProfileId() const;
    void selectProfile(const QString &profileId);
    // The status bar's words for a cluster's poll state at `nowMs`.
    static QString pollStatusText(ClusterMonitor::PollState state, qint64 nextPollAtMs,
                                  qint64 nowMs, bool reachable);
    QString pollStatus() const;
    // How often retranslateUi() ran (tests check the LanguageChange path).
    int retranslateCount() const { return m_retranslateCount; }

    // Saves through the session and selects the new profile when it is stored.
    void addProfile(const ClusterProfile &profile, const QString &password);
    void updateProfile(const ClusterProfile &profile, const std::optional<QString> &password);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void connectActions();
    // The services' signals: profile list, snapshots, poll state, secrets (MainWindowProfiles.cpp).
    void connectServices();
    void retranslateUi();
    void syncProfiles();
    void onSnapshot(const QString &profileId, const ClusterSnapshot &snapshot);
    void onCurrentProfileChanged(const QString &profileId);
    void showPage(const QString &profileId);
    void tick();
    void updateStatus();
    void updateActions();
    // Asks once for the password of the selected cluster when it waits for one.
    void signInCurrent();
    void updatePanelActions();
    PanelActions *currentPanel() const;
    void editCurrentProfile();
    void removeProfile(const QString &profileId);
    void moveProfile(const QString &profileId, int toRow);
    // Cluster groups (MainWindowGroups.cpp): the sidebar's folder requests through the
    // profile service. The questions do not block; a refused change is reported.
    void connectGroups();
    // Asks for the cluster's group, offering the folders in the sidebar.
    void askGroup(const QString &profileId);
    void moveToGroup(const QString &profileId, const QString &group);
    void askNewGroup(const QString &parentPath);
    void askRenameGroup(const QString &path);
    void removeGroup(const QString &path);
    // A folder chosen in the sidebar: the Fleet view, filtered to it, with its totals.
    void showGroup(const QString &path);
    // Asks for a group path (a non-modal input dialog) and gives the normalized answer.
    void askGroupPath(const QString &objectName, const QString &title, const QString &label,
                      const QStringList &choices, const QString &value,
                      std::function<void(const QString &)> then);
    void ensureFleet();
    void addDemoCluster(const QString &name, const QUrl &url, const QString &user,
                        const QString &password, const QString &caFile, const QUrl &statsUrl);
    void showPreferences();
    void showAbout();
    void showUserGuide();
    // Tools › Activity: one non-modal window, raised when already open.
    void showActivity();
    void updateWindowTitle();
    void applySetting(int key);
    void reportError(const QString &title, const QString &text);
    QWidget *createPage(const QString &profileId);
    void showNotPolledReason(const QString &profileId);
    // The resource editors of one cluster's page, or of every page when `profileId` is empty.
    QList<ResourceEditorController *> editorsOf(const QString &profileId) const;

    ConsoleSession *m_session; // composes the services; the pages and dialogs get theirs here
    ProfileService *m_profiles;
    MonitorService *m_monitor;
    class SignInPrompt *m_signIn;
    AppSettings *m_settings;
    LanguageSwitcher *m_languages;
    DemoClusterLauncher *m_demo;
    TrayNotifier *m_tray;
    ClusterListModel *m_clusterList;
    ClusterSidebar *m_sidebar;
    WelcomePage *m_welcome;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QLabel *m_pollLabel;
    QTimer *m_clock;
    QHash<QString, QWidget *> m_pages;
    ProfileEditor m_profileEditor;
    PageFactory m_pageFactory;
    ExportHandler m_exportHandler;
    QString m_restoreProfileId;
    int m_retranslateCount = 0;
    bool m_draftsSettled = false; // the unsaved-drafts question was answered: close for real

    CrossClusterController *m_crossCluster;
    FleetView *m_fleet = nullptr;
    bool m_showingFleet = false;
    std::unique_ptr<MainWindowActions> m_actions;
};
