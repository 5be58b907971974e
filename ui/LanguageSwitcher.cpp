#include "LanguageSwitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

const QStringList &translatedCodes()
{
    static const QStringList codes{QStringLiteral("de"), QStringLiteral("fr"),
                                   QStringLiteral("ja")};
    return codes;
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{}

LanguageSwitcher::~LanguageSwitcher()
{
    removeTranslators();
}

QList<LanguageSwitcher::Language> LanguageSwitcher::languages()
{
    // Language names stay in their own language so a user who cannot read the current one
    // still finds theirs.
    return {
        {QString(), tr("System")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
    };
}

QStringList LanguageSwitcher::catalogueDirectories(const QString &applicationDir)
{
    // Installed files first, so a package's catalogues are the ones used; the build tree's
    // next (lrelease writes them to <build>/ui, the binary is in <build>/app); the copies
    // embedded in the program last, so a binary moved on its own still speaks every language.
    QStringList directories;
    if (!applicationDir.isEmpty()) {
        const QDir dir(applicationDir);
        directories << QDir::cleanPath(
                           dir.filePath(QStringLiteral("../share/clusterdesk/translations")))
                    << QDir::cleanPath(dir.filePath(QStringLiteral("../ui")));
    }
    directories << QStringLiteral(":/i18n");
    return directories;
}

QString LanguageSwitcher::catalogPath(const QString &code, const QString &applicationDir)
{
    const QString file = QStringLiteral("clusterdesk_%1.qm").arg(code);
    const QStringList directories = catalogueDirectories(applicationDir);
    for (const QString &directory : directories) {
        const QString path = directory + QLatin1Char('/') + file;
        if (QFileInfo(path).isFile())
            return path;
    }
    return directories.constLast() + QLatin1Char('/') + file;
}

QString LanguageSwitcher::catalogPath(const QString &code)
{
    return catalogPath(code, QCoreApplication::instance() ? QCoreApplication::applicationDirPath()
                                                          : QString());
}

QString LanguageSwitcher::resolve(const QString &code) const
{
    if (!code.isEmpty())
        return translatedCodes().contains(code) ? code : QStringLiteral("en");
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("en"))
            return language;
        if (translatedCodes().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

void LanguageSwitcher::removeTranslators()
{
    for (QTranslator **translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool LanguageSwitcher::installCatalogue(const QString &code)
{
    auto *translator = new QTranslator(this);
    const QString path = catalogPath(code);
    if (!translator->load(path)) {
        qWarning("LanguageSwitcher: no catalogue %s", qPrintable(path));
        delete translator;
        return false;
    }
    m_appTranslator = translator;
    QCoreApplication::installTranslator(m_appTranslator);
    return true;
}

QString LanguageSwitcher::qtCatalogueDirectory()
{
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

void LanguageSwitcher::installQtCatalogue(const QString &code)
{
    // Qt's own strings (dialog buttons, context menus, file dialogs); without them a German
    // dialog offers "Cancel".
    auto *translator = new QTranslator(this);
    if (!translator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                          qtCatalogueDirectory())) {
        qWarning("LanguageSwitcher: no qtbase_%s.qm in %s (package qt6-translations-l10n)",
                 qPrintable(code), qPrintable(qtCatalogueDirectory()));
        delete translator;
        return;
    }
    m_qtTranslator = translator;
    QCoreApplication::installTranslator(m_qtTranslator);
}

QString LanguageSwitcher::apply(const QString &code)
{
    const QString wanted = resolve(code);
    if (wanted == m_current && m_appTranslator)
        return m_current;
    removeTranslators();
    // English has a catalogue too: the plural forms ("1 definition", "3 definitions") of the
    // sources' "%n definition(s)". It is also the fallback when another catalogue is missing.
    QString inForce = wanted;
    if (!installCatalogue(wanted) && wanted != QLatin1String("en")) {
        inForce = QStringLiteral("en");
        installCatalogue(inForce);
    }
    if (inForce != QLatin1String("en"))
        installQtCatalogue(inForce);
    if (inForce != m_current) {
        m_current = inForce;
        Q_EMIT languageChanged(m_current);
    }
    return m_current;
}
