#include "ConnectDialog.h"

#include "CertificateSettingsGroup.h"
#include "ConnectionTestPanel.h"
#include "EnvironmentSettingsGroup.h"
#include "FieldMessageLabel.h"
#include "ProfileFormValidator.h"
#include "SpectrumSettingsGroup.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

namespace {

using V = ProfileFormValidator;

template<typename T> T *named(T *widget, const char *objectName)
{
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

} // namespace

ConnectDialog::ConnectDialog(ProfileService *profiles, ConnectionTester *tester, QWidget *parent,
                             const ClusterProfile &defaults)
    : ConnectDialog(profiles, tester, Mode::Add, defaults, parent)
{}

ConnectDialog::ConnectDialog(ProfileService *profiles, ConnectionTester *tester,
                             const ClusterProfile &existing, QWidget *parent)
    : ConnectDialog(profiles, tester, Mode::Edit, existing, parent)
{}

ConnectDialog::ConnectDialog(ProfileService *profiles, ConnectionTester *tester, Mode mode,
                             const ClusterProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_tester(tester)
    , m_mode(mode)
    , m_openedToAdd(mode == Mode::Add)
    , m_original(profile)
{
    if (QUuid::fromString(m_original.id).isNull())
        m_original.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    buildUi();
    loadFields();
    retranslateUi();
    fitToScreen();
    connect(m_profiles, &ProfileService::sessionOnlyChanged, this,
            [this](const QString &profileId, bool) {
                if (profileId == m_original.id)
                    updateSessionOnlyNotice();
            });
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::buildUi()
{
    setObjectName(QStringLiteral("connectDialog"));
    setSizeGripEnabled(true);
    auto *outer = new QVBoxLayout(this);
    QVBoxLayout *layout = addSettingsArea(outer);
    buildClusterGroup(layout);
    buildSignInGroup(layout);
    m_certificates = new CertificateSettingsGroup(this);
    layout->addWidget(m_certificates);
    for (const QString &field : {V::CaField, V::PinField, V::AcceptedField})
        m_errorLabels.insert(field, m_certificates->problemLabel(field));
    m_environment = new EnvironmentSettingsGroup(this);
    layout->addWidget(m_environment);
    for (const QString &field : {QStringLiteral("environment"), QStringLiteral("environmentColour"),
                                 QStringLiteral("group")})
        m_errorLabels.insert(field, m_environment->problemLabel(field));
    buildAdvancedGroup(layout);
    m_spectrum = new SpectrumSettingsGroup(this);
    layout->addWidget(m_spectrum);
    m_errorLabels.insert(V::NodeUrlsField, m_spectrum->problemLabel());
    layout->addStretch(1);
    buildFooter(outer);
    setTabOrderChain();
    m_name->setFocus();
    connectSignals();
}

QFormLayout *ConnectDialog::addGroup(QVBoxLayout *layout, QGroupBox *&box)
{
    box = new QGroupBox(this);
    layout->addWidget(box);
    return new QFormLayout(box);
}

void ConnectDialog::buildClusterGroup(QVBoxLayout *layout)
{
    m_clusterForm = addGroup(layout, m_clusterGroup);
    m_name = named(new QLineEdit(this), "nameEdit");
    addRow(m_clusterForm, m_name, V::NameField);
    m_url = named(new QLineEdit(this), "urlEdit");
    // Long enough for a typical https://host:port without scrolling.
    m_url->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    addRow(m_clusterForm, m_url, V::UrlField);
}

void ConnectDialog::buildSignInGroup(QVBoxLayout *layout)
{
    m_signInForm = addGroup(layout, m_signInGroup);
    m_authKind = named(new QComboBox(this), "authKindCombo");
    m_authKind->addItem(QString(), int(ClusterProfile::AuthKind::Password));
    m_authKind->addItem(QString(), int(ClusterProfile::AuthKind::Token));
    addRow(m_signInForm, m_authKind);
    m_user = named(new QLineEdit(this), "userEdit");
    addRow(m_signInForm, m_user, V::UserField);
    m_password = named(new QLineEdit(this), "passwordEdit");
    m_password->setEchoMode(QLineEdit::Password);
    addRow(m_signInForm, m_password, V::PasswordField);
    m_sessionOnlyNotice = named(new QLabel(this), "sessionOnlyNotice");
    m_sessionOnlyNotice->setWordWrap(true);
    m_signInForm->addRow(m_sessionOnlyNotice);
}

void ConnectDialog::buildAdvancedGroup(QVBoxLayout *layout)
{
    m_advancedForm = addGroup(layout, m_advancedGroup);
    m_statsUrl = named(new QLineEdit(this), "statsUrlEdit");
    addRow(m_advancedForm, m_statsUrl, V::StatsField);
    m_statsUser = named(new QLineEdit(this), "statsUserEdit");
    addRow(m_advancedForm, m_statsUser);
    m_pollInterval = named(new QSpinBox(this), "pollIntervalSpinBox");
    m_pollInterval->setRange(ClusterProfile::MinPollIntervalMs / 1000,
                             ClusterProfile::MaxPollIntervalMs / 1000);
    addRow(m_advancedForm, m_pollInterval, V::PollField);
    m_clockWarn = named(new QSpinBox(this), "clockWarnSpinBox");
    addRow(m_advancedForm, m_clockWarn, V::WarnField);
    m_clockCrit = named(new QSpinBox(this), "clockCritSpinBox");
    addRow(m_advancedForm, m_clockCrit, V::CritField);
    for (QSpinBox *box : {m_clockWarn, m_clockCrit}) {
        box->setRange(1, 3600000);
        box->setSingleStep(10);
    }
}

// The connection test, the save status and the buttons.
void ConnectDialog::buildFooter(QVBoxLayout *layout)
{
    m_testPanel = new ConnectionTestPanel(m_tester, this);
    layout->addWidget(m_testPanel);
    m_saveStatus = named(new QLabel(this), "saveStatusLabel");
    m_saveStatus->setWordWrap(true);
    m_saveStatus->hide();
    layout->addWidget(m_saveStatus);
    m_buttons = named(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this),
                      "connectDialogButtons");
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
}

void ConnectDialog::connectSignals()
{
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_testPanel, &ConnectionTestPanel::testRequested, this, &ConnectDialog::testConnection);
    connect(m_testPanel, &ConnectionTestPanel::trustRequested, this,
            &ConnectDialog::trustCertificate);
    // Queued: the new result's labels only report their heights once laid out.
    connect(m_testPanel, &ConnectionTestPanel::finished, this, &ConnectDialog::growToFit,
            Qt::QueuedConnection);
    connect(m_certificates, &CertificateSettingsGroup::edited, this,
            [this](const QString &field) { onFieldEdited(field, true); });
    connect(m_environment, &EnvironmentSettingsGroup::edited, this,
            [this](const QString &field) { onFieldEdited(field, false); });
    // Node URLs and the token kind change what a connection test does.
    connect(m_spectrum, &SpectrumSettingsGroup::edited, this,
            [this](const QString &field) { onFieldEdited(field, true); });
    const auto watch = [this](QLineEdit *edit, const QString &field, bool affectsConnection) {
        connect(edit, &QLineEdit::textChanged, this,
                [this, field, affectsConnection] { onFieldEdited(field, affectsConnection); });
    };
    watch(m_name, V::NameField, false);
    watch(m_url, V::UrlField, true);
    watch(m_user, V::UserField, true);
    watch(m_password, V::PasswordField, true);
    watch(m_statsUrl, V::StatsField, false);
    watch(m_statsUser, QStringLiteral("haproxyStatsUser"), false);
    const auto watchBox = [this](QSpinBox *box, const QString &field) {
        connect(box, &QSpinBox::valueChanged, this, [this, field] { onFieldEdited(field, false); });
    };
    watchBox(m_pollInterval, V::PollField);
    watchBox(m_clockWarn, V::WarnField);
    watchBox(m_clockCrit, V::CritField);
    connect(m_authKind, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        onFieldEdited(QStringLiteral("authKind"), true);
    });
}

void ConnectDialog::loadFields()
{
    m_loading = true;
    m_name->setText(m_original.name);
    m_url->setText(m_original.loadBalancerUrl.toString());
    m_authKind->setCurrentIndex(m_authKind->findData(int(m_original.authKind)));
    m_user->setText(m_original.userName);
    m_password->clear();
    m_certificates->load(m_original);
    QStringList groups;
    for (const ClusterProfile &other : m_profiles->profiles()) {
        if (!other.group.isEmpty() && !groups.contains(other.group))
            groups.append(other.group);
    }
    groups.sort(Qt::CaseInsensitive);
    m_environment->setKnownGroups(groups);
    m_environment->load(m_original);
    m_statsUrl->setText(m_original.haproxyStatsUrl.toString());
    m_statsUser->setText(m_original.haproxyStatsUser);
    m_pollInterval->setValue((m_original.pollIntervalMs + 500) / 1000);
    m_clockWarn->setValue(m_original.clockWarnMs);
    m_clockCrit->setValue(m_original.clockCritMs);
    m_spectrum->load(m_original);
    m_loading = false;
    updateAuthFields();
    updateSessionOnlyNotice();
    revalidate();
}

ClusterProfile ConnectDialog::profile() const
{
    ClusterProfile profile = m_original;
    profile.name = m_name->text().trimmed();
    profile.loadBalancerUrl = V::parseUrl(m_url->text());
    profile.authKind = ClusterProfile::AuthKind(m_authKind->currentData().toInt());
    profile.userName = m_user->text().trimmed();
    m_certificates->applyTo(profile);
    m_environment->applyTo(profile);
    profile.haproxyStatsUrl = V::parseUrl(m_statsUrl->text());
    profile.haproxyStatsUser = m_statsUser->text().trimmed();
    // Whole seconds in the field; an unchanged field keeps a stored value that was not.
    if (m_pollInterval->value() != (m_original.pollIntervalMs + 500) / 1000)
        profile.pollIntervalMs = m_pollInterval->value() * 1000;
    profile.clockWarnMs = m_clockWarn->value();
    profile.clockCritMs = m_clockCrit->value();
    m_spectrum->applyTo(profile);
    // What the last test found is kept, so a plain Spectrum cluster is polled its way at once.
    if (const auto tested = m_testPanel->lastResult();
        tested && tested->ok && tested->capabilities.isKnown())
        profile.capabilities = tested->capabilities;
    return profile;
}

std::optional<QString> ConnectDialog::secretChange() const
{
    if (m_mode == Mode::Edit && m_password->text().isEmpty())
        return std::nullopt;
    return m_password->text();
}

QHash<QString, QString> ConnectDialog::findProblems() const
{
    const ClusterProfile current = profile();
    // Edit mode keeps the stored secret, unless it was meant for the other sign-in kind.
    const bool secretRequired = m_mode == Mode::Add || current.authKind != m_original.authKind;
    QHash<QString, QString> problems =
        V::problems(current, secretRequired, !m_password->text().isEmpty(), m_profiles->profiles());
    // One line under the node URLs for all of them, each problem with its line number.
    QMap<qsizetype, QString> byIndex;
    const QString prefix = V::NodeUrlsField + QLatin1Char('[');
    for (auto it = problems.begin(); it != problems.end();) {
        if (it.key().startsWith(prefix)) {
            byIndex.insert(it.key().mid(prefix.size()).chopped(1).toLongLong(), it.value());
            it = problems.erase(it);
        } else {
            ++it;
        }
    }
    if (!byIndex.isEmpty())
        problems.insert(V::NodeUrlsField, m_spectrum->lineProblems(byIndex));
    return problems;
}

void ConnectDialog::onFieldEdited(const QString &field, bool affectsConnection)
{
    if (m_loading)
        return;
    m_edited.insert(field);
    m_storeProblems.clear();
    if (m_closeOnNextOk) {
        m_closeOnNextOk = false;
        retranslateUi();
    }
    if (affectsConnection)
        m_testPanel->clear();
    revalidate();
}

void ConnectDialog::revalidate()
{
    m_problems = findProblems();
    m_warnings = V::warnings(profile(), m_profiles->profiles());
    const QColor critical = Theme::color(Theme::Role::Critical, palette());
    const QHash<QString, QLineEdit *> requiredEdits = {{V::NameField, m_name},
                                                       {V::UrlField, m_url},
                                                       {V::UserField, m_user},
                                                       {V::PasswordField, m_password}};
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QString &field = it.key();
        QString text = m_problems.value(field, m_storeProblems.value(field));
        // An empty field nobody has typed in yet is not an error worth shouting about; OK stays
        // disabled all the same.
        const QLineEdit *edit = requiredEdits.value(field);
        if (edit && edit->text().isEmpty() && !m_edited.contains(field) &&
            !m_storeProblems.contains(field))
            text.clear();
        if (field == V::UserField && m_user->isHidden())
            text.clear();
        const QString warning = text.isEmpty() ? m_warnings.value(field) : QString();
        it.value()->setMessage(text.isEmpty() ? warning : text);
        setTextColor(it.value(),
                     text.isEmpty() ? Theme::color(Theme::Role::Warning, palette()) : critical);
    }
    QStringList unplaced;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!m_errorLabels.contains(it.key()))
            unplaced.append(tr("%1: %2").arg(fieldTitle(it.key()), it.value()));
    }
    if (!m_saving) {
        m_saveStatus->setText(unplaced.join(QLatin1Char('\n')));
        setTextColor(m_saveStatus, critical);
        m_saveStatus->setVisible(!unplaced.isEmpty());
    }
    updateButtons();
    growToFit();
}

void ConnectDialog::updateButtons()
{
    bool testable = !m_saving;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        testable = testable && !V::blocksConnection(it.key());
    m_testPanel->setTestAllowed(testable);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_closeOnNextOk || (isInputValid() && !m_saving));
}

void ConnectDialog::updateAuthFields()
{
    const bool password =
        m_authKind->currentData().toInt() == int(ClusterProfile::AuthKind::Password);
    m_signInForm->setRowVisible(m_user, password);
    m_signInForm->setRowVisible(m_errorLabels.value(V::UserField), password);
    m_spectrum->setPasswordSignIn(password);
    setFormLabel(m_signInForm, m_password, password ? tr("&Password:") : tr("To&ken:"));
    const bool keepsStored =
        m_mode == Mode::Edit && m_authKind->currentData().toInt() == int(m_original.authKind);
    // "unchanged" only when something is stored: otherwise say why nothing is.
    const QString missing =
        keepsStored ? m_profiles->passwordNeededReason(m_original.id) : QString();
    m_password->setPlaceholderText(!keepsStored        ? QString()
                                   : missing.isEmpty() ? tr("unchanged")
                                                       : missing);
}

void ConnectDialog::updateSessionOnlyNotice()
{
    const bool sessionOnly =
        m_profiles->profile(m_original.id).has_value() && m_profiles->isSessionOnly(m_original.id);
    m_sessionOnlyNotice->setText(tr("The system keychain is not available: the password is kept "
                                    "for this session only."));
    setTextColor(m_sessionOnlyNotice, Theme::color(Theme::Role::Warning, palette()));
    m_signInForm->setRowVisible(m_sessionOnlyNotice, sessionOnly);
}

void ConnectDialog::testConnection()
{
    updateButtons();
    if (!m_testPanel->testButton()->isEnabled())
        return;
    m_testPanel->start(profile(), secretChange());
}

void ConnectDialog::trustCertificate(const QSslCertificate &certificate,
                                     const QList<QSslError> &errors)
{
    if (m_saving)
        return;
    // Only this dialog's profile learns the certificate; it is stored with the profile on OK.
    m_certificates->setAcceptedCertificates(
        ConnectionTester::trustingCertificate(profile(), certificate, errors).acceptedCertificates);
    revalidate();
    testConnection();
}

void ConnectDialog::accept()
{
    if (m_closeOnNextOk) {
        QDialog::accept();
        return;
    }
    if (m_saving || !isInputValid())
        return;
    const ClusterProfile current = profile();
    m_saving = true;
    m_saveStatus->setText(tr("Saving…"));
    setTextColor(m_saveStatus, Theme::color(Theme::Role::Muted, palette()));
    m_saveStatus->show();
    updateButtons();
    auto finished = [this, current](const StoreWriteResult &result) { onSaved(current, result); };
    if (m_mode == Mode::Add)
        m_profiles->addProfile(current, m_password->text(), this, finished);
    else
        m_profiles->updateProfile(current, secretChange(), this, finished);
}

void ConnectDialog::onSaved(const ClusterProfile &saved, const StoreWriteResult &result)
{
    m_saving = false;
    m_saveStatus->hide();
    const std::optional<ClusterProfile> stored = m_profiles->profile(saved.id);
    if (!result.ok) {
        // The profile may be stored with only its secret missing: from now on OK updates it.
        if (stored && m_mode == Mode::Add) {
            m_mode = Mode::Edit;
            m_original = *stored;
            emit profileSaved(saved.id);
            retranslateUi();
        }
        QString field = result.problem.field;
        if (field == QLatin1String("caCertificatePath"))
            field = V::CaField;
        if (field.startsWith(V::AcceptedField))
            field = V::AcceptedField;
        m_storeProblems.insert(m_errorLabels.contains(field) ? field : QString(),
                               result.problem.reason);
        revalidate();
        if (!m_errorLabels.contains(field)) {
            m_saveStatus->setText(tr("Could not save: %1").arg(result.problem.reason));
            setTextColor(m_saveStatus, Theme::color(Theme::Role::Critical, palette()));
            m_saveStatus->show();
        }
        return;
    }
    const bool noticeWasShown = !m_sessionOnlyNotice->isHidden();
    m_mode = Mode::Edit;
    m_original = stored.value_or(saved);
    emit profileSaved(saved.id);
    updateSessionOnlyNotice();
    if (!noticeWasShown && m_profiles->isSessionOnly(saved.id)) {
        // The user must learn that the password will be gone after this session.
        m_loading = true;
        m_password->clear();
        m_loading = false;
        m_closeOnNextOk = true;
        retranslateUi();
        m_buttons->button(QDialogButtonBox::Ok)->setFocus();
        return;
    }
    QDialog::accept();
}

void ConnectDialog::done(int result)
{
    // Closing cancels a running test: its answer has nobody left to show it to.
    m_testPanel->cancel();
    QDialog::done(result);
}

void ConnectDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        updateSessionOnlyNotice();
        revalidate();
    }
}
