#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

class QLabel;

namespace attrition::ui {

class NightSummaryModel;

/// The editor's page of the room block: rooms and rates per night and room type, and the block against the
/// pickup night by night.
class BlockPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    /// `nights`: the block against the pickup night by night, which the charts show too.
    BlockPage(ContractDocument* document, NightSummaryModel* nights, QWidget* parent = nullptr);

    GridView* grid() const { return blockGrid_; }
    ContractTableModel* model() const { return blockModel_; }
    void refresh() override;

private:
    QString selectedRoomType() const;
    void addRoomTypeAsked();
    void renameRoomTypeAsked();
    void removeRoomTypeAsked();

    GridView* blockGrid_ = nullptr;
    ContractTableModel* blockModel_ = nullptr;
    QLabel* blockSummary_ = nullptr;
};

} // namespace attrition::ui
