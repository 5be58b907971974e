#pragma once
// A node's clock offset from its HTTP Date headers alone, for clusters without a time
// endpoint (the htpdate method). A Date header names only the whole second the server was in
// when it answered, somewhere between the request's send (t0) and the answer's arrival (t1) on
// our clock, so one sample bounds the offset (server clock minus ours) to
// [S - t1, S + 1 s - t0]. The intersection of all samples narrows that interval, and timing
// each request so the server's predicted second boundary falls in the middle of its round trip
// halves it per sample, down to about the round trip. Pure arithmetic on Unix microseconds.

#include <QByteArray>
#include <QString>
#include <optional>

class DateHeaderClock final
{
public:
    enum class Outcome {
        Accepted,
        // The sample's interval misses the one the earlier samples agree on: the server's
        // clock stepped, or the sample was bad. The estimate is unchanged.
        Inconsistent,
        Invalid, // t1 before t0
    };

    // t0Us / t1Us: our clock when the request left and the answer arrived; serverSecond: the
    // Date header's value (Unix seconds).
    Outcome add(qint64 t0Us, qint64 t1Us, qint64 serverSecond);
    // Forgets every sample, e.g. after repeated inconsistent ones (the server's clock stepped).
    void reset();

    bool hasEstimate() const { return m_accepted > 0; }
    // The offset lies within [lowUs, highUs]; the estimate is the midpoint, the error bound
    // half the width. Meaningless without an estimate.
    qint64 lowUs() const { return m_lowUs; }
    qint64 highUs() const { return m_highUs; }
    qint64 offsetUs() const { return m_lowUs + (m_highUs - m_lowUs) / 2; }
    qint64 errorBoundUs() const { return (m_highUs - m_lowUs + 1) / 2; }
    double offsetMs() const { return double(offsetUs()) / 1000.0; }
    double errorBoundMs() const { return double(errorBoundUs()) / 1000.0; }

    int acceptedSamples() const { return m_accepted; }
    int rejectedSamples() const { return m_rejected; }
    int consecutiveRejections() const { return m_consecutiveRejections; }

    // When to send the next request (our clock, not before nowUs) so that, at the estimated
    // offset, the server crosses a second boundary in the middle of a round trip of
    // `roundTripUs`. Without an estimate: now.
    qint64 nextSendUs(qint64 nowUs, qint64 roundTripUs) const;

    // An RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") as Unix seconds; the obsolete
    // RFC 850 and asctime forms and anything else are refused with `error` saying why.
    static std::optional<qint64> parseHttpDate(const QByteArray &value, QString *error = nullptr);
    static QByteArray formatHttpDate(qint64 unixSeconds);

private:
    qint64 m_lowUs = 0;
    qint64 m_highUs = 0;
    int m_accepted = 0;
    int m_rejected = 0;
    int m_consecutiveRejections = 0;
};
