#include "HelpViewer.h"

#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpViewer"));
    // A reference beside the window, not a question that blocks it.
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    resize(820, 680);
    retranslateUi();
}

QUrl HelpViewer::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/help/user-guide.md"));
}

void HelpViewer::retranslateUi()
{
    setWindowTitle(tr("Clusterdesk User Guide"));
}

void HelpViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
