#include "ClockSample.h"

#include "NodeSnapshot.h"

#include <algorithm>

ClockSample::ClockSample(qint64 t0Us, qint64 t1Us, qint64 t2Us, qint64 t3Us)
    : m_t0(t0Us)
    , m_t1(t1Us)
    , m_t2(t2Us)
    , m_t3(t3Us)
{}

std::optional<ClockSample> ClockSample::fromTimeJson(qint64 t0Us, const QJsonObject &answer,
                                                     qint64 t3Us, QString *error)
{
    SnapshotJsonReader reader(answer, QString(), error);
    const auto t1 = reader.integer(QStringLiteral("t1Us"));
    const auto t2 = reader.integer(QStringLiteral("t2Us"));
    if (reader.ok() && !t1)
        reader.fail(QStringLiteral("t1Us"), QStringLiteral("is missing"));
    if (reader.ok() && !t2)
        reader.fail(QStringLiteral("t2Us"), QStringLiteral("is missing"));
    if (!reader.ok())
        return std::nullopt;
    return ClockSample(t0Us, *t1, *t2, t3Us);
}

double ClockSample::offsetUs() const
{
    // Halved as doubles: integer division would drop half a microsecond and bias the sign.
    return (double(m_t1 - m_t0) + double(m_t2 - m_t3)) / 2.0;
}

qint64 ClockSample::delayUs() const
{
    return (m_t3 - m_t0) - (m_t2 - m_t1);
}

double ClockSample::errorBoundUs() const
{
    return double(delayUs()) / 2.0;
}

bool ClockSample::isPlausible() const
{
    return m_t3 >= m_t0 && m_t2 >= m_t1 && delayUs() >= 0;
}

std::optional<ClockSample> ClockSample::best(const QList<ClockSample> &samples)
{
    std::optional<ClockSample> best;
    for (const ClockSample &sample : samples) {
        if (sample.isPlausible() && (!best || sample.delayUs() < best->delayUs()))
            best = sample;
    }
    return best;
}

std::optional<double> ClockSample::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    return (values.at(middle - 1) + values.at(middle)) / 2.0;
}
