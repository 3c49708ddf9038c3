#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

namespace attrition::ui {

/// The editor's page of the food and beverage minimum, its service charge and tax.
class FoodBeveragePage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit FoodBeveragePage(ContractDocument* document, QWidget* parent = nullptr);
};

} // namespace attrition::ui
