#include "FaultState.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <chrono>

namespace node {
namespace {
constexpr qint64 kMaxClockOffsetMs = 86'400'000;
constexpr int kMaxDelayMs = 60'000;
constexpr qint64 kMaxErrorUs = 16'000'000; // the kernel's own ceiling (NTP_PHASE_LIMIT << 5)

bool isWholeNumberIn(const QJsonValue &value, qint64 low, qint64 high)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger()) &&
           value.toInteger() >= low && value.toInteger() <= high;
}

// {"synchronized": bool, "maxErrorUs": n, "estErrorUs": n} (errors optional) or null.
bool validKernelClock(const QJsonValue &value, QString *error)
{
    if (value.isNull())
        return true;
    const QJsonObject object = value.toObject();
    bool ok = value.isObject() && object.value(QLatin1String("synchronized")).isBool();
    for (auto it = object.begin(); ok && it != object.end(); ++it) {
        if (it.key() == QLatin1String("maxErrorUs") || it.key() == QLatin1String("estErrorUs"))
            ok = isWholeNumberIn(it.value(), 0, kMaxErrorUs);
        else
            ok = it.key() == QLatin1String("synchronized");
    }
    if (!ok)
        *error = QStringLiteral("kernelClock must be null or {\"synchronized\": true|false, "
                                "\"maxErrorUs\": 0..16000000, \"estErrorUs\": 0..16000000}");
    return ok;
}

// ["ValidateAddress", ...]: service names, at most 1000 of 1..128 characters.
bool validServiceNames(const QJsonValue &value, QString *error)
{
    const QJsonArray names = value.toArray();
    bool ok = value.isArray() && names.size() <= 1000;
    for (qsizetype i = 0; ok && i < names.size(); ++i) {
        const QString name = names.at(i).toString();
        ok = names.at(i).isString() && !name.isEmpty() && name.size() <= 128;
    }
    if (!ok)
        *error = QStringLiteral("hiddenServices must be an array of up to 1000 service names "
                                "(strings of 1..128 characters)");
    return ok;
}

} // namespace

FaultState::FaultState(bool allowed, QObject *parent)
    : QObject(parent)
    , m_allowed(allowed)
{}

void FaultState::setClockOffsetMs(qint64 offset)
{
    m_clockOffsetMs = offset;
}

void FaultState::setReplicationPaused(bool paused)
{
    if (m_replicationPaused == paused)
        return;
    m_replicationPaused = paused;
    Q_EMIT replicationPausedChanged(paused);
}

void FaultState::setDegraded(bool degraded)
{
    m_degraded = degraded;
}

void FaultState::setDelayMs(int delay)
{
    m_delayMs = delay;
}

void FaultState::setDelayJitterMs(int jitter)
{
    m_delayJitterMs = jitter;
}

int FaultState::nextJitterMs() const
{
    return m_delayJitterMs > 0 ? int(QRandomGenerator::global()->bounded(m_delayJitterMs + 1)) : 0;
}

void FaultState::setKernelClock(std::optional<KernelClockState> state)
{
    m_kernelClock = std::move(state);
}

KernelClockState FaultState::kernelClock() const
{
    return m_kernelClock ? *m_kernelClock : KernelClock::read();
}

QJsonObject FaultState::toJson() const
{
    QJsonValue kernelClock;
    if (m_kernelClock) {
        kernelClock = QJsonObject{{QStringLiteral("synchronized"), m_kernelClock->synchronized},
                                  {QStringLiteral("maxErrorUs"), m_kernelClock->maxErrorUs},
                                  {QStringLiteral("estErrorUs"), m_kernelClock->estErrorUs}};
    }
    return {{QStringLiteral("clockOffsetMs"), m_clockOffsetMs},
            {QStringLiteral("replicationPaused"), m_replicationPaused},
            {QStringLiteral("degraded"), m_degraded},
            {QStringLiteral("delayMs"), m_delayMs},
            {QStringLiteral("delayJitterMs"), m_delayJitterMs},
            {QStringLiteral("kernelClock"), kernelClock},
            {QStringLiteral("hiddenServices"), QJsonArray::fromStringList(m_hiddenServices)}};
}

bool FaultState::apply(const QJsonObject &changes, QString *error)
{
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("clockOffsetMs")) {
            if (!value.isDouble() || value.toDouble() != double(value.toInteger()) ||
                qAbs(value.toInteger()) > kMaxClockOffsetMs) {
                *error = QStringLiteral("clockOffsetMs must be an integer within ±86400000");
                return false;
            }
        } else if (key == QLatin1String("delayMs") || key == QLatin1String("delayJitterMs")) {
            if (!isWholeNumberIn(value, 0, kMaxDelayMs)) {
                *error = key + QStringLiteral(" must be an integer in 0..60000");
                return false;
            }
        } else if (key == QLatin1String("kernelClock")) {
            if (!validKernelClock(value, error))
                return false;
        } else if (key == QLatin1String("hiddenServices")) {
            if (!validServiceNames(value, error))
                return false;
        } else if (key == QLatin1String("replicationPaused") || key == QLatin1String("degraded")) {
            if (!value.isBool()) {
                *error = key + QStringLiteral(" must be true or false");
                return false;
            }
        } else {
            *error = QStringLiteral("unknown fault \"%1\"").arg(key);
            return false;
        }
    }
    if (changes.contains(QLatin1String("clockOffsetMs")))
        setClockOffsetMs(changes.value(QLatin1String("clockOffsetMs")).toInteger());
    if (changes.contains(QLatin1String("delayMs")))
        setDelayMs(int(changes.value(QLatin1String("delayMs")).toInteger()));
    if (changes.contains(QLatin1String("delayJitterMs")))
        setDelayJitterMs(int(changes.value(QLatin1String("delayJitterMs")).toInteger()));
    if (changes.contains(QLatin1String("degraded")))
        setDegraded(changes.value(QLatin1String("degraded")).toBool());
    if (changes.contains(QLatin1String("kernelClock"))) {
        const QJsonValue value = changes.value(QLatin1String("kernelClock"));
        std::optional<KernelClockState> state;
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            state.emplace();
            state->available = true;
            state->source = QStringLiteral("fault-injection");
            state->synchronized = object.value(QLatin1String("synchronized")).toBool();
            state->maxErrorUs = object.value(QLatin1String("maxErrorUs")).toInteger(0);
            state->estErrorUs = object.value(QLatin1String("estErrorUs")).toInteger(0);
        }
        setKernelClock(state);
    }
    if (changes.contains(QLatin1String("hiddenServices"))) {
        QStringList names;
        for (const QJsonValue &name : changes.value(QLatin1String("hiddenServices")).toArray())
            names.append(name.toString());
        setHiddenServices(names);
    }
    if (changes.contains(QLatin1String("replicationPaused")))
        setReplicationPaused(changes.value(QLatin1String("replicationPaused")).toBool());
    return true;
}

qint64 FaultState::nowUs() const
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::microseconds>(sinceEpoch).count() +
           m_clockOffsetMs * 1000;
}

} // namespace node
