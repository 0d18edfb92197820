// SPDX-License-Identifier: MIT
#include "window/WindowSettings.h"

#include "document/Document.h"
#include "io/Settings.h"
#include "views/CodePanel.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSplitter>

namespace convlab {

void WindowSettings::restore(QMainWindow& window, QSplitter& views, CodePanel& code,
                             Document& document)
{
    QSettings s = settings();
    if (!window.restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QScreen* screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
        window.resize(available.size() * 0.92);
        window.move(available.center() - window.rect().center());
    }
    window.restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    views.restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    code.setLanguage(static_cast<CodeLanguage>(
        s.value(QStringLiteral("codeLanguage"), static_cast<int>(CodeLanguage::NumPy)).toInt()));
    if (s.contains(QStringLiteral("colormap"))) {
        DocumentState state = document.snapshot();
        state.view.colormap = static_cast<Colormap>(s.value(QStringLiteral("colormap")).toInt());
        document.replaceAll(state);
    }
}

void WindowSettings::save(const QMainWindow& window, const QSplitter& views, const CodePanel& code,
                          const Document& document)
{
    QSettings s = settings();
    s.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    s.setValue(QStringLiteral("window/state"), window.saveState());
    s.setValue(QStringLiteral("window/splitter"), views.saveState());
    s.setValue(QStringLiteral("colormap"), static_cast<int>(document.viewSettings().colormap));
    s.setValue(QStringLiteral("codeLanguage"), static_cast<int>(code.language()));
}

} // namespace convlab
