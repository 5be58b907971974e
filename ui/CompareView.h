#pragma once
// CompareView: compares the resource definitions of two or more saved clusters (optionally one
// type) in a sortable table with a column per cluster, and starts the copy, export and import
// flows from it (SyncPlanDialog, DefinitionsFile). A CompareController does the reading,
// comparing and exporting; the view drives it and shows its values.

#include "ClusterProfile.h"
#include "CompareController.h"
#include "FileChooser.h"
#include "ResourceDiff.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class ResourceDiffModel;
class ProfileService;
class SyncPlanDialog;

class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // Follows the saved clusters and compares, exports and copies through `controller`
    // (neither is owned).
    void setServices(ProfileService *profiles, CompareController *controller);
    // The clusters to offer (setServices() keeps them current).
    void setProfiles(const QList<ClusterProfile> &profiles);
    // Ticks these clusters (by profile id) for the next comparison.
    void setCheckedProfiles(const QStringList &profileIds);
    QStringList checkedProfiles() const;
    // The cluster to copy and export from.
    void setSourceProfile(const QString &profileId);
    QString sourceProfile() const;
    // Asks for the export and import files; the default is FileChooser::ask.
    void setFileChooser(FileChooser::Function chooser);
    // "" for every type.
    void setType(const QString &type);

    // Shows a finished comparison (also what compare() ends with).
    void setResult(const ResourceDiffResult &result, const QStringList &notes = {});
    ResourceDiffModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;
    // The resources of the selected rows, as ResourceDiff keys.
    QStringList selectedKeys() const;
    SyncPlanDialog *syncDialog() const;

public Q_SLOTS:
    // Reads the ticked clusters (one shared nonce for the secret digests) and compares them.
    void compare();
    // Stops a comparison being read: no further request, nothing compared.
    void cancelCompare();
    bool isReading() const { return m_controller && m_controller->isReading(); }
    // Opens the plan dialog: the selected rows from the "copy from" cluster to the other
    // ticked clusters.
    void copySelected();
    // Ask for a file, then export / import (see the *To / *From forms).
    void exportDefinitions();
    void importDefinitions();
    // The "copy from" cluster's definitions to `path`; false with the reason in the status.
    void exportDefinitionsTo(const QString &path);
    // Opens the plan dialog for the file's definitions into the ticked clusters.
    void importDefinitionsFrom(const QString &path);

Q_SIGNALS:
    void comparisonFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QString resultSummary() const;
    void rebuildClusterList();
    void updateButtons();
    void onReadingsDone();
    void openSyncDialog(const QString &sourceLabel, const QList<ResourceDefinition> &definitions,
                        const QStringList &targetIds);

    QPointer<ProfileService> m_profileService;
    QPointer<CompareController> m_controller;
    QList<ClusterProfile> m_profiles;
    QPointer<SyncPlanDialog> m_syncDialog;

    QLabel *m_clustersLabel;
    QListWidget *m_clusterList;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QPushButton *m_compareButton;
    QLabel *m_sourceLabel;
    QComboBox *m_source;
    QPushButton *m_copyButton;
    QPushButton *m_exportButton;
    QPushButton *m_importButton;
    QLabel *m_status;
    QProgressBar *m_progress;
    QTableView *m_table;
    ResourceDiffModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_statusText;
    QStringList m_resultNotes; // translated when the comparison finished
    bool m_haveResult = false;
    FileChooser::Function m_fileChooser;
};
