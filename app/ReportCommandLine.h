#pragma once
// `clusterdesk report`: parses its options and runs the core ReportCommand. It creates its own
// application object: a QGuiApplication (offscreen when there is no display) only for PDF,
// which needs fonts and painting; a QCoreApplication otherwise.

// True when argv's command is `report`.
bool isReportInvocation(int argc, char **argv);
// Creates the application, runs the report and returns the process exit code.
int runReportCommandLine(int argc, char **argv);
