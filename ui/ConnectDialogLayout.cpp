// ConnectDialog's layout: its rows, the texts of its labels (again on a language switch), the
// label column shared by its four forms, the tab order and its height.
#include "CertificateSettingsGroup.h"
#include "ConnectDialog.h"
#include "ConnectionTestPanel.h"
#include "EnvironmentSettingsGroup.h"
#include "FieldMessageLabel.h"
#include "SpectrumSettingsGroup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

void ConnectDialog::setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void ConnectDialog::setTabOrderChain()
{
    QList<QWidget *> chain = {m_name, m_url, m_authKind, m_user, m_password};
    chain += m_certificates->tabChain();
    chain += m_environment->tabChain();
    chain += {m_statsUrl, m_statsUser, m_pollInterval, m_clockWarn, m_clockCrit};
    chain += m_spectrum->tabChain();
    chain += {m_testPanel->testButton(), m_testPanel->trustButton(),
              m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel)};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void ConnectDialog::addRow(QFormLayout *form, QWidget *field, const QString &problemField)
{
    // addRow() with an empty text would create no label; retranslateUi() fills this one in.
    auto *label = new QLabel(this);
    label->setBuddy(field);
    form->addRow(label, field);
    if (!problemField.isEmpty())
        addErrorRow(form, problemField);
}

void ConnectDialog::addErrorRow(QFormLayout *form, const QString &field)
{
    // Always in the layout, empty while the field is fine: a problem that comes or goes never
    // moves the next field from under the mouse.
    auto *label = new FieldMessageLabel(this);
    label->setObjectName(field + QStringLiteral("Problem"));
    form->addRow(QString(), label);
    m_errorLabels.insert(field, label);
}

void ConnectDialog::retranslateUi()
{
    // A dialog opened to add stays "Add Cluster" after saving (to show the session-only notice
    // or a refused secret): the user did not ask to edit anything.
    setWindowTitle(m_openedToAdd ? tr("Add Cluster") : tr("Edit Cluster"));
    setFormLabel(m_clusterForm, m_name, tr("&Name:"));
    setFormLabel(m_clusterForm, m_url, tr("Load balancer &URL:"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    m_url->setPlaceholderText(tr("https://lb.example.com:8443"));
    m_clusterGroup->setTitle(tr("Cluster"));
    m_signInGroup->setTitle(tr("Sign-in"));
    setFormLabel(m_signInForm, m_authKind, tr("&Method:"));
    m_authKind->setItemText(0, tr("User name and password"));
    m_authKind->setItemText(1, tr("Access token"));
    setFormLabel(m_signInForm, m_user, tr("Us&er:"));
    m_certificates->retranslateUi();
    m_environment->retranslateUi();
    m_spectrum->retranslateUi();
    m_advancedGroup->setTitle(tr("Advanced"));
    setFormLabel(m_advancedForm, m_statsUrl, tr("HAProxy &stats URL:"));
    m_statsUrl->setPlaceholderText(tr("Optional: http://lb.example.com:8404/stats"));
    setFormLabel(m_advancedForm, m_statsUser, tr("Stats adm&in user:"));
    m_statsUser->setPlaceholderText(
        tr("Optional: for drain, maintenance and ready (its password is asked at first use)"));
    setFormLabel(m_advancedForm, m_pollInterval, tr("Po&ll every:"));
    m_pollInterval->setSuffix(tr(" s"));
    setFormLabel(m_advancedForm, m_clockWarn, tr("Clock &warning at:"));
    setFormLabel(m_advancedForm, m_clockCrit, tr("Clock c&ritical at:"));
    m_clockWarn->setSuffix(tr(" ms"));
    m_clockCrit->setSuffix(tr(" ms"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (m_closeOnNextOk)
        ok->setText(tr("Close"));
    else
        ok->setText(m_mode == Mode::Add ? tr("Add") : tr("Save"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    // Once saved there is nothing left to cancel.
    cancel->setVisible(!m_closeOnNextOk);
    alignLabelColumns();
    updateAuthFields();
    updateSessionOnlyNotice();
    revalidate();
    if (m_saving)
        m_saveStatus->setText(tr("Saving…"));
}

QString ConnectDialog::fieldTitle(const QString &field) const
{
    // A problem without a row of its own (a hand-edited profile) is named in words.
    if (field == QLatin1String("stalledAfterSeconds"))
        return tr("Stalled after");
    if (field == QLatin1String("sortOrder"))
        return tr("Position in the cluster list");
    if (field == QLatin1String("authKind"))
        return tr("Method");
    return tr("Cluster");
}

void ConnectDialog::alignLabelColumns()
{
    // Six forms, one column: the fields line up across the groups.
    QList<QLabel *> labels;
    int width = 0;
    for (QFormLayout *form : {m_clusterForm, m_signInForm, m_certificates->form(),
                              m_environment->form(), m_advancedForm, m_spectrum->form()}) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr) {
                label->setMinimumWidth(0);
                width = qMax(width, label->sizeHint().width());
                labels.append(label);
            }
        }
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

void ConnectDialog::growToFit()
{
    // Word-wrapped results need more height than the layout's minimum size says. Before the
    // first show the dialog sizes itself.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ConnectDialog::fitToScreen()
{
    // As wide as the settings want (no horizontal scrolling), as tall as they want up to the
    // screen's height; the rest scrolls.
    QWidget *content = m_scroll->widget();
    const int scrollBar = m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(content->minimumSizeHint().width() + scrollBar);
    const QSize outside = sizeHint() - m_scroll->sizeHint();
    const QRect screenArea = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    const int wanted = outside.height() + content->sizeHint().height();
    const int height = std::min(wanted, screenArea.height() * 9 / 10);
    const int width = std::min(
        std::max(sizeHint().width(), content->sizeHint().width() + scrollBar + outside.width()),
        screenArea.width());
    resize(width, height);
}

QVBoxLayout *ConnectDialog::addSettingsArea(QVBoxLayout *outer)
{
    // The settings scroll; the test, the save status and the buttons stay in view, so the
    // dialog fits a 1024 x 700 screen (it holds seven groups).
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("connectDialogScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidget(content);
    outer->addWidget(m_scroll, 1);
    return layout;
}
