#pragma once

#include <QString>

namespace attrition::ui {

/// The folder of the contract files bundled with the application.
QString samplesFolder();
/// The folder open and import dialogs start in: the last one used, or at first the bundled samples.
QString lastFolder();
/// The folder save and export dialogs start in: the last one used, unless that is the bundled samples
/// (part of the installation), or else the user's documents folder.
QString saveFolder();
/// Keeps the folder of `path`, a file just opened, imported, saved or exported, for the next dialog.
void rememberFolder(const QString& path);

} // namespace attrition::ui
