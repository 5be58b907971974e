// ResourceTypePanel's list and drafts: full loads and failures from ResourceListSync, each change
// made on the cluster applied to its row (never over an unsaved draft), the stored drafts'
// markers and offer, and leaving an edit (keep it as a draft, discard it, or stay).

#include "ResourceTypePanel.h"

#include "ResourceDrafts.h"
#include "ResourceEditorController.h"
#include "ResourceListSync.h"
#include "ResourceTableModel.h"
#include "Theme.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

void ResourceTypePanel::setListSync(ResourceListSync *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &ResourceListSync::listLoaded, this,
            [this](const QString &type, const QList<ResourceDefinition> &resources) {
                if (type == m_type)
                    onListLoaded(resources);
            });
    connect(sync, &ResourceListSync::listFailed, this,
            [this](const QString &type, const QString &detail) {
                if (type == m_type)
                    onListFailed(detail);
            });
    connect(sync, &ResourceListSync::resourceChanged, this,
            [this](const ResourceDefinition &resource) {
                if (resource.type == m_type)
                    onChangedOnCluster(resource);
            });
    connect(sync, &ResourceListSync::resourceRemoved, this,
            [this](const QString &type, const QString &name) {
                if (type == m_type)
                    onRemovedOnCluster(name);
            });
}

void ResourceTypePanel::reload()
{
    if (m_sync)
        m_sync->reloadType(m_type);
}

QString ResourceTypePanel::loadErrorText() const
{
    return m_loadErrorBar->isHidden() ? QString() : m_loadError->text();
}

bool ResourceTypePanel::isOpenWithDraft(const QString &name) const
{
    using State = ResourceEditorController::State;
    return m_controller->isOpen() && !m_controller->isNew() && m_controller->name() == name &&
           (m_controller->isDirty() || m_controller->state() != State::Editing);
}

void ResourceTypePanel::onListLoaded(const QList<ResourceDefinition> &resources)
{
    // Rows under an unsaved draft stay, deleted or not, and say when the cluster moved on.
    QList<ResourceDefinition> rows = resources;
    QSet<QString> listed;
    for (const ResourceDefinition &resource : resources)
        listed.insert(resource.name);
    const auto draftBase = [this](const QString &name) -> std::optional<ResourceDefinition> {
        if (isOpenWithDraft(name))
            return m_controller->base();
        return m_model->isDirty(name) ? m_model->resource(name) : std::nullopt;
    };
    for (const ResourceDefinition &resource : resources) {
        if (const auto base = draftBase(resource.name); base && base->revision != resource.revision)
            m_model->setChangedOnCluster(resource.name, true);
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ResourceDefinition shown = *m_model->resourceAt(row);
        if (!listed.contains(shown.name) && draftBase(shown.name)) {
            rows.append(shown);
            m_model->setChangedOnCluster(shown.name, true);
        }
    }
    m_model->setResources(rows);
    m_listLoaded = true;
    m_loadErrorBar->hide();
    m_view->setEnabled(true);
    loadDrafts();
    Q_EMIT listLoaded(true);
}

void ResourceTypePanel::onListFailed(const QString &detail)
{
    // Never an empty table that looks like the cluster's answer.
    m_loadError->setText(m_listLoaded ? tr("Could not reload the list: %1 The rows below are "
                                           "from the last successful load.")
                                            .arg(detail)
                                      : tr("Could not load the list: %1").arg(detail));
    QPalette palette = m_loadError->palette();
    palette.setColor(QPalette::WindowText, Theme::color(Theme::Role::Critical, this->palette()));
    m_loadError->setPalette(palette);
    m_loadErrorBar->show();
    m_view->setEnabled(m_listLoaded);
    Q_EMIT listLoaded(false);
}

void ResourceTypePanel::onChangedOnCluster(const ResourceDefinition &resource)
{
    const std::optional<ResourceDefinition> shown = m_model->resource(resource.name);
    if (shown && shown->revision >= resource.revision)
        return; // already shown (our own write, or an older copy)
    if (isOpenWithDraft(resource.name)) {
        // The draft stays as typed on its old base: applying it meets a 412 and the three-way
        // view, so nothing typed is lost and nothing of theirs is overwritten unseen.
        m_model->upsert(resource);
        m_model->setChangedOnCluster(resource.name, true);
        m_banner->setText(tr("%1 was changed on the cluster while you were editing it; applying "
                             "your draft will show both versions.")
                              .arg(resource.name));
        m_banner->setVisible(true);
        return;
    }
    if (m_model->isDirty(resource.name))
        m_model->setChangedOnCluster(resource.name, true);
    m_model->upsert(resource);
    if (m_controller->isOpen() && !m_controller->isNew() && m_controller->name() == resource.name)
        m_controller->open(resource); // a clean editor shows the new version
}

void ResourceTypePanel::onRemovedOnCluster(const QString &name)
{
    if (isOpenWithDraft(name) || m_model->isDirty(name)) {
        m_model->setChangedOnCluster(name, true);
        return;
    }
    if (m_controller->isOpen() && !m_controller->isNew() && m_controller->name() == name)
        m_controller->close();
    m_model->removeResource(name);
}

void ResourceTypePanel::loadDrafts()
{
    if (!m_drafts)
        return;
    const QString clusterId = m_clusterId;
    m_drafts->storedNames(clusterId, m_type, this, [this, clusterId](const QSet<QString> &stored) {
        if (clusterId != m_clusterId)
            return;
        QSet<QString> names = stored;
        if (m_controller->isDirty() && !m_controller->isNew())
            names.insert(m_controller->name());
        m_model->setDirtyNames(names);
    });
    m_drafts->storedNewDraft(
        clusterId, m_type, this, [this, clusterId](const std::optional<QString> &name) {
            if (clusterId != m_clusterId)
                return;
            const bool offer = name && !(m_controller->isOpen() && m_controller->isNew());
            m_draftOffer->setText(!offer ? QString()
                                  : name->isEmpty()
                                      ? tr("A new resource you had started is kept as a draft.")
                                      : tr("The new resource “%1” you had started is kept as a "
                                           "draft; it is not on the cluster yet.")
                                            .arg(*name));
            m_draftOfferBar->setVisible(offer);
        });
}

QString ResourceTypePanel::draftOfferText() const
{
    return m_draftOfferBar->isHidden() ? QString() : m_draftOffer->text();
}

void ResourceTypePanel::setConfirmHandler(ConfirmHandler handler)
{
    m_confirm = std::move(handler);
    if (!m_confirm) { // back to the window-modal questions
        m_leave = {};
        return;
    }
    m_leave = [this](const QString &name, bool) {
        return m_confirm(tr("Discard changes?"),
                         tr("You have unsaved changes to %1. Discard them?").arg(name))
                   ? LeaveChoice::Discard
                   : LeaveChoice::Stay;
    };
}

void ResourceTypePanel::leaveThen(bool canKeep, std::function<void()> proceed)
{
    if (!m_controller->isDirty()) {
        proceed();
        return;
    }
    const QString name =
        m_controller->name().isEmpty() ? tr("the new resource") : m_controller->name();
    if (m_leave) {
        if (applyLeave(m_leave(name, canKeep)))
            proceed();
        return;
    }
    // Window-modal without a nested event loop; the answer continues the move.
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
                        tr("You have unsaved changes to %1.").arg(name), QMessageBox::Cancel, this);
    box->setObjectName(u"leaveDraftQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = nullptr;
    if (canKeep) {
        keep = box->addButton(tr("&Keep as draft"), QMessageBox::AcceptRole);
        keep->setObjectName(u"keepDraftButton"_s);
        box->setInformativeText(tr("A kept draft stays marked “•” and comes back when you open "
                                   "the resource again, also after a restart."));
        box->setDefaultButton(keep);
    }
    QPushButton *discard = box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardDraftButton"_s);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, keep, discard, proceed = std::move(proceed)](QAbstractButton *button) {
                const LeaveChoice choice = keep && button == keep ? LeaveChoice::KeepDraft
                                           : button == discard    ? LeaveChoice::Discard
                                                                  : LeaveChoice::Stay;
                if (applyLeave(choice))
                    proceed();
            });
    box->open();
}

bool ResourceTypePanel::applyLeave(LeaveChoice choice)
{
    switch (choice) {
    case LeaveChoice::KeepDraft:
        m_controller->flushDraft(); // stored now; its row keeps the marker
        loadDrafts();               // after the write on the store's one worker: offers it
        return true;
    case LeaveChoice::Discard:
        m_controller->revert();
        return true;
    case LeaveChoice::Stay:
        break;
    }
    return false;
}
