#include "TlsPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

QSslCertificate subjectOf(const QSslError &error, const QSslCertificate &leaf)
{
    return error.certificate().isNull() ? leaf : error.certificate();
}

} // namespace

TlsPolicy::TlsPolicy()
{
    rebuildConfiguration();
}

bool TlsPolicy::setCaCertificatesPem(const QByteArray &pem, QString *error)
{
    if (pem.trimmed().isEmpty()) {
        m_caCertificates.clear();
        rebuildConfiguration();
        return true;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty() ||
        std::any_of(certificates.cbegin(), certificates.cend(),
                    [](const QSslCertificate &c) { return c.isNull(); })) {
        if (error)
            *error = Tr::tr("the CA file holds no PEM certificate");
        return false;
    }
    m_caCertificates = certificates;
    rebuildConfiguration();
    return true;
}

bool TlsPolicy::setPinnedSha256(const QString &fingerprint)
{
    if (fingerprint.trimmed().isEmpty()) {
        m_pinnedSha256.clear();
        return true;
    }
    const QString normalized = normalizeFingerprint(fingerprint);
    if (normalized.isEmpty())
        return false;
    m_pinnedSha256 = normalized;
    return true;
}

void TlsPolicy::setTrustedCertificates(const QList<TrustedCertificate> &certificates)
{
    m_trusted.clear();
    for (const TrustedCertificate &certificate : certificates) {
        const QString digest = normalizeFingerprint(certificate.sha256);
        if (!digest.isEmpty() && !certificate.errors.isEmpty())
            m_trusted.append({digest, certificate.errors});
    }
}

void TlsPolicy::trustCertificate(const QSslCertificate &leaf, const QList<QSslError> &errors)
{
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = subjectOf(error, leaf);
        if (certificate.isNull() || error.error() == QSslError::NoError)
            continue;
        const QString digest = sha256Fingerprint(certificate);
        auto it = std::find_if(m_trusted.begin(), m_trusted.end(),
                               [&](const TrustedCertificate &t) { return t.sha256 == digest; });
        if (it == m_trusted.end()) {
            m_trusted.append({digest, {error.error()}});
        } else if (!it->errors.contains(error.error())) {
            it->errors.append(error.error());
        }
    }
}

QByteArray TlsPolicy::trustKey() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QList<QByteArray> parts;
    for (const QSslCertificate &ca : m_caCertificates)
        parts.append("ca:" + ca.digest(QCryptographicHash::Sha256).toHex());
    parts.append("pin:" + m_pinnedSha256.toLatin1());
    for (const TrustedCertificate &trusted : m_trusted) {
        QList<int> codes;
        for (const QSslError::SslError code : trusted.errors)
            codes.append(int(code));
        std::sort(codes.begin(), codes.end());
        QByteArray part = "trusted:" + trusted.sha256.toLatin1();
        for (const int code : codes)
            part += ',' + QByteArray::number(code);
        parts.append(part);
    }
    std::sort(parts.begin(), parts.end());
    for (const QByteArray &part : parts)
        hash.addData(part + '\n');
    return hash.result().toHex();
}

bool TlsPolicy::pinMatches(const QSslCertificate &leaf) const
{
    return m_pinnedSha256.isEmpty() ||
           (!leaf.isNull() && sha256Fingerprint(leaf) == m_pinnedSha256);
}

QList<QSslError> TlsPolicy::acceptedErrors(const QList<QSslError> &errors,
                                           const QSslCertificate &leaf) const
{
    QList<QSslError> accepted;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = subjectOf(error, leaf);
        if (certificate.isNull())
            continue;
        const QString digest = sha256Fingerprint(certificate);
        const bool trusted = std::any_of(m_trusted.cbegin(), m_trusted.cend(), [&](const auto &t) {
            return t.sha256 == digest && t.errors.contains(error.error());
        });
        if (trusted)
            accepted.append(error);
    }
    return accepted;
}

QString TlsPolicy::sha256Fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

QString TlsPolicy::normalizeFingerprint(const QString &text)
{
    QString hex = text.toLower();
    hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256Hex.match(hex).hasMatch() ? hex : QString();
}

QString TlsPolicy::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return Tr::tr("no certificate");
    const auto name = [](const QStringList &parts) { return parts.join(QStringLiteral(", ")); };
    QString fingerprint = sha256Fingerprint(certificate);
    for (qsizetype i = fingerprint.size() - 2; i > 0; i -= 2)
        fingerprint.insert(i, QLatin1Char(':'));
    return Tr::tr("Subject: %1\nIssuer: %2\nSHA-256: %3\nValid from %4 to %5")
        .arg(name(certificate.subjectInfo(QSslCertificate::CommonName)),
             name(certificate.issuerInfo(QSslCertificate::CommonName)), fingerprint,
             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate));
}

void TlsPolicy::rebuildConfiguration()
{
    m_configuration = QSslConfiguration::defaultConfiguration();
    m_configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // A resumed session skips certificate verification, and Qt shares sessions between
    // connections with equal configurations: a session accepted under one policy must not be
    // resumed by a policy that would refuse its certificate.
    m_configuration.setSslOption(QSsl::SslOptionDisableSessionTickets, true);
    m_configuration.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
    m_configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, true);
    if (!m_caCertificates.isEmpty()) {
        // Adding a CA turns off Qt's on-demand loading of the system store, so add it
        // explicitly: the profile's CA comes in addition to the system CAs, not instead.
        m_configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                          m_caCertificates);
    }
}
