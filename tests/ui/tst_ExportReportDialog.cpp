// ExportReportDialog offscreen against a real three-node cluster (node-2's clock 800 ms ahead),
// with a ConsoleSession over a temporary data directory and a MemorySecretStore: format, period
// and destination choices, the preview, an export of each format into a temporary directory with
// "open when done" off (and on, with the opener replaced), the fleet report's progress and
// cancel, and a destination that cannot be written. Renders screenshots/export-report-dialog.png.
#include "ClusterFixture.h"
#include "ConsoleSession.h"
#include "ExportReportDialog.h"
#include "FreePorts.h"
#include "MemorySecretStore.h"
#include "ReportCollector.h"
#include "Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QtTest>

#include <cmath>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 90000;
const QString kSkewed = u"node-2"_s;

// WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The colour a block's text is drawn in: its own, else the view's text colour.
QColor inkOf(const QTextBlock &block, const QTextBrowser *view)
{
    const QBrush brush = QTextCursor(block).charFormat().foreground();
    return brush.style() == Qt::NoBrush ? view->palette().color(QPalette::Text) : brush.color();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ExportReportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void defaults();
    void formatKeepsTheExtension();
    void periodChoices();
    void previewThenScreenshot();
    void exportEachFormat_data();
    void exportEachFormat();
    void openWhenDone();
    void fleetProgressAndCancel();
    void badDestination();

private:
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QString status() const { return child<QLabel>(u"status"_s)->text(); }
    void setFormat(int index) { child<QComboBox>(u"format"_s)->setCurrentIndex(index); }
    void setDestination(const QString &path) { child<QLineEdit>(u"destination"_s)->setText(path); }
    // Clicks Export and waits for exported(); its arguments, or empty on a timeout.
    QList<QVariant> exportNow();

    std::unique_ptr<ClusterFixture> m_cluster;
    QTemporaryDir m_dataDir;
    QTemporaryDir m_out;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_prodId;
    std::unique_ptr<ExportReportDialog> m_dialog;
    QStringList m_opened;
};

void tst_ExportReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dataDir.isValid() && m_out.isValid());
    ClusterOptions options;
    options.name = u"report-dialog"_s;
    options.extraNodeArgs.insert(kSkewed, u"--allow-fault-injection --clock-offset-ms 800"_s);
    m_cluster = std::make_unique<ClusterFixture>(options);
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));

    m_session = std::make_unique<ConsoleSession>(new MemorySecretStore);
    QSignalSpy started(m_session.get(), &ConsoleSession::started);
    m_session->start(m_dataDir.path());
    QVERIFY(started.wait(kTimeoutMs));
    QCOMPARE(started.at(0).at(0).toString(), QString());

    ClusterProfile prod = ClusterProfile::create(u"Prod"_s, m_cluster->lbUrl());
    prod.haproxyStatsUrl = m_cluster->statsUrl();
    prod.userName = m_cluster->adminUser();
    m_prodId = prod.id;
    // Nothing listens there: the fleet report has a cluster it cannot reach.
    ClusterProfile gone = ClusterProfile::create(
        u"Gone"_s, QUrl(u"http://127.0.0.1:%1"_s.arg(FreePorts::one().value_or(1))));
    gone.userName = u"admin"_s;
    int added = 0;
    m_session->profileService()->addProfile(
        prod, m_cluster->adminPassword(), this,
        [&added](const StoreWriteResult &result) { added += result.ok; });
    QTRY_COMPARE_WITH_TIMEOUT(added, 1, kTimeoutMs);
    m_session->profileService()->addProfile(
        gone, u"x"_s, this, [&added](const StoreWriteResult &result) { added += result.ok; });
    QTRY_COMPARE_WITH_TIMEOUT(added, 2, kTimeoutMs);
    QCOMPARE(m_session->profileService()->profiles().size(), 2);
}

void tst_ExportReportDialog::cleanupTestCase()
{
    m_session.reset();
    m_cluster.reset();
}

void tst_ExportReportDialog::init()
{
    Theme::applyPreference(u"light"_s);
    m_opened.clear();
    m_dialog = std::make_unique<ExportReportDialog>(m_session.get(), m_prodId);
    // Never a real viewer in a test: the opener records what would be opened.
    m_dialog->setOpener([this](const QString &path) { m_opened << path; });
    child<QCheckBox>(u"openWhenDone"_s)->setChecked(false);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ExportReportDialog::cleanup()
{
    m_dialog.reset();
}

QList<QVariant> tst_ExportReportDialog::exportNow()
{
    QSignalSpy exported(m_dialog.get(), &ExportReportDialog::exported);
    QPushButton *button = child<QPushButton>(u"exportButton"_s);
    if (!button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    if (exported.isEmpty() && !exported.wait(kTimeoutMs))
        return {};
    return exported.constFirst();
}

void tst_ExportReportDialog::defaults()
{
    QVERIFY(child<QRadioButton>(u"thisCluster"_s)->isChecked());
    QVERIFY(child<QRadioButton>(u"thisCluster"_s)->isEnabled());
    QVERIFY(!m_dialog->isFleet());
    QCOMPARE(m_dialog->format(), ReportFormat::Html);
    QVERIFY(child<QLineEdit>(u"destination"_s)->text().endsWith(u".html"_s));
    QVERIFY(!child<QProgressBar>(u"progress"_s)->isVisible());
    QVERIFY(!child<QComboBox>(u"paper"_s)->isVisible());
    QCOMPARE(child<QPushButton>(u"cancelButton"_s)->text(), u"Close"_s);
    QVERIFY(child<QPushButton>(u"exportButton"_s)->isEnabled());

    // Without a selected cluster the fleet report is the only choice.
    ExportReportDialog noCluster(m_session.get(), QString());
    QVERIFY(noCluster.isFleet());
    QVERIFY(!noCluster.findChild<QRadioButton *>(u"thisCluster"_s)->isEnabled());
}

void tst_ExportReportDialog::formatKeepsTheExtension()
{
    setDestination(m_out.filePath(u"keep/report.html"_s));
    const struct
    {
        ReportFormat format;
        const char *suffix;
        bool paper;
    } expected[] = {{ReportFormat::Html, "report.html", false},
                    {ReportFormat::Pdf, "report.pdf", true},
                    {ReportFormat::Csv, "report.csv", false},
                    {ReportFormat::Json, "report.json", false}};
    auto *format = child<QComboBox>(u"format"_s);
    QCOMPARE(format->count(), 4);
    for (int index : {1, 2, 3, 0}) {
        setFormat(index);
        QCOMPARE(m_dialog->format(), expected[index].format);
        QCOMPARE(child<QLineEdit>(u"destination"_s)->text(),
                 m_out.filePath(u"keep/"_s + QLatin1String(expected[index].suffix)));
        QCOMPARE(child<QComboBox>(u"paper"_s)->isVisible(), expected[index].paper);
        if (m_dialog->format() == ReportFormat::Csv) {
            // The two files CSV writes are named before anything is written.
            bool named = false;
            for (const QLabel *label : m_dialog->findChildren<QLabel *>())
                named |= label->isVisible() && label->text().contains(u"report-nodes.csv"_s) &&
                         label->text().contains(u"report-resources.csv"_s);
            QVERIFY(named);
        }
    }
    // An empty destination: nothing to export to.
    setDestination(QString());
    QVERIFY(!child<QPushButton>(u"exportButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(u"previewButton"_s)->isEnabled());
}

void tst_ExportReportDialog::periodChoices()
{
    auto *period = child<QComboBox>(u"period"_s);
    QCOMPARE(period->count(), 4);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    const qint64 lengths[] = {24 * hour, 7 * 24 * hour, 14 * 24 * hour};
    for (int index = 0; index < 3; ++index) {
        period->setCurrentIndex(index);
        QCOMPARE(m_dialog->period(now).toMs, now);
        QCOMPARE(m_dialog->period(now).durationMs(), lengths[index]);
        QVERIFY(!child<QDateTimeEdit>(u"from"_s)->isVisible());
    }
    period->setCurrentIndex(3); // Custom
    auto *from = child<QDateTimeEdit>(u"from"_s);
    auto *to = child<QDateTimeEdit>(u"to"_s);
    QVERIFY(from->isVisible() && to->isVisible());
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0));
    from->setDateTime(start);
    to->setDateTime(start.addDays(2));
    QCOMPARE(m_dialog->period(now).fromMs, start.toMSecsSinceEpoch());
    QCOMPARE(m_dialog->period(now).durationMs(), 48 * hour);
    // A period that ends before it starts: neither preview nor export, and it says why.
    from->setDateTime(start.addDays(3));
    QVERIFY(!child<QPushButton>(u"previewButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"exportButton"_s)->isEnabled());
    bool explained = false;
    for (const QLabel *label : m_dialog->findChildren<QLabel *>())
        explained |= label->isVisible() && label->text().contains(u"must end after it starts"_s);
    QVERIFY(explained);
}

void tst_ExportReportDialog::previewThenScreenshot()
{
    QTest::mouseClick(child<QPushButton>(u"previewButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Preview ready"_s), kTimeoutMs);
    const QString text = child<QTextBrowser>(u"preview"_s)->document()->toPlainText();
    for (const QString &expected :
         {u"report-dialog"_s, u"Findings"_s, kSkewed, u"Time synchronization"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u'\n' + text.left(3000)));
    QCOMPARE(child<QPushButton>(u"cancelButton"_s)->text(), u"Close"_s);
    // Export after a preview writes what was previewed, without gathering again.
    auto *collector = m_dialog->findChild<ReportCollector *>();
    QVERIFY(collector);
    QSignalSpy gathered(collector, &ReportCollector::finished);
    setDestination(m_out.filePath(u"previewed.html"_s));
    const QList<QVariant> result = exportNow();
    QVERIFY(!result.isEmpty() && result.at(0).toBool());
    QCOMPARE(gathered.size(), 0);
    QVERIFY(QString::fromUtf8(readAll(m_out.filePath(u"previewed.html"_s))).contains(kSkewed));

    m_dialog->resize(820, 640);
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_dialog->grab().toImage().save(dir + u"/export-report-dialog.png"_s));

    // The dark theme: the report's title and text stay readable on the preview's page.
    Theme::applyDarkPalette();
    QCoreApplication::sendPostedEvents(); // the palette reaches the widgets as posted events
    auto *preview = child<QTextBrowser>(u"preview"_s);
    const QColor page = preview->viewport()->palette().color(QPalette::Base);
    for (QTextBlock block = preview->document()->firstBlock(); block.isValid();
         block = block.next()) {
        if (block.text().trimmed().isEmpty())
            continue;
        const double ratio = contrast(inkOf(block, preview), page);
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on %2: %3 (\"%4\")"_s
                                              .arg(inkOf(block, preview).name(), page.name())
                                              .arg(ratio, 0, 'f', 1)
                                              .arg(block.text().left(40))));
    }
    QVERIFY(m_dialog->grab().toImage().save(dir + u"/export-report-dialog-dark.png"_s));
}

void tst_ExportReportDialog::exportEachFormat_data()
{
    QTest::addColumn<int>("formatIndex");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("written");
    QTest::newRow("html") << 0 << u"each.html"_s << QStringList{u"each.html"_s};
    QTest::newRow("pdf") << 1 << u"each.pdf"_s << QStringList{u"each.pdf"_s};
    QTest::newRow("csv") << 2 << u"each.csv"_s
                         << QStringList{u"each-nodes.csv"_s, u"each-resources.csv"_s,
                                        u"each-activity.csv"_s};
    QTest::newRow("json") << 3 << u"each.json"_s << QStringList{u"each.json"_s};
}

void tst_ExportReportDialog::exportEachFormat()
{
    QFETCH(int, formatIndex);
    QFETCH(QString, file);
    QFETCH(QStringList, written);
    setFormat(formatIndex);
    setDestination(m_out.filePath(file));
    const QList<QVariant> result = exportNow();
    QVERIFY2(!result.isEmpty() && result.at(0).toBool(), qPrintable(status()));
    QStringList paths;
    for (const QString &name : written)
        paths << m_out.filePath(name);
    QCOMPARE(m_dialog->writtenFiles(), paths);
    QVERIFY2(status().startsWith(u"Saved "_s), qPrintable(status()));
    QVERIFY(m_opened.isEmpty()); // "open when done" is off
    const QByteArray first = readAll(paths.constFirst());
    switch (ReportFormat(formatIndex)) {
    case ReportFormat::Html:
        QVERIFY(first.startsWith("<!DOCTYPE html>") && first.contains(kSkewed.toUtf8()));
        break;
    case ReportFormat::Pdf:
        QVERIFY(first.startsWith("%PDF-"));
        break;
    case ReportFormat::Csv:
        QVERIFY(first.startsWith("cluster,") && first.contains(kSkewed.toUtf8()));
        break;
    case ReportFormat::Json: {
        const QJsonObject report = QJsonDocument::fromJson(first).object();
        QCOMPARE(report.value(u"kind"_s).toString(), u"cluster"_s);
        QCOMPARE(report.value(u"schema"_s).toInt(), 1);
        break;
    }
    }
}

void tst_ExportReportDialog::openWhenDone()
{
    child<QCheckBox>(u"openWhenDone"_s)->setChecked(true);
    setFormat(2); // CSV: every file is opened
    setDestination(m_out.filePath(u"opened.csv"_s));
    const QList<QVariant> result = exportNow();
    QVERIFY2(!result.isEmpty() && result.at(0).toBool(), qPrintable(status()));
    QCOMPARE(m_opened, QStringList({m_out.filePath(u"opened-nodes.csv"_s),
                                    m_out.filePath(u"opened-resources.csv"_s),
                                    m_out.filePath(u"opened-activity.csv"_s)}));
}

void tst_ExportReportDialog::fleetProgressAndCancel()
{
    auto *collector = m_dialog->findChild<ReportCollector *>();
    QVERIFY(collector);
    auto *progress = child<QProgressBar>(u"progress"_s);
    auto *cancel = child<QPushButton>(u"cancelButton"_s);
    QTest::mouseClick(child<QRadioButton>(u"allClusters"_s), Qt::LeftButton);
    QVERIFY(m_dialog->isFleet());

    // Started and cancelled at once: nothing is written and the dialog stays usable.
    const QString cancelledPath = m_out.filePath(u"cancelled.html"_s);
    setDestination(cancelledPath);
    QSignalSpy cancelled(collector, &ReportCollector::cancelled);
    QTest::mouseClick(child<QPushButton>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY(collector->isRunning());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 2);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    QVERIFY(!child<QPushButton>(u"exportButton"_s)->isEnabled());
    QVERIFY(!child<QComboBox>(u"format"_s)->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(cancelled.size(), 1);
    QTRY_COMPARE(status(), u"Cancelled."_s);
    QVERIFY(!collector->isRunning());
    QVERIFY(m_dialog->isVisible()); // Cancel stopped the work, it did not close the dialog
    QCOMPARE(cancel->text(), u"Close"_s);
    QVERIFY(!progress->isVisible());
    QVERIFY(child<QPushButton>(u"exportButton"_s)->isEnabled());
    QVERIFY(!QFileInfo::exists(cancelledPath));

    // Run to the end: the bar follows each cluster (seen as each progress() arrives).
    QList<std::pair<int, int>> bar;
    QStringList statuses;
    connect(collector, &ReportCollector::progress, this, [&] {
        bar.append({progress->value(), progress->maximum()});
        statuses << status();
    });
    const QString path = m_out.filePath(u"fleet.html"_s);
    setDestination(path);
    const QList<QVariant> result = exportNow();
    QVERIFY2(!result.isEmpty() && result.at(0).toBool(), qPrintable(status()));
    QVERIFY2(bar.contains(std::pair(1, 2)), qPrintable(statuses.join(u'\n')));
    QCOMPARE(bar.constLast(), std::pair(2, 2));
    QVERIFY(statuses.join(u'\n').contains(u"Reading Gone"_s));
    // Gone could not be read: saved, and the status says the report tells which.
    QVERIFY2(status().contains(u"could not be read"_s), qPrintable(status()));
    const QString html = QString::fromUtf8(readAll(path));
    const qsizetype summary = html.indexOf(u"Fleet summary"_s);
    QVERIFY(summary > 0 && summary < html.indexOf(u"Cluster report-dialog"_s));
    QVERIFY(html.contains(u"Prod"_s) && html.contains(u"Gone"_s));
    QVERIFY(html.contains(u"Last refresh"_s));
    QVERIFY(!progress->isVisible());
}

void tst_ExportReportDialog::badDestination()
{
    // Below a regular file: no user (root included) can create that.
    const QString blocker = m_out.filePath(u"blocker"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (int formatIndex : {0, 1, 2, 3}) {
        setFormat(formatIndex);
        setDestination(blocker + u"/report.out"_s);
        const QList<QVariant> result = exportNow();
        QVERIFY2(!result.isEmpty(), qPrintable(status()));
        QVERIFY(!result.at(0).toBool());
        QVERIFY2(status().startsWith(u"Not saved: cannot "_s) && status().contains(blocker),
                 qPrintable(status()));
        QCOMPARE(result.at(1).toString(), status());
        QVERIFY(m_dialog->isVisible());
        QVERIFY(child<QPushButton>(u"exportButton"_s)->isEnabled());
    }
    QVERIFY(m_opened.isEmpty());
    QVERIFY(m_dialog->writtenFiles().isEmpty());
}

QTEST_MAIN(tst_ExportReportDialog)
#include "tst_ExportReportDialog.moc"
