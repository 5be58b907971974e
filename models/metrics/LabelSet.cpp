#include "LabelSet.h"

#include "ExpositionFormat.h"

namespace metrics {

LabelSet::LabelSet(const Labels &labels)
{
    append(labels);
}

LabelSet::LabelSet(const LabelSet &base, const Labels &more)
    : m_text(base.m_text)
    , m_invalidName(base.m_invalidName)
    , m_hasLe(base.m_hasLe)
{
    append(more);
}

void LabelSet::append(const Labels &labels)
{
    for (const auto &[name, value] : labels) {
        if (!isValid())
            return;
        if (!isValidLabelName(name)) {
            m_invalidName = name.isNull() ? QStringLiteral("") : name;
            m_text.clear();
            return;
        }
        m_hasLe = m_hasLe || name == QLatin1String("le");
        if (!m_text.isEmpty())
            m_text += ',';
        m_text += name.toLatin1(); // valid names are ASCII
        m_text += "=\"";
        appendEscapedLabelValue(m_text, value);
        m_text += '"';
    }
}

} // namespace metrics
