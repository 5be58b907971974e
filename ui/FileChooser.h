// FileChooser: asks for a file to open or to save without a nested event loop (QFileDialog
// shown with open()). Widgets hold a FileChooser::Function so tests can answer with a path.
// Every dialog starts in the folder of the last file chosen, at first the user's documents.
#pragma once

#include <QString>

#include <functional>

class AppSettings;
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
        QString suggestedPath;                          // Save: the proposed file name
        QString filter;                                 // "Definitions (*.json)"
        QString defaultSuffix = QStringLiteral("json"); // Save: added to a name without one
    };
    using Chosen = std::function<void(const QString &path)>;
    using Function = std::function<void(QWidget *parent, const Request &request, Chosen chosen)>;

    // The default: a window-modal QFileDialog; `chosen` runs only when a file was picked.
    static void ask(QWidget *parent, const Request &request, Chosen chosen);

    // Where the last folder is kept across runs (the window passes the user's settings); none:
    // remembered for this run only.
    static void setSettings(AppSettings *settings);
    // The folder the next dialog starts in: the last one a file was chosen in, else the
    // user's documents folder, else the home folder.
    static QString startFolder();
    // `path` as a dialog proposes it: a bare file name goes into startFolder().
    static QString inStartFolder(const QString &path);
    static void rememberFolderOf(const QString &filePath);
};
