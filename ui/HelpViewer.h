// HelpViewer: the user guide (docs/user-guide.md, embedded with its screenshots) in a window of
// its own beside the main window; links to the web open in the browser.
#pragma once

#include <QDialog>

class QTextBrowser;

class HelpViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpViewer)

public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Where the embedded guide lives ("qrc:/help/user-guide.md").
    static QUrl guideUrl();
    QTextBrowser *browser() const { return m_browser; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTextBrowser *m_browser;
};
