#pragma once
// The command-line face of clusterdesk (`status`, `cluster add|list|remove`, --help, --version):
// parses arguments with QCommandLineParser and hands over to core classes. No window, no widget:
// it runs on a QCoreApplication, so it works without a display.

// True when argv asks for a command (or --help/--version) rather than the window.
bool isCommandLineInvocation(int argc, char **argv);
// Creates the QCoreApplication, runs the command and returns the process exit code.
int runCommandLine(int argc, char **argv);
