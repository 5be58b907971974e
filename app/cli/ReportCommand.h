#pragma once
// ReportCommand: `clusterdesk report` as a core object: resolves the clusters (a URL, a saved
// cluster or all of them), gathers them with ReportCollector and writes the chosen format.
// PDF rendering needs Qt Gui, so the caller plugs it in (see setPdfWriter).

#include "ClusterProfile.h"
#include "ReportCollector.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class SecretStore;
class StoreThread;

struct ReportOptions
{
    enum class Format { Html, Pdf, Csv, Json };
    enum class Scope { Url, SavedCluster, AllSaved };

    Scope scope = Scope::Url;
    Format format = Format::Html;
    QString output;
    ReportPeriod period;
    // Scope::Url: the address and TLS trust (need not be saved). When a saved cluster has the
    // same load balancer URL its history is used.
    ClusterProfile profile;
    QString clusterName; // Scope::SavedCluster
    // Sign-in: wins over the secret store (for every cluster of a fleet report).
    QString user;
    std::optional<QString> password;
    std::optional<QString> token;
    QString dataDir;                // the local store; empty: the default location
    SecretStore *secrets = nullptr; // saved clusters' secrets; must outlive the command
    std::chrono::milliseconds requestTimeout = ReportCollector::DefaultRequestTimeout;

    static std::optional<Format> formatFromName(const QString &name);
};

class ReportCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportCommand)

public:
    enum ExitCode : int {
        Ok = 0,
        Partial = 1, // written, but some cluster (or part of one) could not be read; it says so
        Failure = 2, // nothing (complete) was written: store, output or rendering failed
        UsageError = 64,
    };

    using PdfWriter =
        std::function<bool(const ReportData &data, const QString &path, QString *error)>;

    explicit ReportCommand(ReportOptions options, QObject *parent = nullptr);
    ~ReportCommand() override;

    void setPdfWriter(PdfWriter writer) { m_pdfWriter = std::move(writer); }

    // Runs once; finished() follows from the event loop, never from inside this call.
    void start();
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QString standardOutput() const { return m_output; } // the files written, one a line
    QString standardError() const { return m_errors; }
    std::optional<ReportData> data() const { return m_data; }

    // Writes `data` to `output` in `format`; the paths written go to *written.
    static bool write(const ReportData &data, ReportOptions::Format format, const QString &output,
                      const PdfWriter &pdfWriter, QStringList *written, QString *error);
    static int exitCodeFor(const ReportData &data) { return data.isComplete() ? Ok : Partial; }

Q_SIGNALS:
    // A line for stderr while a long (fleet) report runs.
    void progress(const QString &line);
    void finished(int exitCode);

private:
    void onStoreOpened(const QString &error);
    void onProfiles(const QList<ClusterProfile> &profiles);
    void collect(const QList<ReportTarget> &targets);
    void onCollected(const ReportData &data);
    void finish(int exitCode, const QString &error = {});

    ReportOptions m_options;
    PdfWriter m_pdfWriter;
    StoreThread *m_store = nullptr;
    bool m_storeOpen = false;
    ReportCollector *m_collector;
    bool m_started = false;
    bool m_finished = false;
    int m_exitCode = -1;
    QString m_output;
    QString m_errors;
    std::optional<ReportData> m_data;
};
