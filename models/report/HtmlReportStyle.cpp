#include "HtmlReportStyle.h"

namespace {

const char BrowserCss[] = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1d1d1d;
       margin: 24px auto; max-width: 1100px; }
h1 { font-size: 18pt; margin-bottom: 4px; } h2 { font-size: 14pt; margin-top: 28px;
     border-bottom: 2px solid #3969ac; } h3 { font-size: 11pt; margin: 18px 0 6px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #c8c8c8; padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: #eef1f6; } td.num { text-align: right; white-space: nowrap; }
table.facts th { width: 28%; } .banner { border: 1px solid #b00020; background: #fdecee;
       padding: 6px 10px; margin: 8px 0; } .note { color: #555; }
svg { max-width: 100%; height: auto; }
@page { margin: 15mm; }
@media print { body { margin: 0; max-width: none; } section.cluster { page-break-before: always; }
  thead { display: table-header-group; } tr, svg { page-break-inside: avoid; }
  h2, h3 { page-break-after: avoid; } }
)";

const char RichTextCss[] = R"(
body { font-family: "DejaVu Sans"; font-size: 9pt; color: #1d1d1d; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; color: #3969ac; } h3 { font-size: 10pt; }
th { background-color: #eef1f6; font-weight: bold; text-align: left; }
td, th { font-size: 7.5pt; } .note { color: #555555; }
)";

} // namespace

QString HtmlReportStyle::css(bool richText)
{
    return QString::fromLatin1(richText ? RichTextCss : BrowserCss);
}

QString HtmlReportStyle::severity(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("color:#b00020;font-weight:bold");
    case Severity::Warning:
        return QStringLiteral("color:#a15c00;font-weight:bold");
    case Severity::Info:
        return QStringLiteral("color:#1f5fa8");
    case Severity::Ok:
        break;
    }
    return QStringLiteral("color:#1b7f3b");
}
