#include "PreferencesDialog.h"

#include "ClusterProfile.h"
#include "LanguageSwitcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

// A form row whose label names the field as its buddy: the mnemonic focuses the field, and a
// QLabel without a buddy would show the "&" itself.
void addBuddyRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(form->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_pollingGroup(new QGroupBox(this))
    , m_pollingForm(new QFormLayout(m_pollingGroup))
    , m_pollInterval(new QSpinBox(m_pollingGroup))
    , m_clockWarn(new QSpinBox(m_pollingGroup))
    , m_clockCrit(new QSpinBox(m_pollingGroup))
    , m_appearanceGroup(new QGroupBox(this))
    , m_appearanceForm(new QFormLayout(m_appearanceGroup))
    , m_language(new QComboBox(m_appearanceGroup))
    , m_theme(new QComboBox(m_appearanceGroup))
    , m_notifications(new QCheckBox(this))
    , m_restartHint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_pollInterval->setObjectName(QStringLiteral("pollIntervalSpinBox"));
    m_pollInterval->setRange(ClusterProfile::MinPollIntervalMs / 1000,
                             ClusterProfile::MaxPollIntervalMs / 1000);
    m_clockWarn->setObjectName(QStringLiteral("clockWarnSpinBox"));
    m_clockCrit->setObjectName(QStringLiteral("clockCritSpinBox"));
    for (QSpinBox *box : {m_clockWarn, m_clockCrit})
        box->setRange(1, 3600000);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_theme->setObjectName(QStringLiteral("themeComboBox"));
    m_notifications->setObjectName(QStringLiteral("notificationsCheckBox"));
    m_buttons->setObjectName(QStringLiteral("preferencesButtons"));
    m_restartHint->setWordWrap(true);
    m_restartHint->setForegroundRole(QPalette::PlaceholderText);

    for (QSpinBox *field : {m_pollInterval, m_clockWarn, m_clockCrit})
        addBuddyRow(m_pollingForm, field);

    for (const LanguageSwitcher::Language &language : LanguageSwitcher::languages())
        m_language->addItem(language.nativeName, language.code);
    for (const char *name : {"system", "light", "dark"})
        m_theme->addItem(QString(), QString::fromLatin1(name));
    addBuddyRow(m_appearanceForm, m_language);
    addBuddyRow(m_appearanceForm, m_theme);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pollingGroup);
    layout->addWidget(m_appearanceGroup);
    layout->addWidget(m_notifications);
    layout->addWidget(m_restartHint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_pollInterval, m_clockWarn);
    setTabOrder(m_clockWarn, m_clockCrit);
    setTabOrder(m_clockCrit, m_language);
    setTabOrder(m_language, m_theme);
    setTabOrder(m_theme, m_notifications);
    setTabOrder(m_notifications, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_clockWarn, &QSpinBox::valueChanged, this, [this](int warn) {
        // Critical below warning makes no sense: keep them ordered.
        if (m_clockCrit->value() < warn)
            m_clockCrit->setValue(warn);
    });

    retranslateUi();
    load();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_pollingGroup->setTitle(tr("New clusters"));
    setFormLabel(m_pollingForm, m_pollInterval, tr("&Poll interval:"));
    setFormLabel(m_pollingForm, m_clockWarn, tr("Clock offset &warning above:"));
    setFormLabel(m_pollingForm, m_clockCrit, tr("Clock offset &critical above:"));
    m_pollInterval->setSuffix(tr(" s"));
    m_clockWarn->setSuffix(tr(" ms"));
    m_clockCrit->setSuffix(tr(" ms"));
    m_pollInterval->setToolTip(tr("How often a newly added cluster is polled. Each saved cluster "
                                  "keeps its own interval."));
    m_appearanceGroup->setTitle(tr("Appearance"));
    setFormLabel(m_appearanceForm, m_language, tr("&Language:"));
    setFormLabel(m_appearanceForm, m_theme, tr("&Theme:"));
    m_language->setItemText(0, tr("System"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_notifications->setText(tr("&Notify me when a node changes state"));
    m_restartHint->setText(tr("Notifications appear only where the desktop offers a "
                              "system tray."));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::load()
{
    m_pollInterval->setValue(m_settings->value(AppSettings::Key::DefaultPollIntervalMs).toInt() /
                             1000);
    // Critical first: setting warning above it would push it up.
    m_clockCrit->setValue(m_settings->value(AppSettings::Key::DefaultClockCritMs).toInt());
    m_clockWarn->setValue(m_settings->value(AppSettings::Key::DefaultClockWarnMs).toInt());
    const int language = m_language->findData(m_settings->value(AppSettings::Key::Language));
    m_language->setCurrentIndex(qMax(0, language));
    const int theme = m_theme->findData(m_settings->value(AppSettings::Key::Theme));
    m_theme->setCurrentIndex(qMax(0, theme));
    m_notifications->setChecked(m_settings->value(AppSettings::Key::NotificationsEnabled).toBool());
}

void PreferencesDialog::save()
{
    m_settings->setValue(AppSettings::Key::DefaultPollIntervalMs, m_pollInterval->value() * 1000);
    m_settings->setValue(AppSettings::Key::DefaultClockWarnMs, m_clockWarn->value());
    m_settings->setValue(AppSettings::Key::DefaultClockCritMs, m_clockCrit->value());
    m_settings->setValue(AppSettings::Key::Language, m_language->currentData().toString());
    m_settings->setValue(AppSettings::Key::Theme, m_theme->currentData().toString());
    m_settings->setValue(AppSettings::Key::NotificationsEnabled, m_notifications->isChecked());
    m_settings->sync();
}
