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
    addRow(form, QT_TR_NOOP("F&B minimum"),
           add(moneyField<field::FoodBeverageMinimum>(d, QT_TR_NOOP("F&B minimum"))));
    addRow(form, QT_TR_NOOP("Allowance"),
           add(percentField<field::FoodBeverageAllowance>(d, QT_TR_NOOP("F&B allowance"))));
    addRow(form, QT_TR_NOOP("Actual spend"),
           add(moneyField<field::FoodBeverageActualSpend>(d, QT_TR_NOOP("F&B actual spend"))));
    addRow(form, QT_TR_NOOP("Damages factor"),
           add(percentField<field::FoodBeverageDamagesFactor>(d, QT_TR_NOOP("F&B damages factor"))));
    form = page.section(QT_TR_NOOP("Service charge and tax"));
    addRow(form, QT_TR_NOOP("Service charge"),
           add(percentField<field::FoodBeverageServiceChargeRate>(d, catalogueLabel)));
    addCheck(form, add(checkField<field::FoodBeverageServiceChargeOnDamages>(
                       d, QT_TR_NOOP("Add the service charge to the damages"))));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField<field::FoodBeverageTaxRate>(d, QT_TR_NOOP("F&B tax"))));
    addCheck(form, add(checkField<field::FoodBeverageTaxOnDamages>(d, QT_TR_NOOP("Tax the damages"))));
    addCheck(form,
             add(checkField<field::FoodBeverageTaxOnServiceCharge>(d, QT_TR_NOOP("Tax the service charge"))));
    page.finish();
}

} // namespace attrition::ui
