#pragma once

// The report module: the commands of attrition-cli that write PDF (report, proposal, reminder) with Qt's GUI
// (Widgets, Gui, Charts, PrintSupport), in a shared library that attrition-cli loads only when one of them
// runs, so that every other command starts without loading those libraries.
//
// The module is found beside the program (the build tree) or in ../lib/attrition-desk from it (installed).

namespace attrition::cli {

/// The module's one entry point, exported as "attrition_cli_report_main": the whole run of a PDF command,
/// from the application object to the exit code, for the program's own argc and argv.
using ReportModuleMain = int (*)(int* argc, char** argv);

} // namespace attrition::cli
