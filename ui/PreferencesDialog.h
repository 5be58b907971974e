// PreferencesDialog: edits the application-wide settings (default poll interval, default clock
// thresholds, language, notifications, theme) and writes them to AppSettings on OK.
#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QSpinBox;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Reads the settings into the fields (done on construction).
    void load();
    // Writes the fields to the settings (done on OK).
    void save();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    AppSettings *m_settings;
    QGroupBox *m_pollingGroup;
    QFormLayout *m_pollingForm;
    QSpinBox *m_pollInterval;
    QSpinBox *m_clockWarn;
    QSpinBox *m_clockCrit;
    QGroupBox *m_appearanceGroup;
    QFormLayout *m_appearanceForm;
    QComboBox *m_language;
    QComboBox *m_theme;
    QCheckBox *m_notifications;
    QLabel *m_restartHint;
    QDialogButtonBox *m_buttons;
};
