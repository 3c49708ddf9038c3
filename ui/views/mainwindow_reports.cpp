// The main window's reports: print (with a preview), PDF, page setup, the group proposal, the scenario
// comparison, the portfolio of the contracts the list shows, and spreadsheets of the assessment and the
// scenarios.

#include "attrition/engine/pipeline.h"
#include "attrition/io/csv.h"
#include "attrition/storage/at_risk_input.h"
#include "attrition/storage/repository.h"
#include "dialogs/letterheaddialog.h"
#include "models/contractlistmodel.h"
#include "models/scenarioset.h"
#include "reports/portfolioreport.h"
#include "reports/report.h"
#include "reports/reportlanguage.h"
#include "reports/reportoptions.h"
#include "reports/spreadsheets.h"
#include "session/contractdocument.h"
#include "session/contractsession.h"
#include "session/databasereader.h"
#include "session/folders.h"
#include "text/language.h"
#include "text/values.h"
#include "views/mainwindow.h"
#include "views/scenariopanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPageSetupDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QTimer>

namespace attrition::ui {

namespace {

QString fileStem(const Contract& c) {
    QString stem = QString::fromStdString(c.reference);
    stem.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return stem.isEmpty() ? QStringLiteral("contract") : stem;
}

// The titles of an export's file dialog and of what it says when the file cannot be written: one each.

QString pdfTitle() {
    return MainWindow::tr("Export as PDF");
}

QString proposalTitle() {
    return MainWindow::tr("Export Proposal as PDF");
}

QString reminderLetterTitle() {
    return MainWindow::tr("Export Pickup Reminder Letter as PDF");
}

QString spreadsheetTitle() {
    return MainWindow::tr("Export Spreadsheet");
}

QString pdfFiles() {
    return MainWindow::tr("PDF files (*.pdf)");
}

} // namespace

std::vector<Scenario> MainWindow::currentScenarios() const {
    if (ScenarioSet* set = scenarioPanel_->scenarioSet()) {
        return set->scenarios();
    }
    return {};
}

std::unique_ptr<Report> MainWindow::buildReport(ReportKind kind) {
    switch (kind) {
    case ReportKind::Contract: {
        // The forward look as the window shows it, printed on a page of its own when the group is upcoming.
        if (outlookTimer_->isActive() || !outlook_) {
            updateOutlook();
        }
        ReportOptions options;
        options.letterhead = Letterhead::fromSettings();
        auto forecast = std::make_shared<ReportForecast>();
        forecast->outlook = *outlook_;
        forecast->pickupReports = pickupReports_;
        options.forecast = std::move(forecast);
        options.credits = document_->credits();
        return contractReport(document_->contract(), options);
    }
    case ReportKind::Scenarios: {
        ReportOptions options;
        options.letterhead = Letterhead::fromSettings();
        options.credits = document_->credits();
        return scenarioReport(document_->contract(), currentScenarios(), options);
    }
    case ReportKind::Portfolio:
        break;
    }
    // The contracts the list shows: its filter, read a page at a time, each contract assessed.
    const storage::ContractFilter& filter = listModel_->filter();
    PortfolioReportBuilder builder(
        listModel_->total() == listModel_->unfilteredTotal()
            ? tr("Every contract of %1").arg(QString::fromStdString(repository()->location()))
            : tr("%n contract(s) the list shows", nullptr, listModel_->total()),
        [] {
            ReportOptions options;
            options.letterhead = Letterhead::fromSettings();
            return options;
        }());
    if (repository() == nullptr) {
        return builder.finish();
    }
    storage::ContractQuery query;
    query.filter = filter;
    query.limit = 500;
    const int total = std::max(1, listModel_->total());
    const auto readingText = [total](std::int64_t read) {
        return tr("Reading the contracts: %1 of %2\u2026").arg(formatCount(read), formatCount(total));
    };
    QProgressDialog progress(readingText(0), tr("Cancel"), 0, total, this);
    progress.setWindowTitle(tr("Portfolio"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    // Wide enough for the longest of its texts, so that it does not change size from one stage to the next.
    progress.setMinimumWidth(progress.fontMetrics().averageCharWidth() * 48);
    std::vector<Contract> contracts; // for the pipeline page
    for (;;) {
        query.countTotal = false;
        auto page = repository()->listContracts(query);
        if (!page) {
            showStatus(QString::fromStdString(page.error().message));
            break;
        }
        for (const storage::ContractSummary& row : page->rows) {
            auto stored = repository()->load(row.id);
            if (stored) {
                // Each contract with the rebooking credits other contracts' settlements grant it.
                auto credits = repository()->rebookingCredits(stored->contract);
                builder.add(stored->contract, credits ? *credits : std::vector<RebookingCredit>{});
                contracts.push_back(std::move(stored->contract));
            }
            if (builder.count() % 50 == 0) {
                progress.setLabelText(readingText(builder.count()));
            }
            progress.setValue(static_cast<int>(builder.count()));
            if (progress.wasCanceled()) {
                return nullptr;
            }
        }
        if (static_cast<std::int64_t>(page->rows.size()) < query.limit) {
            break;
        }
        query.offset += query.limit;
    }
    builder.setPipeline(pipeline(contracts));
    // The groups at risk among them, as `attrition-cli report --portfolio` forecasts them: on a thread of
    // their own (seconds on a large database), the window painting and Cancel working meanwhile.
    progress.setLabelText(tr("Forecasting the groups at risk\u2026"));
    progress.setRange(0, 0);
    const QDate made = QDate::currentDate();
    const Date today = Date::fromYmd(made.year(), made.month(), made.day()).value_or(Date());
    struct Forecast {
        std::optional<forecast::AtRiskList> list;
        QString problem;
    };
    auto forecast = std::make_shared<Forecast>();
    const bool ended = readWhileWaiting(
        session_->connection(), repository(),
        [forecast, filter, today](storage::ContractRepository* database, const QString& problem) {
            if (database == nullptr) {
                forecast->problem = problem;
                return;
            }
            try {
                auto atRisk = storage::readPortfolioGroupsAtRisk(*database, filter, today);
                if (!atRisk) {
                    forecast->problem = QString::fromStdString(atRisk.error().message);
                } else {
                    forecast->list = std::move(*atRisk);
                }
            } catch (const std::exception& e) {
                forecast->problem = MainWindow::tr("The groups at risk cannot be forecast: %1")
                                        .arg(QString::fromUtf8(e.what()));
            }
        },
        progress);
    if (!ended) {
        return nullptr;
    }
    if (!forecast->problem.isEmpty()) {
        showStatus(forecast->problem);
    } else if (forecast->list) {
        builder.setGroupsAtRisk(std::move(*forecast->list));
    }
    return builder.finish();
}

void MainWindow::createReportLanguageMenu(QMenu* file) {
    QMenu* menu = file->addMenu(tr("Report &Language"));
    menu->setToolTip(tr("The language and notation of printed and exported reports"));
    auto* group = new QActionGroup(menu);
    const QString chosen = reportLanguageSetting();
    QStringList codes = {QString()};
    codes += availableLanguages();
    for (const QString& code : codes) {
        // Each language by its own name, as in View > Language.
        QAction* a = menu->addAction(code.isEmpty() ? tr("&Same as the Program") : languageName(code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            setReportLanguageSetting(code);
            showStatus(code.isEmpty() ? tr("Reports are made in the program's language")
                                      : tr("Reports are made in %1").arg(languageName(code)));
        });
    }
}

void MainWindow::printReport(ReportKind kind) {
    std::unique_ptr<Report> report;
    {
        // Built in the report's language; the preview paints what was built.
        const ReportLanguage language(reportLanguageSetting());
        report = buildReport(kind);
    }
    if (report == nullptr) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPageSetup::fromSettings().pageLayout());
    printer.setDocName(report->title() + QStringLiteral(" \u2013 ") + report->subject());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(report->title());
    // Most of the screen for the page (Qt would take two thirds of it: a third of a page on a laptop).
    if (const QScreen* screen = this->screen()) {
        preview.resize(QSize(1200, 1000).boundedTo(screen->availableSize() * 9 / 10));
    }
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter* p) { report->paint(p); });
    preview.exec();
}

void MainWindow::exportReportPdf(ReportKind kind) {
    const QString suffix = kind == ReportKind::Contract    ? tr("-report")
                           : kind == ReportKind::Scenarios ? tr("-scenarios")
                                                           : QString();
    const QString suggested =
        kind == ReportKind::Portfolio ? tr("portfolio") : fileStem(document_->contract()) + suffix;
    const QString path = QFileDialog::getSaveFileName(
        this, pdfTitle(), QDir(saveFolder()).absoluteFilePath(suggested + QStringLiteral(".pdf")),
        pdfFiles());
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    exportReportTo(kind, path);
}

bool MainWindow::exportPortfolioTo(const QString& path) {
    return exportReportTo(ReportKind::Portfolio, path);
}

bool MainWindow::exportReportTo(ReportKind kind, const QString& path) {
    std::unique_ptr<Report> report;
    QString problem;
    bool written = false;
    {
        const ReportLanguage language(reportLanguageSetting());
        report = buildReport(kind);
        if (report == nullptr) {
            return false;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        written = report->writePdf(path, ReportPageSetup::fromSettings(), &problem);
        QApplication::restoreOverrideCursor();
    }
    if (!written) {
        QMessageBox::warning(this, pdfTitle(), problem);
        return false;
    }
    showStatus(
        tr("Exported %1 (%n page(s))", nullptr, report->pageCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::exportProposal() {
    const QString path = QFileDialog::getSaveFileName(
        this, proposalTitle(),
        QDir(saveFolder())
            .absoluteFilePath(fileStem(document_->contract()) + tr("-proposal") + QStringLiteral(".pdf")),
        pdfFiles());
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    exportProposalTo(path);
}

bool MainWindow::exportProposalTo(const QString& path) {
    return exportPortraitTo(path, proposalTitle(), [this](const ReportOptions& options) {
        return proposalReport(document_->contract(), options);
    });
}

void MainWindow::exportReminderLetter() {
    const QString path = QFileDialog::getSaveFileName(
        this, reminderLetterTitle(),
        QDir(saveFolder())
            .absoluteFilePath(fileStem(document_->contract()) + tr("-reminder") + QStringLiteral(".pdf")),
        pdfFiles());
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    exportReminderLetterTo(path);
}

bool MainWindow::exportReminderLetterTo(const QString& path) {
    return exportPortraitTo(path, reminderLetterTitle(), [this](const ReportOptions& options) {
        const Contract& contract = document_->contract();
        return pickupReminderLetter(contract, forecaster_->outlook(contract), options);
    });
}

bool MainWindow::exportPortraitTo(const QString& path, const QString& title,
                                  const std::function<std::unique_ptr<Report>(const ReportOptions&)>& make) {
    std::unique_ptr<Report> report;
    QString problem;
    bool written = false;
    {
        // In the client's language, as every report: File > Report Language.
        const ReportLanguage language(reportLanguageSetting());
        ReportOptions options;
        options.letterhead = Letterhead::fromSettings();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        report = make(options);
        // One page in portrait, whatever the orientation the other reports print in.
        ReportPageSetup setup = ReportPageSetup::fromSettings();
        setup.orientation = QPageLayout::Portrait;
        written = report->writePdf(path, setup, &problem);
        QApplication::restoreOverrideCursor();
    }
    if (!written) {
        QMessageBox::warning(this, title, problem);
        return false;
    }
    showStatus(
        tr("Exported %1 (%n page(s))", nullptr, report->pageCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::pageSetupAsked() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(ReportPageSetup::fromSettings().pageLayout());
    QPageSetupDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    ReportPageSetup setup;
    setup.size =
        printer.pageLayout().pageSize().id() == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4;
    setup.orientation = printer.pageLayout().orientation();
    setup.saveToSettings();
    showStatus(tr("Reports print on %1, %2")
                   .arg(setup.size == QPageSize::Letter ? tr("Letter") : tr("A4"),
                        setup.orientation == QPageLayout::Landscape ? tr("landscape") : tr("portrait")));
}

void MainWindow::letterheadAsked() {
    LetterheadDialog dialog(Letterhead::fromSettings(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    dialog.letterhead().saveToSettings();
    showStatus(tr("Reports print the letterhead of %1")
                   .arg(dialog.letterhead().hotel.isEmpty() ? tr("the contract's hotel")
                                                            : dialog.letterhead().hotel));
}

void MainWindow::exportSpreadsheet(ReportKind kind) {
    const Contract& c = document_->contract();
    if (kind == ReportKind::Contract && !document_->results().assessment) {
        QMessageBox::information(this, spreadsheetTitle(),
                                 tr("The contract has problems: correct them to export its assessment."));
        return;
    }
    const QString stem = fileStem(c) + (kind == ReportKind::Contract ? tr("-assessment") : tr("-scenarios"));
    QString filters = tr("CSV files (*.csv)");
    if (xlsxAvailable()) {
        filters = tr("Excel workbooks (*.xlsx)") + QStringLiteral(";;") + filters;
    }
    QString chosen;
    const QString path = QFileDialog::getSaveFileName(
        this, spreadsheetTitle(),
        QDir(saveFolder())
            .absoluteFilePath(stem + (xlsxAvailable() ? QStringLiteral(".xlsx") : QStringLiteral(".csv"))),
        filters, &chosen);
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    QString problem;
    bool written = false;
    if (path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) && xlsxAvailable()) {
        written = kind == ReportKind::Contract ? writeAssessmentXlsx(path, c, &problem)
                                               : writeScenariosXlsx(path, c, currentScenarios(), &problem);
    } else {
        const QByteArray csv = kind == ReportKind::Contract
                                   ? io::assessmentCsv(c, *document_->results().assessment)
                                   : scenarioComparisonCsv(c, currentScenarios());
        QSaveFile file(path);
        written = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
        if (!written) {
            problem = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
    }
    if (!written) {
        QMessageBox::warning(this, spreadsheetTitle(), problem);
        return;
    }
    showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace attrition::ui
