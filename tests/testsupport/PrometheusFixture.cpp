#include "PrometheusFixture.h"

#include "FreePorts.h"
#include "TestHttp.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

namespace {

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

PrometheusFixture::PrometheusFixture(PrometheusOptions options)
    : m_options(std::move(options))
{}

PrometheusFixture::~PrometheusFixture()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool PrometheusFixture::writeConfig(QString *error)
{
    QString yaml = QStringLiteral("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n"
                                  "  evaluation_interval: 1s\n");
    if (!m_options.ruleFiles.isEmpty()) {
        yaml += QStringLiteral("rule_files:\n");
        for (const QString &file : m_options.ruleFiles)
            yaml += QStringLiteral("  - %1\n").arg(quoted(file));
    }
    yaml += QStringLiteral("scrape_configs:\n  - job_name: %1\n    scheme: %2\n")
                .arg(quoted(m_options.jobName), m_options.scheme);
    if (!m_options.caFile.isEmpty() || !m_options.certFile.isEmpty()) {
        yaml += QStringLiteral("    tls_config:\n");
        if (!m_options.caFile.isEmpty())
            yaml += QStringLiteral("      ca_file: %1\n").arg(quoted(m_options.caFile));
        if (!m_options.certFile.isEmpty())
            yaml += QStringLiteral("      cert_file: %1\n      key_file: %2\n")
                        .arg(quoted(m_options.certFile), quoted(m_options.keyFile));
    }
    if (!m_options.basicAuthUser.isEmpty()) {
        const QString passwordFile = m_dir.filePath(QStringLiteral("scrape-password"));
        QFile password(passwordFile);
        if (!password.open(QIODevice::WriteOnly) ||
            password.write(m_options.basicAuthPassword.toUtf8()) < 0) {
            *error = password.errorString();
            return false;
        }
        yaml += QStringLiteral("    basic_auth:\n      username: %1\n      password_file: %2\n")
                    .arg(quoted(m_options.basicAuthUser), quoted(passwordFile));
    }
    yaml += QStringLiteral("    static_configs:\n      - targets: [");
    QStringList targets;
    for (const QString &target : m_options.targets)
        targets.append(quoted(target));
    yaml += targets.join(QStringLiteral(", ")) + QStringLiteral("]\n");
    QFile file(m_dir.filePath(QStringLiteral("prometheus.yml")));
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml.toUtf8()) < 0) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool PrometheusFixture::start(QString *error)
{
    if (!QFile::exists(binary())) {
        *error = QStringLiteral("%1 is missing (Debian package prometheus)").arg(binary());
        return false;
    }
    if (!m_dir.isValid() || !writeConfig(error))
        return false;
    const std::optional<quint16> port = FreePorts::one();
    if (!port) {
        *error = QStringLiteral("no free port");
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Ends with the test process, even when that one crashes.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(
        binary(),
        {QStringLiteral("--config.file=%1").arg(m_dir.filePath(QStringLiteral("prometheus.yml"))),
         QStringLiteral("--storage.tsdb.path=%1").arg(m_dir.filePath(QStringLiteral("data"))),
         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(*port),
         QStringLiteral("--log.level=warn")});
    if (!m_process->waitForStarted(10000)) {
        *error = m_process->errorString();
        return false;
    }
    TestHttp http(m_url);
    http.setTimeoutMs(2000);
    bool ready = false;
    (void)QTest::qWaitFor(
        [&] {
            if (m_process->state() == QProcess::NotRunning)
                return true;
            ready = http.get(QStringLiteral("/-/ready")).status == 200;
            return ready;
        },
        m_options.startTimeoutSeconds * 1000); // `ready` says which of the two ended it
    if (ready)
        return true;
    *error = QStringLiteral("Prometheus did not become ready:\n") + output();
    return false;
}

QString PrometheusFixture::output() const
{
    if (m_process)
        m_log += m_process->readAll();
    return QString::fromUtf8(m_log);
}

QJsonArray PrometheusFixture::query(const QString &promql) const
{
    TestHttp http(m_url);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("query"), promql);
    const TestResponse response =
        http.get(QStringLiteral("/api/v1/query?") + query.toString(QUrl::FullyEncoded));
    if (response.status != 200)
        return {};
    return response.json()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("result"))
        .toArray();
}

std::optional<double> PrometheusFixture::value(const QString &promql) const
{
    const QJsonArray samples = query(promql);
    if (samples.isEmpty())
        return std::nullopt;
    const QJsonArray pair = samples.first().toObject().value(QStringLiteral("value")).toArray();
    bool ok = false;
    const double result = pair.at(1).toString().toDouble(&ok);
    return ok ? std::optional<double>(result) : std::nullopt;
}

QString PrometheusFixture::alertState(const QString &alertName) const
{
    TestHttp http(m_url);
    const TestResponse response = http.get(QStringLiteral("/api/v1/alerts"));
    const QJsonArray alerts = response.json()
                                  .value(QStringLiteral("data"))
                                  .toObject()
                                  .value(QStringLiteral("alerts"))
                                  .toArray();
    QString state;
    for (const QJsonValue &alert : alerts) {
        const QJsonObject object = alert.toObject();
        if (object.value(QStringLiteral("labels")).toObject().value(QStringLiteral("alertname")) !=
            alertName)
            continue;
        const QString s = object.value(QStringLiteral("state")).toString();
        if (s == QLatin1String("firing"))
            return s;
        state = s;
    }
    return state;
}
