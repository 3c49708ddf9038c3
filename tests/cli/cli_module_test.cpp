// The commands that write PDF run in the report module, loaded only when one of them runs: every other
// command starts without Qt's GUI libraries, and a program without its module says which file is missing.

#include "cli_test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

/// The libraries the dynamic loader loads for a run (LD_DEBUG=libs writes them on standard error).
CliRun withLoaderTrace(const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return cli(args, env);
}

/// Runs `program` (a copy of attrition-cli) with `args`, headless.
CliRun runCopy(const QString& program, const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << args.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool copyExecutable(const QString& from, const QString& to) {
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ReadOwner);
}

} // namespace

TEST(CliModuleTest, AssessLoadsNoGuiLibraries) {
    const CliRun r = withLoaderTrace({QStringLiteral("assess"), sample("example-a-cumulative.json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("EX-A-2027-CUM")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("libQt6Core.so")));
    for (const char* gui : {"libQt6Gui.so", "libQt6Widgets.so", "libQt6Charts.so", "libQt6PrintSupport.so",
                            "attrition-cli-reports.so"}) {
        EXPECT_FALSE(r.err.contains(QLatin1String(gui))) << gui;
    }
}

TEST(CliModuleTest, AReportLoadsTheModuleAndItsGuiLibraries) {
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    const CliRun r = withLoaderTrace(
        {QStringLiteral("report"), sample("example-a-cumulative.json"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo(pdf).size() > 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("attrition-cli-reports.so")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("libQt6Widgets.so")));
}

TEST(CliModuleTest, AMissingModuleIsNamedAndTheOtherCommandsStillRun) {
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("bin")));
    const QString program = dir.filePath(QStringLiteral("bin/attrition-cli"));
    ASSERT_TRUE(copyExecutable(QStringLiteral(ATTRITION_CLI), program));
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    const QStringList report{QStringLiteral("report"), sample("example-a-cumulative.json"),
                             QStringLiteral("--pdf"), pdf};

    const CliRun missing = runCopy(program, report);
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("report needs the report module, which is missing")))
        << missing.err.toStdString();
    EXPECT_TRUE(missing.err.contains(dir.filePath(QStringLiteral("bin/attrition-cli-reports.so"))))
        << missing.err.toStdString();
    EXPECT_TRUE(
        missing.err.contains(dir.filePath(QStringLiteral("lib/attrition-desk/attrition-cli-reports.so"))))
        << missing.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    // Every other command, and the help of the PDF commands, need no module.
    const CliRun assess = runCopy(program, {QStringLiteral("assess"), sample("example-a-cumulative.json")});
    EXPECT_EQ(assess.exitCode, 0) << assess.err.toStdString();
    EXPECT_TRUE(assess.out.contains(QStringLiteral("EX-A-2027-CUM")));
    const CliRun help = runCopy(program, {QStringLiteral("proposal"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("attrition-cli proposal")));

    // A file that is not a module is named with the loader's reason.
    const QString moduleDir = dir.filePath(QStringLiteral("lib/attrition-desk"));
    ASSERT_TRUE(QDir().mkpath(moduleDir));
    const QString module = moduleDir + QStringLiteral("/attrition-cli-reports.so");
    {
        QFile broken(module);
        ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
        broken.write("not a shared library\n");
    }
    const CliRun unloadable = runCopy(program, report);
    EXPECT_EQ(unloadable.exitCode, 1);
    EXPECT_TRUE(unloadable.err.contains(QStringLiteral("which cannot be loaded")))
        << unloadable.err.toStdString();
    EXPECT_TRUE(unloadable.err.contains(module)) << unloadable.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    // Installed: the module in ../lib/attrition-desk from the program.
    ASSERT_TRUE(QFile::remove(module));
    ASSERT_TRUE(QFile::copy(QStringLiteral(ATTRITION_CLI_REPORT_MODULE), module));
    const CliRun installed = runCopy(program, report);
    EXPECT_EQ(installed.exitCode, 0) << installed.err.toStdString();
    EXPECT_TRUE(QFileInfo(pdf).size() > 0);
}
