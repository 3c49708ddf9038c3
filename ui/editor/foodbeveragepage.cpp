#include "editor/foodbeveragepage.h"

#include "editor/pagefields.h"

#include <QFormLayout>

namespace attrition::ui {

using namespace pagefields;

FoodBeveragePage::FoodBeveragePage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::FoodBeverageSection, parent) {
    ContractDocument* d = document;
    PageColumn page(this);
    page.add(makeDefaultsBar(FieldSection::FoodBeverage));
    QFormLayout* form = page.section(
        QT_TR_NOOP("Minimum"),
        QT_TR_NOOP(
            "The least food and beverage revenue the group commits to, before tax and service charge."));
    addRow(form, add(moneyField<field::FoodBeverageMinimum>(d, catalogueLabel)));
    addRow(form, add(percentField<field::FoodBeverageAllowance>(d, catalogueFullLabel)));
    addRow(form, add(moneyField<field::FoodBeverageActualSpend>(d, catalogueFullLabel)));
    addRow(form, add(percentField<field::FoodBeverageDamagesFactor>(d, catalogueFullLabel)));
    form = page.section(QT_TR_NOOP("Service charge and tax"));
    addRow(form, add(percentField<field::FoodBeverageServiceChargeRate>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::FoodBeverageServiceChargeOnDamages>(d, catalogueLabel)));
    addRow(form, add(percentField<field::FoodBeverageTaxRate>(d, catalogueFullLabel)));
    addCheck(form, add(checkField<field::FoodBeverageTaxOnDamages>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::FoodBeverageTaxOnServiceCharge>(d, catalogueLabel)));
    page.finish();
}

} // namespace attrition::ui
