// MainWindow's Settings, Tools › Activity and Help menus (preferences, activity log, user guide,
// about), the settings they apply at once (theme, language) and the error box.
#include "ActivityDialog.h"
#include "AppSettings.h"
#include "ConsoleSession.h"
#include "HelpViewer.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>

void MainWindow::showPreferences()
{
    auto *dialog = findChild<PreferencesDialog *>();
    if (!dialog) {
        dialog = new PreferencesDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->open();
}

void MainWindow::showActivity()
{
    auto *dialog = findChild<ActivityDialog *>();
    if (!dialog)
        dialog = new ActivityDialog(m_session->newActivityQuery(nullptr), this);
    else
        dialog->reload();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showUserGuide()
{
    auto *viewer = findChild<HelpViewer *>();
    if (!viewer)
        viewer = new HelpViewer(this);
    viewer->show();
    viewer->raise();
    viewer->activateWindow();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Clusterdesk"),
        tr("<h3>Clusterdesk %1</h3><p>A console for clustered server platforms: nodes, health, "
           "clocks, configuration and shared resources.</p><p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::applySetting(int key)
{
    switch (AppSettings::Key(key)) {
    case AppSettings::Key::Theme:
        Theme::applyPreference(m_settings->value(AppSettings::Key::Theme).toString());
        break;
    case AppSettings::Key::Language:
        m_languages->apply(m_settings->value(AppSettings::Key::Language).toString());
        break;
    default:
        break;
    }
}

void MainWindow::reportError(const QString &title, const QString &text)
{
    statusBar()->showMessage(title, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
