// The widgets never hold the store, the secret store or a client: every file under ui/ is read
// and may neither include those headers nor call the accessors that handed them out
// (store(), secrets(), hub(), apiClient()). They get services (ProfileService, MonitorService,
// ClientPool, ConnectionTester) or core controllers instead.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kForbiddenHeaders = {
    u"LocalStore.h"_s,          u"StoreThread.h"_s,       u"SecretStore.h"_s,
    u"KeychainSecretStore.h"_s, u"MemorySecretStore.h"_s, u"ApiClient.h"_s,
    u"RequestDispatcher.h"_s,   u"ClusterEndpoint.h"_s,   u"ApiRequest.h"_s,
};

// Files owned by the node-history rework, which replaces these uses with a query object of its
// own; each entry names the one use it may still have. Remove an entry when its file is
// reworked: the test then holds it to the rule like every other file.
const QMultiHash<QString, QString> kPendingRework = {
    {u"NodeHistoryCharts.cpp"_s, u"StoreThread.h"_s},
};

// "file: what" for every forbidden include or accessor call in `text`.
QStringList violations(const QString &fileName, const QString &text)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s,
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression call(u"(?:->|\\.)\\s*(store|secrets|hub|apiClient)\\s*\\("_s);
    QStringList found;
    for (auto it = include.globalMatch(text); it.hasNext();) {
        const QString header = QFileInfo(it.next().captured(1)).fileName();
        if (kForbiddenHeaders.contains(header) && !kPendingRework.contains(fileName, header))
            found << u"%1 includes %2"_s.arg(fileName, header);
    }
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const QString accessor = it.next().captured(1) + u"()"_s;
        if (!kPendingRework.contains(fileName, accessor))
            found << u"%1 calls %2"_s.arg(fileName, accessor);
    }
    return found;
}

QString sourceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("CLUSTERDESK_SOURCE_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CLUSTERDESK_SOURCE_DIR) : fromEnvironment;
}

} // namespace

class tst_UiLayering final : public QObject
{
    Q_OBJECT

private slots:
    void theCheckFindsWhatItLooksFor();
    void uiHoldsNoStoreSecretOrClient();
};

// The scanner itself: a file that breaks the rule is caught, one that keeps it is not.
void tst_UiLayering::theCheckFindsWhatItLooksFor()
{
    const QString bad = u"#include \"Theme.h\"\n#include \"ApiClient.h\"\n"
                        u"#  include <StoreThread.h>\n"
                        u"void f() { m_session->secrets()->readSecret(); page.store(); "
                        u"x->apiClient(id); y->hub(); }\n"_s;
    QCOMPARE(violations(u"Bad.cpp"_s, bad),
             (QStringList{u"Bad.cpp includes ApiClient.h"_s, u"Bad.cpp includes StoreThread.h"_s,
                          u"Bad.cpp calls secrets()"_s, u"Bad.cpp calls store()"_s,
                          u"Bad.cpp calls apiClient()"_s, u"Bad.cpp calls hub()"_s}));
    const QString good = u"#include \"ClientPool.h\"\n#include \"ProfileService.h\"\n"
                         u"void f() { m_session->localStore(); pool->client(id); "
                         u"restore(); }\n"_s;
    QVERIFY(violations(u"Good.cpp"_s, good).isEmpty());
    // A pending file is let off exactly its one use, not others.
    QVERIFY(violations(u"NodeHistoryCharts.cpp"_s, u"#include \"StoreThread.h\""_s).isEmpty());
    QCOMPARE(violations(u"NodeHistoryCharts.cpp"_s, u"#include \"LocalStore.h\""_s).size(), 1);
}

void tst_UiLayering::uiHoldsNoStoreSecretOrClient()
{
    const QDir ui(sourceDir() + u"/ui"_s);
    QVERIFY2(ui.exists(), qPrintable(ui.path()));
    const QStringList files = ui.entryList({u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 20); // the real folder, not an empty one
    QStringList found;
    for (const QString &name : files) {
        QFile file(ui.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        found += violations(name, QString::fromUtf8(file.readAll()));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_UiLayering)
#include "tst_UiLayering.moc"
