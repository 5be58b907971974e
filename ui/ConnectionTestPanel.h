// ConnectionTestPanel: the connect dialog's "Test" area. Runs ConnectionTester::testConnection
// without blocking, shows a busy indicator, then the cluster or a readable error and the TLS
// certificate, and offers to trust an untrusted certificate (the owner decides what that means).
#pragma once

#include "ClusterProfile.h"
#include "ConnectionTester.h"

#include <QGroupBox>
#include <QPointer>

#include <optional>

class CertificateView;
class QLabel;
class QProgressBar;
class QPushButton;

class ConnectionTestPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestPanel)

public:
    explicit ConnectionTestPanel(ConnectionTester *tester, QWidget *parent = nullptr);
    ~ConnectionTestPanel() override;

    // Tests `profile` with `secret`; nullopt reads the profile's stored secret first. Any test
    // still running is dropped and the previous result forgotten.
    void start(const ClusterProfile &profile, const std::optional<QString> &secret);
    // Drops the running test's answer (the request ends with its timeout inside the tester).
    void cancel();
    // cancel() and forget the last result: the fields it was about have changed.
    void clear();
    bool isRunning() const { return m_context != nullptr; }
    std::optional<ConnectionTestResult> lastResult() const { return m_result; }

    // Whether the fields allow a test at all; the button is also disabled while one runs.
    void setTestAllowed(bool allowed);
    QPushButton *testButton() const { return m_testButton; }
    QPushButton *trustButton() const { return m_trustButton; }

Q_SIGNALS:
    // The Test button was pressed: the owner answers with start().
    void testRequested();
    // The user chose to trust the certificate of the last result despite these errors.
    void trustRequested(const QSslCertificate &certificate, const QList<QSslError> &errors);
    void finished(const ConnectionTestResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    ConnectionTester *m_tester;
    QPointer<QObject> m_context; // alive while a test runs; deleting it drops the answer
    std::optional<ConnectionTestResult> m_result;
    QUrl m_testedUrl;
    bool m_allowed = true;
    QPushButton *m_testButton;
    QProgressBar *m_busy;
    QLabel *m_status;
    CertificateView *m_certificateView;
    QPushButton *m_trustButton;
};
