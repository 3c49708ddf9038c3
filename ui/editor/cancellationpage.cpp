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
           add(optionalDateField<field::CancellationNotice>(d, catalogueLabel, QT_TR_NOOP("Not cancelled"))));
    addCheck(form, add(checkField<field::ForceMajeure>(d, catalogueLabel)));

    form = page.section(QT_TR_NOOP("Clause"));
    addRow(form, add(choiceField<field::CancellationBasis>(
                     d, catalogueFullLabel,
                     {{QT_TR_NOOP("Anticipated room revenue"), CancellationBasis::RoomRevenue},
                      {QT_TR_NOOP("Total anticipated revenue"), CancellationBasis::TotalRevenue},
                      {QT_TR_NOOP("A share of each component"), CancellationBasis::PerComponent}})));
    addCheck(form, add(checkField<field::CancellationRoundToWholeUnits>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::CancellationCreditResale>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::CancellationWaiveOnForceMajeure>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::CancellationTaxable>(d, catalogueLabel)));
    addRow(form, add(percentField<field::CancellationTaxRate>(d, catalogueFullLabel)));
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
    f.setItalic(isUnconfirmedDefault(document()->contract(), field::CancellationTiers::path));
    tiersGrid_->setFont(f);
}

} // namespace attrition::ui
