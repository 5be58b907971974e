#include "ReportCommand.h"

#include "CsvReportWriter.h"
#include "HtmlReportWriter.h"
#include "JsonReportWriter.h"
#include "ProfileCommands.h"
#include "StoreThread.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace {

bool saveFile(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = ReportTr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<ReportOptions::Format> ReportOptions::formatFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    if (key == QLatin1String("html"))
        return Format::Html;
    if (key == QLatin1String("pdf"))
        return Format::Pdf;
    if (key == QLatin1String("csv"))
        return Format::Csv;
    if (key == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

ReportCommand::ReportCommand(ReportOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_collector(new ReportCollector(this))
{
    m_collector->setRequestTimeout(m_options.requestTimeout);
    m_collector->setSecretStore(m_options.secrets);
    connect(m_collector, &ReportCollector::finished, this, &ReportCommand::onCollected);
    connect(m_collector, &ReportCollector::progress, this,
            [this](int done, int total, const QString &name) {
                if (done < total)
                    emit progress(ReportTr::tr("[%1/%2] %3: read, gathering details")
                                      .arg(done + 1)
                                      .arg(total)
                                      .arg(name));
                else
                    emit progress(ReportTr::tr("[%1/%2] %3: done").arg(done).arg(total).arg(name));
            });
}

ReportCommand::~ReportCommand()
{
    m_collector->cancel();
}

void ReportCommand::start()
{
    if (m_started)
        return;
    m_started = true;
    m_store = new StoreThread(this);
    m_store->open(m_options.dataDir, this, [this](const QString &error) { onStoreOpened(error); });
}

void ReportCommand::onStoreOpened(const QString &error)
{
    m_storeOpen = error.isEmpty();
    if (!m_storeOpen) {
        if (m_options.scope != ReportOptions::Scope::Url) {
            finish(Failure, ReportTr::tr("cannot open the local store: %1").arg(error));
            return;
        }
        // A URL report does not need the store; it only lacks the history.
        m_errors += ReportTr::tr("no history: cannot open the local store: %1\n").arg(error);
        collect({ReportTarget{m_options.profile, m_options.user, m_options.password,
                              m_options.token, false}});
        return;
    }
    m_collector->setStore(m_store);
    m_store->profiles(this,
                      [this](const QList<ClusterProfile> &profiles) { onProfiles(profiles); });
}

void ReportCommand::onProfiles(const QList<ClusterProfile> &profiles)
{
    auto target = [this](const ClusterProfile &profile) {
        return ReportTarget{profile, m_options.user, m_options.password, m_options.token};
    };
    switch (m_options.scope) {
    case ReportOptions::Scope::Url: {
        ClusterProfile profile = m_options.profile;
        bool saved = false;
        for (const ClusterProfile &savedProfile : profiles) {
            if (savedProfile.loadBalancerUrl.matches(profile.loadBalancerUrl,
                                                     QUrl::StripTrailingSlash)) {
                // Its id finds the history; the name titles the report. Address and trust stay
                // as given on the command line.
                profile.id = savedProfile.id;
                profile.name = savedProfile.name;
                saved = true;
                break;
            }
        }
        ReportTarget only = target(profile);
        only.useSecretStore = saved;
        collect({only});
        return;
    }
    case ReportOptions::Scope::SavedCluster: {
        const auto profile = ProfileCommands::findByName(profiles, m_options.clusterName);
        if (!profile) {
            finish(UsageError,
                   ReportTr::tr("no saved cluster is called %1 (see clusterdesk cluster list)")
                       .arg(m_options.clusterName));
            return;
        }
        collect({target(*profile)});
        return;
    }
    case ReportOptions::Scope::AllSaved: {
        if (profiles.isEmpty()) {
            finish(Failure, ReportTr::tr("there are no saved clusters to report on"));
            return;
        }
        QList<ReportTarget> targets;
        for (const ClusterProfile &profile : profiles)
            targets << target(profile);
        collect(targets);
        return;
    }
    }
}

void ReportCommand::collect(const QList<ReportTarget> &targets)
{
    emit progress(targets.size() == 1 ? ReportTr::tr("gathering 1 cluster")
                                      : ReportTr::tr("gathering %1 clusters").arg(targets.size()));
    m_collector->start(targets, m_options.period,
                       m_options.scope == ReportOptions::Scope::AllSaved);
}

void ReportCommand::onCollected(const ReportData &data)
{
    m_data = data;
    for (const ClusterReport &cluster : data.clusters) {
        if (!cluster.isReachable()) {
            m_errors += ReportTr::tr("cannot reach %1: %2\n")
                            .arg(cluster.displayName(), cluster.snapshot.error());
        }
        for (const QString &problem : cluster.problems)
            m_errors += ReportTr::tr("%1: %2\n").arg(cluster.displayName(), problem);
    }
    QStringList written;
    QString error;
    if (!write(data, m_options.format, m_options.output, m_pdfWriter, &written, &error)) {
        finish(Failure, error);
        return;
    }
    for (const QString &path : written)
        m_output += path + QLatin1Char('\n');
    finish(exitCodeFor(data));
}

bool ReportCommand::write(const ReportData &data, ReportOptions::Format format,
                          const QString &output, const PdfWriter &pdfWriter, QStringList *written,
                          QString *error)
{
    switch (format) {
    case ReportOptions::Format::Html:
        if (!saveFile(output, HtmlReportWriter::write(data).toUtf8(), error))
            return false;
        *written << output;
        return true;
    case ReportOptions::Format::Json:
        if (!saveFile(output, JsonReportWriter::write(data), error))
            return false;
        *written << output;
        return true;
    case ReportOptions::Format::Csv: {
        const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(output);
        if (output.endsWith(u'/') && !QDir().mkpath(output)) {
            *error = ReportTr::tr("cannot create the directory %1").arg(output);
            return false;
        }
        if (!saveFile(paths.nodes, CsvReportWriter::nodes(data), error) ||
            !saveFile(paths.resources, CsvReportWriter::resources(data), error))
            return false;
        *written << paths.nodes << paths.resources;
        return true;
    }
    case ReportOptions::Format::Pdf:
        if (!pdfWriter) {
            *error = ReportTr::tr("this program cannot write PDF");
            return false;
        }
        if (!pdfWriter(data, output, error))
            return false;
        *written << output;
        return true;
    }
    return false;
}

void ReportCommand::finish(int exitCode, const QString &error)
{
    if (!error.isEmpty())
        m_errors += error + QLatin1Char('\n');
    m_finished = true;
    m_exitCode = exitCode;
    // Queued: start() never sees finished() from inside, and the store's answers are done.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
