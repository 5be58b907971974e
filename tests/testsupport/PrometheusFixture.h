#pragma once
// A real Prometheus (/usr/bin/prometheus) for integration tests: a throwaway configuration and
// TSDB in a temporary directory, the web API on a free loopback port, scraping the given
// targets every second and evaluating the given rule files every second. Stopped by the
// destructor, and by the kernel (parent-death signal) should the test process die.

#include <QJsonArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

struct PrometheusOptions
{
    QStringList targets; // "127.0.0.1:9877"
    QString jobName = QStringLiteral("clusterdesk");
    QStringList ruleFiles; // absolute paths, used as they are
    QString scheme = QStringLiteral("http");
    QString caFile;   // for https targets
    QString certFile; // with keyFile: the client certificate presented to https targets
    QString keyFile;
    QString basicAuthUser; // with basicAuthPassword, for targets that ask for it
    QString basicAuthPassword;
    int startTimeoutSeconds = 60;
};

class PrometheusFixture final
{
public:
    static QString binary() { return QStringLiteral("/usr/bin/prometheus"); }

    explicit PrometheusFixture(PrometheusOptions options);
    ~PrometheusFixture();
    PrometheusFixture(const PrometheusFixture &) = delete;
    PrometheusFixture &operator=(const PrometheusFixture &) = delete;

    // Writes the configuration, starts Prometheus and waits until /-/ready answers 200; on
    // failure `error` holds Prometheus's output.
    bool start(QString *error);
    QUrl url() const { return m_url; }

    // GET /api/v1/query: the instant vector's samples ({"metric": {...}, "value": [t, "v"]}),
    // empty when the query failed or found nothing.
    QJsonArray query(const QString &promql) const;
    // The value of the first sample `promql` returns, nullopt when it returns none.
    std::optional<double> value(const QString &promql) const;
    // GET /api/v1/alerts: "firing", "pending" or empty for the named alert (any labels).
    QString alertState(const QString &alertName) const;
    QString output() const; // Prometheus's log so far, for failure messages

private:
    bool writeConfig(QString *error);

    PrometheusOptions m_options;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    mutable QByteArray m_log;
};
