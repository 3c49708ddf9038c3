#pragma once

// Running the built attrition-cli as a user would, with its home, configuration and data folders inside the
// test's temporary folder, so that no test ever touches the user's own database or settings.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <functional>
#include <gtest/gtest.h>

namespace attrition::reliability {

struct CliRun {
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;

    /// Standard error, one line each.
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

/// The environment of a child whose home, configuration and data folders are `home`.
inline QProcessEnvironment isolatedEnvironment(const QString& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home + QStringLiteral("/.local/state"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("PGPASSWORD"));
    return env;
}

/// Runs attrition-cli with `args`; `modifier` runs in the child before it starts the program (to drop
/// privileges, for instance).
inline CliRun cli(const QStringList& args, const QProcessEnvironment& env,
                  const std::function<void()>& modifier = {}) {
    QProcess p;
    p.setProcessEnvironment(env);
    if (modifier) {
        p.setChildProcessModifier(modifier);
    }
    p.start(QStringLiteral(ATTRITION_CLI), args);
    const bool finished = p.waitForFinished(120000);
    EXPECT_TRUE(finished) << args.join(QLatin1Char(' ')).toStdString();
    if (!finished) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), p.exitStatus() != QProcess::NormalExit,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return f.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The SHA-256 of a file and of its SQLite journals, or "missing" for each that does not exist.
inline QByteArray filesHash(const QString& path) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(f.readAll());
        } else {
            hash.addData(QByteArrayView("missing"));
        }
    }
    return hash.result().toHex();
}

} // namespace attrition::reliability
