// SPDX-License-Identifier: MIT
#include "codegen/CodeGenerator.h"
