// Translations: the committed .ts files are current against the sources of models/<concern>/,
// ui/, app/, app/cli/ and app/exporter/ (lupdate run on a temporary copy finds no string to add
// or drop), every entry is finished and keeps the source's placeholders. clusterdesk_en.ts holds
// only the plural-form messages (lupdate -pluralonly). Refresh with `cmake --build <build> --target
// update_translations`.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue
{
    QSet<QString> messages; // context \x1f source \x1f comment
    QStringList unfinished;
    QStringList placeholderMismatches; // finished entries that drop or add a %1 or %n
    // tr() always has a context, so these are never found at run time: lupdate could not tell
    // the class of a Tr::tr() call (e.g. through a type alias).
    QStringList withoutContext;
    bool ok = false;
    QString error;
};

// %1 to %99 and %n: a translation that drops one loses a value, an extra one shows "%2".
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    QString translationType;
    QStringList translations; // one, or one per plural form
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                comment.clear();
                translationType.clear();
                translations.clear();
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                translationType = xml.attributes().value(QStringLiteral("type")).toString();
                if (!numerus)
                    translations << xml.readElementText();
            } else if (name == u"numerusform") {
                translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            // Strings that left the sources are kept by lupdate as vanished/obsolete.
            if (translationType == u"vanished" || translationType == u"obsolete")
                continue;
            catalogue.messages.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment);
            if (context.isEmpty())
                catalogue.withoutContext << source;
            if (translationType == u"unfinished") {
                catalogue.unfinished << context + QStringLiteral(": ") + source;
                continue;
            }
            const QSet<QString> wanted = placeholders(source);
            for (const QString &translation : std::as_const(translations)) {
                if (placeholders(translation) != wanted)
                    catalogue.placeholderMismatches << context + QStringLiteral(": \"") + source +
                                                           QStringLiteral("\" -> \"") +
                                                           translation + u'"';
            }
        }
    }
    if (xml.hasError()) {
        catalogue.error = xml.errorString();
        return catalogue;
    }
    catalogue.ok = true;
    return catalogue;
}

// Every folder of the core (models/<concern>/), ui/, app/, app/cli/ and app/exporter/: the
// folders the update_translations target reads.
QStringList translatableFolders(const QString &sourceDir)
{
    QStringList folders;
    const QDir models(sourceDir + QStringLiteral("/models"));
    for (const QString &name : models.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders << models.filePath(name);
    for (const char *folder : {"ui", "app", "app/cli", "app/exporter"})
        folders << sourceDir + u'/' + QLatin1String(folder);
    return folders;
}

QStringList translatableSources(const QString &sourceDir)
{
    QStringList files;
    for (const QString &folder : translatableFolders(sourceDir)) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                                                 QDir::Files, QDir::Name))
            files << dir.filePath(name);
    }
    return files;
}

QString readable(const QString &key)
{
    QStringList parts = key.split(QChar(0x1f));
    return parts.value(0) + QStringLiteral(": \"") + parts.value(1) + u'"' +
           (parts.value(2).isEmpty() ? QString() : QStringLiteral(" (") + parts.value(2) + u')');
}

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private:
    QString m_sourceDir;

private Q_SLOTS:
    void initTestCase()
    {
        m_sourceDir = qEnvironmentVariable("CLUSTERDESK_SOURCE_DIR");
        QVERIFY2(!m_sourceDir.isEmpty(), "run through ctest (CLUSTERDESK_SOURCE_DIR)");
        QVERIFY(QFileInfo::exists(QStringLiteral(LUPDATE_EXECUTABLE)));
    }

    void current_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("de") << QStringLiteral("de") << false;
        QTest::newRow("fr") << QStringLiteral("fr") << false;
        QTest::newRow("ja") << QStringLiteral("ja") << false;
        // English needs only the plural forms of "%n definition(s)".
        QTest::newRow("en") << QStringLiteral("en") << true;
    }

    void current()
    {
        QFETCH(QString, language);
        QFETCH(bool, pluralOnly);
        const QString committed =
            m_sourceDir + QStringLiteral("/translations/clusterdesk_%1.ts").arg(language);
        const Catalogue before = readCatalogue(committed);
        QVERIFY2(before.ok, qPrintable(committed + QStringLiteral(": ") + before.error));

        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString copy = temp.filePath(QFileInfo(committed).fileName());
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // The same options and include paths as the update_translations target
        // (ui/CMakeLists.txt): without them lupdate cannot resolve a Tr struct declared in a
        // header of another folder and invents a context.
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")};
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        for (const QString &folder : translatableFolders(m_sourceDir))
            arguments << QStringLiteral("-I") + folder;
        arguments << translatableSources(m_sourceDir) << QStringLiteral("-ts") << copy;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const Catalogue after = readCatalogue(copy);
        QVERIFY2(after.ok, qPrintable(after.error));

        QStringList missing;
        for (const QString &key : after.messages) {
            if (!before.messages.contains(key))
                missing << readable(key);
        }
        QStringList gone;
        for (const QString &key : before.messages) {
            if (!after.messages.contains(key))
                gone << readable(key);
        }
        missing.sort();
        gone.sort();
        QVERIFY2(
            missing.isEmpty() && gone.isEmpty(),
            qPrintable(QStringLiteral("%1 is stale: run the update_translations target.\n"
                                      "Missing (%2):\n  %3\nNo longer in the sources "
                                      "(%4):\n  %5")
                           .arg(QFileInfo(committed).fileName(), QString::number(missing.size()),
                                missing.mid(0, 20).join(QStringLiteral("\n  ")),
                                QString::number(gone.size()),
                                gone.mid(0, 20).join(QStringLiteral("\n  ")))));
    }

    void finished_data() { current_data(); }

    void finished()
    {
        QFETCH(QString, language);
        const QString committed =
            m_sourceDir + QStringLiteral("/translations/clusterdesk_%1.ts").arg(language);
        const Catalogue before = readCatalogue(committed);
        QVERIFY2(before.ok, qPrintable(committed + QStringLiteral(": ") + before.error));
        QVERIFY(!before.messages.isEmpty());
        QVERIFY2(before.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 has %2 unfinished entries, e.g.\n  %3")
                                .arg(QFileInfo(committed).fileName(),
                                     QString::number(before.unfinished.size()),
                                     before.unfinished.mid(0, 10).join(QStringLiteral("\n  ")))));
        QVERIFY2(before.placeholderMismatches.isEmpty(),
                 qPrintable(QStringLiteral("%1: translations with other placeholders than their "
                                           "source (%2):\n  %3")
                                .arg(QFileInfo(committed).fileName(),
                                     QString::number(before.placeholderMismatches.size()),
                                     before.placeholderMismatches.mid(0, 10).join(
                                         QStringLiteral("\n  ")))));
        QVERIFY2(
            before.withoutContext.isEmpty(),
            qPrintable(QStringLiteral("%1: strings without a context, never translated at "
                                      "run time (%2), e.g.\n  %3")
                           .arg(QFileInfo(committed).fileName(),
                                QString::number(before.withoutContext.size()),
                                before.withoutContext.mid(0, 10).join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
