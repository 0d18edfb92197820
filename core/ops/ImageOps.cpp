// SPDX-License-Identifier: MIT
#include "ops/ImageOps.h"
