// MainWindowActions: the main window's actions (with shortcuts and icons), its menus and toolbar,
// and their texts. The window connects them to what they do; kept apart so MainWindow stays a
// shell. Strings keep the "MainWindow" translation context.
#pragma once

#include <QCoreApplication>

class ClusterSidebar;
class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

class MainWindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // Every action is a child of `window` and added to it, so shortcuts work while the menu bar
    // is hidden; the sidebar's own actions (add, edit, remove, move) go into the menus too.
    MainWindowActions(QMainWindow *window, ClusterSidebar *sidebar);
    MainWindowActions(const MainWindowActions &) = delete;
    MainWindowActions &operator=(const MainWindowActions &) = delete;

    void retranslateUi();

    QAction *const startDemo;
    QAction *const exportReport;
    QAction *const exportDefinitions;
    QAction *const importDefinitions;
    QAction *const quit;
    QAction *const apply;
    QAction *const revert;
    QAction *const find;
    QAction *const preferences;
    QAction *const fleet;
    QAction *const refresh;
    QAction *const refreshAll;
    QAction *const toggleSidebar;
    QAction *const compareClusters;
    QAction *const activity;
    QAction *const signIn;
    QAction *const userGuide;
    QAction *const about;
    QAction *const aboutQt;

    QMenu *const fileMenu;
    QMenu *const editMenu;
    QMenu *const viewMenu;
    QMenu *const clusterMenu;
    QMenu *const toolsMenu;
    QMenu *const helpMenu;
    QToolBar *const toolBar;

private:
    void buildMenus(ClusterSidebar *sidebar);
};
