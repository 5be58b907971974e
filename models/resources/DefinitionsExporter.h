#pragma once
// DefinitionsExporter: reads one cluster's resource definitions and writes them to a
// DefinitionsFile (secrets left out). Asynchronous; finished() comes once, with a message in
// words for the user either way.

#include <QObject>
#include <QPointer>
#include <QStringList>

class ClusterEndpoint;
class ClusterResourcesFetcher;

class DefinitionsExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DefinitionsExporter)

public:
    // `endpoint` must outlive the exporter.
    DefinitionsExporter(ClusterEndpoint *endpoint, const QString &path, QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_ok; }
    // "Exported 4 definitions to FILE. Secrets were left out; ..." or why it failed; translated.
    QString message() const { return m_message; }
    int count() const { return m_count; }
    // "jdbc/orders-db: password": what an import will ask a value for.
    QStringList secretsNeeded() const { return m_secretsNeeded; }

Q_SIGNALS:
    void finished();

private:
    void onRead();
    void finish(bool ok, const QString &message);

    QPointer<ClusterEndpoint> m_endpoint;
    QString m_path;
    ClusterResourcesFetcher *m_fetcher = nullptr;
    bool m_finished = false;
    bool m_ok = false;
    QString m_message;
    int m_count = 0;
    QStringList m_secretsNeeded;
};
