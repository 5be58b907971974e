// WelcomePage: what the window shows when no cluster is selected: a way to add a cluster and,
// when the tools are on this machine, to start a local demo cluster (DemoClusterLauncher) and
// add it when it is up.
#pragma once

#include "DemoClusterLauncher.h"

#include <QWidget>

class QLabel;
class QPushButton;

class WelcomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    // `launcher` may be null (no demo offered); it is not owned.
    explicit WelcomePage(DemoClusterLauncher *launcher, QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_addButton; }
    QPushButton *demoButton() const { return m_demoButton; }
    // Starts the demo cluster as the button does (false when it could not start).
    bool startDemo();

Q_SIGNALS:
    void addClusterRequested();
    // The demo cluster answers: the window adds it as a saved cluster.
    void demoClusterReady(const DemoClusterLauncher::Result &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateIcons();
    void updateDemoState();
    void onDemoFinished(const DemoClusterLauncher::Result &result);

    DemoClusterLauncher *m_launcher;
    QLabel *m_logo;
    QLabel *m_title;
    QLabel *m_intro;
    QPushButton *m_addButton;
    QPushButton *m_demoButton;
    QLabel *m_demoHint;
    QLabel *m_demoStatus;
    QString m_lastProgress;
    QString m_lastError;
};
