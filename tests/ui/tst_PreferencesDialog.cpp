// PreferencesDialog: shows the stored settings, writes what the user chose to an isolated
// AppSettings on OK, and leaves them alone on Cancel.
#include "AppSettings.h"
#include "PreferencesDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Key = AppSettings::Key;

class tst_PreferencesDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    AppSettings *m_settings = nullptr;
    PreferencesDialog *m_dialog = nullptr;

    template<typename T> T *child(const char *name) const
    {
        auto *found = m_dialog->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(found);
        return found;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = new AppSettings(m_dir.filePath(QStringLiteral("settings.ini")));
        m_dialog = new PreferencesDialog(m_settings);
    }

    void cleanup()
    {
        delete m_dialog;
        delete m_settings;
    }

    void showsTheStoredValues()
    {
        delete m_dialog;
        m_settings->setValue(Key::DefaultPollIntervalMs, 12000);
        m_settings->setValue(Key::Theme, QStringLiteral("dark"));
        m_settings->setValue(Key::Language, QStringLiteral("fr"));
        m_settings->setValue(Key::NotificationsEnabled, false);
        m_dialog = new PreferencesDialog(m_settings);
        QCOMPARE(child<QSpinBox>("pollIntervalSpinBox")->value(), 12);
        QCOMPARE(child<QComboBox>("themeComboBox")->currentData().toString(),
                 QStringLiteral("dark"));
        QCOMPARE(child<QComboBox>("languageComboBox")->currentData().toString(),
                 QStringLiteral("fr"));
        QVERIFY(!child<QCheckBox>("notificationsCheckBox")->isChecked());
    }

    void offersTheLanguages()
    {
        auto *languages = child<QComboBox>("languageComboBox");
        QStringList codes;
        for (int i = 0; i < languages->count(); ++i)
            codes << languages->itemData(i).toString();
        QCOMPARE(codes, (QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"),
                                     QStringLiteral("fr"), QStringLiteral("ja")}));
        QCOMPARE(languages->itemText(4), QStringLiteral("日本語"));
    }

    void okPersists()
    {
        child<QSpinBox>("pollIntervalSpinBox")->setValue(30);
        auto *theme = child<QComboBox>("themeComboBox");
        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        auto *language = child<QComboBox>("languageComboBox");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        child<QCheckBox>("notificationsCheckBox")->setChecked(false);
        child<QDialogButtonBox>("preferencesButtons")->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        AppSettings reopened(m_dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(reopened.value(Key::DefaultPollIntervalMs).toInt(), 30000);
        QCOMPARE(reopened.value(Key::Theme).toString(), QStringLiteral("light"));
        QCOMPARE(reopened.value(Key::Language).toString(), QStringLiteral("de"));
        QCOMPARE(reopened.value(Key::NotificationsEnabled).toBool(), false);
    }

    void cancelKeepsTheSettings()
    {
        child<QSpinBox>("pollIntervalSpinBox")->setValue(99);
        child<QDialogButtonBox>("preferencesButtons")->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(m_settings->value(Key::DefaultPollIntervalMs).toInt(), 5000);
    }

    void pollIntervalStaysInRange()
    {
        auto *interval = child<QSpinBox>("pollIntervalSpinBox");
        interval->setValue(0);
        QCOMPARE(interval->value(), 1);
        interval->setValue(1'000'000);
        QCOMPARE(interval->value(), 3600);
        m_dialog->save();
        QCOMPARE(m_settings->value(Key::DefaultPollIntervalMs).toInt(), 3'600'000);
    }

    void clockDefaultsAreShownAndKept()
    {
        m_settings->setValue(Key::DefaultClockWarnMs, 80);
        m_settings->setValue(Key::DefaultClockCritMs, 900);
        delete m_dialog;
        m_dialog = new PreferencesDialog(m_settings);
        auto *warn = child<QSpinBox>("clockWarnSpinBox");
        auto *crit = child<QSpinBox>("clockCritSpinBox");
        m_dialog->show();
        QVERIFY(warn->isVisible());
        QVERIFY(crit->isVisible());
        QCOMPARE(warn->value(), 80);
        QCOMPARE(crit->value(), 900);
        // Critical is never below warning.
        crit->setValue(100);
        warn->setValue(300);
        QCOMPARE(crit->value(), 300);
        m_dialog->save();
        QCOMPARE(m_settings->value(Key::DefaultClockWarnMs).toInt(), 300);
        QCOMPARE(m_settings->value(Key::DefaultClockCritMs).toInt(), 300);
    }

    void labelsShowNoAmpersand()
    {
        m_dialog->show();
        const QList<QLabel *> labels = m_dialog->findChildren<QLabel *>();
        int withMnemonic = 0;
        for (const QLabel *label : labels) {
            if (!label->text().contains(u'&'))
                continue;
            ++withMnemonic;
            // A buddy turns "&Theme:" into an underlined T; without one the "&" is shown.
            QVERIFY2(label->buddy() && label->buddy()->isVisibleTo(m_dialog),
                     qPrintable(label->text()));
        }
        QVERIFY(withMnemonic >= 5);
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_PreferencesDialog.moc"
