#pragma once

// attrition-cli report: contract penalty reports, scenario comparisons and portfolios as PDF; proposal and
// reminder. They run in the report module (report_module.h).

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace attrition::cli {

/// The application object for the report command: a QApplication on the offscreen platform when there is
/// no display, so that reports are made headless.
std::unique_ptr<QCoreApplication> reportApplication(int& argc, char* argv[]);
int reportCommand(const QStringList& words);
/// attrition-cli proposal: the one-page group proposal of a contract file or a stored contract, as PDF.
int proposalCommand(const QStringList& words);
/// attrition-cli reminder: the one-page pickup reminder letter of a stored group, as PDF.
int reminderCommand(const QStringList& words);

} // namespace attrition::cli
