// SPDX-License-Identifier: MIT
#include "render/Colormap.h"
