// Theme: the console's few named semantic colours (ok, info, warning, critical, muted), each with
// a light and a dark value picked from the palette's window lightness, and the theme preference.
#pragma once

#include "Finding.h"

#include <QColor>
#include <QObject>
#include <QPalette>

class QApplication;

class Theme final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Theme)

public:
    enum class Role { Ok, Info, Warning, Critical, Muted };
    Q_ENUM(Role)

    // The application-wide instance; created on first use, watches qApp for palette changes.
    static Theme *instance();

    // A palette whose window is darker than mid grey counts as dark.
    static bool isDark(const QPalette &palette);
    static QColor color(Role role, const QPalette &palette);
    static QColor severityColor(Severity severity, const QPalette &palette);
    // Shortcuts on the application palette.
    static QColor color(Role role);
    static QColor severityColor(Severity severity);

    static QPalette darkPalette();
    static QPalette lightPalette();
    // "dark", "light" or "system" (anything else): sets the application palette. "system"
    // restores the palette the application had before the first call.
    static void applyPreference(const QString &themeName);
    static void applyDarkPalette() { applyPreference(QStringLiteral("dark")); }

Q_SIGNALS:
    // The application palette changed: colours and icons must be fetched again.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Theme(QObject *parent);
    QPalette m_systemPalette;
    bool m_systemPaletteKnown = false;
};
