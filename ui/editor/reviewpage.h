#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

namespace attrition::ui {

/// The editor's page of the review schedule and the block reductions the group asked for.
class ReviewPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit ReviewPage(ContractDocument* document, QWidget* parent = nullptr);
};

} // namespace attrition::ui
