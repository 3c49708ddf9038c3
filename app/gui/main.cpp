#include "style/icons.h"
#include "text/language.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace {

/// With ATTRITION_STARTUP_TIME set, prints how long it took from the start of main() to the main window's
/// first painted frame, when each stage before it ended (the application made, the window built, the database
/// opened, the window shown) and the wall clock then, to standard error; with ATTRITION_STARTUP_TIME=quit it
/// then quits.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer& clock)
        : clock_(clock) {}

    /// Notes the time a stage of start-up ended, printed with the first paint.
    void stage(const char* name) {
        stages_ += QStringLiteral("%1%2 %3 ms")
                       .arg(stages_.isEmpty() ? QString() : QStringLiteral(", "))
                       .arg(QLatin1String(name))
                       .arg(static_cast<double>(clock_.nsecsElapsed()) / 1e6, 0, 'f', 1);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !seen_) {
            seen_ = true;
            // After the frame the paint event belongs to is complete: every child painted too.
            QTimer::singleShot(0, this, [this] {
                // The wall clock too, so that a caller can add the time before main() (loading libraries).
                std::fprintf(stderr,
                             "attrition-desk: first paint after %.1f ms (%s) at %lld ms since the epoch\n",
                             static_cast<double>(clock_.nsecsElapsed()) / 1e6, qPrintable(stages_),
                             static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
                if (qEnvironmentVariable("ATTRITION_STARTUP_TIME") == QLatin1String("quit")) {
                    QApplication::quit();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& clock_;
    QString stages_;
    bool seen_ = false;
};

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Attrition Desk"));
    QApplication::setApplicationName(QStringLiteral("Attrition Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ATTRITION_VERSION));
    // The installed desktop file's name, so that desktops match the windows with its name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral(ATTRITION_APP_ID));
    QApplication::setWindowIcon(attrition::ui::applicationIcon());
    // The language chosen in View > Language, else the system's; with Qt's own dialogs translated too.
    attrition::ui::applyLanguage(attrition::ui::effectiveLanguage());
    FirstPaint firstPaint(clock);
    firstPaint.stage("application");

    attrition::ui::MainWindow window;
    firstPaint.stage("window");
    if (!window.openInitialDatabase(attrition::ui::MainWindow::ContractsOpening::AfterFirstPaint)) {
        return 1;
    }
    firstPaint.stage("database");
    if (qEnvironmentVariableIsSet("ATTRITION_STARTUP_TIME")) {
        window.installEventFilter(&firstPaint);
    }
    window.show();
    firstPaint.stage("shown");
    return QApplication::exec();
}
