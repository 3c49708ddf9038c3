#include "session/folders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

namespace attrition::ui {

QString samplesFolder() {
    const QStringList candidates = {QDir(QCoreApplication::applicationDirPath())
                                        .absoluteFilePath(QStringLiteral("../share/attrition-desk/samples")),
                                    QStringLiteral(ATTRITION_SAMPLES_DIR)};
    for (const QString& folder : candidates) {
        if (QFileInfo(folder).isDir()) {
            return QDir(folder).absolutePath();
        }
    }
    return QDir::homePath();
}

QString lastFolder() {
    const QString folder = QSettings().value(QStringLiteral("folder")).toString();
    return QFileInfo(folder).isDir() ? folder : samplesFolder();
}

QString saveFolder() {
    const QString folder = QSettings().value(QStringLiteral("folder")).toString();
    const QString samples = QDir(samplesFolder()).canonicalPath();
    const QString chosen = QDir(folder).canonicalPath();
    const bool inSamples =
        !samples.isEmpty() && (chosen == samples || chosen.startsWith(samples + QLatin1Char('/')));
    if (!folder.isEmpty() && QFileInfo(folder).isDir() && !inSamples) {
        return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void rememberFolder(const QString& path) {
    QSettings().setValue(QStringLiteral("folder"), QFileInfo(path).absolutePath());
}

} // namespace attrition::ui
