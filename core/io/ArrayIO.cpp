// SPDX-License-Identifier: MIT
#include "io/ArrayIO.h"
