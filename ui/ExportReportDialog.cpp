#include "ExportReportDialog.h"

#include "FileChooser.h"

#include "ConsoleSession.h"
#include "CsvReportWriter.h"
#include "ReportCollector.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum PeriodChoice { Day, Week, Fortnight, Custom };

QString extensionOf(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Html:
        break;
    }
    return QStringLiteral("html");
}

} // namespace

ExportReportDialog::ExportReportDialog(ConsoleSession *session, const QString &profileId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_profileId(profileId)
    , m_collector(session->newReportCollector(this))
    , m_opener([](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); })
    , m_thisCluster(new QRadioButton(this))
    , m_allClusters(new QRadioButton(this))
    , m_formatLabel(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_paperLabel(new QLabel(this))
    , m_paper(new QComboBox(this))
    , m_periodLabel(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_destinationLabel(new QLabel(this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_destinationHint(new QLabel(this))
    , m_openWhenDone(new QCheckBox(this))
    , m_preview(new QTextBrowser(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("exportReportDialog"));
    m_thisCluster->setObjectName(QStringLiteral("thisCluster"));
    m_allClusters->setObjectName(QStringLiteral("allClusters"));
    m_format->setObjectName(QStringLiteral("format"));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_period->setObjectName(QStringLiteral("period"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_destination->setObjectName(QStringLiteral("destination"));
    m_browse->setObjectName(QStringLiteral("browse"));
    m_openWhenDone->setObjectName(QStringLiteral("openWhenDone"));
    m_preview->setObjectName(QStringLiteral("preview"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_status->setObjectName(QStringLiteral("status"));
    m_previewButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_exportButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    // The dialog decides when to close; the box's own accept/reject would close it at once.
    m_buttons->disconnect(this);

    const bool haveCluster = m_session->profileService()->profile(profileId).has_value();
    m_thisCluster->setEnabled(haveCluster);
    (haveCluster ? m_thisCluster : m_allClusters)->setChecked(true);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(now));
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(now - 86'400'000LL));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_openWhenDone->setChecked(true);
    m_destinationHint->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_preview->setOpenLinks(false);
    m_preview->setMinimumSize(560, 320);
    // The report is a page whose colours are chosen for paper (dark text, light table heads,
    // charts on white): it is shown on the light palette's page in either theme, as a PDF
    // viewer shows a page, so its title and text keep their contrast in the dark theme. Roles
    // set here survive the application's palette changes.
    QPalette page = m_preview->palette();
    const QPalette light = Theme::lightPalette();
    for (const QPalette::ColorRole role :
         {QPalette::Base, QPalette::Text, QPalette::PlaceholderText, QPalette::AlternateBase})
        page.setColor(role, light.color(role));
    m_preview->setPalette(page);

    auto *scope = new QHBoxLayout;
    scope->addWidget(m_thisCluster);
    scope->addWidget(m_allClusters);
    scope->addStretch();
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addWidget(m_paperLabel);
    formatRow->addWidget(m_paper);
    formatRow->addStretch();
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_to);
    periodRow->addStretch();
    auto *destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(scope);
    form->addRow(m_formatLabel, formatRow);
    form->addRow(m_periodLabel, periodRow);
    form->addRow(m_destinationLabel, destination);
    form->addRow(QString(), m_destinationHint);
    form->addRow(QString(), m_openWhenDone);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    retranslateUi();
    m_destination->setText(QDir::toNativeSeparators(
        FileChooser::inStartFolder(QStringLiteral("cluster-report.html"))));

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        // Keep the file name's extension in step with the format.
        QFileInfo file(m_destination->text());
        if (!m_destination->text().isEmpty() && !m_destination->text().endsWith(u'/'))
            m_destination->setText(
                file.dir().filePath(file.completeBaseName() + u'.' + extensionOf(format())));
        updateState();
    });
    for (QRadioButton *button : {m_thisCluster, m_allClusters})
        connect(button, &QRadioButton::toggled, this, &ExportReportDialog::updateState);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ExportReportDialog::updateState);
    // A custom period that ends before it starts disables Preview and Export at once.
    for (QDateTimeEdit *edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &ExportReportDialog::updateState);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportReportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { gather(Goal::Preview); });
    connect(m_exportButton, &QPushButton::clicked, this, [this] { gather(Goal::Export); });
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportReportDialog::cancelOrClose);
    connect(m_collector, &ReportCollector::finished, this, &ExportReportDialog::onGathered);
    connect(m_collector, &ReportCollector::cancelled, this, [this] {
        m_status->setText(tr("Cancelled."));
        updateState();
    });
    connect(m_collector, &ReportCollector::progress, this,
            [this](int done, int total, const QString &name) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_status->setText(tr("Reading %1…").arg(name));
            });
    updateState();
}

ExportReportDialog::~ExportReportDialog()
{
    m_collector->cancel();
    // The browser must let go of the document before it is destroyed.
    m_preview->setDocument(nullptr);
}

void ExportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Report"));
    m_thisCluster->setText(tr("This cluster"));
    m_allClusters->setText(tr("All saved clusters (fleet report)"));
    m_formatLabel->setText(tr("&Format:"));
    m_formatLabel->setBuddy(m_format);
    const int format = std::max(0, m_format->currentIndex());
    m_format->clear();
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportFormat::Html));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("CSV (nodes and resources)"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON"), int(ReportFormat::Json));
    m_format->setCurrentIndex(format);
    m_paperLabel->setText(tr("Paper:"));
    const int paper = std::max(0, m_paper->currentIndex());
    m_paper->clear();
    m_paper->addItem(tr("A4"), int(PdfReportWriter::Paper::A4));
    m_paper->addItem(tr("Letter"), int(PdfReportWriter::Paper::Letter));
    m_paper->setCurrentIndex(paper);
    m_periodLabel->setText(tr("&Period:"));
    m_periodLabel->setBuddy(m_period);
    const int period = std::max(0, m_period->currentIndex());
    m_period->clear();
    m_period->addItems({tr("Last 24 hours"), tr("Last 7 days"), tr("Last 14 days"), tr("Custom")});
    m_period->setCurrentIndex(period);
    m_destinationLabel->setText(tr("&Save to:"));
    m_destinationLabel->setBuddy(m_destination);
    m_browse->setText(tr("Browse…"));
    m_openWhenDone->setText(tr("Open when done"));
    m_previewButton->setText(tr("&Preview"));
    m_exportButton->setText(tr("&Export"));
    m_preview->setPlaceholderText(tr("Preview shows the report here before you save it."));
    updateState();
}

void ExportReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

ReportFormat ExportReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

bool ExportReportDialog::isFleet() const
{
    return m_allClusters->isChecked();
}

ReportPeriod ExportReportDialog::period(qint64 nowMs) const
{
    switch (m_period->currentIndex()) {
    case Week:
        return ReportPeriod::last(std::chrono::hours(24 * 7), nowMs);
    case Fortnight:
        return ReportPeriod::last(std::chrono::hours(24 * 14), nowMs);
    case Custom:
        return ReportPeriod{m_from->dateTime().toMSecsSinceEpoch(),
                            m_to->dateTime().toMSecsSinceEpoch()};
    default:
        return ReportPeriod::last(std::chrono::hours(24), nowMs);
    }
}

QString ExportReportDialog::settingsKey() const
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(isFleet())
        .arg(m_period->currentIndex())
        .arg(m_from->dateTime().toMSecsSinceEpoch())
        .arg(m_to->dateTime().toMSecsSinceEpoch());
}

void ExportReportDialog::updateState()
{
    const bool busy = m_collector->isRunning();
    const bool custom = m_period->currentIndex() == Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    const bool pdf = format() == ReportFormat::Pdf;
    m_paperLabel->setVisible(pdf);
    m_paper->setVisible(pdf);
    const bool customValid = !custom || m_from->dateTime() < m_to->dateTime();
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_format, m_paper, m_period, m_from, m_to, m_destination, m_browse, m_allClusters})
        widget->setEnabled(!busy);
    m_thisCluster->setEnabled(!busy &&
                              m_session->profileService()->profile(m_profileId).has_value());
    m_previewButton->setEnabled(!busy && customValid);
    m_exportButton->setEnabled(!busy && customValid && !m_destination->text().trimmed().isEmpty());
    m_cancelButton->setText(busy ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(busy);
    if (format() == ReportFormat::Csv) {
        const CsvReportWriter::Paths paths = CsvReportWriter::pathsFor(m_destination->text());
        m_destinationHint->setText(tr("Writes %1 and %2.")
                                       .arg(QDir::toNativeSeparators(paths.nodes),
                                            QDir::toNativeSeparators(paths.resources)));
    } else {
        m_destinationHint->setText(!customValid ? tr("The period must end after it starts.")
                                                : QString());
    }
    m_destinationHint->setVisible(!m_destinationHint->text().isEmpty());
}

void ExportReportDialog::browse()
{
    const QString filter = format() == ReportFormat::Pdf    ? tr("PDF (*.pdf)")
                           : format() == ReportFormat::Json ? tr("JSON (*.json)")
                           : format() == ReportFormat::Csv  ? tr("CSV (*.csv)")
                                                            : tr("HTML (*.html)");
    const QString suffix = format() == ReportFormat::Pdf    ? QStringLiteral("pdf")
                           : format() == ReportFormat::Json ? QStringLiteral("json")
                           : format() == ReportFormat::Csv  ? QStringLiteral("csv")
                                                            : QStringLiteral("html");
    // Shown with open(): no nested event loop while the user picks a file.
    QPointer<ExportReportDialog> self(this);
    FileChooser::ask(
        this, {FileChooser::Mode::Save, tr("Save Report"), m_destination->text(), filter, suffix},
        [self](const QString &path) {
            if (self)
                self->m_destination->setText(QDir::toNativeSeparators(path));
        });
}

void ExportReportDialog::gather(Goal goal)
{
    m_goal = goal;
    // The same clusters and period as the preview: write what the user saw.
    if (m_data && m_dataKey == settingsKey() && goal == Goal::Export) {
        writeReport(*m_data);
        return;
    }
    QList<ReportTarget> targets;
    if (isFleet()) {
        for (const ClusterProfile &profile : m_session->profileService()->profiles())
            targets << ReportTarget{profile, {}, std::nullopt, std::nullopt};
    } else if (const auto profile = m_session->profileService()->profile(m_profileId)) {
        targets << ReportTarget{*profile, {}, std::nullopt, std::nullopt};
    }
    m_dataKey = settingsKey();
    m_progress->setRange(0, std::max<int>(1, int(targets.size())));
    m_progress->setValue(0);
    m_status->setText(targets.size() == 1 ? tr("Reading 1 cluster…")
                                          : tr("Reading %1 clusters…").arg(targets.size()));
    m_collector->start(targets, period(QDateTime::currentMSecsSinceEpoch()), isFleet());
    updateState();
}

void ExportReportDialog::onGathered(const ReportData &data)
{
    m_data = data;
    showPreview(data);
    if (m_goal == Goal::Export)
        writeReport(data);
    else
        m_status->setText(data.isComplete()
                              ? tr("Preview ready.")
                              : tr("Preview ready; some clusters or parts could not be read "
                                   "(the report says which)."));
    updateState();
}

void ExportReportDialog::showPreview(const ReportData &data)
{
    std::unique_ptr<QTextDocument> document = PdfReportWriter::document(data);
    m_preview->setDocument(document.get());
    m_previewDocument = std::move(document);
}

void ExportReportDialog::writeReport(const ReportData &data)
{
    const auto paper = PdfReportWriter::Paper(m_paper->currentData().toInt());
    const ReportFileWriter writer(
        [paper](const ReportData &report, const QString &path, QString *error) {
            const PdfReportWriter::Result result = PdfReportWriter::write(report, path, paper);
            if (!result.ok)
                *error = result.error;
            return result.ok;
        });
    QStringList written;
    QString error;
    const QString output = m_destination->text().trimmed();
    if (!writer.write(data, format(), output, &written, &error)) {
        // A CSV pair can fail on its second file: say which one was written.
        m_status->setText(
            written.isEmpty()
                ? tr("Not saved: %1").arg(error)
                : tr("Only %1 was saved; the rest was not: %2")
                      .arg(QDir::toNativeSeparators(written.join(QStringLiteral(", "))), error));
        emit exported(false, m_status->text());
        return;
    }
    m_written = written;
    m_status->setText(
        data.isComplete()
            ? tr("Saved %1.").arg(QDir::toNativeSeparators(written.join(QStringLiteral(", "))))
            : tr("Saved %1. Some clusters or parts could not be read; the report says which.")
                  .arg(QDir::toNativeSeparators(written.join(QStringLiteral(", ")))));
    if (m_openWhenDone->isChecked() && m_opener) {
        for (const QString &path : written)
            m_opener(path);
    }
    emit exported(true, m_status->text());
}

void ExportReportDialog::cancelOrClose()
{
    if (m_collector->isRunning()) {
        m_collector->cancel();
        return;
    }
    reject();
}
