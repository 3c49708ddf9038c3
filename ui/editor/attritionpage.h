#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

namespace attrition::ui {

/// The editor's page of the attrition clause, resale and credits, the cap and tax, and the comp rooms.
class AttritionPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit AttritionPage(ContractDocument* document, QWidget* parent = nullptr);
};

} // namespace attrition::ui
