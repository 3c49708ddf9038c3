#include "attrition/ui/icons.h"
#include "attrition/ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace {

/// With ATTRITION_STARTUP_TIME set, prints how long it took from the start of main() to the main window's
/// first painted frame (to standard error); with ATTRITION_STARTUP_TIME=quit it then quits.
class FirstPaint : public QObject {
public:
    explicit FirstPaint(const QElapsedTimer& clock)
        : clock_(clock) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint && !seen_) {
            seen_ = true;
            // After the frame the paint event belongs to is complete: every child painted too.
            QTimer::singleShot(0, this, [this] {
                std::fprintf(stderr, "attrition-desk: first paint after %.1f ms\n",
                             static_cast<double>(clock_.nsecsElapsed()) / 1e6);
                if (qEnvironmentVariable("ATTRITION_STARTUP_TIME") == QLatin1String("quit")) {
                    QApplication::quit();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer& clock_;
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
    QApplication::setWindowIcon(attrition::ui::applicationIcon());

    attrition::ui::MainWindow window;
    if (!window.openInitialDatabase()) {
        return 1;
    }
    FirstPaint firstPaint(clock);
    if (qEnvironmentVariableIsSet("ATTRITION_STARTUP_TIME")) {
        window.installEventFilter(&firstPaint);
    }
    window.show();
    return QApplication::exec();
}
