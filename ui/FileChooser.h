// FileChooser: asks for a file to open or to save without a nested event loop (QFileDialog
// shown with open()). Widgets hold a FileChooser::Function so tests can answer with a path.
#pragma once

#include <QString>

#include <functional>

class QWidget;

class FileChooser final
{
public:
    FileChooser() = delete;

    enum class Mode { Open, Save };
    struct Request
    {
        Mode mode = Mode::Open;
        QString title;
        QString suggestedPath; // Save: the proposed file name
        QString filter;        // "Definitions (*.json)"
    };
    using Chosen = std::function<void(const QString &path)>;
    using Function = std::function<void(QWidget *parent, const Request &request, Chosen chosen)>;

    // The default: a window-modal QFileDialog; `chosen` runs only when a file was picked.
    static void ask(QWidget *parent, const Request &request, Chosen chosen);
};
