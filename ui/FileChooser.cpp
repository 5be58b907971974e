#include "FileChooser.h"

#include <QFileDialog>

void FileChooser::ask(QWidget *parent, const Request &request, Chosen chosen)
{
    auto *dialog = new QFileDialog(parent, request.title, request.suggestedPath, request.filter);
    dialog->setObjectName(QStringLiteral("fileChooserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (request.mode == Mode::Save) {
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setDefaultSuffix(QStringLiteral("json"));
    } else {
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen = std::move(chosen)](const QString &path) {
                         if (!path.isEmpty() && chosen)
                             chosen(path);
                     });
    dialog->open();
}
