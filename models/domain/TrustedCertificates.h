#pragma once
// The certificates a user accepted despite TLS errors, between the profile's stored form
// (AcceptedCertificate, error codes as ints) and the TLS policy's (TlsPolicy::TrustedCertificate).

#include "ClusterProfile.h"
#include "TlsPolicy.h"

namespace TrustedCertificates {

QList<TlsPolicy::TrustedCertificate> fromAccepted(const QList<AcceptedCertificate> &accepted);
QList<AcceptedCertificate> toAccepted(const QList<TlsPolicy::TrustedCertificate> &trusted);

} // namespace TrustedCertificates
