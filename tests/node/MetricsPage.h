#pragma once
// Reading a /metrics page in tests: one series' value, and Debian's promtool's verdict.

#include <QByteArray>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

#include <optional>

// The value of `series` (`name` or `name{labels}` exactly as written), nullopt when absent.
inline std::optional<double> metricValue(const QByteArray &page, const QByteArray &series)
{
    for (const QByteArray &line : page.split('\n')) {
        if (!line.startsWith(series + ' '))
            continue;
        const QByteArray text = line.mid(series.size() + 1).trimmed();
        if (text == "NaN")
            return qQNaN();
        bool ok = false;
        const double value = text.toDouble(&ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    }
    return std::nullopt;
}

// promtool check metrics on `page`: empty when it is accepted without a remark, else what
// promtool said. Sets `skipped` when promtool is not installed.
inline QString promtoolComplaints(const QByteArray &page, bool *skipped)
{
    const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
    *skipped = promtool.isEmpty();
    if (*skipped)
        return {};
    QProcess process;
    process.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!process.waitForStarted())
        return QStringLiteral("promtool did not start");
    process.write(page);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        return QStringLiteral("promtool did not finish");
    const QString said =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())
            .trimmed();
    if (process.exitCode() != 0 || !said.isEmpty())
        return QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(said);
    return {};
}
