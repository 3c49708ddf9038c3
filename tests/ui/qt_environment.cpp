// One QApplication for every widget test, on the offscreen platform, with an explicit locale and settings
// kept apart from the user's.

#include "attrition/ui/messagetext.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace {

int g_argc = 1;
char g_name[] = "ui_tests";
char* g_argv[] = {g_name, nullptr};

class QtEnvironment : public ::testing::Environment {
public:
    void SetUp() override {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
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
    }

private:
    QApplication* app_ = nullptr;
    QTemporaryDir* settingsDir_ = nullptr;
};

[[maybe_unused]] ::testing::Environment* const g_environment =
    ::testing::AddGlobalTestEnvironment(new QtEnvironment);

} // namespace
