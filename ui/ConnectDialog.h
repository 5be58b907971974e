// ConnectDialog: adds a cluster or edits one. Checks the fields as they are typed, tests the
// connection through the ConnectionTester (showing the cluster and its TLS certificate, offering to
// trust an untrusted one for this profile only) and saves through the ProfileService on OK.
#pragma once

#include "ClusterProfile.h"
#include "ConnectionTester.h"
#include "ProfileService.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class CertificateSettingsGroup;
class EnvironmentSettingsGroup;
class SpectrumSettingsGroup;
class ConnectionTestPanel;
class FieldMessageLabel;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    enum class Mode { Add, Edit };
    Q_ENUM(Mode)

    // Add a cluster: the fields start from `defaults` (poll interval, thresholds...); a fresh id
    // is made when `defaults` has none.
    // Saves through `profiles`, tests through `tester`; both must outlive the dialog.
    explicit ConnectDialog(ProfileService *profiles, ConnectionTester *tester,
                           QWidget *parent = nullptr, const ClusterProfile &defaults = {});
    // Edit `existing` (a saved profile): its password stays as it is unless one is typed.
    ConnectDialog(ProfileService *profiles, ConnectionTester *tester,
                  const ClusterProfile &existing, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    Mode mode() const { return m_mode; }
    // The profile as the fields describe it now (valid or not).
    ClusterProfile profile() const;
    // The password or token to store: nullopt keeps the stored one (edit mode, nothing typed).
    std::optional<QString> secretChange() const;
    // True when every field is acceptable (OK is enabled).
    bool isInputValid() const { return m_problems.isEmpty(); }
    // The readable reason shown next to a field, by ClusterProfile JSON field name
    // ("loadBalancerUrl", "clockCritMs", "password", ...); empty when the field is fine.
    QString problem(const QString &field) const { return m_problems.value(field); }
    // A warning shown under a field that does not stop OK ("loadBalancerUrl": another saved
    // cluster uses the same URL); empty when there is none.
    QString warning(const QString &field) const { return m_warnings.value(field); }

    // Runs the connection test with the current fields (what the Test button does).
    void testConnection();
    ConnectionTestPanel *testPanel() const { return m_testPanel; }

    // Saves (what OK does); the dialog closes with Accepted once the profile service stored it.
    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // The profile is stored (its password too, unless a problem was shown).
    void profileSaved(const QString &profileId);

protected:
    void changeEvent(QEvent *event) override;

private:
    ConnectDialog(ProfileService *profiles, ConnectionTester *tester, Mode mode,
                  const ClusterProfile &profile, QWidget *parent);
    void buildUi();
    // The scrolling area the settings groups go in; returns its layout.
    QVBoxLayout *addSettingsArea(QVBoxLayout *outer);
    // Sized to its settings, no taller than the screen (the settings scroll).
    void fitToScreen();
    // A group box with a form, added to `layout`; the form is returned.
    QFormLayout *addGroup(QVBoxLayout *layout, QGroupBox *&box);
    void buildClusterGroup(QVBoxLayout *layout);
    void buildSignInGroup(QVBoxLayout *layout);
    void buildAdvancedGroup(QVBoxLayout *layout);
    void buildFooter(QVBoxLayout *layout);
    void connectSignals();
    void setTabOrderChain();
    void loadFields();
    void retranslateUi();
    // The field, its label and, when `problemField` is given, a row for its problem below.
    void addRow(QFormLayout *form, QWidget *field, const QString &problemField = {});
    void addErrorRow(QFormLayout *form, const QString &field);
    static void setFormLabel(QFormLayout *form, QWidget *field, const QString &text);
    QString fieldTitle(const QString &field) const;

    void onFieldEdited(const QString &field, bool affectsConnection);
    void revalidate();
    QHash<QString, QString> findProblems() const;
    void updateButtons();
    void updateAuthFields();
    void updateSessionOnlyNotice();
    void alignLabelColumns();
    void growToFit();

    void trustCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void onSaved(const ClusterProfile &saved, const StoreWriteResult &result);

    ProfileService *m_profiles;
    ConnectionTester *m_tester;
    Mode m_mode;
    bool m_openedToAdd;
    ClusterProfile m_original;
    QHash<QString, QString> m_problems;
    QHash<QString, QString> m_warnings;
    QHash<QString, QString> m_storeProblems; // refusals from the last save, until an edit
    QHash<QString, FieldMessageLabel *> m_errorLabels;
    QSet<QString> m_edited; // fields the user typed in
    bool m_saving = false;
    bool m_loading = false;
    bool m_closeOnNextOk = false; // saved; the user only has to read the session-only notice

    QGroupBox *m_clusterGroup;
    QFormLayout *m_clusterForm;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QGroupBox *m_signInGroup;
    QFormLayout *m_signInForm;
    QComboBox *m_authKind;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_sessionOnlyNotice;
    CertificateSettingsGroup *m_certificates;
    EnvironmentSettingsGroup *m_environment;
    QGroupBox *m_advancedGroup;
    QFormLayout *m_advancedForm;
    QLineEdit *m_statsUrl;
    QLineEdit *m_statsUser;
    QSpinBox *m_pollInterval;
    QSpinBox *m_clockWarn;
    QSpinBox *m_clockCrit;
    SpectrumSettingsGroup *m_spectrum;
    ConnectionTestPanel *m_testPanel;
    QLabel *m_saveStatus;
    QDialogButtonBox *m_buttons;
    class QScrollArea *m_scroll;
};
