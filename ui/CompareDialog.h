// CompareDialog: the window that hosts CompareView for Tools > Compare Clusters: not modal, so
// the clusters' pages stay usable beside it; a Close button and a title in the user's language.
#pragma once

#include <QDialog>

class CompareView;
class QPushButton;

class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)

public:
    explicit CompareDialog(QWidget *parent = nullptr);

    CompareView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CompareView *m_view;
    QPushButton *m_closeButton;
};
