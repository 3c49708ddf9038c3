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
             add(checkField(
                 d, QStringLiteral("attrition.enabled"), QT_TR_NOOP("The contract has an attrition clause"),
                 [](auto& c) -> auto& { return c.attrition.enabled; })));
    addRow(form, QT_TR_NOOP("Performance level"),
           add(percentField(
               d, QStringLiteral("attrition.performanceLevel"), catalogueLabel,
               [](auto& c) -> auto& { return c.attrition.performanceLevel; })));
    addRow(form, QT_TR_NOOP("Assessed"),
           add(choiceField<AttritionMethod>(
               d, QStringLiteral("attrition.method"), QT_TR_NOOP("Assessment"),
               {{QT_TR_NOOP("Cumulatively, all nights summed"), AttritionMethod::Cumulative},
                {QT_TR_NOOP("Night by night"), AttritionMethod::NightByNight}},
               [](auto& c) -> auto& { return c.attrition.method; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.overBlockCredit"),
                       QT_TR_NOOP("Rooms above the block offset other nights' shortfalls"),
                       [](auto& c) -> auto& { return c.attrition.overBlockCredit; })));
    addRow(form, QT_TR_NOOP("Required rooms"),
           add(choiceField<ThresholdRounding>(
               d, QStringLiteral("attrition.thresholdRounding"), QT_TR_NOOP("Rounding of the required rooms"),
               {{QT_TR_NOOP("Exact"), ThresholdRounding::Exact},
                {QT_TR_NOOP("Rounded up"), ThresholdRounding::Up},
                {QT_TR_NOOP("Rounded down"), ThresholdRounding::Down}},
               [](auto& c) -> auto& { return c.attrition.thresholdRounding; })));
    addRow(form, QT_TR_NOOP("Damages factor"),
           add(percentField(
               d, QStringLiteral("attrition.damagesFactor"), QT_TR_NOOP("Room damages factor"),
               [](auto& c) -> auto& { return c.attrition.damagesFactor; })));
    addRow(form, QT_TR_NOOP("Rate"),
           add(choiceField<RateBasis>(
               d, QStringLiteral("attrition.rateBasis"), catalogueLabel,
               {{QT_TR_NOOP("Each night's own rate"), RateBasis::PerNight},
                {QT_TR_NOOP("The block's average rate"), RateBasis::Average}},
               [](auto& c) -> auto& { return c.attrition.rateBasis; })));

    form = page.section(QT_TR_NOOP("Resale and credits"));
    addRow(form, QT_TR_NOOP("Resale credit"),
           add(choiceField<ResaleCreditMethod>(
               d, QStringLiteral("attrition.resaleCredit"), catalogueLabel,
               {{QT_TR_NOOP("None"), ResaleCreditMethod::None},
                {QT_TR_NOOP("By count of room nights"), ResaleCreditMethod::ByCount},
                {QT_TR_NOOP("By revenue, capped at the rate"), ResaleCreditMethod::ByRevenue}},
               [](auto& c) -> auto& { return c.attrition.resaleCredit; })));
    addRow(
        form, QT_TR_NOOP("Only when occupancy reaches"),
        add(optionalPercentField(
            d, QStringLiteral("attrition.resaleOnlyAtOccupancy"),
            QT_TR_NOOP("Resale credited from occupancy"),
            [](auto& c) -> auto& { return c.attrition.resaleOnlyAtOccupancy; }, QT_TR_NOOP("Every night"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countOutsideBlock"),
                       QT_TR_NOOP("Count bookings found outside the block"),
                       [](auto& c) -> auto& { return c.attrition.countOutsideBlock; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countBilledNoShows"), catalogueLabel,
                       [](auto& c) -> auto& { return c.attrition.countBilledNoShows; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countWalked"), catalogueLabel,
                       [](auto& c) -> auto& { return c.attrition.countWalked; })));

    form = page.section(QT_TR_NOOP("Cap and tax"));
    addRow(form, QT_TR_NOOP("Damages cap"),
           add(optionalMoneyField(
               d, QStringLiteral("attrition.capAmount"), QT_TR_NOOP("Damages cap"),
               [](auto& c) -> auto& { return c.attrition.capAmount; }, QT_TR_NOOP("No cap"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.capRoomsAtNightBlock"),
                       QT_TR_NOOP("Charge no more rooms on a night than it blocked"),
                       [](auto& c) -> auto& { return c.attrition.capRoomsAtNightBlock; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.taxable"), QT_TR_NOOP("Tax the room damages"),
                       [](auto& c) -> auto& { return c.attrition.taxable; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("attrition.taxRate"), QT_TR_NOOP("Tax on room damages"),
               [](auto& c) -> auto& { return c.attrition.taxRate; })));

    form = page.section(QT_TR_NOOP("Comp rooms"),
                        QT_TR_NOOP("Complimentary room nights earned by ratio, rounded down."));
    addRow(form, QT_TR_NOOP("One per"),
           add(countField(
               d, QStringLiteral("comps.perRoomNights"), QT_TR_NOOP("Comp ratio"),
               [](auto& c) -> auto& { return c.comps.perRoomNights; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("comps.perNight"), catalogueLabel,
                       [](auto& c) -> auto& { return c.comps.perNight; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("comps.countTowardPickup"), QT_TR_NOOP("Comp rooms count toward pickup"),
                 [](auto& c) -> auto& { return c.comps.countTowardPickup; })));
    page.finish();
}

} // namespace attrition::ui
