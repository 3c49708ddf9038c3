#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

namespace attrition::ui {

/// The editor's page of the cancellation notice and clause with its tiers.
class CancellationPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit CancellationPage(ContractDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    GridView* tiersGrid_ = nullptr;
};

} // namespace attrition::ui
