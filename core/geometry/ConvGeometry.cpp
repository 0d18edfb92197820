// SPDX-License-Identifier: MIT
#include "geometry/ConvGeometry.h"
