#include "CompareDialog.h"

#include "CompareView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QPushButton>
#include <QVBoxLayout>

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new CompareView(this))
    , m_closeButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setSizeGripEnabled(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The view brings its own margins; the buttons line up with its content.
    QMargins margins = m_view->layout()->contentsMargins();
    margins.setTop(0);
    buttons->setContentsMargins(margins);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1000, 560);
    retranslateUi();
}

void CompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare Clusters"));
    m_closeButton->setText(tr("Close"));
}

void CompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
