#include "DateHeaderClock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace {

constexpr qint64 kSecondUs = 1'000'000;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DateHeaderClock)
};

const QString kImfFixdate = QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'");

// Floor division, so instants before 1970 still fall in the right second.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

DateHeaderClock::Outcome DateHeaderClock::add(qint64 t0Us, qint64 t1Us, qint64 serverSecond)
{
    if (t1Us < t0Us)
        return Outcome::Invalid;
    const qint64 serverUs = serverSecond * kSecondUs;
    const qint64 low = serverUs - t1Us;
    const qint64 high = serverUs + kSecondUs - t0Us;
    if (m_accepted > 0 && (low > m_highUs || high < m_lowUs)) {
        ++m_rejected;
        ++m_consecutiveRejections;
        return Outcome::Inconsistent;
    }
    m_lowUs = m_accepted > 0 ? std::max(m_lowUs, low) : low;
    m_highUs = m_accepted > 0 ? std::min(m_highUs, high) : high;
    ++m_accepted;
    m_consecutiveRejections = 0;
    return Outcome::Accepted;
}

void DateHeaderClock::reset()
{
    *this = DateHeaderClock();
}

qint64 DateHeaderClock::nextSendUs(qint64 nowUs, qint64 roundTripUs) const
{
    if (!hasEstimate())
        return nowUs;
    const qint64 offset = offsetUs();
    const qint64 halfTrip = std::max<qint64>(0, roundTripUs) / 2;
    // The first server second boundary we can still straddle: it must come after the request
    // has travelled half way.
    const qint64 earliestServerUs = nowUs + halfTrip + offset;
    const qint64 boundaryUs = (floorDiv(earliestServerUs, kSecondUs) + 1) * kSecondUs;
    return std::max(nowUs, boundaryUs - offset - halfTrip);
}

std::optional<qint64> DateHeaderClock::parseHttpDate(const QByteArray &value, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString text = QString::fromLatin1(value.trimmed());
    if (text.isEmpty())
        return fail(Tr::tr("the Date header is missing or empty"));
    static const QRegularExpression rfc850(
        QStringLiteral("\\A[A-Za-z]+day, \\d\\d-[A-Za-z]{3}-\\d\\d "));
    static const QRegularExpression asctime(
        QStringLiteral("\\A[A-Za-z]{3} [A-Za-z]{3} [ \\d]\\d "));
    if (rfc850.match(text).hasMatch())
        return fail(Tr::tr("the Date header \"%1\" uses the obsolete RFC 850 form, not an "
                           "RFC 7231 IMF-fixdate")
                        .arg(text));
    if (asctime.match(text).hasMatch())
        return fail(Tr::tr("the Date header \"%1\" uses the obsolete asctime form, not an "
                           "RFC 7231 IMF-fixdate")
                        .arg(text));
    QDateTime parsed = QLocale::c().toDateTime(text, kImfFixdate);
    if (parsed.isValid())
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    // Formatting back must give the same text: this refuses a wrong weekday, a leap second,
    // two-digit years and other spellings Qt's parser would let through.
    if (!parsed.isValid() || formatHttpDate(parsed.toSecsSinceEpoch()) != text.toLatin1())
        return fail(Tr::tr("the Date header \"%1\" is not an RFC 7231 IMF-fixdate such as "
                           "\"Sun, 06 Nov 1994 08:49:37 GMT\"")
                        .arg(text));
    return parsed.toSecsSinceEpoch();
}

QByteArray DateHeaderClock::formatHttpDate(qint64 unixSeconds)
{
    return QLocale::c()
        .toString(QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC), kImfFixdate)
        .toLatin1();
}
