// LanguageSwitcher: loads the console's translation for the chosen language (or the system
// locale) from the installed, build-tree or embedded catalogues and installs it (for English, the
// plural forms catalogue); installing sends QEvent::LanguageChange to every widget, which then
// retranslates.
#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    struct Language
    {
        QString code;       // "" = the system language, "en", "de", "fr", "ja"
        QString nativeName; // "Deutsch", "日本語"; the system entry is translated
    };

    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // The choices for a preferences combo box, the system entry first.
    static QList<Language> languages();
    // Where catalogues are looked for, in order, for a binary in `applicationDir`:
    // <prefix>/share/clusterdesk/translations (installed), the build tree's ui/, then the
    // copies embedded in the program (":/i18n").
    static QStringList catalogueDirectories(const QString &applicationDir);
    // The first existing clusterdesk_<code>.qm in those directories (the embedded path when
    // none has it).
    static QString catalogPath(const QString &code, const QString &applicationDir);
    // The same for this program (QCoreApplication::applicationDirPath()).
    static QString catalogPath(const QString &code);

    // Installs the translation for `code` ("" = the system locale's first supported language,
    // English when none; English installs clusterdesk_en.qm, which holds only plural forms).
    // Returns the language now in force ("en" when English or when the catalogue could not be
    // loaded). Removes the previous translation first.
    QString apply(const QString &code);
    QString currentLanguage() const { return m_current; }
    // Whether Qt's own catalogue (qtbase_<code>.qm: dialog buttons, context menus, file
    // dialogs) is installed for the current language; English needs none.
    bool hasQtCatalogue() const { return m_qtTranslator != nullptr; }
    // Where Qt's catalogues are looked for (Debian: package qt6-translations-l10n).
    static QString qtCatalogueDirectory();

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString resolve(const QString &code) const;
    bool installCatalogue(const QString &code);
    void installQtCatalogue(const QString &code);
    void removeTranslators();

    QTranslator *m_appTranslator = nullptr;
    QTranslator *m_qtTranslator = nullptr;
    QString m_current = QStringLiteral("en");
};
