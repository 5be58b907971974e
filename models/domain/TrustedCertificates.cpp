#include "TrustedCertificates.h"

QList<TlsPolicy::TrustedCertificate>
TrustedCertificates::fromAccepted(const QList<AcceptedCertificate> &accepted)
{
    QList<TlsPolicy::TrustedCertificate> trusted;
    for (const AcceptedCertificate &certificate : accepted) {
        TlsPolicy::TrustedCertificate entry;
        entry.sha256 = certificate.sha256;
        for (const int code : certificate.errors)
            entry.errors.append(QSslError::SslError(code));
        trusted.append(entry);
    }
    return trusted;
}

QList<AcceptedCertificate>
TrustedCertificates::toAccepted(const QList<TlsPolicy::TrustedCertificate> &trusted)
{
    QList<AcceptedCertificate> accepted;
    for (const TlsPolicy::TrustedCertificate &entry : trusted) {
        AcceptedCertificate certificate;
        certificate.sha256 = entry.sha256;
        for (const QSslError::SslError code : entry.errors)
            certificate.errors.append(int(code));
        accepted.append(certificate);
    }
    return accepted;
}
