#include "attrition/ui/icons.h"
#include "attrition/ui/mainwindow.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Attrition Desk"));
    QApplication::setApplicationName(QStringLiteral("Attrition Desk"));
    QApplication::setApplicationVersion(QStringLiteral(ATTRITION_VERSION));
    QApplication::setWindowIcon(attrition::ui::applicationIcon());

    attrition::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
