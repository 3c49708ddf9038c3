#pragma once

// Printed reports: a contract's attrition and cancellation statement, the proposal sent before it is signed,
// a comparison of its what-if scenarios, and a portfolio of contracts. Each is built once as a document (a
// QTextDocument, its charts drawn as vectors when painted) and sent to the print preview, the printer and PDF
// alike. The desktop application and attrition-cli both build them here.

#include "attrition/domain/contract.h"
#include "attrition/domain/scenario.h"
#include "reports/reportoptions.h"
#include "session/outlook.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QPagedPaintDevice;
class QTextDocument;

namespace attrition::ui {

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

} // namespace attrition::ui
