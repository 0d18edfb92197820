// SPDX-License-Identifier: MIT
#pragma once

#include "export/FrameSource.h"
#include "scene/OffscreenScene.h"

#include <QCoreApplication>
#include <QPointer>
#include <atomic>
#include <memory>

namespace convlab {

// The frames of a OffscreenScene's animation for an export. Widgets can only be drawn in the GUI
// thread: called there (the command line), frame() draws directly; called from an export
// worker, it asks the GUI thread to draw the frame between two events and waits for it, so
// the window stays responsive while the encoding runs in the worker. interrupt() ends any
// wait, and a scene that has gone away gives no frame: the worker never waits forever.
class SceneFrameSource final : public FrameSource {
    Q_DECLARE_TR_FUNCTIONS(SceneFrameSource)
  public:
    // Created in the scene's thread; the scene must not change while an export runs.
    SceneFrameSource(OffscreenScene* scene, SceneView view);

    int frameCount() const override { return m_frameCount; }
    QImage frame(int index, const QSize& size, qreal scale) const override;
    void interrupt() const override;

  private:
    struct Shared {
        QPointer<OffscreenScene> scene; // read in the scene's thread only
        SceneView view;
        std::atomic_bool interrupted = false;
    };
    static QImage draw(Shared& shared, int index, const QSize& size, qreal scale);

    std::shared_ptr<Shared> m_shared;
    int m_frameCount;
};

} // namespace convlab
