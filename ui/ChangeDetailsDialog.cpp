#include "ChangeDetailsDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

ChangeDetailsDialog::ChangeDetailsDialog(const ChangeLogEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("changeDetailsDialog"));
    for (const char *field : {"revision", "time", "user", "operation", "type", "name"})
        addRow(field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    retranslateUi();
}

QLabel *ChangeDetailsDialog::addRow(const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName) + QStringLiteral("Value"));
    value->setTextFormat(Qt::PlainText);
    // Copyable: a revision or a name is what one pastes into a ticket.
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *label = new QLabel(this);
    label->setBuddy(value);
    m_form->addRow(label, value);
    m_values.insert(QLatin1String(objectName), value);
    return value;
}

QString ChangeDetailsDialog::valueText(const QString &field) const
{
    const QLabel *value = m_values.value(field);
    return value ? value->text() : QString();
}

void ChangeDetailsDialog::retranslateUi()
{
    setWindowTitle(tr("Change %1").arg(m_entry.revision));
    const auto label = [this](const char *field, const QString &text) {
        if (auto *title =
                qobject_cast<QLabel *>(m_form->labelForField(m_values.value(QLatin1String(field)))))
            title->setText(text);
    };
    label("revision", tr("Revision:"));
    label("time", tr("Time:"));
    label("user", tr("User:"));
    label("operation", tr("Change:"));
    label("type", tr("Resource type:"));
    label("name", tr("Resource:"));
    const QLocale locale;
    m_values.value(QStringLiteral("revision"))->setText(QString::number(m_entry.revision));
    m_values.value(QStringLiteral("time"))
        ->setText(
            m_entry.time.isValid()
                ? tr("%1 (UTC: %2)")
                      .arg(locale.toString(m_entry.time.toLocalTime(), QLocale::LongFormat),
                           m_entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                : tr("unknown"));
    m_values.value(QStringLiteral("user"))
        ->setText(m_entry.user.isEmpty() ? tr("unknown") : m_entry.user);
    m_values.value(QStringLiteral("operation"))
        ->setText(ChangeLogText::operation(m_entry.operation));
    m_values.value(QStringLiteral("type"))
        ->setText(ChangeLogText::resourceType(m_entry.resourceType));
    m_values.value(QStringLiteral("name"))->setText(m_entry.name);
}

void ChangeDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
