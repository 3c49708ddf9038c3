#pragma once

// Running the built attrition-cli as a user would, for the command-line tests.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun cli(const QStringList& args,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QLocale::setDefault(QLocale::c());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ATTRITION_CLI), args);
    EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

inline QString sample(const char* name) {
    return QStringLiteral(ATTRITION_SAMPLES_DIR "/") + QLatin1String(name);
}

inline QString example(const char* name) {
    return QStringLiteral(ATTRITION_EXAMPLES_DIR "/") + QLatin1String(name);
}

inline QStringList jsonFilesIn(const char* folder) {
    const QDir dir(QString::fromUtf8(folder));
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

inline QJsonObject json(const CliRun& r) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    return doc.object();
}

} // namespace
