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
           add(moneyField(
               d, QStringLiteral("foodBeverage.minimum"), QT_TR_NOOP("F&B minimum"),
               [](auto& c) -> auto& { return c.foodBeverage.minimum; })));
    addRow(form, QT_TR_NOOP("Allowance"),
           add(percentField(
               d, QStringLiteral("foodBeverage.allowance"), QT_TR_NOOP("F&B allowance"),
               [](auto& c) -> auto& { return c.foodBeverage.allowance; })));
    addRow(form, QT_TR_NOOP("Actual spend"),
           add(moneyField(
               d, QStringLiteral("foodBeverage.actualSpend"), QT_TR_NOOP("F&B actual spend"),
               [](auto& c) -> auto& { return c.foodBeverage.actualSpend; })));
    addRow(form, QT_TR_NOOP("Damages factor"),
           add(percentField(
               d, QStringLiteral("foodBeverage.damagesFactor"), QT_TR_NOOP("F&B damages factor"),
               [](auto& c) -> auto& { return c.foodBeverage.damagesFactor; })));
    form = page.section(QT_TR_NOOP("Service charge and tax"));
    addRow(form, QT_TR_NOOP("Service charge"),
           add(percentField(
               d, QStringLiteral("foodBeverage.serviceChargeRate"), catalogueLabel,
               [](auto& c) -> auto& { return c.foodBeverage.serviceChargeRate; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.serviceChargeOnDamages"),
                       QT_TR_NOOP("Add the service charge to the damages"),
                       [](auto& c) -> auto& { return c.foodBeverage.serviceChargeOnDamages; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("foodBeverage.taxRate"), QT_TR_NOOP("F&B tax"),
               [](auto& c) -> auto& { return c.foodBeverage.taxRate; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.taxOnDamages"), QT_TR_NOOP("Tax the damages"),
                       [](auto& c) -> auto& { return c.foodBeverage.taxOnDamages; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("foodBeverage.taxOnServiceCharge"), QT_TR_NOOP("Tax the service charge"),
                 [](auto& c) -> auto& { return c.foodBeverage.taxOnServiceCharge; })));
    page.finish();
}

} // namespace attrition::ui
