#pragma once
// ResourceFieldTitle: a resource field's title in words ("poolMax" -> "Pool maximum"), the one
// the editor's labels, the lists' column headers and the conflict dialog all show.

#include <QCoreApplication>
#include <QString>

class ResourceFieldTitle final
{
    Q_DECLARE_TR_FUNCTIONS(ResourceFieldTitle)

public:
    ResourceFieldTitle() = delete;

    // `field` is a spec field's name (camelCase, as in the API) or "name" or "description";
    // translated. A field it does not know keeps its name.
    static QString of(const QString &field);
};
