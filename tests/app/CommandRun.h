#pragma once
// Runs the real clusterdesk binary (CLUSTERDESK_BIN) for the command-line tests as on a headless
// machine: no display, no session bus (so no system keychain), no CLUSTERDESK_PASSWORD, no
// QT_QPA_PLATFORM, and XDG homes inside the test's temporary directory.

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CommandRun
{
    int exitCode = -1; // -1: did not finish in time, -2: crashed
    QString out;
    QString err;

    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }

    // `limitMs` bounds one run generously; the commands' own timeouts are much shorter.
    static CommandRun run(const QStringList &arguments, const QString &home,
                          const QMap<QString, QString> &extraEnvironment = {}, int limitMs = 180000)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY",
                                 "CLUSTERDESK_PASSWORD", "QT_QPA_PLATFORM"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
            environment.insert(it.key(), it.value());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CLUSTERDESK_BIN), arguments);
        CommandRun result;
        if (!process.waitForStarted() || !process.waitForFinished(limitMs)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("did not finish: %1").arg(process.errorString());
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};
