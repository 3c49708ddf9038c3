#pragma once

// A test database that takes seconds to generate, generated once per build of the test program rather than
// once per test: ctest starts one process per test, and each suite used to generate its own.

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <functional>

namespace attrition::uitest {

/// Copies to `target` the database named `name`, built by `build(path)` the first time any process of this
/// build of the test program asks for it. The copy kept beside the program is named after the program's
/// build time, so a rebuilt program (new sample data, new schema) builds it again; older copies are removed.
/// Processes that build it at the same time each write their own file and the first rename wins.
inline bool copySharedDatabase(const QString& name, const std::function<bool(const QString& path)>& build,
                               const QString& target) {
    const QFileInfo program(QCoreApplication::applicationFilePath());
    const QString stamp = QString::number(program.lastModified().toMSecsSinceEpoch()) + QLatin1Char('-') +
                          QString::number(program.size());
    QDir dir(program.absolutePath());
    const QString folder = QStringLiteral("test-databases");
    if (!dir.mkpath(folder) || !dir.cd(folder)) {
        return false;
    }
    const QString fileName = name + QLatin1Char('-') + stamp + QStringLiteral(".sqlite");
    const QString shared = dir.absoluteFilePath(fileName);
    if (!QFileInfo::exists(shared)) {
        for (const QString& old : dir.entryList({name + QStringLiteral("-*.sqlite")}, QDir::Files)) {
            if (old != fileName) {
                dir.remove(old);
            }
        }
        const QString mine = shared + QLatin1Char('.') + QString::number(QCoreApplication::applicationPid());
        QFile::remove(mine);
        if (!build(mine)) {
            QFile::remove(mine);
            return false;
        }
        if (!QFile::rename(mine, shared)) {
            QFile::remove(mine); // another process finished first; its copy is the same
        }
    }
    return QFile::copy(shared, target);
}

} // namespace attrition::uitest
