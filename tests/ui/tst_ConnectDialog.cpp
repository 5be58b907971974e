// ConnectDialog against real clusters (plain and TLS, scripts/cluster) with a ConsoleSession
// over a temporary data directory and a MemorySecretStore: adding a cluster through the fields,
// validation as typed, trusting an untrusted certificate for one profile, keyboard-only use,
// edit mode, the session-only notice, closing during a test and retranslation. Renders the
// dialog to PNG files next to the test binary (light and dark).

#include "ApiClient.h"
#include "CertificateView.h"
#include "ClusterFixture.h"
#include "ConnectDialog.h"
#include "ConnectionTestPanel.h"
#include "ConsoleSession.h"
#include "FieldMessageLabel.h"
#include "LanguageSwitcher.h"
#include "MemorySecretStore.h"
#include "Theme.h"
#include "TlsPolicy.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

// Marks every ConnectionTestPanel string, to see retranslateUi() pick up a new language.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (qstrcmp(context, "ConnectionTestPanel") == 0 || qstrcmp(context, "ConnectDialog") == 0)
            return QStringLiteral("[%1]").arg(QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }
};

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ConnectDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void addClusterThroughTheDialog();
    void urlValidation_data();
    void urlValidation();
    void thresholdValidation_data();
    void thresholdValidation();
    void untrustedCertificateCanBeTrustedForThisProfile();
    void keyboardOnly();
    void editKeepsThePasswordUnlessTyped();
    void sessionOnlySecretIsAnnounced();
    void closingCancelsTheTest();
    void retranslatesOnLanguageChange();
    void testShowsTheViewerRole();
    void environmentReadOnlyAndGroupAreSaved();
    void fitsTheScreenWithItsButtonsInView();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QLineEdit *edit(const char *name) const { return child<QLineEdit>(QLatin1String(name)); }
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>(QStringLiteral("connectDialogButtons"))
            ->button(QDialogButtonBox::Ok);
    }
    QString problemText(const QString &field) const;
    void openAddDialog();
    void type(const char *name, const QString &text);
    void fillPlainCluster(const QString &name);
    bool runTest();
    void render(const QString &name);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<ClusterFixture> m_tlsCluster;
    QString m_tlsLeafSha256;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ConnectDialog> m_dialog;
    std::unique_ptr<LanguageSwitcher> m_languages;
};

void tst_ConnectDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // English as the window runs it: with the plural-forms catalogue ("3 nodes", not "node(s)").
    m_languages = std::make_unique<LanguageSwitcher>();
    QCOMPARE(m_languages->apply(QStringLiteral("en")), QStringLiteral("en"));
    m_cluster = std::make_unique<ClusterFixture>();
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    ClusterOptions tls;
    tls.tls = true;
    tls.nodes = 2;
    tls.name = QStringLiteral("secure");
    m_tlsCluster = std::make_unique<ClusterFixture>(tls);
    QVERIFY2(m_tlsCluster->start(&error), qPrintable(error));
    const auto leaf = QSslCertificate::fromPath(
        QDir(m_tlsCluster->stateDirectory()).filePath(QStringLiteral("tls/server.pem")));
    QCOMPARE(leaf.size(), 1);
    m_tlsLeafSha256 = TlsPolicy::sha256Fingerprint(leaf.constFirst());
}

void tst_ConnectDialog::cleanupTestCase()
{
    m_tlsCluster.reset();
    m_cluster.reset();
}

void tst_ConnectDialog::init()
{
    Theme::applyPreference(QStringLiteral("light"));
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = new MemorySecretStore;
    m_session = std::make_unique<ConsoleSession>(m_secrets);
    QSignalSpy started(m_session.get(), &ConsoleSession::started);
    m_session->start(m_dataDir->path());
    QVERIFY(started.wait(kTimeoutMs));
    QCOMPARE(started.at(0).at(0).toString(), QString());
}

void tst_ConnectDialog::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dataDir.reset();
}

QString tst_ConnectDialog::problemText(const QString &field) const
{
    const auto *label = child<FieldMessageLabel>(field + QStringLiteral("Problem"));
    return label && label->isVisibleTo(m_dialog.get()) ? label->message() : QString();
}

void tst_ConnectDialog::openAddDialog()
{
    m_dialog =
        std::make_unique<ConnectDialog>(m_session->profileService(), m_session->connectionTester());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ConnectDialog::type(const char *name, const QString &text)
{
    QLineEdit *field = edit(name);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void tst_ConnectDialog::fillPlainCluster(const QString &name)
{
    type("nameEdit", name);
    type("urlEdit", m_cluster->lbUrl().toString());
    type("userEdit", m_cluster->adminUser());
    type("passwordEdit", m_cluster->adminPassword());
}

bool tst_ConnectDialog::runTest()
{
    ConnectionTestPanel *panel = m_dialog->testPanel();
    QPushButton *test = panel->testButton();
    if (!test->isEnabled())
        return false;
    QTest::mouseClick(test, Qt::LeftButton);
    // Running: the button is disabled and the busy indicator shows until the answer comes.
    if (!panel->isRunning() || test->isEnabled() ||
        !child<QProgressBar>(QStringLiteral("testBusyIndicator"))->isVisible())
        return false;
    return QTest::qWaitFor([&] { return !panel->isRunning(); }, kTimeoutMs) &&
           panel->lastResult().has_value();
}

void tst_ConnectDialog::render(const QString &name)
{
    for (const QString &theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        Theme::applyPreference(theme);
        QCoreApplication::processEvents();
        const QString path =
            QDir(QCoreApplication::applicationDirPath())
                .filePath(QStringLiteral("ConnectDialog-%1-%2.png").arg(name, theme));
        QVERIFY(m_dialog->grab().save(path));
    }
    Theme::applyPreference(QStringLiteral("light"));
}

void tst_ConnectDialog::addClusterThroughTheDialog()
{
    openAddDialog();
    QCOMPARE(m_dialog->mode(), ConnectDialog::Mode::Add);
    QVERIFY(!okButton()->isEnabled());                        // nothing typed yet
    QCOMPARE(problemText(QStringLiteral("name")), QString()); // and nothing shouted about
    fillPlainCluster(QStringLiteral("Production"));
    QVERIFY(m_dialog->isInputValid());
    QVERIFY(okButton()->isEnabled());

    QVERIFY(runTest());
    const ConnectionTestResult result = *m_dialog->testPanel()->lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorText));
    const QString status = child<QLabel>(QStringLiteral("testStatusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("\"test\"")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("3 nodes")), qPrintable(status));
    // The role the test signed in with.
    QCOMPARE(result.signedInAs.role, SessionInfo::Role::Admin);
    QVERIFY2(status.contains(QStringLiteral("Signed in as %1 (admin)").arg(m_cluster->adminUser())),
             qPrintable(status));
    QVERIFY(!child<CertificateView>(QStringLiteral("certificateView"))->isVisible()); // plain HTTP
    render(QStringLiteral("success"));

    QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    QCOMPARE(saved.size(), 1);
    const QString id = saved.at(0).at(0).toString();
    const auto stored = m_session->profileService()->profile(id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->name, QStringLiteral("Production"));
    QCOMPARE(stored->loadBalancerUrl, m_cluster->lbUrl());
    QCOMPARE(stored->userName, m_cluster->adminUser());
    QCOMPARE(m_secrets->secret(id), m_cluster->adminPassword());

    const QString databasePath = m_session->storePath();
    m_dialog.reset();
    m_session.reset(); // closes and checkpoints the store
    const QByteArray bytes =
        fileBytes(databasePath) + fileBytes(databasePath + QStringLiteral("-wal"));
    QVERIFY(bytes.contains("Production"));
    QVERIFY(!bytes.contains(m_cluster->adminPassword().toUtf8()));
}

void tst_ConnectDialog::urlValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("ftp") << "ftp://lb.example"
                         << "must start with http:// or https://";
    QTest::newRow("no scheme") << "lb.example"
                               << "must start with http:// or https://";
    QTest::newRow("no host") << "https://"
                             << "must name a host";
    QTest::newRow("password") << "https://admin:secret@lb.example"
                              << "must not contain a password; the secret is stored separately";
    QTest::newRow("bad port") << "http://lb.example:99999"
                              << "is not a valid URL";
    QTest::newRow("http") << "http://lb.example:8080"
                          << "";
    QTest::newRow("https") << " https://lb.example/ "
                           << "";
}

void tst_ConnectDialog::urlValidation()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    openAddDialog();
    fillPlainCluster(QStringLiteral("Checked"));
    type("urlEdit", url);
    QCOMPARE(problemText(QStringLiteral("loadBalancerUrl")), reason);
    QCOMPARE(okButton()->isEnabled(), reason.isEmpty());
    QCOMPARE(m_dialog->testPanel()->testButton()->isEnabled(), reason.isEmpty());
    // The same checks apply to the optional HAProxy stats URL.
    type("urlEdit", m_cluster->lbUrl().toString());
    type("statsUrlEdit", url);
    QCOMPARE(problemText(QStringLiteral("haproxyStatsUrl")), reason);
    QCOMPARE(okButton()->isEnabled(), reason.isEmpty());
}

void tst_ConnectDialog::thresholdValidation_data()
{
    QTest::addColumn<int>("warn");
    QTest::addColumn<int>("crit");
    QTest::addColumn<bool>("valid");
    QTest::newRow("warn below crit") << 100 << 200 << true;
    QTest::newRow("warn equals crit") << 200 << 200 << false;
    QTest::newRow("warn above crit") << 900 << 300 << false;
}

void tst_ConnectDialog::thresholdValidation()
{
    QFETCH(int, warn);
    QFETCH(int, crit);
    QFETCH(bool, valid);
    openAddDialog();
    fillPlainCluster(QStringLiteral("Thresholds"));
    for (const auto &[name, value] :
         {std::pair{"clockCritSpinBox", 3600000}, std::pair{"clockWarnSpinBox", warn},
          std::pair{"clockCritSpinBox", crit}}) {
        auto *box = child<QSpinBox>(QLatin1String(name));
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
        QCOMPARE(box->value(), value);
    }
    QCOMPARE(problemText(QStringLiteral("clockCritMs")),
             valid ? QString() : QStringLiteral("must be greater than the warning threshold"));
    QCOMPARE(okButton()->isEnabled(), valid);
    QVERIFY(m_dialog->testPanel()->testButton()->isEnabled()); // a test does not need them
    if (!valid && warn > crit) {
        type("urlEdit", QStringLiteral("ftp://lb.example"));
        render(QStringLiteral("invalid"));
    }
}

void tst_ConnectDialog::untrustedCertificateCanBeTrustedForThisProfile()
{
    openAddDialog();
    type("nameEdit", QStringLiteral("Secure"));
    type("urlEdit", m_tlsCluster->lbUrl().toString());
    type("userEdit", m_tlsCluster->adminUser());
    type("passwordEdit", m_tlsCluster->adminPassword());

    QVERIFY(runTest());
    const ConnectionTestResult untrusted = *m_dialog->testPanel()->lastResult();
    QVERIFY(untrusted.untrustedCertificate());
    const auto *fingerprint = child<QLabel>(QStringLiteral("certificateFingerprint"));
    QVERIFY(fingerprint->isVisible());
    QCOMPARE(TlsPolicy::normalizeFingerprint(fingerprint->text()), m_tlsLeafSha256);
    QVERIFY(child<QLabel>(QStringLiteral("certificateProblems"))->isVisible());
    QPushButton *trust = m_dialog->testPanel()->trustButton();
    QVERIFY(trust->isVisible());
    QVERIFY(m_dialog->profile().acceptedCertificates.isEmpty());
    render(QStringLiteral("untrusted"));

    QTest::mouseClick(trust, Qt::LeftButton);
    // Trusting re-tests at once.
    QVERIFY(m_dialog->testPanel()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->testPanel()->isRunning(), kTimeoutMs);
    const ConnectionTestResult trusted = *m_dialog->testPanel()->lastResult();
    QVERIFY2(trusted.ok, qPrintable(trusted.errorText));
    QCOMPARE(trusted.clusterName, QStringLiteral("secure"));
    QCOMPARE(trusted.nodeCount, 2);
    QVERIFY(!trust->isVisible());
    QCOMPARE(TlsPolicy::normalizeFingerprint(fingerprint->text()), m_tlsLeafSha256);
    const QList<AcceptedCertificate> accepted = m_dialog->profile().acceptedCertificates;
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.constFirst().sha256, m_tlsLeafSha256);
    QVERIFY(child<QLabel>(QStringLiteral("acceptedCertificatesLabel"))->isVisible());
    render(QStringLiteral("trusted"));

    QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    const auto stored = m_session->profileService()->profile(saved.at(0).at(0).toString());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->acceptedCertificates, accepted);
    // Only this profile trusts it: another new profile for the same cluster is refused again.
    m_dialog =
        std::make_unique<ConnectDialog>(m_session->profileService(), m_session->connectionTester());
    m_dialog->show();
    type("nameEdit", QStringLiteral("Secure again"));
    type("urlEdit", m_tlsCluster->lbUrl().toString());
    type("userEdit", m_tlsCluster->adminUser());
    type("passwordEdit", m_tlsCluster->adminPassword());
    QVERIFY(runTest());
    QVERIFY(m_dialog->testPanel()->lastResult()->untrustedCertificate());
    // With the cluster's CA file the certificate is trusted without accepting anything.
    type("caFileEdit", m_tlsCluster->caFile());
    QCOMPARE(problemText(QStringLiteral("caCertificatePem")), QString());
    QVERIFY(!m_dialog->testPanel()->lastResult().has_value()); // the fields changed
    QVERIFY(runTest());
    QVERIFY2(m_dialog->testPanel()->lastResult()->ok,
             qPrintable(m_dialog->testPanel()->lastResult()->errorText));
    QVERIFY(m_dialog->profile().acceptedCertificates.isEmpty());
    QCOMPARE(m_dialog->profile().caCertificatePath, m_tlsCluster->caFile());
}

void tst_ConnectDialog::keyboardOnly()
{
    openAddDialog();
    QApplication::setActiveWindow(m_dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    QCOMPARE(QApplication::focusWidget(), edit("nameEdit"));
    const auto typeHere = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const auto tab = [] { QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); };
    typeHere(QStringLiteral("Keyboard"));
    tab();
    typeHere(m_cluster->lbUrl().toString());
    tab();
    tab(); // sign-in method: keep the default
    typeHere(m_cluster->adminUser());
    tab();
    typeHere(m_cluster->adminPassword());
    QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Keyboard"));
    QCOMPARE(edit("urlEdit")->text(), m_cluster->lbUrl().toString());
    QCOMPARE(edit("userEdit")->text(), m_cluster->adminUser());
    QCOMPARE(edit("passwordEdit")->text(), m_cluster->adminPassword());
    QVERIFY(okButton()->isEnabled());

    // Alt+N (the name label's mnemonic) goes back to the top; Tab walks every field in order.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), edit("nameEdit"));
    const QStringList order = {
        QStringLiteral("nameEdit"),         QStringLiteral("urlEdit"),
        QStringLiteral("authKindCombo"),    QStringLiteral("userEdit"),
        QStringLiteral("passwordEdit"),     QStringLiteral("caFileEdit"),
        QStringLiteral("browseCaButton"),   QStringLiteral("pinEdit"),
        QStringLiteral("environmentCombo"), QStringLiteral("readOnlyCheckBox"),
        QStringLiteral("groupCombo"),       QStringLiteral("statsUrlEdit"),
        QStringLiteral("statsUserEdit"),    QStringLiteral("pollIntervalSpinBox"),
        QStringLiteral("clockWarnSpinBox"), QStringLiteral("clockCritSpinBox"),
        QStringLiteral("nodeUrlsEdit"),     QStringLiteral("tokenKindCombo"),
        QStringLiteral("testButton")};
    for (const QString &name : order) {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        // A spin box's (or an editable combo box's) focus may sit on its inner line edit.
        if (qobject_cast<QAbstractSpinBox *>(focused->parentWidget()) ||
            qobject_cast<QComboBox *>(focused->parentWidget()))
            focused = focused->parentWidget();
        QCOMPARE(focused->objectName(), name);
        tab();
    }
    QCOMPARE(QApplication::focusWidget(), okButton());
    // Enter in a field accepts the dialog.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), edit("passwordEdit"));
    QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_session->profileService()->profile(saved.at(0).at(0).toString())->name,
             QStringLiteral("Keyboard"));
}

void tst_ConnectDialog::editKeepsThePasswordUnlessTyped()
{
    ClusterProfile existing =
        ClusterProfile::create(QStringLiteral("Existing"), m_cluster->lbUrl());
    existing.userName = m_cluster->adminUser();
    std::optional<StoreWriteResult> added;
    m_session->profileService()->addProfile(
        existing, m_cluster->adminPassword(), this,
        [&](const StoreWriteResult &result) { added = result; });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), kTimeoutMs);
    QVERIFY2(added->ok, qPrintable(added->problem.reason));

    m_dialog =
        std::make_unique<ConnectDialog>(m_session->profileService(), m_session->connectionTester(),
                                        *m_session->profileService()->profile(existing.id));
    m_dialog->show();
    QCOMPARE(m_dialog->mode(), ConnectDialog::Mode::Edit);
    QCOMPARE(edit("nameEdit")->text(), QStringLiteral("Existing"));
    QCOMPARE(edit("passwordEdit")->text(), QString());
    QCOMPARE(edit("passwordEdit")->placeholderText(), QStringLiteral("unchanged"));
    QVERIFY(!m_dialog->secretChange().has_value());
    QVERIFY(okButton()->isEnabled());
    // The test uses the stored password.
    QVERIFY(runTest());
    QVERIFY2(m_dialog->testPanel()->lastResult()->ok,
             qPrintable(m_dialog->testPanel()->lastResult()->errorText));
    // The name must stay unique; its own name is fine.
    ClusterProfile other = ClusterProfile::create(QStringLiteral("Other"), m_cluster->lbUrl());
    other.userName = m_cluster->adminUser();
    added.reset();
    m_session->profileService()->addProfile(
        other, QStringLiteral("x"), this, [&](const StoreWriteResult &result) { added = result; });
    QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), kTimeoutMs);
    type("nameEdit", QStringLiteral("other"));
    QCOMPARE(problemText(QStringLiteral("name")),
             QStringLiteral("another cluster is already called \"Other\""));
    QVERIFY(!okButton()->isEnabled());
    type("nameEdit", QStringLiteral("Renamed"));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    QCOMPARE(m_session->profileService()->profile(existing.id)->name, QStringLiteral("Renamed"));
    QCOMPARE(m_secrets->secret(existing.id), m_cluster->adminPassword());
}

void tst_ConnectDialog::sessionOnlySecretIsAnnounced()
{
    m_secrets->setSessionOnly(true);
    openAddDialog();
    const auto *notice = child<QLabel>(QStringLiteral("sessionOnlyNotice"));
    QVERIFY(!notice->isVisible());
    fillPlainCluster(QStringLiteral("Memory only"));
    QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, kTimeoutMs);
    // Saved, but the dialog stays to say where the password went.
    QVERIFY(m_dialog->isVisible());
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("The system keychain is not available: the password is "
                                            "kept for this session only."));
    QCOMPARE(okButton()->text(), QStringLiteral("Close"));
    // Still the dialog the user opened: saving did not turn it into an editor.
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Add Cluster"));
    render(QStringLiteral("session-only"));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_session->profileService()->profiles().size(), 1);

    // Editing that profile shows the notice from the start.
    m_dialog =
        std::make_unique<ConnectDialog>(m_session->profileService(), m_session->connectionTester(),
                                        m_session->profileService()->profiles().constFirst());
    m_dialog->show();
    QVERIFY(child<QLabel>(QStringLiteral("sessionOnlyNotice"))->isVisible());
}

void tst_ConnectDialog::closingCancelsTheTest()
{
    openAddDialog();
    fillPlainCluster(QStringLiteral("Closed"));
    const auto clients = [this] {
        return m_session->connectionTester()->findChildren<ApiClient *>().size();
    };
    const qsizetype idleClients = clients();
    QTest::mouseClick(m_dialog->testPanel()->testButton(), Qt::LeftButton);
    QVERIFY(m_dialog->testPanel()->isRunning());
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!m_dialog->testPanel()->isRunning());
    // The answer still arrives inside the session, and is dropped. The barrier: a later test
    // through the same tester answers after it (tests start in the order asked).
    std::optional<ConnectionTestResult> barrier;
    ClusterProfile probe;
    probe.name = QStringLiteral("Barrier");
    probe.loadBalancerUrl = m_dialog->profile().loadBalancerUrl;
    m_session->connectionTester()->testConnection(
        probe, QStringLiteral("x"), this,
        [&](const ConnectionTestResult &tested) { barrier = tested; });
    QTRY_VERIFY_WITH_TIMEOUT(barrier.has_value(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(clients(), idleClients, kTimeoutMs);
    QVERIFY(!m_dialog->testPanel()->lastResult().has_value());
    QVERIFY(m_session->profileService()->profiles().isEmpty());
}

void tst_ConnectDialog::retranslatesOnLanguageChange()
{
    openAddDialog();
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(m_dialog->testPanel()->testButton()->text(), QStringLiteral("[&Test]"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("[Add Cluster]"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QCoreApplication::processEvents();
    QCOMPARE(m_dialog->testPanel()->testButton()->text(), QStringLiteral("&Test"));
    QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Add Cluster"));
}

void tst_ConnectDialog::testShowsTheViewerRole()
{
    openAddDialog();
    type("nameEdit", QStringLiteral("Viewer"));
    type("urlEdit", m_cluster->lbUrl().toString());
    type("userEdit", m_cluster->viewerUser());
    type("passwordEdit", m_cluster->viewerPassword());
    QVERIFY(runTest());
    const ConnectionTestResult result = *m_dialog->testPanel()->lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.signedInAs.role, SessionInfo::Role::Viewer);
    QCOMPARE(result.signedInAs.username, m_cluster->viewerUser());
    const QString status = child<QLabel>(QStringLiteral("testStatusLabel"))->text();
    QVERIFY2(
        status.contains(
            QStringLiteral("Signed in as %1 (viewer): read-only.").arg(m_cluster->viewerUser())),
        qPrintable(status));
}

void tst_ConnectDialog::environmentReadOnlyAndGroupAreSaved()
{
    openAddDialog();
    fillPlainCluster(QStringLiteral("Labelled"));
    auto *environment = child<QComboBox>(QStringLiteral("environmentCombo"));
    QVERIFY(!edit("environmentNameEdit")->isEnabled());
    QVERIFY(!edit("environmentColourEdit")->isEnabled());
    environment->setCurrentIndex(environment->findData(QStringLiteral("custom")));
    QVERIFY(edit("environmentNameEdit")->isEnabled());
    type("environmentNameEdit", QString(40, u'x')); // longer than a label may be: cut
    QCOMPARE(edit("environmentNameEdit")->text().size(), ClusterProfile::MaxEnvironmentLength);
    type("environmentColourEdit", QStringLiteral("red"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY(!problemText(QStringLiteral("environmentColour")).isEmpty());
    type("environmentColourEdit", QStringLiteral("#123abc"));
    environment->setCurrentIndex(environment->findData(QStringLiteral("production")));
    QCOMPARE(edit("environmentColourEdit")->placeholderText(), QStringLiteral("#c62828"));
    child<QCheckBox>(QStringLiteral("readOnlyCheckBox"))->setChecked(true);
    child<QComboBox>(QStringLiteral("groupCombo"))->setCurrentText(QStringLiteral("EMEA / Prod "));
    QVERIFY(okButton()->isEnabled());
    render(QStringLiteral("environment"));

    QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    const auto stored = m_session->profileService()->profile(saved.at(0).at(0).toString());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->environment, QStringLiteral("production"));
    QVERIFY(stored->isProduction());
    QCOMPARE(stored->environmentColourName, QStringLiteral("#123abc"));
    QVERIFY(stored->readOnly);
    QCOMPARE(stored->group, QStringLiteral("EMEA/Prod"));

    // Edit shows what was saved.
    m_dialog = std::make_unique<ConnectDialog>(m_session->profileService(),
                                               m_session->connectionTester(), *stored);
    QCOMPARE(child<QComboBox>(QStringLiteral("environmentCombo"))->currentData().toString(),
             QStringLiteral("production"));
    QVERIFY(child<QCheckBox>(QStringLiteral("readOnlyCheckBox"))->isChecked());
    QCOMPARE(child<QComboBox>(QStringLiteral("groupCombo"))->currentText(),
             QStringLiteral("EMEA/Prod"));
    QCOMPARE(m_dialog->profile(), *stored);
}

// The newcomer's report: Add Cluster was 1057 px tall on a 1280 x 800 screen, with Test, Add and
// Cancel below its bottom edge. The settings scroll now; the buttons stay in view.
void tst_ConnectDialog::fitsTheScreenWithItsButtonsInView()
{
    openAddDialog();
    const QRect screen = m_dialog->screen()->availableGeometry();
    QVERIFY2(m_dialog->frameGeometry().height() <= screen.height(),
             qPrintable(QStringLiteral("%1 > %2")
                            .arg(m_dialog->frameGeometry().height())
                            .arg(screen.height())));
    QPushButton *ok = okButton();
    QVERIFY(ok && ok->isVisible());
    const QRect okArea(ok->mapTo(m_dialog.get(), QPoint(0, 0)), ok->size());
    QVERIFY(m_dialog->rect().contains(okArea));
    // Every settings field is still there, reachable by scrolling.
    auto *scroll = child<QScrollArea>(QStringLiteral("connectDialogScroll"));
    QVERIFY(scroll);
    QVERIFY(scroll->widget()->isAncestorOf(edit("nameEdit")));
}

QTEST_MAIN(tst_ConnectDialog)
#include "tst_ConnectDialog.moc"
