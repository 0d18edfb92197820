// SPDX-License-Identifier: MIT
#include "document/LessonState.h"

namespace convlab {

LessonState LessonState::clone() const
{
    LessonState copy = *this;
    copy.image = image.clone();
    copy.patch = patch.clone();
    return copy;
}

} // namespace convlab
