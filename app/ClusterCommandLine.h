// `clusterdesk cluster add|edit|list|show|remove`: parses each action's options and runs
// ProfileCommands.
#pragma once

#include <QString>
#include <QStringList>

int runClusterCommandLine(const QStringList &arguments, const QString &globalDataDir);
