// Icons: the monochrome SVG icons of resources/icons, drawn in the palette's text colour (or a
// given colour) so they follow light and dark palettes; they are re-rendered when it changes.
#pragma once

#include "Finding.h"

#include <QColor>
#include <QIcon>
#include <QStringList>

class Icons final
{
public:
    Icons() = delete;

    // Follows the application palette: WindowText when normal, the disabled text colour when
    // disabled and HighlightedText when selected; each paint uses the palette in force then.
    static QIcon icon(const QString &name);
    // Always drawn in `color` (severity badges).
    static QIcon icon(const QString &name, const QColor &color);
    // The badge icon of a severity: "ok" (also for Info), "warning" or "critical".
    static QString severityIconName(Severity severity);
    // The full-colour application icon (never recoloured).
    static QIcon appIcon();
    // The names of every monochrome icon ("add", "edit", ...).
    static QStringList names();
    // The icon's SVG source with its ink replaced by `color`; empty for an unknown name.
    static QByteArray tintedSvg(const QString &name, const QColor &color);
};
