// SPDX-License-Identifier: MIT
#pragma once

#include "export/AnimationOptions.h"
#include "export/FrameSource.h"

#include <QString>
#include <functional>

namespace convlab {

// Called before each frame is drawn and once at the end, with the frames drawn so far and the
// total (twice the frame count for a GIF, which draws every frame for its palette first).
// Returning false cancels the export.
using ExportProgress = std::function<bool(int done, int total)>;

// Writes `source`'s frames as options.format to options.path, in the calling thread (the
// command line calls it directly; AnimationExporter runs it off the GUI thread). Everything is
// written beside the target under a temporary name and renamed onto it at the very end, so a
// cancelled or failed export leaves no file behind and an existing target as it was.
// False with `error` set — naming the path and the reason — when it fails or is cancelled.
bool exportAnimation(const FrameSource& source, const AnimationOptions& options, QString* error,
                     ExportProgress progress = {});

} // namespace convlab
