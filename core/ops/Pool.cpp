// SPDX-License-Identifier: MIT
#include "ops/Pool.h"
