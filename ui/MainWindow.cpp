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

MainWindow::MainWindow(ConsoleSession *session, AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(session->profileService())
    , m_monitor(session->monitorService())
    , m_signIn(new SignInPrompt(this))
    , m_settings(settings)
    , m_languages(new LanguageSwitcher(this))
    , m_demo(new DemoClusterLauncher(this))
    , m_tray(new TrayNotifier(settings, this))
    , m_clusterList(new ClusterListModel(this))
    , m_sidebar(new ClusterSidebar(this))
    , m_welcome(new WelcomePage(m_demo, this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_pollLabel(new QLabel(this))
    , m_clock(new QTimer(this))
    , m_crossCluster(new CrossClusterController(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::appIcon());
    m_tray->setIcon(Icons::appIcon());
    // Theme and language first, so every widget below starts in the user's choice.
    Theme::applyPreference(m_settings->value(AppSettings::Key::Theme).toString());
    m_languages->apply(m_settings->value(AppSettings::Key::Language).toString());
    FileChooser::setSettings(m_settings); // file dialogs start where the user last was

    m_sidebar->setModel(m_clusterList);
    m_actions = std::make_unique<MainWindowActions>(this, m_sidebar);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    m_stack->addWidget(m_welcome);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({260, 740});
    setCentralWidget(m_splitter);
    m_pollLabel->setObjectName(QStringLiteral("pollStatusLabel"));
    statusBar()->addPermanentWidget(m_pollLabel);
    setTabOrder(m_sidebar, m_stack);

    // ConnectDialog tests and saves through the services itself; the window selects the result.
    m_profileEditor = [this](QWidget *parent, const std::optional<ClusterProfile> &existing,
                             const SaveProfile &) {
        ConnectDialog *dialog = nullptr;
        if (existing) {
            dialog =
                new ConnectDialog(m_profiles, m_session->connectionTester(), *existing, parent);
        } else {
            ClusterProfile defaults;
            defaults.pollIntervalMs =
                m_settings->value(AppSettings::Key::DefaultPollIntervalMs).toInt();
            defaults.clockWarnMs = m_settings->value(AppSettings::Key::DefaultClockWarnMs).toInt();
            defaults.clockCritMs = m_settings->value(AppSettings::Key::DefaultClockCritMs).toInt();
            dialog = new ConnectDialog(m_profiles, m_session->connectionTester(), parent, defaults);
        }
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConnectDialog::profileSaved, this, &MainWindow::selectProfile);
        dialog->open();
    };
    m_pageFactory = [this](const QString &profileId, QWidget *parent) -> QWidget * {
        return new ClusterPage(m_session, profileId, parent);
    };

    connectActions();

    connectServices();
    connect(m_actions->signIn, &QAction::triggered, this, &MainWindow::signInCurrent);
    connect(m_sidebar, &ClusterSidebar::currentProfileChanged, this,
            &MainWindow::onCurrentProfileChanged);
    connect(m_sidebar, &ClusterSidebar::addRequested, this, [this] {
        if (!m_profileEditor)
            return;
        m_profileEditor(this, std::nullopt,
                        [this](const ClusterProfile &profile, const std::optional<QString> &pw) {
                            addProfile(profile, pw.value_or(QString()));
                        });
    });
    connect(m_sidebar, &ClusterSidebar::editRequested, this, &MainWindow::editCurrentProfile);
    connect(m_sidebar, &ClusterSidebar::removeRequested, this, &MainWindow::removeProfile);
    connect(m_sidebar, &ClusterSidebar::moveRequested, this, &MainWindow::moveProfile);
    connectGroups();
    connect(m_welcome, &WelcomePage::addClusterRequested, m_sidebar->addAction(),
            &QAction::trigger);
    connect(m_welcome, &WelcomePage::demoClusterReady, this,
            [this](const DemoClusterLauncher::Result &result) {
                addDemoCluster(tr("Local demo"), result.loadBalancerUrl, result.userName,
                               result.password, result.caFile, result.statsUrl);
            });
    connect(m_tray, &TrayNotifier::activated, this, [this](const QString &profileId) {
        selectProfile(profileId);
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_settings, &AppSettings::changed, this,
            [this](AppSettings::Key key) { applySetting(int(key)); });
    connect(m_clock, &QTimer::timeout, this, &MainWindow::tick);
    m_clock->start(1000);

    restoreGeometry(m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings->value(AppSettings::Key::MainWindowState).toByteArray());
    if (m_settings->value(AppSettings::Key::MainWindowGeometry).toByteArray().isEmpty())
        resize(1100, 720);
    m_restoreProfileId = m_settings->value(AppSettings::Key::LastProfileId).toString();

    retranslateUi();
    syncProfiles(); // a session started before the window
    tick();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    const MainWindowActions &a = *m_actions;
    connect(a.startDemo, &QAction::triggered, this, [this] {
        if (m_welcome->startDemo())
            statusBar()->showMessage(tr("Starting the local demo cluster…"), 5000);
    });
    connect(a.exportReport, &QAction::triggered, this, [this] {
        if (m_exportHandler && !currentProfileId().isEmpty())
            m_exportHandler(this, currentProfileId());
    });
    connect(a.exportDefinitions, &QAction::triggered, this,
            [this] { m_crossCluster->exportDefinitions(currentProfileId()); });
    connect(a.importDefinitions, &QAction::triggered, this,
            [this] { m_crossCluster->importDefinitions(currentProfileId()); });
    connect(a.compareClusters, &QAction::triggered, this,
            [this] { m_crossCluster->showCompare(currentProfileId()); });
    connect(a.activity, &QAction::triggered, this, &MainWindow::showActivity);
    connect(m_crossCluster, &CrossClusterController::done, this,
            [this](bool ok, const QString &message) {
                // A copy or an import wrote to some clusters: their lists catch up now.
                for (QWidget *page : std::as_const(m_pages)) {
                    if (auto *clusterPage = qobject_cast<ClusterPage *>(page))
                        clusterPage->syncResources();
                }
                if (ok)
                    statusBar()->showMessage(message, 10000);
                else
                    reportError(tr("Resource definitions"), message);
            });
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.apply, &QAction::triggered, this, [this] {
        if (PanelActions *panel = currentPanel(); panel && panel->canApply())
            panel->apply();
    });
    connect(a.revert, &QAction::triggered, this, [this] {
        if (PanelActions *panel = currentPanel(); panel && panel->canApply())
            panel->revert();
    });
    connect(a.find, &QAction::triggered, this, [this] {
        if (isFleetShown()) {
            m_fleet->focusFilter();
            return;
        }
        PanelActions *panel = currentPanel();
        if (!panel || !panel->focusFilter())
            statusBar()->showMessage(tr("Nothing to filter here."), 3000);
    });
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.fleet, &QAction::triggered, this, &MainWindow::showFleet);
    connect(a.refresh, &QAction::triggered, this, [this] {
        if (!currentProfileId().isEmpty()) {
            m_monitor->refreshNow(currentProfileId());
            if (auto *page = qobject_cast<ClusterPage *>(m_pages.value(currentProfileId())))
                page->reloadAll();
        } else if (isFleetShown())
            m_fleet->refresh();
    });
    connect(a.refreshAll, &QAction::triggered, m_monitor, &MonitorService::refreshAll);
    connect(a.toggleSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    connect(a.userGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::retranslateUi()
{
    ++m_retranslateCount;
    updateWindowTitle();
    m_actions->retranslateUi();
    m_sidebar->setAccessibleName(tr("Clusters"));
    m_stack->setAccessibleName(tr("Selected cluster"));
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        showNotPolledReason(it.key());
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QList<ResourceEditorController *> editors = editorsOf(QString());
    const bool unsaved =
        std::any_of(editors.begin(), editors.end(),
                    [](const ResourceEditorController *e) { return e->isDirty(); });
    if (unsaved && !std::exchange(m_draftsSettled, false)) {
        // Asked first; the answer closes again (never from inside this event).
        event->ignore();
        const auto *asking = findChild<QMessageBox *>(QStringLiteral("unsavedDraftsDialog"));
        if (!asking || !asking->isVisible()) {
            UnsavedDraftsPrompt::ask(this, editors, true, [this] {
                m_draftsSettled = true;
                close();
            });
        }
        return;
    }
    m_draftsSettled = false;
    m_settings->setValue(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::MainWindowState, saveState());
    m_settings->setValue(AppSettings::Key::LastProfileId, currentProfileId());
    m_settings->sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::setProfileEditor(ProfileEditor editor)
{
    m_profileEditor = std::move(editor);
    updateActions();
}

void MainWindow::setPageFactory(PageFactory factory)
{
    if (!factory)
        return;
    m_pageFactory = std::move(factory);
    // Pages made by the previous factory go; the current cluster gets a new one.
    const QString current = currentProfileId();
    for (QWidget *page : std::as_const(m_pages))
        delete page;
    m_pages.clear();
    showPage(current);
}

void MainWindow::setExportHandler(ExportHandler handler)
{
    m_exportHandler = std::move(handler);
    updateActions();
}

void MainWindow::setConfirmRemoval(std::function<bool(QWidget *, const QString &)> confirm)
{
    m_sidebar->setConfirmRemoval(std::move(confirm));
}

QString MainWindow::currentProfileId() const
{
    return m_sidebar->currentProfileId();
}

QWidget *MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::selectProfile(const QString &profileId)
{
    m_sidebar->setCurrentProfileId(profileId);
}

void MainWindow::syncProfiles()
{
    QList<ClusterListModel::Profile> rows;
    const QList<ClusterProfile> profiles = m_profiles->profiles();
    for (const ClusterProfile &profile : profiles)
        rows.append(ClusterListModel::rowProfile(profile));
    m_clusterList->setProfiles(rows);
    for (const ClusterListModel::Profile &row : std::as_const(rows))
        m_clusterList->setPasswordNeeded(row.id, m_profiles->passwordNeededReason(row.id));
    for (const ClusterProfile &profile : profiles) {
        if (const auto snapshot = m_monitor->snapshot(profile.id))
            onSnapshot(profile.id, *snapshot);
    }
    // Pages of removed clusters go with them.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (m_clusterList->rowOf(it.key()) < 0) {
            delete it.value();
            it = m_pages.erase(it);
        } else {
            ++it;
        }
    }
    if (!m_restoreProfileId.isEmpty() && m_clusterList->rowOf(m_restoreProfileId) >= 0) {
        selectProfile(m_restoreProfileId);
        m_restoreProfileId.clear();
    } else if (currentProfileId().isEmpty() && !profiles.isEmpty() && m_session->isStarted() &&
               m_restoreProfileId.isEmpty() && !m_showingFleet) {
        selectProfile(profiles.first().id);
    }
    showPage(currentProfileId());
    updateActions();
    updateWindowTitle(); // a renamed cluster
}

void MainWindow::onSnapshot(const QString &profileId, const ClusterSnapshot &snapshot)
{
    const ClusterSnapshot own = snapshot.withProfileId(profileId);
    m_clusterList->updateSnapshot(own);
    const auto profile = m_profiles->profile(profileId);
    m_tray->observe(own, profile ? profile->name : profileId);
    if (profileId == currentProfileId())
        updateStatus();
}

void MainWindow::onCurrentProfileChanged(const QString &profileId)
{
    // Choosing a cluster leaves the fleet page; showFleet() clears the choice on purpose.
    if (!profileId.isEmpty())
        m_showingFleet = false;
    showPage(profileId);
    updateActions();
    updateStatus();
    updateWindowTitle();
}

void MainWindow::updateWindowTitle()
{
    // The place first, as desktop task lists cut titles from the end.
    const auto profile = m_profiles->profile(currentProfileId());
    if (profile)
        setWindowTitle(tr("%1 – Clusterdesk").arg(profile->name));
    else if (m_showingFleet)
        setWindowTitle(tr("Fleet – Clusterdesk"));
    else
        setWindowTitle(tr("Clusterdesk"));
}

void MainWindow::showFleet()
{
    ensureFleet();
    m_showingFleet = true;
    if (currentProfileId().isEmpty())
        onCurrentProfileChanged(QString());
    else
        selectProfile(QString()); // the sidebar shows no cluster as chosen
    m_fleet->table()->setFocus();
}

void MainWindow::ensureFleet()
{
    if (m_fleet)
        return;
    // Made on first use: it signs in to every cluster to count its resources.
    m_fleet = new FleetView(m_stack);
    m_fleet->setServices(m_profiles, m_monitor, m_session->newFleetCounter(m_fleet));
    m_stack->addWidget(m_fleet);
    connect(m_fleet, &FleetView::clusterOpenRequested, this, &MainWindow::selectProfile);
}

bool MainWindow::isFleetShown() const
{
    return m_showingFleet && m_fleet && m_stack->currentWidget() == m_fleet;
}

QWidget *MainWindow::createPage(const QString &profileId)
{
    QWidget *page = m_pageFactory(profileId, m_stack);
    if (!page)
        return nullptr;
    if (auto *panel = dynamic_cast<PanelActions *>(page))
        panel->setActionsChangedHandler([this] { updatePanelActions(); });
    m_stack->addWidget(page);
    m_pages.insert(profileId, page);
    showNotPolledReason(profileId);
    return page;
}

// The Overview of a cluster that is not polled says why, instead of waiting for a poll.
void MainWindow::showNotPolledReason(const QString &profileId)
{
    auto *page = qobject_cast<ClusterPage *>(m_pages.value(profileId));
    if (!page)
        return;
    const bool needed = m_profiles->isPasswordNeeded(profileId);
    page->overview()->setNotPolledReason(
        needed ? tr("Password needed (%1): this cluster is not polled until you sign in with "
                    "Cluster > Sign In…")
                     .arg(m_profiles->passwordNeededReason(profileId))
               : QString());
}

void MainWindow::showPage(const QString &profileId)
{
    QWidget *page = nullptr;
    if (!profileId.isEmpty() && m_clusterList->rowOf(profileId) >= 0) {
        page = m_pages.value(profileId);
        if (!page)
            page = createPage(profileId);
    }
    if (!page && m_showingFleet && m_fleet)
        page = m_fleet;
    m_stack->setCurrentWidget(page ? page : m_welcome);
    updatePanelActions();
}

void MainWindow::signInCurrent()
{
    const QString id = currentProfileId();
    const std::optional<ClusterProfile> profile = m_profiles->profile(id);
    if (!profile || !m_profiles->isPasswordNeeded(id))
        return;
    m_signIn->ask(this, id, profile->name, m_profiles->passwordNeededReason(id),
                  profile->authKind == ClusterProfile::AuthKind::Token,
                  [this, id](const QString &secret) { m_profiles->signIn(id, secret); });
}

void MainWindow::updateActions()
{
    const bool selected = !currentProfileId().isEmpty();
    m_sidebar->addAction()->setEnabled(bool(m_profileEditor));
    m_welcome->addButton()->setEnabled(bool(m_profileEditor));
    m_sidebar->editAction()->setEnabled(selected && m_profileEditor);
    const bool any = m_clusterList->rowCount() > 0;
    m_actions->refresh->setEnabled(selected || (isFleetShown() && any));
    m_actions->refreshAll->setEnabled(any);
    m_actions->exportReport->setEnabled(selected && m_exportHandler);
    m_actions->exportDefinitions->setEnabled(selected);
    m_actions->importDefinitions->setEnabled(selected);
    m_actions->compareClusters->setEnabled(m_clusterList->rowCount() >= 2);
    m_actions->signIn->setEnabled(selected && m_profiles->isPasswordNeeded(currentProfileId()));
    m_actions->fleet->setChecked(isFleetShown());
    m_actions->startDemo->setEnabled(m_demo->isAvailable());
    m_actions->startDemo->setVisible(m_demo->isAvailable());
}

PanelActions *MainWindow::currentPanel() const
{
    return dynamic_cast<PanelActions *>(m_stack->currentWidget());
}

void MainWindow::updatePanelActions()
{
    PanelActions *panel = currentPanel();
    const bool canApply = panel && panel->canApply();
    m_actions->apply->setEnabled(canApply);
    // Disabled, Esc is free for whatever else wants it (closing a popup, a dialog).
    m_actions->revert->setEnabled(canApply);
    m_actions->find->setEnabled(panel != nullptr || isFleetShown());
}
