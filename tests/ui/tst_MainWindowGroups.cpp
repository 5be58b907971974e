// Cluster groups in the window, on a temporary store: the sidebar shows folders by group path; a
// cluster dropped onto a folder and one filed with "Move to Group…" are saved with their
// profiles; New Group… keeps an empty folder; Rename Group… renames the folder in every profile
// inside it and the Fleet view follows; Remove Group keeps its clusters; choosing a folder shows
// the Fleet view filtered to it with its totals. A new session and window on the same store find
// every cluster in its folder and the empty folder still there. Screenshots of the sidebar with
// folders (light, dark, German, Japanese) go to <build>/tests/ui/screenshots.
#include "AppSettings.h"
#include "ClusterListModel.h"
#include "ClusterOrderProxyModel.h"
#include "ClusterSidebar.h"
#include "ClusterTreeModel.h"
#include "ConsoleSession.h"
#include "FleetView.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Theme.h"

#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

ClusterProfile grouped(const QString &name, const QString &group)
{
    // Port 9 (discard): nothing answers, so the clusters stay "not refreshed yet".
    ClusterProfile profile = ClusterProfile::create(name, QUrl(u"http://127.0.0.1:9"_s));
    profile.userName = u"admin"_s;
    profile.group = group;
    return profile;
}

// The sidebar's tree as text: "EMEA (2)[Production (1)[paris] berlin] loose".
QString shape(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList items;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(ClusterTreeModel::IsGroupRole).toBool())
            items << index.data(ClusterListModel::NameRole).toString() + u'[' +
                         shape(model, index) + u']';
        else
            items << index.data(ClusterListModel::NameRole).toString();
    }
    return items.join(u' ');
}

} // namespace

class tst_MainWindowGroups final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void foldersFollowTheProfiles();
    void dropOntoAFolder();
    void moveToGroupFromTheMenu();
    void newRenameAndRemoveGroups();
    void folderShowsTheFleet();
    void screenshots();
    void groupsSurviveARestart();

private:
    void openWindow();
    void closeWindow();
    QString addProfile(const ClusterProfile &profile);
    QInputDialog *dialog(const QString &name);
    QString group(const QString &profileId) const;
    ClusterSidebar *sidebar() const { return m_window->sidebar(); }

    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_paris;
    QString m_berlin;
    QString m_loose;
};

void tst_MainWindowGroups::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    openWindow();
    m_paris = addProfile(grouped(u"paris"_s, u"EMEA/Production"_s));
    m_berlin = addProfile(grouped(u"berlin"_s, u"EMEA"_s));
    m_loose = addProfile(grouped(u"loose"_s, QString()));
}

void tst_MainWindowGroups::cleanupTestCase()
{
    closeWindow();
}

void tst_MainWindowGroups::openWindow()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"settings.ini"_s));
    m_session = std::make_unique<ConsoleSession>(new MemorySecretStore);
    m_window = std::make_unique<MainWindow>(m_session.get(), m_settings.get());
    QSignalSpy started(m_session.get(), &ConsoleSession::started);
    m_session->start(m_dir.filePath(u"data"_s));
    QVERIFY(started.wait(10000));
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindowGroups::closeWindow()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
}

QString tst_MainWindowGroups::addProfile(const ClusterProfile &profile)
{
    bool stored = false;
    m_session->profileService()->addProfile(
        profile, u"pw"_s, this, [&stored](const StoreWriteResult &r) { stored = r.ok; });
    if (!QTest::qWaitFor([&] { return stored; }, 10000))
        return {};
    return profile.id;
}

QInputDialog *tst_MainWindowGroups::dialog(const QString &name)
{
    auto *found = m_window->findChild<QInputDialog *>(name);
    if (found && !QTest::qWaitFor([found] { return found->isVisible(); }, 5000))
        return nullptr; // opened without a nested event loop, or not at all
    return found;
}

QString tst_MainWindowGroups::group(const QString &profileId) const
{
    const auto profile = m_session->profileService()->profile(profileId);
    return profile ? profile->group : u"<gone>"_s;
}

void tst_MainWindowGroups::foldersFollowTheProfiles()
{
    const QAbstractItemModel *tree = sidebar()->view()->model();
    QTRY_COMPARE(shape(tree), u"EMEA[Production[paris] berlin] loose"_s);
    // "EMEA (2)", then "EMEA (2, 2 critical)" once the polls find nobody at port 9.
    QVERIFY2(tree->index(0, 0).data().toString().startsWith(u"EMEA (2"_s),
             qPrintable(tree->index(0, 0).data().toString()));
}

void tst_MainWindowGroups::dropOntoAFolder()
{
    // What the view does with a drop: the proxy's dropMimeData onto the folder's row.
    auto *proxy = qobject_cast<ClusterOrderProxyModel *>(sidebar()->view()->model());
    QVERIFY(proxy);
    std::unique_ptr<QMimeData> data(proxy->mimeData({proxy->indexOfProfile(m_loose)}));
    QVERIFY(data);
    const QModelIndex production =
        proxy->mapFromSource(sidebar()->treeModel()->indexOfGroup(u"EMEA/Production"_s));
    QVERIFY(production.isValid());
    QVERIFY(proxy->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, production));
    QVERIFY(!proxy->dropMimeData(data.get(), Qt::MoveAction, -1, -1, production));
    QTRY_COMPARE(group(m_loose), u"EMEA/Production"_s);
    QTRY_COMPARE(shape(proxy), u"EMEA[Production[paris loose] berlin]"_s);
}

void tst_MainWindowGroups::moveToGroupFromTheMenu()
{
    m_window->selectProfile(m_berlin);
    QVERIFY(sidebar()->moveToGroupAction()->isEnabled());
    sidebar()->moveToGroupAction()->trigger();
    QInputDialog *ask = dialog(u"moveToGroupDialog"_s);
    QVERIFY(ask);
    // The folders in the sidebar are offered (parents too); a new one may be typed.
    QVERIFY(ask->comboBoxItems().contains(u"EMEA"_s));
    QVERIFY(ask->comboBoxItems().contains(u"EMEA/Production"_s));
    ask->setTextValue(u" Archive / 2024 "_s);
    ask->accept();
    QTRY_COMPARE(group(m_berlin), u"Archive/2024"_s);
    QTRY_COMPARE(shape(sidebar()->view()->model()),
                 u"Archive[2024[berlin]] EMEA[Production[paris loose]]"_s);
    // The moved cluster stays chosen.
    QCOMPARE(m_window->currentProfileId(), m_berlin);
}

void tst_MainWindowGroups::newRenameAndRemoveGroups()
{
    // New Group… inside the chosen folder: an empty folder, stored.
    sidebar()->setCurrentGroup(u"EMEA"_s);
    sidebar()->newGroupAction()->trigger();
    QInputDialog *ask = dialog(u"newGroupDialog"_s);
    QVERIFY(ask);
    QCOMPARE(ask->textValue(), u"EMEA/"_s);
    ask->setTextValue(u"EMEA/Staging"_s);
    ask->accept();
    QTRY_VERIFY(m_session->profileService()->groups().contains(u"EMEA/Staging"_s));
    QTRY_COMPARE(shape(sidebar()->view()->model()),
                 u"Archive[2024[berlin]] EMEA[Production[paris loose] Staging[]]"_s);
    QCOMPARE(sidebar()->currentGroup(), u"EMEA/Staging"_s);

    // Rename EMEA: every profile and folder inside it follows, the Fleet view too.
    sidebar()->setCurrentGroup(u"EMEA"_s);
    QTRY_VERIFY(m_window->isFleetShown());
    QCOMPARE(m_window->fleetView()->group(), u"EMEA"_s);
    sidebar()->renameGroupAction()->trigger();
    ask = dialog(u"renameGroupDialog"_s);
    QVERIFY(ask);
    QCOMPARE(ask->textValue(), u"EMEA"_s);
    ask->setTextValue(u"Europe"_s);
    ask->accept();
    QTRY_COMPARE(group(m_paris), u"Europe/Production"_s);
    QCOMPARE(group(m_loose), u"Europe/Production"_s);
    QTRY_COMPARE(m_session->profileService()->groups(), QStringList{u"Europe/Staging"_s});
    QTRY_COMPARE(shape(sidebar()->view()->model()),
                 u"Archive[2024[berlin]] Europe[Production[paris loose] Staging[]]"_s);
    QTRY_COMPARE(m_window->fleetView()->group(), u"Europe"_s);
    QVERIFY2(m_window->fleetView()->groupTotals()->text().startsWith(u"Europe: 2 cluster"_s),
             qPrintable(m_window->fleetView()->groupTotals()->text()));

    // Remove Archive/2024: berlin moves up to Archive, nothing is deleted.
    sidebar()->setCurrentGroup(u"Archive/2024"_s);
    sidebar()->removeGroupAction()->trigger();
    QTRY_COMPARE(group(m_berlin), u"Archive"_s);
    QCOMPARE(m_session->profileService()->profiles().size(), 3);
    QTRY_COMPARE(shape(sidebar()->view()->model()),
                 u"Archive[berlin] Europe[Production[paris loose] Staging[]]"_s);
}

void tst_MainWindowGroups::folderShowsTheFleet()
{
    sidebar()->setCurrentGroup(u"Europe/Production"_s);
    QTRY_VERIFY(m_window->isFleetShown());
    FleetView *fleet = m_window->fleetView();
    QCOMPARE(fleet->group(), u"Europe/Production"_s);
    QCOMPARE(fleet->table()->model()->rowCount(), 2);
    QVERIFY2(fleet->groupTotals()->text().startsWith(u"Europe/Production: 2 cluster"_s),
             qPrintable(fleet->groupTotals()->text()));
    // A cluster chosen leaves the Fleet view for its page.
    m_window->selectProfile(m_paris);
    QTRY_VERIFY(!m_window->isFleetShown());
}

void tst_MainWindowGroups::screenshots()
{
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    m_window->resize(1024, 700);
    // A folder chosen: the sidebar's folders beside the Fleet view of that folder.
    sidebar()->setCurrentGroup(u"Europe"_s);
    QTRY_VERIFY(m_window->isFleetShown());
    QVERIFY(m_window->grab().save(dir + u"/sidebar-groups-light.png"_s));
    Theme::applyDarkPalette();
    QCoreApplication::sendPostedEvents();
    QVERIFY(m_window->grab().save(dir + u"/sidebar-groups-dark.png"_s));
    Theme::applyPreference(u"system"_s);
    QCoreApplication::sendPostedEvents();
    for (const QString &language : {u"de"_s, u"ja"_s}) {
        m_settings->setValue(AppSettings::Key::Language, language);
        QTRY_COMPARE(m_window->languageSwitcher()->currentLanguage(), language);
        QCoreApplication::sendPostedEvents();
        QVERIFY(m_window->grab().save(dir + u"/sidebar-groups-"_s + language + u".png"_s));
    }
    m_settings->setValue(AppSettings::Key::Language, u"en"_s);
    QTRY_COMPARE(m_window->languageSwitcher()->currentLanguage(), u"en"_s);
}

void tst_MainWindowGroups::groupsSurviveARestart()
{
    closeWindow();
    openWindow();
    QTRY_COMPARE(shape(sidebar()->view()->model()),
                 u"Archive[berlin] Europe[Production[paris loose] Staging[]]"_s);
    QCOMPARE(group(m_berlin), u"Archive"_s);
    QCOMPARE(m_session->profileService()->groups(), QStringList{u"Europe/Staging"_s});
}

QTEST_MAIN(tst_MainWindowGroups)
#include "tst_MainWindowGroups.moc"
