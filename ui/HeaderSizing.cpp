#include "HeaderSizing.h"

#include <QAbstractItemModel>
#include <QHeaderView>

void HeaderSizing::fitHeaderTexts(QHeaderView *header)
{
    if (!header || !header->model())
        return;
    const int count = header->count();
    for (int logical = 0; logical < count; ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        if (header->stretchLastSection() && header->visualIndex(logical) == count - 1)
            continue;
        // sectionSizeHint() measures the text (and a sort indicator's room) in the header's
        // font, as asked of the model now, so in the language in force.
        const int wanted = header->sectionSizeHint(logical);
        if (header->sectionSize(logical) < wanted)
            header->resizeSection(logical, wanted);
    }
}
