// The report module's entry point (report_module.h): makes the application the PDF commands need, names it
// and installs the language as attrition-cli does for every command, and runs report, proposal or reminder.

#include "report_module.h"

#include "cli_support.h"
#include "report_command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <type_traits>

extern "C" __attribute__((visibility("default"))) int attrition_cli_report_main(int* argc, char** argv) {
    using namespace attrition::cli;
    static_assert(std::is_same_v<decltype(&attrition_cli_report_main), ReportModuleMain>);
    const std::unique_ptr<QCoreApplication> app = reportApplication(*argc, argv);
    prepareApplication();
    QStringList words = QCoreApplication::arguments().mid(1);
    const QString command = words.takeFirst();
    const int code = command == QLatin1String("report")     ? reportCommand(words)
                     : command == QLatin1String("proposal") ? proposalCommand(words)
                                                            : reminderCommand(words);
    out().flush();
    err().flush();
    return code;
}
