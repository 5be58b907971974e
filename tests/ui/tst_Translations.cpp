// Translations: the committed .ts files are current against the sources of models/, ui/ and
// app/ (lupdate run on a temporary copy finds no string to add or drop), and every entry is
// finished. Refresh with `cmake --build <build> --target update_translations`.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalogue
{
    QSet<QString> messages; // context \x1f source \x1f comment
    QStringList unfinished;
    bool ok = false;
    QString error;
};

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
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                translationType = xml.attributes().value(QStringLiteral("type")).toString();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            // Strings that left the sources are kept by lupdate as vanished/obsolete.
            if (translationType == u"vanished" || translationType == u"obsolete")
                continue;
            catalogue.messages.insert(context + QChar(0x1f) + source + QChar(0x1f) + comment);
            if (translationType == u"unfinished")
                catalogue.unfinished << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError()) {
        catalogue.error = xml.errorString();
        return catalogue;
    }
    catalogue.ok = true;
    return catalogue;
}

QStringList translatableSources(const QString &sourceDir)
{
    QStringList files;
    for (const char *folder : {"models", "ui", "app"}) {
        const QDir dir(sourceDir + u'/' + QLatin1String(folder));
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
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void current()
    {
        QFETCH(QString, language);
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
        // The same options as the update_translations target (ui/CMakeLists.txt).
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                              QStringLiteral("none")};
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
        QVERIFY2(missing.isEmpty() && gone.isEmpty(),
                 qPrintable(QStringLiteral("%1 is stale: run the update_translations target.\n"
                                           "Missing (%2):\n  %3\nNo longer in the sources "
                                           "(%4):\n  %5")
                                .arg(QFileInfo(committed).fileName())
                                .arg(missing.size())
                                .arg(missing.mid(0, 20).join(QStringLiteral("\n  ")))
                                .arg(gone.size())
                                .arg(gone.mid(0, 20).join(QStringLiteral("\n  ")))));
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
                                .arg(QFileInfo(committed).fileName())
                                .arg(before.unfinished.size())
                                .arg(before.unfinished.mid(0, 10).join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
