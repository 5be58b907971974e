#pragma once
// TlsPolicy: how one cluster profile trusts TLS servers. Verification is always on; the policy
// can add a CA, pin the leaf certificate, and accept exact errors of exact certificates the user
// chose to trust. A value: copy it freely.

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class TlsPolicy final
{
public:
    // A certificate the user accepted: its SHA-256 fingerprint (lower-case hex, no colons) and
    // the exact verification errors accepted for it. Other errors stay fatal.
    struct TrustedCertificate
    {
        QString sha256;
        QList<QSslError::SslError> errors;

        friend bool operator==(const TrustedCertificate &, const TrustedCertificate &) = default;
    };

    TlsPolicy();

    // The profile's own CA (PEM text of one or more certificates), trusted in addition to the
    // system CAs. Empty PEM clears it. Returns false and keeps the old CA when `pem` holds no
    // certificate.
    bool setCaCertificatesPem(const QByteArray &pem, QString *error = nullptr);
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }

    // The leaf certificate's SHA-256 fingerprint in hex; colons, spaces and case are ignored.
    // Empty clears the pin. Returns false (pin unchanged) for anything but 32 bytes of hex.
    bool setPinnedSha256(const QString &fingerprint);
    QString pinnedSha256() const { return m_pinnedSha256; }

    void setTrustedCertificates(const QList<TrustedCertificate> &certificates);
    const QList<TrustedCertificate> &trustedCertificates() const { return m_trusted; }
    // Remembers the user's "trust this certificate": for every error, the error code is accepted
    // for the certificate it names (the leaf when it names none).
    void trustCertificate(const QSslCertificate &leaf, const QList<QSslError> &errors);

    // The configuration for a request: VerifyPeer, system CAs plus the profile's CA.
    QSslConfiguration sslConfiguration() const { return m_configuration; }

    // Identifies what this policy trusts (CAs, pin, accepted certificates): two policies with
    // the same key accept exactly the same servers.
    QByteArray trustKey() const;

    // True when no pin is set or the leaf matches it.
    bool pinMatches(const QSslCertificate &leaf) const;

    // The subset of `errors` the user accepted for exactly these certificates; pass it to
    // QNetworkReply::ignoreSslErrors(const QList<QSslError> &). Any error not in it stays fatal.
    QList<QSslError> acceptedErrors(const QList<QSslError> &errors,
                                    const QSslCertificate &leaf) const;

    // Lower-case hex SHA-256 of the DER form.
    static QString sha256Fingerprint(const QSslCertificate &certificate);
    // Lower-case hex without separators, or empty when `text` is not a SHA-256 fingerprint.
    static QString normalizeFingerprint(const QString &text);
    // Subject, issuer, fingerprint and validity on separate lines, for a "trust?" dialog.
    static QString describeCertificate(const QSslCertificate &certificate);

private:
    void rebuildConfiguration();

    QList<QSslCertificate> m_caCertificates;
    QString m_pinnedSha256;
    QList<TrustedCertificate> m_trusted;
    QSslConfiguration m_configuration;
};
