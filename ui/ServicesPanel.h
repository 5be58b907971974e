#pragma once
// ServicesPanel: the Services tab, every REST and SOAP service the cluster's nodes expose with
// the nodes that have it and whether their descriptions agree (ServiceTableModel), or one line
// on why the cluster has none to show (a plain Spectrum cluster without catalogues, a cluster
// with Clusterdesk's management API, which publishes none, or one not polled yet).

#include "ClusterSnapshot.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class ServiceTableModel;

class ServicesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPanel)

public:
    explicit ServicesPanel(QWidget *parent = nullptr);

    void setSnapshot(const ClusterSnapshot &snapshot);
    ServiceTableModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNote();

    ClusterSnapshot m_snapshot;
    ServiceTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_note;
    QTableView *m_table;
};
