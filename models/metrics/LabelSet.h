#pragma once
// LabelSet: a series' label pairs, checked and escaped once into their exposition text
// (`a="x",b="y"`, without braces). A render builds each node's set once and writes it into
// every family, instead of escaping the same names and values for each sample.

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace metrics {

// Label name and value pairs, written in this order.
using Labels = QList<std::pair<QString, QString>>;

class LabelSet final
{
public:
    LabelSet() = default; // no labels
    explicit LabelSet(const Labels &labels);
    // `base`'s labels followed by `more`'s.
    LabelSet(const LabelSet &base, const Labels &more);

    bool isEmpty() const { return m_text.isEmpty(); }
    // False when a label name is invalid (see invalidName()); such a set is never written.
    bool isValid() const { return m_invalidName.isNull(); }
    QString invalidName() const { return m_invalidName; }
    // Whether a label is named `le`, which a histogram's buckets reserve.
    bool hasLe() const { return m_hasLe; }
    // `a="x",b="y"`, empty without labels.
    const QByteArray &text() const { return m_text; }

private:
    void append(const Labels &labels);

    QByteArray m_text;
    QString m_invalidName; // null while every name is valid
    bool m_hasLe = false;
};

} // namespace metrics
