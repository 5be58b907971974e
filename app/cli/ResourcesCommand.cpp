#include "ResourcesCommand.h"

#include "ClusterEndpoint.h"
#include "ClusterResourcesFetcher.h"
#include "DefinitionsFile.h"
#include "ResourceDiff.h"
#include "SyncApplier.h"
#include "WriteGuard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

} // namespace

ResourcesCommand::ResourcesCommand(ResourcesOptions options, QObject *parent)
    : TimedCommand(parent)
    , m_options(std::move(options))
{}

void ResourcesCommand::onDeadline()
{
    m_errors += tr("no result within %1 s\n").arg(m_options.timeout.count() / 1000);
    finish(Error);
}

ResourcesCommand::~ResourcesCommand() = default;

std::optional<QHash<QString, QString>> ResourcesCommand::secretsFromFile(const QByteArray &content,
                                                                         const QStringList &wanted,
                                                                         QString *error)
{
    QHash<QString, QString> secrets;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject root = document.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            const QStringList parts = it.key().split(u'/');
            if (parts.size() != 2 || !it.value().isObject()) {
                *error = tr("secret file: \"%1\" is not <type>/<name> with an object of "
                            "secrets")
                             .arg(it.key());
                return std::nullopt;
            }
            const QJsonObject fields = it.value().toObject();
            for (auto field = fields.begin(); field != fields.end(); ++field) {
                const QString key = SyncOptions::secretKey(parts.at(0), parts.at(1), field.key());
                if (!field.value().isString() || !wanted.contains(key)) {
                    *error = tr("secret file: %1 %2 is not a secret this batch needs")
                                 .arg(it.key(), field.key());
                    return std::nullopt;
                }
                secrets.insert(key, field.value().toString());
            }
        }
        return secrets;
    }
    // A plain file: one secret, its final line break dropped, for every secret needed.
    QByteArray text = content;
    if (text.endsWith('\n'))
        text.chop(1);
    if (text.endsWith('\r'))
        text.chop(1);
    if (text.isEmpty()) {
        *error = tr("secret file: empty");
        return std::nullopt;
    }
    for (const QString &key : wanted)
        secrets.insert(key, QString::fromUtf8(text));
    return secrets;
}

QString ResourcesCommand::diffTable(const ResourceDiffResult &result)
{
    QString out;
    qsizetype typeWidth = 4;
    qsizetype nameWidth = 4;
    qsizetype stateWidth = 5;
    QStringList states;
    for (const ResourceDiffRow &row : result.rows) {
        typeWidth = std::max(typeWidth, row.type.size());
        nameWidth = std::max(nameWidth, row.name.size());
        states.append(ResourceDiffText::status(row, result.clusters));
        stateWidth = std::max(stateWidth, states.constLast().size());
    }
    out += padded(tr("TYPE"), typeWidth + 2) + padded(tr("NAME"), nameWidth + 2) +
           padded(tr("STATE"), stateWidth + 2) + tr("DETAILS") + u'\n';
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const ResourceDiffRow &row = result.rows.at(i);
        QStringList details;
        if (!row.differingFields.isEmpty())
            details.append(row.differingFields.join(u", "_s));
        const QString secrets = ResourceDiffText::secrets(row);
        if (!secrets.isEmpty())
            details.append(tr("secrets: %1").arg(secrets));
        out += padded(row.type, typeWidth + 2) + padded(row.name, nameWidth + 2) +
               padded(states.at(i), stateWidth + 2) + details.join(u"; "_s);
        out = out.trimmed() + u'\n';
    }
    out += tr("%1 resources: %2 identical, %3 differ, %4 not on every cluster\n")
               .arg(result.rows.size())
               .arg(result.count(ResourceDiffRow::Status::Identical))
               .arg(result.count(ResourceDiffRow::Status::Differs))
               .arg(result.count(ResourceDiffRow::Status::Partial));
    return out;
}

QString ResourcesCommand::planText(const SyncPlan &plan)
{
    QString out;
    for (qsizetype t = 0; t < plan.targets.size(); ++t) {
        out += tr("Cluster %1:\n").arg(plan.targets.at(t));
        for (const SyncItem &item : plan.items) {
            if (item.targetIndex != t)
                continue;
            QString line = u"  "_s + padded(SyncPlan::actionName(item.action), 10) + item.type +
                           u'/' + item.name;
            if (!item.fields.isEmpty())
                line += u"  "_s + item.fields.join(u", "_s);
            if (!item.reason.isEmpty())
                line += u"  ("_s + item.reason + u')';
            if (!item.notes.isEmpty())
                line += u"  ["_s + item.notes.join(u"; "_s) + u']';
            out += line + u'\n';
        }
    }
    out += tr("%1 to create, %2 to update, %3 unchanged, %4 blocked\n")
               .arg(plan.count(SyncItem::Action::Create))
               .arg(plan.count(SyncItem::Action::Update))
               .arg(plan.count(SyncItem::Action::Unchanged))
               .arg(plan.count(SyncItem::Action::Blocked));
    return out;
}

QString ResourcesCommand::writeRefusal(const ResourcesOptions &options)
{
    if (options.action != ResourcesOptions::Action::Apply || options.dryRun)
        return {};
    QString refusal;
    for (const ResourcesClusterOption &cluster : options.clusters)
        refusal += WriteGuard::refusal(cluster.profile, options.confirmations);
    return refusal;
}

void ResourcesCommand::start()
{
    if (!begin(m_options.timeout))
        return;
    if (const QString refusal = writeRefusal(m_options); !refusal.isEmpty()) {
        m_errors += refusal;
        QMetaObject::invokeMethod(
            this, [this] { finish(Error); }, Qt::QueuedConnection);
        return;
    }
    if (m_options.action == ResourcesOptions::Action::Apply) {
        QString error;
        const auto file = DefinitionsFile::read(m_options.filePath, &error);
        if (!file) {
            m_errors += error + u'\n';
            QMetaObject::invokeMethod(
                this, [this] { finish(Error); }, Qt::QueuedConnection);
            return;
        }
        m_source = file->resources;
    }
    m_nonce = m_options.action == ResourcesOptions::Action::Export
                  ? QByteArray()
                  : ClusterResourcesFetcher::newNonce();
    m_endpointsPending = int(m_options.clusters.size());
    m_endpoints.resize(m_options.clusters.size(), nullptr);
    if (m_endpointsPending == 0) {
        m_errors += tr("no cluster given\n");
        QMetaObject::invokeMethod(
            this, [this] { finish(Error); }, Qt::QueuedConnection);
        return;
    }
    for (qsizetype i = 0; i < m_options.clusters.size(); ++i) {
        const ResourcesClusterOption &cluster = m_options.clusters.at(i);
        ClusterEndpoint::open(cluster.profile, m_options.secrets, cluster.password, this, this,
                              [this, i](ClusterEndpoint *endpoint) {
                                  m_endpoints[i] = endpoint;
                                  onEndpoint(endpoint);
                              });
    }
}

void ResourcesCommand::onEndpoint(ClusterEndpoint *)
{
    if (--m_endpointsPending > 0 || isFinished())
        return;
    m_fetchersPending = int(m_endpoints.size());
    // Only the diff's own type filter narrows what is read: a plan must see every resource.
    const QString type =
        m_options.action == ResourcesOptions::Action::Diff ? m_options.type : QString();
    for (ClusterEndpoint *endpoint : std::as_const(m_endpoints)) {
        auto *fetcher = new ClusterResourcesFetcher(endpoint, this);
        m_fetchers.append(fetcher);
        connect(fetcher, &ClusterResourcesFetcher::finished, this, [this] {
            if (--m_fetchersPending == 0 && !isFinished())
                onReadingsDone();
        });
        fetcher->start(type, m_nonce);
    }
}

void ResourcesCommand::onReadingsDone()
{
    QList<ClusterReading> readings;
    for (const ClusterResourcesFetcher *fetcher : std::as_const(m_fetchers))
        readings.append(fetcher->reading());
    switch (m_options.action) {
    case ResourcesOptions::Action::Diff:
        runDiff(readings);
        return;
    case ResourcesOptions::Action::Export:
        runExport(readings.constFirst());
        return;
    case ResourcesOptions::Action::Apply:
        runApply(readings);
        return;
    }
}

void ResourcesCommand::runDiff(const QList<ClusterReading> &readings)
{
    QList<ClusterResources> clusters;
    bool failed = false;
    for (const ClusterReading &reading : readings) {
        if (!reading.isOk()) {
            m_errors += tr("cannot read %1: %2\n").arg(reading.resources.label, reading.error);
            failed = true;
        } else if (reading.digestsUnavailable) {
            m_errors += tr("%1 does not compare secrets for this account: where secrets are "
                           "set on every cluster, whether they are equal cannot be told\n")
                            .arg(reading.resources.label);
        }
        clusters.append(reading.resources);
    }
    if (failed) {
        finish(Error);
        return;
    }
    const ResourceDiffResult result = ResourceDiff::compare(clusters, m_options.type);
    m_output = m_options.json ? QString::fromUtf8(QJsonDocument(result.toJson()).toJson())
                              : diffTable(result);
    finish(result.isIdentical() ? Success : Differs);
}

void ResourcesCommand::runExport(const ClusterReading &reading)
{
    if (!reading.isOk()) {
        m_errors += tr("cannot read %1: %2\n").arg(reading.resources.label, reading.error);
        finish(Error);
        return;
    }
    const DefinitionsFile file =
        DefinitionsFile::exportOf(reading.resources.label, reading.resources.resources);
    QString error;
    if (!DefinitionsFile::write(m_options.outputPath, file, &error)) {
        m_errors += error + u'\n';
        finish(Error);
        return;
    }
    m_output +=
        tr("exported %n resource definition(s) of %1 to %2\n", nullptr, int(file.resources.size()))
            .arg(file.cluster, m_options.outputPath);
    const QStringList needed = file.secretsNeeded();
    if (!needed.isEmpty())
        m_output +=
            tr("secrets not exported, they need a value on import: %1\n").arg(needed.join(u", "_s));
    finish(Success);
}

void ResourcesCommand::runApply(const QList<ClusterReading> &readings)
{
    SyncOptions options;
    options.mode = m_options.mode;
    options.nonce = m_nonce;
    if (m_options.secretFile) {
        QString error;
        const auto secrets =
            secretsFromFile(*m_options.secretFile, SyncPlan::secretsOfInterest(*m_source), &error);
        if (!secrets) {
            m_errors += error + u'\n';
            finish(Error);
            return;
        }
        options.secrets = *secrets;
    }
    const SyncPlan plan = SyncPlan::build(*m_source, readings, options);
    for (const ClusterReading &reading : readings) {
        if (!reading.isOk())
            m_errors += tr("cannot read %1: %2\n").arg(reading.resources.label, reading.error);
    }
    if (m_options.dryRun || !plan.hasWrites()) {
        m_output = m_options.json ? QString::fromUtf8(QJsonDocument(plan.toJson()).toJson())
                                  : planText(plan);
        const bool unreadable =
            std::any_of(readings.begin(), readings.end(), [](const auto &r) { return !r.isOk(); });
        finish(unreadable ? Error : plan.count(SyncItem::Action::Blocked) > 0 ? Differs : Success);
        return;
    }
    if (!m_options.json)
        m_output = planText(plan);
    QHash<QString, ResourceRepository *> repositories;
    for (ClusterEndpoint *endpoint : std::as_const(m_endpoints))
        repositories.insert(endpoint->label(), endpoint->repository());
    m_applier = new SyncApplier(plan, repositories, this);
    connect(m_applier, &SyncApplier::finished, this, &ResourcesCommand::onApplied);
    m_applier->start();
}

void ResourcesCommand::onApplied()
{
    if (isFinished())
        return;
    const SyncPlan &plan = m_applier->plan();
    const QList<SyncItemResult> &results = m_applier->results();
    QJsonArray items;
    QString text = tr("Results:\n");
    for (qsizetype i = 0; i < plan.items.size(); ++i) {
        const SyncItem &item = plan.items.at(i);
        const SyncItemResult &result = results.at(i);
        const QString outcome = SyncItemResult::outcomeName(result.outcome);
        text += u"  "_s + padded(item.target, 12) + padded(outcome, 10) + item.type + u'/' +
                item.name +
                (result.detail.isEmpty() ? QString() : u"  ("_s + result.detail + u')') + u'\n';
        QJsonObject object{{u"target"_s, item.target},
                           {u"type"_s, item.type},
                           {u"name"_s, item.name},
                           {u"action"_s, SyncPlan::actionName(item.action)},
                           {u"outcome"_s, outcome}};
        if (!result.detail.isEmpty())
            object.insert(u"detail"_s, result.detail);
        items.append(object);
    }
    if (m_options.json) {
        QJsonObject root = plan.toJson();
        root.insert(u"results"_s, items);
        m_output = QString::fromUtf8(QJsonDocument(root).toJson());
    } else {
        m_output += text;
    }
    const bool unreadable = std::any_of(m_fetchers.begin(), m_fetchers.end(),
                                        [](const auto *f) { return !f->reading().isOk(); });
    const bool allDone =
        m_applier->allWritesApplied() && m_applier->count(SyncItemResult::Outcome::Blocked) == 0;
    finish(unreadable ? Error : allDone ? Success : Differs);
}
