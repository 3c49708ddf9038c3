#pragma once

#include <QIcon>
#include <cstdint>

namespace attrition::ui {

enum class Icon : std::uint8_t {
    New,
    Open,
    OpenFolder,
    Save,
    SaveAs,
    Undo,
    Redo,
    Add,
    Remove,
    Calendar,
    Warning,
    Error,
    Chart,
    Table,
    Scenarios,
    Print,
    Export,
    Import,
    Search,
    Reload,
    Contract,
    Rooms,
    Pickup,
    Review,
    FoodBeverage,
    Meeting,
    Clauses,
    Cancellation,
    Deposits,
    Duplicate,
    Rename,
    Close,
};

/// A line icon drawn in the palette's text colour (so it suits light and dark palettes alike), with a
/// disabled state.
QIcon icon(Icon which);

/// The application's icon, drawn at every size a window manager asks for.
QIcon applicationIcon();

} // namespace attrition::ui
