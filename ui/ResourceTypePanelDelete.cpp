// ResourceTypePanel's questions: the delete confirmation that names the resource and the cluster
// and whose button says Delete (then the controller's DELETE with If-Match and its outcome in the
// banner), and the question before unsaved edits are discarded.

#include "ResourceTypePanel.h"

#include "ResourceEditorController.h"
#include "ResourceResult.h"
#include "ResourceTableModel.h"
#include "WriteConfirmation.h"

#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

QString ResourceTypePanel::deleteQuestion(const QString &name) const
{
    const QString cluster = m_clusterName.isEmpty() ? m_clusterId : m_clusterName;
    if (m_type == u"database")
        return tr("Delete the database resource “%1” from the cluster “%2”?").arg(name, cluster);
    if (m_type == u"jdbc")
        return tr("Delete the JDBC connection “%1” from the cluster “%2”?").arg(name, cluster);
    if (m_type == u"fileserver")
        return tr("Delete the file server “%1” from the cluster “%2”?").arg(name, cluster);
    if (m_type == u"webservice")
        return tr("Delete the web service “%1” from the cluster “%2”?").arg(name, cluster);
    return tr("Delete the resource “%1” from the cluster “%2”?").arg(name, cluster);
}

void ResourceTypePanel::confirmDelete(const ResourceDefinition &resource)
{
    // Window-modal without a nested event loop; the button says what it does, and production
    // wants the cluster's name typed first.
    const DangerousWrite write{
        tr("Delete resource?"),
        deleteQuestion(resource.name),
        tr("Every node of the cluster removes it. This cannot be undone."),
        tr("&Delete"),
        u"deleteConfirmation"_s,
        u"confirmDeleteButton"_s,
    };
    QPointer<ResourceEditorController> controller = m_controller;
    confirmDangerousWrite(this, m_profile, write, [controller, resource] {
        if (controller)
            controller->remove(resource);
    });
}

void ResourceTypePanel::onRemoved(const QString &name, const ResourceResult &result,
                                  const QString &message)
{
    // The controller decided what the answer means; the list follows the cluster.
    if (result.isOk() || result.status == ResourceResult::Status::NotFound)
        m_model->removeResource(name);
    else if (result.status == ResourceResult::Status::Conflict && result.resource)
        m_model->upsert(*result.resource);
    m_banner->setText(message);
    m_banner->setVisible(!m_banner->text().isEmpty());
}

void ResourceTypePanel::confirmDiscardThen(const QString &title, const QString &text,
                                           std::function<void()> proceed)
{
    if (m_confirm) {
        if (m_confirm(title, text))
            proceed();
        return;
    }
    if (m_discardQuestion)
        m_discardQuestion->close(); // one question at a time
    auto *box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardQuestion"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, proceed = std::move(proceed)] {
        if (box->clickedButton() == box->button(QMessageBox::Discard))
            proceed();
    });
    m_discardQuestion = box;
    box->open(); // window-modal, no nested event loop
}

QMessageBox *ResourceTypePanel::discardQuestion() const
{
    return m_discardQuestion;
}
