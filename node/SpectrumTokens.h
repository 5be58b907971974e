#pragma once
// The Spectrum-compatible mode's access tokens: who, which session (none for an open token),
// the host that requested it, when it was issued and when it expires (0: never).
// They are HMAC-signed with a key derived from the cluster secret, so every node of the
// cluster verifies them and they are never mistaken for the normal mode's tokens.

#include <QByteArray>
#include <QString>
#include <optional>

namespace node {

struct SpectrumClaims
{
    QString user;
    QString epoch;   // Credentials::epochOf() when issued: dies with a password change
    QString session; // empty for an open token
    QString host;    // the address the sign-in came from, as the issuing node saw it
    qint64 issuedAtMs = 0;
    qint64 expiresAtMs = 0; // 0: never

    bool operator==(const SpectrumClaims &) const = default;
};

class SpectrumTokens final
{
public:
    explicit SpectrumTokens(const QByteArray &clusterSecret);

    QByteArray issue(const SpectrumClaims &claims) const;
    // The claims of a token this cluster signed, or nullopt for anything else (garbled,
    // forged, oversized, another format). Expiry is the caller's to judge.
    std::optional<SpectrumClaims> read(const QByteArray &token) const;

private:
    QByteArray sign(const QByteArray &payload) const;

    QByteArray m_key;
};

} // namespace node
