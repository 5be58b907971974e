#include "FileChooser.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace {

QPointer<AppSettings> &settings()
{
    static QPointer<AppSettings> instance;
    return instance;
}

QString &lastFolderThisRun()
{
    static QString folder;
    return folder;
}

} // namespace

void FileChooser::setSettings(AppSettings *appSettings)
{
    settings() = appSettings;
}

QString FileChooser::startFolder()
{
    QString last = lastFolderThisRun();
    if (settings())
        last = settings()->value(AppSettings::Key::LastFileDir).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

QString FileChooser::inStartFolder(const QString &path)
{
    if (path.isEmpty())
        return startFolder();
    return QFileInfo(path).isAbsolute() ? path : QDir(startFolder()).filePath(path);
}

void FileChooser::rememberFolderOf(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    lastFolderThisRun() = folder;
    if (settings())
        settings()->setValue(AppSettings::Key::LastFileDir, folder);
}

void FileChooser::ask(QWidget *parent, const Request &request, Chosen chosen)
{
    auto *dialog = new QFileDialog(parent, request.title, inStartFolder(request.suggestedPath),
                                   request.filter);
    dialog->setObjectName(QStringLiteral("fileChooserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (request.mode == Mode::Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(request.defaultSuffix);
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString &path) {
                         if (path.isEmpty())
                             return;
                         rememberFolderOf(path);
                         if (chosen)
                             chosen(path);
                     });
    dialog->open();
}
