#pragma once

// A test database that takes seconds to generate, generated once per build of the test program rather than
// once per test: ctest starts one process per test, and each suite used to generate its own.

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <functional>

namespace attrition::testsupport {

namespace detail {

/// Adds to `hash` the path, time of last change and size of `path`, or of every file under it if it is a
/// folder.
inline void addToStamp(QCryptographicHash& hash, const QString& path) {
    const QFileInfo info(path);
    QStringList files;
    if (info.isDir()) {
        QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files << it.next();
        }
        std::sort(files.begin(), files.end());
    } else {
        files << path;
    }
    for (const QString& file : files) {
        const QFileInfo f(file);
        hash.addData(QStringLiteral("%1|%2|%3\n")
                         .arg(f.absoluteFilePath(),
                              QString::number(f.exists() ? f.lastModified().toMSecsSinceEpoch() : -1),
                              QString::number(f.exists() ? f.size() : -1))
                         .toUtf8());
    }
}

} // namespace detail

/// Copies to `target` the database named `name`, built by `build(path)` the first time any process of this
/// build of the test program asks for it. The copy kept beside the program is named after the program's
/// build time and size, and those of each of `inputs` (files, or folders of files, the database is built
/// from: another program, sample files), so a rebuilt program or a changed input builds it again; older
/// copies are removed. One process builds it while the others wait for it (a lock file beside it).
inline bool copySharedDatabase(const QString& name, const std::function<bool(const QString& path)>& build,
                               const QString& target, const QStringList& inputs = {}) {
    // The test program (some test programs make no QCoreApplication).
    const QString programPath = QCoreApplication::instance() != nullptr
                                    ? QCoreApplication::applicationFilePath()
                                    : QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    if (programPath.isEmpty()) {
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    detail::addToStamp(hash, programPath);
    for (const QString& input : inputs) {
        detail::addToStamp(hash, input);
    }
    const QString stamp = QString::fromLatin1(hash.result().toHex().left(20));
    QDir dir(QFileInfo(programPath).absolutePath());
    const QString folder = QStringLiteral("test-databases");
    if (!dir.mkpath(folder) || !dir.cd(folder)) {
        return false;
    }
    const QString fileName = name + QLatin1Char('-') + stamp + QStringLiteral(".sqlite");
    const QString shared = dir.absoluteFilePath(fileName);
    if (!QFileInfo::exists(shared)) {
        QLockFile lock(dir.absoluteFilePath(name + QStringLiteral(".lock")));
        lock.setStaleLockTime(0); // stale only when the process holding it is gone, however long it builds
        if (!lock.lock()) {
            return false;
        }
        if (!QFileInfo::exists(shared)) {
            for (const QString& old : dir.entryList({name + QStringLiteral("-*.sqlite")}, QDir::Files)) {
                if (old != fileName) {
                    dir.remove(old);
                }
            }
            const QString mine = dir.absoluteFilePath(name + QStringLiteral(".partial-") +
                                                      QString::number(QCoreApplication::applicationPid()) +
                                                      QStringLiteral(".sqlite"));
            const auto removeMine = [&mine] {
                for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                              QStringLiteral("-journal")}) {
                    QFile::remove(mine + suffix);
                }
            };
            removeMine();
            const bool built = build(mine) && QFile::rename(mine, shared);
            removeMine();
            if (!built) {
                return false;
            }
        }
    }
    return QFile::copy(shared, target);
}

} // namespace attrition::testsupport
