// Tools › Activity (ActivityDialog) over a real store: entries read through an ActivityQuery,
// filtered by cluster, user, action, outcome and period from the controls, the detail pane
// follows the selection, an outcome recorded while open updates its row, CSV and JSON export
// (through the save hook, never a dialog) write the entries shown and no password, and the
// window is rendered to build/<preset>/tests/ui/screenshots/activity-light.png.
#include "ActivityDialog.h"
#include "ActivityModel.h"
#include "ActivityQuery.h"
#include "ActivityRecorder.h"
#include "StoreThread.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using Outcome = ActivityEntry::Outcome;

namespace {

const QString kPassword = u"dialog-secret-pw-93"_s;

ActivityEntry entry(const QString &requestId, qint64 agoMs, const QString &cluster,
                    const QString &action, Outcome outcome)
{
    ActivityEntry e;
    e.requestId = requestId;
    e.timeMs = QDateTime::currentMSecsSinceEpoch() - agoMs;
    e.finishedMs = outcome == Outcome::Pending ? 0 : e.timeMs + 40;
    e.clusterId = u"id-"_s + cluster;
    e.clusterName = cluster;
    e.clusterUser = cluster == u"Test" ? u"ops"_s : u"admin"_s;
    e.localUser = u"alice"_s;
    e.action = action;
    e.method = action == u"delete" ? u"DELETE"_s : u"PUT"_s;
    e.resourceType = u"jdbc"_s;
    e.resourceName = u"orders-"_s + requestId;
    e.summary = u"%1 jdbc orders-%2"_s.arg(action, requestId);
    e.outcome = outcome;
    e.httpStatus = outcome == Outcome::Succeeded ? 200 : outcome == Outcome::Conflict ? 412 : 0;
    e.revision = outcome == Outcome::Succeeded ? 40 : -1;
    if (outcome == Outcome::Unknown)
        e.reason = u"the answer was lost (timeout); it may or may not have been applied"_s;
    return e;
}

} // namespace

class tst_ActivityDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsAndFilters();
    void detailFollowsSelection();
    void liveOutcomeUpdatesItsRow();
    void exportsCsvAndJson();
    void screenshot();

private:
    int rows() const { return m_dialog->model()->rowCount(); }
    void choose(const char *name, const QVariant &data);

    QTemporaryDir m_dir;
    StoreThread m_store;
    ActivityRecorder *m_recorder = nullptr;
    ActivityDialog *m_dialog = nullptr;
};

void tst_ActivityDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString openError = u"pending"_s;
    m_store.open(m_dir.path(), this, [&](const QString &error) { openError = error; });
    QTRY_VERIFY2(openError.isEmpty(), qPrintable(openError));
    m_recorder = new ActivityRecorder(&m_store, this);
    const QList<ActivityEntry> entries = {
        entry(u"a1"_s, 5 * 60 * 1000, u"Prod"_s, u"create"_s, Outcome::Succeeded),
        entry(u"a2"_s, 4 * 60 * 1000, u"Prod"_s, u"update"_s, Outcome::Conflict),
        entry(u"a3"_s, 3 * 60 * 1000, u"Test"_s, u"delete"_s, Outcome::Refused),
        entry(u"a4"_s, 2 * 60 * 1000, u"Prod"_s, u"update"_s, Outcome::Unknown),
        entry(u"a5"_s, 10LL * 24 * 60 * 60 * 1000, u"Prod"_s, u"update"_s, Outcome::Succeeded),
        entry(u"a6"_s, 60 * 1000, u"Test"_s, u"node-drain"_s, Outcome::RefusedLocally)};
    QSignalSpy recorded(m_recorder, &ActivityRecorder::entryRecorded);
    for (const ActivityEntry &e : entries)
        m_recorder->record(e);
    QTRY_COMPARE(recorded.size(), entries.size());
}

void tst_ActivityDialog::cleanupTestCase()
{
    delete m_recorder;
    bool closed = false;
    m_store.run<bool>(
        [](LocalStore &s) {
            s.close();
            return true;
        },
        this, [&closed](const bool &) { closed = true; });
    QTRY_VERIFY(closed);
}

void tst_ActivityDialog::init()
{
    m_dialog = new ActivityDialog(new ActivityQuery(&m_store, m_recorder));
    m_dialog->show();
    // The default period, 30 days, holds every entry (liveOutcomeUpdatesItsRow adds one).
    QTRY_VERIFY(rows() >= 6);
}

void tst_ActivityDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

void tst_ActivityDialog::choose(const char *name, const QVariant &data)
{
    auto *box = m_dialog->findChild<QComboBox *>(QString::fromLatin1(name));
    QVERIFY(box);
    QTRY_VERIFY(box->findData(data) >= 0);
    box->setCurrentIndex(box->findData(data));
}

void tst_ActivityDialog::showsAndFilters()
{
    QCOMPARE(rows(), 6);
    choose("activityClusterFilter", u"Test"_s);
    QTRY_COMPARE(rows(), 2);
    choose("activityClusterFilter", QString());
    QTRY_COMPARE(rows(), 6);
    choose("activityUserFilter", u"ops"_s);
    QTRY_COMPARE(rows(), 2);
    choose("activityUserFilter", QString());
    choose("activityActionFilter", u"update"_s);
    QTRY_COMPARE(rows(), 3);
    choose("activityOutcomeFilter", u"unknown"_s);
    QTRY_COMPARE(rows(), 1);
    QCOMPARE(m_dialog->model()->entryAt(0)->requestId, u"a4"_s);
    choose("activityActionFilter", QString());
    choose("activityOutcomeFilter", QString());
    QTRY_COMPARE(rows(), 6);
    // The last hour leaves out the entry of ten days ago.
    choose("activityPeriodFilter", qint64(1));
    QTRY_COMPARE(rows(), 5);
    auto *status = m_dialog->findChild<QLabel *>(u"activityStatus"_s);
    QTRY_COMPARE(status->text(), u"5 entries"_s);
}

void tst_ActivityDialog::detailFollowsSelection()
{
    auto *table = m_dialog->findChild<QTableView *>(u"activityTable"_s);
    auto *detail = m_dialog->findChild<QPlainTextEdit *>(u"activityDetail"_s);
    QVERIFY(table && detail);
    table->selectRow(0); // newest first: a6
    QTRY_VERIFY(detail->toPlainText().contains(u"a6"_s));
    QVERIFY(detail->toPlainText().contains(u"Refused locally"_s));
}

void tst_ActivityDialog::liveOutcomeUpdatesItsRow()
{
    ActivityEntry pending = entry(u"live"_s, 0, u"Prod"_s, u"update"_s, Outcome::Pending);
    m_recorder->record(pending);
    QTRY_COMPARE(rows(), 7);
    ActivityEntry done = pending;
    done.outcome = Outcome::Succeeded;
    done.revision = 99;
    done.httpStatus = 200;
    m_recorder->record(done);
    QTRY_VERIFY(([this] {
        for (const ActivityEntry &e : m_dialog->model()->entries()) {
            if (e.requestId == u"live" && e.outcome == Outcome::Succeeded && e.revision == 99)
                return true;
        }
        return false;
    }()));
    QCOMPARE(rows(), 7);
}

void tst_ActivityDialog::exportsCsvAndJson()
{
    QTemporaryDir out;
    QString asked;
    m_dialog->setSaveChooser([&](QWidget *, bool json, std::function<void(const QString &)> done) {
        asked = json ? u"json"_s : u"csv"_s;
        done(out.filePath(u"activity."_s + asked));
    });
    choose("activityClusterFilter", u"Test"_s);
    QTRY_COMPARE(rows(), 2);
    m_dialog->findChild<QPushButton *>(u"activityExportCsv"_s)->click();
    QCOMPARE(asked, u"csv"_s);
    QFile csv(out.filePath(u"activity.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("time_utc,cluster,"));
    QVERIFY(lines.at(1).contains(",Test,"));

    m_dialog->findChild<QPushButton *>(u"activityExportJson"_s)->click();
    QCOMPARE(asked, u"json"_s);
    QFile json(out.filePath(u"activity.json"_s));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray bytes = json.readAll();
    const QJsonArray entries = QJsonDocument::fromJson(bytes).object().value(u"activity").toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"cluster").toString(), u"Test"_s);
    QVERIFY(!bytes.contains(kPassword.toUtf8()));

    // A folder that cannot be written: a message, no crash.
    QVERIFY(!m_dialog->exportTo(out.filePath(u"missing/dir/activity.csv"_s), false));
    QVERIFY(!m_dialog->findChild<QLabel *>(u"activityStatus"_s)->text().isEmpty());
}

void tst_ActivityDialog::screenshot()
{
    auto *table = m_dialog->findChild<QTableView *>(u"activityTable"_s);
    table->selectRow(2);
    m_dialog->resize(1100, 560);
    QTRY_VERIFY(m_dialog->isVisible());
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(m_dialog->grab().save(dir + u"/activity-light.png"_s));
}

QTEST_MAIN(tst_ActivityDialog)
#include "tst_ActivityDialog.moc"
