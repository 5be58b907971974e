#include "UnsavedDraftsPrompt.h"

#include "ResourceEditorController.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

QString UnsavedDraftsPrompt::typeNoun(const QString &type)
{
    if (type == u"database")
        return tr("database resource");
    if (type == u"jdbc")
        return tr("JDBC connection");
    if (type == u"fileserver")
        return tr("file server");
    if (type == u"webservice")
        return tr("web service");
    return type;
}

UnsavedDraftsPrompt *UnsavedDraftsPrompt::ask(QWidget *parent,
                                              const QList<ResourceEditorController *> &editors,
                                              bool allowKeep, std::function<void()> proceed)
{
    QList<ResourceEditorController *> dirty;
    for (ResourceEditorController *editor : editors) {
        if (editor && editor->isDirty())
            dirty.append(editor);
    }
    if (dirty.isEmpty()) {
        proceed();
        return nullptr;
    }
    return new UnsavedDraftsPrompt(parent, dirty, allowKeep, std::move(proceed));
}

QString UnsavedDraftsPrompt::describe(const ResourceEditorController *editor)
{
    const QString type = typeNoun(editor->type());
    const QString name = editor->name().isEmpty() ? tr("(no name yet)") : editor->name();
    if (editor->isNew())
        return tr("%1, a new %2 not yet on the cluster").arg(name, type);
    return tr("%1 (%2)").arg(name, type);
}

UnsavedDraftsPrompt::UnsavedDraftsPrompt(QWidget *parent,
                                         const QList<ResourceEditorController *> &editors,
                                         bool allowKeep, std::function<void()> proceed)
    : QObject(parent)
    , m_proceed(std::move(proceed))
    , m_parent(parent)
{
    QStringList lines;
    for (ResourceEditorController *editor : editors) {
        m_editors.append(editor);
        lines.append(u"• "_s + describe(editor));
    }
    m_box = new QMessageBox(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("You have unsaved changes to %n resource(s):", nullptr, int(editors.size())) + u"\n"_s +
            lines.join(u'\n'),
        QMessageBox::Cancel, parent);
    m_box->setObjectName(u"unsavedDraftsDialog"_s);
    m_box->setInformativeText(allowKeep
                                  ? tr("Drafts you keep are offered again next time; secrets you "
                                       "typed are never stored and must be typed again.")
                                  : tr("Drafts of a removed cluster cannot be kept."));
    QPushButton *apply = m_box->addButton(tr("&Apply all"), QMessageBox::AcceptRole);
    apply->setObjectName(u"applyAllButton"_s);
    QPushButton *keep = nullptr;
    if (allowKeep) {
        keep = m_box->addButton(tr("&Keep as drafts"), QMessageBox::ActionRole);
        keep->setObjectName(u"keepDraftsButton"_s);
    }
    QPushButton *discard = m_box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardDraftsButton"_s);
    m_box->setDefaultButton(allowKeep ? keep : apply);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_box, &QMessageBox::buttonClicked, this, [=, this](QAbstractButton *button) {
        m_box->deleteLater(); // answered: a later question is a new one
        if (button == apply) {
            applyAll();
            return;
        }
        if (button == keep) {
            for (const auto &editor : std::as_const(m_editors)) {
                if (editor)
                    editor->flushDraft(); // on disk now, not after the debounce
            }
        } else if (button == discard) {
            for (const auto &editor : std::as_const(m_editors)) {
                if (editor) {
                    editor->revert();
                    if (editor->isNew())
                        editor->close();
                }
            }
        } else {
            deleteLater(); // Cancel: nothing happens
            return;
        }
        m_proceed();
        deleteLater();
    });
    m_box->open();
}

void UnsavedDraftsPrompt::applyAll()
{
    for (const auto &editor : std::as_const(m_editors)) {
        if (!editor)
            continue;
        connect(editor, &ResourceEditorController::stateChanged, this,
                &UnsavedDraftsPrompt::onEditorSettled);
        editor->apply();
    }
    onEditorSettled();
}

void UnsavedDraftsPrompt::onEditorSettled()
{
    using State = ResourceEditorController::State;
    QStringList unsaved;
    for (const auto &editor : std::as_const(m_editors)) {
        if (!editor)
            continue;
        if (editor->state() == State::Saving)
            return; // wait for the last answer
        if (editor->isDirty())
            unsaved.append(describe(editor));
    }
    if (unsaved.isEmpty()) {
        m_proceed();
    } else {
        // A write refused, in conflict or unanswered: stay, and say which.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not everything was saved"),
                                    tr("These changes were not saved and are still open:") +
                                        u"\n• "_s + unsaved.join(u"\n• "_s),
                                    QMessageBox::Ok, m_parent);
        box->setObjectName(u"unsavedDraftsNotSaved"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    deleteLater();
}
