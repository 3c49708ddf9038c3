#include "style/theme.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QSettings>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabBar>
#include <QWidget>
#include <array>

namespace attrition::ui {

namespace {

QPalette lightPalette() {
    QPalette p;
    const QColor window(0xF4, 0xF5, 0xF7);
    const QColor base(0xFF, 0xFF, 0xFF);
    const QColor text(0x1F, 0x23, 0x28);
    const QColor highlight(0x1F, 0x6F, 0xB2);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xF6, 0xF8, 0xFA));
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xF2));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x91, 0x99));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xFA, 0xFA, 0xFB));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xE8, 0xEA, 0xED));
    p.setColor(QPalette::Mid, QColor(0xC6, 0xCA, 0xD0));
    p.setColor(QPalette::Dark, QColor(0xA0, 0xA6, 0xAE));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x66, 0x6E));
    const QColor disabledText(0x9A, 0xA0, 0xA8);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xB8, 0xC4, 0xD0));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x24, 0x27, 0x2C);
    const QColor base(0x1B, 0x1D, 0x21);
    const QColor text(0xE3, 0xE6, 0xEA);
    const QColor highlight(0x3D, 0x8B, 0xD6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x22, 0x25, 0x2A));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x37, 0x3D));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x87, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2E, 0x32, 0x38));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xFF, 0x6B, 0x6B));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB2, 0xF0));
    p.setColor(QPalette::Light, QColor(0x3A, 0x3F, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3D));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4A, 0x52));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1B));
    p.setColor(QPalette::Shadow, QColor(0x0C, 0x0D, 0x0F));
    const QColor disabledText(0x70, 0x76, 0x7E);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x40, 0x48, 0x52));
    return p;
}

Theme g_theme = Theme::Light;

/// The property of a tab bar that useCompactTabs() made compact.
constexpr char kCompactTabs[] = "attritionCompactTabs";

/// Fusion, with splitter handles drawn as a one-pixel rule in the palette's mid colour. A style rather than a
/// style sheet: a sheet on the window would restyle every widget below it, which made the window slow to
/// open.
class ApplicationStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    int pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const override {
        if (metric == PM_SplitterWidth) {
            return 1;
        }
        if (metric == PM_TabBarTabHSpace && widget != nullptr && widget->property(kCompactTabs).toBool()) {
            return QProxyStyle::pixelMetric(metric, option, widget) / 3;
        }
        return QProxyStyle::pixelMetric(metric, option, widget);
    }

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override {
        if (element == CE_Splitter) {
            painter->fillRect(option->rect, option->palette.mid());
            return;
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }
};

} // namespace

void applyTheme(Theme theme) {
    g_theme = theme;
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"))) {
        QApplication::setStyle(new ApplicationStyle(fusion));
    }
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

void useCompactTabs(QTabBar* tabs) {
    tabs->setProperty(kCompactTabs, true);
    tabs->setUsesScrollButtons(false);
    tabs->setElideMode(Qt::ElideRight);
}

Theme currentTheme() {
    return g_theme;
}

Theme applySavedTheme() {
    const Theme theme = themeFromKey(QSettings().value(QStringLiteral("theme")).toString());
    applyTheme(theme);
    return theme;
}

void applyAndSaveTheme(Theme theme) {
    applyTheme(theme);
    QSettings().setValue(QStringLiteral("theme"), themeKey(theme));
}

QString themeKey(Theme theme) {
    return theme == Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

Theme themeFromKey(const QString& key) {
    return key == QLatin1String("dark") ? Theme::Dark : Theme::Light;
}

bool isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB3, 0x26, 0x1E);
}

QColor warningColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0xF5, 0xC9, 0x6A) : QColor(0x7A, 0x4E, 0x00);
}

QColor warningBackground(const QPalette& palette) {
    return isDark(palette) ? QColor(0x3A, 0x32, 0x1C) : QColor(0xFF, 0xF6, 0xDD);
}

QColor errorBackground(const QPalette& palette) {
    return isDark(palette) ? QColor(0x4A, 0x23, 0x23) : QColor(0xFD, 0xE7, 0xE5);
}

QColor seriesColor(int index, const QPalette& palette) {
    static const std::array<QColor, 6> light = {QColor(0x1F, 0x6F, 0xB2), QColor(0xD9, 0x6C, 0x1E),
                                                QColor(0x2E, 0x8B, 0x57), QColor(0x8E, 0x44, 0xAD),
                                                QColor(0xC0, 0x39, 0x2B), QColor(0x16, 0x8A, 0x8A)};
    static const std::array<QColor, 6> dark = {QColor(0x5A, 0xA9, 0xEE), QColor(0xF0, 0x9A, 0x4A),
                                               QColor(0x5C, 0xC4, 0x88), QColor(0xB9, 0x83, 0xD6),
                                               QColor(0xEE, 0x6B, 0x5E), QColor(0x4F, 0xC1, 0xC1)};
    const auto& colors = isDark(palette) ? dark : light;
    return colors[static_cast<std::size_t>(index) % colors.size()];
}

QColor mutedTextColor(const QPalette& palette) {
    return isDark(palette) ? QColor(0x9A, 0xA1, 0xAA) : QColor(0x5F, 0x67, 0x70);
}

namespace {

const char* const kToneProperty = "attritionTextTone";

void applyTone(QWidget* widget, TextTone tone) {
    QPalette p = widget->palette();
    const QPalette base = QApplication::palette(widget);
    QColor color = base.color(QPalette::WindowText);
    if (tone == TextTone::Muted) {
        color = mutedTextColor(base);
    } else if (tone == TextTone::Error) {
        color = errorColor(base);
    }
    p.setColor(QPalette::WindowText, color);
    p.setColor(QPalette::Text, tone == TextTone::Normal ? base.color(QPalette::Text) : color);
    widget->setPalette(p);
}

} // namespace

void setTextTone(QWidget* widget, TextTone tone) {
    widget->setProperty(kToneProperty, static_cast<int>(tone));
    applyTone(widget, tone);
}

void refreshTextTones(QWidget* root) {
    for (QWidget* w : root->findChildren<QWidget*>()) {
        const QVariant tone = w->property(kToneProperty);
        if (tone.isValid()) {
            applyTone(w, static_cast<TextTone>(tone.toInt()));
        }
    }
}

} // namespace attrition::ui
