#include "WriteConfirmation.h"

#include "EnvironmentBadge.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QDialog *confirmDangerousWrite(QWidget *parent, const ClusterProfile &target,
                               const DangerousWrite &write, std::function<void()> proceed)
{
    QDialog *dialog = nullptr;
    QAbstractButton *action = nullptr;
    if (target.isProduction()) {
        auto *typed = new TypedConfirmationDialog(target, write, parent);
        action = typed->actionButton();
        dialog = typed;
    } else {
        auto *box = new QMessageBox(QMessageBox::Warning, write.title, write.question,
                                    QMessageBox::Cancel, parent);
        box->setInformativeText(write.details);
        QPushButton *button = box->addButton(write.actionText, QMessageBox::DestructiveRole);
        button->setObjectName(write.buttonObjectName);
        box->setDefaultButton(QMessageBox::Cancel);
        action = button;
        dialog = box;
    }
    dialog->setObjectName(write.objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Decided by the button that closed it, so Enter on a half-typed name or Esc never writes.
    QObject::connect(action, &QAbstractButton::clicked, dialog,
                     [dialog, proceed = std::move(proceed)] {
                         dialog->accept();
                         if (proceed)
                             proceed();
                     });
    dialog->open();
    return dialog;
}

TypedConfirmationDialog::TypedConfirmationDialog(const ClusterProfile &target,
                                                 const DangerousWrite &write, QWidget *parent)
    : QDialog(parent)
    , m_clusterName(target.name)
    , m_band(new QLabel(this))
    , m_prompt(new QLabel(this))
    , m_nameEdit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_action(m_buttons->addButton(write.actionText, QDialogButtonBox::DestructiveRole))
{
    setWindowTitle(write.title);
    EnvironmentBadge::styleBand(m_band, target);
    m_band->setObjectName(u"confirmationBand"_s);
    auto *question = new QLabel(write.question, this);
    question->setWordWrap(true);
    question->setObjectName(u"confirmationQuestion"_s);
    auto *details = new QLabel(write.details, this);
    details->setWordWrap(true);
    details->setVisible(!write.details.isEmpty());
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_nameEdit);
    m_nameEdit->setObjectName(u"confirmNameEdit"_s);
    m_nameEdit->setPlaceholderText(target.name);
    m_action->setObjectName(write.buttonObjectName);
    m_action->setEnabled(false);
    m_action->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_band);
    layout->addWidget(question);
    layout->addWidget(details);
    layout->addWidget(m_prompt);
    layout->addWidget(m_nameEdit);
    layout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this,
            [this] { m_action->setEnabled(nameMatches()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    m_nameEdit->setFocus();
}

bool TypedConfirmationDialog::nameMatches() const
{
    return !m_clusterName.isEmpty() && m_nameEdit->text() == m_clusterName;
}

void TypedConfirmationDialog::retranslateUi()
{
    m_prompt->setText(tr("This is a production cluster. To go on, type its name, "
                         "<b>%1</b>, exactly:")
                          .arg(m_clusterName.toHtmlEscaped()));
}

void TypedConfirmationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
