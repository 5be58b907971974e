#include "ChangeDetailsDialog.h"

#include "ChangeDiffModel.h"
#include "ChangeRevert.h"
#include "ItemStyleDelegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ChangeDetailsDialog::ChangeDetailsDialog(const ChangeLogEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_form(new QFormLayout)
    , m_diff(new ChangeDiffModel(this))
    , m_diffLabel(new QLabel(this))
    , m_diffView(new QTableView(this))
    , m_changedOnly(new QCheckBox(this))
    , m_notice(new QLabel(this))
    , m_revert(new QPushButton(this))
{
    setObjectName(QStringLiteral("changeDetailsDialog"));
    for (const char *field : {"revision", "time", "user", "operation", "type", "name"})
        addRow(field);
    m_diff->setEntry(entry);
    m_diffView->setObjectName(QStringLiteral("changeDiff"));
    m_diffView->setModel(m_diff);
    // The fields the change altered in bold: seen at a glance, and not by colour alone.
    m_diffView->setItemDelegate(new ItemStyleDelegate(
        [](QStyleOptionViewItem *option, const QModelIndex &index) {
            if (index.data(ChangeDiffModel::ChangedRole).toBool())
                option->font.setBold(true);
        },
        m_diffView));
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diffView->setTabKeyNavigation(false);
    m_diffView->setWordWrap(false);
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_diffLabel->setBuddy(m_diffView);
    m_changedOnly->setObjectName(QStringLiteral("changedFieldsOnly"));
    m_changedOnly->setChecked(false);
    connect(m_changedOnly, &QCheckBox::toggled, m_diff, &ChangeDiffModel::setChangedOnly);
    m_notice->setObjectName(QStringLiteral("changeNotice"));
    m_notice->setWordWrap(true);
    m_revert->setObjectName(QStringLiteral("revertChange"));
    m_revert->setAutoDefault(false);
    // The plan dialog takes over: this one closes so that it does not block the plan.
    connect(m_revert, &QPushButton::clicked, this, [this] {
        emit revertRequested(m_entry);
        accept();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_revert, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_diffLabel);
    layout->addWidget(m_diffView, 1);
    layout->addWidget(m_changedOnly);
    layout->addWidget(m_notice);
    layout->addWidget(buttons);
    // Nothing to compare for a change whose definitions were not kept: the notice says so.
    for (QWidget *diffPart :
         {static_cast<QWidget *>(m_diffLabel), static_cast<QWidget *>(m_diffView),
          static_cast<QWidget *>(m_changedOnly)})
        diffPart->setVisible(entry.recorded);
    if (!entry.recorded)
        layout->insertStretch(layout->indexOf(m_notice), 1);
    resize(640, entry.recorded ? 480 : 300);
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

void ChangeDetailsDialog::setRevertAvailable(bool available)
{
    m_revertAvailable = available;
    updateRevert();
}

void ChangeDetailsDialog::updateRevert()
{
    const QString unavailable = ChangeRevert::unavailableReason(m_entry);
    m_revert->setVisible(m_revertAvailable);
    m_revert->setEnabled(m_revertAvailable && unavailable.isEmpty());
    QStringList notices;
    if (!m_entry.recorded)
        notices << tr("Before and after: %1. The node did not keep this change's definitions "
                      "(it was made before they were recorded).")
                       .arg(ChangeLogText::notRecorded());
    else if (m_revertAvailable && !unavailable.isEmpty())
        notices << unavailable;
    if (m_entry.recorded && !m_entry.changedSecrets().isEmpty())
        notices << tr("Secret values are never kept in the log: a revert keeps the current "
                      "secret of %1.")
                       .arg(m_entry.changedSecrets().join(QStringLiteral(", ")));
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
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
    m_diffLabel->setText(tr("&Fields (changed ones in bold):"));
    m_changedOnly->setText(tr("Show &only the changed fields"));
    m_revert->setText(tr("&Revert this change…"));
    m_diff->retranslate();
    updateRevert();
}

void ChangeDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
