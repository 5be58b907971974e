#include "MainWindowActions.h"

#include "ClusterSidebar.h"
#include "Icons.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace {

QAction *make(QMainWindow *window, const char *name, const QString &icon = {},
              const QKeySequence &shortcut = {})
{
    auto *action = new QAction(window);
    action->setObjectName(QString::fromLatin1(name));
    if (!icon.isEmpty())
        action->setIcon(Icons::icon(icon));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    window->addAction(action); // shortcuts work while the menu bar is hidden
    return action;
}

QMenu *menu(QMainWindow *window, const char *name)
{
    QMenu *menu = window->menuBar()->addMenu(QString());
    menu->setObjectName(QString::fromLatin1(name));
    return menu;
}

QString withShortcut(const QString &text, const QAction *action)
{
    return text.arg(action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

MainWindowActions::MainWindowActions(QMainWindow *window, ClusterSidebar *sidebar)
    : startDemo(make(window, "startDemoAction", QStringLiteral("cluster")))
    , exportReport(make(window, "exportAction", QStringLiteral("export")))
    , exportDefinitions(make(window, "exportDefinitionsAction", QStringLiteral("export"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)))
    , importDefinitions(make(window, "importDefinitionsAction", {},
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)))
    , quit(make(window, "quitAction", {}, QKeySequence(Qt::CTRL | Qt::Key_Q)))
    , apply(make(window, "applyAction", {}, QKeySequence(Qt::CTRL | Qt::Key_S)))
    , revert(make(window, "revertAction", {}, QKeySequence(Qt::Key_Escape)))
    , find(make(window, "findAction", QStringLiteral("filter"), QKeySequence(Qt::CTRL | Qt::Key_F)))
    , preferences(make(window, "preferencesAction", QStringLiteral("settings"),
                       QKeySequence(Qt::CTRL | Qt::Key_Comma)))
    , fleet(make(window, "fleetAction", QStringLiteral("cluster"),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)))
    , refresh(make(window, "refreshAction", QStringLiteral("refresh"), QKeySequence(Qt::Key_F5)))
    , refreshAll(make(window, "refreshAllAction", {}, QKeySequence(Qt::SHIFT | Qt::Key_F5)))
    , toggleSidebar(make(window, "toggleSidebarAction", {}, QKeySequence(Qt::CTRL | Qt::Key_B)))
    , compareClusters(
          make(window, "compareClustersAction", {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)))
    , activity(make(window, "activityAction"))
    , signIn(make(window, "signInAction"))
    , userGuide(make(window, "userGuideAction", {}, QKeySequence::HelpContents))
    , about(make(window, "aboutAction"))
    , aboutQt(make(window, "aboutQtAction"))
    , fileMenu(menu(window, "fileMenu"))
    , editMenu(menu(window, "editMenu"))
    , viewMenu(menu(window, "viewMenu"))
    , clusterMenu(menu(window, "clusterMenu"))
    , toolsMenu(menu(window, "toolsMenu"))
    , helpMenu(menu(window, "helpMenu"))
    , toolBar(window->addToolBar(QString()))
{
    quit->setMenuRole(QAction::QuitRole);
    preferences->setMenuRole(QAction::PreferencesRole);
    about->setMenuRole(QAction::AboutRole);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    toggleSidebar->setCheckable(true);
    toggleSidebar->setChecked(true);
    // Checked while the fleet page is shown: it is a place, like a cluster in the sidebar.
    fleet->setCheckable(true);
    window->addActions({sidebar->addAction(), sidebar->editAction()});
    buildMenus(sidebar);
}

void MainWindowActions::buildMenus(ClusterSidebar *sidebar)
{
    fileMenu->addAction(sidebar->addAction());
    fileMenu->addAction(startDemo);
    fileMenu->addSeparator();
    fileMenu->addAction(exportReport);
    fileMenu->addAction(exportDefinitions);
    fileMenu->addAction(importDefinitions);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);

    editMenu->addAction(apply);
    editMenu->addAction(revert);
    editMenu->addSeparator();
    editMenu->addAction(find);
    editMenu->addSeparator();
    editMenu->addAction(preferences);

    viewMenu->addAction(fleet);
    viewMenu->addSeparator();
    viewMenu->addAction(refresh);
    viewMenu->addAction(refreshAll);
    viewMenu->addSeparator();
    viewMenu->addAction(toggleSidebar);

    clusterMenu->addAction(signIn);
    clusterMenu->addAction(sidebar->editAction());
    clusterMenu->addAction(sidebar->removeAction());
    clusterMenu->addSeparator();
    clusterMenu->addAction(sidebar->moveUpAction());
    clusterMenu->addAction(sidebar->moveDownAction());

    toolsMenu->addAction(compareClusters);
    toolsMenu->addAction(activity);

    helpMenu->addAction(userGuide);
    helpMenu->addSeparator();
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);

    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(fleet);
    toolBar->addAction(sidebar->addAction());
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(exportReport);
    toolBar->addAction(find);
    toolBar->addSeparator();
    toolBar->addAction(preferences);
    viewMenu->addAction(toolBar->toggleViewAction());
}

void MainWindowActions::retranslateUi()
{
    fileMenu->setTitle(tr("&File"));
    editMenu->setTitle(tr("&Edit"));
    viewMenu->setTitle(tr("&View"));
    clusterMenu->setTitle(tr("&Cluster"));
    toolsMenu->setTitle(tr("&Tools"));
    helpMenu->setTitle(tr("&Help"));
    toolBar->setWindowTitle(tr("Main Toolbar"));
    startDemo->setText(tr("Start &Local Demo Cluster"));
    startDemo->setToolTip(tr("Run three reference nodes behind HAProxy on this computer"));
    exportReport->setText(tr("E&xport Report…"));
    exportDefinitions->setText(tr("Export Resource &Definitions…"));
    exportDefinitions->setToolTip(
        withShortcut(tr("Save the selected cluster's resource definitions to a file, without "
                        "secrets (%1)"),
                     exportDefinitions));
    importDefinitions->setText(tr("&Import Resource Definitions…"));
    importDefinitions->setToolTip(
        withShortcut(tr("Copy the definitions of a file into the selected cluster, after a dry "
                        "run (%1)"),
                     importDefinitions));
    quit->setText(tr("&Quit"));
    apply->setText(tr("&Apply Changes"));
    revert->setText(tr("&Revert Changes"));
    find->setText(tr("&Find…"));
    find->setToolTip(withShortcut(tr("Filter the current view (%1)"), find));
    preferences->setText(tr("&Preferences…"));
    fleet->setText(tr("&Fleet"));
    fleet->setToolTip(withShortcut(tr("Every saved cluster in one table (%1)"), fleet));
    refresh->setText(tr("&Refresh"));
    refresh->setToolTip(withShortcut(tr("Poll the selected cluster now (%1)"), refresh));
    refreshAll->setText(tr("Refresh &All Clusters"));
    toggleSidebar->setText(tr("Show &Cluster List"));
    compareClusters->setText(tr("&Compare Clusters…"));
    activity->setText(tr("&Activity…"));
    activity->setToolTip(tr("What this console sent to clusters, with each outcome"));
    compareClusters->setToolTip(withShortcut(
        tr("Compare and copy resource definitions between clusters (%1)"), compareClusters));
    signIn->setText(tr("&Sign In…"));
    signIn->setToolTip(tr("Type the password of the selected cluster when none is stored"));
    userGuide->setText(tr("Clusterdesk &User Guide"));
    userGuide->setToolTip(withShortcut(tr("How to use the console (%1)"), userGuide));
    about->setText(tr("&About Clusterdesk"));
    aboutQt->setText(tr("About &Qt"));
}
