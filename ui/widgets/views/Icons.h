// SPDX-License-Identifier: MIT
#pragma once

#include "views/ToolSettings.h"

#include <QIcon>

namespace convlab::icons {

// Icons drawn as vectors at whatever size and device pixel ratio they are asked for, so they
// stay sharp at 200 % and on a projector, and need no theme.
QIcon tool(Tool tool);
QIcon useAsPatch();
QIcon clear();
QIcon invert();
QIcon zoomFit();
QIcon zoomActual();

// The stepper's player, in the text colour of the look (the platform's media icons are dark
// grey whatever the theme, nearly invisible on the dark one).
enum class Player { First, Back, Play, Pause, Step, Last };
QIcon player(Player which);

} // namespace convlab::icons
