#include "SpectrumSettingsGroup.h"

#include "FieldMessageLabel.h"
#include "ProfileFormValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextDocument>

using namespace Qt::StringLiterals;

SpectrumSettingsGroup::SpectrumSettingsGroup(QWidget *parent)
    : QGroupBox(parent)
    , m_form(new QFormLayout(this))
    , m_nodeUrls(new QPlainTextEdit(this))
    , m_problem(new FieldMessageLabel(this))
    , m_tokenKind(new QComboBox(this))
{
    setObjectName(u"spectrumGroup"_s);
    m_nodeUrls->setObjectName(u"nodeUrlsEdit"_s);
    m_nodeUrls->setTabChangesFocus(true);
    m_nodeUrls->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Four lines show without scrolling: a recommended cluster's nodes and one to spare.
    m_nodeUrls->setFixedHeight(
        fontMetrics().lineSpacing() * 4 +
        2 * (m_nodeUrls->frameWidth() + int(m_nodeUrls->document()->documentMargin())) + 4);
    auto *urlsLabel = new QLabel(this);
    urlsLabel->setBuddy(m_nodeUrls);
    m_form->addRow(urlsLabel, m_nodeUrls);
    m_problem->setObjectName(ProfileFormValidator::NodeUrlsField + u"Problem"_s);
    m_form->addRow(QString(), m_problem);
    m_tokenKind->setObjectName(u"tokenKindCombo"_s);
    m_tokenKind->addItem(QString(), int(ClusterProfile::TokenKind::Session));
    m_tokenKind->addItem(QString(), int(ClusterProfile::TokenKind::Open));
    auto *tokenLabel = new QLabel(this);
    tokenLabel->setBuddy(m_tokenKind);
    m_form->addRow(tokenLabel, m_tokenKind);

    connect(m_nodeUrls, &QPlainTextEdit::textChanged, this,
            [this] { Q_EMIT edited(ProfileFormValidator::NodeUrlsField); });
    connect(m_tokenKind, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT edited(u"tokenKind"_s); });
}

void SpectrumSettingsGroup::load(const ClusterProfile &profile)
{
    QStringList lines;
    for (const QUrl &url : profile.nodeUrls)
        lines.append(url.toString());
    m_nodeUrls->setPlainText(lines.join(u'\n'));
    m_tokenKind->setCurrentIndex(m_tokenKind->findData(int(profile.tokenKind)));
}

void SpectrumSettingsGroup::applyTo(ClusterProfile &profile) const
{
    profile.nodeUrls.clear();
    for (const QString &line : m_nodeUrls->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            profile.nodeUrls.append(ProfileFormValidator::parseUrl(line));
    }
    profile.tokenKind = ClusterProfile::TokenKind(m_tokenKind->currentData().toInt());
}

void SpectrumSettingsGroup::setPasswordSignIn(bool password)
{
    m_form->setRowVisible(m_tokenKind, password);
}

QList<int> SpectrumSettingsGroup::urlLines() const
{
    QList<int> numbers;
    const QStringList lines = m_nodeUrls->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            numbers.append(int(i + 1));
    }
    return numbers;
}

QString SpectrumSettingsGroup::lineProblems(const QMap<qsizetype, QString> &byIndex) const
{
    const QList<int> lines = urlLines();
    QStringList texts;
    for (auto it = byIndex.cbegin(); it != byIndex.cend(); ++it)
        texts.append(
            tr("line %1: %2").arg(lines.value(it.key(), int(it.key()) + 1)).arg(it.value()));
    return texts.join(u"; "_s);
}

QList<QWidget *> SpectrumSettingsGroup::tabChain() const
{
    return {m_nodeUrls, m_tokenKind};
}

void SpectrumSettingsGroup::retranslateUi()
{
    setTitle(tr("Plain Spectrum cluster"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_nodeUrls)))
        label->setText(tr("No&de URLs:"));
    m_nodeUrls->setPlaceholderText(
        tr("Optional, one a line, when neither the Clusterdesk API nor a statistics page lists "
           "the nodes:\n"
           "http://node1.example.com:8080"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_tokenKind)))
        label->setText(tr("Spectrum to&ken:"));
    m_tokenKind->setItemText(0, tr("Session token (ended when the cluster is closed)"));
    m_tokenKind->setItemText(1, tr("Open token (no session)"));
}
