// CrossClusterController: the main window's tools across clusters: the compare dialog
// (CompareView, whose copies go through SyncPlanDialog) and export / import of one cluster's
// resource definitions, the import through the same dry-run plan. The clusters are read and
// written by the core's CompareController (and the SyncController it makes); this only opens
// the dialogs and asks for files. Never holds a secret or a client.
#pragma once

#include "FileChooser.h"

#include <QObject>
#include <QPointer>

class CompareController;
class CompareDialog;
class CompareView;
class ConsoleSession;
class SyncPlanDialog;

class CrossClusterController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossClusterController)

public:
    // `session` must outlive the controller; dialogs open over `window`, which owns them.
    CrossClusterController(ConsoleSession *session, QWidget *window);

    // Asks for the definitions files (here and in the compare dialog); default FileChooser::ask.
    void setFileChooser(FileChooser::Function chooser);

    CompareDialog *compareDialog() const;
    CompareView *compareView() const;
    // The plan dialog of the last import, while it is open.
    SyncPlanDialog *importDialog() const;

public Q_SLOTS:
    // Opens (or raises) the compare dialog with every saved cluster ticked and `sourceProfileId`
    // as the cluster to copy from.
    void showCompare(const QString &sourceProfileId);
    // Ask for a file, then export / import (see the *To / *From forms).
    void exportDefinitions(const QString &profileId);
    void importDefinitions(const QString &profileId);
    // The cluster's definitions to `path`; done() tells how it went.
    void exportDefinitionsTo(const QString &profileId, const QString &path);
    // Reads the file and opens the dry-run plan for the cluster; a bad file is reported by done().
    void importDefinitionsFrom(const QString &profileId, const QString &path);

Q_SIGNALS:
    // An export or an import that could not start finished; `message` is for the user.
    void done(bool ok, const QString &message);

private:
    ConsoleSession *m_session;
    QWidget *m_window;
    CompareController *m_tools;
    FileChooser::Function m_fileChooser;
    QPointer<CompareDialog> m_compareDialog;
    QPointer<CompareView> m_compareView;
    QPointer<SyncPlanDialog> m_importDialog;
};
