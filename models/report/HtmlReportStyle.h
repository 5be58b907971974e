#pragma once
// HtmlReportStyle: how an HTML report looks: the style sheet for a browser (and print) or for
// the rich-text subset QTextDocument understands, and the inline style of a severity.

#include "Finding.h"

#include <QString>

namespace HtmlReportStyle {

QString css(bool richText);
QString severity(Severity severity);

} // namespace HtmlReportStyle
