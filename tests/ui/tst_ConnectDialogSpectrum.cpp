// ConnectDialog for a plain Spectrum cluster against a real one (three nodes in
// --spectrum-compatible mode behind HAProxy): the node URLs, one a line with each bad line
// named, and the token kind, shown for a password sign-in only, survive a connection test, a
// save and an edit. Renders the dialog to PNG files next to the test binary (light and dark).

#include "ClusterFixture.h"
#include "ConnectDialog.h"
#include "ConnectionTestPanel.h"
#include "ConsoleSession.h"
#include "FieldMessageLabel.h"
#include "LanguageSwitcher.h"
#include "MemorySecretStore.h"
#include "Theme.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class tst_ConnectDialogSpectrum final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void nodeUrlsAndTokenKindAreSavedAndEdited();
    void eachBadLineIsNamed();
    void tokenKindOnlyForPasswordSignIn();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QPushButton *okButton() const
    {
        return child<QDialogButtonBox>(QStringLiteral("connectDialogButtons"))
            ->button(QDialogButtonBox::Ok);
    }
    QPlainTextEdit *nodeUrls() const
    {
        return child<QPlainTextEdit>(QStringLiteral("nodeUrlsEdit"));
    }
    QComboBox *tokenKind() const { return child<QComboBox>(QStringLiteral("tokenKindCombo")); }
    QString problemText(const QString &field) const
    {
        const auto *label = child<FieldMessageLabel>(field + QStringLiteral("Problem"));
        return label && label->isVisibleTo(m_dialog.get()) ? label->message() : QString();
    }
    void openAddDialog();
    void type(const char *name, const QString &text);
    void typeNodeUrls(const QString &text);
    void fillSignIn();
    QList<QUrl> clusterNodeUrls() const;
    void render(const QString &name);

    std::unique_ptr<ClusterFixture> m_cluster;
    std::unique_ptr<QTemporaryDir> m_dataDir;
    MemorySecretStore *m_secrets = nullptr;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<ConnectDialog> m_dialog;
    std::unique_ptr<LanguageSwitcher> m_languages;
};

void tst_ConnectDialogSpectrum::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages = std::make_unique<LanguageSwitcher>();
    QCOMPARE(m_languages->apply(QStringLiteral("en")), QStringLiteral("en"));
    ClusterOptions options;
    options.spectrum = true;
    options.name = QStringLiteral("spectrum");
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
}

void tst_ConnectDialogSpectrum::cleanupTestCase()
{
    m_cluster.reset();
}

void tst_ConnectDialogSpectrum::init()
{
    Theme::applyPreference(QStringLiteral("light"));
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_secrets = new MemorySecretStore;
    m_session = std::make_unique<ConsoleSession>(m_secrets);
    QSignalSpy started(m_session.get(), &ConsoleSession::started);
    m_session->start(m_dataDir->path());
    QVERIFY(started.wait(kTimeoutMs));
}

void tst_ConnectDialogSpectrum::cleanup()
{
    m_dialog.reset();
    m_session.reset();
    m_dataDir.reset();
}

void tst_ConnectDialogSpectrum::openAddDialog()
{
    m_dialog =
        std::make_unique<ConnectDialog>(m_session->profileService(), m_session->connectionTester());
    m_dialog->resize(1024, 700);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ConnectDialogSpectrum::type(const char *name, const QString &text)
{
    auto *field = child<QLineEdit>(QLatin1String(name));
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

void tst_ConnectDialogSpectrum::typeNodeUrls(const QString &text)
{
    // Typed as a user would, Return between the lines.
    nodeUrls()->selectAll();
    QTest::keyClick(nodeUrls(), Qt::Key_Backspace);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(nodeUrls(), Qt::Key_Return);
        QTest::keyClicks(nodeUrls(), lines.at(i));
    }
}

void tst_ConnectDialogSpectrum::fillSignIn()
{
    type("nameEdit", QStringLiteral("Spectrum"));
    type("urlEdit", m_cluster->lbUrl().toString());
    type("userEdit", m_cluster->adminUser());
    type("passwordEdit", m_cluster->adminPassword());
}

QList<QUrl> tst_ConnectDialogSpectrum::clusterNodeUrls() const
{
    QList<QUrl> urls;
    for (const QString &id : m_cluster->nodeIds())
        urls.append(m_cluster->nodeUrl(id));
    return urls;
}

void tst_ConnectDialogSpectrum::render(const QString &name)
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

void tst_ConnectDialogSpectrum::nodeUrlsAndTokenKindAreSavedAndEdited()
{
    openAddDialog();
    fillSignIn();
    QStringList lines;
    for (const QUrl &url : clusterNodeUrls())
        lines.append(url.toString());
    // Blank lines and spaces around a URL do not count.
    typeNodeUrls(QStringLiteral("  ") + lines.join(QStringLiteral("\n\n")) + QStringLiteral("\n"));
    tokenKind()->setCurrentIndex(tokenKind()->findData(int(ClusterProfile::TokenKind::Open)));
    QVERIFY(m_dialog->isInputValid());
    QCOMPARE(problemText(QStringLiteral("nodeUrls")), QString());

    // The test signs in with an open token and finds a plain Spectrum cluster.
    ConnectionTestPanel *panel = m_dialog->testPanel();
    QVERIFY(panel->testButton()->isEnabled());
    QTest::mouseClick(panel->testButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && panel->lastResult().has_value(), kTimeoutMs);
    const ConnectionTestResult result = *panel->lastResult();
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QVERIFY(result.capabilities.isPlainSpectrum());
    render(QStringLiteral("spectrum"));

    QSignalSpy saved(m_dialog.get(), &ConnectDialog::profileSaved);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    QCOMPARE(saved.size(), 1);
    const auto stored = m_session->profileService()->profile(saved.at(0).at(0).toString());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->nodeUrls, clusterNodeUrls());
    QCOMPARE(stored->tokenKind, ClusterProfile::TokenKind::Open);
    QVERIFY(stored->capabilities.isPlainSpectrum());

    // Edit shows what was saved, and a change is saved again.
    m_dialog = std::make_unique<ConnectDialog>(m_session->profileService(),
                                               m_session->connectionTester(), *stored);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(nodeUrls()->toPlainText(), lines.join(u'\n'));
    QCOMPARE(tokenKind()->currentData().toInt(), int(ClusterProfile::TokenKind::Open));
    QCOMPARE(m_dialog->profile(), *stored);
    typeNodeUrls(lines.constFirst());
    tokenKind()->setCurrentIndex(tokenKind()->findData(int(ClusterProfile::TokenKind::Session)));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), kTimeoutMs);
    const auto edited = m_session->profileService()->profile(stored->id);
    QCOMPARE(edited->nodeUrls, QList<QUrl>{clusterNodeUrls().constFirst()});
    QCOMPARE(edited->tokenKind, ClusterProfile::TokenKind::Session);
}

void tst_ConnectDialogSpectrum::eachBadLineIsNamed()
{
    openAddDialog();
    fillSignIn();
    const QString good = clusterNodeUrls().constFirst().toString();
    // Line 3 has no scheme, line 4 repeats line 1's node; line 2 is blank.
    typeNodeUrls(good + QStringLiteral("\n\nnode-2.example:8080\n") + good + QStringLiteral("/"));
    const QString problem = problemText(QStringLiteral("nodeUrls"));
    QVERIFY2(problem.contains(QLatin1String("line 3: must start with http:// or https://")),
             qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("line 4: names a node already listed")),
             qPrintable(problem));
    QVERIFY(!okButton()->isEnabled());
    // Nothing to test against while a node URL is wrong.
    QVERIFY(!m_dialog->testPanel()->testButton()->isEnabled());
    render(QStringLiteral("spectrum-bad-line"));
    typeNodeUrls(good);
    QCOMPARE(problemText(QStringLiteral("nodeUrls")), QString());
    QVERIFY(okButton()->isEnabled());
}

void tst_ConnectDialogSpectrum::tokenKindOnlyForPasswordSignIn()
{
    openAddDialog();
    // Both fields are labelled, by their buddies.
    for (QWidget *field :
         {static_cast<QWidget *>(nodeUrls()), static_cast<QWidget *>(tokenKind())}) {
        bool labelled = false;
        for (const QLabel *label : m_dialog->findChildren<QLabel *>())
            labelled = labelled || (label->buddy() == field && !label->text().isEmpty());
        QVERIFY2(labelled, qPrintable(field->objectName()));
    }
    QVERIFY(tokenKind()->isVisibleTo(m_dialog.get()));
    auto *method = child<QComboBox>(QStringLiteral("authKindCombo"));
    method->setCurrentIndex(method->findData(int(ClusterProfile::AuthKind::Token)));
    QVERIFY(!tokenKind()->isVisibleTo(m_dialog.get()));
    QVERIFY(nodeUrls()->isVisibleTo(m_dialog.get()));
    method->setCurrentIndex(method->findData(int(ClusterProfile::AuthKind::Password)));
    QVERIFY(tokenKind()->isVisibleTo(m_dialog.get()));
}

QTEST_MAIN(tst_ConnectDialogSpectrum)
#include "tst_ConnectDialogSpectrum.moc"
