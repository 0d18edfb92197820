// SPDX-License-Identifier: MIT
#include "ops/Padding.h"
