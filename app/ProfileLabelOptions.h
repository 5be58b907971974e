#pragma once
// ProfileLabelOptions: the options `cluster add` and `cluster edit` share for how a saved
// cluster is treated: --environment, --environment-colour, --read-only / --read-write and
// --group, --stats-user (HAProxy's statistics admin user, for the node actions), and for a plain
// Spectrum cluster --node-url (repeated) and --token, read into ProfileLabels.

#include "ProfileCommands.h"

#include <QCommandLineOption>

class QCommandLineParser;

class ProfileLabelOptions final
{
public:
    ProfileLabelOptions();

    void addTo(QCommandLineParser &parser) const;
    // False and *error when the options contradict each other or a value is unusable.
    bool read(const QCommandLineParser &parser, ProfileLabels *labels, QString *error) const;

    QCommandLineOption environment;
    QCommandLineOption environmentColour;
    QCommandLineOption readOnly;
    QCommandLineOption readWrite;
    QCommandLineOption group;
    QCommandLineOption nodeUrl;
    QCommandLineOption token;
    QCommandLineOption statsUser;
};
