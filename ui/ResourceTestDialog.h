#pragma once
// ResourceTestDialog: the resource × node matrix of "Test on All Nodes": each cell that node's
// outcome in words (every check and its time in the tooltip), filled in as nodes answer, and a
// line saying how many answered and failed. Shows what ResourceTestFanout reports; never
// talks to the cluster itself.

#include <QDialog>
#include <QPointer>

class QLabel;
class QTableView;
class ResourceTestFanout;
class ResourceTestMatrixModel;
struct ResourceRef;

class ResourceTestDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceTestDialog)

public:
    // `fanout` is not owned; its run is cancelled when the dialog goes first.
    ResourceTestDialog(ResourceTestFanout *fanout, QWidget *parent = nullptr);
    ~ResourceTestDialog() override;

    // Starts the test; false when there is nothing to test.
    bool start(const QList<ResourceRef> &resources, const QStringList &nodeIds);

    ResourceTestMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString progressText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateProgress();

    QPointer<ResourceTestFanout> m_fanout;
    ResourceTestMatrixModel *m_model;
    QLabel *m_progress;
    QLabel *m_matrixLabel;
    QTableView *m_view;
    bool m_done = false;
};
