#include "editor/meetingroompage.h"

#include "editor/pagefields.h"
#include "models/contracttables.h"

#include <QFormLayout>

namespace attrition::ui {

using namespace pagefields;

MeetingRoomPage::MeetingRoomPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::MeetingRoomSection, parent) {
    ContractDocument* d = document;
    PageColumn page(this);
    QFormLayout* form = page.section(QT_TR_NOOP("Rental"));
    addRow(form, add(moneyField<field::MeetingRoomRental>(d, catalogueFullLabel)));
    addRow(form, add(choiceField<field::MeetingRoomPolicy>(
                     d, QT_TR_NOOP("Meeting room policy"),
                     {{QT_TR_NOOP("Owed besides room attrition"), MeetingRoomPolicy::WithAttrition},
                      {QT_TR_NOOP("The greater of the two"), MeetingRoomPolicy::GreaterOfTheTwo},
                      {QT_TR_NOOP("Instead of room attrition"), MeetingRoomPolicy::InsteadOfAttrition}})));
    addCheck(form, add(checkField<field::MeetingRoomTaxable>(d, catalogueLabel)));
    addRow(form, add(percentField<field::MeetingRoomTaxRate>(d, catalogueFullLabel)));
    TableSection* scale = tableSection(QT_TR_NOOP("Scale by room pickup"),
                                       QT_TR_NOOP("The band with the highest pickup the group reaches sets "
                                                  "the share of the rental charged. Without "
                                                  "bands the rental is ordinary rent, not assessed here."),
                                       makeMeetingScaleModel(document, this));
    setPlaceholder(scale->view(),
                   QT_TR_NOOP("No scale: the rental is not assessed here. Add a band with +."));
    scale->setVisibleRows(3, 6);
    page.add(scale);
    page.finish();
}

} // namespace attrition::ui
