#include "editor/attritionpage.h"

#include "editor/pagefields.h"

#include <QFormLayout>

namespace attrition::ui {

using namespace pagefields;

AttritionPage::AttritionPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::AttritionSection, parent) {
    ContractDocument* d = document;
    PageColumn page(this);
    page.add(makeDefaultsBar(FieldSection::Attrition));
    QFormLayout* form = page.section(QT_TR_NOOP("Room attrition"));
    addCheck(form, add(checkField<field::AttritionEnabled>(d, catalogueLabel)));
    addRow(form, add(percentField<field::AttritionPerformanceLevel>(d, catalogueLabel)));
    addRow(form, add(choiceField<field::AttritionMethod>(
                     d, QT_TR_NOOP("Assessment"),
                     {{QT_TR_NOOP("Cumulatively, all nights summed"), AttritionMethod::Cumulative},
                      {QT_TR_NOOP("Night by night"), AttritionMethod::NightByNight}})));
    addCheck(form, add(checkField<field::AttritionOverBlockCredit>(d, catalogueLabel)));
    addRow(form, add(choiceField<field::AttritionThresholdRounding>(
                     d, catalogueFullLabel,
                     {{QT_TR_NOOP("Exact"), ThresholdRounding::Exact},
                      {QT_TR_NOOP("Rounded up"), ThresholdRounding::Up},
                      {QT_TR_NOOP("Rounded down"), ThresholdRounding::Down}})));
    addRow(form, add(percentField<field::AttritionDamagesFactor>(d, catalogueFullLabel)));
    addRow(form, QT_TR_NOOP("Rate"),
           add(choiceField<field::AttritionRateBasis>(
               d, catalogueLabel,
               {{QT_TR_NOOP("Each night's own rate"), RateBasis::PerNight},
                {QT_TR_NOOP("The block's average rate"), RateBasis::Average}})));

    form = page.section(QT_TR_NOOP("Resale and credits"));
    addRow(form, add(choiceField<field::AttritionResaleCredit>(
                     d, catalogueLabel,
                     {{QT_TR_NOOP("None"), ResaleCreditMethod::None},
                      {QT_TR_NOOP("By count of room nights"), ResaleCreditMethod::ByCount},
                      {QT_TR_NOOP("By revenue, capped at the rate"), ResaleCreditMethod::ByRevenue}})));
    addRow(form, add(optionalPercentField<field::AttritionResaleOnlyAtOccupancy>(d, catalogueFullLabel,
                                                                                 QT_TR_NOOP("Every night"))));
    addCheck(form, add(checkField<field::AttritionCountOutsideBlock>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::AttritionCountBilledNoShows>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::AttritionCountWalked>(d, catalogueLabel)));

    form = page.section(QT_TR_NOOP("Cap and tax"));
    addRow(form, add(optionalMoneyField<field::AttritionCapAmount>(d, catalogueLabel, QT_TR_NOOP("No cap"))));
    addCheck(form, add(checkField<field::AttritionCapRoomsAtNightBlock>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::AttritionTaxable>(d, catalogueLabel)));
    addRow(form, add(percentField<field::AttritionTaxRate>(d, catalogueFullLabel)));

    form = page.section(QT_TR_NOOP("Comp rooms"),
                        QT_TR_NOOP("Complimentary room nights earned by ratio, rounded down."));
    addRow(form, add(countField<field::CompsPerRoomNights>(d, catalogueFullLabel)));
    addCheck(form, add(checkField<field::CompsPerNight>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::CompsCountTowardPickup>(d, catalogueLabel)));
    page.finish();
}

} // namespace attrition::ui
