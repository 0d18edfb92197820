// SPDX-License-Identifier: MIT
#include "ops/StepTrace.h"
