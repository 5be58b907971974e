#include "ConnectionTestPanel.h"

#include "CertificateView.h"
#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionTestPanel::ConnectionTestPanel(ConnectionTester *tester, QWidget *parent)
    : QGroupBox(parent)
    , m_tester(tester)
    , m_testButton(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_certificateView(new CertificateView(this))
    , m_trustButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("connectionTestPanel"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setAutoDefault(false);
    m_busy->setObjectName(QStringLiteral("testBusyIndicator"));
    m_busy->setRange(0, 0); // indeterminate: a test has no measurable progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(100);
    m_status->setObjectName(QStringLiteral("testStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(300);
    m_trustButton->setObjectName(QStringLiteral("trustCertificateButton"));
    m_trustButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_testButton, 0, Qt::AlignTop);
    row->addWidget(m_busy, 0, Qt::AlignVCenter);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    layout->addWidget(m_certificateView);
    layout->addWidget(m_trustButton, 0, Qt::AlignLeft);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
    connect(m_trustButton, &QPushButton::clicked, this, [this] {
        if (m_result && m_result->untrustedCertificate())
            emit trustRequested(m_result->certificate, m_result->sslErrors);
    });
    retranslateUi();
}

ConnectionTestPanel::~ConnectionTestPanel()
{
    cancel();
}

void ConnectionTestPanel::start(const ClusterProfile &profile, const std::optional<QString> &secret)
{
    clear();
    auto *context = new QObject(this);
    m_context = context;
    m_testedUrl = profile.loadBalancerUrl;
    // No secret typed: the tester reads the saved one.
    m_tester->testConnection(profile, secret, context,
                             [this, context](const ConnectionTestResult &result) {
                                 m_context = nullptr;
                                 context->deleteLater();
                                 m_result = result;
                                 render();
                                 emit finished(result);
                             });
    render();
}

void ConnectionTestPanel::cancel()
{
    delete m_context.data();
}

void ConnectionTestPanel::clear()
{
    cancel();
    m_result.reset();
    render();
}

void ConnectionTestPanel::setTestAllowed(bool allowed)
{
    m_allowed = allowed;
    render();
}

void ConnectionTestPanel::render()
{
    m_testButton->setEnabled(m_allowed && !isRunning());
    m_busy->setVisible(isRunning());
    const bool untrusted = !isRunning() && m_result && m_result->untrustedCertificate();
    m_trustButton->setVisible(untrusted);
    if (m_result)
        m_certificateView->setCertificate(m_result->certificate,
                                          m_result->ok ? QList<QSslError>() : m_result->sslErrors);
    else
        m_certificateView->clear();

    QColor color = Theme::color(Theme::Role::Muted, palette());
    QString text;
    if (isRunning()) {
        text = tr("Connecting to %1…").arg(m_testedUrl.toDisplayString());
    } else if (!m_result) {
        text = tr("Checks the address, the sign-in and the certificate.");
    } else if (m_result->ok && m_result->capabilities.isPlainSpectrum()) {
        text = tr("Connected: this is a plain Spectrum cluster, without Clusterdesk's management "
                  "API.") +
               QLatin1Char(' ') + m_result->capabilities.summaryText();
        color = Theme::color(Theme::Role::Ok, palette());
    } else if (m_result->ok) {
        const QString name =
            m_result->clusterName.isEmpty() ? m_result->clusterId : m_result->clusterName;
        // "1 node" and "3 nodes" come from the English catalogue (clusterdesk_en.ts).
        text = tr("Connected to cluster \"%1\" with %n node(s).", nullptr, m_result->nodeCount)
                   .arg(name);
        if (m_result->signedInAs.isKnown()) {
            const SessionInfo &who = m_result->signedInAs;
            text += QLatin1Char(' ') +
                    (who.canWrite ? tr("Signed in as %1 (%2): can change the configuration.")
                                  : tr("Signed in as %1 (%2): read-only."))
                        .arg(who.username, SessionInfo::roleName(who.role));
        }
        color = Theme::color(Theme::Role::Ok, palette());
    } else if (untrusted) {
        text = tr("The cluster's TLS certificate is not trusted. Compare its SHA-256 fingerprint "
                  "with the one the cluster's administrator gives you before trusting it.");
        color = Theme::color(Theme::Role::Critical, palette());
    } else {
        text = tr("Could not connect: %1").arg(m_result->errorText);
        color = Theme::color(Theme::Role::Critical, palette());
    }
    m_status->setText(text);
    QPalette statusPalette = m_status->palette();
    statusPalette.setColor(QPalette::WindowText, color);
    m_status->setPalette(statusPalette);
}

void ConnectionTestPanel::retranslateUi()
{
    setTitle(tr("Connection"));
    m_testButton->setText(tr("&Test"));
    m_trustButton->setText(tr("Trust this certificate for this cluster"));
    render();
}

void ConnectionTestPanel::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        render();
}
