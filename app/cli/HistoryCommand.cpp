#include "HistoryCommand.h"

#include "ChangeDiff.h"
#include "ChangeLogExport.h"
#include "ChangeLogReader.h"
#include "ClusterEndpoint.h"

#include <QJsonDocument>

#include <algorithm>

HistoryCommand::HistoryCommand(HistoryOptions options, QObject *parent)
    : TimedCommand(parent)
    , m_options(std::move(options))
{}

void HistoryCommand::onDeadline()
{
    m_errors +=
        tr("no answer from %1 within %2 s\n")
            .arg(m_options.profile.name)
            .arg(std::chrono::duration_cast<std::chrono::seconds>(m_options.timeout).count());
    finish(Error);
}

std::optional<HistoryOptions::Format> HistoryCommand::formatNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("csv"))
        return HistoryOptions::Format::Csv;
    if (lower == QLatin1String("json"))
        return HistoryOptions::Format::Json;
    if (lower == QLatin1String("text"))
        return HistoryOptions::Format::Text;
    return std::nullopt;
}

void HistoryCommand::start()
{
    if (!begin(m_options.timeout))
        return;
    ClusterEndpoint::open(m_options.profile, m_options.secrets, m_options.password, this, this,
                          [this](ClusterEndpoint *endpoint) { onEndpoint(endpoint); });
}

void HistoryCommand::onEndpoint(ClusterEndpoint *endpoint)
{
    if (isFinished())
        return;
    if (!endpoint->error().isEmpty()) {
        m_errors += tr("%1: %2\n").arg(m_options.profile.name, endpoint->error());
        finish(Error);
        return;
    }
    m_reader = new ChangeLogReader(endpoint->client(), this);
    connect(m_reader, &ChangeLogReader::finished, this, &HistoryCommand::onRead);
    m_reader->start();
}

void HistoryCommand::onRead()
{
    if (isFinished())
        return;
    if (!m_reader->errorText().isEmpty()) {
        m_errors += tr("%1: %2\n").arg(m_options.profile.name, m_reader->errorText());
        finish(Error);
        return;
    }
    const QList<ChangeLogEntry> changes = m_options.filter.apply(m_reader->entries());
    switch (m_options.format) {
    case HistoryOptions::Format::Csv:
        m_output = QString::fromUtf8(ChangeLogExport::csv(changes));
        break;
    case HistoryOptions::Format::Json:
        m_output = QString::fromUtf8(
            QJsonDocument(ChangeLogExport::json(changes)).toJson(QJsonDocument::Indented));
        break;
    case HistoryOptions::Format::Text:
        m_output = table(changes);
        break;
    }
    finish(Success);
}

QString HistoryCommand::table(const QList<ChangeLogEntry> &changes)
{
    if (changes.isEmpty())
        return tr("No change matches.\n");
    QList<QStringList> rows{
        {tr("REVISION"), tr("TIME (UTC)"), tr("USER"), tr("CHANGE"), tr("RESOURCE"), tr("FIELDS")}};
    for (const ChangeLogEntry &entry : changes) {
        QStringList fields;
        for (const ChangeFieldDiff &field : ChangeDiff::changedFields(entry))
            fields.append(field.field);
        rows.append({QString::number(entry.revision),
                     entry.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), entry.user,
                     entry.operation, entry.resourceType + u'/' + entry.name,
                     entry.recorded ? fields.join(u' ') : ChangeLogText::notRecorded()});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        text += line.trimmed() + u'\n';
    }
    return text;
}
