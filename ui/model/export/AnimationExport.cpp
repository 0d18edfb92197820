// SPDX-License-Identifier: MIT
#include "export/AnimationExport.h"

#include "export/FrameRenderer.h"
#include "export/GifWriter.h"
#include "export/Mp4Writer.h"
#include "export/PngSequenceWriter.h"
#include "export/StagedTarget.h"

#include <QCoreApplication>

namespace convlab {

namespace {

struct Messages {
    Q_DECLARE_TR_FUNCTIONS(AnimationExport)
};

int passesOf(AnimationFormat format)
{
    switch (format) {
    case AnimationFormat::Gif:
        return GifWriter::kPasses;
    case AnimationFormat::Mp4:
        return Mp4Writer::kPasses;
    case AnimationFormat::PngSequence:
        break;
    }
    return PngSequenceWriter::kPasses;
}

bool writeStaged(FrameRenderer& frames, const AnimationOptions& options, const StagedTarget& staged,
                 QString* error)
{
    switch (options.format) {
    case AnimationFormat::Gif:
        return GifWriter::write(frames, staged.path(), staged.target(), options.fps, error);
    case AnimationFormat::Mp4:
        return Mp4Writer::write(frames, staged.path(), staged.target(), options.fps, error);
    case AnimationFormat::PngSequence:
        break;
    }
    return PngSequenceWriter::write(frames, staged.path(), staged.target(), error);
}

bool run(const FrameSource& source, const AnimationOptions& options, QString* error,
         ExportProgress progress)
{
    if (const QString problem = options.problem(); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (source.frameCount() < 1) {
        *error = Messages::tr("The animation has no frame to export.");
        return false;
    }
    const bool folder = options.format == AnimationFormat::PngSequence;
    // Video writers choose the container from the name: the staged file ends in .mp4.
    const std::unique_ptr<StagedTarget> staged = StagedTarget::create(
        options.path, folder ? StagedTarget::Kind::Folder : StagedTarget::Kind::File,
        AnimationOptions::suffix(options.format), PngSequenceWriter::fileNamePattern(), error);
    if (!staged)
        return false;
    FrameRenderer frames(source, options, passesOf(options.format), std::move(progress));
    if (!writeStaged(frames, options, *staged, error))
        return false;
    if (!frames.finish()) {
        *error = frames.error();
        return false;
    }
    return staged->commit(error);
}

} // namespace

bool exportAnimation(const FrameSource& source, const AnimationOptions& options, QString* error,
                     ExportProgress progress)
{
    QString message;
    const bool exported = run(source, options, &message, std::move(progress));
    if (error)
        *error = message;
    return exported;
}

} // namespace convlab
