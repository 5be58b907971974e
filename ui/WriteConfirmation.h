// WriteConfirmation: the one question before a write on a cluster that is hard to undo (a
// delete, a copy or an import onto it; Revert and node actions join at merge). For a cluster
// labelled production the user types the cluster's name, exactly, before the action's button
// is enabled; for any other cluster it is the usual question whose button names the action.
// Window-modal and asynchronous: `proceed` runs once when confirmed, never from inside the call.
#pragma once

#include "ClusterProfile.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// What the question says. The texts are translated by the caller.
struct DangerousWrite
{
    QString title;            // "Delete resource?"
    QString question;         // names what and where: "Delete … from the cluster “Prod”?"
    QString details;          // the consequence: "Every node removes it. …"
    QString actionText;       // the confirming button: "&Delete"
    QString objectName;       // the dialog's, for tests and accessibility
    QString buttonObjectName; // the confirming button's
};

// Opens the question over `parent` (which owns it until it closes) and returns it.
QDialog *confirmDangerousWrite(QWidget *parent, const ClusterProfile &target,
                               const DangerousWrite &write, std::function<void()> proceed);

// The production form: the question, an edit for the cluster's name, Cancel and the action's
// button, enabled only while the edit holds the name exactly (case and spaces count).
class TypedConfirmationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TypedConfirmationDialog)

public:
    TypedConfirmationDialog(const ClusterProfile &target, const DangerousWrite &write,
                            QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *actionButton() const { return m_action; }
    bool nameMatches() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_clusterName;
    QLabel *m_band;
    QLabel *m_prompt;
    QLineEdit *m_nameEdit;
    QDialogButtonBox *m_buttons;
    QPushButton *m_action;
};
