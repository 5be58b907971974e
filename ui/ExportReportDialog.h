#pragma once
// ExportReportDialog: File > Export report…: choose the clusters (this one or the fleet), the
// format, the period and the destination; gathers the report (ReportCollector) with progress and
// cancel, previews it, writes it and optionally opens the result.

#include "PdfReportWriter.h"
#include "ReportFileWriter.h"

#include <QDialog>

#include <memory>
#include <optional>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTextDocument;
class ReportCollector;

class ExportReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportReportDialog)

public:
    // The session must outlive the dialog; `profileId` is the selected cluster (may be empty:
    // the fleet report is then the only choice).
    ExportReportDialog(ConsoleSession *session, const QString &profileId,
                       QWidget *parent = nullptr);
    ~ExportReportDialog() override;

    // Replaced in tests (the default opens the file with QDesktopServices).
    void setOpener(std::function<void(const QString &path)> opener)
    {
        m_opener = std::move(opener);
    }

    ReportFormat format() const;
    ReportPeriod period(qint64 nowMs) const;
    bool isFleet() const;
    // The files the last export wrote.
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    // An export finished: written (ok) or not, with the status line shown.
    void exported(bool ok, const QString &status);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Goal { Preview, Export };

    void retranslateUi();
    void updateState();
    void browse();
    void gather(Goal goal);
    void onGathered(const ReportData &data);
    void showPreview(const ReportData &data);
    void writeReport(const ReportData &data);
    void cancelOrClose();
    QString settingsKey() const;

    ConsoleSession *m_session;
    QString m_profileId;
    ReportCollector *m_collector;
    std::optional<ReportData> m_data;
    QString m_dataKey; // the settings m_data was gathered with
    Goal m_goal = Goal::Preview;
    std::unique_ptr<QTextDocument> m_previewDocument;
    QStringList m_written;
    std::function<void(const QString &path)> m_opener;

    QRadioButton *m_thisCluster;
    QRadioButton *m_allClusters;
    QLabel *m_formatLabel;
    QComboBox *m_format;
    QLabel *m_paperLabel;
    QComboBox *m_paper;
    QLabel *m_periodLabel;
    QComboBox *m_period;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QLabel *m_destinationHint;
    QCheckBox *m_openWhenDone;
    QTextBrowser *m_preview;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
};
