#include "editor/cancellationpage.h"

#include "attrition/domain/clause_defaults.h"
#include "editor/pagefields.h"
#include "models/contracttables.h"

#include <QFormLayout>

namespace attrition::ui {

using namespace pagefields;

CancellationPage::CancellationPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::CancellationSection, parent) {
    ContractDocument* d = document;
    PageColumn page(this);
    page.add(makeDefaultsBar(FieldSection::Cancellation));
    QFormLayout* form = page.section(
        QT_TR_NOOP("Notice"),
        QT_TR_NOOP("With a notice date the contract is assessed under the cancellation clause instead of "
                   "attrition."));
    addRow(form, QT_TR_NOOP("Notice received"),
           add(optionalDateField(
               d, QStringLiteral("cancellationNotice"), catalogueLabel,
               [](auto& c) -> auto& { return c.cancellationNotice; }, QT_TR_NOOP("Not cancelled"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("forceMajeure"), QT_TR_NOOP("Cancelled by force majeure"),
                       [](auto& c) -> auto& { return c.forceMajeure; })));

    form = page.section(QT_TR_NOOP("Clause"));
    addRow(form, QT_TR_NOOP("Fee basis"),
           add(choiceField<CancellationBasis>(
               d, QStringLiteral("cancellation.basis"), QT_TR_NOOP("Cancellation basis"),
               {{QT_TR_NOOP("Anticipated room revenue"), CancellationBasis::RoomRevenue},
                {QT_TR_NOOP("Total anticipated revenue"), CancellationBasis::TotalRevenue},
                {QT_TR_NOOP("A share of each component"), CancellationBasis::PerComponent}},
               [](auto& c) -> auto& { return c.cancellation.basis; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.roundToWholeUnits"),
                       QT_TR_NOOP("Round the fee to whole currency units"),
                       [](auto& c) -> auto& { return c.cancellation.roundToWholeUnits; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("cancellation.creditResale"), QT_TR_NOOP("Credit rooms the hotel resold"),
                 [](auto& c) -> auto& { return c.cancellation.creditResale; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("cancellation.waiveOnForceMajeure"), QT_TR_NOOP("Waived on force majeure"),
                 [](auto& c) -> auto& { return c.cancellation.waiveOnForceMajeure; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.taxable"), catalogueLabel,
                       [](auto& c) -> auto& { return c.cancellation.taxable; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("cancellation.taxRate"), QT_TR_NOOP("Cancellation tax"),
               [](auto& c) -> auto& { return c.cancellation.taxRate; })));
    TableSection* tiers = tableSection(
        QT_TR_NOOP("Tiers"),
        QT_TR_NOOP(
            "Days before arrival the notice was received, and the share of the basis owed. Leave \"To days\" "
            "empty on the open-ended tier."),
        makeCancellationTiersModel(document, this));
    setPlaceholder(tiers->view(),
                   QT_TR_NOOP("No tiers: the contract has no cancellation clause. Add one with +."));
    tiers->setVisibleRows(4, 8);
    tiersGrid_ = tiers->view();
    page.add(tiers);
    page.finish();
}

void CancellationPage::refresh() {
    EditorPage::refresh();
    const bool perComponent = document()->contract().cancellation.basis == CancellationBasis::PerComponent;
    tiersGrid_->setColumnHidden(TierPercent, perComponent);
    tiersGrid_->setColumnHidden(TierRooms, !perComponent);
    tiersGrid_->setColumnHidden(TierFoodBeverage, !perComponent);
    tiersGrid_->setColumnHidden(TierMeetingRoom, !perComponent);
    // The tiers in italics while they are the program's defaults.
    QFont f = tiersGrid_->font();
    f.setItalic(isUnconfirmedDefault(document()->contract(), "cancellation.tiers"));
    tiersGrid_->setFont(f);
}

} // namespace attrition::ui
