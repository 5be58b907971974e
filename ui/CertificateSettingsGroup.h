// CertificateSettingsGroup: the connection dialog's "Certificate" group: an extra CA file (with
// a non-blocking Browse), a pinned SHA-256 fingerprint and the certificates this profile trusts
// despite verification errors (with Forget). It edits those fields of a ClusterProfile.
#pragma once

#include "ClusterProfile.h"
#include "ProfileSettingsGroup.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class CertificateSettingsGroup final : public ProfileSettingsGroup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateSettingsGroup)

public:
    explicit CertificateSettingsGroup(QWidget *parent = nullptr);

    // Fills the fields from `profile` (edited() comes for the fields that change).
    void load(const ClusterProfile &profile);
    // Writes the CA file (a file replaces an embedded PEM), pin and trusted certificates.
    void applyTo(ClusterProfile &profile) const;
    void setAcceptedCertificates(const QList<AcceptedCertificate> &accepted);
    // Its fields for problemLabel() and edited() are ProfileFormValidator field names.

    // The focusable widgets in tab order.
    QList<QWidget *> tabChain() const;
    // Called by the dialog (it aligns the label columns of all its groups afterwards).
    void retranslateUi();

private:
    void browseForCaFile();
    void updateAcceptedCertificates();

    QList<AcceptedCertificate> m_accepted;
    bool m_hasEmbeddedPem = false;
    QHBoxLayout *m_caRow;
    QLabel *m_caLabel;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QHBoxLayout *m_acceptedRow;
    QLabel *m_acceptedLabel;
    QPushButton *m_forgetAccepted;
};
