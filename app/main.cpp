// clusterdesk: the command line when argv names a command (app/CommandLine); otherwise the
// window. This file only wires: settings, language, theme, the session (which composes the
// services) and the main window.
#include "AppSettings.h"
#include "CommandLine.h"
#include "ConsoleSession.h"
#include "ExportReportDialog.h"
#include "Icons.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char **argv)
{
    if (isCommandLineInvocation(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clusterdesk"));
    QApplication::setApplicationName(QStringLiteral("Clusterdesk"));
    QApplication::setApplicationVersion(QStringLiteral(CLUSTERDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("clusterdesk"));
    QApplication::setWindowIcon(Icons::appIcon());

    // The window's own options (Qt's -style, -platform... are taken by QApplication already).
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Keep the console's data in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption url(QStringLiteral("url"),
                                 QStringLiteral("Select the saved cluster at <url>."),
                                 QStringLiteral("url"));
    parser.addOptions({dataDir, url});
    parser.parse(QApplication::arguments()); // unknown options are left to Qt, not fatal

    AppSettings settings;
    ConsoleSession session;
    MainWindow window(&session, &settings);
    // File > Export report: a window-modal dialog, no nested event loop.
    window.setExportHandler([&session](QWidget *parent, const QString &profileId) {
        auto *dialog = new ExportReportDialog(&session, profileId, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    if (parser.isSet(url)) {
        const QUrl wanted(parser.value(url));
        QObject::connect(&session, &ConsoleSession::started, &window, [&](const QString &error) {
            if (!error.isEmpty())
                return;
            for (const ClusterProfile &profile : session.profileService()->profiles()) {
                if (profile.loadBalancerUrl.matches(wanted, QUrl::StripTrailingSlash))
                    window.selectProfile(profile.id);
            }
        });
    }
    window.show();
    session.start(parser.value(dataDir));
    return app.exec();
}
