#pragma once
// A strict RFC 4180 reader for tests: records of fields, CRLF line ends, quoted fields with
// doubled quotes and embedded separators/line breaks. Independent of the writer under test.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rfc4180 {

// Nullopt (and *error) on anything RFC 4180 forbids: a bare LF, a quote inside an unquoted
// field, text after a closing quote, an unterminated quote, a missing final CRLF.
inline std::optional<QList<QStringList>> parse(const QString &text, QString *error)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1 at offset %2").arg(why).arg(i);
        return std::nullopt;
    };
    while (i < n) {
        if (text.at(i) == u'"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"));
                if (text.at(i) == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (i < n && text.at(i) != u',' && text.at(i) != u'\r')
                return fail(QStringLiteral("text after a closing quote"));
        } else {
            while (i < n && text.at(i) != u',' && text.at(i) != u'\r') {
                if (text.at(i) == u'"')
                    return fail(QStringLiteral("quote in an unquoted field"));
                if (text.at(i) == u'\n')
                    return fail(QStringLiteral("bare LF"));
                field += text.at(i++);
            }
        }
        if (i >= n)
            return fail(QStringLiteral("missing final CRLF"));
        record << field;
        field.clear();
        if (text.at(i) == u',') {
            ++i;
            continue;
        }
        if (i + 1 >= n || text.at(i + 1) != u'\n')
            return fail(QStringLiteral("CR without LF"));
        i += 2;
        records << record;
        record.clear();
    }
    return records;
}

} // namespace Rfc4180
