// The help texts of clusterdesk, clusterdesk-node and clusterdesk-cluster against what ships with
// them: every option `--help` lists is described in the man page and the man page describes no
// other (so they cannot drift apart), the bash completion offers exactly the options of each
// command and the saved cluster names, help texts have no doubled blank lines (issue #13), and
// the version the binary, the package changelog, the AppStream release and the man pages give
// is the CMake project version. No server is started.
#include "CommandRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Options = QSet<QString>;

QString sourceDir()
{
    return qEnvironmentVariable("CLUSTERDESK_SOURCE_DIR");
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sorted(const Options &options)
{
    QStringList list(options.cbegin(), options.cend());
    list.sort();
    return list.join(QLatin1Char(' '));
}

// The long options a QCommandLineParser help text defines: its "Options:" lines only, so an
// option named in a description or an example does not count.
Options parserHelpOptions(const QString &help)
{
    static const QRegularExpression line(QStringLiteral("^  (?:-[^-\\s]+, )*--([a-z][a-z0-9.-]*)"));
    Options options;
    bool inOptions = false;
    for (const QString &text : help.split(QLatin1Char('\n'))) {
        if (text == QLatin1String("Options:"))
            inOptions = true;
        else if (!text.startsWith(QLatin1Char(' ')))
            inOptions = false;
        const auto match = line.match(text);
        if (inOptions && match.hasMatch())
            options.insert(match.captured(1));
    }
    return options;
}

// Every --option a hand-written usage text mentions (the node's and the cluster script's).
Options usageOptions(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z0-9-]*)"));
    Options options{QStringLiteral("help")}; // both take --help without listing it
    for (auto it = option.globalMatch(help); it.hasNext();)
        options.insert(it.next().captured(1));
    return options;
}

// The options a man page describes, per subsection (.SS title, "" before the first): the
// --options on the tag line that follows each .TP.
QMap<QString, Options> manPageOptions(const QString &roff)
{
    static const QRegularExpression option(QStringLiteral("\\\\-\\\\-([a-z][a-z0-9.\\\\-]*)"));
    static const QRegularExpression fontEscape(QStringLiteral("\\\\f[A-Z]"));
    QMap<QString, Options> sections;
    QString section;
    bool tagLine = false;
    for (const QString &text : roff.split(QLatin1Char('\n'))) {
        if (text.startsWith(QLatin1String(".SS "))) {
            section = text.mid(4).remove(fontEscape).remove(QLatin1Char('"'));
            sections[section]; // a section may describe no option of its own
        } else if (text.startsWith(QLatin1String(".SH "))) {
            section.clear();
        } else if (tagLine) {
            for (auto it = option.globalMatch(text); it.hasNext();)
                sections[section].insert(
                    it.next().captured(1).replace(QLatin1String("\\-"), QLatin1String("-")));
        }
        tagLine = text == QLatin1String(".TP");
    }
    return sections;
}

QString manPage(const QString &name)
{
    return readText(QStringLiteral(CLUSTERDESK_MAN_DIR "/") + name + QStringLiteral(".1"));
}

struct Output
{
    int exitCode = -1;
    QString out;
};

Output runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Output result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    return result;
}

} // namespace

class tst_CommandLineHelp final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CommandRun clusterdesk(const QStringList &arguments)
    {
        return CommandRun::run(arguments, m_home.path(), {}, 60000);
    }

    // What bash completion offers for `line` (the word being completed is its last, possibly
    // empty). Runs the installed completion framework with resources/completion/clusterdesk.bash
    // and the built clusterdesk first on PATH.
    QStringList complete(const QString &line)
    {
        const QString script = QStringLiteral("source /usr/share/bash-completion/bash_completion\n"
                                              "source \"$1\"\n"
                                              "COMP_LINE=$2; COMP_POINT=${#COMP_LINE}\n"
                                              "read -r -a COMP_WORDS <<<\"$COMP_LINE\"\n"
                                              "[[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
                                              "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                              "_clusterdesk clusterdesk\n"
                                              "printf '%s\\n' \"${COMPREPLY[@]}\"\n");
        QProcess bash;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           QFileInfo(QStringLiteral(CLUSTERDESK_BIN)).absolutePath() +
                               QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home.filePath(QStringLiteral("data")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           m_home.filePath(QStringLiteral("config")));
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        bash.setProcessEnvironment(environment);
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"), script, QStringLiteral("bash"),
                    sourceDir() + QStringLiteral("/resources/completion/clusterdesk.bash"), line});
        if (!bash.waitForFinished(60000))
            return {QStringLiteral("<bash did not finish>")};
        return QString::fromUtf8(bash.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static Options commonOptions()
    {
        return {QStringLiteral("help"), QStringLiteral("help-all"), QStringLiteral("data-dir")};
    }

    static void commands_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("manSection");
        QTest::newRow("main") << QStringList{"--help"} << "clusterdesk";
        QTest::newRow("status") << QStringList{"status", "--help"} << "clusterdesk status";
        QTest::newRow("cluster add")
            << QStringList{"cluster", "add", "--help"} << "clusterdesk cluster add";
        QTest::newRow("cluster edit")
            << QStringList{"cluster", "edit", "--help"} << "clusterdesk cluster edit name";
        QTest::newRow("cluster list")
            << QStringList{"cluster", "list", "--help"} << "clusterdesk cluster list";
        QTest::newRow("cluster show")
            << QStringList{"cluster", "show", "--help"} << "clusterdesk cluster show name";
        QTest::newRow("cluster remove")
            << QStringList{"cluster", "remove", "--help"} << "clusterdesk cluster remove name";
        QTest::newRow("report") << QStringList{"report", "--help"} << "clusterdesk report";
        QTest::newRow("resources")
            << QStringList{"resources", "--help"} << "clusterdesk resources diff|export|apply";
        QTest::newRow("node") << QStringList{"node", "--help"}
                              << "clusterdesk node drain|maint|ready";
        QTest::newRow("history") << QStringList{"history", "--help"} << "clusterdesk history";
        QTest::newRow("exporter") << QStringList{"exporter", "--help"} << "clusterdesk exporter";
        QTest::newRow("activity") << QStringList{"activity", "--help"} << "clusterdesk activity";
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void manPageDescribesEveryOption_data() { commands_data(); }
    void manPageDescribesEveryOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, manSection);
        const CommandRun help = clusterdesk(arguments);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        Options listed = parserHelpOptions(help.out);
        const QMap<QString, Options> man = manPageOptions(manPage(QStringLiteral("clusterdesk")));
        QVERIFY2(man.contains(manSection), qPrintable(QStringList(man.keys()).join(u'|')));
        // The options every command takes are described once, in the first section.
        const Options common = commonOptions();
        if (manSection != QLatin1String("clusterdesk")) {
            QVERIFY2(listed.contains(common), qPrintable(help.out));
            listed.subtract(common);
        }
        QCOMPARE(sorted(man.value(manSection)), sorted(listed));
    }

    void nodeManPageDescribesEveryOption()
    {
        const Output help =
            runProgram(qEnvironmentVariable("CLUSTERDESK_NODE_BIN"), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QMap<QString, Options> man =
            manPageOptions(manPage(QStringLiteral("clusterdesk-node")));
        QCOMPARE(sorted(man.value(QString())), sorted(usageOptions(help.out)));
    }

    void clusterScriptManPageDescribesEveryOption()
    {
        const Output help =
            runProgram(QStringLiteral("bash"), {sourceDir() + QStringLiteral("/scripts/cluster"),
                                                QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QMap<QString, Options> man =
            manPageOptions(manPage(QStringLiteral("clusterdesk-cluster")));
        QCOMPARE(sorted(man.value(QString())), sorted(usageOptions(help.out)));
    }

    // Issue #13: `clusterdesk --help` had two blank lines before "Examples:".
    void helpHasNoDoubledBlankLines_data() { commands_data(); }
    void helpHasNoDoubledBlankLines()
    {
        QFETCH(QStringList, arguments);
        const CommandRun help = clusterdesk(arguments);
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        QVERIFY2(!help.out.contains(QLatin1String("\n\n\n")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QLatin1String("\n\nExamples:\n  clusterdesk")),
                 qPrintable(help.out));
        QVERIFY2(help.out.endsWith(QLatin1Char('\n')) && !help.out.endsWith(QLatin1String("\n\n")),
                 qPrintable(help.out));
    }

    void helpAllPrintsTheHelp_data() { commands_data(); }
    void helpAllPrintsTheHelp()
    {
        QFETCH(QStringList, arguments);
        const CommandRun help = clusterdesk(arguments);
        QStringList all = arguments;
        all.last() = QStringLiteral("--help-all");
        const CommandRun helpAll = clusterdesk(all);
        QVERIFY2(helpAll.exitCode == 0, qPrintable(helpAll.describe()));
        QCOMPARE(helpAll.out, help.out);
    }

    void bashCompletionOffersEachCommandsOptions_data() { commands_data(); }
    void bashCompletionOffersEachCommandsOptions()
    {
        QFETCH(QStringList, arguments);
        const CommandRun help = clusterdesk(arguments);
        QStringList words = arguments.mid(0, arguments.size() - 1);
        words.prepend(QStringLiteral("clusterdesk"));
        Options offered;
        for (const QString &word : complete(words.join(u' ') + QStringLiteral(" --")))
            offered.insert(word.mid(2));
        // --help-all is --help's alias: completion offers only --help.
        Options listed = parserHelpOptions(help.out);
        listed.remove(QStringLiteral("help-all"));
        QCOMPARE(sorted(offered), sorted(listed));
    }

    void bashCompletionOffersCommandsAndSavedClusters()
    {
        QCOMPARE(complete(QStringLiteral("clusterdesk st")), QStringList{"status"});
        QCOMPARE(complete(QStringLiteral("clusterdesk cluster r")), QStringList{"remove"});
        QCOMPARE(complete(QStringLiteral("clusterdesk resources ")),
                 (QStringList{"diff", "export", "apply"}));

        const QString dataDir = m_home.filePath(QStringLiteral("store"));
        for (const QString &name : {QStringLiteral("Prod"), QStringLiteral("Local demo")}) {
            const CommandRun add =
                clusterdesk({QStringLiteral("cluster"), QStringLiteral("add"),
                             QStringLiteral("--data-dir"), dataDir, QStringLiteral("--name"), name,
                             QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:9"),
                             QStringLiteral("--user"), QStringLiteral("admin")});
            QVERIFY2(add.exitCode == 0, qPrintable(add.describe()));
        }
        QStringList names = complete(QStringLiteral("clusterdesk status --data-dir ") + dataDir +
                                     QStringLiteral(" --cluster "));
        names.sort();
        QCOMPARE(names, (QStringList{"Local demo", "Prod"}));
        QCOMPARE(complete(QStringLiteral("clusterdesk cluster remove --data-dir ") + dataDir +
                          QStringLiteral(" P")),
                 QStringList{"Prod"});
    }

    // `history --since 7d` works: the help, the man page and the zsh completion say so (they
    // said it took an ISO time only).
    void historySinceTakesASpan()
    {
        const CommandRun help = clusterdesk({QStringLiteral("history"), QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(help.describe()));
        // The option's description: from its line to the next option's (--until).
        const qsizetype at = help.out.indexOf(QLatin1String("\n  --since <"));
        const qsizetype end = help.out.indexOf(QLatin1String("\n  --until <"), at);
        QVERIFY2(at > 0 && end > at, qPrintable(help.out));
        QVERIFY2(help.out.mid(at, end - at).contains(QLatin1String("7d")), qPrintable(help.out));
        const QString man = manPage(QStringLiteral("clusterdesk"));
        const qsizetype history = man.indexOf(QLatin1String(".SS \"clusterdesk history\""));
        const qsizetype since = man.indexOf(QLatin1String(".BI \\-\\-since"), history);
        const qsizetype next = man.indexOf(QLatin1String(".TP"), since);
        QVERIFY(history > 0 && since > history && next > since);
        QVERIFY2(man.mid(since, next - since).contains(QLatin1String("\\fB7d\\fR")),
                 qPrintable(man.mid(since, next - since)));
        const QString zsh =
            readText(sourceDir() + QStringLiteral("/resources/completion/_clusterdesk"));
        const qsizetype zshHistory = zsh.indexOf(QLatin1String("    history)"));
        const qsizetype zshSince = zsh.indexOf(QLatin1String("'--since="), zshHistory);
        QVERIFY(zshHistory > 0 && zshSince > zshHistory);
        QVERIFY2(zsh.mid(zshSince, zsh.indexOf(u'\n', zshSince) - zshSince)
                     .contains(QLatin1String("7d")),
                 qPrintable(zsh.mid(zshSince, 80)));
    }

    void versionComesFromTheProject()
    {
        const QString version = QStringLiteral(CLUSTERDESK_VERSION);
        const CommandRun run = clusterdesk({QStringLiteral("--version")});
        QCOMPARE(run.out, QStringLiteral("clusterdesk %1\n").arg(version));

        // A native package: its version is the project's.
        const QString changelog = readText(sourceDir() + QStringLiteral("/debian/changelog"));
        QCOMPARE(changelog.section(u'\n', 0, 0).section(u'(', 1).section(u')', 0, 0), version);

        const QString metainfo = readText(QStringLiteral(CLUSTERDESK_METAINFO));
        const auto release =
            QRegularExpression(QStringLiteral("<release version=\"([^\"]+)\"")).match(metainfo);
        QVERIFY2(release.hasMatch(), qPrintable(metainfo));
        QCOMPARE(release.captured(1), version);

        for (const QString &page :
             {QStringLiteral("clusterdesk"), QStringLiteral("clusterdesk-node"),
              QStringLiteral("clusterdesk-cluster")})
            QVERIFY2(manPage(page).contains(QStringLiteral("\"Clusterdesk %1\"").arg(version)),
                     qPrintable(page));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLineHelp)
#include "tst_CommandLineHelp.moc"
