#pragma once
// One NTP-style time exchange with a node (t0..t3, Unix epoch microseconds) and the maths on it:
// offset, round-trip delay, error bound, the best of several samples and the cluster median.

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ClockSample final
{
public:
    ClockSample() = default;
    // t0: console sent, t1: node received, t2: node answered, t3: console received.
    ClockSample(qint64 t0Us, qint64 t1Us, qint64 t2Us, qint64 t3Us);

    // Builds a sample from the /api/v1/time answer and the console's own send/receive times.
    static std::optional<ClockSample> fromTimeJson(qint64 t0Us, const QJsonObject &answer,
                                                   qint64 t3Us, QString *error);

    qint64 t0Us() const { return m_t0; }
    qint64 t1Us() const { return m_t1; }
    qint64 t2Us() const { return m_t2; }
    qint64 t3Us() const { return m_t3; }

    // Node clock minus console clock: ((t1 - t0) + (t2 - t3)) / 2.
    double offsetUs() const;
    // Round trip spent on the network: (t3 - t0) - (t2 - t1).
    qint64 delayUs() const;
    // The true offset lies within offset ± delay / 2.
    double errorBoundUs() const;

    double offsetMs() const { return offsetUs() / 1000.0; }
    double delayMs() const { return double(delayUs()) / 1000.0; }
    double errorBoundMs() const { return errorBoundUs() / 1000.0; }

    // A sample whose own timestamps run backwards (or with a negative delay) says nothing.
    bool isPlausible() const;

    // The plausible sample with the smallest delay: its error bound is the tightest.
    static std::optional<ClockSample> best(const QList<ClockSample> &samples);
    // Median of the values (mean of the middle two for an even count); nullopt when empty.
    static std::optional<double> median(QList<double> values);

    bool operator==(const ClockSample &) const = default;

private:
    qint64 m_t0 = 0;
    qint64 m_t1 = 0;
    qint64 m_t2 = 0;
    qint64 m_t3 = 0;
};
