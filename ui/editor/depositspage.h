#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

class QLabel;

namespace attrition::ui {

/// The editor's page of the deposits received and the settlement of the damages.
class DepositsPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit DepositsPage(ContractDocument* document, QWidget* parent = nullptr);

    GridView* paymentsGrid() const { return paymentsGrid_; }
    /// The settlement's totals (collected, left to collect) and its state in a sentence.
    QLabel* settlementSummary() const { return settlementSummary_; }
    QLabel* settlementState() const { return settlementState_; }
    void refresh() override;

private:
    GridView* paymentsGrid_ = nullptr;
    QLabel* settlementSummary_ = nullptr;
    QLabel* settlementState_ = nullptr;
};

} // namespace attrition::ui
