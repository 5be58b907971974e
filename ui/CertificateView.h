// CertificateView: a server certificate laid out for a person deciding whether to trust it:
// subject, issuer, names, validity, SHA-256 fingerprint and why verification refused it.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QWidget>

class QFormLayout;
class QLabel;

class CertificateView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateView)

public:
    explicit CertificateView(QWidget *parent = nullptr);

    // `errors` are the verification failures to list under the details (empty: trusted). The
    // view hides itself while it has no certificate.
    void setCertificate(const QSslCertificate &certificate, const QList<QSslError> &errors = {});
    void clear();
    QSslCertificate certificate() const { return m_certificate; }

    // "AB:CD:..." in two lines of 16 bytes, as shown; empty without a certificate.
    static QString formatFingerprint(const QString &sha256Hex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    QLabel *addValueRow();

    QSslCertificate m_certificate;
    QList<QSslError> m_errors;
    QFormLayout *m_form;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_names;
    QLabel *m_validity;
    QLabel *m_fingerprint;
    QLabel *m_problems;
};
