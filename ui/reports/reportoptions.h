#pragma once

// What a report is made with: the paper it is printed on, the hotel's letterhead, and the options of each
// report (the date it is made, its forecast page, the proposal's validity, the rebooking credits).

#include "attrition/domain/contract.h"
#include "session/outlook.h"

#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

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

/// What every report says about itself.
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

} // namespace attrition::ui
