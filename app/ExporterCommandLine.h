#pragma once
// `clusterdesk exporter`: parses its options (--listen, --cluster, --all, --web.config.file)
// and runs ExporterDaemon until SIGTERM or SIGINT. Headless: a QCoreApplication, no display.

#include <QString>
#include <QStringList>

// Runs on the QCoreApplication the command line made; returns the process exit code.
int runExporterCommandLine(const QStringList &arguments, const QString &globalDataDir);
