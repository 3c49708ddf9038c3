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
    addCheck(form,
             add(checkField<field::AttritionEnabled>(d, QT_TR_NOOP("The contract has an attrition clause"))));
    addRow(form, QT_TR_NOOP("Performance level"),
           add(percentField<field::AttritionPerformanceLevel>(d, catalogueLabel)));
    addRow(form, QT_TR_NOOP("Assessed"),
           add(choiceField<field::AttritionMethod>(
               d, QT_TR_NOOP("Assessment"),
               {{QT_TR_NOOP("Cumulatively, all nights summed"), AttritionMethod::Cumulative},
                {QT_TR_NOOP("Night by night"), AttritionMethod::NightByNight}})));
    addCheck(form, add(checkField<field::AttritionOverBlockCredit>(
                       d, QT_TR_NOOP("Rooms above the block offset other nights' shortfalls"))));
    addRow(form, QT_TR_NOOP("Required rooms"),
           add(choiceField<field::AttritionThresholdRounding>(
               d, QT_TR_NOOP("Rounding of the required rooms"),
               {{QT_TR_NOOP("Exact"), ThresholdRounding::Exact},
                {QT_TR_NOOP("Rounded up"), ThresholdRounding::Up},
                {QT_TR_NOOP("Rounded down"), ThresholdRounding::Down}})));
    addRow(form, QT_TR_NOOP("Damages factor"),
           add(percentField<field::AttritionDamagesFactor>(d, QT_TR_NOOP("Room damages factor"))));
    addRow(form, QT_TR_NOOP("Rate"),
           add(choiceField<field::AttritionRateBasis>(
               d, catalogueLabel,
               {{QT_TR_NOOP("Each night's own rate"), RateBasis::PerNight},
                {QT_TR_NOOP("The block's average rate"), RateBasis::Average}})));

    form = page.section(QT_TR_NOOP("Resale and credits"));
    addRow(form, QT_TR_NOOP("Resale credit"),
           add(choiceField<field::AttritionResaleCredit>(
               d, catalogueLabel,
               {{QT_TR_NOOP("None"), ResaleCreditMethod::None},
                {QT_TR_NOOP("By count of room nights"), ResaleCreditMethod::ByCount},
                {QT_TR_NOOP("By revenue, capped at the rate"), ResaleCreditMethod::ByRevenue}})));
    addRow(form, QT_TR_NOOP("Only when occupancy reaches"),
           add(optionalPercentField<field::AttritionResaleOnlyAtOccupancy>(
               d, QT_TR_NOOP("Resale credited from occupancy"), QT_TR_NOOP("Every night"))));
    addCheck(form, add(checkField<field::AttritionCountOutsideBlock>(
                       d, QT_TR_NOOP("Count bookings found outside the block"))));
    addCheck(form, add(checkField<field::AttritionCountBilledNoShows>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::AttritionCountWalked>(d, catalogueLabel)));

    form = page.section(QT_TR_NOOP("Cap and tax"));
    addRow(form, QT_TR_NOOP("Damages cap"),
           add(optionalMoneyField<field::AttritionCapAmount>(d, QT_TR_NOOP("Damages cap"),
                                                             QT_TR_NOOP("No cap"))));
    addCheck(form, add(checkField<field::AttritionCapRoomsAtNightBlock>(
                       d, QT_TR_NOOP("Charge no more rooms on a night than it blocked"))));
    addCheck(form, add(checkField<field::AttritionTaxable>(d, QT_TR_NOOP("Tax the room damages"))));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField<field::AttritionTaxRate>(d, QT_TR_NOOP("Tax on room damages"))));

    form = page.section(QT_TR_NOOP("Comp rooms"),
                        QT_TR_NOOP("Complimentary room nights earned by ratio, rounded down."));
    addRow(form, QT_TR_NOOP("One per"),
           add(countField<field::CompsPerRoomNights>(d, QT_TR_NOOP("Comp ratio"))));
    addCheck(form, add(checkField<field::CompsPerNight>(d, catalogueLabel)));
    addCheck(form,
             add(checkField<field::CompsCountTowardPickup>(d, QT_TR_NOOP("Comp rooms count toward pickup"))));
    page.finish();
}

} // namespace attrition::ui
