#pragma once

// Printed reports: a contract's attrition and cancellation statement, the proposal sent before it is signed,
// a comparison of its what-if scenarios, and a portfolio of contracts. Each is built once as a document (a
// QTextDocument, its charts drawn as vectors when painted) and sent to the print preview, the printer and PDF
// alike. The desktop application and attrition-cli both build them here.

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "attrition/engine/at_risk.h"
#include "attrition/engine/pipeline.h"
#include "session/outlook.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <memory>
#include <span>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace attrition::ui {

/// The paper a report is printed on: its size (A4 or Letter) and orientation, with 15 mm margins.
struct ReportPageSetup {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    QPageLayout pageLayout() const;
    /// The setup kept in the settings (File > Page Setup), A4 portrait the first time.
    static ReportPageSetup fromSettings();
    void saveToSettings() const;
    /// "a4" or "letter"; anything else is A4.
    static QPageSize::PageSizeId sizeFromName(const QString& name, bool* ok = nullptr);

    friend bool operator==(const ReportPageSetup&, const ReportPageSetup&) = default;
};

/// What every report says about itself.
/// The forward look a contract report prints on a page of its own: the outlook (printed when ready) and the
/// room nights on the books at each stored pickup report, for the pace chart.
struct ReportForecast {
    Outlook outlook;
    std::vector<std::pair<Date, std::int64_t>> pickupReports;
};

/// What the hotel prints on the reports it sends to clients (File > Report Letterhead, kept in the
/// settings): its logo, name, address and tax number at the top of each report's first page, its name and
/// tax number in every page's footer, the contract report's title, and the payment terms under the net due.
struct Letterhead {
    QString title;   ///< the contract report's title; empty: defaultTitle()
    QString hotel;   ///< the hotel's name; empty: the contract's hotel
    QString address; ///< one or more lines
    QString taxNumber;
    QString paymentTerms;
    QString logoFile; ///< an image file (PNG, JPEG); empty: no logo

    /// "Attrition and cancellation statement", in the language reports are made in.
    static QString defaultTitle();
    /// The contract report's title: `title`, or defaultTitle().
    QString contractTitle() const;
    /// The letterhead kept in the settings (empty the first time).
    static Letterhead fromSettings();
    void saveToSettings() const;

    friend bool operator==(const Letterhead&, const Letterhead&) = default;
};

struct ReportOptions {
    ReportOptions(QDate made = QDate::currentDate()) // NOLINT: a date reads as the options it sets
        : madeOn(made) {}

    QDate madeOn; ///< the date the report was made, in the header
    Letterhead letterhead;
    /// The contract report's forecast page (none, or an outlook not ready: no forecast page).
    std::shared_ptr<const ReportForecast> forecast;
    /// The proposal's "valid until" date; not set (a null QDate): 14 days after madeOn.
    QDate validUntil;
    /// The rebooking credits other contracts' settlements grant the contract
    /// (ContractRepository::rebookingCredits): the contract and scenario reports assess with them.
    std::vector<RebookingCredit> credits;

    /// How long a proposal is valid by default, from the day it is made.
    static constexpr int kProposalValidDays = 14;
    /// validUntil, or madeOn + kProposalValidDays when it is not set.
    QDate proposalValidUntil() const {
        return validUntil.isValid() ? validUntil : madeOn.addDays(kProposalValidDays);
    }
};

/// A report built as a document. Painting lays it out for the device's page: headers and footers with
/// "Page 2 of 5", tables that break across pages with their header row repeated, sections that start on a
/// new page. Amounts and dates are in the default locale (QLocale()), amounts in the contract's currency.
class Report {
public:
    Report(const Report&) = delete;
    Report& operator=(const Report&) = delete;
    ~Report();

    /// "Attrition and cancellation statement" (or the letterhead's title), "Group proposal", "Scenario
    /// comparison", "Portfolio".
    QString title() const;
    /// What it is about: "SMI-2027 · Smith & Sons reunion" (plain text, for headers and file titles).
    QString subject() const;
    /// The document itself (its text and layout; its charts are objects painted by the report).
    QTextDocument* document() const;

    /// Lays the report out for the device's page layout and paints every page on it: a QPrinter (print
    /// preview, a printer, PDF) or a QPdfWriter. Returns the number of pages, 0 when the device cannot be
    /// painted on.
    int paint(QPagedPaintDevice* device);
    /// Writes the report as a PDF file on the given paper. On failure returns false and says why.
    bool writePdf(const QString& path, const ReportPageSetup& setup, QString* error = nullptr);
    /// The number of pages the last paint() produced.
    int pageCount() const;
    /// The headings (and chart captions) the last paint() left at the foot of a page with what they
    /// introduce on the next; painting moves them to the next page, so none unless a heading and what
    /// follows cannot share a page at all.
    QStringList headingsEndingAPage() const;

    struct Private;

private:
    explicit Report(std::unique_ptr<Private> d);
    friend struct Private;
    std::unique_ptr<Private> d_;
};

/// The attrition and cancellation statement of one contract: who and what, the contract's terms in plain
/// language, the pickup per night, the itemized assessment with each line's explanation, the warnings, the
/// totals with tax, deposits and the net due, and the charts (damages against pickup, block against pickup
/// per night, and the cancellation fee by notice date when the contract has a cancellation clause). A
/// contract with problems lists them instead of an assessment.
std::unique_ptr<Report> contractReport(const Contract& contract, const ReportOptions& options = {});

/// A one-page group proposal the hotel sends the client before the contract is signed (a prospect or a
/// tentative group), in the language reports are made in, on the letterhead, titled "Group proposal": the
/// group, account and contact, the stay, the room block per night and room type with the group rates, the
/// room revenue, F&B minimum and meeting room rental, the proposed attrition, F&B, meeting room, comp and
/// cancellation terms in the statement's words, what room attrition would cost at 100%, 90%, 80% and 70%
/// pickup (the engine's figures, every night at that share of its block, no resale, before tax), the date
/// the proposal is valid until (options.proposalValidUntil()) and a place for both parties to sign. It
/// shows none of the hotel's own figures (displacement, profit, net value, break-even), and none of what
/// happened under the contract (pickup, reductions, resale, deposits, a cancellation): the contract as
/// proposed. It fits one portrait page of A4 and of Letter: a long block is summarised by room type with
/// ranges of nights, then by room type alone, and the text made smaller, until it does.
std::unique_ptr<Report> proposalReport(const Contract& contract, const ReportOptions& options = {});

/// A one-page letter reminding the client of the group's pickup, in the language reports are made in, on the
/// letterhead, dated options.madeOn (the day it stands on) and addressed to the account: the group and its
/// stay, the rooms reserved to date against the block (night by night, or by room type for a long stay),
/// the room attrition clause in the statement's words, what the group would owe if reservations go on at
/// their current pace (the forecast final pickup of `outlook`, its damages as the engine assesses them,
/// outlook.risk.atExpectedPickup) and what it would owe at the pickup on the books today (the engine's
/// assessment of the recorded pickup), both tax included with the F&B minimum taken as met; then the next
/// review date or cutoff and what the client is asked to do, a closing and the sales manager's signature.
/// Without a ready outlook the forecast is left out. It shows none of the hotel's internal figures (the
/// forecast's range, the pace against other groups, quotes) and fits one portrait page of A4 and of Letter.
std::unique_ptr<Report> pickupReminderLetter(const Contract& contract, const Outlook& outlook,
                                             const ReportOptions& options = {});

/// What a group owes under its contract, tax included, at the pickup recorded today: the engine's
/// assessment with the F&B minimum taken as met (as the forecast's damages take it) and no cancellation.
Money owedAtPickupToDate(const Contract& contract);

/// The contract and its scenarios side by side: what each scenario changes, every total with its difference
/// from the contract, and the curves of damages against pickup overlaid.
std::unique_ptr<Report> scenarioReport(const Contract& contract, const std::vector<Scenario>& scenarios,
                                       const ReportOptions& options = {});

/// A portfolio report, built one contract at a time (a database of any size is read contract by contract):
/// every contract with its pickup and exposure (what it would owe if assessed now), then the totals per
/// currency and status.
class PortfolioReportBuilder {
public:
    /// `filter` says in words which contracts these are ("Arriving 1/1/2027 to 3/31/2027, definite").
    explicit PortfolioReportBuilder(QString filter, const ReportOptions& options = {});
    ~PortfolioReportBuilder();
    /// Adds a contract, assessed with the rebooking credits other contracts' settlements grant it.
    void add(const Contract& contract, std::span<const RebookingCredit> credits = {});
    std::int64_t count() const;
    /// A page of the groups at risk (the early warning's rows, in its order): each group with its arrival,
    /// pickup, forecast final pickup, expected damages, next review date or cutoff, then its action and
    /// flags in sentences. Not set: no such page.
    void setGroupsAtRisk(forecast::AtRiskList list);
    /// A page of the sales pipeline: by stage, arrival month and currency, the conversion and the wash of
    /// the actualized groups. Not set: no such page.
    void setPipeline(Pipeline pipeline);
    std::unique_ptr<Report> finish();

private:
    struct Row;
    QString filter_;
    ReportOptions options_;
    std::vector<Row> rows_;
    std::optional<forecast::AtRiskList> atRisk_;
    std::optional<Pipeline> pipeline_;
};

// ---------------------------------------------------------------------------------------------------------
// The language of a report

/// The language reports are made in, as chosen in the settings: empty for the program's own, else "en",
/// "es" or "it" (a report for a client abroad).
QString reportLanguageSetting();
void setReportLanguageSetting(const QString& code);

/// While it lives, reports are built in `language` ("en", "es", "it"; empty: the program's own): tr() gives
/// that language's texts and QLocale() is `locale`. The widgets are not told (no QEvent::LanguageChange
/// reaches them), so the program keeps its language; its own language and locale come back at the end.
class ReportLanguage {
public:
    explicit ReportLanguage(const QString& language);
    ReportLanguage(const QString& language, const QLocale& locale);
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;
    ~ReportLanguage();

    /// The language the report is made in.
    QString language() const { return language_; }

private:
    QString language_;
    QString previousLanguage_;
    QLocale previousLocale_;
    std::unique_ptr<QObject> quiet_; ///< swallows the language changes, while the language is another
};

// ---------------------------------------------------------------------------------------------------------
// Spreadsheets

/// The contract and its scenarios side by side as CSV (RFC 4180): a row per figure, a column for the
/// contract and, for each scenario, its figure and its difference from the contract. Amounts are plain
/// decimals in major units.
QByteArray scenarioComparisonCsv(const Contract& contract, const std::vector<Scenario>& scenarios);

/// Whether this build writes XLSX workbooks (libxlsxwriter).
bool xlsxAvailable();
/// The assessment's lines and totals as an XLSX workbook, amounts as numbers with the currency's decimals.
bool writeAssessmentXlsx(const QString& path, const Contract& contract, QString* error = nullptr);
/// The scenario comparison as an XLSX workbook.
bool writeScenariosXlsx(const QString& path, const Contract& contract, const std::vector<Scenario>& scenarios,
                        QString* error = nullptr);

} // namespace attrition::ui
