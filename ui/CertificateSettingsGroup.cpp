#include "CertificateSettingsGroup.h"

#include "FieldMessageLabel.h"
#include "FileChooser.h"

#include "ProfileFormValidator.h"
#include "TlsPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace {

using V = ProfileFormValidator;

// The strings were ConnectDialog's before this group was split out; their translations stay.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConnectDialog)
};

} // namespace

CertificateSettingsGroup::CertificateSettingsGroup(QWidget *parent)
    : ProfileSettingsGroup(parent)
    , m_caRow(new QHBoxLayout)
    , m_caLabel(new QLabel(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_pinLabel(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_acceptedRow(new QHBoxLayout)
    , m_acceptedLabel(new QLabel(this))
    , m_forgetAccepted(new QPushButton(this))
{
    setObjectName(QStringLiteral("certificateGroup"));
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_browse->setObjectName(QStringLiteral("browseCaButton"));
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_acceptedLabel->setObjectName(QStringLiteral("acceptedCertificatesLabel"));
    m_forgetAccepted->setObjectName(QStringLiteral("forgetAcceptedButton"));
    for (QPushButton *button : {m_browse, m_forgetAccepted})
        button->setAutoDefault(false); // Enter in a field means OK, not these

    m_caRow->addWidget(m_caFile, 1);
    m_caRow->addWidget(m_browse);
    m_caLabel->setBuddy(m_caFile);
    m_form->addRow(m_caLabel, m_caRow);
    addProblemRow(V::CaField);
    m_pinLabel->setBuddy(m_pin);
    m_form->addRow(m_pinLabel, m_pin);
    addProblemRow(V::PinField);
    m_acceptedRow->addWidget(m_acceptedLabel, 1);
    m_acceptedRow->addWidget(m_forgetAccepted);
    m_form->addRow(QString(), m_acceptedRow);
    addProblemRow(V::AcceptedField);

    connect(m_caFile, &QLineEdit::textChanged, this, [this] { emit edited(V::CaField); });
    connect(m_pin, &QLineEdit::textChanged, this, [this] { emit edited(V::PinField); });
    connect(m_browse, &QPushButton::clicked, this, &CertificateSettingsGroup::browseForCaFile);
    connect(m_forgetAccepted, &QPushButton::clicked, this, [this] {
        m_accepted.clear();
        updateAcceptedCertificates();
        emit edited(V::AcceptedField);
    });
    updateAcceptedCertificates();
}

void CertificateSettingsGroup::load(const ClusterProfile &profile)
{
    m_hasEmbeddedPem = !profile.caCertificatePem.isEmpty();
    m_caFile->setText(profile.caCertificatePath);
    m_pin->setText(profile.pinnedSha256);
    m_accepted = profile.acceptedCertificates;
    updateAcceptedCertificates();
    retranslateUi();
}

void CertificateSettingsGroup::applyTo(ClusterProfile &profile) const
{
    profile.caCertificatePath = m_caFile->text().trimmed();
    // A PEM embedded in the profile (e.g. by the command line) stays until a file replaces it.
    if (!profile.caCertificatePath.isEmpty())
        profile.caCertificatePem.clear();
    const QString pin = TlsPolicy::normalizeFingerprint(m_pin->text());
    profile.pinnedSha256 = pin.isEmpty() ? m_pin->text().trimmed() : pin;
    profile.acceptedCertificates = m_accepted;
}

void CertificateSettingsGroup::setAcceptedCertificates(const QList<AcceptedCertificate> &accepted)
{
    m_accepted = accepted;
    updateAcceptedCertificates();
}

QList<QWidget *> CertificateSettingsGroup::tabChain() const
{
    return {m_caFile, m_browse, m_pin, m_forgetAccepted};
}

void CertificateSettingsGroup::retranslateUi()
{
    setTitle(Tr::tr("Certificate"));
    m_caLabel->setText(Tr::tr("&CA certificate:"));
    m_caFile->setPlaceholderText(m_hasEmbeddedPem ? Tr::tr("A certificate stored in the profile")
                                                  : Tr::tr("Optional: a PEM file"));
    m_caFile->setToolTip(Tr::tr("A CA to trust for this cluster, in addition to the system's CAs"));
    m_browse->setText(Tr::tr("&Browse…"));
    m_pinLabel->setText(Tr::tr("Pinned S&HA-256:"));
    m_pin->setPlaceholderText(Tr::tr("Optional: the server certificate's fingerprint"));
    updateAcceptedCertificates();
}

void CertificateSettingsGroup::updateAcceptedCertificates()
{
    const auto count = int(m_accepted.size());
    m_acceptedLabel->setText(Tr::tr("Trusted despite verification errors: %1").arg(count));
    m_forgetAccepted->setText(Tr::tr("&Forget"));
    m_form->setRowVisible(m_acceptedRow, count > 0);
    m_form->setRowVisible(problemLabel(ProfileFormValidator::AcceptedField), count > 0);
}

void CertificateSettingsGroup::browseForCaFile()
{
    const QString current = m_caFile->text().trimmed();
    FileChooser::ask(
        this,
        {FileChooser::Mode::Open, Tr::tr("CA Certificate"),
         current.isEmpty() ? QString() : QFileInfo(current).absoluteFilePath(),
         Tr::tr("Certificates (*.pem *.crt *.cer);;All files (*)")},
        [this](const QString &path) { m_caFile->setText(QDir::toNativeSeparators(path)); });
}
