// AppSettings: defaults, typed values, rejection of bad values, a hand-edited file that never
// yields an invalid value, and the changed(key) signal. Each test uses its own INI file.
#include "AppSettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Key = AppSettings::Key;

class tst_AppSettings final : public QObject
{
    Q_OBJECT

private:
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void defaults()
    {
        AppSettings settings(settingsFile());
        QCOMPARE(settings.value(Key::Language).toString(), QString());
        QCOMPARE(settings.value(Key::DefaultPollIntervalMs).toInt(), 5000);
        QCOMPARE(settings.value(Key::NotificationsEnabled).toBool(), true);
        QCOMPARE(settings.value(Key::Theme).toString(), QStringLiteral("system"));
        QCOMPARE(settings.value(Key::RetentionDays).toInt(), 14);
        QCOMPARE(settings.value(Key::MainWindowGeometry).toByteArray(), QByteArray());
        for (Key key : AppSettings::allKeys()) {
            QVERIFY(!AppSettings::keyName(key).isEmpty());
            QCOMPARE(settings.value(key), AppSettings::defaultValue(key));
        }
    }

    void setAndPersist()
    {
        const QByteArray geometry("\x01\x00\xff binary", 10);
        {
            AppSettings settings(settingsFile());
            QVERIFY(settings.setValue(Key::Theme, QStringLiteral("dark")));
            QVERIFY(settings.setValue(Key::DefaultPollIntervalMs, 2000));
            QVERIFY(settings.setValue(Key::NotificationsEnabled, false));
            QVERIFY(settings.setValue(Key::MainWindowGeometry, geometry));
            QVERIFY(settings.setValue(Key::LastFileDir, QStringLiteral("/tmp/reports")));
            settings.sync();
        }
        AppSettings reopened(settingsFile());
        QCOMPARE(reopened.value(Key::Theme).toString(), QStringLiteral("dark"));
        QCOMPARE(reopened.value(Key::DefaultPollIntervalMs).toInt(), 2000);
        QCOMPARE(reopened.value(Key::NotificationsEnabled).toBool(), false);
        QCOMPARE(reopened.value(Key::MainWindowGeometry).toByteArray(), geometry);
        QCOMPARE(reopened.value(Key::LastFileDir).toString(), QStringLiteral("/tmp/reports"));
    }

    void rejectsInvalid_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("theme unknown") << Key::Theme << QVariant(QStringLiteral("blue"));
        QTest::newRow("poll too small") << Key::DefaultPollIntervalMs << QVariant(999);
        QTest::newRow("poll too big") << Key::DefaultPollIntervalMs << QVariant(3600001);
        QTest::newRow("poll text")
            << Key::DefaultPollIntervalMs << QVariant(QStringLiteral("fast"));
        QTest::newRow("poll fraction") << Key::DefaultPollIntervalMs << QVariant(1500.5);
        QTest::newRow("retention zero") << Key::RetentionDays << QVariant(0);
        QTest::newRow("bool text")
            << Key::NotificationsEnabled << QVariant(QStringLiteral("maybe"));
        QTest::newRow("invalid variant") << Key::Language << QVariant();
    }

    void rejectsInvalid()
    {
        QFETCH(Key, key);
        QFETCH(QVariant, value);
        AppSettings settings(settingsFile());
        QSignalSpy spy(&settings, &AppSettings::changed);
        QVERIFY(!settings.setValue(key, value));
        QCOMPARE(settings.value(key), AppSettings::defaultValue(key));
        QCOMPARE(spy.count(), 0);
    }

    void handEditedFileFallsBackToDefaults()
    {
        QFile file(settingsFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\ntheme=purple\nshowStaleNodes=perhaps\nlanguage=de\n"
                   "[polling]\ndefaultIntervalMs=12abc\n[storage]\nretentionDays=30\n");
        file.close();
        AppSettings settings(settingsFile());
        QCOMPARE(settings.value(Key::Theme).toString(), QStringLiteral("system"));
        QCOMPARE(settings.value(Key::ShowStaleNodes).toBool(), true);
        QCOMPARE(settings.value(Key::DefaultPollIntervalMs).toInt(), 5000);
        QCOMPARE(settings.value(Key::Language).toString(), QStringLiteral("de"));
        QCOMPARE(settings.value(Key::RetentionDays).toInt(), 30);
    }

    void changedSignal()
    {
        AppSettings settings(settingsFile());
        QSignalSpy spy(&settings, &AppSettings::changed);
        QVERIFY(settings.setValue(Key::Theme, QStringLiteral("light")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::Theme);
        QVERIFY(settings.setValue(Key::Theme, QStringLiteral("light"))); // same value: no signal
        QCOMPARE(spy.count(), 1);
        QVERIFY(settings.setValue(Key::NotificationsEnabled, true)); // equals the default
        QCOMPARE(spy.count(), 1);
        settings.reset(Key::Theme);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(settings.value(Key::Theme).toString(), QStringLiteral("system"));
        settings.reset(Key::Theme); // already default
        QCOMPARE(spy.count(), 2);
    }

    void isolatedInstances()
    {
        AppSettings first(settingsFile());
        AppSettings other(m_dir.filePath(QStringLiteral("other.ini")));
        QVERIFY(first.setValue(Key::Language, QStringLiteral("fr")));
        QCOMPARE(other.value(Key::Language).toString(), QString());
        QCOMPARE(first.fileName(), settingsFile());
    }
};

QTEST_GUILESS_MAIN(tst_AppSettings)
#include "tst_AppSettings.moc"
