// attrition-cli: assess, validate and sweep contract files, keep contracts in a database and write their
// reports, from the command line. Exit codes: 0 done, 1 invalid input or a database problem, 2 usage.
//
// The program itself needs only Qt Core and Sql. The commands that write PDF need Qt's GUI and live in the
// report module (report_module.h), loaded when one of them runs: every other command starts without
// loading Qt Widgets, Gui, Charts and what they bring (fonts, X11, OpenGL, D-Bus).

#include "cli_support.h"
#include "report_module.h"

#include <QCoreApplication>
#include <dlfcn.h>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

using namespace attrition::cli;

namespace {

/// Where the report module may be: beside the program, then in ../lib/attrition-desk from it.
std::vector<std::filesystem::path> reportModuleCandidates() {
    std::error_code error;
    const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", error);
    const std::filesystem::path dir = error ? std::filesystem::path(".") : program.parent_path();
    return {dir / ATTRITION_REPORT_MODULE,
            (dir / ".." / ATTRITION_REPORT_MODULE_DIR / ATTRITION_REPORT_MODULE).lexically_normal()};
}

/// Says why the report module cannot run, in the user's language; returns kInvalid.
int moduleProblem(int argc, char* argv[], const QString& problem) {
    QCoreApplication app(argc, argv);
    prepareApplication();
    err() << "attrition-cli: " << problem << '\n';
    err().flush();
    return kInvalid;
}

/// Runs a PDF command in the report module, or says which file is missing or cannot be loaded.
int runReportModule(int argc, char* argv[]) {
    const std::vector<std::filesystem::path> candidates = reportModuleCandidates();
    for (const std::filesystem::path& file : candidates) {
        std::error_code error;
        if (!std::filesystem::exists(file, error)) {
            continue;
        }
        // Never closed: the module's objects live until the program exits.
        void* module = dlopen(file.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (module == nullptr) {
            const char* why = dlerror();
            return moduleProblem(argc, argv,
                                 Cli::tr("%1 needs the report module %2, which cannot be loaded: %3")
                                     .arg(QString::fromLocal8Bit(argv[1]),
                                          QString::fromStdString(file.string()),
                                          QString::fromLocal8Bit(why != nullptr ? why : "")));
        }
        const auto entry = reinterpret_cast<ReportModuleMain>(dlsym(module, "attrition_cli_report_main"));
        if (entry == nullptr) {
            return moduleProblem(argc, argv,
                                 Cli::tr("%1 needs the report module %2, which has no entry point %3")
                                     .arg(QString::fromLocal8Bit(argv[1]),
                                          QString::fromStdString(file.string()),
                                          QStringLiteral("attrition_cli_report_main")));
        }
        return entry(&argc, argv);
    }
    return moduleProblem(argc, argv,
                         Cli::tr("%1 needs the report module, which is missing: neither %2 nor %3 exists")
                             .arg(QString::fromLocal8Bit(argv[1]),
                                  QString::fromStdString(candidates.front().string()),
                                  QString::fromStdString(candidates.back().string())));
}

} // namespace

int main(int argc, char* argv[]) {
    // The PDF commands need Qt's GUI (fonts, painting): the report module makes their application.
    if (isReportCommand(argc, argv)) {
        return runReportModule(argc, argv);
    }
    QCoreApplication app(argc, argv);
    prepareApplication();
    const int code = run(QCoreApplication::arguments().mid(1));
    out().flush();
    err().flush();
    return code;
}
