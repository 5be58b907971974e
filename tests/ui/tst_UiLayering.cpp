// The widgets never hold the store, the secret store, a client, a dispatcher, an endpoint or
// the client pool: every file under ui/ is read and may neither include those headers, nor
// forward-declare those classes, nor call the accessors that hand them out (store(),
// secrets(), hub(), apiClient(), clientPool(), localStore()). They get services
// (ProfileService, MonitorService, ConnectionTester) and the core's controllers and queries
// (ClusterServices, CompareController, SyncController, FleetResourceCounter) instead.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The classes the widgets must not hold; each one's header is forbidden too.
const QStringList kForbiddenClasses = {
    u"LocalStore"_s,          u"StoreThread"_s,       u"SecretStore"_s,
    u"KeychainSecretStore"_s, u"MemorySecretStore"_s, u"ApiClient"_s,
    u"RequestDispatcher"_s,   u"ClusterEndpoint"_s,   u"ClientPool"_s,
};
// Headers without a class of their own above: the request and answer values of the client.
const QStringList kForbiddenHeaders = {u"ApiRequest.h"_s};

// "file: what" for every forbidden include, forward declaration, other use of a forbidden class
// in code (a member or parameter through someone else's declaration) or accessor call in `text`.
QStringList violations(const QString &fileName, const QString &text)
{
    static const QRegularExpression include(u"^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"_s,
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression declaration(u"\\b(?:class|struct)\\s+(\\w+)\\s*;"_s);
    static const QRegularExpression call(
        u"(?:->|\\.)\\s*(store|secrets|hub|apiClient|clientPool|localStore)\\s*\\("_s);
    QStringList found;
    for (auto it = include.globalMatch(text); it.hasNext();) {
        const QString header = QFileInfo(it.next().captured(1)).fileName();
        if (kForbiddenHeaders.contains(header) ||
            kForbiddenClasses.contains(QFileInfo(header).completeBaseName()))
            found << u"%1 includes %2"_s.arg(fileName, header);
    }
    for (auto it = declaration.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (kForbiddenClasses.contains(name))
            found << u"%1 declares %2"_s.arg(fileName, name);
    }
    // What is left once includes, declarations and comments are gone: code.
    static const QRegularExpression notCode(
        u"^\\s*#\\s*include[^\\n]*|\\b(?:class|struct)\\s+\\w+\\s*;|//[^\\n]*"_s,
        QRegularExpression::MultilineOption);
    static const QRegularExpression word(u"\\b("_s + kForbiddenClasses.join(u'|') + u")\\b"_s);
    const QString code = QString(text).remove(notCode);
    for (auto it = word.globalMatch(code); it.hasNext();)
        found << u"%1 uses %2"_s.arg(fileName, it.next().captured(1));
    for (auto it = call.globalMatch(text); it.hasNext();)
        found << u"%1 calls %2()"_s.arg(fileName, it.next().captured(1));
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
                        u"#  include <StoreThread.h>\n#include \"ClientPool.h\"\n"
                        u"#include \"ApiRequest.h\"\n"
                        u"class ClusterEndpoint;\nstruct  RequestDispatcher ;\n"
                        u"void f(LocalStore &store) { m_session->secrets()->readSecret(); "
                        u"page.store(); x->apiClient(id); y->hub(); s->clientPool(); "
                        u"s.localStore(); }\n"_s;
    QCOMPARE(violations(u"Bad.cpp"_s, bad),
             (QStringList{u"Bad.cpp includes ApiClient.h"_s, u"Bad.cpp includes StoreThread.h"_s,
                          u"Bad.cpp includes ClientPool.h"_s, u"Bad.cpp includes ApiRequest.h"_s,
                          u"Bad.cpp declares ClusterEndpoint"_s,
                          u"Bad.cpp declares RequestDispatcher"_s, u"Bad.cpp uses LocalStore"_s,
                          u"Bad.cpp calls secrets()"_s, u"Bad.cpp calls store()"_s,
                          u"Bad.cpp calls apiClient()"_s, u"Bad.cpp calls hub()"_s,
                          u"Bad.cpp calls clientPool()"_s, u"Bad.cpp calls localStore()"_s}));
    // Controllers, services and names that only contain a forbidden one are fine.
    const QString good = u"#include \"ClusterServices.h\"\n#include \"ProfileService.h\"\n"
                         u"class CompareController;\nclass ApiClientFactory;\n"
                         u"class ResourceRepository;\nvoid f() { pool->client(id); restore(); "
                         u"services->nodeHistory(); } // never an ApiClient of its own\n"_s;
    QVERIFY(violations(u"Good.cpp"_s, good).isEmpty());
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
