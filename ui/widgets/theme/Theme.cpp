// SPDX-License-Identifier: MIT
#include "theme/Theme.h"

#include "theme/CheckedStateStyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>

namespace convlab {

namespace {

const QString kLight = QStringLiteral("light");
const QString kDark = QStringLiteral("dark");
const QString kSystem = QStringLiteral("system");

QString& appliedName()
{
    static QString name;
    return name;
}

Theme::Contrast& appliedContrast()
{
    static Theme::Contrast contrast = Theme::Contrast::Normal;
    return contrast;
}

// The platform's palette as it was before ConvLab set its own: what "system" follows.
const QPalette& platformPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}

QSettings settings()
{
    if (QCoreApplication::organizationName().isEmpty())
        return QSettings(QStringLiteral("ConvLab"), QStringLiteral("ConvLab"));
    return QSettings();
}

// The colours of one look. `mid` draws frames and grids, `placeholder` secondary text.
struct Colors {
    QColor window, text, base, alternate, button, mid, dark, light, midlight, shadow, placeholder,
        highlight, highlightedText, link, tooltip, tooltipText, disabledText;
};

Colors colorsOf(bool dark, bool high)
{
    // Fields (Base) stand out from the window in every look: high-contrast dark keeps them
    // a dark grey on black, or a line edit would vanish.
    if (dark && high)
        return {.window = {0, 0, 0},
                .text = {255, 255, 255},
                .base = {38, 38, 38},
                .alternate = {48, 48, 48},
                .button = {44, 44, 44},
                .mid = {200, 200, 200},
                .dark = {90, 90, 90},
                .light = {110, 110, 110},
                .midlight = {70, 70, 70},
                .shadow = {0, 0, 0},
                .placeholder = {215, 215, 215},
                .highlight = {77, 166, 255},
                .highlightedText = {0, 0, 0},
                .link = {130, 190, 255},
                .tooltip = {255, 255, 255},
                .tooltipText = {0, 0, 0},
                .disabledText = {150, 150, 150}};
    if (dark)
        return {.window = {43, 45, 48},
                .text = {230, 230, 232},
                .base = {30, 31, 34},
                .alternate = {38, 40, 43},
                .button = {55, 57, 61},
                .mid = {100, 103, 109},
                .dark = {24, 25, 27},
                .light = {78, 81, 86},
                .midlight = {62, 64, 68},
                .shadow = {0, 0, 0},
                .placeholder = {158, 161, 167},
                .highlight = {38, 110, 200},
                .highlightedText = {255, 255, 255},
                .link = {108, 180, 255},
                .tooltip = {60, 62, 66},
                .tooltipText = {235, 235, 235},
                .disabledText = {118, 120, 125}};
    if (high)
        return {.window = {255, 255, 255},
                .text = {0, 0, 0},
                .base = {255, 255, 255},
                .alternate = {240, 240, 240},
                .button = {235, 235, 235},
                .mid = {64, 64, 64},
                .dark = {40, 40, 40},
                .light = {255, 255, 255},
                .midlight = {220, 220, 220},
                .shadow = {0, 0, 0},
                .placeholder = {50, 50, 50},
                .highlight = {0, 90, 200},
                .highlightedText = {255, 255, 255},
                .link = {0, 70, 170},
                .tooltip = {255, 255, 255},
                .tooltipText = {0, 0, 0},
                .disabledText = {110, 110, 110}};
    return {.window = {239, 240, 241},
            .text = {26, 27, 29},
            .base = {255, 255, 255},
            .alternate = {245, 246, 247},
            .button = {229, 230, 232},
            .mid = {160, 162, 166},
            .dark = {128, 130, 134},
            .light = {255, 255, 255},
            .midlight = {214, 216, 219},
            .shadow = {80, 80, 80},
            .placeholder = {105, 108, 114},
            .highlight = {30, 100, 190},
            .highlightedText = {255, 255, 255},
            .link = {26, 95, 180},
            .tooltip = {255, 255, 220},
            .tooltipText = {0, 0, 0},
            .disabledText = {150, 152, 156}};
}

} // namespace

QStringList Theme::names()
{
    return {kLight, kDark};
}

QStringList Theme::choices()
{
    return {kSystem, kLight, kDark};
}

bool Theme::isKnown(const QString& name)
{
    return names().contains(name);
}

QString Theme::menuText(const QString& choice)
{
    if (choice == kLight)
        return tr("&Light");
    if (choice == kDark)
        return tr("&Dark");
    return tr("Follow the &System");
}

QString Theme::resolve(const QString& choice)
{
    if (isKnown(choice))
        return choice;
    return isDark(platformPalette()) ? kDark : kLight;
}

QString Theme::saved()
{
    const QString choice = settings().value(QStringLiteral("theme"), kSystem).toString();
    return choices().contains(choice) ? choice : kSystem;
}

void Theme::save(const QString& choice)
{
    if (choices().contains(choice))
        settings().setValue(QStringLiteral("theme"), choice);
}

bool Theme::apply(const QString& name, Contrast contrast)
{
    if (!isKnown(name))
        return false;
    platformPalette(); // remembered before it is replaced
    // Fusion draws every control from the palette; native styles may ignore parts of it. Its
    // checked buttons are drawn afresh, visible in both looks.
    if (!qobject_cast<CheckedStateStyle*>(QApplication::style()))
        QApplication::setStyle(new CheckedStateStyle);
    appliedName() = name;
    appliedContrast() = contrast;
    QApplication::setPalette(palette(name, contrast));
    return true;
}

QString Theme::current()
{
    return appliedName();
}

Theme::Contrast Theme::currentContrast()
{
    return appliedContrast();
}

QPalette Theme::palette(const QString& name, Contrast contrast)
{
    const Colors c = colorsOf(name == kDark, contrast == Contrast::High);
    QPalette p;
    for (const QPalette::ColorGroup group :
         {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor& text = disabled ? c.disabledText : c.text;
        p.setColor(group, QPalette::Window, c.window);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, disabled ? c.window : c.base);
        p.setColor(group, QPalette::AlternateBase, c.alternate);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, c.button);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, QColor(255, 80, 80));
        p.setColor(group, QPalette::Light, c.light);
        p.setColor(group, QPalette::Midlight, c.midlight);
        p.setColor(group, QPalette::Mid, c.mid);
        p.setColor(group, QPalette::Dark, c.dark);
        p.setColor(group, QPalette::Shadow, c.shadow);
        p.setColor(group, QPalette::PlaceholderText, c.placeholder);
        p.setColor(group, QPalette::Highlight, disabled ? c.mid : c.highlight);
        p.setColor(group, QPalette::HighlightedText, c.highlightedText);
        p.setColor(group, QPalette::Link, c.link);
        p.setColor(group, QPalette::LinkVisited, c.link);
        p.setColor(group, QPalette::ToolTipBase, c.tooltip);
        p.setColor(group, QPalette::ToolTipText, c.tooltipText);
    }
    return p;
}

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace convlab
