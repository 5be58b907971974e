#pragma once
// UnsavedDraftsPrompt: before something would take unsaved resource edits away (closing the
// window, removing a cluster) it asks once: Apply all, Keep as drafts (stored locally, offered
// again next time; secrets left out), Discard, or Cancel. Apply all waits for every write and
// goes ahead only when all of them were saved. Window-modal, no nested event loop.

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;
class ResourceEditorController;

class UnsavedDraftsPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnsavedDraftsPrompt)

public:
    // The dirty editors of `editors` decide; with none `proceed` runs at once. `allowKeep`
    // false (a cluster being removed takes its drafts along) hides "Keep as drafts". `proceed`
    // never runs after Cancel or a failed apply. Returns the prompt (null when nothing asked).
    static UnsavedDraftsPrompt *ask(QWidget *parent,
                                    const QList<ResourceEditorController *> &editors,
                                    bool allowKeep, std::function<void()> proceed);

    // One line per draft, e.g. "orders-db (JDBC connection)", for the question.
    static QString describe(const ResourceEditorController *editor);
    static QString typeNoun(const QString &type);

private:
    UnsavedDraftsPrompt(QWidget *parent, const QList<ResourceEditorController *> &editors,
                        bool allowKeep, std::function<void()> proceed);
    void applyAll();
    void onEditorSettled();

    QList<QPointer<ResourceEditorController>> m_editors;
    std::function<void()> m_proceed;
    QPointer<QMessageBox> m_box;
    QWidget *m_parent;
};
