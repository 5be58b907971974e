#include "WelcomePage.h"

#include "Icons.h"
#include "Theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(DemoClusterLauncher *launcher, QWidget *parent)
    : QWidget(parent)
    , m_launcher(launcher)
    , m_logo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_addButton(new QPushButton(this))
    , m_demoButton(new QPushButton(this))
    , m_demoHint(new QLabel(this))
    , m_demoStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_addButton->setObjectName(QStringLiteral("welcomeAddClusterButton"));
    m_demoButton->setObjectName(QStringLiteral("welcomeStartDemoButton"));
    m_demoStatus->setObjectName(QStringLiteral("welcomeDemoStatus"));
    m_logo->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_intro, m_demoHint, m_demoStatus}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_demoHint->setForegroundRole(QPalette::PlaceholderText);
    m_demoStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addButton->setDefault(true);
    m_addButton->setMinimumWidth(m_addButton->fontMetrics().horizontalAdvance(QLatin1Char('M')) *
                                 16);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(m_logo);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(8);
    column->addWidget(m_addButton, 0, Qt::AlignHCenter);
    column->addWidget(m_demoButton, 0, Qt::AlignHCenter);
    column->addWidget(m_demoHint);
    column->addWidget(m_demoStatus);

    auto *outer = new QHBoxLayout(this);
    auto *centre = new QWidget(this);
    centre->setLayout(column);
    centre->setMaximumWidth(520);
    outer->addStretch(1);
    outer->addWidget(centre, 4);
    outer->addStretch(1);
    column->insertStretch(0, 1);
    column->addStretch(2);

    connect(m_addButton, &QPushButton::clicked, this, &WelcomePage::addClusterRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::startDemo);
    if (m_launcher) {
        connect(m_launcher, &DemoClusterLauncher::progress, this, [this](const QString &line) {
            m_lastProgress = line;
            updateDemoState();
        });
        connect(m_launcher, &DemoClusterLauncher::finished, this, &WelcomePage::onDemoFinished);
    }
    setTabOrder(m_addButton, m_demoButton);

    retranslateUi();
    updateIcons();
    updateDemoState();
}

bool WelcomePage::startDemo()
{
    if (!m_launcher)
        return false;
    QString error;
    m_lastError.clear();
    m_lastProgress.clear();
    const bool started = m_launcher->start(&error);
    if (!started)
        m_lastError = error;
    updateDemoState();
    return started;
}

void WelcomePage::onDemoFinished(const DemoClusterLauncher::Result &result)
{
    m_lastProgress.clear();
    m_lastError = result.ok ? QString() : result.error;
    updateDemoState();
    if (result.ok)
        Q_EMIT demoClusterReady(result);
}

void WelcomePage::updateDemoState()
{
    const bool available = m_launcher && m_launcher->isAvailable();
    const bool running = m_launcher && m_launcher->isRunning();
    m_demoButton->setVisible(available);
    m_demoButton->setEnabled(!running);
    m_demoHint->setVisible(available);
    QString status;
    QPalette::ColorRole role = QPalette::WindowText;
    if (running) {
        status = m_lastProgress.isEmpty() ? tr("Starting the demo cluster…")
                                          : tr("Starting the demo cluster… %1").arg(m_lastProgress);
    } else if (!m_lastError.isEmpty()) {
        status = m_lastError;
        role = QPalette::BrightText;
    }
    m_demoStatus->setText(status);
    m_demoStatus->setVisible(!status.isEmpty());
    QPalette palette = m_demoStatus->palette();
    palette.setColor(QPalette::WindowText, role == QPalette::BrightText
                                               ? Theme::color(Theme::Role::Critical)
                                               : this->palette().color(QPalette::WindowText));
    m_demoStatus->setPalette(palette);
}

void WelcomePage::retranslateUi()
{
    m_title->setText(tr("Welcome to Clusterdesk"));
    m_intro->setText(tr("Watch the nodes of your clusters, their health, clocks and "
                        "configuration, and manage the resources they share. Start by adding a "
                        "cluster: the address of its load balancer and a user."));
    m_addButton->setText(tr("&Add Cluster…"));
    m_demoButton->setText(tr("Start &Local Demo Cluster"));
    m_demoHint->setText(tr("Runs three reference nodes behind HAProxy on this computer and adds "
                           "them as a cluster. They stop when Clusterdesk quits."));
    m_logo->setAccessibleName(tr("Clusterdesk"));
    updateDemoState();
}

void WelcomePage::updateIcons()
{
    m_logo->setPixmap(Icons::appIcon().pixmap(96, 96));
    m_addButton->setIcon(Icons::icon(QStringLiteral("add")));
    m_demoButton->setIcon(Icons::icon(QStringLiteral("cluster")));
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateDemoState(); // the error colour follows light/dark
    QWidget::changeEvent(event);
}
