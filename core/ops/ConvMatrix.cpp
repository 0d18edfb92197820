// SPDX-License-Identifier: MIT
#include "ops/ConvMatrix.h"
