// SPDX-License-Identifier: MIT
#include "ops/Conv2d.h"
