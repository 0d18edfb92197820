// SPDX-License-Identifier: MIT
#include "geometry/Types.h"
