// HeaderSizing: keeps a table's header texts whole: a section narrower than its header text
// (German and French headers are longer, and they change with the language) is widened.
#pragma once

class QHeaderView;

namespace HeaderSizing {

// Widens each visible section to at least its header text; the stretched last section and
// wider sections are left as they are. Call after a language change and when the model's
// columns change.
void fitHeaderTexts(QHeaderView *header);

} // namespace HeaderSizing
