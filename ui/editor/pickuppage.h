#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

class QAbstractButton;
class QLabel;

namespace attrition::ui {

/// The editor's page of the pickup per night with its audit credits and occupancy, and the rooms the hotel
/// resold.
class PickupPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit PickupPage(ContractDocument* document, QWidget* parent = nullptr);

    GridView* grid() const { return pickupGrid_; }
    ContractTableModel* model() const { return pickupModel_; }
    /// The button that asks to import a pickup report.
    QAbstractButton* importButton() const { return importButton_; }
    void refresh() override;

private:
    GridView* pickupGrid_ = nullptr;
    ContractTableModel* pickupModel_ = nullptr;
    QAbstractButton* importButton_ = nullptr;
    QLabel* pickupSummary_ = nullptr;
};

} // namespace attrition::ui
