#pragma once

#include "editor/editorpage.h"

#include <QCoreApplication>

namespace attrition::ui {

/// The editor's page of the meeting room rental, its policy, tax and scale by room pickup.
class MeetingRoomPage : public EditorPage {
    Q_DECLARE_TR_FUNCTIONS(attrition::ui::ContractEditor)

public:
    explicit MeetingRoomPage(ContractDocument* document, QWidget* parent = nullptr);
};

} // namespace attrition::ui
