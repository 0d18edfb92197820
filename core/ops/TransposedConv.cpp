// SPDX-License-Identifier: MIT
#include "ops/TransposedConv.h"
