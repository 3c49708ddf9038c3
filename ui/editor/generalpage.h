#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

class QLabel;

namespace attrition::ui {

/// The editor's page of the general terms: the contract, its dates and its notes.
class GeneralPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit GeneralPage(ContractDocument* document, QWidget* parent = nullptr);

    void refresh() override;

private:
    QLabel* staySummary_ = nullptr;
};

} // namespace attrition::ui
