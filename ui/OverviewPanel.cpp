#include "OverviewPanel.h"

#include "ClockAssessment.h"
#include "Icons.h"
#include "Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int SeverityRole = Qt::UserRole + 1;
constexpr int PlaceholderRole = Qt::UserRole + 2;
constexpr int CardCount = int(OverviewPanel::Card::Count);

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

} // namespace

OverviewPanel::OverviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
    , m_findingsTitle(new QLabel(this))
    , m_findings(new QListView(this))
    , m_findingsModel(new QStandardItemModel(this))
    , m_ageTimer(new QTimer(this))
{
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setAutoFillBackground(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_bannerText->setObjectName(QStringLiteral("staleBannerText"));
    m_bannerText->setWordWrap(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(10);
    const QString names[CardCount] = {
        QStringLiteral("nodesCard"), QStringLiteral("clockCard"), QStringLiteral("configCard"),
        QStringLiteral("loadBalancerCard"), QStringLiteral("timeSyncCard")};
    for (int i = 0; i < CardCount; ++i)
        m_cards[i] = makeCard(names[i]);
    arrangeCards();

    m_findingsTitle->setObjectName(QStringLiteral("findingsTitle"));
    QFont titleFont = m_findingsTitle->font();
    titleFont.setBold(true);
    m_findingsTitle->setFont(titleFont);
    m_findingsTitle->setBuddy(m_findings);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setModel(m_findingsModel);
    m_findings->setWordWrap(true);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setSpacing(3);
    m_findings->setIconSize(QSize(20, 20));
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addLayout(m_cardGrid);
    layout->addWidget(m_findingsTitle);
    layout->addWidget(m_findings, 1);

    // The banner's age grows while nothing new arrives.
    m_ageTimer->setInterval(15000);
    connect(m_ageTimer, &QTimer::timeout, this, &OverviewPanel::refreshBanner);

    retranslateUi();
    applyCardColors();
}

OverviewPanel::CardWidgets OverviewPanel::makeCard(const QString &objectName)
{
    CardWidgets card;
    card.frame = new QFrame(this);
    card.frame->setObjectName(objectName);
    card.frame->setFrameShape(QFrame::StyledPanel);
    card.frame->setAutoFillBackground(true);
    card.frame->setBackgroundRole(QPalette::Base);
    card.title = new QLabel(card.frame);
    card.value = new QLabel(card.frame);
    card.detail = new QLabel(card.frame);
    card.value->setObjectName(objectName + QStringLiteral("Value"));
    card.detail->setObjectName(objectName + QStringLiteral("Detail"));
    // Translated titles and values run longer ("Größte Uhrabweichung", "Keine Statistik-URL"):
    // they wrap rather than being cut.
    card.title->setWordWrap(true);
    card.value->setWordWrap(true);
    card.detail->setWordWrap(true);
    card.detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QLabel *label : {card.title, card.value, card.detail}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont valueFont = card.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    card.value->setFont(valueFont);
    auto *layout = new QVBoxLayout(card.frame);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    layout->addWidget(card.title);
    layout->addWidget(card.value);
    layout->addWidget(card.detail, 1);
    // Five cards side by side leave room for the sidebar on a 1024-pixel screen; titles and
    // values wrap within them.
    card.frame->setMinimumWidth(136);
    return card;
}

void OverviewPanel::arrangeCards()
{
    // Below 160 px a German word ("Zeitsynchronisierung") no longer fits a card.
    constexpr int ComfortableWidth = 160;
    const int available = width() - 40; // the panel's margins and the spacing between cards
    const int columns = available >= CardCount * ComfortableWidth ? CardCount : 3;
    if (columns == m_cardColumns)
        return;
    m_cardColumns = columns;
    for (int i = 0; i < CardCount; ++i) {
        m_cardGrid->removeWidget(m_cards[i].frame);
        m_cardGrid->addWidget(m_cards[i].frame, i / columns, i % columns);
    }
    for (int column = 0; column < CardCount; ++column)
        m_cardGrid->setColumnStretch(column, column < columns ? 1 : 0);
}

void OverviewPanel::resizeEvent(QResizeEvent *event)
{
    arrangeCards();
    QWidget::resizeEvent(event);
}

void OverviewPanel::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    refresh();
}

void OverviewPanel::setNotPolledReason(const QString &reason)
{
    if (reason == m_notPolledReason)
        return;
    m_notPolledReason = reason;
    refreshFindings();
}

void OverviewPanel::setClock(std::function<qint64()> nowMs)
{
    if (nowMs)
        m_now = std::move(nowMs);
    refreshBanner();
}

void OverviewPanel::refresh()
{
    setCard(Card::Nodes, nodesCard());
    setCard(Card::Clock, clockCard());
    setCard(Card::Config, configCard());
    setCard(Card::LoadBalancer, loadBalancerCard());
    setCard(Card::TimeSync, timeSyncCard());
    refreshBanner();
    refreshFindings();
}

void OverviewPanel::setCard(Card card, const CardContent &content)
{
    CardWidgets &widgets = m_cards[int(card)];
    // Unchanged text is not set again: no relayout, no accessibility event every poll.
    if (widgets.value->text() != content.value)
        widgets.value->setText(content.value);
    if (widgets.detail->text() != content.detail)
        widgets.detail->setText(content.detail);
    if (widgets.severity != content.severity || widgets.known != content.known) {
        widgets.severity = content.severity;
        widgets.known = content.known;
        applyCardColors();
    }
    widgets.frame->setAccessibleDescription(
        tr("%1: %2. %3").arg(widgets.title->text(), content.value, content.detail));
}

void OverviewPanel::refreshBanner()
{
    const bool stale = m_hasSnapshot && m_snapshot.isStale();
    if (stale) {
        const qint64 seconds = std::max<qint64>(0, m_snapshot.ageMs(m_now()) / 1000);
        QString age;
        if (seconds < 60)
            age = tr("%n s", nullptr, int(seconds));
        else if (seconds < 3600)
            age = tr("%n min", nullptr, int(seconds / 60));
        else if (seconds < 86400)
            age = tr("%n h", nullptr, int(seconds / 3600));
        else
            age = tr("%n d", nullptr, int(seconds / 86400));
        const QString text = m_snapshot.takenAtMs() > 0
                                 ? tr("Showing the snapshot from %1 ago; refreshing…").arg(age)
                                 : tr("Showing a saved snapshot; refreshing…");
        if (m_bannerText->text() != text)
            m_bannerText->setText(text);
        if (!m_ageTimer->isActive())
            m_ageTimer->start();
    } else {
        m_ageTimer->stop();
    }
    m_banner->setVisible(stale);
}

void OverviewPanel::refreshFindings()
{
    struct Row
    {
        QString text;
        Severity severity;
        bool placeholder;
    };
    QList<Row> rows;
    for (const Finding &finding : m_snapshot.findings()) {
        QString text = tr("%1: %2").arg(severityText(finding.severity), finding.text);
        if (!finding.action.isEmpty())
            text += QLatin1Char('\n') + tr("What to do: %1").arg(finding.action);
        rows.append({text, finding.severity, false});
    }
    if (!m_notPolledReason.isEmpty())
        rows.prepend({m_notPolledReason, Severity::Warning, false});
    else if (rows.isEmpty())
        rows.append({m_hasSnapshot ? tr("Nothing to report: every check passed.")
                                   : tr("Waiting for the first poll."),
                     Severity::Ok, true});

    // Row by row: unchanged rows keep their item (and the reader's selection).
    while (m_findingsModel->rowCount() > rows.size())
        m_findingsModel->removeRow(m_findingsModel->rowCount() - 1);
    for (int i = 0; i < rows.size(); ++i) {
        QStandardItem *item = m_findingsModel->item(i);
        if (!item) {
            item = new QStandardItem;
            item->setEditable(false);
            m_findingsModel->appendRow(item);
        }
        const Row &row = rows.at(i);
        if (item->text() != row.text)
            item->setText(row.text);
        if (!item->data(SeverityRole).isValid() ||
            item->data(SeverityRole).toInt() != int(row.severity)) {
            item->setData(int(row.severity), SeverityRole);
            item->setIcon(Icons::icon(Icons::severityIconName(row.severity),
                                      Theme::severityColor(row.severity, palette())));
        }
        if (item->data(PlaceholderRole).toBool() != row.placeholder)
            item->setData(row.placeholder, PlaceholderRole);
    }
}

void OverviewPanel::applyCardColors()
{
    const QPalette base = palette();
    for (CardWidgets &card : m_cards) {
        if (!card.frame)
            continue;
        // Labels on the card's Base background paint with Text, elsewhere with WindowText.
        const QColor muted = Theme::color(Theme::Role::Muted, base);
        QPalette titlePalette = base;
        titlePalette.setColor(QPalette::WindowText, muted);
        titlePalette.setColor(QPalette::Text, muted);
        card.title->setPalette(titlePalette);
        const QColor valueColor = card.known ? Theme::severityColor(card.severity, base) : muted;
        QPalette valuePalette = base;
        valuePalette.setColor(QPalette::WindowText, valueColor);
        valuePalette.setColor(QPalette::Text, valueColor);
        card.value->setPalette(valuePalette);
    }
    QPalette bannerPalette = base;
    bannerPalette.setColor(QPalette::Window, mix(base.color(QPalette::Base),
                                                 Theme::color(Theme::Role::Warning, base), 0.22));
    m_banner->setPalette(bannerPalette);
}

QString OverviewPanel::cardValue(Card card) const
{
    return m_cards[int(card)].value->text();
}

QString OverviewPanel::cardDetail(Card card) const
{
    return m_cards[int(card)].detail->text();
}

Severity OverviewPanel::cardSeverity(Card card) const
{
    return m_cards[int(card)].severity;
}

QStringList OverviewPanel::findingTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_findingsModel->rowCount(); ++i) {
        const QStandardItem *item = m_findingsModel->item(i);
        if (!item->data(PlaceholderRole).toBool())
            texts << item->text();
    }
    return texts;
}

bool OverviewPanel::isStaleBannerShown() const
{
    return !m_banner->isHidden();
}

QString OverviewPanel::staleBannerText() const
{
    return m_bannerText->text();
}

void OverviewPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        applyCardColors();
        // Icons carry their colour: draw them again in the new palette's.
        for (int i = 0; i < m_findingsModel->rowCount(); ++i)
            m_findingsModel->item(i)->setData(QVariant(), SeverityRole);
        refreshFindings();
    }
    QWidget::changeEvent(event);
}

void OverviewPanel::retranslateUi()
{
    const QString titles[CardCount] = {tr("Nodes"), tr("Worst clock offset"), tr("Configuration"),
                                       tr("Load balancer"), tr("Time sync")};
    for (int i = 0; i < CardCount; ++i)
        m_cards[i].title->setText(titles[i]);
    // How clocks are judged, where the judgement is shown.
    m_cards[int(Card::Clock)].frame->setToolTip(ClockAssessment::ruleText());
    m_cards[int(Card::TimeSync)].frame->setToolTip(ClockAssessment::ruleText());
    m_findingsTitle->setText(tr("&Findings, worst first"));
    m_findings->setAccessibleName(tr("Findings"));
    refresh();
}
