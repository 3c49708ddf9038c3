#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <cstdint>

class QTabBar;
class QWidget;

namespace attrition::ui {

enum class Theme : std::uint8_t { Light, Dark };

/// Applies the Fusion style with a light or dark palette to the whole application.
void applyTheme(Theme theme);
Theme currentTheme();
/// Applies the theme the user chose last (kept in QSettings), light the first time.
Theme applySavedTheme();
/// Applies the theme and keeps it for the next run.
void applyAndSaveTheme(Theme theme);
QString themeKey(Theme theme);
Theme themeFromKey(const QString& key);

bool isDark(const QPalette& palette);
/// Text colour of a problem (an input that cannot be read, a rule broken).
QColor errorColor(const QPalette& palette);
/// Text and background of a warning.
QColor warningColor(const QPalette& palette);
QColor warningBackground(const QPalette& palette);
/// A faint tint of a cell the engine has a problem with.
QColor errorBackground(const QPalette& palette);
/// Series colours of the charts: the first for the contract, then each scenario.
QColor seriesColor(int index, const QPalette& palette);
/// Secondary text (captions, units).
QColor mutedTextColor(const QPalette& palette);

/// Tabs for a narrow panel: a third of the style's room around each tab's text (with the application's
/// style) and, where even those do not fit, every tab narrowed with its text cut short at the end instead
/// of tabs hidden behind scroll buttons. Give such tabs tooltips that say what they hold.
void useCompactTabs(QTabBar* tabs);

/// What a piece of text says by its colour.
enum class TextTone : std::uint8_t { Normal, Muted, Error };
/// Colours a label (or any widget's text) by its tone, and remembers the tone for refreshTextTones().
void setTextTone(QWidget* widget, TextTone tone);
/// Colours again every toned widget under `root` after the palette changed.
void refreshTextTones(QWidget* root);

} // namespace attrition::ui
