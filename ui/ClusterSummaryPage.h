// ClusterSummaryPage: the cluster area until the per-cluster panels (ClusterPage) exist: the
// selected cluster's name, health, node counts, reachability, age and main findings, all from
// its latest snapshot.
#pragma once

#include "ClusterSnapshot.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QListWidget;

class ClusterSummaryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterSummaryPage)

public:
    explicit ClusterSummaryPage(QWidget *parent = nullptr);

    void setCluster(const QString &profileId, const QString &name, const QUrl &url);
    // nullopt: not refreshed yet.
    void setSnapshot(const std::optional<ClusterSnapshot> &snapshot);
    // The clock the age is measured against.
    void setCurrentTimeMs(qint64 nowMs);

    QString profileId() const { return m_profileId; }
    // What the labels say, for tests and accessibility.
    QString healthText() const;
    QString nodesText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    QString m_profileId;
    QString m_name;
    QUrl m_url;
    std::optional<ClusterSnapshot> m_snapshot;
    qint64 m_nowMs = 0;

    QLabel *m_badge;
    QLabel *m_title;
    QLabel *m_urlLabel;
    QFormLayout *m_form;
    QLabel *m_health;
    QLabel *m_reachability;
    QLabel *m_nodes;
    QLabel *m_refreshed;
    QLabel *m_findingsTitle;
    QListWidget *m_findings;
};
