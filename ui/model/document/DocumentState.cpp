// SPDX-License-Identifier: MIT
#include "document/DocumentState.h"

namespace convlab {

DocumentState DocumentState::clone() const
{
    DocumentState copy = *this;
    copy.image = image.clone();
    copy.patch = patch.clone();
    copy.ownDigits = OwnDigits::clone(ownDigits);
    return copy;
}

} // namespace convlab
