// SPDX-License-Identifier: MIT
#include "ops/TemplateMatch.h"
