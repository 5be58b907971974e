#pragma once
// ResourceTypePanel: the resources of one type: a filterable table beside the edit form in a
// splitter, with New, Duplicate, Delete, Apply and Revert; unsaved drafts marked "•", a
// read-only reason shown up front, and the conflict dialog after a 412. The list side is in
// ResourceTypePanelLists.cpp (with drafts), deleting in ResourceTypePanelDelete.cpp.

#include "ClusterProfile.h"
#include "PanelActions.h"
#include "ResourceDefinition.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ConflictDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class ResourceEditorController;
class ResourceDrafts;
class ResourceForm;
class ResourceListSync;
class ResourceRepository;
class ResourceTableModel;
struct ResourceResult;

class ResourceTypePanel final : public QWidget, public PanelActions
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTypePanel)

public:
    // Asked before anything unsaved is thrown away; true means go ahead. Replaceable in tests.
    using ConfirmHandler = std::function<bool(const QString &title, const QString &text)>;

    ResourceTypePanel(const QString &type, QWidget *parent = nullptr);
    ~ResourceTypePanel() override;

    QString type() const { return m_type; }
    void setRepository(ResourceRepository *repository);
    // Where the editor keeps its drafts (not owned); without it drafts live in memory only.
    void setDrafts(ResourceDrafts *drafts);
    // The lists' source: full loads, and each change made on the cluster (see ResourceListSync).
    void setListSync(ResourceListSync *sync);
    // The cluster's display name, for the delete confirmation.
    void setClusterName(const QString &name)
    {
        m_clusterName = name;
        m_profile.name = name;
    }
    // The cluster's profile: its name for the questions, and production asks for the name typed
    // before a delete.
    void setClusterProfile(const ClusterProfile &profile)
    {
        m_profile = profile;
        m_clusterName = profile.name;
    }
    // Switching clusters closes the editor (its draft stays stored) and reloads.
    void setClusterId(const QString &clusterId);
    // Non-empty: editing is disabled and the reason shown above the form.
    void setReadOnlyReason(const QString &reason);
    // Also answers the question on leaving a draft: true discards it, false stays. Without one
    // the questions are window-modal message boxes that do not block the event loop.
    void setConfirmHandler(ConfirmHandler handler);
    // Asked when leaving unsaved edits (another row, New, Duplicate): keep them as a stored
    // draft (when `canKeep`), discard them, or stay. Replaceable in tests.
    enum class LeaveChoice { KeepDraft, Discard, Stay };
    using LeaveHandler = std::function<LeaveChoice(const QString &name, bool canKeep)>;
    void setLeaveHandler(LeaveHandler handler) { m_leave = std::move(handler); }

    // Lists the resources again and marks the stored drafts.
    void reload();
    // The error above the table when the last list failed (empty when it loaded), for tests.
    QString loadErrorText() const;
    // The offer of a new resource's draft kept from earlier (empty when there is none).
    QString draftOfferText() const;
    // Opens the editor on a new resource (the first field gets the focus).
    void createNew();
    void duplicateCurrent();
    void deleteCurrent();
    // Selects and opens a resource by name (false when the table does not have it).
    bool selectResource(const QString &name);

    bool canApply() const override;
    void apply() override;
    void revert() override;
    bool focusFilter() override;

    ResourceEditorController *controller() const { return m_controller; }
    ResourceTableModel *model() const { return m_model; }
    ResourceForm *form() const { return m_form; }
    QTableView *view() const { return m_view; }
    // The dialog of the current conflict, while it is shown.
    ConflictDialog *conflictDialog() const;
    // The open "discard your changes?" question (no confirm handler set), for tests.
    QMessageBox *discardQuestion() const;
    // The text above the form (read-only reason, status, conflict), for tests.
    QString bannerText() const;
    QString titleText() const;

Q_SIGNALS:
    // A list answer arrived (ok or not).
    void listLoaded(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    // Runs `proceed` once the edit may be left: unchanged, kept as a draft (if `canKeep`) or
    // discarded; never when the user stays. Asks without a nested event loop.
    void leaveThen(bool canKeep, std::function<void()> proceed);
    bool applyLeave(LeaveChoice choice);
    void refreshActions();
    void showConflictDialog();
    void loadDrafts();
    void selectRowSilently(const QString &name);
    void onListLoaded(const QList<ResourceDefinition> &resources);
    void onListFailed(const QString &detail);
    void onChangedOnCluster(const ResourceDefinition &resource);
    void onRemovedOnCluster(const QString &name);
    bool isOpenWithDraft(const QString &name) const;
    void confirmDelete(const ResourceDefinition &resource);
    void onRemoved(const QString &name, const ResourceResult &result, const QString &message);
    // Asks `title`/`text` without a nested event loop (or through the test handler) and runs
    // `proceed` only when the user agrees to discard.
    void confirmDiscardThen(const QString &title, const QString &text,
                            std::function<void()> proceed);
    QString deleteQuestion(const QString &name) const;

    QString m_type;
    QString m_clusterId;
    QPointer<ResourceDrafts> m_drafts;
    QPointer<ResourceListSync> m_sync;
    QString m_clusterName;
    ClusterProfile m_profile;
    bool m_listLoaded = false;
    QString m_readOnlyReason;
    ConfirmHandler m_confirm;
    LeaveHandler m_leave;
    bool m_changingSelection = false;

    ResourceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    ResourceEditorController *m_controller;
    QSplitter *m_splitter;
    QLineEdit *m_filter;
    QWidget *m_loadErrorBar;
    QLabel *m_loadError;
    QPushButton *m_loadRetry;
    QWidget *m_draftOfferBar;
    QLabel *m_draftOffer;
    QPushButton *m_openDraft;
    QTableView *m_view;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QLabel *m_title;
    QLabel *m_banner;
    ResourceForm *m_form;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_retry;
    QPushButton *m_resolve;
    QPushButton *m_openExisting;
    QPushButton *m_chooseName;
    QPointer<ConflictDialog> m_conflictDialog;
    QPointer<QMessageBox> m_discardQuestion;
};
