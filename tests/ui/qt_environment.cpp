// One QApplication for every widget test, on the offscreen platform, with an explicit locale and settings
// kept apart from the user's. The offscreen screen is a desktop's, 1920x1080 (the platform's own is
// 800x600), so that the main window keeps the sizes the tests give it; ATTRITION_TEST_SCREEN=1366x728 gives
// it another size (the laptop screens of laptop_fit_test.cpp).

#include "text/messagetext.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QStringList>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

int g_argc = 1;
char g_name[] = "ui_tests";
char* g_argv[] = {g_name, nullptr};

class QtEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
        if (platform.isEmpty() || platform == "offscreen") {
            screenDir_ = new QTemporaryDir;
            const QString config = QDir(screenDir_->path()).absoluteFilePath(QStringLiteral("screen.json"));
            QFile file(config);
            if (file.open(QIODevice::WriteOnly)) {
                QSize size(1920, 1080);
                const QStringList asked =
                    qEnvironmentVariable("ATTRITION_TEST_SCREEN").split(QLatin1Char('x'));
                if (asked.size() == 2 && asked[0].toInt() > 0 && asked[1].toInt() > 0) {
                    size = QSize(asked[0].toInt(), asked[1].toInt());
                }
                file.write(
                    QStringLiteral(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, )"
                                   R"("height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                        .arg(size.width())
                        .arg(size.height())
                        .toUtf8());
                file.close();
                qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
            } else {
                qputenv("QT_QPA_PLATFORM", "offscreen");
            }
        }
        app_ = new QApplication(g_argc, g_argv);
        QApplication::setOrganizationName(QStringLiteral("Attrition Desk"));
        QApplication::setApplicationName(QStringLiteral("Attrition Desk Tests"));
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this process only: ctest runs the tests in parallel processes.
        settingsDir_ = new QTemporaryDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir_->path());
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        attrition::ui::installEnglishPlurals();
    }
    void TearDown() override {
        QSettings().clear();
        delete app_;
        app_ = nullptr;
        delete settingsDir_;
        settingsDir_ = nullptr;
        delete screenDir_;
        screenDir_ = nullptr;
    }

private:
    QApplication* app_ = nullptr;
    QTemporaryDir* settingsDir_ = nullptr;
    QTemporaryDir* screenDir_ = nullptr;
};

[[maybe_unused]] ::testing::Environment* const g_environment =
    ::testing::AddGlobalTestEnvironment(new QtEnvironment);

} // namespace
