// OverviewPanel: one cluster at a glance: cards for nodes up, the worst clock offset,
// configuration agreement, the load balancer's view and time sync (cards in OverviewCards.cpp), the
// findings worst first in words with what to do, and a banner while the snapshot shown is an old
// one from the store.
#pragma once

#include "ClusterSnapshot.h"

#include <QWidget>

#include <functional>

class QFrame;
class QGridLayout;
class QLabel;
class QListView;
class QStandardItemModel;
class QTimer;

class OverviewPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPanel)

public:
    enum class Card { Nodes, Clock, Config, LoadBalancer, TimeSync, Count };
    Q_ENUM(Card)

    explicit OverviewPanel(QWidget *parent = nullptr);

    // Every poll: labels and findings rows change only where their text changed.
    void setSnapshot(const ClusterSnapshot &snapshot);
    // Why no poll is coming (e.g. a password is needed), said where the findings would be;
    // empty while the cluster is polled.
    void setNotPolledReason(const QString &reason);
    // The clock the stale banner's age is measured against (tests set a fixed one).
    void setClock(std::function<qint64()> nowMs);

    // What the panel says, for tests and accessibility.
    QString cardValue(Card card) const;
    QString cardDetail(Card card) const;
    Severity cardSeverity(Card card) const;
    QStringList findingTexts() const;
    bool isStaleBannerShown() const;
    QString staleBannerText() const;
    QListView *findingsView() const { return m_findings; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct CardWidgets
    {
        QFrame *frame = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        Severity severity = Severity::Ok;
        bool known = false; // false: muted, nothing measured
    };
    struct CardContent
    {
        QString value;
        QString detail;
        Severity severity = Severity::Ok;
        bool known = true;
    };

    void retranslateUi();
    void refresh();
    void refreshBanner();
    void refreshFindings();
    void applyCardColors();
    void setCard(Card card, const CardContent &content);
    CardContent nodesCard() const;
    CardContent clockCard() const;
    CardContent configCard() const;
    CardContent loadBalancerCard() const;
    CardContent timeSyncCard() const;
    CardWidgets makeCard(const QString &objectName);
    // Five cards in a row when each gets a comfortable width, else three over two.
    void arrangeCards();

    ClusterSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    QString m_notPolledReason;
    std::function<qint64()> m_now;

    QFrame *m_banner;
    QLabel *m_bannerText;
    CardWidgets m_cards[int(Card::Count)];
    QGridLayout *m_cardGrid;
    int m_cardColumns = 0;
    QLabel *m_findingsTitle;
    QListView *m_findings;
    QStandardItemModel *m_findingsModel;
    QTimer *m_ageTimer;
};
