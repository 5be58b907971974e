#include "ClusterSummaryPage.h"

#include "Icons.h"
#include "Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace {

QString iconNameFor(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
    case Severity::Info:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("unknown");
}

} // namespace

ClusterSummaryPage::ClusterSummaryPage(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(this))
    , m_title(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_health(new QLabel(this))
    , m_reachability(new QLabel(this))
    , m_nodes(new QLabel(this))
    , m_refreshed(new QLabel(this))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QListWidget(this))
{
    setObjectName(QStringLiteral("clusterSummaryPage"));
    m_health->setObjectName(QStringLiteral("summaryHealth"));
    m_nodes->setObjectName(QStringLiteral("summaryNodes"));
    m_refreshed->setObjectName(QStringLiteral("summaryRefreshed"));
    m_findings->setObjectName(QStringLiteral("summaryFindings"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_urlLabel->setForegroundRole(QPalette::PlaceholderText);
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {m_health, m_reachability, m_nodes, m_refreshed})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_findings->setSelectionMode(QAbstractItemView::NoSelection);
    m_findings->setWordWrap(true);
    m_findingsTitle->setBuddy(m_findings);

    auto *header = new QHBoxLayout;
    header->addWidget(m_badge);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_urlLabel);
    header->addLayout(titles, 1);

    m_form->addRow(new QLabel(this), m_health);
    m_form->addRow(new QLabel(this), m_reachability);
    m_form->addRow(new QLabel(this), m_nodes);
    m_form->addRow(new QLabel(this), m_refreshed);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addLayout(header);
    layout->addSpacing(8);
    layout->addLayout(m_form);
    layout->addSpacing(8);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findings, 1);

    retranslateUi();
}

void ClusterSummaryPage::setCluster(const QString &profileId, const QString &name, const QUrl &url)
{
    if (profileId != m_profileId)
        m_snapshot.reset();
    m_profileId = profileId;
    m_name = name;
    m_url = url;
    refresh();
}

void ClusterSummaryPage::setSnapshot(const std::optional<ClusterSnapshot> &snapshot)
{
    m_snapshot = snapshot;
    refresh();
}

void ClusterSummaryPage::setCurrentTimeMs(qint64 nowMs)
{
    m_nowMs = nowMs;
    if (m_snapshot)
        refresh();
}

QString ClusterSummaryPage::healthText() const
{
    return m_health->text();
}

QString ClusterSummaryPage::nodesText() const
{
    return m_nodes->text();
}

void ClusterSummaryPage::refresh()
{
    m_title->setText(m_name);
    m_urlLabel->setText(m_url.toString());
    Severity severity = Severity::Ok;
    QString iconName = QStringLiteral("unknown");
    QColor color = Theme::color(Theme::Role::Muted, palette());
    m_findings->clear();
    if (!m_snapshot) {
        m_health->setText(tr("Unknown: not refreshed yet"));
        m_reachability->setText(tr("Unknown"));
        m_nodes->setText(tr("No data yet"));
        m_refreshed->setText(tr("Never"));
    } else {
        const ClusterSnapshot &snapshot = *m_snapshot;
        severity = snapshot.worstSeverity();
        const QList<Finding> findings = snapshot.findings();
        int problems = 0;
        for (const Finding &finding : findings) {
            if (finding.severity >= Severity::Warning)
                ++problems;
        }
        m_health->setText(problems == 0
                              ? severityText(severity)
                              : tr("%1 (problems: %2)").arg(severityText(severity)).arg(problems));
        m_reachability->setText(
            snapshot.isReachable()
                ? tr("Reachable")
                : tr("Unreachable: %1")
                      .arg(snapshot.error().isEmpty() ? tr("no answer") : snapshot.error()));
        const ClusterSnapshot::Counts counts = snapshot.counts();
        m_nodes->setText(tr("%1 nodes: %2 up, %3 degraded, %4 unreachable")
                             .arg(counts.total)
                             .arg(counts.up)
                             .arg(counts.degraded)
                             .arg(counts.unreachable));
        const qint64 ageSeconds = qMax<qint64>(0, snapshot.ageMs(m_nowMs) / 1000);
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(snapshot.takenAtMs()), QLocale::ShortFormat);
        const QString age =
            ageSeconds < 5 ? tr("just now") : tr("%1 ago").arg(Finding::durationText(ageSeconds));
        m_refreshed->setText(snapshot.isStale()
                                 ? tr("%1 (%2, saved state; refreshing…)").arg(when, age)
                                 : tr("%1 (%2)").arg(when, age));
        iconName = snapshot.isReachable() ? iconNameFor(severity) : QStringLiteral("critical");
        color = snapshot.isReachable() ? Theme::severityColor(severity, palette())
                                       : Theme::color(Theme::Role::Critical, palette());
        for (const Finding &finding : findings) {
            auto *item = new QListWidgetItem(
                Icons::icon(iconNameFor(finding.severity),
                            Theme::severityColor(finding.severity, palette())),
                finding.action.isEmpty() ? finding.text
                                         : tr("%1 — %2").arg(finding.text, finding.action),
                m_findings);
            item->setToolTip(severityText(finding.severity));
        }
    }
    m_badge->setPixmap(Icons::icon(iconName, color).pixmap(40, 40));
    m_badge->setAccessibleName(m_health->text());
    m_findingsTitle->setVisible(m_findings->count() > 0);
    m_findings->setVisible(m_findings->count() > 0);
}

void ClusterSummaryPage::retranslateUi()
{
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *formLabel = qobject_cast<QLabel *>(m_form->labelForField(field)))
            formLabel->setText(text);
    };
    label(m_health, tr("Health:"));
    label(m_reachability, tr("Load balancer:"));
    label(m_nodes, tr("Nodes:"));
    label(m_refreshed, tr("Last refresh:"));
    m_findingsTitle->setText(tr("&Findings"));
    refresh();
}

void ClusterSummaryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}
